"""Junk goes: realistic junk of every kind (tests/corpus/junk.py) put into every corpus page; with the
default rules at least 99% of each kind is removed. The figures: `python -m bench.default_rules`."""

from __future__ import annotations

from pathlib import Path

import pytest

from .junk import JUNK_ATTR, KINDS

pytestmark = pytest.mark.corpus

TARGET = 0.99


@pytest.mark.parametrize("kind", KINDS)
def test_junk_kind_removed(default_rules_summary, kind):
    counts = default_rules_summary.junk_counts("kind")[kind]
    assert counts["total"] >= 1000, "the test set holds too few pieces of this kind to measure 99%"
    share = counts["removed"] / counts["total"]
    left = [
        f"{page.id}: {item}"
        for page in default_rules_summary.pages
        for item, _shape, verdict in page.junk
        if verdict != "removed" and item.startswith(kind + ":")
    ]
    assert share >= TARGET, f"{kind}: {share:.2%} removed; left e.g. {left[:5]}"


def test_every_shape_is_in_the_test_set(default_rules_summary):
    shapes = default_rules_summary.junk_counts("shape")
    for kind in KINDS:
        kinds_shapes = [s for s in shapes if s.startswith(kind + ":")]
        assert len(kinds_shapes) >= 6, f"{kind}: only {kinds_shapes}"
        assert all(shapes[s]["total"] >= 50 for s in kinds_shapes), {s: shapes[s]["total"] for s in kinds_shapes}


def test_rules_do_not_see_the_measuring_mark():
    """Pieces are told apart by their data-junk attribute; a rule that used it would cheat."""
    rules = Path(__file__).resolve().parents[2] / "rules"
    for path in rules.glob("*.toml"):
        assert JUNK_ATTR not in path.read_text(encoding="utf-8"), path
