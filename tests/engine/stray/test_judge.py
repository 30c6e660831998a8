"""Stray paragraphs judged and acted on: the seed's two, the mark and remove actions, paragraphs told
apart by their markup, and quality gates over the corpus with paragraphs of other articles spliced
into real pages (bench/stray_quality.py's generator)."""

from __future__ import annotations

import dataclasses

import lxml.html
import pytest

from newsclean.engine import document, stray
from newsclean.engine.book.kinds import MARK_CLASS
from newsclean.engine.cleaner import MARK_STYLE, clean
from newsclean.engine.page import normalise
from newsclean.engine.stray.features import features
from newsclean.engine.stray.judge import REASON, RULE_ID, _in_aside_block, judge

from ...conftest import CORPUS_DIR, SEED_URL, need_shared
from .stories import FOREIGN, STORY

ASAKAWA = "“It has been a profound honor to serve as President of ADB,” Asakawa"


MAPA = "Miguel Mapa, founder and chief executive of Nextnorth Holdings Corp."


GENUINE = [
    "SAN SALVADOR — US Secretary of State Marco Rubio said Monday",
    "There is virtually no precedent",
    "But Rubio said Bukele",
    "“He has offered to house",
    "“No country’s ever made",
    "“We are profoundly grateful.",
    "Rubio appeared to suggest",
    "“Any unlawful immigrant",
    "Trump has sought to crack down on the right to birthright citizenship",
]


def paragraphs(body: bytes) -> dict[str, lxml.html.HtmlElement]:
    root = lxml.html.document_fromstring(body)
    return {normalise(p.text_content()): p for p in root.iter("p")}


def find(paras: dict, start: str):
    found = [p for text, p in paras.items() if text.startswith(start)]
    assert len(found) == 1, f"{start!r}: {len(found)} paragraphs"
    return found[0]


def test_the_package_keeps_the_names_other_code_uses():
    """``from newsclean.engine import stray`` as the cleaner, the bench and the guard's tests use it:
    the functions, not the modules of the same name (judge, features)."""
    assert stray.judge is judge and stray.features is features and callable(stray.apply)
    for name in stray.__all__:
        assert getattr(stray, name) is not None, name
    assert (stray.RULE_ID, stray.MIN_PARAGRAPHS) == ("stray", 4)


def with_stray(book, action: str):
    plan = book.plan_for("globalnation.inquirer.net")
    return dataclasses.replace(plan, settings=dataclasses.replace(plan.settings, stray=action))


def test_inquirer_rule_file_switches_marking_on(bundled_book):
    assert bundled_book.plan_for("globalnation.inquirer.net").settings.stray == "mark"


def test_seed_both_stray_paragraphs_marked_and_no_genuine_one(seed_html, bundled_book):
    result = clean(seed_html, SEED_URL, bundled_book)
    paras = paragraphs(result.body)
    for start in (ASAKAWA, MAPA):
        p = find(paras, start)
        assert MARK_CLASS in p.get("class", "").split()
        assert p.get("data-newsclean") == RULE_ID
        assert p.get("title", "").startswith("newsclean: ")
    for start in GENUINE:
        p = find(paras, start)
        assert p.get("data-newsclean") is None and MARK_CLASS not in (p.get("class") or ""), start
    marks = [r for r in result.report.removals if r.rule == RULE_ID]
    assert [r.action for r in marks] == ["mark", "mark"]
    assert marks[0].text.startswith(ASAKAWA) and marks[1].text.startswith(MAPA)
    assert all(r.reason.startswith(REASON) and r.element == "p" for r in marks)
    assert result.report.marked == 2
    # The cleaner's style sheet dims the marked paragraphs.
    assert MARK_STYLE in result.body.decode()


def test_seed_remove_action_takes_both_out_and_keeps_the_story(seed_html, bundled_book):
    result = clean(seed_html, SEED_URL, bundled_book, plan=with_stray(bundled_book, "remove"))
    text = normalise(lxml.html.document_fromstring(result.body).text_content())
    assert "Asakawa" not in text and "Nextnorth" not in text
    for start in GENUINE:
        assert start in text
    removed = [r for r in result.report.removals if r.rule == RULE_ID]
    assert [r.action for r in removed] == ["remove", "remove"]
    assert result.report.marked == 0


