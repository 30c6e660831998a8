"""Filter lists on pages: hidden (or removed) by their id or class, with exceptions and switches,
within the guard, each in the report with its list and line."""

from __future__ import annotations

import dataclasses

import lxml.html
import pytest

from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.engine.lists import HIDDEN_ATTR, HIDE_STYLE
from newsclean.engine.page import host_of, normalise

from ..conftest import CORPUS_DIR, SEED_URL, SHARED, need_shared

PARAGRAPHS = "".join(
    f"<p>Paragraph {n} of the story about the harbour council and its long vote on the budget.</p>" for n in range(8)
)
PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Story</title></head><body>'
    '<div class="ad-banner">Buy now</div><div id="sponsor-box">Sponsored links</div>'
    f'<article id="story"><h1>Headline</h1>{PARAGRAPHS}<aside class="promo">Subscribe today</aside></article>'
    '<div class="social-bar">Share on social</div><a href="https://ads.example/x">Ads here</a><a href="#top">Back to top</a>'
    '<a href="#top-of-story" title="Top">Top of the story</a><news-ad>A custom element</news-ad></body></html>'
)
URL = "https://www.news.example.org/2025/story"


def book_with(tmp_path, lists: str, site: str = "") -> RuleBook:
    folder = tmp_path / "rules"
    (folder / "lists").mkdir(parents=True)
    (folder / "lists" / "mylist.txt").write_text(lists, encoding="utf-8")
    if site:
        (folder / "example.org.toml").write_text(site, encoding="utf-8")
    book = RuleBook.load([folder])
    assert not book.errors, [str(e) for e in book.errors]
    return book


def hidden(body: bytes) -> dict:
    root = lxml.html.document_fromstring(body)
    return {normalise(el.text_content()): el.get(HIDDEN_ATTR) for el in root.iter() if el.get(HIDDEN_ATTR)}


def test_generic_and_site_filters_hide_and_say_where_they_come_from(tmp_path):
    book = book_with(tmp_path, "! a list\n##.ad-banner\n###sponsor-box\nnews.example.org##.promo\nother.org##.social-bar\n")
    result = clean(PAGE.encode(), URL, book)
    assert hidden(result.body) == {"Buy now": "mylist:2", "Sponsored links": "mylist:3", "Subscribe today": "mylist:4"}
    assert HIDE_STYLE in result.body.decode()
    went = {r.text: r for r in result.report.removals}
    assert went["Buy now"].rule == "list:mylist:2" and went["Buy now"].action == "hide"
    assert went["Subscribe today"].reason == "mylist line 4: news.example.org##.promo"
    assert "Paragraph 7" in normalise(lxml.html.document_fromstring(result.body).text_content())


@pytest.mark.parametrize("lists,gone", [
    ("##.ad-banner\nnews.example.org#@#.ad-banner\n", set()),  # an exception on the site
    ("##.ad-banner\n#@#.ad-banner\n", set()),  # an exception everywhere
    ("~example.org##.ad-banner\n", set()),  # a generic filter not for this site
    ("##.ad-banner\nnews.example.org##.promo\n@@||example.org^$generichide\n", {"Subscribe today"}),
    ("##.ad-banner\nnews.example.org##.promo\n@@*$ghide,domain=other.net|example.*\n", {"Subscribe today"}),
    ("##.ad-banner\n@@*$ghide,domain=example.org|~news.example.org\n", {"Buy now"}),  # not on the host it excepts
    ("##.ad-banner\nnews.example.org##.promo\n@@||example.org^$specifichide\n", {"Buy now"}),
    ("##.ad-banner\nnews.example.org##.promo\n@@||news.example.org^$elemhide\n", set()),
    ("example.*##.ad-banner\n", {"Buy now"}),  # an entity: any public suffix
    ("##div.ad-banner:not(.x)\n##.nope .ad-banner\n", {"Buy now"}),  # a compound and a complex selector
    ("##body > div.social-bar\n##article > .promo\n##div + #sponsor-box\n", {"Share on social", "Subscribe today", "Sponsored links"}),
    ("##[class^=\"ad-\"]\n##div[id$=\"-box\"]\n", {"Buy now", "Sponsored links"}),  # id and class values
    ('##a[href^="https://ads."]\n##a[href="#top"]\n', {"Ads here", "Back to top"}),  # links, by their href
    ("##news-ad\n", {"A custom element"}),  # a tag no page holds in numbers
    # a value condition ([class*=...]) with an id on its left: tried only where the page holds that id
    ('##article#story + div[class*="social"]\n##article#nostory + div[class*="ad"]\n', {"Share on social"}),
    ("##.ad-banner.wide\n##.ad-banner.x, .promo.y\n##div.ad-banner:not(.x)\n", {"Buy now"}),  # other classes asked
    ("##div[style]\n##[title=\"Top\"]\n", set()),  # a common tag, or none, with no id or class: not applied
])
def test_exceptions_switches_and_entities(tmp_path, lists, gone):
    result = clean(PAGE.encode(), URL, book_with(tmp_path, lists))
    assert set(hidden(result.body)) == gone


