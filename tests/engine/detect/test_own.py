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
