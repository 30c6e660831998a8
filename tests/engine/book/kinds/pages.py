"""The small pages the rule kinds are tried on, and the two table shapes every family's test file
fills: cases (a rule → the texts that go, the texts that stay) and errors (a bad argument → its code
and message). Each row names the kind it is about; the row itself checks that its rule uses it, and
tests/engine/book/kinds/test_base.py checks that every registered kind has rows."""

from __future__ import annotations

import tomllib
from typing import NamedTuple

import lxml.html
import pytest

from newsclean.engine.book.compile import parse_rule, parse_rule_text
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.engine.page import normalise
from newsclean.rules.errors import RuleSyntaxError

URL = "https://news.example.com/2025/01/story"

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Story</title></head><body>
<article id="story">
 <h1>Council approves the new harbour budget</h1>
 <p class="lead">The city council approved the harbour budget on Monday after a long debate about dredging costs.</p>
 <div class="ad-box"><p class="label">Advertisement</p><div class="slot"></div></div>
 <p>Councillors said the <a href="https://news.example.com/harbour">harbour plan</a> would take five years to complete in full.</p>
 <p><b>READ:</b> <a href="https://news.example.com/2024/other-story">Mayor opens new ferry terminal</a></p>
 <p>Critics of the plan <a href="https://casino-jackpot.bet/">casino jackpot</a> said the costs were too high for a city of its size.</p>
 <div style="display:none"><a href="https://spam-one.vip/">slot gacor</a> <a href="https://spam-two.vip/">togel</a></div>
 <div style="position:absolute; left:-9999px"><a href="https://spam-three.vip/">judi bola</a></div>
 <p>The budget will be reviewed again in the spring, officials said, once the first contracts are signed.</p>
</article>
<aside class="promo"><h3>Newsletter</h3><p>Sign up for our morning briefing now</p></aside>
</body></html>"""

LEAD = "The city council approved the harbour budget on Monday after a long debate about dredging costs."
PLAN = "Councillors said the harbour plan would take five years to complete in full."
CRITICS = "Critics of the plan casino jackpot said the costs were too high for a city of its size."
SPRING = "The budget will be reviewed again in the spring, officials said, once the first contracts are signed."
BRIEFING = "Sign up for our morning briefing now"

# Labels and shapes of generic junk: own-text, label-box, in-sentence, in-link, link-box, link-run, box.
SHAPES_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Story</title></head><body>
<nav><ul><li><a href="/trending">Trending</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article id="story">
 <p class="lead">The ferry company said on Monday that it would add a second boat to the island route in June.</p>
 <div class="ad"><p>- ADVERTISEMENT -</p><div class="slot"></div><a href="#skip">Skip advertisement</a></div>
 <p>Tickets will cost the same, the company said, and <span>advertisement</span> spending will be cut instead.</p>
 <p><b>READ:</b> <a href="https://news.example.com/2025/ferry-strike">Ferry workers call off strike after pay deal</a></p>
 <div class="box"><h3>Most read</h3><ul><li><a href="/a">Harbour master named after a long search</a> <span>(2 hours ago)</span></li>
  <li><a href="/b">Storm damage at the marina worse than feared</a></li></ul></div>
 <p class="tags">Related: <a href="/tag/ferry">Ferry</a>, <a href="/tag/islands">Islands</a></p>
 <p>Islanders welcomed the news <a href="https://spam-one.vip/">slot gacor</a> but asked for later sailings in winter.</p>
 <p><a href="https://spam-two.vip/">togel online</a> | <a href="https://spam-three.vip/">judi bola</a></p>
 <div class="nl"><h4>Subscribe to our newsletter</h4><p>The day's news in your inbox every morning.</p>
  <form action="/subscribe"><input type="email"><button>Sign up</button></form></div>
 <div class="wrap"><p>The second boat will run from the first of June until the end of September, then twice a week in winter.</p>
  <p>Subscribe to our newsletter</p></div>
</article>
</body></html>"""

FERRY = "The ferry company said on Monday that it would add a second boat to the island route in June."
SECOND_BOAT = "The second boat will run from the first of June until the end of September, then twice a week in winter."


def run(rules_toml: str, html: str = PAGE, url: str = URL):
    """Clean the page with the rules as the only rule file: (result, the page's text after, its tree)."""
    parsed = parse_rule_text(rules_toml, "example.com.toml", "example.com")
    assert not parsed.errors, [str(e) for e in parsed.errors]
    book = RuleBook.from_files((), [parsed])
    result = clean(html.encode(), url, book)
    root = lxml.html.document_fromstring(result.body)
    return result, normalise(root.text_content()), root


def shaped(rule_body: str, html: str = SHAPES_PAGE):
    return run(f'[[rule]]\nreason = "test"\n{rule_body}\n', html)


class Case(NamedTuple):
    """One rule on one page: the texts that must go, the texts that must stay (and be flagged, for
    `mark`). ``rule`` is the body of a `[[rule]]` with `reason = "test"`; it may open more rules."""

    kind: str
    rule: str
    gone: list
    kept: list
    page: str = PAGE
    name: str = ""
    marked: tuple = ()

    @property
    def id(self) -> str:
        return f"{self.kind}-{self.name}" if self.name else self.kind


class Error(NamedTuple):
    """A rule table with a bad argument for ``kind``: the code and (part of) the message it gets."""

    kind: str
    table: dict
    code: str
    message: str


def cases(table: list[Case]):
    """The table as pytest parameters, each with its id (ids must be unique within a table)."""
    ids = [c.id for c in table]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    return pytest.mark.parametrize("case", table, ids=ids)


def errors(table: list[Error]):
    ids = [f"{e.kind}-{e.code}-{i}" for i, e in enumerate(table)]
    return pytest.mark.parametrize("error", table, ids=ids)


def _uses(tables: list[dict], kind: str) -> bool:
    """Whether the rules use the kind: as a key, or (for an action) as the action they take."""
    return any(kind in t or t.get("action", "remove") == kind for t in tables)


def check_case(case: Case) -> None:
    text = f'[[rule]]\nreason = "test"\n{case.rule}\n'
    assert _uses(tomllib.loads(text)["rule"], case.kind), f"test error: the case does not use `{case.kind}`"
    before = normalise(lxml.html.document_fromstring(case.page).text_content())
    _, untouched, _ = run("", case.page)  # the page cleaned without the rule: what goes, goes by it
    result, after, _ = run(text, case.page)
    for t in [*case.gone, *case.kept, *case.marked]:
        assert t in before and t in untouched, f"test error: {t!r} not in the page"
    for t in case.gone:
        assert t not in after, t
    for t in [*case.kept, *case.marked]:
        assert t in after, t
    if case.gone:
        assert result.report.removals and all(r.reason == "test" for r in result.report.removals)
    flagged = " ".join(r.text for r in result.report.removals if r.action == "mark")
    for t in case.marked:
        assert t in flagged, (t, flagged)


def check_error(error: Error) -> None:
    assert _uses([error.table], error.kind), f"test error: the table does not use `{error.kind}`"
    with pytest.raises(RuleSyntaxError) as caught:
        parse_rule(error.table, "example.com", 0, "example.com.toml", 1)
    assert caught.value.code == error.code, caught.value.message
    assert error.message in caught.value.message
