"""Pages whose story holds what a sign-up box is built from — a custom element named `*-signup`,
`<newsletter-issue-section>`, `<paywall-section>`; a note, an event card or a recipe card beside a
button to a sign-up or registration page; a form in a story about a petition — and three sign-up
boxes that are junk, one page a file in `signup_blocks/` (`cases.json`: each page's lines that must
stay, and what the page is). A helper session wrote them to review a change that read a custom
element's tag as a box's name and scored the boxes `signup.boxes` finds as sign-ups: 31 of them
then lost or dimmed the story's lines, and the change was dropped.

Every line a page must keep is in the output and not dimmed — but for those listed below, no worse
than what the engine does today."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean.engine.cleaner import clean

from .pages import FATES, line_fate
from .test_apply import book

CASES = Path(__file__).parent / "signup_blocks"
URL = "https://news.example.org/2024/05/some-story-slug"
KEEP = json.loads((CASES / "cases.json").read_text(encoding="utf-8"))

# What the engine does to the pages' lines today (known; none may be added): empty web components
# named like ad units (a live golf leaderboard, a chart of the week) are taken as empty ad slots, and
# an event card after the story, its "sign up in advance" beside a Register button, is dimmed.
KNOWN = {
    ("27_empty_leaderboard_element", "golf-leaderboard"): "remove",
    ("27_empty_leaderboard_element", "Live leaderboard"): "remove",
    ("28_billboard_chart_embed", "billboard-chart"): "remove",
    ("50_event_card_unnamed", "Free guided kayak tours leave the new boat launch on Saturday at 10 a.m., "
     "and you need to sign up in advance."): "mark",
}
@pytest.mark.parametrize("name", sorted(KEEP))
def test_the_story_s_lines_stay(name):
    result = clean((CASES / f"{name}.html").read_bytes(), URL, book())
    for line in KEEP[name]["keep"]:
        fate = line_fate(result.body, line, markup=True)
        assert FATES[fate] <= FATES[KNOWN.get((name, line), "kept")], f"{name}: {line[:60]!r} {fate}"


@pytest.mark.parametrize("name", sorted(n for n in KEEP if "_junk_" in n))
def test_the_sign_up_boxes_go(name):
    result = clean((CASES / f"{name}.html").read_bytes(), URL, book())
    assert any(r.rule == "detect:newsletter" and r.action == "remove" for r in result.report.removals), name


def test_the_cases_are_there():
    assert sorted(p.stem for p in CASES.glob("*.html")) == sorted(KEEP) and len(KEEP) >= 50
