"""engine/trace.py: each removal's element found again, by its position, in a fresh parse of the page;
cleaning itself is the same with a trace or without, and costs nothing more without one."""

from __future__ import annotations

import pytest

from newsclean.engine import document
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.engine.page import normalise

from ..conftest import SEED_URL

PARAGRAPHS = "".join(
    f"<p>Paragraph {n} of the story about the harbour council and its long vote on the budget.</p>" for n in range(8)
)
# Something each removal site acts on: a rule's remove, unwrap and mark, a list's hide.
PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Story</title></head><body>'
    '<div class="ad-slot">Advertisement</div>'
    f'<article id="story"><h1>Headline</h1>{PARAGRAPHS}'
    '<p>See <a class="spam" href="https://spam.test/x">cheap pills</a> in the text.</p>'
    '<aside class="promo">Subscribe today</aside></article>'
    '<div class="social-bar">Share on social</div></body></html>'
).encode()
URL = "https://www.news.example.org/2025/story"
SITE = """
[[rule]]
name = "ad"
reason = "ad slot"
css = ".ad-slot"

[[rule]]
name = "spam"
reason = "spam link"
css = "a.spam"
action = "unwrap"

[[rule]]
name = "promo"
reason = "promo box"
css = "aside.promo"
action = "mark"
"""


@pytest.fixture
def book(tmp_path):
    folder = tmp_path / "rules"
    (folder / "lists").mkdir(parents=True)
    (folder / "lists" / "mylist.txt").write_text("##.social-bar\n", encoding="utf-8")
    (folder / "example.org.toml").write_text(SITE, encoding="utf-8")
    book = RuleBook.load([folder])
    assert not book.errors, [str(e) for e in book.errors]
    return book


def located_texts(data: bytes, result) -> list[tuple[str, str, str]]:
    """(rule, tag, text) of each removal's element, found in a fresh parse by the trace's positions."""
    nodes = list(document.parse_page(data).root.iter())
    out = []
    for removal, where in zip(result.report.removals, result.report.trace.located):
        el = nodes[where.position]
        assert el.tag == where.tag
        out.append((removal.rule, el.tag, normalise(el.text_content())))
    return out


def test_each_removal_is_found_again_in_the_page_as_parsed(book):
    result = clean(PAGE, URL, book, trace=True)
    assert len(result.report.trace.located) == len(result.report.removals) == 4
    assert located_texts(PAGE, result) == [
        ("example.org:ad", "div", "Advertisement"),
        ("example.org:spam", "a", "cheap pills"),
        ("example.org:promo", "aside", "Subscribe today"),
        ("list:mylist:1", "div", "Share on social"),
    ]


def test_a_trace_changes_nothing_cleaning_does(book, seed_html, bundled_book):
    for data, url, used in ((PAGE, URL, book), (seed_html, SEED_URL, bundled_book)):
        plain, traced = clean(data, url, used), clean(data, url, used, trace=True)
        assert plain.body == traced.body
        assert plain.report.to_dict() == traced.report.to_dict()
        assert plain.report.trace is None  # nothing numbered unless asked
        assert "trace" not in traced.report.to_dict()


def test_on_the_seed_page_every_removal_is_located(seed_html, bundled_book):
    """The bundled rules and the detector on a real page: each removal's element is there, and it
    holds the text the report says went."""
    result = clean(seed_html, SEED_URL, bundled_book, trace=True)
    report = result.report
    assert report.removals and all(where is not None for where in report.trace.located)
    nodes = list(document.parse_page(seed_html).root.iter())
    for removal, where in zip(report.removals, report.trace.located):
        text = normalise(nodes[where.position].text_content())
        assert normalise(removal.text).rstrip("…")[:40] in text, (removal, text[:200])


def test_a_failed_cleaning_leaves_no_positions(book, monkeypatch):
    """Cleaning that fails serves the original and reports no removal: the trace keeps no position
    either (those of the removals made before the failure go with them)."""
    assert clean(b"\x00\x01 not a page", URL, book, trace=True).report.trace is None  # never parsed
    promo = next(r for r in book.plan_for("www.news.example.org").rules if r.id == "example.org:promo")

    def explode(page, el, rule):  # a defect in an action, after two rules have removed something
        raise RuntimeError("boom")

    monkeypatch.setattr(promo.action, "apply", explode)
    result = clean(PAGE, URL, book, trace=True)
    assert result.report.status == "error" and result.report.removals == [] and result.report.trace.located == []
