"""Stray paragraphs: the seed's two, the mark and remove actions, and quality gates over the corpus
with paragraphs of other articles spliced into real pages (bench/stray_quality.py's generator)."""

from __future__ import annotations

import dataclasses
import math

import lxml.html
import pytest

from newsclean.engine import document, stray
from newsclean.engine.cleaner import MARK_STYLE, clean
from newsclean.engine.page import normalise
from newsclean.rules.kinds import MARK_CLASS

from ..conftest import CORPUS_DIR, SEED_URL, need_shared

ASAKAWA = "“It has been a profound honor to serve as President of ADB,” Asakawa"
MAPA = "Miguel Mapa, founder and chief executive of Nextnorth Holdings Corp."
# Every genuine paragraph of the seed story (shared/seed/README.md, "Kept").
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


def with_stray(book, action: str):
    plan = book.plan_for("globalnation.inquirer.net")
    return dataclasses.replace(plan, settings=dataclasses.replace(plan.settings, stray=action))


# -- the seed ----------------------------------------------------------------------------------------
def test_inquirer_rule_file_switches_marking_on(bundled_book):
    assert bundled_book.plan_for("globalnation.inquirer.net").settings.stray == "mark"


def test_seed_both_stray_paragraphs_marked_and_no_genuine_one(seed_html, bundled_book):
    result = clean(seed_html, SEED_URL, bundled_book)
    paras = paragraphs(result.body)
    for start in (ASAKAWA, MAPA):
        p = find(paras, start)
        assert MARK_CLASS in p.get("class", "").split()
        assert p.get("data-newsclean") == stray.RULE_ID
        assert p.get("title", "").startswith("newsclean: ")
    for start in GENUINE:
        p = find(paras, start)
        assert p.get("data-newsclean") is None and MARK_CLASS not in (p.get("class") or ""), start
    marks = [r for r in result.report.removals if r.rule == stray.RULE_ID]
    assert [r.action for r in marks] == ["mark", "mark"]
    assert marks[0].text.startswith(ASAKAWA) and marks[1].text.startswith(MAPA)
    assert all(r.reason.startswith(stray.REASON) and r.element == "p" for r in marks)
    assert result.report.marked == 2
    # The cleaner's style sheet dims the marked paragraphs.
    assert MARK_STYLE in result.body.decode()


def test_seed_remove_action_takes_both_out_and_keeps_the_story(seed_html, bundled_book):
    result = clean(seed_html, SEED_URL, bundled_book, plan=with_stray(bundled_book, "remove"))
    text = normalise(lxml.html.document_fromstring(result.body).text_content())
    assert "Asakawa" not in text and "Nextnorth" not in text
    for start in GENUINE:
        assert start in text
    removed = [r for r in result.report.removals if r.rule == stray.RULE_ID]
    assert [r.action for r in removed] == ["remove", "remove"]
    assert result.report.marked == 0


def test_seed_without_the_setting_nothing_is_flagged(seed_html, bundled_book):
    result = clean(seed_html, SEED_URL, bundled_book, plan=with_stray(bundled_book, "off"))
    assert not [r for r in result.report.removals if r.rule == stray.RULE_ID]
    assert b"data-newsclean" not in result.body


# -- the scoring, on texts ----------------------------------------------------------------------------
STORY = [
    "The city council of Springfield voted on Tuesday to close the old Riverside bridge to traffic.",
    "Engineers told the council that the Riverside bridge had cracks in two of its steel supports.",
    "Mayor Alice Chen said the council had no choice but to close the bridge until repairs are done.",
    "Drivers will be sent over the Harbor bridge, which engineers say can carry the extra traffic.",
    "Repairs to the Riverside bridge supports will cost the city about 4 million dollars, the council said.",
    "Shop owners near the Riverside bridge fear that the closure will keep customers away for months.",
]
FOREIGN = (
    "The striker Lukas Moreno scored twice in the second half as Valencia beat Sevilla at the Mestalla, "
    "lifting his club into fourth place in La Liga."
)


def test_a_paragraph_from_another_story_scores_apart():
    verdicts = stray.judge(["Springfield closes Riverside bridge"], STORY[:3] + [FOREIGN] + STORY[3:])
    assert [v.stray for v in verdicts] == [False, False, False, True, False, False, False]
    assert "names and little else with the rest of the story" in verdicts[3].why


def test_short_stories_and_short_paragraphs_are_not_judged():
    verdicts = stray.judge([], STORY[:2] + [FOREIGN])
    assert not any(v.judged or v.stray for v in verdicts)
    verdicts = stray.judge([], STORY + ["Lukas Moreno scored twice."])
    assert not verdicts[-1].judged and not verdicts[-1].stray


def test_terms_and_names():
    terms, names = stray.terms_of("Rubio said the jails of El Salvador hold 1500 prisoners. The US agreed.")
    assert {"rubio", "salvado", "jail", "prison", "1500"} <= terms
    assert {"salvado", "1500", "us"} <= names
    assert "rubio" not in names  # a capital that starts a sentence says nothing
    assert "the" not in terms and "said" not in terms
    assert stray._stem("citizenship") == stray._stem("citizens")
    assert stray._stem("Regierungen".casefold()) == stray._stem("regierung")
    # The parts of a compound count as terms of their own.
    assert {"corona", "schutzv"} <= stray.terms_of("Seit heute gilt die neue Corona-Schutzverordnung.")[0]
    # Seven letters, not six: different words with a common start stay apart.
    assert stray._stem("bundestag") != stray._stem("bundesliga")
    assert stray._stem("durchzogenen") != stray._stem("durchzuatmen")


