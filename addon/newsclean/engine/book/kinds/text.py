"""Matchers on an element's text: `text`, `text-contains`, `text-regex`, `text-words`, `max-words`."""

from __future__ import annotations

from typing import Any, ClassVar

import re2

from ....rules import words
from ....rules.errors import RuleSyntaxError
from ...page import normalise
from .base import (
    BATCH_MIN,
    Matcher,
    batch_regex,
    compile_regex,
    finds_in_none,
    matcher,
    regex_finds,
    string_of,
)

SPACE = r"[\s\p{Z}\x{85}\x{1c}-\x{1f}]"
_TEXT_GAP = rf"(?:{SPACE}|\x00)+"
_NODE_EDGE = r"\x00*"


def text_pattern(literal: str) -> str:
    """An RE2 pattern that matches the joined text nodes of any page whose text contains ``literal``.

    A superset test (the DOM decides after); searching a page's text once for all of a plan's
    literals costs a fraction of looking for each in the tree."""
    words = [_NODE_EDGE.join(re2.escape(ch) for ch in word) for word in literal.split()]
    return _TEXT_GAP.join(words)


class _Literal(Matcher):
    cost = 40
    can_find = True

    def __init__(self, literal: str):
        self.literal = normalise(literal)
        self.needle = self.literal.casefold()
        if not self.needle:
            raise RuleSyntaxError("NC008", f"`{self.key}` is empty: it would match every element", self.key)
        self.text_pattern = text_pattern(self.literal)
        self.text_patterns = (self.text_pattern,)

    @classmethod
    def parse(cls, value):
        return cls(string_of(value, cls.key))

    def find(self, page):
        if not page.may_contain(self.text_pattern):
            return []
        return [el for el in page.find_literal(self.needle) if self.test(page, el)]


@matcher
class Text(_Literal):
    """The element's whole text is this (whitespace and case do not matter)."""

    key = "text"
    value_doc = 'string'
    doc = 'the smallest element whose whole text is this (case and whitespace ignored)'

    def test(self, page, el):
        return page.folded(el) == self.needle

    def describe(self):
        return f"text is {self.literal!r}"


@matcher
class TextContains(_Literal):
    key = "text-contains"
    value_doc = 'string'
    doc = 'the smallest element whose text contains this (case and whitespace ignored)'

    def test(self, page, el):
        return self.needle in page.folded(el)

    def describe(self):
        return f"text contains {self.literal!r}"


@matcher
class TextRegex(Matcher):
    """RE2 regex searched in the element's normalised text; case-sensitive unless `(?i)`."""

    key = "text-regex"
    value_doc = 'RE2 regex'
    doc = (
        "the element's normalised text matches (case-sensitive unless `(?i)`); needs another condition to"
        ' find candidates'
    )
    cost = 90

    def __init__(self, pattern: str, regex):
        self.pattern, self.regex = pattern, regex
        self.broad = regex.search("") is not None
        self.batch = batch_regex(pattern)

    @classmethod
    def parse(cls, value):
        return cls(value, compile_regex(value, cls.key))

    def prune(self, page, found):
        # Most pages hold no spam: one search over the candidates' texts says so for all of them.
        if self.batch is None or len(found) < BATCH_MIN:
            return found
        return [] if finds_in_none(self.batch, [page.text(el) for el in found]) else found

    def test(self, page, el):
        return regex_finds(self.regex, page.text(el))

    def describe(self):
        return f"text matches /{self.pattern}/"


def named_pattern(value: Any, key: str, named: dict) -> str:
    """The pattern a `*-words` key names, or an NC009 that lists the names there are."""
    if not isinstance(value, str):
        raise RuleSyntaxError("NC003", f"`{key}` must be a string: the name of a word list", key)
    if value not in named:
        known = ", ".join(f"`{n}`" for n in sorted(named))
        raise RuleSyntaxError("NC009", f"`{key}` names no word list {value!r}; there are: {known}", key)
    return named[value]


class NamedList:
    """A regex kind whose value names one of newsclean's lists (rules/words.py) instead of writing a
    pattern: ``lists`` are the names it may take, ``says`` how it describes itself. Mixed into the
    regex kind it narrows (TextWords: TextRegex, HrefWords: HrefRegex)."""

    lists: ClassVar[dict]
    says: ClassVar[str]  # "... `{name}`"

    @classmethod
    def parse(cls, value):
        self = cls(pattern := named_pattern(value, cls.key, cls.lists), compile_regex(pattern, cls.key))
        self.name = value
        return self

    def describe(self):
        return self.says.format(name=self.name)


@matcher
class TextWords(NamedList, TextRegex):
    """The element's text holds words of one of newsclean's named lists (rules/words.py):
    `text-words = "spam"`. One list, many rules: written and compiled once."""

    key = "text-words"
    value_doc = 'name of a word list'
    doc = (
        'the text holds words of newsclean\'s named list (`"spam"`: gambling and SEO spam), kept once in '
        '`newsclean/rules/words.py` and compiled once however many rules name it; needs another condition'
        ' to find candidates'
    )
    lists = words.TEXT_PATTERNS
    says = "text holds words of the list `{name}`"


@matcher
class MaxWords(Matcher):
    key = "max-words"
    value_doc = 'integer'
    doc = "the element's text has at most this many words"
    cost = 50

    def __init__(self, words: int):
        self.words = words

    @classmethod
    def parse(cls, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise RuleSyntaxError("NC003", "`max-words` must be an integer", cls.key)
        if value < 1:
            raise RuleSyntaxError("NC009", f"`max-words` must be at least 1, not {value}", cls.key)
        return cls(value)

    def test(self, page, el):
        return len(page.text(el).split()) <= self.words

    def describe(self):
        return f"at most {self.words} words"
