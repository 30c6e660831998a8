"""Lines of text: whether an inline element sits in running text (words outside links on its line).

A line is a run of a parent's inline children between two blocks (or <br>s). Most questions are
settled by the nearest neighbour, so a short walk along the siblings answers first; a line too long
for that walk (8,000 links in one sentence) is summed up once for its parent — words in each line,
and what each child adds — so every child of it is answered by a subtraction, and a page's cost
stays linear in its size instead of growing with the square of a line's length.
"""

from __future__ import annotations

from ..page import INLINE_TAGS

#: siblings looked at on each side before a line is summed up whole
_WALK = 8


def has_word(text: str | None) -> bool:
    return bool(text) and any(ch.isalnum() for ch in text)


def text_pieces(el, mark=None):
    """(text, inside a link, is ``mark``'s own text) for each visible text node of ``el``, in order.

    Script, style, noscript and template content is skipped. ``mark``'s own text is its text
    outside its child elements (a label: `<p>READ: <a>..</a></p>` marks "READ:" only)."""
    stack = [(el, False, False, False)]  # node, in a link around it, its tail is mark's, entered
    while stack:
        node, around_link, tail_marked, entered = stack.pop()
        if entered or not isinstance(node.tag, str):  # a tail (comments show only theirs)
            if node is not el and node.tail:
                yield node.tail, around_link, tail_marked
            continue
        stack.append((node, around_link, tail_marked, True))
        if node.tag in ("script", "style", "noscript", "template"):
            continue
        link, is_mark = around_link or node.tag == "a", node is mark
        if node.text:
            yield node.text, link, is_mark
        for child in reversed(node):
            stack.append((child, link, is_mark, False))


def _outside_links(node) -> bool:
    """Words of an element's own content that are not inside a link (a comment has none)."""
    if not isinstance(node.tag, str) or node.tag == "a":
        return False
    return any(has_word(t) and not in_link for t, in_link, _ in text_pieces(node))


def _boundary(node) -> bool:
    return isinstance(node.tag, str) and (node.tag not in INLINE_TAGS or node.tag == "br")


class _Lines:
    """A parent's children summed up by line: for each line, how many of its pieces hold words
    (the text that opens it, each child's content outside links, each child's tail); for each
    child, its line and whether its content is one of those pieces."""

    __slots__ = ("line_of", "content", "counts")

    def __init__(self, parent):
        self.line_of: dict = {}
        self.content: dict = {}
        self.counts = [int(has_word(parent.text))]
        for child in parent:
            if _boundary(child):  # a block ends the line; its tail opens the next one
                self.counts.append(int(has_word(child.tail)))
                continue
            words = _outside_links(child)
            self.line_of[child] = len(self.counts) - 1
            self.content[child] = words
            self.counts[-1] += words + has_word(child.tail)

    def others_have_words(self, el) -> bool:
        """Words on ``el``'s line besides its own content (its tail counts)."""
        return self.counts[self.line_of[el]] - self.content[el] > 0


def _walk(parent, el) -> bool | None:
    """The answer from the nearest siblings, or None when the line is longer than the walk."""
    steps = 0
    prev = el.getprevious()
    while prev is not None and not _boundary(prev):
        if has_word(prev.tail) or _outside_links(prev):
            return True
        steps += 1
        if steps > _WALK:
            return None
        prev = prev.getprevious()
    if prev is None and has_word(parent.text):
        return True
    if prev is not None and has_word(prev.tail):
        return True
    if has_word(el.tail):
        return True
    steps = 0
    nxt = el.getnext()
    while nxt is not None and not _boundary(nxt):
        if _outside_links(nxt) or has_word(nxt.tail):
            return True
        steps += 1
        if steps > _WALK:
            return None
        nxt = nxt.getnext()
    return False


def line_has_words(parent, el, memo: dict | None = None) -> bool:
    """Words outside links on ``el``'s line: its inline siblings and the text between them, up to
    the nearest block (or <br>) on either side. ``memo`` keeps lines summed up (a page's, emptied
    whenever the tree changes: ``Page.shapes``)."""
    key = ("lines", parent)
    lines = memo.get(key) if memo is not None else None
    if lines is None:
        found = _walk(parent, el)
        if found is not None:
            return found
        lines = _Lines(parent)
        if memo is not None:
            memo[key] = lines
    return lines.others_have_words(el)


def in_running_text(el, memo: dict | None = None) -> bool:
    """An inline element with words outside links on its line: part of a sentence.

    `<p>Critics <a>slot gacor</a> said</p>` and `<p>Director <a>..</a> <a>David Lowery</a> filmed</p>`
    are; `<p><a>slot gacor</a></p>`, `<a>x</a> | <a>y</a>`, a link between two paragraphs and
    `<b>READ:</b> <a>...</a>` are not. Inline wrappers are looked through:
    `<p>Critics <strong><a>..</a></strong> said</p>` is running text too.
    """
    cur = el
    while isinstance(cur.tag, str) and cur.tag in INLINE_TAGS:
        parent = cur.getparent()
        if parent is None:
            return False
        if line_has_words(parent, cur, memo):
            return True
        cur = parent
    return False


def unwrap(el) -> None:
    """Drop the tag and keep its text and children where they were: lxml's ``drop_tag`` without its
    search for the element among its parent's children (8,000 links unwrapped in one sentence
    made that search quadratic). The tree it leaves is the same."""
    parent = el.getparent()
    previous = el.getprevious()
    if el.text and isinstance(el.tag, str):  # not a comment's
        if previous is None:
            parent.text = (parent.text or "") + el.text
        else:
            previous.tail = (previous.tail or "") + el.text
    if el.tail:
        if len(el):
            last = el[-1]
            last.tail = (last.tail or "") + el.tail
        elif previous is None:
            parent.text = (parent.text or "") + el.tail
        else:
            previous.tail = (previous.tail or "") + el.tail
        el.tail = None
    for child in list(el):  # each moves with its tail
        el.addprevious(child)
    parent.remove(el)
