"""rules.tomledit: the edits' way with TOML text, on real tomlkit documents."""

from __future__ import annotations

import pytest
import tomlkit

from newsclean.edit import tomledit
from newsclean.edit.refusals import EditError

FILE = "# mine\n[site]\nmode = \"clean\"\n# about the first rule\n\n[[rule]]\nname = \"a\"\nreason = \"r\"\ncss = \".x\"\n"


def test_put_key_goes_under_the_tables_last_key_not_after_its_comments():
    doc = tomlkit.parse(FILE)
    tomledit.put_key(doc["site"], "enabled", False)
    assert tomlkit.dumps(doc) == FILE.replace('mode = "clean"\n', 'mode = "clean"\nenabled = false\n')


def test_an_empty_site_table_written_by_the_editor_goes_again():
    doc, table = tomledit.site_table(tomlkit.parse("[[rule]]\nreason = \"r\"\ncss = \".x\"\n"), "[[rule]]\nreason = \"r\"\ncss = \".x\"\n", "x.org")
    assert "site" in doc and len(table) == 0
    assert tomledit.without_empty_site(tomlkit.dumps(doc)) == "[[rule]]\nreason = \"r\"\ncss = \".x\"\n"


def test_append_and_remove_a_rule_keep_the_rest():
    text = tomledit.append_table(FILE, "x.org", {"name": "b", "reason": "r", "css": ".y"}, "added\nwith a newline")
    assert text.startswith(FILE) and "# added with a newline\n[[rule]]\nname = \"b\"" in text
    doc = tomlkit.parse(text)
    assert tomledit.rule_index(doc, "b") == 1
    removed = tomledit.remove_table(doc, 1)
    assert removed.startswith(FILE.rstrip("\n")) and 'name = "b"' not in removed


@pytest.mark.parametrize("value,code", [(float("nan"), "NC003"), ({"a": 1}, "NC003"), ("\ud800", "bad-unicode")])
def test_values_tomlkit_must_not_see(value, code):
    with pytest.raises(EditError) as caught:
        tomledit.check_value("text", value)
    assert caught.value.code == code
