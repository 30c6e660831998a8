"""Procedural, HTML and AdGuard HTML filters read into steps: each operator's argument, and what
cannot be read (with the kind `newsclean check` counts it under)."""

from __future__ import annotations

import pytest

from newsclean.rules.procedural import (
    Pattern,
    ProceduralError,
    Steps,
    parse_adguard,
    parse_procedural,
    parse_steps,
)

HAS_AD = Steps("> .b", (("has-text", Pattern("ad")),))


@pytest.mark.parametrize("selector,steps", [
    ("div.x:has-text(Sponsored)", Steps("div.x", (("has-text", Pattern("Sponsored")),))),
    ("p:has-text(/spons?ored/i)", Steps("p", (("has-text", Pattern("spons?ored", True, True)),))),
    ("p:-abp-contains(Ad)", Steps("p", (("has-text", Pattern("Ad")),))),
    (".t:upward(2)", Steps(".t", (("upward", 2),))),
    (".t:nth-ancestor(3)", Steps(".t", (("upward", 3),))),
    (".t:upward(div.box)", Steps(".t", (("upward", Steps("div.box")),))),
    (".a:has(> .b:has-text(ad))", Steps(".a", (("has", HAS_AD),))),
    (".a:not(.b, .c)", Steps(".a", (("not", Steps(".b, .c")),))),
    (".a:not(.b)", Steps(".a:not(.b)")),  # plain CSS: the CSS engine's
    ("li:nth-child(2):has-text(x)", Steps("li:nth-child(2)", (("has-text", Pattern("x")),))),
    (":xpath(//div[@id='a']/..)", Steps("", (("xpath", "//div[@id='a']/.."),))),
    (".a:min-text-length(40)", Steps(".a", (("min-text-length", 40),))),
    (".a:matches-path(/^\\/news/)", Steps(".a", (("matches-path", Pattern("^\\/news", True)),))),
    ('.a:matches-attr("/^data-/"="/^ad/")', Steps(".a", (("matches-attr", (Pattern("^data-", True), Pattern("^ad", True))),))),
    (".a:matches-attr(data-ad)", Steps(".a", (("matches-attr", (Pattern("data-ad"), None)),))),
    (".a:has-text(a (b) c)", Steps(".a", (("has-text", Pattern("a (b) c")),))),
])
def test_steps_of_each_operator(selector, steps):
    assert parse_steps(selector) == steps


def test_remove_and_html_filters_take_out():
    spec = parse_procedural(3, "example.com##.a:remove()", ".a:remove()", ("example.com",), ())
    assert spec.remove and spec.steps == Steps(".a") and spec.line == 3
    html = parse_procedural(4, "example.com##^script:has-text(x)", "script:has-text(x)", ("example.com",), (), html=True)
    assert html.remove and html.steps.base == "script"


@pytest.mark.parametrize("selector,kind,why", [
    (".a:matches-css(display: block)", "procedural-render", "needs a rendered page"),
    (".a:others()", "procedural-render", "needs a rendered page"),
    (".a:has-text(x) > p", "procedural-render", "CSS after a procedural operator"),
    (".a:has-text(/(a/)", "bad-procedural", "RE2"),
    (".a:has-text(/(?=a)/)", "bad-procedural", "RE2"),  # lookahead: RE2 has none
    (".a:upward(0)", "bad-procedural", "1 to 256"),
    (".a:upward()", "bad-procedural", "needs a number"),
    (".a:min-text-length(x)", "bad-procedural", "needs a number"),
    (".a:has()", "bad-procedural", "is empty"),
    (".a:remove(x)", "bad-procedural", "no argument"),
    (".a:remove():has-text(x)", "bad-procedural", "must come last"),
    (".a:has-text(x", "bad-procedural", "not closed"),
])
def test_what_cannot_be_read_says_why(selector, kind, why):
    with pytest.raises(ProceduralError, match=why) as caught:
        parse_procedural(1, "example.com##" + selector, selector, ("example.com",), ())
    assert caught.value.kind == kind


@pytest.mark.parametrize("body,tag,attrs", [
    ('script[tag-content="banner"]', "script", (("tag-content", "banner"),)),
    ('div[id="ad"][max-length="500"][min-length="10"]', "div", (("id", "ad"), ("max-length", "500"), ("min-length", "10"))),
    ('script[tag-content="say ""hi"""]', "script", (("tag-content", 'say "hi"'),)),
    ('iframe[wildcard="*ads*"]', "iframe", (("wildcard", "*ads*"),)),
])
def test_adguard_html_rules(body, tag, attrs):
    spec = parse_adguard(1, "example.com$$" + body, body, ("example.com",), ())
    assert (spec.tag, spec.attrs, spec.remove) == (tag, attrs, True)


@pytest.mark.parametrize("body,kind", [
    ('[tag-content="x"]', "bad-procedural"), ('div[max-length="big"]', "bad-procedural"),
    ('div[parent-elements="td"]', "procedural-render"), ("div[id=x]", "bad-procedural"),
])
def test_adguard_rules_that_cannot_be_applied(body, kind):
    with pytest.raises(ProceduralError) as caught:
        parse_adguard(1, "example.com$$" + body, body, ("example.com",), ())
    assert caught.value.kind == kind
