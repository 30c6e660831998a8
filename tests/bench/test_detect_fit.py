"""`python -m bench.detect_fit`: the detector's learned score fitted on the tuning pages alone,
seeded and reproducible, its thresholds set so that it takes none of the tuning set's story blocks."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from bench import detect_fit
from newsclean.engine.detect import features, score

from ..conftest import CORPUS_DIR, need_shared


def row(page: str, kind, **values) -> tuple:
    f = dict.fromkeys(features.NAMES, 0.0)
    f.update(values)
    return (page, kind, f, "")


SYNTHETIC = [
    *(row(f"j{n}", "newsletter", email_input=1.0, hand_best=2.5, hand_newsletter=2.5) for n in range(12)),
    *(row(f"s{n}", None, sentences=3.0, hand_best=0.5 if n % 2 else -1.0) for n in range(12)),
    row("s-odd", None, email_input=1.0, sentences=3.0, hand_best=1.0),  # a story block that looks like a form
]


def test_folds_are_seeded_and_deal_out_every_page_once():
    a, b = detect_fit.folds(SYNTHETIC, 5, 12), detect_fit.folds(SYNTHETIC, 5, 12)
    assert a == b and a != detect_fit.folds(SYNTHETIC, 5, 13)
    pages = {r[0] for r in SYNTHETIC}
    assert set().union(*a) == pages and sum(len(f) for f in a) == len(pages)


def test_the_fit_learns_the_evidence_and_the_thresholds_spare_the_story_s_blocks():
    weights, intercept = detect_fit.fit(SYNTHETIC)
    assert weights["email_input"] > 0 > weights["sentences"]
    remove, mark = detect_fit.thresholds(SYNTHETIC, weights, intercept)
    assert mark <= remove - 1.0
    for _page, kind, f, _text in SYNTHETIC:
        both = detect_fit.combined(f, detect_fit.logit(weights, intercept, f), remove, mark)
        assert both >= f["hand_best"]  # never below the hand scorer
        if kind is None and f["hand_best"] < score.REMOVE:
            assert both < score.REMOVE  # the learned score takes none of the story's blocks it was fitted on
    # (the junk blocks, scored 2.5 by hand, are surer than every story block once the fit has seen them)
    assert all(detect_fit.combined(f, detect_fit.logit(weights, intercept, f), remove, mark) > 2.5
               for _p, kind, f, _t in SYNTHETIC if kind)


def test_only_the_tuning_parts_are_read():
    assert detect_fit.TUNING == tuple(f"labels-part{n}" for n in range(5))


@pytest.mark.corpus
def test_the_packaged_weights_are_what_the_fit_prints(capsys):
    need_shared(CORPUS_DIR)
    assert detect_fit.main(["--fit"]) == 0
    printed = json.loads(capsys.readouterr().out)
    shipped = json.loads(resources.files("newsclean.engine.detect").joinpath("weights.json").read_text(encoding="utf-8"))
    assert printed == shipped
