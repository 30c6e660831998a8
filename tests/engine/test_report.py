"""What cleaning did to a page: removals with their rule, reason and (shortened) text; counts; the
JSON the API and the log carry."""

from __future__ import annotations

import json

import lxml.html
import pytest

from newsclean.engine.book.compile import parse_rule_text
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.engine.report import SNIPPET_CHARS, Removal, Report, describe_element, snippet

URL = "https://example.com/story"
LONG_AD = "Buy now " * 200  # 1,600 characters


STORY = "".join(
    f"<p>Paragraph {n} of the story: the council approved the harbour budget on Monday after a long debate about "
    f"dredging costs, and the mayor said the work would start in spring once the contracts were signed.</p>"
    for n in range(20)
)


def cleaned(rules: str, body: str, story: str = STORY):
    book = RuleBook.from_files((), [parse_rule_text(rules, "example.com.toml", "example.com")])
    page = f"<html><body><article>{story}{body}</article></body></html>"
    return clean(page.encode(), URL, book).report


@pytest.mark.parametrize("text, expected", [
    ("", ""),
    ("short", "short"),
    ("x" * SNIPPET_CHARS, "x" * SNIPPET_CHARS),
    ("x" * (SNIPPET_CHARS + 1), "x" * (SNIPPET_CHARS - 1) + "…"),
])
def test_snippet(text, expected):
    assert snippet(text) == expected
    assert len(snippet(text)) <= SNIPPET_CHARS


def test_snippet_with_its_own_limit():
    assert snippet("abcdef", 4) == "abc…" and snippet("abcd", 4) == "abcd"


@pytest.mark.parametrize("html, described", [
    ("<div></div>", "div"),
    ("<div id='ad-1'></div>", "div#ad-1"),
    ("<p class='a b'></p>", "p.a.b"),
    ("<section id='s' class=' one two three four '></section>", "section#s.one.two.three"),
])
def test_describe_element(html, described):
    assert describe_element(lxml.html.fragment_fromstring(html)) == described


def test_describe_a_comment():
    comment = lxml.html.fragment_fromstring("<div><!-- note --></div>")[0]
    assert describe_element(comment) == "node"


def test_counts_removed_and_marked_apart():
    report = Report(URL, removals=[
        Removal("a:x", "r", "remove", "p", "t"), Removal("a:y", "r", "unwrap", "a", "t"),
        Removal("a:z", "r", "drop-text", "p", "t"), Removal("a:m", "r", "mark", "div", "t"),
    ])
    assert (report.removed, report.marked) == (3, 1)
    assert (Report(URL).removed, Report(URL).marked) == (0, 0)


def test_a_cleaned_pages_report():
    rules = ('[[rule]]\nname = "ad"\nreason = "Ad box"\ncss = ".ad"\n'
             '[[rule]]\nname = "maybe"\nreason = "Unsure"\ncss = ".maybe"\naction = "mark"\n'
             '[[rule]]\nname = "none"\nreason = "Nothing here"\ncss = ".absent"\n')
    report = cleaned(rules, f'<div id="slot" class="ad top"><p>{LONG_AD}</p></div><p class="maybe">Sponsored words</p>')
    assert report.status == "cleaned" and report.site == "example.com" and report.url == URL
    ad, maybe = report.removals
    assert (ad.rule, ad.reason, ad.action, ad.element) == ("example.com:ad", "Ad box", "remove", "div#slot.ad.top")
    assert len(ad.text) == SNIPPET_CHARS and ad.text.endswith("…") and ad.text.startswith("Buy now Buy now")
    assert (maybe.action, maybe.text) == ("mark", "Sponsored words")
    outcomes = {o.rule: o for o in report.rules}
    assert (outcomes["example.com:ad"].matched, outcomes["example.com:ad"].applied) == (1, 1)
    assert outcomes["example.com:none"].matched == 0 and outcomes["example.com:none"].note == "no match"
    assert outcomes["example.com:ad"].description == "remove: matches CSS `.ad`"


def test_a_match_the_guard_holds_back_is_counted_with_why():
    report = cleaned('[[rule]]\nname = "ad"\nreason = "Ad box"\ncss = ".ad"\n', f'<div class="ad"><p>{LONG_AD}</p></div>',
                     story="<p>A short story.</p>")
    (outcome,) = report.rules
    assert (outcome.matched, outcome.applied, outcome.held) == (1, 0, 1) and report.removals == []
    assert outcome.note.startswith("guard: held back") and report.status == "unchanged"


def test_to_dict_is_the_json_the_api_sends():
    report = cleaned('[[rule]]\nname = "ad"\nreason = "Ad box"\ncss = ".ad"\n', '<div class="ad">Ad</div>')
    data = json.loads(json.dumps(report.to_dict()))
    assert data["removed"] == 1 and data["marked"] == 0 and data["status"] == "cleaned"
    assert data["removals"] == [{"rule": "example.com:ad", "reason": "Ad box", "action": "remove", "element": "div.ad",
                                 "text": "Ad"}]
    assert set(data["rules"][0]) == {"rule", "reason", "description", "matched", "applied", "held", "note"}
    assert set(data) == {"url", "status", "detail", "site", "files", "encoding", "removals", "rules", "mode",
                         "removed", "marked"}


def test_an_unchanged_and_a_skipped_page():
    report = cleaned('[[rule]]\nreason = "r"\ncss = ".absent"\n', "")
    assert report.status == "unchanged" and report.removals == [] and report.removed == 0
    book = RuleBook.from_files((), [parse_rule_text("[site]\nenabled = false\n", "example.com.toml", "example.com")])
    skipped = clean(b"<html><body><p>x</p></body></html>", URL, book).report
    assert skipped.status == "skipped" and "switched off" in skipped.detail
