"""Switching a site off and on (the extension's site switch) touches only `[site] enabled`: the file's
comments and layout stay, and off-then-on gives back the file's bytes."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from newsclean.edit.editor import RuleEditor
from newsclean.engine.book.rulebook import RuleBook

# A user's file written by hand: comments above and below `[site]`, on its keys, between the rules
# and at the end. tomlkit counts "# First rule..." as part of `[site]` (it follows the table's keys).
HAND_WRITTEN = """\
# My rules for example.com.
# Kept by hand: these comments must survive.

# Site settings below.
[site]
mode = "clean"   # the whole page, not reader mode
# a comment after the site's keys

# First rule: the share bar.
[[rule]]
name = "share-bar"
reason = "Share buttons"
css = ".share"

# Second rule, between the rules.
[[rule]]
name = "promo"
reason = "Promo box"
text = "Promoted"
# a comment at the very end
"""

NO_SITE_TABLE = """\
# Your rules for example.com. Written by the picker.

# picked on http://example.com/story
[[rule]]
name = "picked-promoted"
reason = "Not part of the story"
text = "Promoted"
"""

EXPLICIT_ON = HAND_WRITTEN.replace(
    'mode = "clean"   # the whole page, not reader mode\n',
    'mode = "clean"   # the whole page, not reader mode\nenabled = true   # on until the redesign\n',
)

BUNDLED_OFF = """\
[site]
enabled = false   # off by default: the layout changes every week

[[rule]]
name = "teaser"
reason = "Teaser box"
css = ".teaser"
"""


@pytest.fixture
def folders(tmp_path) -> tuple[Path, Path]:
    base, user = tmp_path / "bundled", tmp_path / "user"
    base.mkdir()
    user.mkdir()
    return base, user


def enabled(folders) -> bool:
    return RuleBook.load(list(folders)).plan_for("www.example.com").settings.enabled


def added_lines(before: str, after: str) -> list[str]:
    diff = list(difflib.ndiff(before.splitlines(), after.splitlines()))
    assert not [d for d in diff if d.startswith("- ")], "a line of the file was changed or removed"
    return [d[2:] for d in diff if d.startswith("+ ")]


@pytest.mark.parametrize("original", [HAND_WRITTEN, NO_SITE_TABLE, EXPLICIT_ON], ids=["hand-written", "no-site", "explicit-on"])
def test_off_then_on_gives_back_the_files_bytes(folders, original):
    _, user = folders
    path = user / "example.com.toml"
    path.write_bytes(original.encode("utf-8"))
    editor = RuleEditor(user, base_dirs=(folders[0],))

    editor.set_site_enabled("example.com", False)
    off = path.read_text(encoding="utf-8")
    assert enabled(folders) is False
    editor.set_site_enabled("example.com", True)

    assert path.read_bytes() == original.encode("utf-8")
    assert enabled(folders) is True
    if original is not EXPLICIT_ON:  # (there the one line is changed in place, its comment kept)
        assert sorted(added_lines(original, off)) in (["enabled = false"], ["", "[site]", "enabled = false"])


def test_off_writes_the_key_under_the_sites_keys_not_under_the_next_rules_comment(folders):
    _, user = folders
    path = user / "example.com.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    RuleEditor(user, base_dirs=()).set_site_enabled("example.com", False)
    text = path.read_text(encoding="utf-8")
    assert '[site]\nmode = "clean"   # the whole page, not reader mode\nenabled = false\n# a comment after' in text
    assert "# First rule: the share bar.\n[[rule]]\nname = \"share-bar\"" in text


def test_an_explicit_line_keeps_its_comment(folders):
    _, user = folders
    path = user / "example.com.toml"
    path.write_text(EXPLICIT_ON, encoding="utf-8")
    RuleEditor(user, base_dirs=()).set_site_enabled("example.com", False)
    assert "enabled = false   # on until the redesign\n" in path.read_text(encoding="utf-8")


def test_on_when_already_on_writes_nothing(folders):
    _, user = folders
    path = user / "example.com.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    result = RuleEditor(user, base_dirs=()).set_site_enabled("example.com", True)
    assert result.action == "no change"
    assert path.read_text(encoding="utf-8") == HAND_WRITTEN


def test_a_site_the_bundled_file_switches_off_is_switched_on_by_a_key_and_round_trips(folders):
    base, user = folders
    (base / "example.com.toml").write_text(BUNDLED_OFF, encoding="utf-8")
    path = user / "example.com.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    editor = RuleEditor(user, base_dirs=(base,))
    assert enabled(folders) is False

    editor.set_site_enabled("example.com", True)
    on = path.read_text(encoding="utf-8")
    assert added_lines(HAND_WRITTEN, on) == ["enabled = true"]  # the bundled `false` needs overriding
    assert enabled(folders) is True

    editor.set_site_enabled("example.com", False)
    assert enabled(folders) is False
    editor.set_site_enabled("example.com", True)
    assert path.read_text(encoding="utf-8") == on
    assert (base / "example.com.toml").read_text(encoding="utf-8") == BUNDLED_OFF  # never written
