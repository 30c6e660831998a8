"""The lists' index: what a host gets (its own filters, exceptions, switches) and what an element's
class, id or link finds."""

from __future__ import annotations

from newsclean.engine.book.listindex import NEEDED, ListIndex
from newsclean.rules.filterlist import parse_list


def _index(tmp_path, text):
    path = tmp_path / "l.txt"
    path.write_text(text, encoding="utf-8")
    return ListIndex([parse_list(path)])


def test_index_per_host(tmp_path):
    ix = _index(tmp_path, (
        "##.ad\n##.gone\n#@#.gone\nexample.com#@#.ad\n~other.org##.side\nnews.example.org##.promo\n"
        "example.*##.entity\n@@||nogeneric.net^$generichide\n@@||nothing.net^$elemhide\n##[title=ads]\n"
        "news.example.org##article > p:first-child\nnews.example.org##.x:has-text(Sponsored)\n"
    ))
    here = ix.for_host("www.news.example.org")
    assert set(ix.generic.classes) == {"ad", "gone", "side"} and ix.unkeyed == 1
    assert set(here.own.classes) == {"promo", "entity"}
    assert [e.selector for e in here.rooted] == ["article > p:first-child"]
    assert [spec.selector for _entry, spec in here.procedural] == [".x:has-text(Sponsored)"]
    assert ".gone" in here.excepted and not here.applies(ix.generic.classes["gone"][0])
    assert not ix.for_host("example.com").applies(ix.generic.classes["ad"][0])  # excepted there
    assert not ix.for_host("www.other.org").applies(ix.generic.classes["side"][0])  # ~other.org
    assert ix.for_host("nogeneric.net").generic is None and not ix.for_host("nothing.net")
    assert not ix.for_host("other.example.net").procedural


def test_lookups_answer_what_an_element_carries(tmp_path):
    ix = _index(tmp_path, (
        "##.ad\n###top\n##[id^=\"div-gpt-ad\"]\n##amp-ad\n##a[href^=\"https://ads.\"]\n##a[href=\"#top\"]\n"
        "##a[href$=\".exe\"]\n##a[href*=\"/click?\"]\n"
    ))
    host = ix.for_host("example.com")
    selectors = lambda found: sorted(e.selector for entries in found for e in entries)  # noqa: E731
    assert selectors(host.class_hits("x ad y")) == [".ad"]
    assert selectors(host.id_hits("div-gpt-ad-123")) == ['[id^="div-gpt-ad"]']
    assert selectors(host.id_hits("top")) == ["#top"]
    assert "amp-ad" in host.tags and not host.class_hits("adx")
    links = [(None, "https://ads.example/x", "ads.example"), (None, "#top", None), (None, "/a/b.exe", None),
             (None, "/r/click?u=1", None), (None, "/story", None)]  # fmt: skip
    assert [selectors(found) for found, _a in host.link_hits(links)] == [
        ['a[href^="https://ads."]'], ['a[href="#top"]'], ['a[href$=".exe"]'], ['a[href*="/click?"]'],
    ]
    assert host.by_href["/story"] == () and selectors(host.by_href["#top"]) == ['a[href="#top"]']  # kept per host


def test_a_class_value_finds_only_the_filters_its_classes_allow(tmp_path):
    ix = _index(tmp_path, (
        "##.ad.box\n##.ad.leaderboard\n##.ad[class$=\"box\"]\n##.ad[class^=\"x\"]\n##div.ad:not(.x)\n##.ad > .in\n"
        "##.x .ad.box\n##.box.ad\n"
    ))
    host = ix.for_host("example.com")
    selectors = lambda found: [e.selector for entries in found for e in entries]  # noqa: E731
    # a compound of the simple shapes asks its classes of the value; one left to XPath is kept
    assert selectors(host.class_hits("ad box")) == [
        ".ad.box", '.ad[class$="box"]', "div.ad:not(.x)", ".x .ad.box", ".box.ad",
    ]
    assert selectors(host.class_hits("ad")) == ["div.ad:not(.x)"]
    assert host.class_hits("ad") is host.by_class["ad"]  # kept for the next element with that value


def test_an_id_an_entry_under_a_value_condition_needs_is_noted(tmp_path):
    ix = _index(tmp_path, '##div#main > [class*=" "]\n##div#side .x\n###main\n')
    host = ix.for_host("example.com")
    assert host.needed_ids == {"main"}  # `#side .x` is filed under its class: tried only where .x is
    assert host.id_hits("main")[0] is NEEDED and [e.selector for e in host.id_hits("main")[1]] == ["#main"]
    assert host.id_hits("side") == ()
    # the walk asks for the lean answer until it meets a needed id
    assert [e.selector for g in host.class_hits("a b") for e in g] == ['div#main > [class*=" "]']
    assert host.class_hits("a b", lean=True) == () and host.by_class_lean["a b"] == ()
