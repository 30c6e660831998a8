"""What every rule kind builds on: the registries of matchers, climbs and actions, their base
classes, and the compilers and value checks they share (CSS, RE2 with its caches, strings, booleans)."""

from __future__ import annotations

import functools
import re
from typing import Any, ClassVar

import cssselect
import lxml.etree
import re2

from ....rules.errors import RuleSyntaxError
from ....rules.keys import ACTION_NAMES, CLIMB_KEYS, MATCHER_KEYS
from ...page import Page

_TRANSLATOR = cssselect.HTMLTranslator()


def compile_css(selector: Any, key: str = "css") -> lxml.etree.XPath:
    if not isinstance(selector, str):
        raise RuleSyntaxError("NC003", f"`{key}` must be a string (a CSS selector)", key)
    if not selector.strip():
        raise RuleSyntaxError("NC005", f"`{key}` is empty", key)
    try:
        return lxml.etree.XPath(_TRANSLATOR.css_to_xpath(selector))
    except (cssselect.SelectorError, lxml.etree.XPathError) as err:
        raise RuleSyntaxError("NC005", f"invalid CSS selector {selector!r}: {err}", key) from None
    except RecursionError:  # `:not(:not(...))` hundreds deep: cssselect's parser recurses a level each
        raise RuleSyntaxError("NC005", f"CSS selector {selector[:60]!r}... is nested too deep to compile", key) from None


def compile_regex(pattern: Any, key: str):
    if not isinstance(pattern, str):
        raise RuleSyntaxError("NC003", f"`{key}` must be a string (an RE2 regex)", key)
    try:
        return _compiled(pattern)
    except re2.error as err:
        raise RuleSyntaxError("NC007", f"invalid regex {pattern!r}: {err}", key) from None


@functools.lru_cache(maxsize=4096)
def _compiled(pattern: str):
    """One compiled regex per pattern: rules sharing a vocabulary (the default spam rules) share
    the object, and so their answers in `regex_finds`."""
    options = re2.Options()
    options.log_errors = False
    return re2.compile(pattern, options=options)


_CACHED_TEXT_MAX = 300


@functools.lru_cache(maxsize=8192)
def _regex_finds_cached(regex, text: str) -> bool:
    return regex.search(text) is not None


def clear_caches() -> None:
    """Forget the answers kept across pages (benchmarks time a page as on its first visit)."""
    _regex_finds_cached.cache_clear()


# A regex searched in many texts at once: the texts one per line, the pattern in multi-line mode.
# Every match in one text is then a match in the lines (^ and $ hold at each line's ends, \b and
# \B see a newline where a text ends, as they see nothing); the lines may match where no text does
# (a negated class across a newline), so a match only says "test them one by one". Patterns that
# name the very start or end of the text, or switch multi-line mode off, are not batched.
_NOT_BATCHABLE = re.compile(r"\\[AzZ]|\(\?[a-zA-Z]*-[a-zA-Z]*m")
BATCH_MIN = 4  # fewer texts: one search each costs no more


def batch_regex(pattern: str):
    """The multi-line form of a pattern for `finds_in_none`, or None when it cannot be batched."""
    if _NOT_BATCHABLE.search(pattern):
        return None
    try:
        return _compiled("(?m)" + pattern)
    except re2.error:
        return None


def finds_in_none(batch, texts: list[str]) -> bool:
    """True when the regex (its `batch_regex` form) matches none of the texts: one search instead
    of one a text (RE2's per-call cost is most of a search on a short text)."""
    return batch.search("\n".join(texts)) is None


def regex_finds(regex, text: str) -> bool:
    """Whether the regex finds a match in the text. Short texts repeat within a page and from page
    to page ("Facebook", "Read more", a site's menu): their answers are kept (bounded, by text,
    so they stay right as the page changes) and spare RE2's per-call cost, which is most of a
    search on a short text."""
    if len(text) > _CACHED_TEXT_MAX:
        return regex.search(text) is not None
    return _regex_finds_cached(regex, text)


