"""A picture of what the rules do to a page: the original page, every removal outlined in its
kind's colour and labelled with its rule, and a side list of the removals (rule, action, text,
reason).

    preview = build(data, url, book)     # cleans with a trace, then draws on a fresh parse
    preview.html                         # UTF-8 bytes: a static page, no script of the page runs
    preview.to_dict()                    # the items, as `newsclean preview --json` prints them

The cleaning is the engine's own (``clean(..., trace=True)``): the picture shows what the proxy does,
never a second opinion. Each removal's element is found again in a fresh parse of the same bytes by
its position (engine/trace.py); one made while cleaning, or a reader page's extraction step, is
listed without an outline.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .. import document
from ..cleaner import CleanResult, clean
from ..report import Report
from .draw import KINDS, draw, kind_of
from .static import make_static

__all__ = ["KINDS", "Item", "Preview", "build", "kind_of", "render"]


@dataclass(frozen=True)
class Item:
    number: int  # 1, 2, ...: the label on the page and in the side list
    rule: str
    action: str  # remove | unwrap | drop-text | mark | hide
    kind: str  # removed | marked | hidden (the outline's colour)
    element: str  # "div#ad.box"
    text: str
    reason: str
    path: str | None  # the element's XPath in the original page; None: not in it (not outlined)


@dataclass(frozen=True)
class Preview:
    html: bytes
    items: tuple[Item, ...]
    report: Report

    def counts(self) -> dict[str, int]:
        return {kind: sum(1 for i in self.items if i.kind == kind) for kind in KINDS}

    def to_dict(self) -> dict:
        r = self.report
        return {
            "url": r.url,
            "site": r.site,
            "files": list(r.files),
            "status": r.status,
            "detail": r.detail,
            "mode": r.mode,
            "counts": self.counts(),
            "outlined": sum(1 for i in self.items if i.path is not None),
            "items": [asdict(i) for i in self.items],
        }


def build(data: bytes, url: str, book, *, http_charset: str | None = None, plan=None, mode: str | None = None) -> Preview:
    """Clean ``data`` as the proxy would (the site's rules, lists, detector) and draw what went."""
    result = clean(data, url, book, http_charset=http_charset, plan=plan, mode=mode, trace=True)
    return render(data, result, http_charset)


def render(data: bytes, result: CleanResult, http_charset: str | None = None) -> Preview:
    """The picture of a traced result (``clean(..., trace=True)``) on the original ``data``."""
    report = result.report
    located = list(report.trace.located) if report.trace is not None else []
    located += [None] * (len(report.removals) - len(located))
    try:
        parsed = document.parse_page(data, http_charset)
    except Exception:  # noqa: BLE001 - not a page (or one the engine could not parse): the list alone
        parsed = None
    nodes = list(parsed.root.iter()) if parsed is not None else []
    elements = []
    for where in located:
        el = None
        if where is not None and where.position < len(nodes):
            candidate = nodes[where.position]
            if isinstance(candidate.tag, str) and candidate.tag == where.tag:
                el = candidate
        elements.append(el)
    tree = parsed.root.getroottree() if parsed is not None else None
    items = tuple(
        Item(
            number=n,
            rule=removal.rule,
            action=removal.action,
            kind=kind_of(removal.action),
            element=removal.element,
            text=removal.text,
            reason=removal.reason,
            path=tree.getpath(el) if el is not None else None,
        )
        for n, (removal, el) in enumerate(zip(report.removals, elements), start=1)
    )
    if parsed is None:
        html = draw(None, report, items, [])
        return Preview(html, items, report)
    make_static(parsed.root, report.url)
    html = draw(parsed, report, items, elements)
    return Preview(html, items, report)
