"""Where the detector looks: the story's prose, its container, the candidates between and after."""

from __future__ import annotations

import pytest

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
    assert where == {"Home": "before", "Notice": "between", "Box": "end", "Contact us": "after"}
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


def test_a_story_cut_into_sections_is_found_whole():
    """The densest element holds one section; a wrapper up the tree holds most of the prose: the
    story is the wrapper, so a notice between two sections is between the story's paragraphs."""
    from .pages import PROSE, URL, page

    sections = "".join(
        f'<section class="col"><div class="inner"><p>{p}</p><p>{p} Again.</p></div></section>'
        + ('<div class="slot"><p>Story resumes below</p></div>' if i == 0 else "")
        for i, p in enumerate(PROSE[:3])
    )
    data = (
        f'<html><body><nav><a href="/">Home</a></nav><article><div class="body">{sections}</div></article>'
        "<footer>Contact</footer></body></html>"
    ).encode()
    story = blocks.find_story(page(data, URL))
    assert story.container.get("class") == "body"
    between = [b for b in story.blocks if b.position == "between"]
    assert [b.el.get("class") for b in between] == ["slot"]


def test_a_line_heading_a_box_of_the_story_is_told():
    from newsclean.engine.detect import signals

    from .pages import page, story

    box = f'<div class="box"><p>Summary</p><p>{"The plan cuts fares and adds two lines in the spring, the city said. " * 2}</p></div>'
    pg = page(story(box))
    found = blocks.find_story(pg)
    (title,) = [b for b in found.blocks if pg.text(b.el) == "Summary"]
    assert signals.measured(pg, found, title.el, title.position).heads_prose


def test_blocks_before_the_container_are_candidates_the_headline_is_not():
    """A notice and a sign-up box put between the headline and the body are looked at; the headline
    and a standfirst written outside the body are never candidates, and what holds them is looked
    into rather than taken."""
    from .pages import PROSE, URL

    body = "".join(f"<p>{p}</p>" for p in PROSE)
    data = (
        '<html><body><nav><a href="/">Home</a></nav><div class="page"><div class="head">'
        '<div class="sponsor"><p>Supported by</p></div><h1>Council approves the transit plan</h1>'
        '<p class="standfirst">The vote ends months of debate, and the first line opens in two years, the mayor said today.</p>'
        '<div class="byline">By A. Writer</div></div>'
        f'<div class="signup"><p>Get the morning briefing</p></div><div class="body">{body}</div></div></body></html>'
    ).encode()
    pg = page(data, URL)
    story = blocks.find_story(pg)
    assert story.container.get("class") == "body"
    before = [(pg.text(b.el), b.outside) for b in story.blocks if b.position == "before"]
    assert before == [("Home", True), ("Supported by", True), ("By A. Writer", True), ("Get the morning briefing", True)]
    assert all(b.el.tag != "h1" and b.el.get("class") not in ("head", "standfirst") for b in story.blocks)


def test_blocks_before_are_few_and_near():
    from .pages import PROSE, URL

    body = "".join(f"<p>{p}</p>" for p in PROSE)
    menu = "".join(f'<div class="m{i}"><a href="/s{i}">Section {i}</a></div>' for i in range(20))
    data = f'<html><body>{menu}<div class="body">{body}</div></body></html>'.encode()
    pg = page(data, URL)
    story = blocks.find_story(pg)
    before = [b.el.get("class") for b in story.blocks if b.position == "before"]
    assert before == [f"m{i}" for i in range(20 - blocks.BEFORE_BLOCKS, 20)]  # the nearest, in page order


def test_a_box_inside_a_paragraph_is_a_candidate_its_words_and_links_are_not():
    """A teaser card or an ad slot that a paragraph holds (libxml2 keeps a <section> inside a <p>,
    a site writes its text between <br>s around a slot) is a block between the story's paragraphs;
    the paragraph's own inline words and links never are."""
    from .pages import PROSE

    held = (f'<p>{PROSE[1]} <a href="/2024/04/police">Police</a> said.'
            '<section class="box"><a href="/2024/04/port-expansion-wins-approval">Port expansion wins approval</a></section></p>')
    pg = page(story(held))
    found = blocks.find_story(pg)
    between = [(b.el.tag, b.position) for b in found.blocks if b.position == "between"]
    assert between == [("section", "between")]


def test_a_story_whose_paragraphs_sit_in_wrappers_of_their_own_is_found_whole():
    """Each paragraph in a wrapper of its own, and comments below: no wrapper holds three quarters
    of the page's prose, yet the one that gathers the story's paragraphs is its body,
    so a notice between two of its paragraphs is between the story's paragraphs."""
    from .pages import PROSE, URL, page

    items = "".join(
        f'<li class="entry"><div class="entry-body"><p>{p}</p></div></li>'
        + ('<li class="entry"><div class="notice">Story resumes below</div></li>' if i == 1 else "")
        for i, p in enumerate(PROSE)
    )
    comments = "".join(
        f'<div class="comment"><p>{c}</p></div>'
        for c in ("A reader wrote that the buses in her part of town are late every single morning.",
                  "Another asked whether the fares would rise again once the new line opens in 2026.")
    )
    data = (
        f'<html><body><article><h1>Transit</h1><ol class="entries">{items}</ol></article>'
        f'<section class="comments">{comments}</section></body></html>'
    ).encode()
    story = blocks.find_story(page(data, URL))
    assert story.container.get("class") == "entries"
    assert len(story.prose) == 4
    between = [b.el.get("class") for b in story.blocks if b.position == "between"]
    assert between == ["entry"]  # the notice's item, between the second and third paragraphs


def test_one_long_block_is_a_story_a_short_one_is_not():
    from .pages import PROSE, URL, page

    long_post = "<br><br>".join(PROSE)  # a post written between <br>s: one block, 450 characters
    short_post = PROSE[0]
    for text, found in ((long_post, True), (short_post, False)):
        data = (
            '<html><body><div class="post"><h2>Transit</h2><div class="post-body">' + text + "</div>"
            '<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a></div></div>'
            "</body></html>"
        ).encode()
        story = blocks.find_story(page(data, URL))
        assert (story is not None) is found
        if found:
            assert story.container.get("class") == "post"
            assert [b.el.get("class") for b in story.blocks if b.position == "end"] == ["share"]


@pytest.mark.parametrize(
    "body, found",
    [
        ('<div class="entry-content">', True),
        ('<section class="cb-entry-content clearfix">', True),
        ('<div itemprop="articleBody">', True),
        ('<div class="widget-text">', False),  # a paragraph in a wrapper named as nothing of a post's
    ],
)
def test_a_post_of_one_paragraph_in_a_body_its_template_names_is_a_story(body, found):
    """A short blog post of one paragraph, its page's cookie notice the only other prose and no
    headline the title names: the wrapper the template names a post's body holds the story."""
    from .pages import PROSE, URL, page

    close = "</" + body[1:body.index(" ")] + ">"
    data = (
        "<html><head><title>Archive</title></head><body><div class='wrap'><h2>Notes</h2>"
        f"{body}<p>{PROSE[0]}</p><div class='x1'><span>Tangazo</span><div style='height:250px'></div></div>{close}"
        f"</div><div class='gdpr-popup'><p>{PROSE[1]}</p></div></body></html>"
    ).encode()
    story = blocks.find_story(page(data, URL))
    assert (story is not None) is found
    if found:
        assert story.container.tag in ("div", "section") and story.container.get("class") != "wrap"
        assert [b.el.get("class") for b in story.blocks if b.position == "end"] == ["x1"]
