"""The proxy's state: rule reloads, the bounded history of recent pages, counters."""

from __future__ import annotations

import logging
import os

from newsclean.proxy.state import PageRecord, ProxyState, book_fingerprint

RULE = '[[rule]]\nname = "ad"\nreason = "ad box"\ncss = "div.ad"\n'


def touch_later(path, text):
    """Write and make sure the mtime moves on, whatever the file system's clock resolution."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    if path.stat().st_mtime_ns == before:
        os.utime(path, ns=(before + 1_000_000, before + 1_000_000))


def test_reload_only_when_the_folder_changed(tmp_path):
    touch_later(tmp_path / "paper.test.toml", RULE)
    state = ProxyState()
    state.load([tmp_path])
    tag = state.book_tag
    assert state.book.site_domains == ("paper.test",)
    assert state.reload().changed is False and state.book_tag == tag

    touch_later(tmp_path / "paper.test.toml", RULE + RULE.replace('"ad"', '"ad2"'))
    result = state.reload()
    assert result.changed and state.book is result.book and state.book_tag != tag
    assert state.counters.reloads == 1

    touch_later(tmp_path / "other.test.toml", RULE)
    assert state.reload().changed and state.book.site_domains == ("other.test", "paper.test")
    assert state.reload(force=True).book is state.book


def test_a_skipped_rule_is_logged_as_skipped_not_as_kept(tmp_path, caplog):
    caplog.set_level(logging.WARNING, logger="newsclean.proxy")
    path = tmp_path / "paper.test.toml"
    touch_later(path, RULE)
    state = ProxyState()
    state.load([tmp_path])
    touch_later(path, RULE + RULE.replace('"ad"', '"ad2"').replace("css =", "upwards = 1\ncss ="))
    state.reload()
    assert [r.id for r in state.book.files[0].rules] == ["paper.test:ad"]  # rule 2 dropped
    (logged,) = [r.getMessage() for r in caplog.records if "rule error" in r.getMessage()]
    assert "did you mean `upward`?" in logged and "(rule 2 skipped; the file's other rules apply)" in logged
    assert "previous version" not in logged


def test_broken_file_keeps_its_last_good_version_and_the_error_is_logged_with_its_position(tmp_path, caplog):
    caplog.set_level(logging.WARNING, logger="newsclean.proxy")
    path = tmp_path / "paper.test.toml"
    touch_later(path, RULE)
    state = ProxyState()
    state.load([tmp_path])
    good_rules = state.book.files[0].rules

    touch_later(path, RULE + "\n[[rule]\n")
    result = state.reload()
    assert state.book.files[0].rules == good_rules  # still in force
    assert len(result.new_errors) == 1 and str(result.new_errors[0]).startswith(f"{path}:6:")
    logged = [r.getMessage() for r in caplog.records]
    assert any(m.startswith(f"newsclean: rule error: {path}:6:") and " NC001 " in m and "previous version" in m for m in logged)
    # the same error is not logged again on the next unrelated reload
    caplog.clear()
    touch_later(tmp_path / "other.test.toml", RULE)
    assert state.reload().new_errors == ()
    assert not [r for r in caplog.records if str(path) in r.getMessage()]


def test_fingerprint_changes_with_the_files_in_force(tmp_path):
    state = ProxyState()
    empty = book_fingerprint(state.book)
    touch_later(tmp_path / "paper.test.toml", RULE)
    state.load([tmp_path])
    assert book_fingerprint(state.book) != empty and len(state.book_tag) == 8


def test_history_is_bounded_by_count_and_originals_by_bytes():
    state = ProxyState(history_size=3, originals_budget=250)
    for i in range(5):
        state.record(PageRecord(f"https://paper.test/{i}", "cleaned", float(i), original=b"x" * 100))
    assert [r.url for r in state.recent()] == [f"https://paper.test/{i}" for i in (4, 3, 2)]
    assert state.original_for("https://paper.test/4") == b"x" * 100
    assert state.original_for("https://paper.test/2") is None  # over the byte budget: oldest dropped first
    assert state.record_for("https://paper.test/2").status == "cleaned"  # the report stays
    assert state.originals_bytes <= 250

    state.record(PageRecord("https://paper.test/3", "unchanged", 9.0, original=b"y" * 10))  # a revisit
    assert state.recent(1)[0].url == "https://paper.test/3" and len(state.history) == 3
    assert state.originals_bytes == sum(len(r.original) for r in state.history.values() if r.original)


def test_record_to_dict_is_json_ready():
    rec = PageRecord("https://paper.test/a", "cleaned", 1.0, sources=("paper.test",), removed=2, original=b"x")
    data = rec.to_dict()
    assert data["sources"] == ["paper.test"] and data["original_kept"] and "report" not in data
