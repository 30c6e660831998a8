"""Matchers on where an element is and whether it shows: `hidden`, `within`."""

from __future__ import annotations

from .base import Matcher, TakesBool, compile_css, matcher, string_of


@matcher
class Hidden(TakesBool, Matcher):
    """Hidden from the reader by inline style (display:none, visibility:hidden, off-screen) or `hidden`."""

    key = "hidden"
    value_doc = 'bool'
    doc = (
        'hidden by inline style (`display:none`, `visibility:hidden`, off-screen `left:-9999px`, zero '
        'size + overflow hidden, `font-size:0`, `opacity:0`) or the `hidden` attribute'
    )
    cost = 5  # a test reads the element's own attributes: before any other
    find_cost = 45  # finding them reads every element's `style`: other sources go first

    def __init__(self, hidden: bool):
        self.hidden = hidden
        self.can_find = hidden

    def find(self, page):
        return page.hidden

    def test(self, page, el):
        return page.is_hidden(el) == self.hidden

    def describe(self):
        return "is hidden" if self.hidden else "is not hidden"


@matcher
class Within(Matcher):
    """Inside the article body (`"article"`) or inside an element matching a CSS selector."""

    key = "within"
    value_doc = '`"article"` or CSS'
    doc = 'inside the story body (`"article"`) or inside an element matching the selector'
    cost = 70

    def __init__(self, scope: str, xpath):
        self.scope, self.xpath = scope, xpath

    @classmethod
    def parse(cls, value):
        value = string_of(value, cls.key)
        if value == "article":
            return cls(value, None)
        return cls(value, compile_css(value, cls.key))

    def test(self, page, el):
        if self.xpath is None:
            scope = page.article
            if scope is None:
                return True  # no article container on the page: the whole page is the scope
            return any(a is scope for a in el.iterancestors())
        scopes = page.select_set(self.xpath)
        return any(a in scopes for a in el.iterancestors())

    def describe(self):
        return "inside the article" if self.scope == "article" else f"inside `{self.scope}`"
