"""The bundled default rules (rules/_default.toml), one fixture folder a behaviour:

    tests/sites/default-<case>/   (the fixture format and its runner: tests/test_sites.py)

Here: every default rule has a case, and the behaviours the issue names in so many words.

The corpus-wide figures are tests/corpus/ and `python -m bench.default_rules`.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from newsclean.engine import document
from newsclean.engine.book.compile import parse_rule_text
from newsclean.engine.book.rulebook import RuleBook
from newsclean.rules.folders import rule_dirs

from ..test_sites import CASES as ALL_CASES
from ..test_sites import load_case, run_case

REPO = Path(__file__).resolve().parents[2]
DEFAULT_FILE = REPO / "rules" / "_default.toml"
CASES = [name for name in ALL_CASES if name.startswith("default-")]


def test_cases_cover_every_default_rule():
    rules = tomllib.loads(DEFAULT_FILE.read_text(encoding="utf-8"))["rule"]
    covered = set()
    for name in CASES:
        covered.update(load_case(name)[0].get("by", []))
    missing = {r["name"] for r in rules} - covered
    assert not missing, f"default rules without a fixture case: {sorted(missing)}"


def test_spam_link_between_sentences_goes_with_its_words_a_hijacked_word_is_unwrapped():
    _, data, result = run_case("default-spam-inline")
    unwrapped = [r for r in result.report.removals if r.action == "unwrap"]
    assert {r.text for r in unwrapped} == {"cafeteria"}
    appended = [r for r in result.report.removals if r.rule == "_default:spam-link-appended"]
    assert [(r.action, r.text) for r in appended] == [("remove", "slot gacor")]
    root = document.parse(result.body)[0]
    first = root.cssselect(".entry-content p")[0]
    assert "slot gacor" not in first.text_content() and not first.findall("a")
    assert "said on Friday. The change follows" in " ".join(first.text_content().split())


def test_spam_link_inside_a_sentence_is_unwrapped_not_removed():
    _, data, result = run_case("default-spam-in-sentence")
    unwrapped = [r for r in result.report.removals if r.action == "unwrap"]
    assert {r.text for r in unwrapped} == {"casino online"}


def test_unsure_spam_link_is_marked_not_removed():
    _, _, result = run_case("default-spam-standalone")
    root = document.parse(result.body)[0]
    marked = root.cssselect("a.newsclean-mark")
    assert [(a.get("href"), a.get("data-newsclean")) for a in marked] == [
        ("https://hoki777-login.vip/", "_default:spam-href-standalone")
    ]


def test_teaser_paragraph_goes_whole():
    _, _, result = run_case("default-teaser-paragraph")
    teasers = [r for r in result.report.removals if r.rule == "_default:teaser-label"]
    assert [(r.action, r.element) for r in teasers] == [("remove", "p"), ("remove", "p")]


# -- switching default rules off --------------------------------------------------------------------


def _default_rule_names() -> list[str]:
    return [r["name"] for r in tomllib.loads(DEFAULT_FILE.read_text(encoding="utf-8"))["rule"]]


def test_every_default_rule_has_a_name_and_a_reason():
    rules = tomllib.loads(DEFAULT_FILE.read_text(encoding="utf-8"))["rule"]
    assert all(r.get("name") and r.get("reason") for r in rules)
    assert {"hidden-link-block", "spam-link-paragraph", "spam-link-inline"} <= set(_default_rule_names())


@pytest.mark.parametrize("rule_name", _default_rule_names())
def test_a_site_file_switches_any_default_rule_off_by_name(rule_name, tmp_path):
    (tmp_path / "example.com.toml").write_text(f'[site]\ndisable = ["{rule_name}"]\n', encoding="utf-8")
    book = RuleBook.load(rule_dirs(tmp_path))
    assert not book.errors
    names_here = {r.name for r in book.plan_for("www.example.com").rules}
    names_elsewhere = {r.name for r in book.plan_for("www.example.org").rules}
    assert rule_name not in names_here and rule_name in names_elsewhere
    assert names_elsewhere - names_here == {rule_name}


# -- the rule file itself ---------------------------------------------------------------------------


def test_default_file_parses_cleanly():
    parsed = parse_rule_text(DEFAULT_FILE.read_text(encoding="utf-8"), str(DEFAULT_FILE), "_default")
    assert not parsed.errors, [str(e) for e in parsed.errors]


def test_spam_vocabulary_is_named_not_copied():
    """The spam words live once, in newsclean/rules/words.py: the default rules name the list."""
    rules = tomllib.loads(DEFAULT_FILE.read_text(encoding="utf-8"))["rule"]
    assert not [r["name"] for r in rules if "text-regex" in r or "href-regex" in r]
    assert [r["name"] for r in rules if r.get("text-words") == "spam"] == [
        "hidden-spam-text", "spam-link-paragraph", "spam-link-appended", "spam-link-inline"]
    assert [r["name"] for r in rules if r.get("href-words") == "spam"] == ["spam-href-standalone", "spam-href-inline"]
