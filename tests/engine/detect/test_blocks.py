"""Where the detector looks: the story's prose, its container, the candidates between and after."""

from __future__ import annotations

from newsclean.engine.detect import blocks

from .pages import page, story


def test_story_found_with_its_prose_and_the_block_between():
    pg = page(story('<div class="x"><span>Notice</span></div>', after='<div id="after">Box</div>'))
    found = blocks.find_story(pg)
    assert found is not None
    # The page's <main> holds the story and little else: the detector judges inside it.
    assert found.container.tag == "main"
    assert len(found.prose) == 4
    where = {pg.text(b.el): b.position for b in found.blocks}
    assert where == {"Notice": "between", "Box": "end", "Contact us": "after"}
    assert ("div", "story-body") in found.templates


def test_prose_is_never_a_candidate():
    pg = page(story())
    found = blocks.find_story(pg)
    assert all(b.el.tag != "p" or b.el not in found.prose_set for b in found.blocks)
    assert not [b for b in found.blocks if b.position == "between"]


def test_no_story_no_candidates():
    pg = page(b"<html><body><p>Short.</p><ul><li><a href='/a'>A</a></li></ul></body></html>")
    assert blocks.find_story(pg) is None


def test_is_prose_wants_sentences_of_own_words():
    pg = page(story('<p><a href="/x">A long link text that runs on and on and on for many words indeed here</a></p>'))
    found = blocks.find_story(pg)
    lone = [b.el for b in found.blocks if b.position == "between"]
    assert len(lone) == 1 and not blocks.is_prose(pg, lone[0])