def string_of(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise RuleSyntaxError("NC003", f"`{key}` must be a string, not {type(value).__name__}", key)
    return value


def strings_of(value: Any, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleSyntaxError("NC003", f"`{key}` must be a string or a non-empty list of strings", key)
    return tuple(value)


def _bool(value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise RuleSyntaxError("NC003", f"`{key}` must be true or false", key)
    return value


class TakesBool:
    """A kind whose value is `true` or `false`."""

    @classmethod
    def parse(cls, value):
        return cls(_bool(value, cls.key))


class Matcher:
    key: ClassVar[str]
    #: for the README's tables (engine/book/reference.py writes them): what the value is, what it matches
    value_doc: ClassVar[str]
    doc: ClassVar[str]
    #: lower is cheaper; the cheapest source of a rule finds its candidates, the rest test them
    cost: ClassVar[int] = 100
    can_find: ClassVar[bool] = False
    #: True when the kind alone would pick out next to everything (see NC008)
    broad: bool = False
    #: True when find() may return more than the kind matches (the rule then tests it too)
    find_is_superset: ClassVar[bool] = False
    #: True when find() may serve as the rule's source of candidates although the kind alone is not
    #: a way to find elements a rule may be written with (see NC008)
    can_source: bool = False

    @property
    def find_cost(self) -> int:
        """What find() costs a page, to choose a rule's source of candidates (lower is cheaper)."""
        return self.cost

    @classmethod
    def parse(cls, value: Any) -> "Matcher":
        raise NotImplementedError

    def find(self, page: Page) -> list:
        raise NotImplementedError

    def test(self, page: Page, el) -> bool:
        raise NotImplementedError

    def index(self, page: Page) -> frozenset | set | None:
        """A set every matching element belongs to, if the page keeps one (a cheap first cut)."""
        return None

    def cut(self, page: Page, found: list) -> list:
        """The candidates that may match, by set membership before any per-element test runs
        (what is kept is tested still)."""
        index = self.index(page)
        return found if index is None else [el for el in found if el in index]

    def prune(self, page: Page, found: list) -> list:
        """The candidates (those that passed the cheaper filters) this kind may match, decided for
        all of them at once where it can be (what is kept is tested still)."""
        return found

    def describe(self) -> str:
        raise NotImplementedError


MATCHERS: dict[str, type[Matcher]] = {}


def matcher(cls):
    if cls.key not in MATCHER_KEYS:
        raise TypeError(f"matcher {cls.key!r} is not in the format's MATCHER_KEYS (rules/keys.py)")
    MATCHERS[cls.key] = cls
    return cls


class Climb:
    key: ClassVar[str]
    value_doc: ClassVar[str]  # for the README's tables, as a matcher's
    doc: ClassVar[str]

    def apply(self, page: Page, el):
        raise NotImplementedError


CLIMBS: dict[str, type[Climb]] = {}


def climb(cls):
    if cls.key not in CLIMB_KEYS:
        raise TypeError(f"climb {cls.key!r} is not in the format's CLIMB_KEYS (rules/keys.py)")
    CLIMBS[cls.key] = cls
    return cls


class Action:
    name: ClassVar[str]
    doc: ClassVar[str]  # for the README's table of actions
    #: destructive actions are guarded (article container, share of paragraph text) and blocked by `keep`
    destructive: ClassVar[bool] = True
    #: whether nested matches collapse to the outermost
    outermost_only: ClassVar[bool] = True

    def __init__(self, rule_table: dict):
        pass

    @classmethod
    def parse(cls, table: dict, matchers) -> "Action":
        return cls(table)

    def apply(self, page: Page, el, rule) -> str | None:
        """Do it; return the text that went (or was flagged), or None when nothing changed."""
        raise NotImplementedError


ACTIONS: dict[str, type[Action]] = {}



def action(cls):
    if cls.name not in ACTION_NAMES:
        raise TypeError(f"action {cls.name!r} is not in the format's ACTION_NAMES (rules/keys.py)")
    ACTIONS[cls.name] = cls
    return cls
