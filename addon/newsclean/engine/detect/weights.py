"""The detector's learned weights, read from weights.json beside this file (package data, in the
wheel too) once, when the learned score is first imported, and checked whole (engine/weightsfile.py),
the remove threshold above the mark threshold.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..weightsfile import FILE, WeightsError, number, read, weights

_KEYS = ("weights", "intercept", "remove_at", "mark_at")


@dataclass(frozen=True)
class Fitted:
    weights: dict  # feature -> weight on the log-odds that the block is junk
    intercept: float
    remove_at: float  # log-odds at which a block scores the remove threshold
    mark_at: float  # ... the mark threshold


def load(names, text: str | None = None) -> Fitted:
    """The weights in ``text`` (by default the packaged weights.json), checked against ``names``."""
    data = read(__package__, _KEYS, text)
    fitted = Fitted(
        weights(data["weights"], "weights", names),
        number(data["intercept"], "intercept"),
        number(data["remove_at"], "remove_at"),
        number(data["mark_at"], "mark_at"),
    )
    if fitted.mark_at >= fitted.remove_at:
        raise WeightsError(f"{FILE}: `mark_at` ({fitted.mark_at:g}) must be below `remove_at` ({fitted.remove_at:g})")
    return fitted


__all__ = ["Fitted", "WeightsError", "load"]
