"""Where each list selector is filed: its last compound's id, class, id/class value, link or tag."""

from __future__ import annotations

import pytest

from newsclean.engine.book.listkeys import index_key


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
