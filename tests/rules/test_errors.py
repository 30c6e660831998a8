"""Rule file problems: stable codes with a name, a help line and a meaning; `path:line:col: CODE message`
with what a file name holds escaped; suggestions for near-miss keys."""

from __future__ import annotations

import re

import pytest

from newsclean.engine.book.rulebook import RuleBook
from newsclean.rules.errors import (
    CODES,
    MEANINGS,
    WARNINGS,
    RuleError,
    RuleSyntaxError,
    did_you_mean,
    printable,
)

from ..conftest import REPO


def test_codes_are_numbered_in_order_with_a_name_help_and_meaning():
    codes = list(CODES)
    assert codes == [f"NC{n:03d}" for n in range(1, len(codes) + 1)]  # new codes go at the end
    assert list(MEANINGS) == codes
    names = [name for name, _ in CODES.values()]
    assert len(set(names)) == len(names) and all(re.fullmatch(r"[a-z]+(-[a-z]+)*", n) for n in names)
    assert all(help_line and meaning for (_, help_line), meaning in zip(CODES.values(), MEANINGS.values()))
    assert WARNINGS <= set(codes)


def test_every_code_the_code_raises_is_known_and_every_known_code_is_raised():
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "addon" / "newsclean").rglob("*.py")
                        if p.name != "errors.py")
    used = set(re.findall(r"\"(NC\d{3})\"", sources))
    assert used == set(CODES)


def test_a_warning_says_so_in_its_meaning():
    for code in WARNINGS:
        assert MEANINGS[code].startswith("a warning"), code


@pytest.mark.parametrize("text, shown", [
    ("example.com.toml", "example.com.toml"),
    ("Café 広告.toml", "Café 広告.toml"),
    ("\x1b[31mred.toml", "\\x1b[31mred.toml"),
    ("a\nb.toml", "a\\x0ab.toml"),
    ("tab\there", "tab\\x09here"),
    ("x\x9b2J", "x\\x9b2J"),
    ("del\x7f", "del\\x7f"),
    ("line\u2028sep", "line\\u2028sep"),
    ("\udcff.toml", "\\xff.toml"),  # a byte that was not UTF-8, as the file system decoder keeps it
    ("\ud800", "\\ud800"),  # a lone surrogate
])
def test_printable(text, shown):
    assert printable(text) == shown
    printable(text).encode("utf-8")  # always encodable


def test_rule_error_as_printed_and_as_json():
    err = RuleError("NC005", "invalid CSS selector 'div[['", "rules/example.com.toml", 13, 7, rule=2)
    assert str(err) == "rules/example.com.toml:13:7: NC005 invalid CSS selector 'div[['"
    assert err.render() == f"{err}\n  help: {CODES['NC005'][1]}"
    assert err.to_dict() == {"path": "rules/example.com.toml", "line": 13, "col": 7, "code": "NC005",
                             "name": "bad-selector", "message": "invalid CSS selector 'div[['", "help": err.help}
    assert str(RuleError("NC012", "cannot read")) == "<rules>:1:1: NC012 cannot read"


def test_a_hostile_file_name_is_escaped_when_printed_and_kept_as_is_in_json():
    err = RuleError("NC011", "not a domain name", "rules/\x1b[2Jevil\n.toml")
    assert str(err) == "rules/\\x1b[2Jevil\\x0a.toml:1:1: NC011 not a domain name"
    assert err.to_dict()["path"] == "rules/\x1b[2Jevil\n.toml"


def test_errors_of_a_real_folder(tmp_path):
    (tmp_path / "example.com.toml").write_text('[[rule]]\nreason = "r"\ncss = "p.x"\nupwrd = 1\n')
    (tmp_path / "bad name.toml").write_text("")
    book = RuleBook.load([tmp_path])
    shown = sorted(str(e) for e in book.errors)
    assert shown == [
        f"{tmp_path / 'bad name.toml'}:1:1: NC011 'bad name.toml' is not a domain name or _default",
        f"{tmp_path / 'example.com.toml'}:4:9: NC002 unknown key `upwrd` in a rule: did you mean `upward`?",
    ]


@pytest.mark.parametrize("word, known, said", [
    ("upwards", ["upward", "widen"], ": did you mean `upward`?"),
    ("artcle", ["article", "mode"], ": did you mean `article`?"),
    ("colour", ["css", "class"], ""),
    ("x", [], ""),
])
def test_did_you_mean(word, known, said):
    assert did_you_mean(word, known) == said


def test_rule_syntax_error_carries_code_message_and_key():
    err = RuleSyntaxError("NC009", "`box` must be between 1 and 500 words, not 0", "box")
    assert (err.code, err.message, err.key, str(err)) == ("NC009", err.message, "box", err.message)
    with pytest.raises(AssertionError):
        RuleSyntaxError("NC999", "no such code")
