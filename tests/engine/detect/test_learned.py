"""The learned score beside the hand-set one: in the hand scorer's points, never below its verdict,
only where it sees some evidence, and explained by the features that drove it."""

from __future__ import annotations

import pytest

from newsclean.engine import detect
from newsclean.engine.detect import features, learned, score
from newsclean.engine.detect.signals import Signals

from .pages import page, story

# A box's title after the story, a heading holding one link, named and worded as a teaser box: the
# hand scorer marks it (a heading counts against junk), the learned score is surer.
READ_NEXT = '<div class="read-next"><h3><a href="/2024/05/another-story-on-the-budget">Read Next</a></h3></div>'


def sig(**kw) -> Signals:
    base = dict(tag="div", text="x", words=1, chars=1, position="between")
    base.update(kw)
    return Signals(**base)


def test_thresholds_in_log_odds_are_the_hand_scorer_s_points():
    assert learned.points(learned.FITTED.mark_at) == pytest.approx(score.MARK)
    assert learned.points(learned.FITTED.remove_at) == pytest.approx(score.REMOVE)
    assert learned.points(learned.FITTED.remove_at + 100) == learned.CAP


@pytest.mark.parametrize(
    "s",
    [
        sig(),  # nothing for any kind
        sig(text="", words=0, chars=0, empty_box=True, tokens={"teaser": ["related"]}),
        sig(tag="ul", words=30, chars=200, links=3, link_chars=190, headline_links=3, same_site_headlines=3),
        sig(text="Get the briefing Sign up", words=5, chars=24, text_input=True, submit=True, nonlink_words=5),
        sig(text="The ad campaign was launched on Monday by the ministry.", words=10, chars=55, sentences=1,
            nonlink_words=10, vocab={"ad": ["ad"]}),
    ],
)
def test_never_below_the_hand_scorer_and_nothing_without_its_evidence(s):
    hand, both = score.best(s), learned.best(s)
    assert both.kind == hand.kind and both.points >= hand.points
    if hand.points <= 0:
        assert both == hand
    if both.points > hand.points:
        assert both.why[: len(hand.why)] == hand.why and both.why[-1].startswith("learned ")


def test_drivers_are_the_features_that_added_most():
    f = features.vector(sig(text="", words=0, chars=0, empty_box=True, tokens={"teaser": ["related"]}))
    said = learned.drivers(f)
    added = sorted((learned.WEIGHTS[n] * f[n], n) for n in features.NAMES if learned.WEIGHTS[n] * f[n] > 0)
    assert len(said) == min(learned.TOP, len(added))
    assert said[0] == f"{features.about(added[-1][1])} {added[-1][0]:+.1f}"


def test_a_box_title_the_hand_scorer_only_marks_goes_with_the_learned_score_and_says_why():
    data = story(after=READ_NEXT)
    (hand,) = detect.find(page(data), detect.Settings(learned=False))
    (both,) = detect.find(page(data), detect.Settings(learned=True))
    assert hand.action == "mark" and score.MARK <= hand.score.points < score.REMOVE
    assert both.action == "remove" and both.score.points >= score.REMOVE and both.score.kind == hand.score.kind
    assert both.score.explain().startswith(f"teaser {both.score.points:.1f}: ")
    assert f"learned {both.score.points:.1f} over hand-set {hand.score.points:.1f}: " in both.score.explain()
    assert "listed words" in both.score.why[-1]  # its surest feature, by name


def test_a_site_s_thresholds_move_the_learned_score_alike():
    data = story(after=READ_NEXT)
    (both,) = detect.find(page(data), detect.Settings(learned=True))
    higher = detect.find(page(data), detect.Settings(learned=True, remove=both.score.points + 0.5, mark=2.0))
    assert [f.action for f in higher] == ["mark"]


def test_in_force_says_what_the_default_settings_score_with(monkeypatch):
    assert detect.scorer(detect.Settings()) is (learned.best if learned.IN_FORCE else score.best)
    monkeypatch.setattr(learned, "IN_FORCE", not learned.IN_FORCE)
    assert detect.scorer(detect.Settings()) is (learned.best if learned.IN_FORCE else score.best)
    assert detect.scorer(detect.Settings(learned=False)) is score.best
    assert detect.scorer(detect.Settings(learned=True)) is learned.best
