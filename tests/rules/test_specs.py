"""Specs are plain values: they pickle (a worker process is handed them) and say where they were written."""

from __future__ import annotations

import pickle

from newsclean.rules import read_rule_file, read_rule_text
from newsclean.rules.folders import BUNDLED_RULES
from newsclean.rules.specs import SiteSettings

TEXT = """[site]
guard = 0.5

[[rule]]
name = "promo"
reason = "Promo box"
css = ".promo"
in-text = true

[[rule]]
reason = "Ad label"
text = "Advertisement"
upward = 1
"""


def test_bundled_specs_pickle_and_come_back_equal():
    for path in sorted(BUNDLED_RULES.glob("*.toml")):
        spec = read_rule_file(path)
        again = pickle.loads(pickle.dumps(spec))
        assert again == spec and again.rules and again.rules[0].table == spec.rules[0].table


def test_a_spec_keeps_the_rule_as_written_and_where_it_was():
    spec = read_rule_text(TEXT, "x/example.com.toml", "example.com")
    first, second = spec.rules
    assert (first.id, first.line, first.action, first.renamed) == ("example.com:promo", 4, "remove", ("in-text",))
    assert "in-sentence" in first.table and "in-text" in first.written  # renamed for the engine, kept for the API
    assert (second.id, second.line) == ("example.com#2", 10)
    assert spec.where("rule", 1, "upward") == (13, 10) and spec.where("site", None, "guard") == (2, 9)
    assert SiteSettings().merged(spec.settings).guard == 0.5
