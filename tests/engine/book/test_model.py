"""Parsed rules as values: how a rule finds its candidates and targets on a page, why it matched
nothing (the trace `explain` prints), its description; site settings merged file over file."""

from __future__ import annotations

import dataclasses

import pytest

from newsclean.engine.book.compile import parse_rule, parse_rule_text
from newsclean.engine.book.model import RuleFile, brief
from newsclean.engine.document import parse_page
from newsclean.engine.page import Page
from newsclean.rules.specs import DEFAULT_FILE_KEY, SiteSettings

URL = "https://example.com/story"
HTML = b"""<html><body><article id="story">
<p class="lead">The council approved the harbour budget on Monday after a long debate.</p>
<div class="box outer"><div class="box inner"><p>Advertisement</p></div></div>
<div class="box"><p>Advertisement</p><p>Sponsored</p></div>
<p>Read <a href="https://other.example.org/x">more here</a> and <a href="/local">here</a>.</p>
</article></body></html>"""


def rule(**table):
    return parse_rule({"reason": "r", **table}, "example.com", 0, "example.com.toml", 1)


def page() -> Page:
    return Page(parse_page(HTML).root, URL)


def texts(els) -> list[str]:
    return [" ".join(el.text_content().split()) for el in els]


def test_brief():
    assert brief("matches CSS `p`") == "matches CSS `p`"
    long = "text matches /" + "a" * 1000 + "/"
    cut = brief(long)
    assert cut.startswith("text matches /aaa") and cut.endswith(f"…[{len(long)} chars]") and len(cut) < 110


def test_the_cheapest_source_finds_and_the_rest_test_by_cost():
    r = rule(css="p", **{"text-contains": "advertisement", "max-words": 3})
    assert [m.key for m in r.matchers] == ["css", "text-contains", "max-words"]
    assert texts(r.candidates(page())) == ["Advertisement", "Advertisement"]


def test_a_finder_that_finds_a_superset_is_tested_too():
    r = rule(css="a", **{"href-regex": "other\\.example"})
    assert [m.key for m in r.matchers] == ["href-regex", "css"]  # the cheaper source, a first cut
    assert texts(r.candidates(page())) == ["more here"]
    links = rule(**{"href-regex": "/local$"})
    assert texts(links.candidates(page())) == ["here"]


def test_targets_climb_dedupe_and_keep_the_outermost():
    climbed = rule(text="Advertisement", upward=".box")
    assert [t.get("class") for t in climbed.targets(page())] == ["box inner", "box"]
    nested = rule(css=".box")
    assert [t.get("class") for t in nested.targets(page())] == ["box outer", "box"]  # not the inner box too
    marked = rule(css=".box", action="mark")
    assert [t.get("class") for t in marked.targets(page())] == ["box outer", "box inner", "box"]  # every one
    gone = rule(text="Advertisement", upward=30)
    assert gone.targets(page()) == []  # climbed past the root


@pytest.mark.parametrize("table, trace", [
    ({"css": ".absent"}, "none found by: matches CSS `.absent`"),
    ({"css": "p", "text-contains": "nowhere"}, "5 found by: matches CSS `p`; none pass: text contains 'nowhere'"),
    ({"css": "p", "max-words": 1, "text-contains": "lead"}, "5 found by: matches CSS `p`; none pass: text contains 'lead'"),
    ({"css": "p", "max-words": 1, "text-contains": "council"},
     "5 found by: matches CSS `p`; 1 pass: text contains 'council'; none pass: at most 1 words"),
    ({"text": "Advertisement", "upward": "table"},
     "2 found by: text is 'Advertisement'; none left after: up to the closest `table`"),
    # the link regex is the cheaper source: every link is a first cut, tested in cost order with the rest
    ({"css": "a", "offsite": True, "href-regex": "nowhere"},
     ("2 found as a first cut for: link target matches /nowhere/; 1 pass: links only to other sites; "
      "none pass: link target matches /nowhere/")),
])
def test_trace_says_which_condition_left_none(table, trace):
    r = rule(**table)
    assert r.targets(page()) == []
    assert r.trace(page()) == trace


def test_a_long_condition_is_cut_short_in_the_trace():
    r = rule(css=".absent", **{"text-regex": "x" * 600})
    assert r.trace(page()) == "none found by: matches CSS `.absent`"
    r = rule(css="p.lead", **{"text-regex": "^" + "x" * 600})
    assert r.trace(page()).endswith(f"none pass: {brief(r.matchers[1].describe())}") and len(r.trace(page())) < 200


def test_trace_of_matches_an_earlier_rule_took():
    p = page()
    for el in rule(css=".box").targets(p):
        el.drop_tree()
    assert rule(text="Sponsored").trace(p) == "none found by: text is 'Sponsored'"
    assert rule(text="Sponsored").trace(page()) == "1 found by: text is 'Sponsored'"  # matched: no "none" step


def test_description_is_worded_once():
    r = rule(css="a", offsite=True, upward=1, action="unwrap")
    assert r.describe() == "unwrap: matches CSS `a`; links only to other sites; up 1 level(s)"
    assert r.describe() is r.description


def test_rules_are_immutable_values():
    r = rule(css="p.lead")
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.reason = "other"  # type: ignore[misc]
    assert r.table == {"reason": "r", "css": "p.lead"} and r.id == "example.com#1" and r.enabled


def test_site_settings_merged_file_over_file():
    base = SiteSettings()
    bundled = base.merged({"article": "#story", "disable": frozenset({"share"})})
    user = bundled.merged({"enabled": False, "mode": "reader"})
    assert (user.article, user.disable, user.enabled, user.mode) == ("#story", frozenset({"share"}), False, "reader")
    assert (base.article, base.enabled) == (None, True)  # the others are untouched
    assert user.guard == base.guard and user.detect is True


def test_settings_a_file_sets_are_only_those_it_writes():
    parsed = parse_rule_text('[site]\nmode = "reader"\nguard = 0.6\n', "example.com.toml", "example.com")
    assert set(parsed.settings) == {"mode", "guard"}
    merged = SiteSettings().merged(parsed.settings)
    assert (merged.mode, merged.guard, merged.defaults) == ("reader", 0.6, True)


def test_the_default_file():
    assert RuleFile(DEFAULT_FILE_KEY, "_default.toml", 0, (), {}).is_default
    assert not RuleFile("example.com", "example.com.toml", 0, (), {}).is_default
