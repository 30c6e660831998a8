"""Run a test case: clean its page with the rules in force and say, item by item, what did not hold.

Texts are compared on the page as a reader gets it (``page_text``: script, style and template content
left out, blocks apart, whitespace collapsed, NFKC), before and after cleaning; a text the page never
had is the case's own mistake, said as such. `newsclean test` and the repository's fixture tests
(tests/test_sites.py) both call ``check_case``: one implementation, one meaning of "passes".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import lxml.etree

from ..engine import document
from ..engine.book.rulebook import RuleBook
from ..engine.cleaner import CleanResult, clean

_WS = re.compile(r"\s+")
BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "td", "th", "tr", "ul",
)  # fmt: skip
TEXTLESS_TAGS = ("script", "style", "template", "noscript")


def norm(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def page_text(root) -> str:
    """The body's text as a reader gets it (blocks apart, script/style/template left out)."""
    body = root.find("body")
    body = root if body is None else body
    parts: list[str] = []
    walk = lxml.etree.iterwalk(body, events=("start", "end", "comment", "pi"))
    for event, el in walk:
        tag = el.tag if isinstance(el.tag, str) else None
        if event in ("comment", "pi"):
            parts.append(el.tail or "")
        elif event == "start":
            if tag in TEXTLESS_TAGS:
                walk.skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                parts.append(" ")
            parts.append(el.text or "")
        else:
            if tag in BLOCK_TAGS:
                parts.append(" ")
            if el is not body:
                parts.append(el.tail or "")
    return norm("".join(parts))


@dataclass(frozen=True)
class Failure:
    kind: str  # stayed | went | idle | acted | selector-stayed | selector-went | link-stayed | link-went
    #            | action | paragraphs | case (the case's own mistake)
    item: str  # the text, rule, selector or href the failure is about
    message: str  # in words: "must go, stayed: 'FEATURED STORIES'"

    def to_dict(self) -> dict:
        return {"kind": self.kind, "item": self.item, "message": self.message}


@dataclass
class Outcome:
    failures: list[Failure] = field(default_factory=list)
    checked: dict = field(default_factory=dict)  # key -> how many items it had
    result: CleanResult | None = None

    @property
    def passed(self) -> bool:
        return not self.failures


def _shown(text: str, limit: int = 100) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _who_took(text: str, report) -> str:
    """The removal that holds the lost text, as `rule (element)`; "" when none holds it whole."""
    for removal in report.removals:
        if removal.action != "mark" and text in norm(removal.text):
            return f"{removal.rule} ({removal.action} {removal.element})"
    return ""


def run_case(spec: dict, data: bytes, book: RuleBook) -> Outcome:
    """Clean the case's page with ``book`` and check every item of ``spec`` on the result."""
    result = clean(data, spec["url"], book, http_charset=spec.get("charset"))
    outcome = check_case(spec, data, result)
    outcome.result = result
    return outcome


def check_case(spec: dict, data: bytes, result: CleanResult) -> Outcome:
    out = Outcome()
    fail = out.failures.append
    charset = spec.get("charset")
    try:
        root_before = document.parse(data, charset)[0]
        root_after = document.parse(result.body, result.encoding or charset)[0]
    except document.NotAPage as err:
        fail(Failure("case", "", f"the page cannot be read as a page: {err}"))
        return out
    before, after = page_text(root_before), page_text(root_after)
    for text in spec.get("must_go", []):
        wanted = norm(text)
        if wanted not in before:
            fail(Failure("case", text, f"case error: must_go text {_shown(text)} is not in the page to begin with"))
        elif wanted in after:
            fail(Failure("stayed", text, f"must go, stayed: {_shown(text)}"))
    for text in spec.get("must_stay", []):
        wanted = norm(text)
        if wanted not in before:
            fail(Failure("case", text, f"case error: must_stay text {_shown(text)} is not in the page to begin with"))
        elif wanted not in after:
            who = _who_took(wanted, result.report)
            fail(Failure("went", text, f"must stay, went: {_shown(text)}" + (f" — taken by {who}" if who else "")))

    acted = {o.rule.split(":", 1)[-1] for o in result.report.rules if o.applied}
    for rule in spec.get("by", []):
        if rule not in acted:
            fail(Failure("idle", rule, f"rule {rule!r} did nothing here (these acted: {', '.join(sorted(acted)) or 'none'})"))
    for rule in spec.get("not_by", []):
        if rule in acted:
            fail(Failure("acted", rule, f"rule {rule!r} acted here, and must not"))
    for key, kind, gone in (("gone_selectors", "selector-stayed", True), ("kept_selectors", "selector-went", False)):
        for selector in spec.get(key, []):
            try:
                there_before, there_after = bool(root_before.cssselect(selector)), bool(root_after.cssselect(selector))
            except Exception as err:  # noqa: BLE001 - cssselect raises several kinds for a bad selector
                fail(Failure("case", selector, f"case error: {key} {selector!r} is not valid CSS: {err}"))
                continue
            if not there_before:
                fail(Failure("case", selector, f"case error: {key} {selector!r} matches nothing to begin with"))
            elif there_after == gone:
                fail(Failure(kind, selector, f"{selector!r} " + ("still there" if gone else "gone")))
    links_before, links_after = _links(root_before), _links(root_after)
    for href in spec.get("links_gone", []):
        if href not in links_before:
            fail(Failure("case", href, f"case error: links_gone: no link to {href} to begin with"))
        elif href in links_after:
            fail(Failure("link-stayed", href, f"still a link: {href}"))
    for href in spec.get("links_kept", []):
        if href not in links_before:
            fail(Failure("case", href, f"case error: links_kept: no link to {href} to begin with"))
        elif href not in links_after:
            fail(Failure("link-went", href, f"link lost: {href}"))
    if "actions" in spec:
        taken = {r.action for r in result.report.removals if r.rule.startswith("_default:")}
        for action in sorted(taken - set(spec["actions"])):
            fail(Failure("action", action, f"a default rule took action {action!r}; allowed: {', '.join(spec['actions'])}"))
    if "paragraphs_after" in spec:
        count = len(root_after.findall(".//p"))
        if count != spec["paragraphs_after"]:
            fail(Failure("paragraphs", str(count), f"{count} paragraph(s) after cleaning, not {spec['paragraphs_after']}"))
    out.checked = {key: len(spec[key]) for key in spec if isinstance(spec[key], list)}
    return out


def _links(root) -> set[str]:
    return {a.get("href") for a in root.iter("a") if a.get("href")}
