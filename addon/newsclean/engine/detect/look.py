"""The quick look: whether a block is worth measuring at all. Compiled XPath steps and the word
tables say whether anything junk is scored on may be there — a link, a form control, a frame or
slot, a junk class/id in its first levels, or for a short line a listed word, a line that recurs, a
line hidden from screen readers or set as a notice — before the block's signals are measured
(signals.py). The class/id tokens near a block's top are worked out here, once a page."""

from __future__ import annotations

import lxml.etree

from ...rules import words
from . import blocks, own, style
from . import marks as M
from .targets import AD_DATA_ATTRS, AD_DATA_TEST, AD_UNIT, JUNK_KINDS, class_tokens, name_tokens
from .wording import DIGIT, HAS_LETTER, listed


def near_tokens(el, marks: "M.Marks | None" = None) -> frozenset:
    """Tokens of the class and id names in the element's first three levels (itself, its children
    and theirs), worked out once a page when the page's Marks are given."""
    if marks is not None:
        got = marks.near.get(el)
        if got is None:
            got = marks.near[el] = _near(el, marks.ad_data)
        return got
    return _near(el)


def _near(el, ad_data: bool = True) -> frozenset:
    if len(el):
        near = frozenset().union(*map(name_tokens, _NEAR_NAMES(el)))
        # (an ad unit's data attribute there, `data-ad-slot`: looked for on a page that has one)
        return near | AD_UNIT if ad_data and _NEAR_AD_DATA(el) else near
    # (a leaf — a paragraph, a link, an empty box — has its own names only: no XPath call for them)
    names, ident = el.get("class"), el.get("id")
    if ad_data and not AD_DATA_ATTRS.isdisjoint(el.attrib.keys()):
        return frozenset(class_tokens(el))
    if names is None:
        return name_tokens(ident) if ident is not None else frozenset()
    return name_tokens(names) if ident is None else name_tokens(names) | name_tokens(ident)


_ACTIVE = lxml.etree.XPath(
    "boolean(descendant-or-self::a[@href] | descendant::input | descendant::button | descendant::iframe"
    " | descendant::ins | descendant::textarea | descendant::form | descendant::select"
    f" | descendant-or-self::*[{M.COMPONENT_LINK_TEST}] | descendant::*[{M.COMPONENT_CONTROL_TEST}])"
)
# (One XPath call, not a walk of the block's children in Python: reading the names attribute by
# attribute cost less in the detector's own time, yet made the whole process slower — the floor
# itself read 2.4 ms against 1.4 ms in the same `bench.engine` run. The same happens with this
# XPath returning plain strings (`smart_strings=False`, 40% less time in near_tokens): the floor
# read 2.5-2.9 ms against 1.6-1.7 ms. What the smart strings do: each keeps its element, so the
# ones kept as keys of name_tokens' cache keep their pages' trees alive — 163 MiB more after the
# 454 corpus pages than with plain strings (32 MiB). Why freeing them slows the floor was not found.)
_NEAR_NAMES = lxml.etree.XPath("@class | @id | */@class | */@id | */*/@class | */*/@id")
_NEAR_AD_DATA = lxml.etree.XPath(f"boolean(self::*[{AD_DATA_TEST}] | *[{AD_DATA_TEST}] | */*[{AD_DATA_TEST}])")
NEAR_CUSTOM = lxml.etree.XPath("self::*[contains(name(), '-')] | *[contains(name(), '-')] | */*[contains(name(), '-')]")
_JUNK_TOKEN_SET = frozenset().union(*(words.TOKENS[t] for t in JUNK_KINDS))


