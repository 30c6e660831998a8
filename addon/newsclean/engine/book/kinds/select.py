"""Matchers that select by markup: `css` and `xpath`."""

from __future__ import annotations

import functools
import re

import lxml.etree

from ....rules.errors import RuleSyntaxError
from .base import Matcher, compile_css, matcher, string_of

_BROAD_SELECTORS = {"*", "html", "body", "html body", "div", "p", "span", "a"}


# What most site rules write: `.class`, `tag.class.other`, `#id`, `tag#id`, in a list. cssselect
# turns a class into a predicate libxml2 tests on every element; an attribute step
# (`@class[contains(., 'x')]`) visits only the attributes, at a half to a third of the cost, and the
# few elements it finds are checked exactly in Python.
_SIMPLE_SELECTOR = re.compile(r"\s*([a-zA-Z][a-zA-Z0-9]*)?(?:#([\w-]+)|((?:\.[\w-]+)+))\s*")


class SimpleSelector:
    def __init__(self, parts: tuple):
        self.parts = parts  # ((tag or None, id or None, classes), ...)
        steps = [
            f"descendant-or-self::*/@id[. = '{id_}']"
            if id_
            else f"descendant-or-self::*/@class[contains(., '{classes[0]}')]"
            for _tag, id_, classes in parts
        ]
        self.candidates = lxml.etree.XPath(" | ".join(dict.fromkeys(steps)))

    def matches(self, el) -> bool:
        for tag, id_, classes in self.parts:
            if tag is not None and el.tag != tag:
                continue
            if id_ is not None:
                if el.get("id") == id_:
                    return True
            elif set(classes).issubset((el.get("class") or "").split()):  # a browser's split
                return True
        return False


@functools.lru_cache(maxsize=4096)
def simple_selector(selector: str) -> SimpleSelector | None:
    """The selector list as a SimpleSelector when every selector in it is simple, else None (one
    object per selector text: rules sharing a selector share its selection on a page)."""
    parts = []
    for part in selector.split(","):
        found = _SIMPLE_SELECTOR.fullmatch(part)
        if found is None:
            return None
        tag, id_, classes = found.groups()
        parts.append((tag.lower() if tag else None, id_, tuple(classes.split(".")[1:]) if classes else ()))
    return SimpleSelector(tuple(parts))


@matcher
class Css(Matcher):
    key = "css"
    value_doc = 'CSS selector'
    doc = 'elements the selector matches'
    cost = 20
    can_find = True

    def __init__(self, selector: str, xpath):
        self.selector, self.xpath = selector, xpath
        self.broad = selector.strip().lower() in _BROAD_SELECTORS
        self.simple = simple_selector(selector)

    @classmethod
    def parse(cls, value):
        return cls(value, compile_css(value))

    def find(self, page):
        if self.simple is not None:
            return page.select_simple(self.simple)
        return page.select(self.xpath)

    def test(self, page, el):
        if self.simple is not None:
            return el in page.select_simple_set(self.simple)
        return el in page.select_set(self.xpath)

    def describe(self):
        return f"matches CSS `{self.selector}`"


# XPath's id() function: a name `id` not part of a longer name (`@id`, `my-id(` are not calls of it).
_ID_FUNCTION = re.compile(r"(?<![\w.:@$-])id\s*\(")
_XPATH_STRING = re.compile(r"'[^']*'|\"[^\"]*\"")


@matcher
class XPath(Matcher):
    key = "xpath"
    value_doc = 'XPath expression'
    doc = (
        'elements the expression returns (XPath 1.0; `id()` is refused — pages carry no id index — write '
        "`//*[@id='x']`)"
    )
    cost = 20
    can_find = True

    def __init__(self, expression: str, xpath):
        self.expression, self.xpath = expression, xpath
        self.broad = expression.replace(" ", "") in {"//*", "//node()", "/*", "//html", "//body", "//div", "//p"}

    @classmethod
    def parse(cls, value):
        value = string_of(value, cls.key)
        if _ID_FUNCTION.search(_XPATH_STRING.sub("''", value)):
            # Pages are parsed without libxml2's index of `id` attributes (engine.document): id()
            # would find nothing, silently.
            raise RuleSyntaxError(
                "NC006", f"XPath {value!r} calls id(), which finds nothing here: write //*[@id='...']", cls.key
            )
        try:
            return cls(value, lxml.etree.XPath(value))
        except lxml.etree.XPathError as err:
            raise RuleSyntaxError("NC006", f"invalid XPath {value!r}: {err}", cls.key) from None

    def find(self, page):
        return page.select(self.xpath)

    def test(self, page, el):
        return el in page.select_set(self.xpath)

    def describe(self):
        return f"matches XPath `{self.expression}`"


# A page's text, as the prefilter reads it, is its body's text nodes joined by NUL (page.BodyText):
# the words of a text may be split across nodes (`<b>READ:</b> <a>`, `Salvador</a>,`) or separated
# by any whitespace. Whitespace as str.split() sees it (RE2's \s is ASCII only): \p{Z} has the
# no-break space.
