"""Drawing on the page: an outline and a numbered label on each element a removal concerns, in its
kind's colour, and the side list of every removal. Everything the preview adds is named
``newsclean-preview-*`` and styled with ``!important`` over a reset, so the page's own style sheets
neither hide it nor restyle it.
"""

from __future__ import annotations

import html

import lxml.etree
import lxml.html

from .. import document

# kind: (colour, what the legend says). The outline colours are the picture's meaning: a test reads
# them back from the rendered pixels.
KINDS = {
    "removed": ("#d7191c", "removed (taken out of the page)"),
    "marked": ("#f29e0c", "marked (left in, dimmed and labelled)"),
    "hidden": ("#2c7bb6", "hidden by a filter list (left in, not shown)"),
}
# One element that several removals concern is drawn in the strongest kind's colour.
_STRENGTH = {"removed": 3, "hidden": 2, "marked": 1}
ATTR = "data-newsclean-preview"
KIND_ATTR = "data-newsclean-preview-kind"
PANEL_ID = "newsclean-preview-panel"
PANEL_WIDTH = "420px"  # not rem: the page's own root font size must not change it
# Elements a label cannot go inside (void, replaced, or a table's rows): it goes just before them.
_LABEL_BEFORE = frozenset({
    "img", "input", "br", "hr", "iframe", "video", "audio", "canvas", "embed", "object", "select", "textarea",
    "table", "thead", "tbody", "tfoot", "tr", "colgroup", "col", "picture", "svg", "source", "track", "wbr",
    "area", "meta", "link", "param", "html", "head", "title", "style", "body",
})


def kind_of(action: str) -> str:
    return "marked" if action == "mark" else "hidden" if action == "hide" else "removed"


def _style() -> str:
    rules = []
    for kind, (colour, _) in KINDS.items():
        rules.append(
            f"[{KIND_ATTR}={kind}]{{outline:3px solid {colour}!important;outline-offset:-3px!important;"
            f"box-shadow:inset 0 0 0 2000px {colour}1f!important}}"
            f".newsclean-preview-label[data-kind={kind}],.newsclean-preview-swatch[data-kind={kind}],"
            f"#{PANEL_ID} li[data-kind={kind}] .newsclean-preview-n{{background:{colour}!important}}"
        )
    return "".join(rules) + (
        f"html{{padding-right:{PANEL_WIDTH}!important}}"
        ".newsclean-preview-label{all:initial;position:absolute!important;z-index:2147483646!important;"
        "font:bold 11px/1.35 system-ui,sans-serif!important;color:#fff!important;padding:1px 5px!important;"
        "white-space:nowrap!important;border-radius:0 0 3px 0!important;pointer-events:none!important;"
        "opacity:1!important;visibility:visible!important}"
        f"#{PANEL_ID}{{all:initial;position:absolute!important;top:0!important;right:0!important;"
        f"width:{PANEL_WIDTH}!important;min-height:100%!important;box-sizing:border-box!important;"
        "z-index:2147483647!important;background:#fff!important;color:#222!important;"
        "border-left:1px solid #bbb!important;padding:12px 14px!important;display:block!important;"
        "font:13px/1.45 system-ui,sans-serif!important;overflow-wrap:anywhere!important;text-align:left!important}"
        f"#{PANEL_ID} *{{all:revert;font:inherit;color:inherit;box-sizing:border-box}}"
        f"#{PANEL_ID} h1{{font-size:16px;font-weight:bold;margin:0 0 6px}}"
        f"#{PANEL_ID} p{{margin:4px 0}}#{PANEL_ID} ol{{list-style:none;margin:10px 0 0;padding:0}}"
        f"#{PANEL_ID} li{{display:block;margin:0 0 10px;padding:0 0 8px;border-bottom:1px solid #eee}}"
        f"#{PANEL_ID} .newsclean-preview-n{{display:inline-block;color:#fff;font-weight:bold;padding:0 5px;"
        "border-radius:3px;text-decoration:none;margin-right:4px}"
        f"#{PANEL_ID} code{{font-family:ui-monospace,monospace;font-size:12px}}"
        f"#{PANEL_ID} q{{display:block;color:#444;margin:3px 0}}#{PANEL_ID} small{{display:block;color:#666}}"
        f"#{PANEL_ID} .newsclean-preview-swatch{{display:inline-block;width:10px;height:10px;margin:0 5px 0 0}}"
        f"#{PANEL_ID} em{{font-style:italic;color:#8a1c1c}}"
    )


