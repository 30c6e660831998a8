"""Procedural, HTML and AdGuard HTML filters on a page: what each hides or takes out, what it keeps."""

from __future__ import annotations

import lxml.html
import pytest

from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.engine.lists import HIDDEN_ATTR

STORY = "".join(f"<p>Paragraph {n} of the story about the harbour council and its long budget vote.</p>" for n in range(8))
PAGE = (
    '<!DOCTYPE html><html><head><title>Story</title><script>window.copyGuard = "addLinkToCopy";</script>'
    '<script src="/app.js"></script></head><body>'
    '<div class="card"><p class="kicker">Sponsored by Acme</p><h3>Buy the widget</h3></div>'
    '<div class="card"><p class="kicker">Opinion</p><h3>A long view of the harbour from the old pier</h3></div>'
    '<div id="rail"><span data-slot="top-1">Ad slot</span><span data-slot="mid">Other slot</span></div>'
    f'<article id="story"><h1>Headline</h1>{STORY}</article></body></html>'
)
URL = "https://news.example.org/2025/story?page=2"


def run(tmp_path, lists: str):
    folder = tmp_path / "rules"
    (folder / "lists").mkdir(parents=True)
    (folder / "lists" / "mylist.txt").write_text(lists, encoding="utf-8")
    book = RuleBook.load([folder])
    assert not book.errors
    result = clean(PAGE.encode(), URL, book)
    root = lxml.html.document_fromstring(result.body)
    hidden = {r.text for r in result.report.removals if r.action == "hide"}
    assert len(hidden) == sum(1 for el in root.iter() if el.get(HIDDEN_ATTR))  # hidden in the page, as reported
    removed = {r.text for r in result.report.removals if r.action == "remove"}
    return hidden, removed, result


H = "news.example.org##"
SPONSORED, OPINION = "Sponsored by Acme Buy the widget", "Opinion A long view of the harbour from the old pier"
FORMS = [
    # (filter lines, hidden (text), removed (report snippet))
    (H + ".card:has-text(Sponsored)", {SPONSORED}, set()),
    (H + ".card:has-text(/sponsored by/i)", {SPONSORED}, set()),
    (H + ".card:has-text(sponsored by)", set(), set()),  # a text is found as written
    (H + ".kicker:has-text(Sponsored):upward(1)", {SPONSORED}, set()),
    (H + ".kicker:has-text(Sponsored):upward(div.card)", {SPONSORED}, set()),
    (H + ".card:has(> p.kicker:has-text(Opinion))", {OPINION}, set()),
    (H + ".card:not(:has-text(Sponsored))", {OPINION}, set()),
    (H + "div:not(.card, #story)", {"Ad slotOther slot"}, set()),  # inline text: no space between
    (H + ":xpath(//span[starts-with(@data-slot, 'top')])", {"Ad slot"}, set()),
    (H + ".card:xpath(./h3[contains(., 'widget')])", {"Buy the widget"}, set()),
    (H + ".card:min-text-length(40)", {OPINION}, set()),
    (H + ".card:has-text(Sponsored):matches-path(/2025/)", {SPONSORED}, set()),
    (H + ".card:has-text(Sponsored):matches-path(/\\?page=2$/)", {SPONSORED}, set()),
    (H + ".card:has-text(Sponsored):matches-path(/sport/)", set(), set()),
    (H + 'span:matches-attr(data-slot="top-1")', {"Ad slot"}, set()),
    (H + 'span:matches-attr("/^data-/"="/^m/")', {"Other slot"}, set()),
    (H + ".card:has-text(Sponsored):remove()", set(), {"Sponsored by Acme Buy the widget"}),
    (H + "^script:has-text(addLinkToCopy)", set(), {""}),
    ('news.example.org$$script[tag-content="addLinkToCopy"][max-length="200"]', set(), {""}),
    ('news.example.org$$script[tag-content="addLinkToCopy"][max-length="20"]', set(), set()),  # too long
    ("other.org##.card:has-text(Sponsored)", set(), set()),  # another site's
    (H + ".card:has-text(Sponsored)\nnews.example.org#@#.card:has-text(Sponsored)\n", {SPONSORED}, set()),
    (H + ".card:matches-css(color: red)", set(), set()),  # needs a rendered page: counted, not applied
]


@pytest.mark.parametrize("lines,hidden,removed", FORMS, ids=[f[0] for f in FORMS])
def test_each_form_hides_or_removes_what_it_says(tmp_path, lines, hidden, removed):
    got_hidden, got_removed, result = run(tmp_path, lines + "\n")
    assert got_hidden == hidden
    assert got_removed == removed
    if removed:
        gone = "Sponsored" if "Sponsored" in lines else "addLinkToCopy"
        assert gone not in result.body.decode()


def test_an_adguard_attribute_holds_the_value(tmp_path):
    _hidden, removed, result = run(tmp_path, 'news.example.org$$script[src="/app"]\n')
    assert removed == {""} and "/app.js" not in result.body.decode() and "addLinkToCopy" in result.body.decode()


def test_the_guard_holds_a_procedural_filter_that_would_eat_the_story(tmp_path):
    hidden, removed, result = run(tmp_path, H + "p:has-text(Paragraph)\n" + H + "article:has-text(harbour):remove()\n")
    assert not hidden and not removed
    outcome = next(o for o in result.report.rules if o.rule == "lists")
    assert outcome.held >= 1
