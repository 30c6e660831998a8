"""GET /newsclean/v1/stats through the real proxy: the rules that acted on the pages it cleaned, per
site or in all; the token as for every call; 404 no-stats when none are kept, 503 stats-unavailable
when the file cannot be used — while pages are cleaned as ever."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from .conftest import ApiClient, fetch_page, start_proxy, token_of


@pytest.fixture(scope="module")
def running(tmp_path_factory, origin):
    tmp = tmp_path_factory.mktemp("stats-proxy")
    proxy = start_proxy(tmp, origin, newsclean_watch=False, newsclean_stats_file=str(tmp / "stats.sqlite3"))
    yield proxy, ApiClient(proxy.port, token_of(proxy))
    proxy.stop()


def test_the_rules_that_acted_on_a_site_with_their_counts(running):
    proxy, client = running
    status, headers, _ = fetch_page(proxy)
    removed = int(headers["X-Newsclean"].split(";")[0].removeprefix("removed="))
    assert status == 200 and removed > 0
    fetch_page(proxy)
    report = client.report().json["report"]
    assert proxy.addon.stats.flush()
    answer = client.call("GET", "stats?site=newsinfo.inquirer.net")  # a host is taken as its site
    assert answer.status == 200, answer
    data = answer.json
    assert (data["site"], data["pages"], data["sites"], data["pending"]) == ("inquirer.net", 2, 1, 0)
    assert answer.headers["Access-Control-Allow-Origin"].startswith("chrome-extension://")
    by_rule = {e["rule"]: e for e in data["rules"]}
    for group in report["groups"]:  # every rule the page's report names, counted twice (two loads)
        entry = by_rule[group["rule"]]
        assert entry["matches"] == 2 * group["count"] and entry["pages"] == 2 and entry["sites"] == 1, entry
        assert entry["on_site"]["matches"] == entry["matches"]
        last = datetime.strptime(entry["last_matched"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        assert abs(time.time() - last.timestamp()) < 120
    everything = client.call("GET", "stats").json
    assert everything["site"] is None and everything["pages"] == 2 and everything["rules_total"] == len(data["rules"])


def test_stats_need_the_token_and_a_site_name(running):
    client = running[1]
    assert client.call("GET", "stats", token=None).status == 401
    assert client.call("GET", "stats", origin="http://www.attacker.test").status == 403
    bad = client.call("GET", "stats?site=..%2F..%2Fx")
    assert bad.status == 400 and bad.json["code"] == "bad-site"
    assert client.call("POST", "stats").status == 405


def test_no_statistics_kept(tmp_path, origin):
    proxy = start_proxy(tmp_path, origin, newsclean_watch=False, newsclean_stats=False)
    try:
        fetch_page(proxy)
        answer = ApiClient(proxy.port, token_of(proxy)).call("GET", "stats")
        assert answer.status == 404 and answer.json["code"] == "no-stats"
        assert "newsclean_stats=false" in answer.json["error"]
    finally:
        proxy.stop()


def test_a_damaged_file_answers_503_and_pages_are_cleaned_as_ever(tmp_path, origin):
    path = tmp_path / "stats.sqlite3"
    path.write_bytes(b"\x00garbage, not SQLite\n" * 500)
    proxy = start_proxy(tmp_path, origin, newsclean_watch=False, newsclean_stats_file=str(path))
    try:
        status, headers, body = fetch_page(proxy)
        assert status == 200 and not headers["X-Newsclean"].startswith("removed=0")
        assert b"Article continues after this advertisement" not in body
        answer = ApiClient(proxy.port, token_of(proxy)).call("GET", "stats?site=inquirer.net")
        assert answer.status == 503 and answer.json["code"] == "stats-unavailable", answer
        assert "rule statistics are off" in answer.json["error"] and str(path) in answer.json["error"]
    finally:
        proxy.stop()