def draw(parsed, report, items, elements) -> bytes:
    """The annotated page as UTF-8 bytes; with ``parsed`` None (not a page), the side list alone."""
    if parsed is None:
        root = lxml.html.document_fromstring("<html><head><title>newsclean preview</title></head><body></body></html>")
        had_doctype = True
    else:
        root, had_doctype = parsed.root, parsed.had_doctype
    strongest: dict = {}
    for item, el in zip(items, elements):
        if el is None:
            continue
        numbers = el.get(ATTR)
        el.set(ATTR, f"{numbers} {item.number}" if numbers else str(item.number))
        if _STRENGTH[item.kind] > strongest.get(el, 0):
            strongest[el] = _STRENGTH[item.kind]
            el.set(KIND_ATTR, item.kind)
        _label(el, item)
    head = root.find("head")
    if head is None:
        head = lxml.html.Element("head")
        root.insert(0, head)
    style = lxml.etree.SubElement(head, "style", id="newsclean-preview-style")
    style.text = _style()
    body = root.find("body")
    if body is None:
        body = lxml.etree.SubElement(root, "body")
    outlined = {item.number for item, el in zip(items, elements) if el is not None}
    body.append(lxml.html.fragment_fromstring(_panel(report, items, outlined)))
    return document.serialise(root, had_doctype)


def _label(el, item) -> None:
    label = lxml.html.Element("span")
    label.set("class", "newsclean-preview-label")
    label.set("data-kind", item.kind)
    label.set("id", f"newsclean-preview-at-{item.number}")
    label.text = f"{item.number} {item.rule}"
    if el.tag in _LABEL_BEFORE or not isinstance(el.tag, str):
        parent = el.getparent()
        if parent is None or parent.tag in ("html", "head") or el.tag in ("head", "body", "html"):
            return
        el.addprevious(label)
        # addprevious moves the element's preceding text onto the label's tail: nothing is lost
        return
    label.tail = el.text
    el.text = None
    el.insert(0, label)


def _panel(report, items, outlined: set) -> str:
    esc = html.escape
    counts = {kind: sum(1 for i in items if i.kind == kind) for kind in KINDS}
    site = report.site or "no site file: the default rules"
    state = report.status + (f" ({report.detail})" if report.detail else "")
    out = [
        f'<aside id="{PANEL_ID}" lang="en" dir="ltr">',
        "<h1>newsclean preview</h1>",
        f"<p><code>{esc(report.url)}</code></p>",
        f"<p>site: {esc(site)} · mode: {esc(report.mode)} · {esc(state)}</p>",
        "<p>" + " · ".join(
            f'<span class="newsclean-preview-swatch" data-kind="{k}"></span>{counts[k]} {esc(KINDS[k][1])}'
            for k in KINDS
        ) + "</p>",
    ]
    if not items:
        out.append("<p>The rules took nothing from this page.</p>")
    out.append("<ol>")
    for item in items:
        where = "" if item.number in outlined else "<em>not outlined: not an element of the page as it came</em>"
        out.append(
            f'<li data-kind="{item.kind}" id="newsclean-preview-item-{item.number}">'
            f'<a class="newsclean-preview-n" href="#newsclean-preview-at-{item.number}">{item.number}</a>'
            f"<b>{esc(item.rule)}</b> {esc(item.action)} <code>{esc(item.element)}</code>"
            f"<q>{esc(item.text) or '(no text)'}</q><small>{esc(item.reason)}</small>{where}</li>"
        )
    out.append("</ol></aside>")
    return "".join(out)
