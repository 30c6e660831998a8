"""The detector's fitted weights, read from the packaged weights.json and checked whole."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newsclean.engine import stray
from newsclean.engine.stray.features import FEATURES, PARAGRAPH_FEATURES
from newsclean.engine.stray.weights import WeightsError, load


def shipped() -> dict:
    return json.loads(resources.files("newsclean.engine.stray").joinpath("weights.json").read_text(encoding="utf-8"))


def test_the_packaged_weights_are_the_ones_in_force():
    data = shipped()
    fitted = load(PARAGRAPH_FEATURES, FEATURES)
    assert fitted.first_weights == data["first_weights"] and fitted.weights == data["weights"]
    assert (fitted.first_intercept, fitted.intercept, fitted.threshold) == (
        data["first_intercept"], data["intercept"], data["threshold"]
    )
    assert (stray.WEIGHTS, stray.FIRST_WEIGHTS, stray.THRESHOLD) == (fitted.weights, fitted.first_weights, fitted.threshold)
    assert stray.THRESHOLD == 2.86 and stray.WEIGHTS["names_new"] == 3.0242  # as fitted, exactly


def broken(change) -> str:
    data = shipped()
    change(data)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", r"weights.json: not JSON: "),
        ("[1, 2]", r"weights.json: must be a JSON object with first_weights, first_intercept, weights, intercept, threshold"),
        (broken(lambda d: d.pop("threshold")), r"weights.json: missing threshold$"),
        (broken(lambda d: d["weights"].pop("names_new")), r"weights.json: `weights`: no weight for names_new$"),
        (
            broken(lambda d: d["first_weights"].update(log_judged=1.0, extra=2.0)),
            r"weights.json: `first_weights`: weights for unknown features extra, log_judged$",
        ),
        (broken(lambda d: d["weights"].update(top1="0.5")), r"weights.json: `weights.top1` must be a finite number, not '0.5'"),
        (broken(lambda d: d.update(threshold=True)), r"`threshold` must be a finite number, not True"),
        (broken(lambda d: d.update(intercept=float("nan"))), r"`intercept` must be a finite number, not nan"),
        (broken(lambda d: d.update(weights=[1.0])), r"`weights` must be an object of feature -> weight"),
    ],
)
def test_a_broken_file_fails_with_what_is_wrong(text, message):
    with pytest.raises(WeightsError, match=message):
        load(PARAGRAPH_FEATURES, FEATURES, text)
