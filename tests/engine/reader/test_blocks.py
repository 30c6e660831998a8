"""Text blocks as extraction and restoring see them: prose per block, the innermost blocks in page
order, link share, and what a block is."""

from __future__ import annotations

import lxml.html
import pytest

from newsclean.engine.reader.blocks import (
    block_kind,
    credit_only,
    innermost_blocks,
    is_page_line,
    link_share,
    story_chars,
    text_units,
)

PROSE = "A paragraph of the story with words enough to count as prose for a reader of it."


def fragment(markup: str):
    return lxml.html.fragment_fromstring(markup, create_parent="div")


def test_prose_is_credited_to_its_block_with_inline_children_and_links_do_not_count():
    top = fragment(
        f"<div id='box'><p id='a'>{PROSE[:40]} <b>{PROSE[40:]}</b></p>"
        "<p id='menu'><a href='/1'>A link to another story on the site</a> and <a href='/2'>a second link here</a></p>"
        "<p id='short'>Too short.</p><script>var words = 'script text is never prose, however long it grows';</script>"
        "</div>"
    )
    units = {el.get("id"): n for el, n in text_units(top).items()}
    # The bold half is credited to the paragraph; a block mostly of link text and a short one are not prose.
    assert units == {"a": len(PROSE[:40].strip()) + len(PROSE[40:].strip())}
    assert story_chars(top) == units["a"]


def test_cjk_characters_weigh_as_words():
    story = "这是一个关于城市议会投票的新闻故事"  # 17 characters: 51, a paragraph; 17 Latin letters are not
    top = fragment(f"<p>{story}</p><p>{'x' * len(story)}</p>")
    assert text_units(top) == {top[0]: 3 * len(story)}


def test_innermost_blocks_in_page_order_and_only_the_innermost():
    top = fragment(
        "<div><h2>A subheading</h2><div><p>First</p><ul><li>one</li><li>two</li></ul></div></div><p>Last</p><p> </p>"
    )
    assert [(el.tag, t) for el, t in innermost_blocks(top)] == [
        ("h2", "A subheading"), ("p", "First"), ("li", "one"), ("li", "two"), ("p", "Last"),
    ]


def test_link_share():
    p = fragment("<p>Half of this <a href='/x'>is a link</a></p>")[0]
    assert link_share(p, "Half of this is a link") == pytest.approx(len("is a link") / len("Half of this is a link"))
    assert link_share(fragment("<a href='/x'>all link</a>")[0], "all link") == 1.0


@pytest.mark.parametrize(
    ("markup", "kind"),
    [
        ("<h2>What the council decided</h2>", "heading"),
        ("<h2>" + "word " * 21 + "</h2>", None),  # longer than SUBHEADING_MAX_WORDS: not a subheading
        ("<figure><img src='/a.jpg'><figcaption>The council chamber on Tuesday evening</figcaption></figure>", "caption"),
        ("<figure><img src='/a.jpg'><figcaption>Foto: Reuters</figcaption></figure>", None),
        ("<ul><li>First point of the list</li><li>Second point</li></ul>", "item"),
        ("<ul><li><a href='/1'>Other story one</a></li><li><a href='/2'>Other story two</a></li></ul>", None),
        (f"<p>{PROSE}</p>", "paragraph"),
        ("<p>Your video will play in a moment, after this short message from our sponsor.</p>", None),
        ("<p>1/50 United goin down in the second half of the match</p>", None),
        ("<p>var x = 1; function () { return x; } and more words after it</p>", None),
        ("<div>Six words in a div here</div>", "paragraph"),
        ("<div>Five words in a div</div>", None),
    ],
)
def test_block_kind(markup, kind):
    top = fragment(markup)
    el, text = innermost_blocks(top)[0]
    assert block_kind(el, text) == kind


def test_credit_and_page_lines():
    for credit in ("Foto: Reuters", "TebNad/Shutterstock.com", "(REUTERS/Denis Balibouse)", "© dpa"):
        assert credit_only(credit) and is_page_line(credit), credit
    assert not credit_only("The council chamber on Tuesday evening, where the vote was held")
    assert is_page_line("Updated 4 February 2025, 08:14")
    assert is_page_line("By Jane Doe")
    assert not is_page_line(PROSE)
