"""The README's rule reference is written from the code: it says what the loader accepts."""

from __future__ import annotations

import pytest

from newsclean.engine.book import reference
from newsclean.engine.book.kinds import ACTIONS, CLIMBS, MATCHERS, Matcher, base
from newsclean.rules.errors import CODES

from ...conftest import REPO


def test_the_readme_tables_are_the_codes_own():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert reference.rewrite(text) == text, "run: python -m newsclean.engine.book.reference README.md"


def test_every_key_action_and_code_is_in_a_table():
    tables = reference.tables()
    for key in [*MATCHERS, *CLIMBS]:
        assert f"| `{key}` |" in tables["conditions"] + tables["climbs"], key
    for name in ACTIONS:
        assert f"| `{name}` |" in tables["actions"], name
    for code, (name, _help) in CODES.items():
        assert f"| {code} | {name} |" in tables["errors"], code


def test_a_kind_the_reference_does_not_place_stops_the_tables(monkeypatch):
    class Undocumented(Matcher):
        key = "undocumented-key"

    monkeypatch.setitem(base.MATCHERS, "undocumented-key", Undocumented)
    with pytest.raises(KeyError, match="undocumented-key"):
        reference.tables()


def test_check_mode_says_when_the_readme_drifted(tmp_path, capsys):
    readme = tmp_path / "README.md"
    text = (REPO / "README.md").read_text(encoding="utf-8")
    readme.write_text(text.replace("| `css` | CSS selector |", "| `css` | a selector |"), encoding="utf-8")
    assert reference.main(["--check", str(readme)]) == 1
    assert "differs from the code" in capsys.readouterr().out
    assert reference.main([str(readme)]) == 0
    assert readme.read_text(encoding="utf-8") == text
