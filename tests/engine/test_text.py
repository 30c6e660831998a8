"""engine.text: an element's text as lxml gives it, its readable text, and what hides an element."""

from __future__ import annotations

import lxml.etree
import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.engine.document import parse_page
from newsclean.engine.page import text_content
from newsclean.engine.text import _VISIBLE_TEXT, TEXTLESS_TAGS, hides_itself, style_hides, visible_text

MARKUP_PARTS = ["<p>", "</p>", "<b>", "</b>", "<a href='/x'>", "</a>", "<div>", "</div>", "<br>", "<!-- c -->",
                "<?pi x?>", "<script>var s = '<b>';</script>", "<style>p{}</style>", "<noscript>n</noscript>",
                "<textarea>t</textarea>", "<![CDATA[cd]]>", "&amp;", "&nbsp;", "&#x1F600;", "café", " ", "\n",
                "word", "<img alt='alt'>", "<template>tp</template>", "<table><tr><td>c</td></tr></table>"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MARKUP_PARTS), min_size=1, max_size=25))
def test_text_content_is_lxml_htmls(parts):
    # engine.page.text_content replaces lxml.html's text_content() (an XPath per call) on the hot
    # path: it must give the same string for every element of any page.
    root = parse_page(("<html><body>" + "".join(parts) + "</body></html>").encode()).root
    for el in root.iter(lxml.etree.Element):  # elements, not comments or PIs
        assert text_content(el) == el.text_content()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MARKUP_PARTS), min_size=1, max_size=25), st.booleans())
def test_visible_text_is_the_text_nodes_outside_code(parts, outermost_first):
    # The text of an element with code inside is built from its children (engine.text.visible_text):
    # it must be what the XPath over its text nodes joins, whichever of them is asked first.
    root = parse_page(("<html><body><div>" + "".join(parts) + "</div></body></html>").encode()).root
    holders = frozenset(a for code in root.iter(*TEXTLESS_TAGS) for a in code.iterancestors())
    order = sorted(holders, key=lambda el: len(list(el.iterancestors())), reverse=not outermost_first)
    known: dict = {}
    for el in order:
        assert visible_text(el, holders, known) == "".join(_VISIBLE_TEXT(el))


def test_page_text_of_a_wrapper_with_code_follows_a_removal():
    root = parse_page(b"<html><body><div id=w><p>One <script>x()</script>two.</p><div id=ad>Ad<style>p{}</style></div>"
                      b"<noscript>n<b>b</b></noscript> three</div></body></html>").root
    page = Page(root, "https://example.com/")
    wrapper = root.get_element_by_id("w")
    assert page.text(wrapper) == "One two.Adb three"  # (blocks run together, as in text_content)
    ad = root.get_element_by_id("ad")
    page.forget_text_around(ad)
    ad.drop_tree()
    assert page.text(wrapper) == "One two.b three"



from newsclean.engine.page import readable_text


def test_readable_text_keeps_blocks_apart_and_lines_whole():
    root = lxml.html.document_fromstring(
        "<html><body><div id='box'><h3>Most read</h3><ul><li><a href='/a'>Podcasts</a></li>"
        "<li><a href='/b'>The day's <b>news</b></a></li></ul>One<br>two<!-- c --> three"
        "<script>var x = 1;</script><noscript>Enable JS</noscript><template>tpl</template>"
        "<p>Ca<i>f</i>é au lait</p></div></body></html>")
    box = root.get_element_by_id("box")
    assert readable_text(box) == "Most read Podcasts The day's news One two three Café au lait"
    assert box.text_content().startswith("Most readPodcastsThe day's news")  # what it replaces in reports


def test_report_text_of_a_removed_box_reads_as_on_the_page():
    from newsclean.engine.book.compile import parse_rule_text
    from newsclean.engine.book.rulebook import RuleBook
    from newsclean.engine.cleaner import clean

    book = RuleBook.from_files((), [parse_rule_text('[[rule]]\nreason = "r"\ncss = ".box"\n', "example.com.toml", "example.com")])
    html = "<html><body><p>Story.</p><div class='box'><h3>Trending</h3><p>First</p><p>Second</p></div></body></html>"
    (removal,) = clean(html.encode(), "https://example.com/a", book).report.removals
    assert removal.text == "Trending First Second"


def test_readable_text_with_a_limit_stops_past_it_and_starts_the_same():
    links = "".join(f"<li><a href='https://spam{n}.vip/'>situs slot {n}</a></li>" for n in range(400))
    box = lxml.html.document_fromstring(f"<html><body><ul id='box'>{links}</ul></body></html>").get_element_by_id("box")
    whole, cut = readable_text(box), readable_text(box, 500)
    assert len(whole) > 5000 and 500 < len(cut) < len(whole) and whole.startswith(cut)
    spaced = lxml.html.document_fromstring(
        "<html><body><div id='w'>" + "<p>   \n   </p>" * 300 + "<p>end</p></div></body></html>").get_element_by_id("w")
    assert readable_text(spaced, 500) == "end"  # whitespace is no text: the walk goes on past it


READ_PARTS = ["<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "<b>", "</b>", "<a href='/x'>", "</a>", "<br>",
              "<li>", "</li>", " ", "\n", "word", "Wörd", "<!-- c -->", "<?pi x?>", "<script>code()</script>",
              "<noscript>ns</noscript>", "<template>tp</template>", "<td>", "</td>", "<img src='x.png'>"]


def _readable_reference(el) -> str:
    """readable_text spelled out: a space around every element that is not inline."""
    out = []

    def walk(node, top):
        tag = node.tag
        if isinstance(tag, str):
            block = tag not in INLINE_TAGS
            out.append(" " if block else "")
            if tag not in ("script", "style", "noscript", "template"):
                out.append(node.text or "")
                for child in node:
                    walk(child, False)
            out.append(" " if block else "")
        if not top:
            out.append(node.tail or "")

    walk(el, True)
    return " ".join("".join(out).split())


from newsclean.engine.page import INLINE_TAGS, Page


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(READ_PARTS), max_size=30))
def test_readable_text_is_the_text_with_blocks_apart(parts):
    root = parse_page(("<html><body><div>" + "".join(parts) + "</div></body></html>").encode()).root
    page = Page(root, "https://example.com/")
    for el in root.iter(lxml.etree.Element):
        assert readable_text(el) == _readable_reference(el)
        assert readable_text(el, page=page) == _readable_reference(el)  # one line: the page's own text of it


@pytest.mark.parametrize("markup,hidden", [
    ('<div style="display:none">', True), ('<div hidden>', True), ('<div style="left:-9999px;position:absolute">', True),
    ('<div style="opacity:0.5">', False), ('<div>', False),
])
def test_hides_itself_is_the_attribute_or_a_hiding_style(markup, hidden):
    el = lxml.html.fragment_fromstring(markup + "t</div>")
    assert hides_itself(el) is hidden
    assert style_hides(el.get("style") or "") is (hidden and el.get("hidden") is None)
