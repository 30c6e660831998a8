"""Rule files as users write them: errors as `path:line:col: CODE message`, one bad rule or file
never stops the rest."""

from __future__ import annotations

import pytest

from newsclean.engine.book.compile import load_rule_file, parse_rule, parse_rule_text
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.rules.errors import RuleSyntaxError
from newsclean.rules.loader import RuleFileError, file_key

GOOD = """\
# a comment
[site]
article = "#story"

[[rule]]
name = "ad-label"
reason = "Ad label"
text = "Advertisement"
"""


def test_parses_site_and_rules():
    parsed = parse_rule_text(GOOD, "x/example.com.toml", "example.com")
    assert [r.id for r in parsed.rules] == ["example.com:ad-label"]
    assert parsed.rules[0].line == 5
    assert parsed.settings["article"] == "#story"


@pytest.mark.parametrize(
    "text,where,code,message",
    [
        ("[[rule]]\nreason = 'r'\ncss = \"p\n", "3:9", "NC001", "Illegal character"),
        ("[[rule]]\nreason = 'r'\ncss = \"p\"\ncss = \"a\"\n", "4:", "NC001", ""),
        ("[site]\nenabled = 'yes'\n", "2:11", "NC003", "`enabled` must be true or false"),
        ("[site]\nmode = 'fancy'\n", "2:8", "NC009", "`mode` must be one of clean, reader"),
        ("[site]\nartcle = '#x'\n", "2:10", "NC002", "unknown key `artcle` in [site]"),
        ("[site]\narticle = 'div[['\n", "2:11", "NC005", "invalid CSS selector"),
        ("[site]\nguard = 1.5\n", "2:9", "NC009", "`guard` must be in (0, 1]"),
        ("[site]\ndisable = 'x'\n", "2:11", "NC003", "list of default rule names"),
        ("[site]\ndisable = ['list:']\n", "2:11", "NC009", "`list:`: write `list:NAME` or `list:NAME:LINE`"),
        ("[site]\ndisable = ['list:easylist:12x']\n", "2:11", "NC009", "`list:easylist:12x`: write"),
        ("[site]\ndisable = ['list:easylist:']\n", "2:11", "NC009", "write `list:NAME` or"),
        ("[sites]\nenabled = true\n", "1:1", "NC002", "unknown top-level key `sites`"),
        ("rule = 3\n", "1:8", "NC003", "rules are written as `[[rule]]` tables"),
    ],
)
def test_file_level_errors(text, where, code, message):
    with pytest.raises(RuleFileError) as caught:
        parse_rule_text(text, "rules/example.com.toml", "example.com")
    (err,) = caught.value.errors
    assert err.code == code
    assert str(err).startswith(f"rules/example.com.toml:{where}")
    assert message in err.message


def test_bad_rule_is_skipped_with_position_and_others_load():
    text = GOOD + """
[[rule]]
name = "broken"
reason = "bad selector"
css = "div[["

[[rule]]
reason = "fine"
css = ".promo"
"""
    parsed = parse_rule_text(text, "rules/example.com.toml", "example.com")
    assert [r.id for r in parsed.rules] == ["example.com:ad-label", "example.com#3"]
    (err,) = parsed.errors
    assert str(err).startswith("rules/example.com.toml:13:7: NC005 invalid CSS selector 'div[['")
    assert "help:" in err.render()


def test_missing_reason_points_at_rule_header():
    parsed = parse_rule_text("[[rule]]\ncss = 'p.x'\n", "f.toml", "example.com")
    assert str(parsed.errors[0]) == "f.toml:1:1: NC004 rule has no `reason`"


def test_duplicate_names():
    text = GOOD + '\n[[rule]]\nname = "ad-label"\nreason = "again"\ncss = "p.ad"\n'
    parsed = parse_rule_text(text, "f.toml", "example.com")
    assert len(parsed.rules) == 1
    assert parsed.errors[0].code == "NC010" and parsed.errors[0].line == 11


def test_default_file_may_not_have_site_table():
    with pytest.raises(RuleFileError) as caught:
        parse_rule_text("[site]\nenabled = false\n", "_default.toml", "_default")
    assert caught.value.errors[0].code == "NC002"


@pytest.mark.parametrize(
    "name,key",
    [
        ("inquirer.net.toml", "inquirer.net"),
        ("News.BBC.co.uk.toml", "news.bbc.co.uk"),
        ("_default.toml", "_default"),
        ("notes.txt", None),
        ("..toml", None),
        ("com.toml", None),
        ("bad_name.com.toml", None),
    ],
)
def test_file_key(tmp_path, name, key):
    assert file_key(tmp_path / name) == key


