"""The page's furniture beside the story, and the story found by its headline."""

from __future__ import annotations

from newsclean.engine.detect import aside, blocks

from .pages import PROSE, page


def _blog(post: str, around: str = "", title: str = "Night sky over the river – A photo diary") -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><div id='wrapper'>"
        "<div class='header'><h1>A photo diary</h1></div>"
        f"<div class='content'>{post}</div>{around}</div></body></html>"
    ).encode()


_COMMENTS = "".join(
    f"<li class='comment'><div class='comment-body'><p>{p}</p></div></li>" for p in (PROSE[1], PROSE[2], PROSE[3])
)


def test_prose_in_comments_or_a_sidebar_is_not_the_story_s():
    """Comments and a sidebar's widgets are written in sentences too, and may outweigh a short
    post: prose in a wrapper named for them is left out, and the post is found by its headline."""
    post = (f"<div class='post'><h2>Night sky over the river</h2><p>{PROSE[0]}</p>"
            "<div class='sharedaddy'><h3>Share this:</h3><a href='?share=twitter'>Twitter</a></div></div>")
    around = f"<div id='comments'><ol class='commentlist'>{_COMMENTS}</ol></div>"
    pg = page(_blog(post, around))
    found = blocks.find_story(pg)
    assert found.container.get("class") == "post"
    assert [pg.text(p) for p in found.prose] == [PROSE[0]]
    assert "sharedaddy" in [b.el.get("class") for b in found.blocks]


def test_a_layout_named_for_its_sidebar_keeps_its_story():
    """A wrapper whose name speaks of a sidebar beside the story (`content-with-sidebar`) or that
    holds the story's headline is no aside: its prose stays the story's."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    for wrapper in ("content-with-sidebar-wrp", "sidebar"):
        data = _blog(f"<div class='{wrapper}'><h2>Night sky over the river</h2>{paragraphs}</div>")
        found = blocks.find_story(page(data))
        assert found is not None and len(found.prose) == 4, wrapper


def test_without_a_headline_a_short_post_is_no_story():
    """One short paragraph is a story only beside the page's headline (the title's words)."""
    post = f"<div class='post'><h2>Night sky over the river</h2><p>{PROSE[0]}</p></div>"
    assert blocks.find_story(page(_blog(post))) is not None
    assert blocks.find_story(page(_blog(post, title="Archive"))) is None


def test_the_headline_is_the_title_s_not_the_site_name():
    """The site's name in the header's <h1> is in the title too; og:title names the headline."""
    data = _blog("<h2>Night sky</h2>", title="Night sky | A photo diary").replace(
        b"</title>", b"</title><meta property='og:title' content='Night sky'>"
    )
    pg = page(data)
    assert pg.text(aside.title_heading(pg)) == "Night sky"


def test_the_page_s_footer_is_beside_the_story_an_article_s_footer_is_not():
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE[:2])
    footer = f"<footer class='bg-gray'><p>{PROSE[2]}</p><p>{PROSE[3]}</p></footer>"
    pg = page(_blog(f"<div class='post'><h2>Night sky over the river</h2>{paragraphs}</div>", footer))
    assert [pg.text(p) for p in blocks.find_story(pg).prose] == PROSE[:2]
    inside = f"<article><h2>Night sky over the river</h2>{paragraphs}{footer}</article>"
    pg = page(_blog(inside))
    assert len(blocks.find_story(pg).prose) == 4


def test_a_card_s_blurb_is_not_the_story_s_prose():
    """A box of related stories whose cards carry a blurb in sentences: the blurbs are the cards',
    so the box is a candidate, not part of the story's text."""
    cards = "".join(
        f'<div class="relatedArticle"><h5><a href="/2024/04/{slug}">{title}</a></h5><p>{PROSE[3]}</p></div>'
        for slug, title in (("port-expansion", "Port expansion wins approval at last"),
                            ("farmers-brace", "Farmers brace for a long dry season"),
                            ("schools-reopen", "Schools reopen after the storm in the north"))
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE[:3])
    pg = page(_blog(f"<div class='post'><h2>Night sky over the river</h2>{paragraphs}<div class='box'>{cards}</div></div>"))
    found = blocks.find_story(pg)
    assert [pg.text(p) for p in found.prose] == PROSE[:3]
    assert "box" in [b.el.get("class") for b in found.blocks]
    two = cards[: cards.index('<div class="relatedArticle"', 10 + cards.index("</div>"))]  # two cards: no run
    pg = page(_blog(f"<div class='post'><h2>Night sky over the river</h2>{paragraphs}<div class='box'>{two}</div></div>"))
    assert len(blocks.find_story(pg).prose) == 5
