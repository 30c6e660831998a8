"""Rule file edits: validated first, comments kept, atomic, serialized across threads and processes,
undoable, and never outside the user's folder."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from newsclean.edit.editor import EditError, RuleEditor, default_user_rules_dir, validate_site
from newsclean.engine.book.compile import parse_rule_text
from newsclean.engine.book.rulebook import RuleBook
from newsclean.rules.folders import BUNDLED_RULES

BASE_SITE = """\
# Example News: bundled rules.

[site]
article = "#story"
disable = ["share-bar"]

[[rule]]
name = "ad-label"
reason = "Ad slot label between paragraphs"
text = "Advertisement"
widen = true   # the label's box holds the empty slot too

[[rule]]
name = "teaser"
reason = "Teaser box"
css = ".teaser"
"""

BASE_DEFAULTS = """\
[[rule]]
name = "share-bar"
reason = "Share buttons"
css = ".share"

[[rule]]
name = "spam-link"
reason = "Spam link"
css = "a"
text-regex = "(?i)slot gacor"
action = "unwrap"
"""

USER_SITE = """\
# My rules for example.com.
# (kept by hand; the comments must survive the program's edits)

[[rule]]
name = "mine-1"
reason = "Newsletter box"   # seen 2025-01
text = "Subscribe now"
upward = 1

# The next rule catches the poll widget.
[[rule]]
name = "mine-2"
reason = "Poll widget"
css = ".poll"
"""


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its hash: to prove an edit wrote nothing. (The empty lock file
    an edit takes before it reads the rule file is not content.)"""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): sha(p) for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "lock"}


@pytest.fixture
def dirs(tmp_path):
    base = tmp_path / "bundled"
    base.mkdir()
    (base / "example.com.toml").write_text(BASE_SITE, encoding="utf-8")
    (base / "_default.toml").write_text(BASE_DEFAULTS, encoding="utf-8")
    user = tmp_path / "user"
    return base, user


@pytest.fixture
def editor(dirs):
    base, user = dirs
    return RuleEditor(user, base_dirs=(base,))


def book_of(dirs) -> RuleBook:
    base, user = dirs
    return RuleBook.load([base, user] if user.exists() else [base])


def rule_ids(book, host="www.example.com"):
    return [r.id for r in book.plan_for(host).rules]


# -- adding -------------------------------------------------------------------------------------------
def test_add_creates_the_user_file_and_the_book_applies_it(editor, dirs):
    base, user = dirs
    before = tree(base)
    result = editor.add_rule("example.com", {"reason": "Tag list", "text": "Tags: a, b"}, comment="picked on https://example.com/x")
    assert result.rule == "picked-tags-a-b" and result.details["changed"]
    path = user / "example.com.toml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Your rules for example.com.")
    assert "# picked on https://example.com/x\n[[rule]]\nname = \"picked-tags-a-b\"\nreason = \"Tag list\"\ntext = \"Tags: a, b\"\n" in text
    assert tree(base) == before  # the bundled folder is never written
    book = book_of(dirs)
    assert not book.errors
    assert "example.com:picked-tags-a-b" in rule_ids(book)
    assert "example.com:ad-label" in rule_ids(book)  # the user file extends the bundled one


def test_add_keeps_comments_and_layout_byte_for_byte(editor, dirs):
    _, user = dirs
    user.mkdir()
    (user / "example.com.toml").write_text(USER_SITE, encoding="utf-8")
    editor.add_rule("example.com", {"name": "mine-3", "reason": "Stray paragraph", "css": "p", "text-contains": "Asakawa"})
    text = (user / "example.com.toml").read_text(encoding="utf-8")
    assert text.startswith(USER_SITE)
    assert text[len(USER_SITE):] == '\n[[rule]]\nname = "mine-3"\nreason = "Stray paragraph"\ncss = "p"\ntext-contains = "Asakawa"\n'