@pytest.mark.parametrize("html,gone", [
    ('<html id="site">', {"Buy now"}),  # the id on the root, which the body's walk does not see
    ("<html>", set()),
])
def test_an_id_a_filter_needs_may_be_on_the_root(tmp_path, html, gone):
    page = PAGE.replace("<html>", html)
    result = clean(page.encode(), URL, book_with(tmp_path, '###site div[class^="ad-"]\n'))
    assert set(hidden(result.body)) == gone


@pytest.mark.parametrize("disable,gone", [
    (["list:mylist"], set()),
    (["list:mylist:1"], {"Sponsored links"}),
    (["list:mylist:2", "list:other"], {"Buy now"}),
    (["list:mylist:3"], {"Buy now", "Sponsored links"}),  # a line with no filter: nothing to switch off
])
def test_a_site_switches_a_list_or_one_filter_off(tmp_path, disable, gone):
    site = "[site]\ndisable = [" + ", ".join(f'"{d}"' for d in disable) + "]\n"
    result = clean(PAGE.encode(), URL, book_with(tmp_path, "##.ad-banner\n###sponsor-box\n", site))
    assert set(hidden(result.body)) == gone


def test_an_unknown_list_name_is_a_warning_with_its_line(tmp_path):
    book = book_with(tmp_path, "##.ad-banner\n", '[site]\n# lists\ndisable = ["list:mylst:4", "list:mylist"]\n')
    (warning,) = [w for w in book.warnings if w.code == "NC022"]
    assert str(warning).endswith("example.org.toml:3:1: NC022 `disable` names the list 'mylst', which no rules "
                                 "folder loads: did you mean `mylist`?")


def test_the_guard_holds_list_filters_back(tmp_path):
    result = clean(PAGE.encode(), URL, book_with(tmp_path, "###story\n##p\nnews.example.org##article p\n"))
    assert hidden(result.body) == {} or all(not text.startswith("Paragraph") for text in hidden(result.body))
    outcome = next(o for o in result.report.rules if o.rule == "lists")
    assert outcome.held >= 1 and "guard" in outcome.note


def test_a_site_removes_or_switches_lists_off(tmp_path):
    lists = "##.ad-banner\n"
    removed = clean(PAGE.encode(), URL, book_with(tmp_path / "a", lists, '[site]\nlists = "remove"\n'))
    assert "Buy now" not in removed.body.decode() and removed.report.removals[0].action == "remove"
    off = clean(PAGE.encode(), URL, book_with(tmp_path / "b", lists, '[site]\nlists = "off"\n'))
    assert not off.changed
    reader = clean(PAGE.encode(), URL, book_with(tmp_path / "c", lists), mode="reader")
    assert "Buy now" not in normalise(lxml.html.document_fromstring(reader.body).text_content())


def test_a_keep_rule_protects_from_lists(tmp_path):
    site = '[[rule]]\nreason = "ours"\ncss = ".promo"\naction = "keep"\n'
    result = clean(PAGE.encode(), URL, book_with(tmp_path, "news.example.org##.promo\n", site))
    assert hidden(result.body) == {}


def test_a_bad_lists_setting_is_an_error():
    from newsclean.engine.book.compile import parse_rule_text
    from newsclean.rules.loader import RuleFileError

    with pytest.raises(RuleFileError, match="NC009 `lists` must be one of hide, remove, off"):
        parse_rule_text('[site]\nlists = "maybe"\n', "example.org.toml", "example.org")


# Truth text the lists take on purpose: the site's affiliate disclosure under the story, which the
# annoyance lists hide and the corpus's truth text keeps.
LISTS_TAKE = {"FTC: We use income earning auto affiliate links."}


@pytest.mark.corpus
def test_every_shared_list_loaded_no_article_text_is_lost():
    """All of ../shared/filters in a rules folder, taken out rather than hidden: the seed page and
    every corpus page keep their truth sentences (a filter that would eat the story is held back)."""
    from newsclean.engine import document
    from tests.corpus.pages import link_texts, load_corpus, page_text

    need_shared(SHARED / "filters")
    pages = load_corpus(need_shared(CORPUS_DIR))
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        lists = Path(tmp) / "rules" / "lists"
        lists.mkdir(parents=True)
        for source in sorted((SHARED / "filters").rglob("*.txt")):
            (lists / source.name).symlink_to(source)
        book = RuleBook.load([Path(tmp) / "rules"])
    assert len(book.lists) >= 10
    lost, hid = [], 0
    for page in pages:
        plan = book.plan_for(host_of(page.url))
        plan = dataclasses.replace(plan, settings=dataclasses.replace(plan.settings, lists="remove"))
        result = clean(page.source, page.url, book, plan=plan)
        hid += sum(1 for r in result.report.removals if r.rule.startswith("list:"))
        before = document.parse(page.source)[0]
        sentences, fragments = page.must_keep(page_text(before), link_texts(before))
        after = page_text(document.parse(result.body)[0])
        lost.extend((page.id, s) for s in [*sentences, *fragments] if s not in after and s not in LISTS_TAKE)
    assert hid > 500  # the lists do take things on these pages
    assert not lost, lost[:5]
    seed = clean((SHARED / "seed" / "globalnation-rubio.html").read_bytes(), SEED_URL, book)
    assert "Bukele" in normalise(lxml.html.document_fromstring(seed.body).text_content())
