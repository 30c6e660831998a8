"""The recorder on real files: what it counts survives a restart, a close writes what waits, and a
file it cannot use (not a database, damaged, newer, a folder, locked for good) turns the statistics
off once, said once, while ``record`` goes on returning at once."""

from __future__ import annotations

import logging
import sqlite3
import time

import pytest

from newsclean.stats import StatsRecorder, read
from newsclean.stats.schema import SCHEMA_VERSION
from newsclean.stats.writer import LOCKED_TRIES

from .reports import report


def stopped(recorder: StatsRecorder) -> StatsRecorder:
    recorder.close(wait=10)
    assert not recorder._thread.is_alive()
    return recorder


def test_counts_survive_a_restart(tmp_path):
    path = tmp_path / "stats.sqlite3"
    first = StatsRecorder(path, interval=60)
    for _ in range(3):
        first.record("a.com", report(("a.com:ad", 2)))
    assert first.flush()
    first.record("a.com", report(("a.com:ad", 1)))  # waits in the batch: written by close
    stopped(first)
    assert first.written == 4
    second = StatsRecorder(path, interval=60)
    second.record("b.org", report(("a.com:ad", 5)))
    stopped(second)
    data = read(path)
    assert data["pages"] == 5 and data["sites"] == 2
    (entry,) = data["rules"]
    assert (entry["rule"], entry["matches"], entry["pages"], entry["sites"]) == ("a.com:ad", 12, 5, 2)
    assert read(path, "a.com")["rules"][0]["on_site"]["matches"] == 7


def test_the_writer_flushes_on_its_own_by_time_and_by_size(tmp_path):
    path = tmp_path / "stats.sqlite3"
    by_time = StatsRecorder(path, interval=0.1)
    by_time.record("a.com", report(("a.com:ad", 1)))
    deadline = time.monotonic() + 10
    while by_time.written < 1 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert by_time.written == 1
    stopped(by_time)
    by_size = StatsRecorder(path, interval=3600, batch_pages=5)
    for _ in range(5):
        by_size.record("a.com", report(("a.com:ad", 1)))
    while by_size.written < 5 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert by_size.written == 5  # an hour's interval: the fifth page woke the writer
    stopped(by_size)


def test_pages_past_the_pending_cap_are_dropped_not_kept(tmp_path):
    path = tmp_path / "stats.sqlite3"
    recorder = StatsRecorder(path, interval=3600, batch_pages=10_000, max_pending=10)
    for _ in range(15):
        recorder.record("a.com", report(("a.com:ad", 1)))
    assert recorder.pending == 10 and recorder.dropped == 5
    stopped(recorder)
    assert read(path)["pages"] == 10


def _off(recorder: StatsRecorder, caplog) -> str:
    stopped(recorder)
    assert recorder.error is not None
    said = [r for r in caplog.records if "rule statistics are off" in r.getMessage()]
    assert len(said) == 1 and said[0].levelno == logging.WARNING, [r.getMessage() for r in caplog.records]
    return recorder.error


@pytest.mark.parametrize("content, why", [
    (b"this is a text file, not a database\n" * 200, "not a database"),
    (b"SQLite format 3\x00" + b"\xff" * 8000, "malformed"),
])
def test_a_file_that_is_not_a_database_turns_the_statistics_off(tmp_path, caplog, content, why):
    path = tmp_path / "stats.sqlite3"
    path.write_bytes(content)
    recorder = StatsRecorder(path, interval=0.05)
    recorder._opened.wait(10)
    for _ in range(100):
        recorder.record("a.com", report(("a.com:ad", 1)))  # returns at once, raises nothing
    assert recorder.pending == 0
    error = _off(recorder, caplog)
    assert str(path) in error and ("not a database" in error or "malformed" in error), error
    assert path.read_bytes() == content  # left as it was


def test_a_file_damaged_while_running_turns_them_off_at_the_next_write(tmp_path, caplog):
    path = tmp_path / "stats.sqlite3"
    recorder = StatsRecorder(path, interval=3600)
    recorder.record("a.com", report(("a.com:ad", 1)))
    assert recorder.flush()
    recorder._conn.execute("PRAGMA writable_schema=ON")  # the schema as damaged files have it
    recorder._conn.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE rule_site (x' WHERE name = 'rule_site'")
    recorder._conn.execute("PRAGMA writable_schema=OFF")
    recorder._conn.execute("PRAGMA schema_version = 999")
    recorder.record("a.com", report(("a.com:ad", 1)))
    assert not recorder.flush(timeout=10)
    recorder.record("a.com", report(("a.com:ad", 1)))
    assert recorder.pending == 0
    assert "malformed" in _off(recorder, caplog)


def test_a_newer_file_is_left_alone(tmp_path, caplog):
    path = tmp_path / "stats.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    assert "newer newsclean" in _off(StatsRecorder(path), caplog)
    assert path.read_bytes() == before


def test_a_folder_in_the_files_place(tmp_path, caplog):
    path = tmp_path / "stats.sqlite3"
    path.mkdir()
    assert "cannot use" in _off(StatsRecorder(path), caplog)


def test_a_lock_held_for_a_while_is_waited_out_and_one_held_for_good_turns_them_off(tmp_path, caplog):
    path = tmp_path / "stats.sqlite3"
    recorder = StatsRecorder(path, interval=3600)
    recorder._opened.wait(10)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writing, and taking its time
    recorder.record("a.com", report(("a.com:ad", 1)))
    recorder.flush(timeout=30)
    assert recorder.error is None and recorder.pending == 1  # kept for the next try
    other.execute("COMMIT")
    recorder.record("a.com", report(("a.com:ad", 1)))
    assert recorder.flush(timeout=30) and recorder.pending == 0 and recorder.written == 2
    other.execute("BEGIN IMMEDIATE")
    for _ in range(LOCKED_TRIES):
        recorder.record("a.com", report(("a.com:ad", 1)))
        recorder.flush(timeout=30)
    assert "stayed locked" in _off(recorder, caplog)
    other.execute("COMMIT")
    other.close()
    assert read(path)["pages"] == 2
