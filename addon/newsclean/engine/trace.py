"""Which element of the page each removal concerns, for a picture of what the rules did.

A `Trace` is made only when asked (``clean(..., trace=True)``): it numbers every node of the page as
parsed, in document order, before any rule runs, and the removal sites note the element they acted on
(``Report.add``). The number is the element's position in the original page: parsing the same bytes
again (``document.parse_page``) gives the same tree, so ``list(root.iter())[position]`` is that
element there, whatever the rules did to the tree they cleaned. Without a trace, a removal costs one
``is None`` test more; nothing is numbered.

Holding every node's Python object for the page's life keeps each node's identity stable (lxml hands
out the same proxy for a node while one is alive), which is what makes the lookup by element work.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Located:
    """Where one removal's element was in the original page: its position among the nodes of
    ``root.iter()`` and its tag (a check that a fresh parse lines up). None when the element was not
    in the page as parsed (made while cleaning) or the removal concerns no single element."""

    position: int
    tag: str


class Trace:
    def __init__(self, root) -> None:
        # The root's own tree: every node, comments too, as root.iter() walks it.
        self._positions = {node: i for i, node in enumerate(root.iter())}
        self.located: list[Located | None] = []  # one entry a removal, in the report's order

    def note(self, el) -> None:
        """The next removal concerns ``el`` (None: no element of the page)."""
        position = self._positions.get(el) if el is not None else None
        if position is None:
            self.located.append(None)
        else:
            self.located.append(Located(position, el.tag if isinstance(el.tag, str) else ""))

    def clear(self) -> None:
        self.located.clear()
