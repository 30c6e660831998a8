"""Rule statistics end to end: real pages from a real origin on 127.0.0.1 through a real proxy,
counted off the page path and written when the proxy stops, then read by `newsclean stats` as a real
process; a restart adds to them; a damaged file switches them off and pages are cleaned as ever.

Sites (tests/proxy/rules): courier.test has a rule file (its ad-label takes the page's two ad
labels) and a rule that never matches; listed.test gets the default rules, where the spam link goes
by its rule and the two ad labels by the junk detector (counted as ``detect:ad``).
"""

from __future__ import annotations

import json
import shutil
import signal

import pytest

from ..cli.test_main import newsclean
from .servers import PAGES, TEST_RULES, Origin, Route, RunningProxy, requests_session
from .test_stop import Proxy

PAGE = (PAGES / "article-utf-8.html").read_bytes()
NEVER = '\n[[rule]]\nname = "never"\nreason = "A box this site dropped long ago"\ncss = "div.gone-for-years"\n'


@pytest.fixture(scope="module")
def rules_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rules")
    for f in TEST_RULES.glob("*.toml"):
        shutil.copy(f, folder / f.name)
    with (folder / "courier.test.toml").open("a") as f:
        f.write(NEVER)
    return folder


@pytest.fixture(scope="module")
def origin():
    server = Origin()
    server.routes.update({"/plain": Route(PAGE), "/small": Route(PAGE)})
    yield server
    server.close()


def start(tmp_path, rules_dir, origin, stats_file, **options) -> RunningProxy:
    hosts = {(name, 80): origin.port for name in ("courier.test", "listed.test")}
    return RunningProxy(
        tmp_path / "confdir", hosts, rules=str(rules_dir), no_bundled=True, sites=["listed.test"],
        newsclean_watch=False, newsclean_stats_file=str(stats_file), **options,
    )


def load(proxy: RunningProxy, *urls: str) -> list[str]:
    with requests_session(proxy) as session:
        answers = [session.get(url, timeout=60) for url in urls]
    assert all(r.status_code == 200 for r in answers)
    return [r.headers["X-Newsclean"] for r in answers]


def stats(*args, rules_dir=None):
    more = ("--rules", rules_dir, "--no-bundled") if rules_dir else ()
    proc = newsclean("stats", *args, *more)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


