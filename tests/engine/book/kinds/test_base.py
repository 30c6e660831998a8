"""The registries and what every kind builds on: every registered kind has its cases and errors in a
family's table; regexes searched in many texts at once; the shared compilers and value checks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.engine.book.kinds import (
    ACTIONS,
    CLIMBS,
    MATCHERS,
    Action,
    Matcher,
    base,
    batch_regex,
    compile_css,
    compile_regex,
    finds_in_none,
)
from newsclean.engine.book.kinds.base import _compiled, regex_finds
from newsclean.rules.errors import RuleSyntaxError

from . import (
    test_actions,
    test_climbs,
    test_labels,
    test_layout,
    test_links,
    test_position,
    test_select,
    test_text,
)

FAMILIES = [test_select, test_text, test_links, test_layout, test_labels, test_position, test_climbs, test_actions]


def _takes_options(action: type[Action]) -> bool:
    """An action that reads the rule table (its own keys, the rule's conditions) has values that can be wrong."""
    return action.parse.__func__ is not Action.parse.__func__ or action.__init__ is not Action.__init__


def missing_rows() -> tuple[list, list, set]:
    """(kinds without a goes/stays case, kinds with a value that can be wrong but no error row,
    rows naming a kind that is not registered)."""
    with_cases = {c.kind for family in FAMILIES for c in family.CASES}
    with_errors = {e.kind for family in FAMILIES for e in family.ERRORS}
    registered = [*MATCHERS, *CLIMBS, *ACTIONS]
    can_be_wrong = [*MATCHERS, *CLIMBS, *(name for name, cls in ACTIONS.items() if _takes_options(cls))]
    known = set(registered) | {"action", "class"}  # the rule's `action` key and the keys an action owns
    return (
        [k for k in registered if k not in with_cases],
        [k for k in can_be_wrong if k not in with_errors],
        (with_cases | with_errors) - known,
    )


def test_every_registered_kind_has_cases_and_errors_in_a_family_table():
    """A new kind, climb or action fails here until its family's test file has rows for it."""
    no_cases, no_errors, unknown = missing_rows()
    assert no_cases == [], "kinds without a goes/stays case"
    assert no_errors == [], "kinds without an error case"
    assert unknown == set(), "rows about a kind that is not registered (renamed?)"


def test_a_kind_without_rows_is_reported(monkeypatch):
    class Untested(Matcher):
        key = "untested-key"

    class Opinionated(Action):
        name = "opinionated"

        def __init__(self, table):
            self.level = table.get("level")

    monkeypatch.setitem(base.MATCHERS, "untested-key", Untested)
    monkeypatch.setitem(base.ACTIONS, "opinionated", Opinionated)
    no_cases, no_errors, _ = missing_rows()
    assert no_cases == ["untested-key", "opinionated"] and no_errors == ["untested-key", "opinionated"]


def test_the_actions_with_options_are_those_that_read_the_table():
    assert sorted(name for name, cls in ACTIONS.items() if _takes_options(cls)) == ["drop-text", "mark"]


def test_every_kind_describes_itself_for_the_readme():
    for cls in [*MATCHERS.values(), *CLIMBS.values()]:
        assert cls.value_doc and cls.doc, cls.key
    for cls in ACTIONS.values():
        assert cls.doc, cls.name


# -- the shared compilers --------------------------------------------------------------------------

@pytest.mark.parametrize("value, key, code, message", [
    (None, "css", "NC003", "`css` must be a string (a CSS selector)"),
    ("   ", "within", "NC005", "`within` is empty"),
    ("p:nope", "upward", "NC005", "invalid CSS selector 'p:nope'"),
    (":is(" * 790 + "p" + ")" * 790, "css", "NC005", "is nested too deep to compile"),
])
def test_compile_css_errors_name_their_key(value, key, code, message):
    with pytest.raises(RuleSyntaxError) as caught:
        compile_css(value, key)
    assert (caught.value.code, caught.value.key) == (code, key)
    assert message in caught.value.message


def test_compile_regex_is_re2_and_shared():
    assert compile_regex("(?i)slot", "text-regex") is compile_regex("(?i)slot", "href-regex")
    with pytest.raises(RuleSyntaxError) as caught:
        compile_regex("(?<=a)b", "text-regex")  # lookbehind: not RE2
    assert caught.value.code == "NC007" and caught.value.key == "text-regex"


def test_regex_finds_answers_as_a_search_for_short_and_long_texts():
    regex = _compiled(r"\bslot\b")
    for text in ["slot", "a time slot here", "slots", "x" * 400 + " slot", "x" * 400]:
        assert regex_finds(regex, text) == (regex.search(text) is not None), text[:20]
        assert regex_finds(regex, text) == (regex.search(text) is not None)  # the kept answer too


# -- regexes searched in many texts at once ----------------------------------------------------------

BATCH_PATTERNS = [
    r"(?i)\b(?:slot ?gacor|togel|[a-z]{2,}(?:4d|88))\b", r"^READ:", r"story$", r"^\d+$", r"\Bx\B", r"[^/]*casino",
    r"(?s)a.b", r"(?i)^(?:https?:)?//[^/?#]*slot", r"\bwin\b", r"^$", r"a|^", r"(?U)a+?b",
]
BATCH_TEXT = st.text(alphabet="abxyz 4d8:/.-READstorywinSLOTgacor\n\u00e9", max_size=30)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(BATCH_PATTERNS), st.lists(BATCH_TEXT, min_size=1, max_size=8))
def test_a_batched_search_never_misses_a_text_that_matches(pattern, texts):
    batch = batch_regex(pattern)
    assert batch is not None
    if any(_compiled(pattern).search(text) for text in texts):
        assert not finds_in_none(batch, texts)


@pytest.mark.parametrize("pattern", [r"\Aslot", r"slot\z", r"(?-m)^slot", r"(?i-m:^slot)"])
def test_patterns_tied_to_the_texts_ends_are_not_batched(pattern):
    assert batch_regex(pattern) is None


def test_a_batched_search_says_none_when_no_text_matches():
    batch = batch_regex(r"^READ:")
    assert finds_in_none(batch, ["a READ: b", "story", "more"])
    assert not finds_in_none(batch, ["story", "READ: this"])
