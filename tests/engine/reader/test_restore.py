"""What readability leaves out, put back: subheadings, gaps, lists, the lead, the standfirst and
captions of kept pictures; link lists, related boxes and credit lines stay out."""

from __future__ import annotations

import lxml.html

from newsclean.engine.reader.restore import restore_dropped

from .pages import text

# -- what readability leaves out, put back ------------------------------------------------------------


STORY_WORDS = "with enough words in it to read as a real paragraph of the story, as readers expect"


def restored(page_body: str, kept: list[str]) -> lxml.html.HtmlElement:
    """``restore_dropped`` on a page whose readability output held only the paragraphs ``kept``
    (by id), as readability-lxml hands it over: a ``<div>`` of copies."""
    root = lxml.html.document_fromstring(f"<html><head><title>T</title></head><body>{page_body}</body></html>")
    article = lxml.html.fragment_fromstring("<div></div>")
    for pid in kept:
        article.append(lxml.html.fragment_fromstring(lxml.html.tostring(root.get_element_by_id(pid))))
    restore_dropped(article, root)
    return article


def blocks(article) -> list[str]:
    return [text(el) for el in article if text(el)]


def test_subheadings_and_gaps_between_kept_paragraphs_come_back_in_page_order():
    body = (
        "<article><h1>Headline of the story</h1>"
        f"<p id='a'>First paragraph {STORY_WORDS}.</p>"
        "<h2>What the council decided</h2>"
        f"<p id='b'>Second paragraph {STORY_WORDS}.</p>"
        f"<div class='body-part'><p>Third paragraph in a box of its own {STORY_WORDS}.</p>"
        "<ul><li>First point of a list of points</li><li>Second point of the same list</li></ul></div>"
        f"<p id='c'>Fourth paragraph {STORY_WORDS}.</p></article>"
    )
    article = restored(body, ["a", "b", "c"])
    assert blocks(article) == [
        f"First paragraph {STORY_WORDS}.",
        "What the council decided",
        f"Second paragraph {STORY_WORDS}.",
        f"Third paragraph in a box of its own {STORY_WORDS}.",
        "First point of a list of pointsSecond point of the same list",
        f"Fourth paragraph {STORY_WORDS}.",
    ]
    assert article[1].tag == "h2" and article[4].tag == "ul"
    assert [text(li) for li in article[4]] == ["First point of a list of points", "Second point of the same list"]


def test_link_lists_share_rows_and_related_boxes_between_kept_paragraphs_stay_out():
    body = (
        f"<article><p id='a'>First paragraph {STORY_WORDS}.</p>"
        "<div class='related-stories'><h3>Related stories</h3><p>A teaser paragraph about another story"
        " entirely, with words enough to pass for prose here.</p></div>"
        "<h3>More from the site</h3><ul><li><a href='/1'>Other story one</a></li><li><a href='/2'>Other story"
        " two</a></li></ul>"
        f"<p id='b'>Second paragraph {STORY_WORDS}.</p></article>"
    )
    article = restored(body, ["a", "b"])
    assert blocks(article) == [f"First paragraph {STORY_WORDS}.", f"Second paragraph {STORY_WORDS}."]


def test_the_lead_above_the_first_kept_paragraph_and_the_standfirst_come_back():
    body = (
        "<main><article><header><h1>Headline of the story</h1>"
        "<p class='article-standfirst'>A summary of the story in one sentence, shown under the headline.</p>"
        "<p class='byline'>By Jane Doe, 4 February 2025, 08:14</p></header>"
        f"<div class='intro'><p>Opening paragraph in the intro box {STORY_WORDS}.</p></div>"
        f"<div class='body'><p id='a'>First body paragraph {STORY_WORDS}.</p>"
        f"<p id='b'>Second body paragraph {STORY_WORDS}.</p></div></article></main>"
    )
    article = restored(body, ["a", "b"])
    assert blocks(article) == [
        "A summary of the story in one sentence, shown under the headline.",
        f"Opening paragraph in the intro box {STORY_WORDS}.",
        f"First body paragraph {STORY_WORDS}.",
        f"Second body paragraph {STORY_WORDS}.",
    ]


def test_a_caption_comes_back_only_beside_its_kept_picture_and_credit_lines_never():
    body = (
        f"<article><p id='a'>First paragraph {STORY_WORDS}.</p>"
        "<figure id='f'><img src='/img/council.jpg'><figcaption>The council chamber on Tuesday evening"
        "</figcaption></figure>"
        "<figure><img src='/img/gone.jpg'><figcaption>A picture readability did not keep at all</figcaption></figure>"
        "<p>Foto: Reuters</p>"
        f"<p id='b'>Second paragraph {STORY_WORDS}.</p></article>"
    )
    root_article = restored(body, ["a", "b"])
    assert "The council chamber" not in text(root_article)  # its picture is not in the output
    with_picture = restored(body, ["a", "f", "b"])
    assert "The council chamber on Tuesday evening" in text(with_picture)
    assert "readability did not keep" not in text(with_picture) and "Reuters" not in text(with_picture)
