"""How a label finds the elements it means (labels.locate), on small pages of its own."""

from __future__ import annotations

import lxml.html

from . import labels as L

PAGE = """<html><body>
<nav><ul><li><a href="/a">Mayor opens the new bridge</a></li><li><a href="/b">Rain all week</a></li>
<li><a href="/more">More newsletters</a></li></ul></nav>
<article><p>The story's first paragraph, long enough to read as one.</p>
<div class="box"><h4>More news</h4><ul><li><a href="/b">Rain all week</a></li><li><a href="/a">Mayor opens the new bridge</a></li></ul></div>
<div class="box"><h4>More news</h4><ul><li><a href="/c">Port strike ends</a></li><li><a href="/a">Mayor opens the new bridge</a></li></ul></div>
</article></body></html>"""


def label(occurrence: str, *markers: str) -> L.Label:
    return L.Label(1, "page", "junk", "related", occurrence, markers, "a box of links")


def where(els) -> list[str]:
    return [el.getroottree().getpath(el) for el in els]


def test_a_boxs_further_parts_are_found_in_that_box_not_first_in_the_page():
    root = lxml.html.fromstring(PAGE)
    found = L.locate(root, label("1", "More news", "Mayor opens the new bridge"))
    assert where(found) == ["/html/body/article/div[1]/h4", "/html/body/article/div[1]/ul/li[2]/a"]
    second = L.locate(root, label("2", "More news", "Mayor opens the new bridge"))
    assert where(second) == ["/html/body/article/div[2]/h4", "/html/body/article/div[2]/ul/li[2]/a"]


def test_a_marker_alone_is_its_nth_holder_and_all_is_every_one():
    root = lxml.html.fromstring(PAGE)
    assert where(L.locate(root, label("1", "Mayor opens the new bridge"))) == ["/html/body/nav/ul/li[1]/a"]
    assert len(L.locate(root, label("all", "Mayor opens the new bridge"))) == 3


def test_a_boxs_title_is_a_holder_of_its_whole_words_not_of_the_start_of_a_longer_one():
    root = lxml.html.fromstring(PAGE)
    found = L.locate(root, label("1", "More news", "Rain all week"))  # not the menu's "More newsletters"
    assert where(found) == ["/html/body/article/div[1]/h4", "/html/body/article/div[1]/ul/li[1]/a"]
    # (a marker alone counts every holder, as its label was written: the menu's first)
    assert where(L.locate(root, label("1", "More news"))) == ["/html/body/nav/ul/li[3]/a"]