@pytest.mark.parametrize(
    "rule, status, code, words",
    [
        ({"text": "x"}, 400, "NC004", "no `reason`"),
        ({"reason": "r"}, 400, "NC008", "no condition"),
        ({"reason": "r", "css": "div[["}, 400, "NC005", "invalid CSS selector"),
        ({"reason": "r", "text-regex": "(a)\\1", "css": "p"}, 400, "NC007", "invalid regex"),
        ({"reason": "r", "text": "x", "colour": "red"}, 400, "NC002", "unknown key `colour`"),
        ({"reason": "r", "text": "x", "action": "explode"}, 400, "NC009", "unknown action"),
        ({"reason": "r", "text": "x", "upward": 99}, 400, "NC009", "between 1 and 32"),
        ({"reason": "r", "text": {"nested": 1}}, 400, "NC003", "must be a string"),
        ({"reason": "r", "text": None}, 400, "NC003", "must be a string"),
        ({"reason": "r", "text": "x", "name": "../evil"}, 400, "NC009", "`name` must be"),
        ({"reason": "r", "text": "x", "name": "teaser"}, 409, "NC010", "already exists"),
        ({"reason": "r", "css": "*"}, 400, "NC008", "every element"),
        ({}, 400, "NC003", "object of rule keys"),
    ],
)
def test_invalid_rules_write_nothing_and_say_why(editor, dirs, rule, status, code, words):
    base, user = dirs
    user.mkdir()
    (user / "example.com.toml").write_text(USER_SITE, encoding="utf-8")
    before = {**tree(base), **tree(user)}
    with pytest.raises(EditError) as err:
        editor.add_rule("example.com", rule)
    assert (err.value.status, err.value.code) == (status, code)
    assert words in err.value.message
    assert {**tree(base), **tree(user)} == before


def test_newline_in_a_comment_cannot_add_toml(editor, dirs):
    _, user = dirs
    editor.add_rule("example.com", {"reason": "r", "text": "x"}, comment='u\n[[rule]]\nreason = "evil"\ncss = "p"')
    parsed = parse_rule_text((user / "example.com.toml").read_text(), "f", "example.com")
    assert [r.reason for r in parsed.rules] == ["r"]


def test_generated_names_are_unique(editor, dirs):
    names = {editor.add_rule("example.com", {"reason": "r", "text": "Read more"}).rule for _ in range(3)}
    assert names == {"picked-read-more", "picked-read-more-2", "picked-read-more-3"}


def test_an_existing_broken_file_is_left_for_a_person(editor, dirs):
    _, user = dirs
    user.mkdir()
    (user / "example.com.toml").write_text("[[rule]\nreason = \n", encoding="utf-8")
    before = tree(user)
    with pytest.raises(EditError) as err:
        editor.add_rule("example.com", {"reason": "r", "text": "x"})
    assert err.value.status == 409 and err.value.code == "NC001" and "fixed by hand" in err.value.message
    assert tree(user) == before


# -- site names -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "site",
    ["../../x", "..", "a/b.com", "a\\b.com", "/etc/passwd", "example.com/../../x", "_default", "localhost",
     "example.com\x00.evil", "exa mple.com", "", "x" * 300 + ".com", ".example.com", "example.com.", "ex*.com"],
)
def test_bad_site_names_write_nothing(editor, dirs, tmp_path, site):
    before = tree(tmp_path)
    for edit in (
        lambda: editor.add_rule(site, {"reason": "r", "text": "x"}),
        lambda: editor.set_site_enabled(site, False),
        lambda: editor.delete_rule(site, "x"),
        lambda: editor.undo(site),
    ):
        with pytest.raises(EditError) as err:
            edit()
        assert err.value.status == 400 and err.value.code == "bad-site"
    assert tree(tmp_path) == before
    assert not (tmp_path / "user").exists()


def test_site_names_are_domain_names():
    assert validate_site("inquirer.net") == "inquirer.net"
    assert validate_site("News.Example.co.uk") == "news.example.co.uk"
    assert validate_site("xn--bcher-kva.example") == "xn--bcher-kva.example"


# -- delete, switch off, site off ------------------------------------------------------------------------
def test_delete_keeps_the_comments_around_the_rule(editor, dirs):
    _, user = dirs
    user.mkdir()
    path = user / "example.com.toml"
    path.write_text(USER_SITE, encoding="utf-8")
    editor.delete_rule("example.com", "mine-1")
    text = path.read_text(encoding="utf-8")
    assert "mine-1" not in text and "Subscribe now" not in text
    assert "# My rules for example.com." in text and "# The next rule catches the poll widget.\n[[rule]]" in text
    parsed = parse_rule_text(text, str(path), "example.com")
    assert [r.name for r in parsed.rules] == ["mine-2"]


def test_delete_refuses_bundled_and_unknown_rules(editor, dirs):
    _, user = dirs
    with pytest.raises(EditError) as err:
        editor.delete_rule("example.com", "ad-label")
    assert err.value.status == 409 and "switch it off" in err.value.message
    with pytest.raises(EditError) as err:
        editor.delete_rule("example.com", "nope")
    assert err.value.status == 404
    assert not (user / "example.com.toml").exists()


