"""The reader page: its structure, its header, the link back to the original, the report, and every
8th corpus page made safe."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import lxml.html
import pytest

from newsclean.engine import reader
from newsclean.engine.cleaner import clean
from newsclean.engine.reader.metadata import Metadata
from newsclean.engine.reader.render import build_page

from ...conftest import CORPUS_DIR, SEED_URL, need_shared
from .pages import SEED_KEPT, parse, reader_page, text


def test_the_package_keeps_the_names_other_code_uses():
    """``from newsclean.engine import reader`` as the cleaner, the proxy and the tests use it: the
    functions, not the modules of the same name (render, metadata, sanitise)."""
    assert callable(reader.render) and reader.render.__module__ == "newsclean.engine.reader.render"
    assert callable(reader.metadata) and callable(reader.sanitise) and callable(reader.restore_dropped)
    for name in reader.__all__:
        assert getattr(reader, name) is not None, name
    assert (reader.BYPASS_PARAM, reader.BYPASS_VALUE) == ("newsclean", "off")


def test_build_page_escapes_the_header_and_shows_a_date_it_cannot_read_as_written():
    article = lxml.html.fragment_fromstring("<div><p>Story</p></div>")
    meta = Metadata(title="<b>A & B</b>", byline="Ana <i>", date="last Tuesday", lang="de", direction="ltr")
    root = parse(build_page(meta, article, "https://x.example/a?b=1"))
    assert (root.get("lang"), root.get("dir")) == ("de", "ltr")
    assert text(root.find(".//header/h1")) == "<b>A & B</b>" and root.find(".//header/h1/b") is None
    assert text(root.find(".//*[@class='newsclean-author']")) == "Ana <i>"
    time = root.find(".//header//time")
    assert text(time) == "last Tuesday" and time.get("datetime") is None
    assert root.find(".//*[@class='newsclean-original']/a").get("href") == "https://x.example/a?b=1&newsclean=off"
    untitled = parse(build_page(Metadata(), article, "https://x.example/a"))
    assert text(untitled.find(".//header/h1")) == "x.example" and untitled.find(".//header//time") is None


def test_seed_reader_page_structure(seed_reader):
    root = parse(seed_reader.body)
    assert root.get("lang") == "en-US"
    assert text(root.find(".//title")) == "Rubio: Bukele offers to jail 'dangerous American criminals'"
    header = root.find(".//header")
    assert text(header.find("h1")) == "Rubio: Bukele offers to jail 'dangerous American criminals'"
    assert text(header.find(".//*[@class='newsclean-author']")) == "Agence France-Presse"
    assert text(header.find(".//time")) == "08:14 AM February 04, 2025"
    # No script of any kind: no elements, no handlers, no javascript: links; the browser is told too.
    assert not root.xpath("//script | //iframe | //object | //embed | //form")
    assert not root.xpath("//@*[starts-with(name(), 'on')]")
    assert not [a for a in root.iter("a") if a.get("href", "").lower().startswith("javascript:")]
    csp = root.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp and "script-src 'none'" in csp[0]


def test_seed_reader_links_to_the_original_with_the_bypass_switch(seed_reader):
    root = parse(seed_reader.body)
    link = root.find(".//*[@class='newsclean-original']/a")
    href = urlsplit(link.get("href"))
    assert href._replace(query="").geturl() == SEED_URL
    assert parse_qs(href.query) == {reader.BYPASS_PARAM: [reader.BYPASS_VALUE]}


def test_seed_reader_article_keeps_the_story_with_absolute_urls(seed_reader):
    root = parse(seed_reader.body)
    article = root.find(".//article")
    body = text(article)
    for sentence in SEED_KEPT:
        assert sentence in body, sentence
    img = article.find(".//img")
    assert img.get("src") == "https://globalnation.inquirer.net/files/2025/02/rubio-bukele.jpg"
    assert img.get("alt") == "Rubio and Bukele"
    for a in article.iter("a"):
        assert urlsplit(a.get("href")).scheme in ("http", "https"), a.get("href")
    # The byline is in the header; the article does not repeat it.
    assert "Agence France-Presse /" not in body


def test_report_says_what_reader_mode_did(seed_reader):
    report = seed_reader.report
    assert report.mode == "reader"
    assert report.detail.startswith("reader page: ")
    assert "title from h1" in report.detail and "byline from byline element" in report.detail
    assert {r.rule for r in report.removals} >= {"inquirer.net:ad-label", "inquirer.net:featured-stories", "stray"}


def test_original_url_keeps_the_query_and_replaces_an_old_switch():
    assert reader.original_url("https://a.example/x?id=5#top") == "https://a.example/x?id=5&newsclean=off#top"
    assert reader.original_url("https://a.example/x?newsclean=on&b=2") == "https://a.example/x?b=2&newsclean=off"


def test_a_page_without_an_article_still_gets_a_reader_page():
    root = reader_page(b"<html><head><title>Just a note</title></head><body><p>Short note.</p></body></html>")
    assert text(root.find(".//header/h1")) == "Just a note"
    assert root.find(".//article") is not None


@pytest.mark.corpus
def test_reader_pages_for_corpus_pages_are_safe_and_hold_the_article(bundled_book):
    """Every 8th corpus page: a reader page with no script, the page's language, and most of the
    article's sentences (bench.reader_quality measures the whole corpus)."""
    need_shared(CORPUS_DIR)
    from ...corpus import pages as corpus_pages

    pages = corpus_pages.load_corpus(CORPUS_DIR)[::8]
    kept = total = 0
    for cp in pages:
        result = clean(cp.source, cp.url, bundled_book, mode="reader")
        assert result.changed and result.report.status == "cleaned", (cp.id, result.report.detail)
        root = parse(result.body)
        assert not root.xpath("//script | //iframe | //@*[starts-with(name(), 'on')]"), cp.id
        source_root = parse(cp.source)
        if source_root.get("lang"):
            assert root.get("lang") == source_root.get("lang").strip(), cp.id
        before = corpus_pages.page_text(source_root)
        out = corpus_pages.page_text(root)
        sentences, _ = cp.must_keep(before)
        kept += sum(1 for s in sentences if s in out)
        total += len(sentences)
    assert len(pages) >= 50 and total >= 300
    assert kept / total >= 0.9, kept / total
