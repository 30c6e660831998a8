"""The undo history is bounded in bytes as well as in entries: oldest dropped first, the newest kept."""

from __future__ import annotations

import json

from newsclean.edit.editor import RuleEditor
from newsclean.edit.history import LIMIT, MAX_BYTES, History


def big_rule_file(kb: int) -> str:
    """A real rule file of about ``kb`` KB: forty rules, and notes kept by hand in comments."""
    rules = "".join(f'[[rule]]\nname = "r{i}"\nreason = "Promo box {i}"\ntext = "Sponsored message {i}"\n\n' for i in range(40))
    note = "# seen on the front page, 2025: the box comes back under a new class name every week\n"
    return note * (kb * 1000 // len(note)) + "\n" + rules


def history_bytes(folder) -> int:
    return sum(p.stat().st_size for p in folder.glob("*.json"))


def test_a_big_file_edited_thirty_times_keeps_at_most_the_byte_cap(tmp_path):
    """A tenth of the case that prompted the cap (a 624 KB file edited 30 times kept 18 MB), with a
    tenth of the default cap: the same shape, ten times faster."""
    user = tmp_path / "user"
    user.mkdir()
    text = big_rule_file(62)
    assert len(text) > 60_000
    (user / "example.com.toml").write_text(text)
    cap = MAX_BYTES // 10
    editor = RuleEditor(user, base_dirs=(), history_bytes=cap)
    for i in range(30):
        assert editor.set_rule_enabled("example.com", f"r{i}", False).details["changed"]
    folder = user / ".history" / "example.com"
    kept = sorted(folder.glob("*.json"))
    assert history_bytes(folder) <= cap  # the count bound alone keeps 30 × 62 KB here
    assert 1 <= len(kept) < 30
    # the newest entries are the ones kept: undo walks back the last edits in order
    for i in reversed(range(30 - len(kept), 30)):
        assert editor.undo("example.com").action == f"undid: switched rule r{i} off"
    assert editor.history("example.com") == []


def test_the_newest_entry_is_kept_even_over_the_cap(tmp_path):
    user = tmp_path / "user"
    user.mkdir()
    (user / "example.com.toml").write_text(big_rule_file(100))
    editor = RuleEditor(user, base_dirs=(), history_bytes=10_000)
    editor.set_rule_enabled("example.com", "r1", False)
    editor.set_rule_enabled("example.com", "r2", False)
    folder = user / ".history" / "example.com"
    assert len(list(folder.glob("*.json"))) == 1 and history_bytes(folder) > 10_000
    assert editor.undo("example.com").action == "undid: switched rule r2 off"


def test_trim_bounds_entries_and_bytes_oldest_first(tmp_path):
    history = History(tmp_path, limit=4, max_bytes=2_500)
    made = [history.remember("x" * 1_000, f"v{i}", f"edit {i}") for i in range(3)]
    assert history.trim() == [made[0]]  # 3 × ~1,100 bytes > 2,500
    more = [history.remember("y", f"w{i}", f"small {i}") for i in range(4)]
    assert history.trim() == made[1:]  # five entries: over the count, and the oldest go first
    assert history.entries() == more
    assert [e["action"] for e in history.listing()] == ["small 3", "small 2", "small 1", "small 0"]
    assert json.loads(more[-1].read_text())["previous"] == "y"


def test_the_defaults():
    assert LIMIT == 30 and MAX_BYTES == 4 << 20