def test_pages_through_the_proxy_are_counted_and_survive_a_restart(tmp_path, rules_dir, origin):
    (tmp_path / "confdir").mkdir()
    stats_file = tmp_path / "stats.sqlite3"
    proxy = start(tmp_path, rules_dir, origin, stats_file)
    try:
        said = load(proxy, "http://courier.test/plain", "http://courier.test/plain", "http://listed.test/plain")
        assert said == ["removed=3; rules=courier.test,_default"] * 2 + ["removed=3; rules=_default"]
        assert proxy.addon.stats.written == 0  # still in the batch: the writer's interval is seconds
    finally:
        proxy.stop()  # the batch is written as the proxy stops

    code, out, err = stats("--file", stats_file, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["pages"], data["sites"], data["site"]) == (3, 2, None)
    by_rule = {e["rule"]: e for e in data["rules"]}
    assert set(by_rule) == {"courier.test:ad-label", "_default:spam-link-paragraph", "detect:ad"}
    label, spam, detected = by_rule["courier.test:ad-label"], by_rule["_default:spam-link-paragraph"], by_rule["detect:ad"]
    assert (label["matches"], label["pages"], label["sites"]) == (4, 2, 1)
    assert (spam["matches"], spam["pages"], spam["sites"]) == (3, 3, 2)
    assert (detected["matches"], detected["pages"], detected["sites"]) == (2, 1, 1)

    code, out, err = stats("--file", stats_file)
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith(f"rule statistics in {stats_file}, kept since ")
    assert lines[0].endswith(": 3 page(s) of 2 site(s)")
    assert lines[1].split() == ["matches", "held", "pages", "sites", "last", "matched", "rule"]
    assert lines[2].split()[:4] == ["4", "0", "2", "1"] and lines[2].endswith("  courier.test:ad-label")
    assert lines[3].split()[:4] == ["3", "0", "3", "2"] and lines[3].endswith("  _default:spam-link-paragraph")

    code, out, _ = stats("--file", stats_file, "--site", "Listed.TEST", "--json")
    site = json.loads(out)
    assert code == 0 and site["site"] == "listed.test" and site["pages"] == 1
    assert [(e["rule"], e["on_site"]["matches"], e["matches"]) for e in site["rules"]] == [
        ("detect:ad", 2, 2), ("_default:spam-link-paragraph", 1, 3)]

    # The rules that matched nothing: the one courier.test never needs (exit 1: a finding)
    code, out, err = stats("--file", stats_file, "--unused-days", "7", rules_dir=rules_dir)
    assert code == 1, err
    assert "1 rule(s) of the loaded book matched nothing in 7 day(s)" in out
    assert "  courier.test:never: never matched" in out and "ad-label" not in out.split("\n", 1)[1]
    assert "note: the statistics go back to" in out  # the file is minutes old, not 7 days
    code, out, _ = stats("--file", stats_file, "--unused-days", "7", "--site", "listed.test", "--json", rules_dir=rules_dir)
    assert code == 0 and json.loads(out)["unused"]["rules"] == []  # the defaults in force there all matched

    again = start(tmp_path, rules_dir, origin, stats_file)
    try:
        load(again, "http://courier.test/plain")
    finally:
        again.stop()
    data = json.loads(stats("--file", stats_file, "--json")[1])
    label = next(e for e in data["rules"] if e["rule"] == "courier.test:ad-label")
    assert (data["pages"], label["matches"], label["pages"]) == (4, 6, 3)


def test_a_damaged_file_never_stops_the_cleaning(tmp_path, rules_dir, origin, caplog):
    (tmp_path / "confdir").mkdir()
    stats_file = tmp_path / "stats.sqlite3"
    junk = b"SQLite format 3\x00" + bytes(range(256)) * 40
    stats_file.write_bytes(junk)
    proxy = start(tmp_path, rules_dir, origin, stats_file)
    try:
        assert load(proxy, *["http://courier.test/plain"] * 5) == ["removed=3; rules=courier.test,_default"] * 5
        assert proxy.addon.stats.error is not None and proxy.addon.stats.pending == 0
    finally:
        proxy.stop()
    assert stats_file.read_bytes() == junk
    said = [r.getMessage() for r in caplog.records if "rule statistics are off" in r.getMessage()]
    assert len(said) == 1 and str(stats_file) in said[0]
    code, _, err = stats("--file", stats_file)
    assert code == 2 and "is not a statistics database" in err


def test_newsclean_run_writes_what_it_counted_when_stopped(tmp_path, rules_dir, origin):
    """The real command, stopped by Ctrl-C: its last batch is in the file, and it stops as fast as ever
    (within test_stop's STOP_WITHIN seconds, exit status 0)."""
    confdir = tmp_path / "confdir"
    confdir.mkdir()
    stats_file = tmp_path / "stats.sqlite3"
    proxy = Proxy((rules_dir, confdir), origin, f"newsclean_stats_file={stats_file}")
    try:
        for _ in range(3):
            assert proxy.get("/small").headers["X-Newsclean"] == "removed=3; rules=_default"
        assert proxy.stop(signal.SIGINT) == 0, proxy.stderr()
    finally:
        proxy.kill()
    data = json.loads(stats("--file", stats_file, "--json")[1])
    assert data["pages"] == 3 and data["sites"] == 1
    assert [(e["rule"], e["matches"]) for e in data["rules"]] == [("detect:ad", 6), ("_default:spam-link-paragraph", 3)]

