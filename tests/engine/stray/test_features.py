"""What is measured of each paragraph against the rest of its story."""

from __future__ import annotations

import math

import pytest

from newsclean.engine.stray.features import (
    FEATURES,
    FIRST_WEIGHTS,
    PARAGRAPH_FEATURES,
    STORY_FEATURES,
    _new_speaker,
    features,
    is_site_notice,
)
from newsclean.engine.stray.judge import WEIGHTS, judge, score_of
from newsclean.engine.stray.terms import _stem, background, terms_of

from .stories import FOREIGN, STORY


def test_word_frequencies_weigh_shared_terms():
    """Sharing a rare word is evidence; sharing a word any text of that length holds is not."""
    english = background("en")
    assert english is not None and english[_stem("government")] > 1e-4
    assert english.get(_stem("bukele"), 0.0) < 1e-6
    story = [
        "Bukele's government opened the prison at Tecoluca to foreign inmates on Monday, the government said.",
        "The prison at Tecoluca holds forty thousand inmates, and Bukele wants more of them from abroad.",
        "Critics of Bukele say the Tecoluca prison holds people without trial for months on end.",
        "Rubio thanked Bukele for the offer to take inmates from the United States into the prison.",
        "The government of the country said the offer of help would be considered carefully by officials.",
    ]
    feats = features([], story, "en")
    # The last paragraph shares only common words ("government", "offer"): little evidence.
    assert feats[4]["top1"] < feats[0]["top1"] and feats[4]["evidence"] < min(f["evidence"] for f in feats[:4])
    # Without a frequency list the story's own counts still decide.
    assert features([], story, "xx")[4] is not None


def test_site_notices_are_not_judged():
    notices = [
        "CNN's Jason Carroll, Ben Brumfield and Greg Botelho contributed to this report, with others from the desk.",
        "Join the conversation in our comments section below and share your own views and experience with us all.",
        "In den Produktempfehlungen befinden sich sogenannte Affiliate-Links, an denen wir eine kleine Provision verdienen.",
        "Email Tariq Malik at tmalik@space.com or follow him on the usual networks for more stories like this one.",
    ]
    for text in notices:
        assert is_site_notice(text), text
    assert not is_site_notice(STORY[1])
    verdicts = judge([], STORY + notices)
    assert [v.judged for v in verdicts] == [True] * len(STORY) + [False] * len(notices)


def test_a_quotation_from_a_speaker_the_story_never_names_counts_against_it():
    used = {t: 2 for t in terms_of("Rubio met Bukele in San Salvador.")[0]}
    assert _new_speaker("“It has been a profound honor to serve,” Asakawa was quoted as saying.", used)
    assert not _new_speaker("“No country’s ever made an offer of friendship such as this,” Rubio said.", used)
    assert not _new_speaker("“We are profoundly grateful,” he said.", used)  # no name outside the quote
    assert not _new_speaker("Asakawa said the bank would lend more next year to the region.", used)


def test_features_cover_every_weight():
    assert set(WEIGHTS) == set(FEATURES) == set(PARAGRAPH_FEATURES) | set(STORY_FEATURES)
    assert set(FIRST_WEIGHTS) == set(PARAGRAPH_FEATURES)
    feats = features([], STORY)
    assert all(f is not None and set(f) == set(FEATURES) for f in feats)


def test_a_story_whose_other_paragraphs_wander_makes_one_more_less_telling():
    """The story features: the share of the other paragraphs that the first pass finds off-topic."""
    coherent = features(["Springfield closes Riverside bridge"], STORY[:3] + [FOREIGN] + STORY[3:])
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
    wandering = features(["Springfield closes Riverside bridge"], STORY[:2] + teasers + [FOREIGN] + STORY[2:])
    assert wandering[6]["others_above_1"] >= 0.3
    assert score_of(wandering[6]) < score_of(coherent[3]) - 3
