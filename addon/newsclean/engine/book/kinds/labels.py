"""Matchers for labels of injected junk: `own-text` and `label-box` (the text patterns the page's one
prefilter scan looks for, too)."""

from __future__ import annotations

from typing import Any

import re2

from ....rules.errors import RuleSyntaxError
from ...page import label_form, normalise, own_text
from ..lines import in_running_text
from ..lines import text_pieces as _text_pieces
from .base import Matcher, matcher, strings_of
from .shapes import has_media, is_frame, is_in_link
from .text import SPACE


def label_text_pattern(written: str) -> str:
    variants = dict.fromkeys((written, written.replace("'", "’"), written.replace("’", "'")))
    cores = []
    for variant in variants:  # "Don’t miss" is as common as "Don't miss"
        cores.append(f"{SPACE}+".join(re2.escape(word) for word in variant.split()))
    # No ASCII letter or digit may touch the label inside its node ("More" must not match "More
    # news about..."); other characters may (a superset: the DOM decides).
    return f"(?:^|\x00)[^\x00a-zA-Z0-9]*(?:{'|'.join(cores)})[^\x00a-zA-Z0-9]*(?:\x00|$)"


def _labels(value: Any, key: str, duplicates: list | None = None) -> dict[str, str]:
    """A list of labels → {label form: text pattern}, in the order written; a label whose form is
    one written before is added to ``duplicates`` as (label, the one before)."""
    out: dict[str, str] = {}
    first: dict[str, str] = {}
    for text in strings_of(value, key):
        form = label_form(text)
        if not form:
            raise RuleSyntaxError("NC008", f"`{key}` entry {text!r} has no letters or digits", key)
        if form in first and duplicates is not None:
            duplicates.append((text, first[form]))
        first.setdefault(form, text)
        written = normalise(text).strip(" :|-–—•·»›>«‹<*()[]")
        pattern = label_text_pattern(written)
        out[form] = f"{out[form]}|{pattern}" if form in out and pattern not in out[form] else pattern
    return out


class _LabelList(Matcher):
    cost = 38
    can_find = True

    def __init__(self, patterns: dict[str, str]):
        self.labels = tuple(patterns)
        self.label_set = frozenset(patterns)
        self.longest = max(map(len, patterns), default=0)
        self._patterns = patterns
        self._pattern_set = frozenset(patterns.values())
        self.label_patterns = patterns  # label form -> its text pattern (for the page's one scan)
        #: one prefilter entry per label: a page pays only for the labels its text holds
        self.text_patterns = tuple(patterns.values())

    @classmethod
    def parse(cls, value):
        duplicates: list = []
        self = cls(_labels(value, cls.key, duplicates))
        #: labels written twice (label, as written first): the loader's NC019 warnings
        self.duplicates = tuple(duplicates)
        return self

    def _starts(self, page):
        """Elements whose own text is one of the labels, in the order of the list."""
        hits = page.text_hits
        if hits is None:
            present = list(self.labels)
        else:
            if hits.isdisjoint(self._pattern_set):  # the common case: one C set test
                return []
            present = [label for label in self.labels if self._patterns[label] in hits]
        owners = page.own_text_owners(present)
        return [el for label in present for el in owners.get(label, ()) if page.is_attached(el)]

    def _quoted(self) -> str:
        shown = ", ".join(repr(label) for label in self.labels[:4])
        return shown + (f" (+{len(self.labels) - 4} more)" if len(self.labels) > 4 else "")


@matcher
class OwnText(_LabelList):
    """The element's own text (outside its child elements) is one of these labels; case, spacing
    and the punctuation around a label do not matter (`<b>READ:</b>`, `<p>Related: <a>..</a></p>`)."""

    key = "own-text"
    value_doc = 'list of labels'
    doc = (
        "the element's own text (outside its child elements) is one of these labels; case, spacing and "
        'the punctuation around a label do not matter (`<b>READ:</b>`, `<p>Related: <a>…</a></p>`)'
    )

    def find(self, page):
        return self._starts(page)

    def test(self, page, el):
        return label_form(own_text(el)) in self.label_set

    def describe(self):
        return f"own text is a label: {self._quoted()}"


_SECTION_TITLES = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
SECTION_TEXT = 50  # characters of the paragraph after a heading that make it a section's text


def _a_section_s_title(page, box) -> bool:
    """A heading whose next element is a paragraph of text: a story's section ("Advertising", then
    "Advertising revenue fell 9 per cent…"), not a slot's label (the slot follows a label)."""
    if box.tag not in _SECTION_TITLES:
        return False
    after = box.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return after is not None and after.tag == "p" and len(page.text(after)) >= SECTION_TEXT


def _a_row_s_cell(page, box) -> bool:
    """A table's cell beside other cells with text: data ("Advertising | £540,000"), not a label."""
    row = box.getparent()
    return (
        box.tag in ("td", "th") and row is not None
        and any(cell is not box and isinstance(cell.tag, str) and page.text(cell) for cell in row)
    )


@matcher
class LabelBox(_LabelList):
    """The largest element whose whole text is made of these labels: an ad slot box with its
    "Advertisement" label (and, say, a "Skip advertisement" link) and no other text.

    A label inside a link or inside a sentence does not start a box; a box does not grow into a
    table cell or list item, the page's frame, the article container, or around an image. A heading
    over a paragraph (a story's section "Advertising") and a table's cell beside other cells are no
    slot's label."""

    key = "label-box"
    value_doc = 'list of labels'
    doc = (
        'the largest element whose whole text is made of these labels: an ad slot with its '
        '"Advertisement" label and nothing else (not from inside a link or a sentence, not around an '
        'image)'
    )

    def _only_labels(self, el) -> bool:
        pieces = []
        only_labels, length = True, 0
        for text, _, _ in _text_pieces(el):
            if text.isspace():
                continue
            form = label_form(text)
            if not form:
                continue
            pieces.append(form)
            length += len(form)
            only_labels = only_labels and form in self.label_set
            # Past the longest label, the pieces can only pass one by one: stop at the first that
            # does not (a box grows up to whole sections of the page; most of them fail early).
            if not only_labels and length > self.longest:
                return False
        if not pieces:
            return False
        return only_labels or label_form(" ".join(pieces)) in self.label_set

    def _only_labels_at(self, page, el) -> bool:
        """`_only_labels`, once per element while the page does not change: the starts of one
        page climb into the same boxes (12,000 slots in one wrapper ask about it 12,000 times)."""
        key = (self, el)
        verdict = page.shapes.get(key)
        if verdict is None:
            verdict = page.shapes[key] = self._only_labels(el)
        return verdict

    def _grow(self, page, el):
        while True:
            parent = el.getparent()
            if (
                parent is None
                or is_frame(parent)
                or parent.tag in ("li", "td", "th", "tr", "table", "tbody", "ul", "ol", "dl")
                or not self._only_labels_at(page, parent)
                or page.is_guarded(parent)  # last: the others settle most parents for less
            ):
                return el
            if has_media(page, parent) and not has_media(page, el):
                return el  # an image beside the label may be the story's
            el = parent

    def find(self, page):
        out, seen = [], set()
        memo = page.shapes
        for el in self._starts(page):
            if is_in_link(el) or in_running_text(el, memo) or not self._only_labels_at(page, el):
                continue
            box = self._grow(page, el)
            if box not in seen and not _a_section_s_title(page, box) and not _a_row_s_cell(page, box):
                seen.add(box)
                out.append(box)
        return out

    def test(self, page, el):
        return self._only_labels(el)

    def describe(self):
        return f"box holding only labels: {self._quoted()}"
