"""Reading the statistics back (stats/queries.py): per rule over every site or on one, which rules
matched nothing in N days, and the refusals for files that are not statistics."""

from __future__ import annotations

import sqlite3

import pytest

from newsclean.stats import StatsError, read, read_unused
from newsclean.stats.queries import DAY, iso
from newsclean.stats.schema import open_for_writing
from newsclean.stats.store import write_batch

from .reports import report

NOW = 1_767_000_000.0


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "stats.sqlite3"
    conn = open_for_writing(path, NOW - 40 * DAY)
    write_batch(conn, [
        ("a.com", report(("a.com:ad", 3), ("_default:spam", 1)), NOW - 35 * DAY),
        ("a.com", report(("a.com:ad", 2)), NOW - 2 * DAY),
        ("b.org", report(("_default:spam", 4), ("list:easylist:7", 2)), NOW - 10 * DAY),
        ("c.net", report(held=(("_default:spam", 1),)), NOW - 1 * DAY),
        ("c.net", report(), NOW),
    ])
    conn.close()
    return path


def test_per_rule_over_every_site(path):
    data = read(path)
    assert (data["pages"], data["sites"], data["since"], data["rules_total"]) == (5, 3, iso(NOW - 40 * DAY), 3)
    by_rule = {e["rule"]: e for e in data["rules"]}
    assert [e["rule"] for e in data["rules"]] == ["_default:spam", "a.com:ad", "list:easylist:7"]  # most matches first
    spam = by_rule["_default:spam"]
    assert (spam["matches"], spam["held"], spam["pages"], spam["sites"]) == (5, 1, 3, 3)
    assert spam["first_matched"] == iso(NOW - 35 * DAY) and spam["last_matched"] == iso(NOW - DAY)
    assert "on_site" not in spam
    assert read(path, limit=1)["rules"] == [spam] and read(path, limit=1)["rules_total"] == 3


def test_on_one_site_only_the_rules_that_matched_there_with_their_figures_there(path):
    data = read(path, "a.com")
    assert (data["site"], data["pages"], data["sites"]) == ("a.com", 2, 1)
    assert [e["rule"] for e in data["rules"]] == ["a.com:ad", "_default:spam"]
    spam = data["rules"][1]
    assert (spam["matches"], spam["sites"]) == (5, 3)  # over every site
    assert spam["on_site"] == {"matches": 1, "held": 0, "pages": 1, "first_matched": iso(NOW - 35 * DAY),
                               "last_matched": iso(NOW - 35 * DAY)}
    assert read(path, "nowhere.com")["rules"] == [] and read(path, "nowhere.com")["pages"] == 0


def test_unused_rules_never_seen_or_not_in_n_days(path):
    rules = ["a.com:ad", "a.com:old", "_default:spam", "list:easylist:7"]
    unused = read_unused(path, rules, 5, NOW)
    assert unused["rules"] == [{"rule": "a.com:old", "last_matched": None},
                               {"rule": "list:easylist:7", "last_matched": iso(NOW - 10 * DAY)}]
    assert unused["complete"] and unused["cutoff"] == iso(NOW - 5 * DAY)
    assert [e["rule"] for e in read_unused(path, rules, 1, NOW)["rules"]] == ["a.com:ad", "a.com:old", "list:easylist:7"]
    # on a site: judged by what the rule did there (spam last acted on a.com 35 days ago)
    assert [e["rule"] for e in read_unused(path, rules, 30, NOW, "a.com")["rules"]] == ["a.com:old", "_default:spam", "list:easylist:7"]
    assert not read_unused(path, rules, 60, NOW)["complete"]  # the file is 40 days old


def test_files_that_are_not_statistics_are_refused_with_a_code(tmp_path):
    with pytest.raises(StatsError) as missing:
        read(tmp_path / "none.sqlite3")
    assert missing.value.code == "no-stats" and "no statistics at" in missing.value.message
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)")
    for bad, why in ((junk, "not a statistics database"), (other, "no rule_site table")):
        with pytest.raises(StatsError) as err:
            read(bad)
        assert err.value.code == "stats-unavailable" and why in err.value.message and str(bad) in err.value.message
