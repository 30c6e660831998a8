"""engine/preview: the picture of the engine's own cleaning, drawn on the page as it came."""

from __future__ import annotations

import lxml.html

from newsclean.engine.cleaner import clean
from newsclean.engine.page import normalise
from newsclean.engine.preview import build, render
from newsclean.engine.preview.draw import ATTR, KIND_ATTR, PANEL_ID

from ...conftest import SEED_URL


def test_the_seed_page_every_removal_outlined_and_the_page_whole(seed_html, bundled_book):
    preview = build(seed_html, SEED_URL, bundled_book)
    report = clean(seed_html, SEED_URL, bundled_book).report
    assert [(i.rule, i.action, i.text) for i in preview.items] == [(r.rule, r.action, r.text) for r in report.removals]
    root = lxml.html.document_fromstring(preview.html)
    outlined = root.xpath(f"//*[@{ATTR}]")
    numbers = sorted(int(n) for el in outlined for n in el.get(ATTR).split())
    assert numbers == list(range(1, len(report.removals) + 1))
    # what the cleaned page lost is in the picture, outlined: the ad labels, the featured stories
    ad_labels = [el for el in outlined if "Article continues after this advertisement" in el.text_content()]
    assert ad_labels and all(el.get(KIND_ATTR) == "removed" for el in ad_labels)
    assert "There is virtually no precedent" in root.text_content()  # the story stays
    assert root.findall(".//script") == []
    panel = root.get_element_by_id(PANEL_ID)
    assert len(panel.findall(".//li")) == len(report.removals)
    counts = preview.counts()
    assert counts["removed"] == report.removed and counts["marked"] == report.marked


def test_to_dict_shape(seed_html, bundled_book):
    data = build(seed_html, SEED_URL, bundled_book).to_dict()
    assert set(data) == {"url", "site", "files", "status", "detail", "mode", "counts", "outlined", "items"}
    assert set(data["counts"]) == {"removed", "marked", "hidden"}
    first = data["items"][0]
    assert set(first) == {"number", "rule", "action", "kind", "element", "text", "reason", "path"}
    assert first["number"] == 1 and first["path"].startswith("/html/body/")
    assert data["outlined"] == len(data["items"])


def test_a_page_in_another_charset_is_drawn_in_utf8(bundled_book):
    page = ("<html><head><meta charset='windows-1252'></head><body><article><p>Caf\xe9 au lait for "
            "everyone in the story.</p><div class='ad'>x</div></article></body></html>").encode("windows-1252")
    preview = build(page, "https://paper.test/a", bundled_book)
    assert "Café au lait" in normalise(lxml.html.document_fromstring(preview.html.decode("utf-8")).text_content())


def test_not_a_page_gives_the_list_and_why(bundled_book):
    preview = build(b"\x89PNG\r\n\x1a\n\x00\x00", "https://paper.test/a.png", bundled_book)
    assert preview.items == () and preview.report.status == "skipped"
    assert b"not HTML" in preview.html


def test_an_untraced_result_is_listed_without_outlines(seed_html, bundled_book):
    preview = render(seed_html, clean(seed_html, SEED_URL, bundled_book))
    assert preview.items and all(i.path is None for i in preview.items)
    assert lxml.html.document_fromstring(preview.html).xpath(f"//*[@{ATTR}]") == []
