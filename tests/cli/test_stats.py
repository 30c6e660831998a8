"""`newsclean stats` as a real process on a real statistics file: the table, --site, --json, the
rules unused in N days (exit 1), and the usage errors and missing files (exit 2)."""

from __future__ import annotations

import json
import re
import time

from newsclean.stats.queries import DAY, iso
from newsclean.stats.schema import open_for_writing
from newsclean.stats.store import write_batch

from ..stats.reports import report
from .test_main import newsclean

RULES = """[[rule]]
name = "ad"
reason = "ad slot"
css = "div.ad"

[[rule]]
name = "old"
reason = "a box the site dropped"
css = "div.old"

[[rule]]
name = "off"
reason = "switched off by hand"
css = "div.x"
enabled = false
"""


def make(tmp_path):
    now = time.time()
    path = tmp_path / "stats.sqlite3"
    conn = open_for_writing(path, now - 60 * DAY)
    write_batch(conn, [
        ("a.com", report(("a.com:ad", 2)), now - 50 * DAY),
        ("a.com", report(("a.com:old", 1)), now - 40 * DAY),
        ("a.com", report(("a.com:ad", 3), ("list:easylist:9", 1)), now - DAY),
        ("b.org", report(("list:easylist:9", 4)), now - 2 * DAY),
    ])
    conn.close()
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "a.com.toml").write_text(RULES)
    return path, rules, now


def run(*args):
    proc = newsclean("stats", *args)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


def test_the_table_and_its_json(tmp_path):
    path, _, now = make(tmp_path)
    code, out, err = run("--file", path)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"rule statistics in {path}, kept since {iso(now - 60 * DAY)[:10]} {iso(now - 60 * DAY)[11:16]} UTC: 4 page(s) of 2 site(s)"
    assert [line.split()[-1] for line in lines[2:]] == ["a.com:ad", "list:easylist:9", "a.com:old"]
    assert lines[3].split()[:4] == ["5", "0", "2", "2"]
    code, out, _ = run("--file", path, "--json")
    data = json.loads(out)
    assert code == 0 and set(data) == {"file", "since", "site", "pages", "sites", "rules", "rules_total"}
    assert data["rules"][0] == {"rule": "a.com:ad", "matches": 5, "held": 0, "pages": 2, "sites": 1,
                                "first_matched": iso(now - 50 * DAY), "last_matched": iso(now - DAY)}


def test_one_site(tmp_path):
    path, _, _ = make(tmp_path)
    code, out, _ = run("--file", path, "--site", "www.b.org")
    lines = out.splitlines()
    assert code == 0 and lines[0].endswith(": 1 page(s) on b.org")
    assert lines[1].endswith("rule (figures on b.org; sites: in all)")
    assert len(lines) == 3 and lines[2].split()[:4] == ["4", "0", "1", "2"] and lines[2].endswith("list:easylist:9")
    code, out, _ = run("--file", path, "--site", "nowhere.net")
    assert code == 0 and out.splitlines()[-1] == "no rule has matched on nowhere.net yet"


def test_rules_unused_in_n_days(tmp_path):
    path, rules, now = make(tmp_path)
    before = time.time()
    code, out, err = run("--file", path, "--rules", rules, "--no-bundled", "--unused-days", "30")
    after = time.time()
    assert code == 1, err
    # the command reads the clock itself, somewhere between before and after: a minute may turn
    cutoffs = {f"{iso(t - 30 * DAY)[:10]} {iso(t - 30 * DAY)[11:16]}" for t in (before, after)}
    head, *rest = out.splitlines()[1:]
    since = re.fullmatch(r"1 rule\(s\) of the loaded book matched nothing in 30 day\(s\) \(since (.+) UTC\):", head)
    assert since[1] in cutoffs
    assert rest == [
        f"  a.com:old: last matched {iso(now - 40 * DAY)[:10]} {iso(now - 40 * DAY)[11:16]} UTC",
    ]  # the switched-off rule cannot match: not listed; the file is older than 30 days: no note
    code, out, _ = run("--file", path, "--rules", rules, "--no-bundled", "--unused-days", "45", "--json")
    assert code == 0 and json.loads(out)["unused"] == {
        "days": 45.0, "cutoff": json.loads(out)["unused"]["cutoff"], "since": iso(now - 60 * DAY), "complete": True, "rules": []}
    code, out, _ = run("--file", path, "--rules", rules, "--no-bundled", "--unused-days", "0.5", "--json")
    assert code == 1 and [r["rule"] for r in json.loads(out)["unused"]["rules"]] == ["a.com:ad", "a.com:old"]


def test_usage_errors_and_missing_statistics(tmp_path):
    path, _, _ = make(tmp_path)
    code, _, err = run("--file", tmp_path / "none.sqlite3")
    assert code == 2 and f"no statistics at {tmp_path / 'none.sqlite3'} yet" in err
    for days in ("0", "-3", "soon", "inf"):
        code, _, err = run("--file", path, "--unused-days", days)
        assert code == 2 and "--unused-days" in err, (days, err)
    code, _, err = run("--file", path, "--site", "../../etc")
    assert code == 2 and "--site: " in err
    code, _, err = run("--file", path, "--unused-days", "3", "--rules", tmp_path / "missing")
    assert code == 2 and "no such rule folder" in err
    not_stats = tmp_path / "notes.txt"
    not_stats.write_text("shopping list\n" * 100)
    code, _, err = run("--file", not_stats)
    assert code == 2 and "is not a statistics database" in err


def test_the_default_file_is_the_proxys(tmp_path):
    path, _, _ = make(tmp_path)
    proc = newsclean("stats", "--json", config=tmp_path)  # $NEWSCLEAN_CONFIG/stats.sqlite3
    assert proc.returncode == 0 and json.loads(proc.stdout)["file"] == str(path)
