"""Conditions on an element's text: `text`, `text-contains`, `text-regex`, `text-words`, `max-words`;
and the text prefilter, which must never miss a text because of how the page writes it."""

from __future__ import annotations

from html import escape as html_escape

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.engine.book.kinds import text_pattern
from newsclean.engine.book.rulebook import TextPrefilter
from newsclean.engine.page import Page

from .pages import (
    BRIEFING,
    CRITICS,
    LEAD,
    PAGE,
    PLAN,
    Case,
    Error,
    cases,
    check_case,
    check_error,
    errors,
    run,
)

CASES = [
    Case("text", 'text = "advertisement"', ["Advertisement"], [LEAD]),
    Case("text", 'text = "harbour plan would"', [], [PLAN], name="needs-whole-text"),
    Case("text-contains", 'text-contains = "morning briefing"', [BRIEFING], ["Newsletter"]),
    Case("text-contains", 'text-contains = "HARBOUR   plan"', [PLAN], [LEAD], name="case-and-spacing"),
    Case("text-regex", 'css = "p"\ntext-regex = "^READ:"', ["Mayor opens new ferry terminal"], [LEAD]),
    Case("text-regex", 'css = "p"\ntext-regex = "^read:"', [], ["Mayor opens new ferry terminal"], name="case-sensitive"),
    Case("text-words", 'css = "a"\ntext-words = "spam"', ["slot gacor", "togel", "judi bola"], [CRITICS, PLAN]),
    Case("max-words", 'css = "p"\nmax-words = 7', [BRIEFING], [LEAD]),
]

ERRORS = [
    Error("text", {"reason": "r", "text": "  "}, "NC008", "would match every element"),
    Error("text", {"reason": "r", "text": 5}, "NC003", "`text` must be a string"),
    Error("text-contains", {"reason": "r", "text-contains": ""}, "NC008", "`text-contains` is empty"),
    Error("text-contains", {"reason": "r", "text-contains": ["a"]}, "NC003", "`text-contains` must be a string"),
    Error("text-regex", {"reason": "r", "css": "p", "text-regex": "(a"}, "NC007", "invalid regex"),
    Error("text-regex", {"reason": "r", "css": "p", "text-regex": "(a)\\1"}, "NC007", "invalid regex"),
    Error("text-regex", {"reason": "r", "css": "p", "text-regex": ".*"}, "NC008", "match (next to) every element"),
    Error("text-regex", {"reason": "r", "text-regex": "^READ:"}, "NC008", "needs a way to find elements"),
    Error("text-regex", {"reason": "r", "css": "p", "text-regex": 5}, "NC003", "must be a string (an RE2 regex)"),
    Error("text-words", {"reason": "r", "css": "a", "text-words": "gambling"}, "NC009",
          "`text-words` names no word list 'gambling'; there are: `spam`"),
    Error("text-words", {"reason": "r", "css": "a", "text-words": ["spam"]}, "NC003", "the name of a word list"),
    Error("text-words", {"reason": "r", "text-words": "spam"}, "NC008", "needs a way to find elements"),
    Error("max-words", {"reason": "r", "css": "p.x", "max-words": 0}, "NC009", "at least 1"),
    Error("max-words", {"reason": "r", "css": "p.x", "max-words": 2.5}, "NC003", "must be an integer"),
    Error("max-words", {"reason": "r", "css": "p.x", "max-words": True}, "NC003", "must be an integer"),
]


@cases(CASES)
def test_text_kind(case):
    check_case(case)


@errors(ERRORS)
def test_text_kind_errors(error):
    check_error(error)


def test_text_contains_spanning_inline_markup():
    html = PAGE.replace("<p>Councillors", "<p><b>Breaking</b> <i>update:</i> Councillors")
    _, after, _ = run('[[rule]]\nreason = "r"\ntext-contains = "Breaking update: Councillors"\n', html)
    assert "Councillors said" not in after and LEAD in after


def test_text_finds_the_smallest_element_with_that_text():
    result, _, root = run('[[rule]]\nreason = "r"\ntext = "Advertisement"\n')
    assert [r.element for r in result.report.removals] == ["p.label"]
    assert root.cssselect(".ad-box .slot")  # the box around the label stays: `text` does not climb


# -- the text prefilter: a text rule must never miss its text because of how the page writes it --

WORD = st.text(alphabet="abcdeXYZ’:—éü広告-.!", min_size=1, max_size=8)
GAPS = [" ", "\n  ", "&nbsp;", "\u00a0", "</b> <b>", "<span class='x'>", "<br>", " <!----> "]
INSIDE = ["", "", "", "</a>", "<b>", "<!---->"]


@settings(max_examples=200, deadline=None)
@given(words=st.lists(WORD, min_size=1, max_size=5), data=st.data())
def test_text_pattern_finds_text_however_the_page_writes_it(words, data):
    literal = " ".join(words)
    written = []
    for i, word in enumerate(words):
        chars = []
        for j, ch in enumerate(word):
            if j:
                chars.append(data.draw(st.sampled_from(INSIDE)))  # markup inside a word: `Salvador</a>,`
            if not (ch.isascii() and ch.isalnum()) and data.draw(st.booleans()):
                chars.append(f"&#{ord(ch)};")  # entity-encoded punctuation or letter
            else:
                chars.append(html_escape(ch) if ch in "<>&" else ch)
        token = "".join(chars)
        written.append(token.upper() if data.draw(st.booleans()) else token)
        if i < len(words) - 1:
            written.append(data.draw(st.sampled_from(GAPS)))
    html = f"<html><body><p><b>{''.join(written)}</b></p></body></html>"
    pattern = text_pattern(literal)
    page = Page(lxml.html.document_fromstring(html), "https://example.com/", prefilter=TextPrefilter({pattern}))
    assert page.may_contain(pattern), (literal, html, page.body_text.joined)


def test_text_pattern_does_not_find_other_words():
    pattern = text_pattern("harbour plan")
    page = Page(lxml.html.document_fromstring("<html><body><p>harbour planning</p><p>the plan</p></body></html>"),
                "https://example.com/", prefilter=TextPrefilter({pattern, text_pattern("ferry")}))
    assert page.may_contain(pattern)  # a superset: "harbour plan" is in "harbour planning"; the DOM decides
    assert not page.may_contain(text_pattern("ferry"))


def test_literal_rule_skips_pages_without_its_text_and_finds_it_otherwise():
    rules = '[[rule]]\nreason = "r"\ntext = "Article continues after this advertisement"\n'
    html = PAGE.replace("<p class=\"label\">Advertisement</p>",
                        "<p class=\"label\">Article&nbsp;continues <b>after</b>\nthis ADVERTISEMENT</p>")
    _, after, _ = run(rules, html)
    assert "continues after" not in after
    result, _, _ = run(rules)
    assert result.report.rules[0].note == "no match"
