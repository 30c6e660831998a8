"""Filter lists read into specs: each syntax form, the preprocessor, includes, and the host index."""

from __future__ import annotations

import pytest

from newsclean.rules.filterlist import (
    CosmeticFilter,
    host_keys,
    parse_line,
    parse_list,
    selector_key,
    split_selector_list,
)
from newsclean.rules.procedural import ProceduralFilter

LINES = [
    # (line, what it becomes: a filter (selector, include, exclude, exception) or a counted kind)
    ("##.ad-banner", (".ad-banner", (), (), False)),
    ("example.com##.promo", (".promo", ("example.com",), (), False)),
    ("example.com,~shop.example.com##div#sponsor", ("div#sponsor", ("example.com",), ("shop.example.com",), False)),
    ("~example.com##.ad", (".ad", (), ("example.com",), False)),
    ("example.*##.teaser", (".teaser", ("example.*",), (), False)),
    ("example.com#@#.ad-banner", (".ad-banner", ("example.com",), (), True)),
    ("#@#.ad-banner", (".ad-banner", (), (), True)),
    ("##a[href^=\"https://ads.example\"], .x", ("a[href^=\"https://ads.example\"], .x", (), (), False)),
    ("example.com##.story:has-text(Sponsored)", ProceduralFilter),
    ("example.com#?#.story:-abp-has(.ad)", ProceduralFilter),
    ("example.com##.x:upward(2)", ProceduralFilter),
    ("example.com##div:not(.a, .b)", ProceduralFilter),  # a :not() cssselect does not read
    ("example.com##^script:has-text(ads)", ProceduralFilter),
    ("example.com$$script[tag-content=\"ads\"]", ProceduralFilter),
    ("##.story:has-text(Sponsored)", "procedural-generic"),
    ("example.com##.x:matches-css(position: fixed)", "procedural-render"),
    ("example.com##.x:others()", "procedural-render"),
    ("example.com##.x:has-text(/(unclosed/)", "bad-procedural"),
    ("example.com##.x:upward(0)", "bad-procedural"),
    ("example.com#@#.story:has-text(Sponsored)", "procedural"),  # its exception: not applied
    ("example.com##^responseheader(x-ad)", "html"),
    ("example.com$@$script[tag-content=\"ads\"]", "html"),
    ("example.com##+js(aopr, foo)", "scriptlet"),
    ("example.com#$#body { overflow: auto !important; }", "css-injection"),
    ("example.com#%#window.x = 1;", "javascript"),
    ("/^https?:\\/\\/ads\\./##.x", "regex-domain"),
    ("||ads.example.com^$third-party", "network"),
    ("/banner/ads/*", "network"),
    ("example.com##", "bad-line"),
]


@pytest.mark.parametrize("line,expected", LINES, ids=[line for line, _ in LINES])
def test_each_syntax_form(line, expected):
    parsed = parse_line(7, line)
    if isinstance(expected, str):
        assert parsed == (expected, None)
    elif expected is ProceduralFilter:
        assert isinstance(parsed, ProceduralFilter) and parsed.line == 7 and parsed.text == line
    else:
        assert isinstance(parsed, CosmeticFilter)
        assert (parsed.selector, parsed.include, parsed.exclude, parsed.exception) == expected
        assert parsed.line == 7 and parsed.text == line


@pytest.mark.parametrize("line,switch", [
    ("@@||example.com^$generichide", ("generichide", ("example.com",))),
    ("@@||example.com^$ghide", ("generichide", ("example.com",))),
    ("@@||news.example.org^$elemhide", ("elemhide", ("news.example.org",))),
    ("@@||example.com^$specifichide,document", ("specifichide", ("example.com",))),
    ("@@*$ghide,domain=web.de|gmx.*", ("generichide", ("web.de", "gmx.*"))),  # the sites named by domain=
    ("@@$elemhide,domain=a.example|~b.a.example", ("elemhide", ("a.example", "~b.a.example"))),
    ("@@/ads/*$ghide,domain=a.example", ("network", None)),  # a pattern of addresses: not whole sites
    ("@@*$ghide,domain=/^re[gx]\\.example$/", ("network", None)),  # a regex domain: not read
])
def test_network_switches_of_cosmetic_filtering(line, switch):
    assert parse_line(1, line) == switch


@pytest.mark.parametrize("line", ["", "! a comment", "[Adblock Plus 2.0]", "!#if env_firefox"])
def test_comments_and_headers_are_nothing(line):
    assert parse_line(1, line) is None


def test_preprocessor_and_includes(tmp_path):
    (tmp_path / "main.txt").write_text(
        "! Title: main\n##.one\n!#if env_firefox\n##.firefox-only\n!#else\n##.not-firefox\n!#endif\n"
        "!#if cap_html_filtering && !adguard\n##.html-filtering\n!#endif\n"
        "!#include more.txt\n!#include ../outside.txt\n##.last\n",
        encoding="utf-8",
    )
    (tmp_path / "more.txt").write_text("##.included\nexample.com##+js(x)\n", encoding="utf-8")
    (tmp_path.parent / "outside.txt").write_text("##.outside\n", encoding="utf-8")
    fl = parse_list(tmp_path / "main.txt")
    assert [f.selector for f in fl.filters] == [".one", ".not-firefox", ".html-filtering", ".included", ".last"]
    assert fl.not_applied == {"scriptlet": 1, "missing-include": 1} and fl.includes == ("more.txt",)
    assert fl.examples["missing-include"] == (12, "!#include ../outside.txt")  # counted, with its line
    assert fl.name == "main"


def test_a_folder_loads_each_list_once(tmp_path):
    from newsclean.rules.filterlist import load_lists

    (tmp_path / "a.txt").write_text("!#include b.txt\n##.a\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("##.b\n", encoding="utf-8")
    lists, failed = load_lists(tmp_path)
    assert [fl.name for fl in lists] == ["a"] and not failed
    again, _ = load_lists(tmp_path, lists)
    assert again[0] is lists[0]  # unchanged: not read again


@pytest.mark.parametrize("selector,key", [
    (".ad-banner", ".ad-banner"), ("div#ad_box > .x", ".x"), ("div  >  #x.y", "#x"), (".a.b", ".a"),
    ("div.foo:not(.bar)", ".foo"), ("a[href^=\"x.y\"]", None), ("[class^=\"ad\"]", None),
    ("div > div + [aria-label=\"promo\"]", None), ("#\\5f _accept", None), (".x[data-a=\"#y .z\"]", ".x"),
])
def test_selector_key_is_what_the_element_must_carry(selector, key):
    assert selector_key(selector) == key


def test_selector_lists_split_outside_brackets():
    assert split_selector_list('.a, b[x=","], :is(.c, .d)') == [".a", 'b[x=","]', ":is(.c, .d)"]


def test_host_names_with_parents_and_entities():
    assert host_keys("www.news.example.co.uk") == [
        "www.news.example.co.uk", "news.example.co.uk", "example.co.uk",
        "www.news.example.*", "news.example.*", "example.*",
    ]


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_an_ip_address_names_only_itself(host):
    assert host_keys(host) == [host]
