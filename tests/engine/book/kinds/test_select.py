"""`css` and `xpath`: rules that select by markup, and the class/id index simple selectors use."""

from __future__ import annotations

import lxml.html
import pytest

from newsclean.engine.book import kinds
from newsclean.engine.book.compile import parse_rule
from newsclean.engine.page import Page

from .pages import BRIEFING, LEAD, PLAN, SPRING, Case, Error, cases, check_case, check_error, errors

CASES = [
    Case("css", 'css = ".ad-box"', ["Advertisement"], [LEAD, PLAN]),
    Case("css", 'css = ".ad-box, aside.promo"', ["Advertisement", BRIEFING], [LEAD], name="list"),
    Case("css", 'css = "article > p:first-of-type"', [LEAD], [PLAN, SPRING], name="structural"),
    Case("xpath", "xpath = \"//div[@class='ad-box']\"", ["Advertisement"], [LEAD]),
    Case("xpath", "xpath = \"//*[@id='story']/p[last()]\"", [SPRING], [LEAD, PLAN], name="id-attribute"),
]

ERRORS = [
    Error("css", {"reason": "r", "css": "div[["}, "NC005", "invalid CSS selector"),
    Error("css", {"reason": "r", "css": ""}, "NC005", "`css` is empty"),
    Error("css", {"reason": "r", "css": 3}, "NC003", "`css` must be a string"),
    Error("css", {"reason": "r", "css": "*"}, "NC008", "match (next to) every element"),
    Error("xpath", {"reason": "r", "xpath": "//div[@"}, "NC006", "invalid XPath"),
    Error("xpath", {"reason": "r", "xpath": "id('sidebar')//a"}, "NC006", "calls id()"),
    Error("xpath", {"reason": "r", "xpath": "//div[@id='x'] | id ('y')"}, "NC006", "calls id()"),
    Error("xpath", {"reason": "r", "xpath": 3}, "NC003", "`xpath` must be a string"),
    Error("xpath", {"reason": "r", "xpath": "//*"}, "NC008", "match (next to) every element"),
]


@cases(CASES)
def test_select_kind(case):
    check_case(case)


@errors(ERRORS)
def test_select_kind_errors(error):
    check_error(error)


@pytest.mark.parametrize("xpath", ["//div[@id='sidebar']//a", "//p[contains(., 'paid (in full)')]", "//p[. = \"id('x')\"]"])
def test_xpath_naming_ids_otherwise_loads(xpath):
    # Only a call of XPath's id() is refused (pages are parsed without an id index); an `id`
    # attribute or the letters in a string are not that call.
    rule = parse_rule({"reason": "r", "xpath": xpath}, "example.com", 0, "example.com.toml", 1)
    assert rule.matchers[0].expression == xpath


# -- simple CSS selectors answered from the page's class and id index, as the XPath would --

INDEX_PAGE = """<html><body><div id="a" class="box teaser"><p class="teaser">x</p>
<section class=" Teaser  wide "><aside id="more" class="box">y</aside><span class="box	teaser">z</span></section>
<p id="a">dup id</p><div class="teaser-2 box-x">no</div><DIV CLASS="box">upper tag</DIV></div></body></html>"""


@pytest.mark.parametrize("selector", [
    ".box", ".teaser", "div.box", "div.box.teaser", ".box.teaser", "#a", "p#a", "div#a", "#more",
    ".box, .teaser", "aside#more, p.teaser, .wide", ".Teaser", "section.Teaser.wide", ".none", "span.box",
    "div.teaser-2", ".box-x",
])
def test_simple_selectors_match_as_their_xpath_does(selector):
    matcher = kinds.Css.parse(selector)
    assert matcher.simple is not None
    page = Page(lxml.html.document_fromstring(INDEX_PAGE), "https://example.com/")
    assert matcher.find(page) == page.select(matcher.xpath)
    assert all(matcher.test(page, el) for el in page.select(matcher.xpath))


@pytest.mark.parametrize("selector", ["div > p", "p:first-child", "[data-x]", "div p", "a", "*", ".a\\:b"])
def test_other_selectors_keep_their_xpath(selector):
    assert kinds.Css.parse(selector).simple is None


def test_rules_sharing_a_selector_share_its_simple_form():
    assert kinds.simple_selector(".box, #a") is kinds.simple_selector(".box, #a")
    assert kinds.Css.parse(".box").simple is kinds.Css.parse(".box").simple
