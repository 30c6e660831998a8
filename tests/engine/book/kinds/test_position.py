"""Conditions on an element's place in running text: `in-sentence`, `after-sentence`, `in-link`."""

from __future__ import annotations

import lxml.html
import pytest

from newsclean.engine.book.kinds import appended_after_sentence

from .pages import FERRY, SHAPES_PAGE, Case, Error, cases, check_case, check_error, errors, shaped

ISLANDERS = "Islanders welcomed the news"

APPENDED_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Story</title></head><body><article>
<p>The harbour deal was signed on Friday after months of talks.<a href="https://spam.example.net/">situs togel</a> The change
takes effect next year, the port authority said in a statement.</p>
<p>The agreement was welcomed by Mr. <a href="/people/smith">Smith</a> and other members of the council on Saturday.</p>
<p>Work on the new quay starts in spring and should be finished within two years, officials said.</p>
</article></body></html>"""

CASES = [
    Case("in-sentence", 'css = "a"\ntext-regex = "gacor|togel|judi"\nin-sentence = true', ["slot gacor"],
         ["togel online", "judi bola", ISLANDERS], SHAPES_PAGE),
    Case("in-sentence", 'css = "a"\ntext-regex = "gacor|togel|judi"\nin-sentence = false', ["togel online", "judi bola"],
         ["slot gacor", ISLANDERS], SHAPES_PAGE, name="false"),
    Case("after-sentence", 'css = "a"\nafter-sentence = true', ["situs togel"], ["Smith", "signed on Friday", "The change"],
         APPENDED_PAGE),
    Case("after-sentence", 'css = "a"\nafter-sentence = false', ["Smith"], ["situs togel"], APPENDED_PAGE, name="false"),
    Case("in-link", 'own-text = ["Trending", "Advertisement"]\nin-link = false', ["- ADVERTISEMENT -"], ["Trending"],
         SHAPES_PAGE, name="false"),
    Case("in-link", 'own-text = ["Trending", "Advertisement"]\nin-link = true', ["Trending"], ["- ADVERTISEMENT -", FERRY],
         SHAPES_PAGE),
]

ERRORS = [
    Error("in-sentence", {"reason": "r", "css": "p.x", "in-sentence": "no"}, "NC003", "`in-sentence` must be true or false"),
    Error("in-sentence", {"reason": "r", "in-sentence": True}, "NC008", "needs a way to find elements"),
    Error("after-sentence", {"reason": "r", "css": "a", "after-sentence": "yes"}, "NC003",
          "`after-sentence` must be true or false"),
    Error("in-link", {"reason": "r", "css": "p.x", "in-link": 1}, "NC003", "`in-link` must be true or false"),
]


@cases(CASES)
def test_position_kind(case):
    check_case(case)


@errors(ERRORS)
def test_position_kind_errors(error):
    check_error(error)


def test_in_text_and_in_link():
    _, after, root = shaped('css = "a"\ntext-regex = "gacor|togel|judi"\nin-sentence = true\naction = "unwrap"')
    assert "Islanders welcomed the news slot gacor but asked" in after
    assert not [a for a in root.iter("a") if "spam-one" in a.get("href", "")]
    assert [a for a in root.iter("a") if "spam-two" in a.get("href", "")]  # standalone: not in text
    _, after, _ = shaped('own-text = ["Trending"]\nin-link = false')
    assert "Trending" in after


@pytest.mark.parametrize("html, appended", [
    ("<p>The deal was done.<a>situs togel</a> The change followed.</p>", True),
    ("<p>The deal was done. <a>slot gacor</a></p>", True),
    ("<p>It ended! <b><a>judi bola</a></b> Then more.</p>", True),
    ('<p>He said “it is over.” <a>link</a></p>', True),
    ("<p>Said Mr. <a>Smith</a> yesterday.</p>", False),
    ("<p>The deal was done <a>here</a>.</p>", False),
    ("<p><a>first thing</a> in the paragraph.</p>", False),
])
def test_appended_after_sentence(html, appended):
    a = lxml.html.fragment_fromstring(html).find(".//a")
    assert appended_after_sentence(a) is appended