def test_switch_a_user_rule_off_and_on(editor, dirs):
    _, user = dirs
    user.mkdir()
    path = user / "example.com.toml"
    path.write_text(USER_SITE, encoding="utf-8")
    editor.set_rule_enabled("example.com", "mine-2", False)
    assert 'css = ".poll"\nenabled = false\n' in path.read_text()
    assert "example.com:mine-2" not in rule_ids(book_of(dirs))
    editor.set_rule_enabled("example.com", "mine-2", True)
    assert path.read_text() == USER_SITE
    assert "example.com:mine-2" in rule_ids(book_of(dirs))


def test_switching_a_bundled_rule_off_overrides_it_in_the_user_file(editor, dirs):
    _, user = dirs
    result = editor.set_rule_enabled("example.com", "ad-label", False)
    assert result.details["via"] == "override of a bundled rule"
    book = book_of(dirs)
    assert not book.errors
    assert "example.com:ad-label" not in rule_ids(book)
    assert "example.com:teaser" in rule_ids(book)
    editor.set_rule_enabled("example.com", "ad-label", True)
    assert "example.com:ad-label" in rule_ids(book_of(dirs))


def test_switching_a_default_rule_off_extends_the_bundled_disable_list(editor, dirs):
    result = editor.set_rule_enabled("example.com", "spam-link", False)
    assert result.details["via"] == "[site] disable"
    book = book_of(dirs)
    assert book.plan_for("example.com").settings.disable == {"share-bar", "spam-link"}
    assert "_default:spam-link" not in rule_ids(book)
    editor.set_rule_enabled("example.com", "spam-link", True)
    assert book_of(dirs).plan_for("example.com").settings.disable == {"share-bar"}


def test_site_off_writes_site_table_above_the_rules(editor, dirs):
    _, user = dirs
    user.mkdir()
    path = user / "example.com.toml"
    path.write_text(USER_SITE, encoding="utf-8")
    editor.set_site_enabled("example.com", False)
    text = path.read_text()
    assert text.startswith("# My rules for example.com.\n# (kept by hand; the comments must survive the program's edits)\n\n[site]\nenabled = false\n\n[[rule]]\nname = \"mine-1\"")
    book = book_of(dirs)
    assert book.plan_for("www.example.com").settings.enabled is False
    assert book.plan_for("www.example.com").settings.article == "#story"  # the bundled [site] still counts
    editor.set_site_enabled("example.com", True)
    assert book_of(dirs).plan_for("www.example.com").settings.enabled is True


def test_fast_edits_are_seen_by_a_reload(editor, dirs):
    """The book re-reads a file when its mtime changes; two edits within one clock tick must differ."""
    book = book_of(dirs)
    for i in range(20):
        editor.add_rule("example.com", {"name": f"quick-{i}", "reason": "r", "css": f".q{i}"})
        book = RuleBook.load(book.dirs if len(book.dirs) == 2 else [*book.dirs, dirs[1]], previous=book)
        assert f"example.com:quick-{i}" in rule_ids(book)


# -- undo -------------------------------------------------------------------------------------------------
def test_undo_walks_back_every_edit(editor, dirs):
    _, user = dirs
    user.mkdir()
    path = user / "example.com.toml"
    path.write_text(USER_SITE, encoding="utf-8")
    versions = [path.read_text()]
    editor.add_rule("example.com", {"reason": "r", "text": "x"})
    versions.append(path.read_text())
    editor.set_site_enabled("example.com", False)
    versions.append(path.read_text())
    editor.delete_rule("example.com", "mine-1")
    assert [h["action"] for h in editor.history("example.com")] == [
        "deleted rule mine-1", "switched the site off", "added rule picked-x"]
    for expected in reversed(versions):
        result = editor.undo("example.com")
        assert path.read_text() == expected, result.action
    with pytest.raises(EditError) as err:
        editor.undo("example.com")
    assert err.value.code == "nothing-to-undo"


def test_undo_of_the_first_edit_removes_the_file(editor, dirs):
    _, user = dirs
    editor.add_rule("example.com", {"reason": "r", "text": "x"})
    editor.undo("example.com")
    assert not (user / "example.com.toml").exists()


def test_undo_refuses_to_lose_a_hand_edit(editor, dirs):
    _, user = dirs
    editor.add_rule("example.com", {"reason": "r", "text": "x"})
    path = user / "example.com.toml"
    path.write_text(path.read_text() + "# a note by hand\n")
    before = tree(user)
    with pytest.raises(EditError) as err:
        editor.undo("example.com")
    assert err.value.code == "changed-since"
    assert tree(user) == before


