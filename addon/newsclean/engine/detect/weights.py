"""The detector's learned weights, read from weights.json beside this file (package data, in the
wheel too) once, when the learned score is first imported. The file is checked whole: every weight a
number, one for each feature of features.py and none for a feature that does not exist, and the
remove threshold above the mark threshold, so that a refit with a feature added or renamed fails on
import with the names that differ instead of scoring with a weight missing.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources

FILE = "weights.json"
_KEYS = ("weights", "intercept", "remove_at", "mark_at")


class WeightsError(ValueError):
    """weights.json is not what the detector needs (the message says what is wrong)."""


@dataclass(frozen=True)
class Fitted:
    weights: dict  # feature -> weight on the log-odds that the block is junk
    intercept: float
    remove_at: float  # log-odds at which a block scores the remove threshold
    mark_at: float  # ... the mark threshold


def load(names, text: str | None = None) -> Fitted:
    """The weights in ``text`` (by default the packaged weights.json), checked against ``names``."""
    if text is None:
        text = resources.files(__package__).joinpath(FILE).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except ValueError as err:
        raise WeightsError(f"{FILE}: not JSON: {err}") from None
    if not isinstance(data, dict):
        raise WeightsError(f"{FILE}: must be a JSON object with {', '.join(_KEYS)}")
    missing = [k for k in _KEYS if k not in data]
    if missing:
        raise WeightsError(f"{FILE}: missing {', '.join(missing)}")
    weights = data["weights"]
    if not isinstance(weights, dict):
        raise WeightsError(f"{FILE}: `weights` must be an object of feature -> weight")
    lacking = [n for n in names if n not in weights]
    unknown = sorted(set(weights) - set(names))
    if lacking or unknown:
        said = [f"no weight for {', '.join(lacking)}"] if lacking else []
        said += [f"weights for unknown features {', '.join(unknown)}"] if unknown else []
        raise WeightsError(f"{FILE}: `weights`: {'; '.join(said)}")
    fitted = Fitted(
        {name: _number(weights[name], f"weights.{name}") for name in names},
        _number(data["intercept"], "intercept"),
        _number(data["remove_at"], "remove_at"),
        _number(data["mark_at"], "mark_at"),
    )
    if fitted.mark_at >= fitted.remove_at:
        raise WeightsError(f"{FILE}: `mark_at` ({fitted.mark_at:g}) must be below `remove_at` ({fitted.remove_at:g})")
    return fitted


def _number(value, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise WeightsError(f"{FILE}: `{key}` must be a finite number, not {value!r}")
    return float(value)
