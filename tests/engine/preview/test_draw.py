"""engine/preview/draw.py: outlines and labels on the elements, in each kind's colour; the side list."""

from __future__ import annotations

import lxml.html

from newsclean.engine import document
from newsclean.engine.preview import Item
from newsclean.engine.preview.draw import ATTR, KIND_ATTR, KINDS, PANEL_ID, draw, kind_of
from newsclean.engine.report import Report

PAGE = (b"<!DOCTYPE html><html><head><title>t</title></head><body><div id='ad'>Buy <b>now</b></div>"
        b"<table id='t'><tr><td>cell</td></tr></table><img id='pic' src='a.png'><p id='p'>Story</p></body></html>")


def item(n, action, element="div#ad", text="Buy now", rule="site:ad"):
    return Item(n, rule, action, kind_of(action), element, text, "because <reasons>", "/html/body/div")


def drawn(items, ids):
    parsed = document.parse_page(PAGE)
    elements = [parsed.root.get_element_by_id(i) if i else None for i in ids]
    report = Report(url="https://paper.test/a", site="paper.test", status="cleaned")
    return lxml.html.document_fromstring(draw(parsed, report, items, elements))


def test_kinds_by_action():
    assert [kind_of(a) for a in ("remove", "unwrap", "drop-text", "mark", "hide")] == [
        "removed", "removed", "removed", "marked", "hidden"]
    assert len({colour for colour, _ in KINDS.values()}) == 3


def test_each_element_is_outlined_and_labelled_with_its_numbers():
    root = drawn([item(1, "mark"), item(2, "remove"), item(3, "hide", "img#pic"), item(4, "remove", "table#t")],
                 ["ad", "ad", "pic", "t"])
    ad = root.get_element_by_id("ad")
    assert ad.get(ATTR) == "1 2" and ad.get(KIND_ATTR) == "removed"  # the strongest kind's colour
    labels = ad.findall("span")
    assert [s.text for s in labels] == ["2 site:ad", "1 site:ad"] and ad.text_content().endswith("Buy now")
    # a label cannot go inside an image or a table: it goes just before
    pic = root.get_element_by_id("pic")
    assert pic.get(KIND_ATTR) == "hidden" and pic.getprevious().get("id") == "newsclean-preview-at-3"
    assert root.get_element_by_id("t").getprevious().get("id") == "newsclean-preview-at-4"
    assert root.get_element_by_id("p").get(ATTR) is None


def test_the_side_list_says_every_removal_escaped():
    root = drawn([item(1, "remove"), item(2, "remove", "p", "<script>alert(1)</script>", "detect:ad")], ["ad", None])
    panel = root.get_element_by_id(PANEL_ID)
    entries = panel.findall(".//li")
    assert [li.get("data-kind") for li in entries] == ["removed", "removed"]
    assert entries[1].find("q").text == "<script>alert(1)</script>" and root.find(".//script") is None
    assert "because <reasons>" in entries[0].text_content()
    assert "not outlined" in entries[1].text_content() and "not outlined" not in entries[0].text_content()
    assert entries[0].find("a").get("href") == "#newsclean-preview-at-1"
    assert "2 removed (taken out of the page)" in panel.text_content()


def test_no_page_draws_the_list_alone():
    report = Report(url="https://paper.test/a", status="skipped", detail="not HTML")
    root = lxml.html.document_fromstring(draw(None, report, (), []))
    assert "not HTML" in root.get_element_by_id(PANEL_ID).text_content()
    assert "took nothing" in root.get_element_by_id(PANEL_ID).text_content()
