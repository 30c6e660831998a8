"""How a block's words are counted and read: words in any script, sentence ends, a label's end."""

from __future__ import annotations

import pytest

from newsclean.engine.detect import wording


def test_sentence_ends_counted_up_to_the_cap():
    assert wording.sentence_ends("One. Two! Three? Four. Five.") == wording.SENTENCES_CAP == 3
    assert wording.sentence_ends("A line. And half of another") == 1
    assert wording.sentence_ends("... !!! 3.5 percent") == 0  # no word before the mark


def test_words_in_unspaced_scripts():
    assert wording.words_in("広告") == 1 and wording.words_in("two words") == 2
    # Thai, Lao, Khmer and Myanmar spell a word out in letters and marks: some four characters a word
    assert wording.words_in("เนื้อหาที่ได้รับการสนับสนุน") == 6  # "sponsored content": 5 words written out
    assert wording.words_in("ການໂຄສະນາ") == 2 and wording.words_in("ការផ្សាយពាណិជ្ជកម្ម") == 4
    assert wording.words_in("ကြော်ငြာ") == 2
    assert wording.words_in("ได้") == 1 and wording.words_in("广") == 1  # a word shorter than the unit: a word, not none


@pytest.mark.parametrize(
    "line, label",
    [("Read more:", True), ("Lesen Sie auch »", True), ("More from us ›", True),
     ("«Storming the Sazerac»", False), ("‹Quoted› line ›", True), ("‹Quoted›", False), ("A title", False)],
)
def test_label_ends(line, label):
    assert wording.label_ends(line) is label


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("The council voted", "LATIN"),
        ("Реклама на сайте", "CYRILLIC"),
        ("広告 スポンサー", "CJK"),  # (kana and Han characters are one script here)
        ("เนื้อหาที่ได้รับการสนับสนุน", "THAI"),
        ("آگهی تبلیغاتی", "ARABIC"),
        ("2024 — 11:30", None),
    ],
)
def test_script_of_a_text_is_that_of_most_of_its_letters(text, script):
    assert wording.script_of(text) == script
