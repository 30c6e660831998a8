"""What a block's words say, measured the same way everywhere in the detector: words counted in any
script, sentence ends, a label's end, and the named word lists a text holds (rules.words: one pass
for all the lists, looked up once a page for a text)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from ...rules import words
from . import marks as M

_UNSPACED = UNSPACED = words.UNSPACED
_SEA = words.SEA
_CJK = words.CJK
# A sentence end: a run of word characters (and closing quotes or brackets) holding a word
# character, then a full stop, question or exclamation mark, then a space or the end. Runs start
# only where one begins (the look-behind), so a long text without one costs one pass, not a pass
# from every character.
_SENTENCE_END = re.compile(r"(?<![\w)\"'”’»])[\w)\"'”’»]+[.!?。！？](?=\s|$)")
_WORD_CHAR = re.compile(r"\w")
HAS_LETTER = re.compile(r"[^\W\d_]")
DIGIT = re.compile(r"\d")
_LABEL_END = re.compile(r"[:»›>|▶►→\-–—]\s*$")
_MATCHER = words.matcher()

def words_in(text: str, normalised: bool = False) -> int:
    """Words of a text; in scripts written without spaces, one a two characters of CJK and one a
    four of Thai, Lao, Myanmar or Khmer (whose words are spelt out in letters and marks:
    "เนื้อหาที่ได้รับการสนับสนุน", 27 characters, is five words). ``normalised``: the text is as
    `Page.text` gives it (words apart by one space, none at the ends), so its words are its spaces
    and one, counted without splitting it."""
    split = (text.count(" ") + 1 if text else 0) if normalised else len(text.split())
    if _UNSPACED.search(text) is None:
        return split
    sea = len(_SEA.findall(text))
    cjk = len(_CJK.findall(text)) if sea == 0 else len(_UNSPACED.findall(text)) - sea
    # (a word or two of them, shorter than a count's unit, is still a word: not an empty line)
    return max(1, split + cjk // 2 + sea // 4 - (1 if " " not in text else 0))


def listed(text: str, marks: "M.Marks | None" = None) -> dict:
    """The words of each named list the text holds (rules.words: one pass for all the lists),
    looked up once a page for a text when the page's Marks are given (a block's text is asked
    whether it is worth measuring, then measured). The answer is shared: read it, never change it."""
    if marks is None:
        return _MATCHER.find(text)
    got = marks.listed.get(text)
    if got is None:
        got = marks.listed[text] = _MATCHER.find(text)
    return got


SENTENCES_CAP = 3  # sentence ends counted: the scorers ask whether there is one (the features, up to 3)


def sentence_ends(text: str) -> int:
    """Sentence ends in the text, up to SENTENCES_CAP (a long block stops being searched there)."""
    n = 0
    for end in _SENTENCE_END.finditer(text):
        if _WORD_CHAR.search(end.group()):
            n += 1
            if n >= SENTENCES_CAP:
                break
    return n


def label_ends(label: str) -> bool:
    """A line that ends as a label does, before what it introduces ("Read more:", "Lesen Sie
    auch »") — not a quotation closed by a guillemet («Storming the Sazerac»)."""
    if not label or _LABEL_END.search(label) is None:
        return False
    end = label.rstrip()[-1]
    for opening, closing in (("«", "»"), ("‹", "›")):
        if end == closing and label.count(opening) >= label.count(closing):
            return False  # it closes a quotation
    return True


def opens_with(text: str, kind: str) -> bool:
    """Whether the text's first word (or two) is one of a list's ("Follow us on ...", "Síguenos")."""
    head = " ".join(text.split()[:2])
    return bool(head) and kind in _MATCHER.find(head)


# Scripts written together: Japanese mixes its kana with the Han characters Chinese is written in.
_SCRIPT_OF_NAME = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HALFWIDTH": "CJK", "FULLWIDTH": "CJK"}
SCRIPT_CHARS = 300  # characters of a text looked at for its script


@lru_cache(maxsize=8192)
def _script_of_letter(ch: str) -> str:
    name = unicodedata.name(ch, "").split(" ", 1)[0]
    return _SCRIPT_OF_NAME.get(name, name)


def script_of(text: str) -> str | None:
    """The script most of a text's letters are written in (LATIN, CYRILLIC, ARABIC, CJK, THAI…, the
    first word of the letters' Unicode names); None for a text without letters."""
    sample = text[:SCRIPT_CHARS]
    if sample.isascii():  # (most pages: no name to look up)
        return "LATIN" if HAS_LETTER.search(sample) else None
    counts = Counter(_script_of_letter(ch) for ch in sample if ch.isalpha())
    return counts.most_common(1)[0][0] if counts else None
