"""A list's filters for one site as rule keys: one row a syntax form (what it becomes, or why not),
which filters a site gets, and what its exceptions and switches take away."""

from __future__ import annotations

import pytest

from newsclean.edit.listimport import import_list, list_lines, translate


@pytest.mark.parametrize(
    "body, expected",
    [
        (".ad-banner", {"css": ".ad-banner"}),
        ("div#top > .ad", {"css": "div#top > .ad"}),
        ('a[href^="https://ads.example"]', {"css": 'a[href^="https://ads.example"]'}),
        ("div.box:has-text(Sponsored)", {"css": "div.box", "text-contains": "Sponsored"}),
        ('div.box:has-text("Sponsored")', {"css": "div.box", "text-contains": "Sponsored"}),
        ("p:has-text(/^Advert(isement)?$/i)", {"css": "p", "text-regex": "(?i)^Advert(isement)?$"}),
        ("span.label:has-text(Ad):upward(2)", {"css": "span.label", "text-contains": "Ad", "upward": 2}),
        ("span.label:upward(.card)", {"css": "span.label", "upward": ".card"}),
        ("div.x:has-text(Promo):upward(section):remove()", {"css": "div.x", "text-contains": "Promo", "upward": "section"}),
        ("div:has(.sponsor-logo)", {"css": "div:has(.sponsor-logo)"}),
        ("div:not(.story)", {"css": "div:not(.story)"}),
        (":xpath(//div[@data-ad])", {"xpath": "//div[@data-ad]"}),
        ("^div.promo", {"css": "div.promo"}),  # a uBO HTML filter: the same selector on the HTML
        ("div:-abp-contains(Anzeige)", {"css": "div", "text-contains": "Anzeige"}),
    ],
)
def test_a_filter_becomes_rule_keys(body, expected):
    assert translate(body) == expected


@pytest.mark.parametrize(
    "body, why",
    [
        ("div:min-text-length(40)", "no minimum text length"),
        ("div:matches-path(/news/)", "URL path"),
        ("div:matches-css(position: fixed)", "computed style"),
        ("div:others()", "rendered page"),
        ("body:style(overflow: auto !important)", "sets a style"),
        ("div:has(> .ad)", "relative selector"),
        ("div:has(p:has-text(Ad))", "procedural operator inside :has()"),
        ("div:has-text(Ad) > span", "CSS after a procedural operator"),
        ("div.x:xpath(..)", ":xpath() after a selector"),
        ("^script:has-text(adblock)", "script or style"),
        ("^responseheader(set-cookie)", "response header"),
        ("+js(set, x, 1)", "scriptlet"),
        ("div:has-text(a", "not closed"),
        (":upward(2)", "nothing to find the elements by"),
    ],
)
def test_what_has_no_rule_says_why(body, why):
    found = translate(body)
    assert isinstance(found, str) and why in found, found


LIST = """[Adblock Plus 2.0]
! Title: Test list
##.generic-ad
##.story-ad
example.com##.site-ad
example.com#@#.story-ad
example.*##.entity-ad
news.example.com##.only-news
other.org##.other-ad
example.com,~shop.example.com##.not-in-shop
~example.com##.everywhere-but-here
example.com##div:matches-path(/live/)
example.com##+js(set, x, 1)
example.com#$#body { overflow: auto }
!#if ext_ublock
example.com##.ubo-only
!#else
example.com##.not-ubo
!#endif
!#include extra.txt
||ads.example.com^
"""


@pytest.fixture()
def listed(tmp_path):
    (tmp_path / "extra.txt").write_text("example.com##.from-include\n")
    path = tmp_path / "test.txt"
    path.write_text(LIST)
    return path


def test_a_sites_filters_with_their_lines(listed):
    found = import_list(listed, "example.com")
    got = {r["css"]: r["reason"] for r in found.rules}
    assert got == {
        ".site-ad": "test line 5: example.com##.site-ad",
        ".entity-ad": "test line 7: example.*##.entity-ad",
        ".ubo-only": "test line 16: example.com##.ubo-only",
        ".from-include": "extra line 1: example.com##.from-include",
    }
    skipped = {s.line: s.why for s in found.skipped}
    assert "only for news.example.com" in skipped[8]
    assert "not for shop.example.com" in skipped[10]
    assert "URL path" in skipped[12] and "scriptlet" in skipped[13] and "CSS injection" in skipped[14]
    assert 9 not in skipped and 11 not in skipped  # another site's filter, and one that excepts this site


def test_generic_filters_only_when_asked_less_the_sites_exceptions(listed):
    assert not any(r["_generic"] for r in import_list(listed, "example.com").rules)
    found = import_list(listed, "example.com", generic=True)
    generic = [r["css"] for r in found.rules if r["_generic"]]
    assert generic == [".generic-ad"]  # .story-ad is excepted here; ~example.com is not for it
    assert found.excepted == 1
    other = import_list(listed, "other.org", generic=True)
    assert {r["css"] for r in other.rules} == {".other-ad", ".generic-ad", ".story-ad", ".everywhere-but-here"}


def test_a_sub_host_gets_its_parents_filters(listed):
    found = import_list(listed, "news.example.com")
    assert {r["css"] for r in found.rules} >= {".site-ad", ".only-news", ".entity-ad"}


def test_switches_take_the_generic_filters_away(tmp_path):
    path = tmp_path / "l.txt"
    path.write_text("##.generic-ad\nexample.com##.site-ad\n@@||example.com^$generichide\n")
    found = import_list(path, "example.com", generic=True)
    assert [r["css"] for r in found.rules] == [".site-ad"] and found.excepted == 1
    path.write_text("##.generic-ad\nexample.com##.site-ad\n@@||example.com^$elemhide\n")
    assert import_list(path, "example.com", generic=True).rules == []


def test_list_lines_reads_includes_once_and_decides_if_blocks(tmp_path):
    (tmp_path / "a.txt").write_text("!#include b.txt\n!#if !ext_ublock\nno\n!#endif\n!#if ext_ublock && !false_token\nyes\n!#endif\n")
    (tmp_path / "b.txt").write_text("!#include a.txt\nfrom-b\n")
    assert [(f, n, line) for f, n, line in list_lines(tmp_path / "a.txt")] == [("b.txt", 2, "from-b"), ("a.txt", 6, "yes")]