def test_word_frequencies_weigh_shared_terms():
    """Sharing a rare word is evidence; sharing a word any text of that length holds is not."""
    english = stray.background("en")
    assert english is not None and english[stray._stem("government")] > 1e-4
    assert english.get(stray._stem("bukele"), 0.0) < 1e-6
    story = [
        "Bukele's government opened the prison at Tecoluca to foreign inmates on Monday, the government said.",
        "The prison at Tecoluca holds forty thousand inmates, and Bukele wants more of them from abroad.",
        "Critics of Bukele say the Tecoluca prison holds people without trial for months on end.",
        "Rubio thanked Bukele for the offer to take inmates from the United States into the prison.",
        "The government of the country said the offer of help would be considered carefully by officials.",
    ]
    feats = stray.features([], story, "en")
    # The last paragraph shares only common words ("government", "offer"): little evidence.
    assert feats[4]["top1"] < feats[0]["top1"] and feats[4]["evidence"] < min(f["evidence"] for f in feats[:4])
    # Without a frequency list the story's own counts still decide.
    assert stray.features([], story, "xx")[4] is not None


def test_story_language_comes_from_the_words_before_the_lang_attribute():
    german = ["Die Regierung hat sich mit den Ländern auf die neuen Regeln für den Winter geeinigt, und das ist nicht alles."]
    assert stray.story_language(german * 3, "en") == "de"
    assert stray.story_language(["Lorem ipsum dolor sit amet."], "pt-BR") == "pt"
    assert stray.story_language(["Lorem ipsum dolor sit amet."], None) is None


def test_site_notices_are_not_judged():
    notices = [
        "CNN's Jason Carroll, Ben Brumfield and Greg Botelho contributed to this report, with others from the desk.",
        "Join the conversation in our comments section below and share your own views and experience with us all.",
        "In den Produktempfehlungen befinden sich sogenannte Affiliate-Links, an denen wir eine kleine Provision verdienen.",
        "Email Tariq Malik at tmalik@space.com or follow him on the usual networks for more stories like this one.",
    ]
    for text in notices:
        assert stray.is_site_notice(text), text
    assert not stray.is_site_notice(STORY[1])
    verdicts = stray.judge([], STORY + notices)
    assert [v.judged for v in verdicts] == [True] * len(STORY) + [False] * len(notices)


def test_a_quotation_from_a_speaker_the_story_never_names_counts_against_it():
    used = {t: 2 for t in stray.terms_of("Rubio met Bukele in San Salvador.")[0]}
    assert stray._new_speaker("“It has been a profound honor to serve,” Asakawa was quoted as saying.", used)
    assert not stray._new_speaker("“No country’s ever made an offer of friendship such as this,” Rubio said.", used)
    assert not stray._new_speaker("“We are profoundly grateful,” he said.", used)  # no name outside the quote
    assert not stray._new_speaker("Asakawa said the bank would lend more next year to the region.", used)


def test_features_cover_every_weight():
    assert set(stray.WEIGHTS) == set(stray.FEATURES) == set(stray.PARAGRAPH_FEATURES) | set(stray.STORY_FEATURES)
    assert set(stray.FIRST_WEIGHTS) == set(stray.PARAGRAPH_FEATURES)
    feats = stray.features([], STORY)
    assert all(f is not None and set(f) == set(stray.FEATURES) for f in feats)


def test_a_story_whose_other_paragraphs_wander_makes_one_more_less_telling():
    """The story features: the share of the other paragraphs that the first pass finds off-topic."""
    coherent = stray.features(["Springfield closes Riverside bridge"], STORY[:3] + [FOREIGN] + STORY[3:])
    assert coherent[3]["others_above_1"] == 0.0 and coherent[0]["others_above_1"] > 0.0  # only FOREIGN stands out
    assert coherent[3]["log_judged"] == pytest.approx(math.log(7))
    # The same paragraph in a story where four others share nothing either (a page of teasers).
    teasers = [
        "Astronomers at the Palomar observatory in California photographed a bright comet passing close to Jupiter "
        "last winter, and amateur stargazers across Europe have since followed its long tail with small telescopes.",
        "A family bakery in Lyon won the national croissant contest with a recipe handed down by three generations "
        "of pastry cooks, beating two hundred rivals from Paris, Marseille and Bordeaux in a blind tasting.",
        "Volcanic ash drifting from Iceland grounded flights across Scandinavia for the second time this spring, "
        "stranding thousands of travellers at airports in Oslo, Stockholm and Copenhagen for most of the weekend.",
        "Collectors paid record sums for postage stamps printed in colonial Mauritius during an auction in Geneva, "
        "where a single envelope bearing two rare orange stamps fetched more than four million francs.",
    ]
    wandering = stray.features(["Springfield closes Riverside bridge"], STORY[:2] + teasers + [FOREIGN] + STORY[2:])
    assert wandering[6]["others_above_1"] >= 0.3
    assert stray.score_of(wandering[6]) < stray.score_of(coherent[3]) - 3


def test_paragraphs_in_comment_and_author_blocks_are_told_by_their_markup():
    root = lxml.html.fromstring(
        "<article><p id=a>story</p><div class='comment-content'><p id=b>reader</p></div>"
        "<div class='author-section__text'><p id=c>bio</p></div><header><p id=d>byline</p></header>"
        "<a href='/x'><p id=e>teaser</p></a><div class='entry author-jane'><p id=f>story too</p></div>"
        "<section id=comments><p id=g>reader</p></section></article>"
    )
    aside = {p.get("id"): stray._in_aside_block(p, root) for p in root.iter("p")}
    assert aside == {"a": False, "b": True, "c": True, "d": True, "e": True, "f": False, "g": True}
    feats = stray.features([], STORY, asides={2})
    assert [f["aside_block"] for f in feats] == [0.0, 0.0, 1.0, 0.0, 0.0, 0.0]


# -- quality gates over the corpus ----------------------------------------------------------------------
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
