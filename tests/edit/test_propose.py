"""A proposed case: the removals' texts must go, the story's lines must stay, and it passes today."""

from __future__ import annotations

import tomllib

from newsclean.edit.casecheck import run_case
from newsclean.edit.propose import _lead, _spread, case_toml, propose
from newsclean.engine.book.rulebook import RuleBook
from newsclean.rules.folders import rule_dirs

URL = "https://www.harbour.example/2025/works"
LONG_BOX = " ".join(f"Teaser headline number {i} about another story" for i in range(6))
MORE = "".join(
    f"<p>Paragraph {i} of the story tells what the port authority plans for the quay, the ships and the town.</p>"
    for i in range(8)
)
PAGE = f"""<html><body>
<header><a href="/">Harbour News</a></header>
<article>
<h1>Harbour works begin "at last"</h1>
<p>The dredging of the outer harbour began on Monday, the port authority said in a statement.</p>
<div class="ad"><p>Advertisement</p></div>
<p>Work is expected to last until September, when the first ships will dock at the new quay.</p>
<div class="box"><p>Advertisement</p></div>
<p class="promo">Buy our app today</p>
<div class="teasers"><h3>More stories</h3><p>{LONG_BOX}</p></div>
<p>Fishermen said the work would disturb spawning grounds <a href="https://spam.example/slot">slot gacor</a> all summer long.</p>
<p>A paragraph of another story about a bank, with a back\\slash, that a rule marks and never takes away.</p>
<p>Short line.</p>
{MORE}
</article>
</body></html>""".encode()
RULES = """
[[rule]]
name = "promo"
reason = "app promo"
text = "Buy our app today"

[[rule]]
name = "teasers"
reason = "teaser box"
css = "div.teasers"

[[rule]]
name = "suspect"
reason = "another story"
action = "mark"
text-contains = "another story about a bank"
"""


def book(tmp_path) -> RuleBook:
    (tmp_path / "harbour.example.toml").write_text(RULES)
    return RuleBook.load(rule_dirs(tmp_path))


def test_what_the_rules_removed_must_go_and_the_story_must_stay(tmp_path):
    rules = book(tmp_path)
    proposal = propose(PAGE, URL, rules)
    texts = [t for t, _ in proposal.must_go]
    assert texts.count("Advertisement") == 1  # two slots, one text
    assert ("Buy our app today", "harbour.example:promo") in proposal.must_go
    teaser = next(t for t in texts if t.startswith("More stories"))
    assert len(teaser) <= 120 and LONG_BOX.startswith(teaser[len("More stories "):])  # its start, cut at a word
    assert not any("slot gacor" in t for t in texts)  # unwrapped: the words stay
    assert not any("bank" in t for t in texts)  # marked: it stays in the page
    assert proposal.must_stay[0] == 'Harbour works begin "at last"'
    assert "The dredging of the outer harbour began on Monday, the port authority said in a statement." in proposal.must_stay
    assert any(t.startswith("Fishermen said the work") for t in proposal.must_stay)
    assert not any("bank" in t or t == "Short line." for t in proposal.must_stay)


def test_the_case_written_reads_back_asks_for_confirmation_and_passes(tmp_path):
    rules = book(tmp_path)
    proposal = propose(PAGE, URL, rules, http_charset="utf-8")
    text = case_toml(proposal, "https://www.harbour.example/2025/works (fetched)", "2026-12-05 10:00 UTC")
    assert text.startswith("# Saved by `newsclean snapshot` on 2026-12-05 10:00 UTC from https://www.harbour.example/")
    assert "PROPOSED, NOT CONFIRMED" in text
    assert '  "Buy our app today",  # harbour.example:promo' in text
    spec = tomllib.loads(text)
    assert spec["url"] == URL and spec["charset"] == "utf-8"
    assert spec["must_stay"][0] == 'Harbour works begin "at last"'
    outcome = run_case(spec, PAGE, rules)
    assert outcome.passed, [f.message for f in outcome.failures]
    # The rules change: the case no longer passes.
    (tmp_path / "harbour.example.toml").write_text(RULES.replace('text = "Buy our app today"', 'text = "Buy our app"'))
    outcome = run_case(spec, PAGE, RuleBook.load(rule_dirs(tmp_path)))
    assert [(f.kind, f.item) for f in outcome.failures] == [("stayed", "Buy our app today")]


def test_a_page_the_rules_leave_alone_proposes_only_what_stays(tmp_path):
    page = b"<html><body><article><h1>Quiet day</h1><p>Nothing happened in the harbour today, the port authority said.</p></article></body></html>"
    proposal = propose(page, URL, RuleBook.load(rule_dirs()))
    assert proposal.must_go == [] and proposal.status == "unchanged"
    assert proposal.must_stay == ["Quiet day", "Nothing happened in the harbour today, the port authority said."]


def test_not_a_page():
    proposal = propose(b"\x89PNG\r\n\x1a\n\x00\x00", URL, RuleBook.load(rule_dirs()))
    assert proposal.status == "skipped" and not proposal.must_go and not proposal.must_stay


def test_long_paragraphs_by_their_first_sentences_and_spread():
    first = "The first sentence is long enough to stand for the paragraph on its own, as a story's lead often is."
    assert _lead(first + " " + "More words follow here. " * 20) .startswith(first)
    assert len(_lead("word " * 200)) <= 300
    assert _spread(list(range(20)), 4) == [0, 6, 13, 19]
    assert _spread([1, 2], 5) == [1, 2] and _spread([1, 2], 0) == []
