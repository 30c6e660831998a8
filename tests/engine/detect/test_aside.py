"""The page's furniture beside the story, and the story found by its headline."""

from __future__ import annotations

from newsclean.engine.detect import aside, blocks

from .pages import PROSE, URL, page


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


STORIES = (("port-expansion", "Port expansion wins approval at last"),
           ("farmers-brace", "Farmers brace for a long dry season"),
           ("schools-reopen", "Schools reopen after the storm in the north"))


def _post_with(box: str, cls: str = "box", url: str = URL):
    """A blog post of three paragraphs with a box after them."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE[:3])
    post = f"<div class='post'><h2>Night sky over the river</h2>{paragraphs}<div class='{cls}'>{box}</div></div>"
    return page(_blog(post), url)


def test_a_card_s_blurb_is_not_the_story_s_prose():
    """A box of related stories whose cards carry a blurb in sentences: the blurbs are the cards',
    so the box is a candidate, not part of the story's text."""
    cards = "".join(
        f'<div class="relatedArticle"><h5><a href="/2024/04/{slug}">{title}</a></h5><p>{PROSE[3]}</p></div>'
        for slug, title in STORIES
    )
    pg = _post_with(cards)
    found = blocks.find_story(pg)
    assert [pg.text(p) for p in found.prose] == PROSE[:3]
    assert "box" in [b.el.get("class") for b in found.blocks]
    two = cards[: cards.index('<div class="relatedArticle"', 10 + cards.index("</div>"))]  # two cards: no run
    pg = _post_with(two)
    assert len(blocks.find_story(pg).prose) == 5


def test_a_card_s_blurb_three_levels_down_is_the_card_s():
    """A card whose blurb sits in its text column inside an inner wrapper (`card > inner > content >
    p`): the run of cards is three levels above the blurb. A story paragraph in a wrapper of its own
    with a headline link in its sentence is not a card: the wrapper holds nothing but it."""
    cards = "".join(
        f'<div class="module imageTeaser"><div class="imageTeaser-inner"><figure><a href="/2024/04/{slug}">'
        f'<img src="/i/{slug}.jpg" alt=""></a></figure><div class="content"><div class="head"><h3>'
        f'<a href="/2024/04/{slug}">{title}</a></h3></div><p>{PROSE[3]}</p></div></div></div>'
        for slug, title in STORIES
    )
    pg = _post_with(cards)
    assert [pg.text(p) for p in blocks.find_story(pg).prose] == PROSE[:3]
    linked = (f'{PROSE[0]} As we reported, <a href="/2024/04/port-expansion">Port expansion wins approval at '
              "last</a>, the vote came late.")
    wrapped = "".join(f"<div class='para'><div class='inner'><p>{p}</p></div></div>" for p in (linked, *PROSE[1:4]))
    pg = page(_blog(f"<div class='post'><h2>Night sky over the river</h2>{wrapped}</div>"))
    assert len(blocks.find_story(pg).prose) == 4


def test_a_run_of_cards_holds_through_an_ad_slot_and_a_card_of_another_make():
    """A grid of cards: an ad's empty slot put between two of them, the last card laid out
    otherwise (another class), each with its headline link: one run; the last card's blurb is its."""
    def card(cls, slug, title):
        return (f'<div class="{cls}"><div class="content"><h3><a href="/2024/04/{slug}">{title}</a></h3>'
                f'<div class="dek">{PROSE[3]}</div></div></div>')
    grid = (card("item", "port-expansion", "Port expansion wins approval at last")
            + card("item", "farmers-brace", "Farmers brace for a long dry season")
            + '<div class="item ad" style="height:250px"></div>'
            + card("item item--wide", "schools-reopen", "Schools reopen after the storm in the north"))
    pg = _post_with(grid, "grid")
    assert [pg.text(p) for p in blocks.find_story(pg).prose] == PROSE[:3]
    # (an empty element that is no ad's slot, a slideshow's divider, still ends a run)
    divided = grid.replace('<div class="item ad" style="height:250px"></div>', '<div class="divider"></div>')
    pg = _post_with(divided, "grid")
    assert len(blocks.find_story(pg).prose) == 6


def test_a_live_blog_s_posts_linked_to_the_story_itself_are_the_story_s():
    """A live blog's posts, each headed by its permalink (the story's own address with a query) and
    nested three levels down: the permalinks go to this story, so the posts are no cards of others."""
    posts = "".join(
        f'<div class="post"><div class="post-body"><div class="post-content"><h3><a href="{URL}?post={n}">{title}'
        f'</a></h3><p>{PROSE[n % 4]}</p><time>10:0{n}</time></div></div></div>'
        for n, title in enumerate(("Council opens the debate on the plan", "Opponents raise the cost of the project",
                                   "Mayor sets out the construction timetable", "Commuters react to the decision"))
    )
    pg = _post_with(posts, "live")
    assert len(blocks.find_story(pg).prose) == 7
