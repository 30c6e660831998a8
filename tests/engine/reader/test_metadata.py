"""The reader page's header from what the page says of itself: JSON-LD, meta tags, the language and
its direction."""

from __future__ import annotations

import json

import lxml.html

from newsclean.engine.reader.metadata import metadata

from .pages import page, reader_page, text


def test_json_ld_gives_title_byline_and_date():
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Example News"},
            {
                "@type": "NewsArticle",
                "headline": "Headline from JSON-LD",
                "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Bo Li"}],
                "datePublished": "2024-03-05T10:00:00Z",
            },
        ],
    }
    root = reader_page(page(f"<script type='application/ld+json'>{json.dumps(ld)}</script>"))
    assert text(root.find(".//header/h1")) == "Headline from JSON-LD"
    assert text(root.find(".//*[@class='newsclean-author']")) == "Ana Ruiz, Bo Li"
    time = root.find(".//header//time")
    assert time.get("datetime") == "2024-03-05T10:00:00+00:00" and text(time) == "5 March 2024"


def test_open_graph_and_meta_tags_when_there_is_no_json_ld():
    head = (
        "<meta property='og:title' content='OG headline'><meta property='og:site_name' content='Example News'>"
        "<meta name='author' content='Kim Park'><meta property='article:published_time' content='2023-11-02'>"
    )
    root = reader_page(page(head))
    assert text(root.find(".//header/h1")) == "OG headline"
    assert text(root.find(".//*[@class='newsclean-site']")) == "Example News"
    assert text(root.find(".//*[@class='newsclean-author']")) == "Kim Park"
    assert root.find(".//header//time").get("datetime") == "2023-11-02T00:00:00"


def test_right_to_left_languages_get_rtl_and_a_given_dir_is_kept():
    assert reader_page(page(html_attrs='lang="ar"')).get("dir") == "rtl"
    assert reader_page(page(html_attrs='lang="he-IL"')).get("dir") == "rtl"
    assert reader_page(page(html_attrs='lang="de"')).get("dir") is None
    kept = reader_page(page(html_attrs='lang="fa" dir="ltr"'))
    assert kept.get("lang") == "fa" and kept.get("dir") == "ltr"


def test_a_profile_url_is_no_byline_and_a_date_beside_the_byline_is_found():
    root = lxml.html.document_fromstring(
        "<html lang='en'><head><title>T</title><meta property='article:author' content='https://site.example/people/ana'>"
        "<meta http-equiv='content-language' content='pt-BR'></head><body><h1>The headline</h1>"
        "<div class='byline'><a href='/authors/ana-ruiz'>Ana Ruiz</a> / 08:14 AM February 04, 2025</div></body></html>"
    )
    meta = metadata(root, "https://site.example/a")
    assert (meta.title, meta.byline, meta.date) == ("The headline", "Ana Ruiz", "08:14 AM February 04, 2025")
    assert meta.sources == ("title from h1", "byline from byline element", "date from byline element")
    assert (meta.lang, meta.direction) == ("en", "")


def test_language_from_meta_when_the_page_gives_none_and_a_bad_one_is_dropped():
    def lang(head: str, attrs: str = "") -> str:
        return metadata(lxml.html.document_fromstring(f"<html {attrs}><head>{head}</head><body><p>x</p></body></html>"), "").lang

    assert lang("<meta property='og:locale' content='de_DE'>") == "de-DE"
    assert lang("<meta http-equiv='Content-Language' content='fr, en'>") == "fr"
    assert lang("", "lang='not a language!'") == ""
