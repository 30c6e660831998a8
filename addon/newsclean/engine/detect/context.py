"""What a block's place in the story says of it, beside its own signals (signals.py): whether it
opens a box of the story's text, follows a paragraph that introduces it, titles the next paragraph,
names the story's own things, or is one of a run of the story's short lines (a fact box's rows).
Asked once a block, when it is measured (`signals.measured`)."""

from __future__ import annotations

import re

from ..page import INLINE_TAGS
from . import blocks, look, own
from .signals import Signals
from .wording import listed, words_in


def place(page, story, el, s: Signals) -> None:
    """Fill in the block's signals that its place in the story gives."""
    s.heads_prose = _heads_prose(el, story.prose_set)
    s.introduced = _introduced(page, el, story.prose_set)
    if s.heading:
        s.titles_prose = blocks.next_element(el) in story.prose_set
    if "continue" in s.vocab and "ad" not in s.vocab and s.text:
        s.story_term = _names_story_word(page, story, s)
    if s.position == "between" and 0 < s.words <= look.FOREIGN_WORDS and not (s.links or s.media or s.heading):
        s.foreign = not _names_story_words(page, story, s.text) and own.foreign_line(page, story, s.text)
    if s.words and (s.vocab or s.label_vocab or s.signup_words):
        # (asked only where words are evidence: a listed word on a row of data is the row's)
        s.rows = _of_rows(page, story, el, s)


ROW_LINES = 3  # short lines of one make that make a box a table of rows (two, when each is "key: value")
_KEY_VALUE = re.compile(r"^[^:：]{1,40}[:：]\s*\S")


def _of_rows(page, story, el, s: Signals) -> bool:
    """Whether the block is a row of the story's data — one of a run of its short lines (own.run_line:
    "Inscrits : 31 402" among "Votants : 12 877" and "Abstention : 59 %"), or a line of a small box of
    such rows — or is such a box: at least ROW_LINES short lines of one make, or two that each give a
    key and its value ("付费订阅用户：120万", "续订率：68%"). A notice stands alone; a fact box's rows
    come in runs."""

    if s.words <= own.RUN_LINE_WORDS and own.run_line(page, story, el):
        return True
    if _box_of_rows(page, el, own.RUN_LINE_WORDS):
        return True
    parent = el.getparent()
    return (
        s.words <= own.RUN_LINE_WORDS and parent is not None and parent is not story.container
        and parent not in story.prose_set and _box_of_rows(page, parent, own.RUN_LINE_WORDS, el)
    )


def _box_of_rows(page, box, most: int, member=None) -> bool:
    """Whether the box's children are short lines, ROW_LINES of one make (or two of "key: value"), and
    nothing else of its own but such lines (``member``: one of them must be this element)."""
    makes: dict = {}
    for child in box:
        if not isinstance(child.tag, str) or child.tag in INLINE_TAGS:
            continue
        text = page.text(child)
        if not text:
            continue
        if words_in(text, normalised=True) > most:
            return False  # (a paragraph of prose beside them: a story's section, not a table)
        rows = makes.setdefault(blocks.signature(child), [])
        rows.append((child, text))
    for rows in makes.values():
        if member is not None and all(child is not member for child, _t in rows):
            continue
        if len(rows) >= ROW_LINES or (len(rows) == 2 and all(_KEY_VALUE.match(t) for _c, t in rows)):
            return True
    return False


_INTRODUCES = re.compile(r"[:：]\s*$")


STORY_TERM_LETTERS = 5  # a word the story's prose uses, of this many letters or more, no listed word


def _names_story_word(page, story, s: Signals) -> bool:
    """Whether a short line names a word of the story's prose that no list holds ("Het debat gaat verder
    na de schorsing" in a story of the debate): a live blog's entry, not a notice, which says
    nothing of the story."""
    said = {w for found in s.vocab.values() for phrase in found for w in phrase.split()}
    return _names_story_words(page, story, s.text, said)


def _names_story_words(page, story, text: str, but: set = frozenset()) -> bool:
    """Whether a line uses a word of the story's prose of STORY_TERM_LETTERS letters or more (``but``
    those): a subheading of the story's names its people and things; a slot's label speaks of itself."""
    terms = {w.casefold() for w in blocks.WORD.findall(text) if len(w) >= STORY_TERM_LETTERS}
    return bool((terms - but) & own.story_words(page, story))


INTRO_WORDS = 4  # the fewest words of a short paragraph introducing a list ("Here are the results:")


def _introduced(page, el, prose) -> bool:
    """Whether the block follows a paragraph of the story's that ends in a colon — the story
    introducing its own list ("Here is what we know so far:", "Les résultats par circonscription :")
    — or a short one of a few words that says nothing of a teaser ("Here are the results in the
    north-east:", not "Read more of our coverage:")."""
    before = blocks.previous_element(el)
    if before is None or _INTRODUCES.search(page.text(before)) is None:
        return False
    if before in prose:
        return True
    text = page.text(before)
    return before.tag == "p" and words_in(text, normalised=True) >= INTRO_WORDS and "teaser" not in listed(text)


def _heads_prose(el, prose) -> bool:
    """The first element of its parent, followed by a paragraph of the story: a box's title over
    the story's text (a section's "Summary", a fact box's "Key points")."""
    if blocks.previous_element(el) is not None:
        return False
    following = blocks.next_element(el)
    return following is not None and following in prose
