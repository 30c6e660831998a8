"""Where each list selector is filed: its last compound's id, class, id/class value, link or tag."""

from __future__ import annotations

import pytest

from newsclean.engine.book.listkeys import HrefSet, index_key
from newsclean.engine.listmatch import attr_holds


@pytest.mark.parametrize("selector,kind", [
    (".ad-banner", ("class", "ad-banner")), ("div#ad_box > .x", ("class", "x")), ("div  >  #x.y", ("id", "x")),
    (".a.b", ("class", "a")), ("div.foo:not(.bar)", ("class", "foo")), (".x[data-a=\"#y .z\"]", ("class", "x")),
    ("[class^=\"ad-\"]", ("@class", "^ad\\-")), ("div[id$=\"-ad\"]", ("@id", "\\-ad$")),
    ("a[href^=\"https://ads.example\"]", ("href", "^=", "https://ads.example", False)),
    ("a[href=\"#top\" i]", ("href", "=", "#top", True)),
    ("amp-ad", ("tag", "amp-ad", None, None)), ("cloudflare-app[app=\"x\"]", ("tag", "cloudflare-app", "app", "^x$")),
    ("div[style^=\"position\"]", None),  # a common tag with no id or class: not applied
    ("[href=\"https://x.example/\"] > img", None), ("[title=\"Back to top\"]", None), ("#\\5f _accept", None),
])
def test_a_selector_is_filed_by_its_last_compound(selector, kind):
    assert index_key(selector) == kind


CONDITIONS = [
    ("^=", "https://ads.example/", False), ("^=", "http://www.track.example/c?", False), ("^=", "//cdn.promo.example/", False),
    ("^=", "https://www.shop.example/aff", False), ("^=", "mailto:", False), ("^=", "/out/", False), ("^=", "https://ab", False),
    ("=", "#top", False), ("$=", ".exe", False), ("*=", "/click?", False), ("*=", "&maxads=", False),
    ("^=", "//startgaming.net/tienda/", True),
]
HREFS = [
    "https://ads.example/x", "https://www.ads.example/x", "http://www.track.example/c?u=1", "http://track.example/c?u=1",
    "//cdn.promo.example/a.js", "https://cdn.promo.example/a.js", "https://www.shop.example/affiliate", "mailto:a@b",
    "/out/1", "https://ab", "https://abc", "#top", "/a/b.exe", "/r/click?u=1&maxads=2", "HTTPS://ADS.EXAMPLE/x",
    "//StartGaming.net/Tienda/x", "//www.", "", "https", "/story",
]


@pytest.mark.parametrize("href", HREFS)
def test_a_links_answer_is_every_condition_its_href_meets(href):
    entries = [object() for _ in CONDITIONS]
    hrefs = HrefSet([(op, value.lower() if fold else value, fold, e) for (op, value, fold), e in zip(CONDITIONS, entries)])
    out: list = []
    hrefs.hits(href, out)
    want = [e for (op, value, fold), e in zip(CONDITIONS, entries) if attr_holds(op, value, href.lower() if fold else href)]
    assert sorted(map(id, (e for found in out for e in found))) == sorted(map(id, want))