def worth_measuring(page, el, repeats: dict | None = None, marks: "M.Marks | None" = None, story=None) -> bool:
    """A cheap look first, with compiled XPath steps and the word tables: a block is measured only
    when something any kind of junk is scored on may be there — a link, a form control, a frame or
    slot, a junk class/id in its first levels; and, for a short block, a listed word, a line that
    recurs among the page's candidates, a line hidden from screen readers, a line in another
    language than the story's (``story``: when it is known), or an empty box a script fills."""
    if (el in marks.active if marks is not None else _ACTIVE(el)) or not _JUNK_TOKEN_SET.isdisjoint(near_tokens(el, marks)):
        return True
    if (marks is None or marks.custom) and any(name_tokens(c.tag) & _JUNK_TOKEN_SET for c in NEAR_CUSTOM(el)):
        return True  # <amp-ad>, <ad-slot>
    text = page.text(el)
    if text.count(" ") >= 15:
        return False
    if text and (listed(text, marks) or (repeats and repeats.get(text.casefold(), 0) >= 2)):
        return True
    if text and text.count(" ") < UNSPOKEN_WORDS and DIGIT.search(text) is None and unspoken(el):
        return True  # a short line drawn for the eye alone, whatever its words (an ad's divider; not a figure)
    if (
        text and text.count(" ") < NOTICE_WORDS and DIGIT.search(text) is None and len(style.cues(el, text)) >= 2
        and not under_media(el)
    ):
        return True  # a short line set as a notice (small grey capitals, centred), whatever its words
    if (
        story is not None and text and text.count(" ") < FOREIGN_WORDS and DIGIT.search(text) is None
        and own.foreign_line(page, story, text)
    ):
        return True  # a short line in another language than the story's, whatever its words
    if not text and (name := spoken_name(el)) and listed(name, marks):
        return True
    bits = marks.of(el) if marks is not None else M.of_block(el)
    if bits & M.SLOT:
        return True  # a slot found by its size or its type, named as nothing
    if text and bits & (M.SCRIPT | M.EMPTY_BOX) and text.count(" ") < 8:
        # a short line beside a script that draws there (an ad server's tag and its label), or in a
        # box that keeps space for what a script puts there
        return True
    return M.has_empty_box(el, marks)


_MEDIA_BESIDE = lxml.etree.XPath(
    "boolean(self::*[local-name() = 'img' or local-name() = 'picture' or local-name() = 'figure' or local-name() = 'video'"
    " or local-name() = 'iframe'] | descendant::img | descendant::picture | descendant::video | descendant::iframe)"
)


def under_media(el) -> bool:
    """Whether the line comes right after a picture or a video (the element before it holds one):
    its small centred type is a caption's or a credit's, not a notice's."""
    prev = blocks.previous_element(el)
    return prev is not None and _MEDIA_BESIDE(prev)


def spoken_name(el) -> str:
    """What a screen reader says for an element without text of its own: its ``aria-label`` (or
    ``aria-roledescription``, ``title``) — how an empty ad slot often says what it is."""
    return region_name(el) or el.get("title") or ""


def region_name(el) -> str:
    """The name a box with text of its own gives screen readers (``aria-label``,
    ``aria-roledescription``; not ``title``, a tooltip): a region's name says what the region is,
    whatever its text says."""
    return el.get("aria-label") or el.get("aria-roledescription") or ""


UNSPOKEN_WORDS = 4
NOTICE_WORDS = 8  # the most words of a line whose type is looked at (style.cues)
FOREIGN_WORDS = 6  # the most words of a line whose language is looked at (own.foreign_line)


def unspoken(el) -> bool:
    """Whether a short line is hidden from screen readers: the element, or the one element it
    wraps, says ``aria-hidden="true"`` — a label drawn for the eye (an ad's divider), never a line
    of the story, which is read out."""
    while True:
        if (el.get("aria-hidden") or "").strip().lower() == "true":
            return True
        if len(el) != 1 or (el.text or "").strip():
            return False
        el = el[0]
        if not isinstance(el.tag, str):
            return False


def short_lines(page, els) -> dict:
    """How often each short line of text recurs among the given blocks (a site's own ad notice,
    repeated through the story whatever its words)."""
    counts: dict = {}
    for el in els:
        text = page.text(el)
        if text and text.count(" ") < 10 and HAS_LETTER.search(text):
            key = text.casefold()
            counts[key] = counts.get(key, 0) + 1
    return counts
