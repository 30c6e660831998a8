"""The stray detector's fitted weights, read from weights.json beside this file (package data, in
the wheel too) once, when the detector is first imported, and checked whole (engine/weightsfile.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..weightsfile import WeightsError, number, read, weights

_KEYS = ("first_weights", "first_intercept", "weights", "intercept", "threshold")


@dataclass(frozen=True)
class Fitted:
    first_weights: dict  # feature -> weight of the first pass (paragraph features)
    first_intercept: float
    weights: dict  # feature -> weight of the second pass (all features)
    intercept: float
    threshold: float  # a paragraph whose second score passes it is flagged


def load(first_names, names, text: str | None = None) -> Fitted:
    """The weights in ``text`` (by default the packaged weights.json), checked against the feature
    names of the first pass (``first_names``) and of the second (``names``)."""
    data = read(__package__, _KEYS, text)
    return Fitted(
        weights(data["first_weights"], "first_weights", first_names),
        number(data["first_intercept"], "first_intercept"),
        weights(data["weights"], "weights", names),
        number(data["intercept"], "intercept"),
        number(data["threshold"], "threshold"),
    )


__all__ = ["Fitted", "WeightsError", "load"]
