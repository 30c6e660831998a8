"""A fitted weights file read whole (the stray detector's and the junk detector's weights.json): a
JSON object with the keys its reader needs, each feature's weight a finite number, one weight for
each feature the code has and none for a feature it does not, so that a refit with a feature added
or renamed fails on import with the names that differ instead of scoring with a weight missing."""

from __future__ import annotations

import json
import math
from importlib import resources

FILE = "weights.json"


class WeightsError(ValueError):
    """weights.json is not what the detector needs (the message says what is wrong)."""


def read(package: str, keys, text: str | None = None) -> dict:
    """The JSON object of ``text`` (by default ``package``'s weights.json), holding each of ``keys``."""
    if text is None:
        text = resources.files(package).joinpath(FILE).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except ValueError as err:
        raise WeightsError(f"{FILE}: not JSON: {err}") from None
    if not isinstance(data, dict):
        raise WeightsError(f"{FILE}: must be a JSON object with {', '.join(keys)}")
    missing = [k for k in keys if k not in data]
    if missing:
        raise WeightsError(f"{FILE}: missing {', '.join(missing)}")
    return data


def weights(value, key: str, names) -> dict:
    """``value`` as {feature: weight}, a weight for each of ``names`` and for nothing else."""
    if not isinstance(value, dict):
        raise WeightsError(f"{FILE}: `{key}` must be an object of feature -> weight")
    lacking = [n for n in names if n not in value]
    unknown = sorted(set(value) - set(names))
    if lacking or unknown:
        said = [f"no weight for {', '.join(lacking)}"] if lacking else []
        said += [f"weights for unknown features {', '.join(unknown)}"] if unknown else []
        raise WeightsError(f"{FILE}: `{key}`: {'; '.join(said)}")
    return {name: number(weight, f"{key}.{name}") for name, weight in value.items()}  # (in the file's order)


def number(value, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise WeightsError(f"{FILE}: `{key}` must be a finite number, not {value!r}")
    return float(value)


__all__ = ["FILE", "WeightsError", "number", "read", "weights"]
