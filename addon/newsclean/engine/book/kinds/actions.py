"""Actions: what happens to what a rule found (`remove`, `unwrap`, `drop-text`, `mark`, `keep`)."""

from __future__ import annotations

import re2

from ....rules.errors import RuleSyntaxError
from ...page import normalise, readable_text
from ...report import SNIPPET_CHARS
from ..lines import unwrap
from .base import Action, action
from .text import Text, TextContains, TextRegex


@action
class Remove(Action):
    name = "remove"
    doc = 'drop the element and everything in it'

    def apply(self, page, el, rule):
        text = readable_text(el, SNIPPET_CHARS)
        page.forget_text_around(el)
        el.drop_tree()  # keeps the tail text, which belongs to the parent
        return text


@action
class Unwrap(Action):
    """Drop the tag, keep its text: a spam link inside a real sentence."""

    name = "unwrap"
    doc = 'drop the tag, keep its text (a spam link inside a real sentence)'

    def apply(self, page, el, rule):
        text = readable_text(el, SNIPPET_CHARS)
        page.forget_text_around(el)
        unwrap(el)
        return text


@action
class DropText(Action):
    """Remove only the matching text fragment(s) from the element's text nodes."""

    name = "drop-text"
    doc = "drop only the text that the rule's `text`/`text-contains`/`text-regex` matches"
    outermost_only = False

    def __init__(self, table):
        self.fragments = []

    @classmethod
    def parse(cls, table, matchers):
        self = cls(table)
        for m in matchers:
            if isinstance(m, TextRegex):
                self.fragments.append(m.regex)
            elif isinstance(m, (Text, TextContains)):
                self.fragments.append(re2.compile("(?i)" + re2.escape(m.literal).replace("\\ ", "\\s+")))
        if not self.fragments:
            raise RuleSyntaxError(
                "NC009", "`drop-text` needs `text`, `text-contains` or `text-regex` to say which text goes", "action"
            )
        return self

    def cuts(self, page, el) -> int:
        """Characters (whitespace not counted) the fragments make up in the element's text: what
        applying would take, for the guard to weigh beforehand."""
        text = page.text(el)
        found = 0
        for regex in self.fragments:
            for m in regex.finditer(text):
                found += len(m.group(0)) - m.group(0).count(" ")
            text = regex.sub("", text)
        return found

    def apply(self, page, el, rule):
        dropped = []

        def cut(s):
            if not s:
                return s
            for regex in self.fragments:
                dropped.extend(m.group(0) for m in regex.finditer(s))
                s = regex.sub("", s)
            return s

        el.text = cut(el.text)
        for child in el.iterdescendants():
            if child.tag not in ("script", "style"):
                child.text = cut(child.text)
            child.tail = cut(child.tail)
        page.forget_all_text()  # texts below and above this element changed
        return normalise(" ".join(dropped)) or None


MARK_CLASS = "newsclean-mark"


@action
class Mark(Action):
    """Keep the element but flag it: a class and a `data-newsclean` attribute naming the rule."""

    name = "mark"
    doc = 'keep it, add class `newsclean-mark` (or `class = "..."`) and `data-newsclean`; the page dims it'
    destructive = False
    outermost_only = False

    def __init__(self, table):
        css_class = table.get("class", MARK_CLASS)
        if not isinstance(css_class, str) or not css_class.strip() or " " in css_class.strip():
            raise RuleSyntaxError("NC009", "`class` must be one CSS class name", "class")
        self.css_class = css_class.strip()

    def apply(self, page, el, rule):
        classes = (el.get("class") or "").split()
        if self.css_class not in classes:
            el.set("class", " ".join([*classes, self.css_class]))
        el.set("data-newsclean", rule.id)
        el.set("title", f"newsclean: {rule.reason}")
        return readable_text(el, SNIPPET_CHARS)


@action
class Keep(Action):
    """Protect the element and its content: later rules may not remove or unwrap any of it."""

    name = "keep"
    doc = 'protect it: no rule may remove or unwrap it or anything in it (`keep` rules run first)'
    destructive = False
    outermost_only = False

    def apply(self, page, el, rule):
        page.protect(el)
        return None