def test_seed_without_the_setting_nothing_is_flagged(seed_html, bundled_book):
    result = clean(seed_html, SEED_URL, bundled_book, plan=with_stray(bundled_book, "off"))
    assert not [r for r in result.report.removals if r.rule == RULE_ID]
    assert b"data-newsclean" not in result.body


def test_a_paragraph_from_another_story_scores_apart():
    verdicts = judge(["Springfield closes Riverside bridge"], STORY[:3] + [FOREIGN] + STORY[3:])
    assert [v.stray for v in verdicts] == [False, False, False, True, False, False, False]
    assert "names and little else with the rest of the story" in verdicts[3].why


def test_short_stories_and_short_paragraphs_are_not_judged():
    verdicts = judge([], STORY[:2] + [FOREIGN])
    assert not any(v.judged or v.stray for v in verdicts)
    verdicts = judge([], STORY + ["Lukas Moreno scored twice."])
    assert not verdicts[-1].judged and not verdicts[-1].stray


def test_paragraphs_in_comment_and_author_blocks_are_told_by_their_markup():
    root = lxml.html.fromstring(
        "<article><p id=a>story</p><div class='comment-content'><p id=b>reader</p></div>"
        "<div class='author-section__text'><p id=c>bio</p></div><header><p id=d>byline</p></header>"
        "<a href='/x'><p id=e>teaser</p></a><div class='entry author-jane'><p id=f>story too</p></div>"
        "<section id=comments><p id=g>reader</p></section></article>"
    )
    aside = {p.get("id"): _in_aside_block(p, root) for p in root.iter("p")}
    assert aside == {"a": False, "b": True, "c": True, "d": True, "e": True, "f": False, "g": True}
    feats = features([], STORY, asides={2})
    assert [f["aside_block"] for f in feats] == [0.0, 0.0, 1.0, 0.0, 0.0, 0.0]


@pytest.fixture(scope="module")
def spliced():
    need_shared(CORPUS_DIR)
    from bench.stray_quality import load_stories, splice_corpus

    return splice_corpus(load_stories(CORPUS_DIR), seed=7, per_page=2)


@pytest.fixture(scope="module")
def tally(spliced, bundled_book):
    from bench.stray_quality import flag_all, measure

    return measure(spliced, flag_all(spliced, bundled_book))


@pytest.mark.corpus
def test_splice_generator_is_deterministic(spliced):
    from bench.stray_quality import load_stories, splice_corpus

    stories = load_stories(CORPUS_DIR, limit=40)
    first = splice_corpus(stories, seed=3)
    again = splice_corpus(stories, seed=3)
    other = splice_corpus(stories, seed=4)
    assert [(s.id, s.spliced, s.html) for s in first] == [(s.id, s.spliced, s.html) for s in again]
    assert [s.spliced for s in first] != [s.spliced for s in other]
    # Every spliced text comes from another article and is now a paragraph of this page.
    for page in spliced[:50]:
        assert page.id not in page.donors
        root, _ = document.parse(page.html)
        texts = {normalise(p.text_content()) for p in root.iter("p")}
        assert all(t in texts for t in page.spliced)
        assert not set(page.spliced) & set(page.genuine)
    assert len(spliced) >= 300


@pytest.mark.corpus
def test_quality_gates_as_measured(tally):
    """What the detector reaches now (bench.stray_quality prints the same figures): a regression gate."""
    assert tally.spliced >= 600
    assert tally.recall >= 0.82, tally.recall
    assert tally.genuine_flagged_share <= 1 / 200, tally.genuine_flagged_share
    assert tally.precision >= 0.93, tally.precision


@pytest.mark.corpus
@pytest.mark.xfail(
    strict=True,
    reason="target not reached yet: measured recall 84.2% with 0.40% of genuine paragraphs flagged (1 in 250)",
)
def test_quality_target_recall_90_and_1_genuine_in_200(tally):
    assert tally.recall >= 0.90 and tally.genuine_flagged_share <= 1 / 200
