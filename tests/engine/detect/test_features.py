"""The learned score's features: each one named, measured from a block's Signals, with a case that
gives it a value other than a plain block's."""

from __future__ import annotations

import math

import pytest

from newsclean.engine.detect import features, score
from newsclean.engine.detect.signals import Signals


def sig(**kw) -> Signals:
    base = dict(tag="div", text="Some words of a box here", words=5, chars=24, nonlink_words=5, position="between")
    base.update(kw)
    return Signals(**base)


PLAIN = sig()
OTHER_PLACE = {"between": sig(position="after")}  # (a plain block is between the story's paragraphs)
# feature -> (the signals of a block that gives it, its value there)
CASES = {
    "hand_ad": (sig(text="", words=0, chars=0, nonlink_words=0, slot=True, tokens={"ad": ["ad"]}), None),
    "hand_teaser": (sig(words=30, chars=200, links=3, link_chars=190, headline_links=3, same_site_headlines=3), None),
    "hand_newsletter": (sig(email_input=True, submit=True), None),
    "hand_promo": (sig(words=3, chars=12, share_links=2, links=2), None),
    "hand_best": (sig(email_input=True, submit=True), None),
    "log_words": (sig(words=20), math.log1p(20)),
    "log_own_words": (sig(nonlink_words=9), math.log1p(9)),
    "few_words": (sig(words=3), 1.0),
    "no_words": (sig(text="", words=0, chars=0, nonlink_words=0), 1.0),
    "sentences": (sig(sentences=7), 3.0),
    "own_sentence": (sig(sentences=1, nonlink_words=8, words=8), 1.0),
    "label_end": (sig(label="Read more:", label_words=2), 1.0),
    "link_share": (sig(chars=100, link_chars=40), 0.4),
    "links": (sig(links=9), 5.0),
    "headline_links": (sig(headline_links=2), 2.0),
    "same_site_headlines": (sig(same_site_headlines=4), 4.0),
    "one_headline": (sig(headline_links=1), 1.0),
    "offsite_links": (sig(offsite_links=2), 2.0),
    "social_links": (sig(social_links=4), 3.0),
    "share_links": (sig(share_links=1), 1.0),
    "cards": (sig(cards=8), 6.0),
    "link_card": (
        sig(text="A story", words=2, chars=30, media=True, same_site_headlines=1, headline_links=1, links=1, link_chars=30,
            nonlink_words=0),
        1.0,
    ),
    "email_input": (sig(email_input=True), 1.0),
    "text_input": (sig(text_input=True), 1.0),
    "search_form": (sig(search_form=True), 1.0),
    "textarea": (sig(textarea=True), 1.0),
    "submit": (sig(submit=True), 1.0),
    "signup": (sig(signup_frame=True), 1.0),
    "slot": (sig(slot=True), 1.0),
    "empty_box": (sig(empty_box=True), 1.0),
    "media": (sig(media=True), 1.0),
    "heading": (sig(tag="h3", heading=True), 1.0),
    "list_tag": (sig(tag="ol"), 1.0),
    "figure_tag": (sig(tag="figcaption"), 1.0),
    "item_tag": (sig(tag="li"), 1.0),
    "between": (sig(position="between"), 1.0),
    "after": (sig(position="end"), 1.0),
    "before": (sig(position="before"), 1.0),
    "repeated": (sig(repeats=3), 1.0),
    "typeset": (sig(typeset=frozenset(("small", "grey", "centred", "capitals"))), 3.0),
    "heads_prose": (sig(heads_prose=True), 1.0),
    "token_ad": (sig(tokens={"ad": ["advert"]}), 1.0),
    "token_teaser": (sig(tokens={"teaser": ["related"]}), 1.0),
    "token_newsletter": (sig(tokens={"newsletter": ["signup"]}), 1.0),
    "token_promo": (sig(tokens={"promo": ["share"]}), 1.0),
    "token_story": (sig(tokens={"story": ["caption"]}), 1.0),
    "own_token": (sig(own_tokens={"teaser"}), 1.0),
    "words_ad": (sig(vocab={"ad": ["advertisement"]}), 1.0),
    "words_teaser": (sig(vocab={"teaser": ["read more"]}), 1.0),
    "words_newsletter": (sig(vocab={"newsletter": ["newsletter"]}), 1.0),
    "words_promo": (sig(vocab={"promo": ["follow us"]}), 1.0),
    "words_self": (sig(vocab={"self": ["article"]}), 1.0),
    "words_continue": (sig(vocab={"continue": ["continues"]}), 1.0),
    "vocab_share": (sig(vocab_share=0.75), 0.75),
}


def test_every_feature_has_a_case_and_an_about():
    assert set(CASES) == set(features.NAMES)
    assert all(features.about(name) for name in features.NAMES)


@pytest.mark.parametrize("name", features.NAMES)
def test_each_feature_reads_its_signal(name):
    s, want = CASES[name]
    got = features.vector(s)[name]
    plain = features.vector(OTHER_PLACE.get(name, PLAIN))[name]
    if want is None:  # a hand score: what the hand scorer gives the block
        hand = features.hand_scores(s)
        assert got == hand[name.removeprefix("hand_")] and got > plain
    else:
        assert got == pytest.approx(want) and got != plain


def test_hand_scores_are_the_hand_scorer_s():
    s = CASES["hand_newsletter"][0]
    hand = features.hand_scores(s)
    assert hand["newsletter"] == score.newsletter(s).points and hand["best"] == score.best(s).points
    assert features.kind_points(s) == {k: v for k, v in hand.items() if k != "best"}


def test_a_vector_is_numbers_only_and_bounded():
    big = sig(words=5000, chars=40000, nonlink_words=5000, links=400, headline_links=300, cards=200, sentences=300)
    v = features.vector(big)
    assert all(isinstance(x, float) and math.isfinite(x) for x in v.values())
    assert max(v[n] for n in ("links", "headline_links", "cards", "sentences")) <= 6.0
