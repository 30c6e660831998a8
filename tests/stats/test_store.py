"""A batch summed and written (stats/store.py), and the caps that keep the file small, on real files."""

from __future__ import annotations

import sqlite3

from newsclean.engine.report import Report, RuleOutcome
from newsclean.stats.schema import open_for_writing
from newsclean.stats.store import Caps, page_counts, write_batch

from .reports import report

T0 = 1_767_000_000.0


def rows(conn) -> dict:
    return {(r[0], r[1]): r[2:] for r in conn.execute("SELECT rule, site, matches, held, pages, first_seen, last_seen FROM rule_site")}


def test_a_pages_counts_by_rule_list_filter_and_keep_rule():
    page = report(("a.com:ad", 3), ("list:easylist:12", 2), held=(("a.com:big", 4),), idle=("a.com:old",))
    page.rules.append(RuleOutcome("a.com:keep-story", "keep", "css", matched=1, applied=1))  # keeps act without a removal
    assert page_counts(page) == {"a.com:ad": (3, 0), "list:easylist:12": (2, 0), "a.com:big": (0, 4), "a.com:keep-story": (1, 0)}
    assert page_counts(Report("https://a.com/")) == {}


def test_a_batch_adds_to_what_is_there(tmp_path):
    conn = open_for_writing(tmp_path / "s.sqlite3", T0)
    write_batch(conn, [("a.com", report(("a.com:ad", 3)), T0), ("a.com", report(("a.com:ad", 1)), T0 + 5),
                       ("b.org", report(("_default:spam", 2)), T0 + 1)])
    write_batch(conn, [("a.com", report(("a.com:ad", 2), ("_default:spam", 1)), T0 + 60)])
    assert rows(conn) == {
        ("a.com:ad", "a.com"): (6, 0, 3, T0, T0 + 60),
        ("_default:spam", "b.org"): (2, 0, 1, T0 + 1, T0 + 1),
        ("_default:spam", "a.com"): (1, 0, 1, T0 + 60, T0 + 60),
    }
    pages = dict(conn.execute("SELECT site, pages FROM site_pages"))
    assert pages == {"a.com": 3, "b.org": 1}


def test_pruning_holds_each_site_and_the_whole_file_to_its_caps(tmp_path):
    path = tmp_path / "s.sqlite3"
    conn = open_for_writing(path, T0)
    caps = Caps(rows_per_site=50, max_rows=400, max_sites=20)
    # 40 sites, each meeting 80 list filters over time: 3,200 pairs offered, 400 may stay
    for round_ in range(8):
        batch = []
        for s in range(40):
            filters = [(f"list:easylist:{round_ * 10 + i}", 1) for i in range(10)]
            batch.append((f"site{s}.com", report(*filters), T0 + round_ * 100 + s))
        write_batch(conn, batch, caps)
        (count,) = conn.execute("SELECT COUNT(*) FROM rule_site").fetchone()
        assert count <= caps.max_rows
        per_site = conn.execute("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM rule_site GROUP BY site)").fetchone()[0]
        assert per_site <= caps.rows_per_site
    assert conn.execute("SELECT COUNT(*) FROM site_pages").fetchone()[0] == 20
    # the oldest went: what is left is the latest round's, and the sites seen last
    oldest_left = conn.execute("SELECT MIN(last_seen) FROM rule_site").fetchone()[0]
    assert oldest_left >= T0 + 700
    assert {r[0] for r in conn.execute("SELECT site FROM site_pages")} == {f"site{s}.com" for s in range(20, 40)}
    # and the file stays small however many pages come: the same again, ten times over
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size
    for round_ in range(8, 18):
        batch = [(f"site{s}.com", report(*[(f"list:easylist:{round_ * 10 + i}", 1) for i in range(10)]), T0 + round_ * 100 + s)
                 for s in range(40)]
        write_batch(conn, batch, caps)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert conn.execute("SELECT COUNT(*) FROM rule_site").fetchone()[0] == caps.max_rows
    assert path.stat().st_size <= size * 1.5, (size, path.stat().st_size)


def test_a_failed_batch_leaves_nothing_half_written(tmp_path):
    conn = open_for_writing(tmp_path / "s.sqlite3", T0)
    write_batch(conn, [("a.com", report(("a.com:ad", 1)), T0)])
    conn.execute("CREATE TRIGGER no_b BEFORE INSERT ON site_pages WHEN NEW.site = 'b.org' BEGIN SELECT RAISE(ABORT, 'no'); END")
    try:
        write_batch(conn, [("a.com", report(("a.com:ad", 5)), T0 + 1), ("b.org", report(), T0 + 1)])
    except sqlite3.IntegrityError:
        pass
    else:
        raise AssertionError("the trigger did not fire")
    assert rows(conn) == {("a.com:ad", "a.com"): (1, 0, 1, T0, T0)}
