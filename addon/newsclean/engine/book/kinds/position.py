"""Matchers on an element's place in running text: `in-sentence`, `after-sentence`, `in-link`."""

from __future__ import annotations

import re

from ...page import INLINE_TAGS
from ..lines import in_running_text
from .base import Matcher, TakesBool, matcher
from .shapes import is_in_link


@matcher
class InSentence(TakesBool, Matcher):
    """Whether the element sits inside running text (words right before or after it)."""

    key = "in-sentence"
    value_doc = 'bool'
    doc = (
        "inside running text: words (outside links) on the element's line, as a link in a sentence has "
        '(formerly `in-text`, still read with an NC020 warning)'
    )
    cost = 95  # walks the element's line: after the cheaper tests have cut the candidates down

    def __init__(self, in_text: bool):
        self.in_text = in_text

    def test(self, page, el):
        return in_running_text(el, page.shapes) == self.in_text

    def describe(self):
        return "inside a sentence" if self.in_text else "not inside a sentence"


@matcher
class AfterSentence(TakesBool, Matcher):
    """Whether an inline element was put after a sentence had ended: the text before it on its
    line ends a sentence (". ! ? …") and what follows it, if anything, starts a new one —
    `…the deal done.<a>situs togel</a>` or `…on Friday. <a>slot gacor</a> The change…`, not
    `…said Mr. <a>Smith</a> yesterday` (a word of the sentence)."""

    key = "after-sentence"
    value_doc = 'bool'
    doc = (
        'put after a sentence had ended: the text before it on its line ends a sentence and what follows,'
        ' if anything, starts a new one (`…the deal done.<a>…</a>`)'
    )
    cost = 90

    def __init__(self, after: bool):
        self.after = after

    def test(self, page, el):
        return appended_after_sentence(el) == self.after

    def describe(self):
        return "after a sentence has ended" if self.after else "not after a sentence has ended"


_SENTENCE_ENDED = re.compile(r"[.!?…。！？][\"'”’»)\]]*\s*$")


def appended_after_sentence(el) -> bool:
    cur = el
    while True:  # the text right before it on its line, looking through inline wrappers
        prev = cur.getprevious()
        before = (prev.tail if prev is not None else cur.getparent().text if cur.getparent() is not None else "") or ""
        if before.strip() or prev is not None:
            break
        parent = cur.getparent()
        if parent is None or parent.tag not in INLINE_TAGS:
            break
        cur = parent
    if not before.strip() or not _SENTENCE_ENDED.search(before):
        return False
    after = (cur.tail or "").strip()
    return not after or after[0].isupper() or not after[0].isalpha()


@matcher
class InLink(TakesBool, Matcher):
    """Whether the element is a link or inside one."""

    key = "in-link"
    value_doc = 'bool'
    doc = 'is a link or inside one'
    cost = 25

    def __init__(self, in_link: bool):
        self.in_link = in_link

    def test(self, page, el):
        return is_in_link(el) == self.in_link

    def describe(self):
        return "is or is inside a link" if self.in_link else "is not inside a link"
