"""Labels of injected junk: `own-text` and `label-box`, and the label patterns the prefilter scans for."""

from __future__ import annotations

import lxml.html
import pytest

from newsclean.engine.book.kinds import label_text_pattern
from newsclean.engine.book.rulebook import TextPrefilter
from newsclean.engine.page import Page

from .pages import FERRY, SHAPES_PAGE, Case, Error, cases, check_case, check_error, errors, shaped

SPENDING = "advertisement spending will be cut"

CASES = [
    Case("own-text", 'own-text = ["Advertisement"]', ["- ADVERTISEMENT -"], [FERRY, "Skip advertisement"], SHAPES_PAGE),
    Case("own-text", 'own-text = ["Read", "Related"]', ["READ:", "Related:"], [FERRY, "Most read"], SHAPES_PAGE,
         name="punctuation"),
    Case("label-box", 'label-box = ["Advertisement", "Skip advertisement"]', ["- ADVERTISEMENT -", "Skip advertisement"],
         [SPENDING, FERRY], SHAPES_PAGE),
    Case("label-box", 'label-box = ["Trending", "Sport"]', [], ["Trending", "Sport"], SHAPES_PAGE, name="not-in-links"),
]

ERRORS = [
    Error("own-text", {"reason": "r", "own-text": []}, "NC003", "non-empty list of strings"),
    Error("own-text", {"reason": "r", "own-text": ["--"]}, "NC008", "no letters or digits"),
    Error("own-text", {"reason": "r", "own-text": ["Read", 3]}, "NC003", "non-empty list of strings"),
    Error("label-box", {"reason": "r", "label-box": 5}, "NC003", "non-empty list of strings"),
    Error("label-box", {"reason": "r", "label-box": ["Ad", "»«"]}, "NC008", "`label-box` entry '»«' has no letters"),
]


@cases(CASES)
def test_label_kind(case):
    check_case(case)


@errors(ERRORS)
def test_label_kind_errors(error):
    check_error(error)


@pytest.mark.parametrize("html, present", [
    ("<div><span>Advertisement</span></div>", True),
    ("<div><span>- ADVERTISEMENT -</span></div>", True),
    ("<div><span>&#8211; Advertisement &#8211;</span></div>", True),
    ("<div>Advertisement<b>x</b></div>", True),
    ("<p>Advertisements are everywhere</p>", False),
    ("<p>An advertisement</p>", False),
    ("<script>var a = 'Advertisement';</script><p>story</p>", False),
])
def test_label_pattern_wants_a_whole_text_node(html, present):
    pattern = label_text_pattern("Advertisement")
    page = Page(lxml.html.document_fromstring(f"<html><body>{html}</body></html>"), "https://example.com/",
                prefilter=TextPrefilter({pattern}))
    assert page.may_contain(pattern) is present


def test_own_text_matches_the_label_however_it_is_punctuated():
    _, after, _ = shaped('own-text = ["Advertisement", "Read"]')
    assert "- ADVERTISEMENT -" not in after and "READ:" not in after
    # The word inside a sentence is the span's own text too, but a label only as a whole.
    assert "advertisement spending" not in after  # (own-text alone does not look at the sentence)
    _, after, _ = shaped('own-text = ["Advertisement"]\nin-sentence = false')
    assert "advertisement spending will be cut" in after and "- ADVERTISEMENT -" not in after


def test_own_text_label_with_a_typographic_apostrophe():
    html = SHAPES_PAGE.replace("<h3>Most read</h3>", "<h3>Don’t Miss</h3>")
    _, after, root = shaped('own-text = ["Don\'t miss"]\nlink-box = true', html)
    assert not root.cssselect("div.box") and "Harbour master named" not in after


def test_label_box_takes_the_slot_box_with_all_its_labels():
    result, after, root = shaped('label-box = ["Advertisement", "Skip advertisement"]')
    assert not root.cssselect("div.ad") and not root.cssselect("div.slot")
    assert "advertisement spending will be cut" in after  # a label inside a sentence starts no box
    assert [r.element for r in result.report.removals] == ["div.ad"]


def test_label_box_needs_every_text_of_the_box_to_be_a_label():
    _, _, root = shaped('label-box = ["Advertisement"]')
    assert root.cssselect("div.ad") and not root.cssselect("div.ad p")  # "Skip advertisement" is no label here


def test_label_box_does_not_grow_around_an_image():
    html = SHAPES_PAGE.replace('<div class="slot"></div>', '<div class="slot"></div><img src="/harbour.jpg">')
    _, _, root = shaped('label-box = ["Advertisement", "Skip advertisement"]', html)
    assert root.cssselect("div.ad img")  # the image beside the label may be the story's
    assert not root.cssselect("div.ad p")


def test_a_label_listed_twice_is_noted_once():
    from newsclean.engine.book.kinds import OwnText

    matcher = OwnText.parse(["Read more", "READ MORE:", "Related"])
    assert matcher.labels == ("read more", "related")
    assert matcher.duplicates == (("READ MORE:", "Read more"),)


def test_a_section_s_title_and_a_table_s_cell_are_no_slot_s_label():
    html = SHAPES_PAGE.replace(
        '<div class="ad">',
        "<h3>Advertising</h3><p>Advertising revenue fell 9 per cent to 61 million pounds, with print display hit"
        " hardest.</p><table><tr><td>Advertising</td><td>540,000</td></tr></table><div class=\"ad\">",
    )
    result, after, root = shaped('label-box = ["Advertisement", "Skip advertisement", "Advertising"]', html)
    assert root.xpath("//h3[.='Advertising']") and root.xpath("//td[.='Advertising']")
    assert [r.element for r in result.report.removals] == ["div.ad"]  # the slot's label still goes
