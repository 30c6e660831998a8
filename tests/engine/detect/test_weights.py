"""The detector's learned weights, read from the packaged weights.json and checked whole."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newsclean.engine.detect import learned
from newsclean.engine.detect.features import NAMES
from newsclean.engine.detect.weights import WeightsError, load


def shipped() -> dict:
    return json.loads(resources.files("newsclean.engine.detect").joinpath("weights.json").read_text(encoding="utf-8"))


def test_the_packaged_weights_are_the_ones_in_force():
    data = shipped()
    fitted = load(NAMES)
    assert fitted.weights == data["weights"] and fitted.intercept == data["intercept"]
    assert (fitted.remove_at, fitted.mark_at) == (data["remove_at"], data["mark_at"])
    assert (learned.WEIGHTS, learned.INTERCEPT, learned.FITTED) == (fitted.weights, fitted.intercept, fitted)
    assert list(fitted.weights) == list(NAMES)


def broken(change) -> str:
    data = shipped()
    change(data)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", r"weights.json: not JSON: "),
        ("[1, 2]", r"weights.json: must be a JSON object with weights, intercept, remove_at, mark_at$"),
        (broken(lambda d: d.pop("remove_at")), r"weights.json: missing remove_at$"),
        (broken(lambda d: d["weights"].pop("email_input")), r"weights.json: `weights`: no weight for email_input$"),
        (
            broken(lambda d: d["weights"].update(extra=2.0, another=1.0)),
            r"weights.json: `weights`: weights for unknown features another, extra$",
        ),
        (broken(lambda d: d["weights"].update(slot="0.5")), r"weights.json: `weights.slot` must be a finite number, not '0.5'"),
        (broken(lambda d: d.update(mark_at=True)), r"`mark_at` must be a finite number, not True"),
        (broken(lambda d: d.update(intercept=float("inf"))), r"`intercept` must be a finite number, not inf"),
        (broken(lambda d: d.update(weights=[1.0])), r"`weights` must be an object of feature -> weight"),
        (broken(lambda d: d.update(mark_at=3.0, remove_at=2.0)), r"`mark_at` \(3\) must be below `remove_at` \(2\)"),
    ],
)
def test_a_broken_file_fails_with_what_is_wrong(text, message):
    with pytest.raises(WeightsError, match=message):
        load(NAMES, text)
