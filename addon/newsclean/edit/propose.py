"""A new test case proposed from what the rules do to a page today, for its maintainer to confirm.

must_go: the texts of the removals (not of marks, which stay in the page, nor of unwrapped links,
whose words stay); must_stay: the story's headline and paragraphs (the article container's <p>s
with a sentence's worth of words, none marked, spread over the story). Every text proposed is
checked as `newsclean test` will check it (in the page before; gone, or still there, after), so a
new case passes with the rules it was made with, and fails once they stop doing this.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field

from ..engine import document
from ..engine.book.rulebook import RuleBook
from ..engine.cleaner import clean
from ..engine.lists import HIDDEN_ATTR
from ..engine.page import Page, host_of
from .casecheck import norm, page_text

MAX_MUST_GO = 15
MAX_MUST_STAY = 8
MIN_STORY_WORDS = 8  # a paragraph of the story has a sentence's worth of words
CUT_CHARS = 120  # a longer text is proposed by its start, cut at a word
SKIPPED_ACTIONS = ("mark", "unwrap")  # the text stays in the page


@dataclass
class Proposal:
    url: str
    charset: str | None
    must_go: list[tuple[str, str]] = field(default_factory=list)  # (text, rule that took it)
    must_stay: list[str] = field(default_factory=list)
    status: str = ""  # the report's: cleaned | unchanged | skipped | error
    detail: str = ""


def _cut(text: str, limit: int = CUT_CHARS) -> str:
    if len(text) <= limit:
        return text
    head = text[:limit]
    return head[: head.rfind(" ")] if " " in head else head


_SENTENCE_END = re.compile(r"(?<=[.!?…][\"'”’»)]) |(?<=[.!?…]) ")


def _lead(text: str, limit: int = 300) -> str:
    """A long paragraph by its first sentences (as many as fit), else by its first words."""
    if len(text) <= limit:
        return text
    ends = [m.start() for m in _SENTENCE_END.finditer(text) if CUT_CHARS // 2 <= m.start() <= limit]
    return text[: ends[-1]] if ends else _cut(text, limit)


def _candidates(text: str) -> list[str]:
    text = norm(text)
    truncated = text.endswith("…")
    out = [] if truncated or len(text) > 2 * CUT_CHARS else [text]
    out.append(_cut(text.rstrip("…")))
    out.append(" ".join(text.split()[:6]).rstrip("…"))
    return [t for i, t in enumerate(out) if t and t not in out[:i]]


def propose(data: bytes, url: str, book: RuleBook, http_charset: str | None = None) -> Proposal:
    result = clean(data, url, book, http_charset=http_charset)
    report = result.report
    proposal = Proposal(url, http_charset, status=report.status, detail=report.detail)
    try:
        root_before = document.parse(data, http_charset)[0]
        root_after = document.parse(result.body, result.encoding or http_charset)[0]
    except document.NotAPage as err:
        proposal.status, proposal.detail = "skipped", str(err)
        return proposal
    before, after = page_text(root_before), page_text(root_after)

    chosen: list[str] = []
    for removal in report.removals:
        if removal.action in SKIPPED_ACTIONS or len(proposal.must_go) >= MAX_MUST_GO:
            continue
        for text in _candidates(removal.text):
            if text in before and text not in after:
                if not any(text in c or c in text for c in chosen):
                    chosen.append(text)
                    proposal.must_go.append((text, removal.rule))
                break

    plan = book.plan_for(host_of(url))
    page = Page(root_after, url, plan.article_xpath)
    body = root_after.find("body")
    scope = page.article if page.article is not None else (body if body is not None else root_after)
    story = _story_texts(scope) or ([] if scope is body else _story_texts(body if body is not None else root_after))
    headline = next((norm(h.text_content()) for h in root_after.iter("h1")), "")
    picked = ([headline] if headline else []) + _spread(story, MAX_MUST_STAY - (1 if headline else 0))
    for text in picked:
        if text and text in before and text in after and text not in proposal.must_stay:
            proposal.must_stay.append(text)
    return proposal


def _story_texts(scope) -> list[str]:
    if scope is None:
        return []
    out = []
    for p in scope.iter("p"):
        if any(a.get("data-newsclean") or a.get(HIDDEN_ATTR) is not None for a in (p, *p.iterancestors())):
            continue  # marked (a stray paragraph, a junk suspect): not the story's to keep
        text = norm(p.text_content())
        links = sum(len(norm(a.text_content())) for a in p.iter("a"))
        if len(text.split()) >= MIN_STORY_WORDS and links < len(text) / 2:
            out.append(_lead(text))
    return out


def _spread(items: list, n: int) -> list:
    """At most ``n`` of the items, the first and the last among them, evenly apart."""
    if n <= 0:
        return []
    if len(items) <= n:
        return list(items)
    if n == 1:
        return [items[0]]
    return [items[round(i * (len(items) - 1) / (n - 1))] for i in range(n)]


def _quoted(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def case_toml(proposal: Proposal, origin: str, when: str) -> str:
    """The case file: the proposal, with a comment asking its maintainer to confirm it."""
    lines = [
        f"# Saved by `newsclean snapshot` on {when} from {origin}.",
        "# PROPOSED, NOT CONFIRMED: these texts come from what the rules did to this page on that day",
        "# (must_go: what they removed; must_stay: the story's headline and paragraphs). Read each one:",
        "# delete what is not junk from must_go, add the junk they missed (the case then fails until a",
        "# rule takes it), add what must never go to must_stay; then delete these five lines.",
        f"url = {_quoted(proposal.url)}",
    ]
    if proposal.charset:
        lines.append(f"charset = {_quoted(proposal.charset)}")
    lines += ["", "must_go = ["]
    lines += [f"  {_quoted(text)},  # {rule}" for text, rule in proposal.must_go]
    lines += ["]", "must_stay = ["]
    lines += [f"  {_quoted(text)}," for text in proposal.must_stay]
    lines += ["]", ""]
    text = "\n".join(lines)
    tomllib.loads(text)  # what is written must read back: a bug here must not leave a broken case
    return text