def test_bad_file_name_and_unreadable_file(tmp_path):
    (tmp_path / "my rules.toml").write_text(GOOD)
    (tmp_path / "example.org.toml").write_bytes(b"\xff\xfe[[rule]]")
    (tmp_path / "example.com.toml").write_text(GOOD)
    book = RuleBook.load([tmp_path])
    codes = sorted(e.code for e in book.errors)
    assert codes == ["NC011", "NC012"]
    assert book.site_domains == ("example.com",)  # the good file loaded all the same
    with pytest.raises(RuleFileError):
        load_rule_file(tmp_path / "example.org.toml")


def test_bundled_rules_are_clean(bundled_book):
    assert {"inquirer.net"} <= set(bundled_book.site_domains)
    assert all(r.reason for f in bundled_book.files for r in f.rules)


def test_an_unknown_key_close_to_a_known_one_gets_a_suggestion():
    parsed = parse_rule_text("[[rule]]\nreason = 'r'\ncss = 'p.x'\nupwards = 1\n", "x/example.com.toml", "example.com")
    (err,) = parsed.errors
    assert "unknown key `upwards` in a rule: did you mean `upward`?" in str(err) and err.rule == 1
    with pytest.raises(RuleFileError) as caught:
        parse_rule_text("[site]\nartcle = '#x'\n", "x/example.com.toml", "example.com")
    assert "did you mean `article`?" in str(caught.value.errors[0])
    (far,) = parse_rule_text("[[rule]]\nreason = 'r'\ncss = 'p.x'\ncolour = 1\n", "x/example.com.toml", "example.com").errors
    assert "did you mean" not in str(far)


def test_a_label_listed_twice_is_a_warning_and_the_rule_stays():
    parsed = parse_rule_text(
        '[[rule]]\nreason = "r"\nown-text = ["Advertisement", "ADVERTISEMENT:", "Anzeige", "Anzeige"]\n',
        "x.org.toml", "x.org",
    )
    assert not parsed.errors and len(parsed.rules) == 1
    assert [(w.code, w.line, w.col) for w in parsed.warnings] == [("NC019", 3, 12), ("NC019", 3, 12)]  # at the list
    assert parsed.warnings[0].message == "`own-text` lists 'ADVERTISEMENT:' twice (as 'Advertisement')"
    assert parsed.warnings[1].message == "`own-text` lists 'Anzeige' twice"


def test_a_renamed_key_still_works_and_says_what_to_write():
    old = parse_rule_text('[[rule]]\nreason = "r"\ncss = "a"\nin-text = true\n', "x.org.toml", "x.org")
    new = parse_rule_text('[[rule]]\nreason = "r"\ncss = "a"\nin-sentence = true\n', "x.org.toml", "x.org")
    assert not old.errors and not new.warnings
    (warning,) = old.warnings
    assert (warning.code, warning.line, warning.col) == ("NC020", 4, 11)  # at the value, as every key error
    assert warning.message == "`in-text` is now called `in-sentence`: write `in-sentence = true`"
    assert old.rules[0].describe() == new.rules[0].describe() == "remove: matches CSS `a`; inside a sentence"
    assert old.rules[0].table["in-text"] is True  # the rule as written, for the API


# -- the keys of a rule that are no kind: reason, name, enabled; a rule without any condition -------

RULE_ERRORS = [
    ({"reason": "r"}, "NC008", "no condition"),
    ({"css": "p.x"}, "NC004", "no `reason`"),
    ({"reason": "", "css": "p.x"}, "NC003", "`reason` must be a non-empty string"),
    ({"reason": "r", "css": "p.x", "colour": "red"}, "NC002", "unknown key `colour`"),
    ({"reason": "r", "css": "p.x", "name": "bad name!"}, "NC009", "`name` must be"),
    ({"reason": "r", "css": "p.x", "enabled": "no"}, "NC003", "`enabled` must be true or false"),
    (["reason", "r"], "NC003", "each rule must be a table"),
]


@pytest.mark.parametrize("table,code,message", RULE_ERRORS, ids=[f"{e[1]}-{i}" for i, e in enumerate(RULE_ERRORS)])
def test_rule_errors(table, code, message):
    with pytest.raises(RuleSyntaxError) as caught:
        parse_rule(table, "example.com", 0, "example.com.toml", 1)
    assert caught.value.code == code
    assert message in caught.value.message


def test_rule_disabled_with_enabled_false():
    rules = '[[rule]]\nreason = "r"\ntext = "Advertisement"\nenabled = false\n'
    parsed = parse_rule_text(rules, "example.com.toml", "example.com")
    book = RuleBook.from_files((), [parsed])
    page = b"<html><body><article><p>Advertisement</p><p>The story of the day, told at length.</p></article></body></html>"
    result = clean(page, "https://example.com/story", book)
    assert not result.changed and b"Advertisement" in result.body
    assert parsed.rules[0].enabled is False and book.plan_for("example.com").rules == ()
