"""The shape heuristics labels and climbs share: the page's frame, words, wrappers that add no text,
the words around a sign-up prompt."""

from __future__ import annotations

import lxml.html
import pytest
import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.engine.book.kinds.shapes import (
    grown_over_wrappers,
    is_frame,
    same_text_as_child,
    word_count,
    words_outside,
)
from newsclean.engine.page import Page


def page_of(body: str) -> Page:
    return Page(lxml.html.document_fromstring(f"<html><body>{body}</body></html>"), "https://example.com/a")


@pytest.mark.parametrize("text, words", [
    ("", 0), ("one", 1), ("two words", 2), ("READ: | more", 2), ("- • -", 0), ("2 hours ago", 3),
    ("広告広告", 2), ("東京で地震があった", 4), ("café au lait", 3),
])
def test_word_count(text, words):
    assert word_count(text) == words


@pytest.mark.parametrize("html, xpath, frame", [
    ("<main><p>x</p></main>", "//main", True),
    ("<nav><a>x</a></nav>", "//nav", True),
    ("<header><p>site</p></header>", "//header", True),
    ("<section><header><h2>x</h2></header></section>", "//section/header", False),
    ("<section><footer role='contentinfo'>x</footer></section>", "//footer", True),
    ("<div><p>x</p></div>", "//div", False),
])
def test_is_frame(html, xpath, frame):
    page = page_of(html)
    assert is_frame(page.root.xpath(xpath)[0]) is frame


def test_grown_over_wrappers_stops_at_text_and_at_the_frame():
    page = page_of("<article><div class='outer'><p>story words</p><div class='w1'><div class='w2'>"
                   "<span>Advertisement</span></div></div></div></article>")
    span = page.root.xpath("//span")[0]
    assert grown_over_wrappers(page, span).get("class") == "w1"  # not `outer`: it holds the story's words
    lone = page_of("<article><div><div><span>Advertisement</span></div></div></article>")
    assert grown_over_wrappers(lone, lone.root.xpath("//span")[0]).tag == "div"  # never the article


def test_words_outside_counts_before_and_after_the_start_less_small_print():
    page = page_of("<div><p>Before it here</p><h4>Subscribe</h4><p>Every morning in your inbox.</p>"
                   "<form><button>Sign up now please</button></form><small>We respect your privacy.</small></div>")
    box, start = page.root.xpath("//div")[0], page.root.xpath("//h4")[0]
    assert words_outside(box, start, None) == (3, 9, 5)  # the form's button is no text of the box
    assert words_outside(box, start, re2.compile("(?i)inbox|privacy")) == (3, 0, 3)


WRAP_PARTS = ["<div>", "</div>", "<span>", "</span>", "<p>", "</p>", "<b>", "</b>", " ", "\n", "\u00a0", "word",
              "<!-- note -->", "<script>var x = 1;</script>", "<style>p{}</style>", "<noscript>ns</noscript>",
              "<noscript><p>inner</p></noscript>", "<template>tp</template>", "<br>", "<img src='x.png'>",
              "<a href='/x'>link</a>"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WRAP_PARTS), max_size=25))
def test_same_text_as_child_agrees_with_comparing_the_texts(parts):
    # Growing over wrappers: "adds no text" read from the parent's own text and other children.
    page = Page(lxml.html.document_fromstring("<html><body><div>" + "".join(parts) + "</div></body></html>"),
                "https://example.com/a")
    for parent in page.body.iter():
        if not isinstance(parent.tag, str):
            continue
        for el in parent:
            if isinstance(el.tag, str):
                assert same_text_as_child(page, parent, el) == (page.text(parent) == page.text(el))
