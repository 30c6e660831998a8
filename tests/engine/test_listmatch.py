"""A list selector tested on one element gives what cssselect's XPath finds from the root: the
Python compounds, the XPath self-tests and the combinators read right to left."""

from __future__ import annotations

import cssselect
import lxml.html
import pytest

from newsclean.engine.listmatch import Compound, element_test, find_xpath, split_complex

PAGE = lxml.html.document_fromstring(
    '<html><body><div id="top" class="wrap main"><ul class="list"><li class="item ad">one</li>'
    '<li class="item">two</li><!-- note --><li class="item last" data-pos="3" title="Go To Top">three</li></ul>'
    '<p id="p1" lang="en-GB">text</p><p class="x" data-kind="sponsored-box">ad</p></div>'
    '<aside class="side"><div class="wrap"><span class="ad">s</span></div></aside>'
    '<a href="https://ads.example/x" rel="nofollow sponsored">l</a><amp-ad class="amp">a</amp-ad></body></html>'
)
SELECTORS = [
    ".ad", "li.ad", "li.item.last", ".item.ad.nope", "#top", "div#top.wrap", "#top.nope", "[data-pos]",
    "li[data-pos=\"3\"]", "[title=\"go to top\"]", "[data-kind^=\"spons\"]",
    "[data-kind$=\"box\"]", "[data-kind*=\"red-b\"]", "[rel~=\"sponsored\"]", "[lang|=\"en\"]", "[data-kind^=\"\"]",
    "ul > li", "div li.ad", "aside .ad", "aside > .ad", "ul li + li", "li.ad ~ li", "li.ad + li.last",
    "li:not(.ad)", "li:nth-child(2)", "p:first-child", "div > p.x", "body > a[href^=\"https://ads.\"]",
    "aside div > span.ad", "div.wrap.main ul .last", "amp-ad", "AMP-AD.amp", "*.ad", "div:has(> span.ad)",
    "#\\74 op", ".wrap .wrap .ad", "ul + p", "p ~ p.x",
]


@pytest.mark.parametrize("selector", SELECTORS)
def test_an_element_test_agrees_with_cssselect(selector):
    test = element_test(selector)
    assert test is not None, selector
    expected = set(PAGE.xpath(cssselect.HTMLTranslator().css_to_xpath(selector)))
    assert {el for el in PAGE.iter() if isinstance(el.tag, str) and test(el)} == expected
    assert set(find_xpath(selector)(PAGE)) == expected


@pytest.mark.parametrize("selector,python", [
    ("div.a#b[c^=\"d\"]", True), ("li.ad", True), ("[data-x]", True), ("li:not(.ad)", False), ("#\\74 op", False),
])
def test_common_compounds_are_tested_without_xpath(selector, python):
    assert isinstance(element_test(selector), Compound) is python


@pytest.mark.parametrize("selector,parts", [
    ("a > b.c d", [("", "a"), (">", "b.c"), (" ", "d")]),
    ("a[href=\"x > y\"] ~ p", [("", "a[href=\"x > y\"]"), ("~", "p")]),
    ("div:not(.a .b)+p", [("", "div:not(.a .b)"), ("+", "p")]),
    ("> p", None), ("a >", None), ("a > > b", None), ("a[x=\"y\"", None),
])
def test_complex_selectors_split_into_compounds(selector, parts):
    assert split_complex(selector) == parts


@pytest.mark.parametrize("selector", ["div:hover-ish(", "li:unknown-pseudo", "a > > b"])
def test_what_cannot_be_read_is_none(selector):
    assert element_test(selector) is None


def test_the_case_flag_folds_the_value():  # Selectors Level 4 (cssselect does not read it)
    last = PAGE.xpath("//li[@title]")[0]
    assert element_test('[title="go to top" i]')(last) and not element_test('[title="go to top"]')(last)