def test_history_is_bounded(dirs):
    base, user = dirs
    editor = RuleEditor(user, base_dirs=(base,), history_limit=5)
    for i in range(9):
        editor.add_rule("example.com", {"name": f"r{i}", "reason": "r", "css": f".c{i}"})
    assert len(editor.history("example.com")) == 5


# -- where edits go ---------------------------------------------------------------------------------------
def test_the_bundled_folder_is_never_the_target(tmp_path):
    """Even given as the user folder too (`--rules rules/`), the bundled folder is a base only."""
    before = sha(BUNDLED_RULES / "inquirer.net.toml")
    editor = RuleEditor(tmp_path / "user")
    editor.set_rule_enabled("inquirer.net", "ad-label", False)
    assert sha(BUNDLED_RULES / "inquirer.net.toml") == before
    assert (tmp_path / "user" / "inquirer.net.toml").is_file()
    assert RuleEditor(BUNDLED_RULES).base_dirs == ()


def test_default_user_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("NEWSCLEAN_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert default_user_rules_dir() == tmp_path / "newsclean" / "rules"
    monkeypatch.setenv("NEWSCLEAN_CONFIG", str(tmp_path / "nc"))
    assert default_user_rules_dir() == tmp_path / "nc" / "rules"


# -- racing edits ----------------------------------------------------------------------------------------
def names_in(path: Path) -> set[str]:
    parsed = parse_rule_text(path.read_text(encoding="utf-8"), str(path), "example.com")
    assert not parsed.errors
    return {r.name for r in parsed.rules}


def test_edits_racing_from_threads_all_land(editor, dirs):
    _, user = dirs
    errors = []

    def work(t):
        try:
            for i in range(12):
                editor.add_rule("example.com", {"name": f"t{t}-{i}", "reason": "r", "css": f".t{t}-{i}"})
                if i % 4 == 3:
                    editor.set_rule_enabled("example.com", f"t{t}-{i}", False)
        except Exception as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    path = user / "example.com.toml"
    assert names_in(path) == {f"t{t}-{i}" for t in range(8) for i in range(12)}
    parsed = parse_rule_text(path.read_text(), str(path), "example.com")
    assert {r.name for r in parsed.rules if not r.enabled} == {f"t{t}-{i}" for t in range(8) for i in (3, 7, 11)}


WRITER = """
import sys
from newsclean.edit.editor import RuleEditor
editor = RuleEditor(sys.argv[1], base_dirs=(sys.argv[2],))
tag, count = sys.argv[3], int(sys.argv[4])
for i in range(count):
    name = f"{tag}-{i}"
    editor.add_rule("example.com", {"name": name, "reason": "racing writer", "css": "." + name})
    print(name, flush=True)  # acknowledged: the edit is on disk
"""


def writer(dirs, tag, count) -> subprocess.Popen:
    base, user = dirs
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(user), str(base), tag, str(count)],
        stdout=subprocess.PIPE, text=True,
    )


def test_edits_racing_from_processes_all_land(editor, dirs):
    _, user = dirs
    procs = [writer(dirs, f"p{n}", 15) for n in range(4)]
    for i in range(15):  # and this process edits at the same time
        editor.add_rule("example.com", {"name": f"main-{i}", "reason": "r", "css": f".m{i}"})
    acked = set()
    for p in procs:
        out, _ = p.communicate(timeout=120)
        assert p.returncode == 0
        acked.update(out.split())
    assert len(acked) == 60
    assert names_in(user / "example.com.toml") == acked | {f"main-{i}" for i in range(15)}


def test_a_writer_killed_mid_way_loses_no_acknowledged_edit(editor, dirs):
    _, user = dirs
    path = user / "example.com.toml"
    acked: set[str] = set()
    rng = random.Random(5)
    for round_ in range(6):
        proc = writer(dirs, f"k{round_}", 10_000)
        # let it get going, then kill it at a random moment of its write loop
        first = proc.stdout.readline().strip()
        assert first
        acked.add(first)
        time.sleep(rng.uniform(0.0, 0.15))
        os.kill(proc.pid, signal.SIGKILL)
        rest, _ = proc.communicate(timeout=30)
        acked.update(rest.split())
        assert proc.returncode == -signal.SIGKILL
        present = names_in(path)  # the file parses
        assert acked <= present  # every acknowledged edit is there
        # at most the one edit in flight when it died went through without being acknowledged
        assert len(present - acked) <= round_ + 1
    # the next writer is not blocked by the dead one's lock or leftovers, and cleans those up
    editor.add_rule("example.com", {"name": "after", "reason": "r", "css": ".after"})
    assert "after" in names_in(path)
    assert not list(user.glob(".*.tmp")) and not list((user / ".history").rglob(".*.tmp"))
