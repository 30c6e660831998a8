"""The learned score beside the hand-set one: a logistic regression over features.py, its weights
fitted on the hand-labelled tuning pages (`python -m bench.detect_fit --fit`) and read from
weights.json once, at import. Plain Python: nothing but the weights is needed at run time.

It can only raise a block the hand scorer already sees some evidence in (hand-set points above 0),
and only when its own verdict is surer: the block then scores the learned points, in the same
points as the hand scorer's (the log-odds `remove_at` is the remove threshold, `mark_at` the mark
threshold), so a site's `detect = { remove, mark }` moves both alike. The kind stays the hand
scorer's, and the why says what drove the learned score: its features that added most.
"""

from __future__ import annotations

from . import features, score
from .signals import Signals
from .weights import load

FITTED = load(features.NAMES)
WEIGHTS, INTERCEPT = FITTED.weights, FITTED.intercept
# Whether the detector scores with it by default (bench.detect_fit measures it; README says why).
IN_FORCE = False
TOP = 3  # features a why names
CAP = score.REMOVE + 3.0  # the most points a learned score gives


def logit(f: dict) -> float:
    """The log-odds that the block is junk."""
    return INTERCEPT + sum(WEIGHTS[n] * f[n] for n in features.NAMES)


def points(z: float) -> float:
    """Log-odds as the hand scorer's points: `mark_at` is score.MARK, `remove_at` score.REMOVE."""
    slope = (score.REMOVE - score.MARK) / (FITTED.remove_at - FITTED.mark_at)
    return min(CAP, score.MARK + (z - FITTED.mark_at) * slope)


def drivers(f: dict, top: int = TOP) -> list[str]:
    """The features that added most to the log-odds, as a why says them."""
    parts = sorted(((WEIGHTS[n] * f[n], n) for n in features.NAMES if WEIGHTS[n] * f[n] > 0), reverse=True)
    return [f"{features.about(n)} {v:+.1f}" for v, n in parts[:top]]


def best(s: Signals) -> score.Score:
    """The hand scorer's verdict, or the learned one where that is surer."""
    hand = score.best(s)
    if hand.points <= 0:
        return hand
    f = features.vector(s, {**features.kind_points(s), "best": hand.points})
    p = points(logit(f))
    if p <= hand.points:
        return hand
    why = f"learned {p:.1f} over hand-set {hand.points:.1f}: " + ", ".join(drivers(f))
    return score.Score(hand.kind, round(p, 2), (*hand.why, why))
