"""The story's own lines (own.py): a run of its short lines, told from a line put in beside them."""

from __future__ import annotations

from newsclean.engine.detect import blocks, own

from .pages import page, story
from .test_cut import _ingredients


def test_run_line_needs_other_texts_of_its_make_in_the_same_lists():
    p = page(story(_ingredients("") + "<p class='ingredient-name'>Serves four</p>"))
    st = blocks.find_story(p)
    items = [el for el in p.root.iter("p") if el.get("class") == "ingredient-name"]
    assert all(own.run_line(p, st, el) for el in items[:4])
    assert not own.run_line(p, st, items[4])  # the same make, but in no list


def test_a_foreign_line_is_in_another_script_or_in_words_the_story_s_language_does_not_know():
    pg = page(story())
    st = blocks.find_story(pg)
    assert own.story_tongue(pg, st) == ("LATIN", "en")
    assert own.foreign_line(pg, st, "Maudhui yanayodhaminiwa")  # Swahili on an English page
    assert own.foreign_line(pg, st, "広告")  # another script
    assert not own.foreign_line(pg, st, "What happens next")
    assert not own.foreign_line(pg, st, "Maudhui of the week")  # (one word the language knows)
    assert not own.foreign_line(pg, st, "12 — 4")  # nothing to judge by
