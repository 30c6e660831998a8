"""The stray detector's fitted weights, read from weights.json beside this file (package data, in
the wheel too) once, when the detector is first imported. The file is checked whole: every weight a
number, one for each feature and none for a feature that does not exist, so a refit with a feature
added or renamed fails on import with the names that differ instead of scoring with a weight missing.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources

FILE = "weights.json"
_KEYS = ("first_weights", "first_intercept", "weights", "intercept", "threshold")


class WeightsError(ValueError):
    """weights.json is not what the detector needs (the message says what is wrong)."""


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
    first = _weights(data["first_weights"], "first_weights", first_names)
    second = _weights(data["weights"], "weights", names)
    return Fitted(
        first, _number(data["first_intercept"], "first_intercept"),
        second, _number(data["intercept"], "intercept"),
        _number(data["threshold"], "threshold"),
    )


def _weights(value, key: str, names) -> dict:
    if not isinstance(value, dict):
        raise WeightsError(f"{FILE}: `{key}` must be an object of feature -> weight")
    lacking = [n for n in names if n not in value]
    unknown = sorted(set(value) - set(names))
    if lacking or unknown:
        said = [f"no weight for {', '.join(lacking)}"] if lacking else []
        said += [f"weights for unknown features {', '.join(unknown)}"] if unknown else []
        raise WeightsError(f"{FILE}: `{key}`: {'; '.join(said)}")
    return {name: _number(weight, f"{key}.{name}") for name, weight in value.items()}


def _number(value, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise WeightsError(f"{FILE}: `{key}` must be a finite number, not {value!r}")
    return float(value)
