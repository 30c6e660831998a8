"""The API inside the proxy: answered on the proxy's own port, never cleaned, edits in force at once
(also when no rule folder was given), and rule files intact under racing and killed writers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from newsclean.engine.book.compile import parse_rule_text

from ..api.conftest import PAGE, PAGE_PATH, PAGE_URL, ApiClient, fetch_page, start_proxy, token_of, tree
from .servers import Origin, Route

# mitmproxy hands each new connection to the Master created last in the process (its global `ctx`),
# so every test here runs its own proxy and no other is alive at the same time.


@pytest.fixture(scope="module")
def origin():
    server = Origin()
    server.routes[PAGE_PATH] = Route(PAGE, "text/html; charset=utf-8")
    yield server
    server.close()


@pytest.fixture
def user_folder(tmp_path):
    folder = tmp_path / "user-rules"
    folder.mkdir()
    return folder


@pytest.fixture
def proxy(tmp_path, origin, user_folder):
    running = start_proxy(tmp_path, origin, rules=str(user_folder), newsclean_watch=False)
    yield running
    running.stop()


@pytest.fixture
def client(proxy):
    # conftest's client is module-scoped (one proxy for the API's tests); this module starts a proxy
    # per test, so its client is per test too
    return ApiClient(proxy.port, token_of(proxy))


PODCAST = b"LISTEN: Inquirer podcasts"
PODCAST_RULE = {"reason": "Podcast promo box inside the story", "text": "LISTEN: Inquirer podcasts", "upward": 1}


def test_other_paths_on_the_proxy_port_get_a_json_404(client):
    for path in ("/", "/favicon.ico", "/newsclean"):
        answer = client.call("GET", path, origin=None)
        assert answer.status == 404 and "error" in answer.json
        assert "X-Newsclean" not in answer.headers


def test_the_api_can_be_switched_off(tmp_path, origin):
    proxy = start_proxy(tmp_path, origin, newsclean_api=False, newsclean_watch=False)
    try:
        assert not (proxy.confdir / "newsclean-token").exists()
        answer = ApiClient(proxy.port, "x" * 43).call("GET", "status")
        assert answer.status == 404 and b"switched off" in answer.body
    finally:
        proxy.stop()


def test_without_a_rule_folder_edits_go_to_the_default_one_and_count_at_once(tmp_path, origin, monkeypatch):
    config = tmp_path / "config"
    monkeypatch.setenv("NEWSCLEAN_CONFIG", str(config))
    proxy = start_proxy(tmp_path, origin, newsclean_watch=False)
    try:
        client = ApiClient(proxy.port, token_of(proxy))
        assert PODCAST in fetch_page(proxy)[2]
        assert not (config / "rules").exists()  # no rule folder made before the first edit
        assert sorted(p.name for p in config.iterdir())[0] == "stats.sqlite3"  # (the config folder holds the statistics)
        assert client.add("inquirer.net", PODCAST_RULE).status == 201
        assert (config / "rules" / "inquirer.net.toml").is_file()
        assert PODCAST not in fetch_page(proxy)[2]
        assert str(config / "rules") in client.call("GET", "status").json["rules"]["dirs"]
        token = client.token
    finally:
        proxy.stop()
    # next run: the folder is loaded from the start, and the token is the same
    proxy = start_proxy(tmp_path, origin, newsclean_watch=False)
    try:
        assert token_of(proxy) == token
        assert PODCAST not in fetch_page(proxy)[2]
    finally:
        proxy.stop()


def test_edits_racing_over_http_and_from_other_processes_all_land(client, proxy, user_folder):
    errors, acked = [], set()
    lock = threading.Lock()

    def over_http(t):
        for i in range(6):
            name = f"http-{t}-{i}"
            answer = client.add("inquirer.net", {"name": name, "reason": "racing", "css": f".{name}"})
            if answer.status != 201:
                errors.append(answer)
                return
            with lock:
                acked.add(name)

    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(user_folder), f"proc{n}", "10"], stdout=subprocess.PIPE, text=True)
        for n in range(2)
    ]
    threads = [threading.Thread(target=over_http, args=(t,)) for t in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    for p in procs:
        out, _ = p.communicate(timeout=120)
        assert p.returncode == 0
        acked.update(out.split())
    assert not errors, errors
    assert len(acked) == 6 * 6 + 2 * 10
    path = user_folder / "inquirer.net.toml"
    parsed = parse_rule_text(path.read_text(), str(path), "inquirer.net")
    assert {r.name for r in parsed.rules} == acked and not parsed.errors
    # the proxy's view agrees (the processes' edits reach it with the next reload)
    client.add("inquirer.net", {"name": "last", "reason": "r", "css": ".last"})
    listed = {r["name"] for r in client.call("GET", "sites/inquirer.net/rules").json["rules"] if r["origin"] == "user"}
    assert listed == acked | {"last"}


WRITER = """
import sys
from newsclean.edit.editor import RuleEditor
editor = RuleEditor(sys.argv[1])
tag, count = sys.argv[2], int(sys.argv[3])
for i in range(count):
    name = f"{tag}-{i}"
    editor.add_rule("inquirer.net", {"name": name, "reason": "racing writer", "css": "." + name})
    print(name, flush=True)
"""


def test_a_writer_killed_mid_way_while_the_api_edits(client, proxy, user_folder):
    path = user_folder / "inquirer.net.toml"
    acked = set()
    stop = threading.Event()
    errors = []

    def api_editor():
        i = 0
        while not stop.is_set() and i < 400:
            name = f"api-{i}"
            answer = client.add("inquirer.net", {"name": name, "reason": "r", "css": f".{name}"})
            if answer.status != 201:
                errors.append(answer)
                return
            acked.add(name)
            i += 1

    thread = threading.Thread(target=api_editor)
    thread.start()
    try:
        for round_ in range(4):
            proc = subprocess.Popen(
                [sys.executable, "-c", WRITER, str(user_folder), f"k{round_}", "100000"], stdout=subprocess.PIPE, text=True)
            acked.add(proc.stdout.readline().strip())
            time.sleep(0.05 * round_)
            os.kill(proc.pid, signal.SIGKILL)
            out, _ = proc.communicate(timeout=30)
            acked.update(out.split())
            parsed = parse_rule_text(path.read_text(), str(path), "inquirer.net")  # always parses
            assert not parsed.errors
    finally:
        stop.set()
        thread.join(120)
    assert not errors, errors
    parsed = parse_rule_text(path.read_text(), str(path), "inquirer.net")
    assert acked <= {r.name for r in parsed.rules}
    # and the API goes on working on the same file
    assert client.call("POST", "sites/inquirer.net/undo").status == 200
    assert client.call("GET", "sites/inquirer.net").status == 200


def test_refused_requests_create_nothing_anywhere(tmp_path, origin, monkeypatch):
    """Before any edit: refusals do not even create the default rule folder."""
    config = tmp_path / "config"
    monkeypatch.setenv("NEWSCLEAN_CONFIG", str(config))
    proxy = start_proxy(tmp_path, origin, newsclean_watch=False)
    try:
        client = ApiClient(proxy.port, token_of(proxy))
        before = tree(tmp_path)
        assert client.add("inquirer.net", PODCAST_RULE, token=None).status == 401
        assert client.add("inquirer.net", PODCAST_RULE, origin="https://evil.example").status == 403
        assert client.add("inquirer.net", {"reason": "r"}).status == 400
        assert client.add("..%2F..%2Fx", PODCAST_RULE).status == 400
        assert tree(tmp_path) == before and not (config / "rules").exists()  # (the statistics aside: tree())
    finally:
        proxy.stop()


@pytest.mark.parametrize("via_proxy", [False, True])
def test_a_report_after_a_page_load(client, proxy, via_proxy):
    fetch_page(proxy)
    answer = client.report(PAGE_URL, via_proxy=via_proxy)
    assert answer.status == 200 and answer.json["report"]["served"]["status"] == "cleaned"


LONG_PATH = "/1987655/long-page"
LONG_PAGE = b"<!DOCTYPE html><html><head><title>Long</title></head><body>" + b"<p>x</p>" * 30_000 + b"</body></html>"
# libxml2 evaluates this in time quadratic in the paragraphs: seconds on 30,000 of them, on any machine
SLOW_RULE = {"reason": "x", "xpath": "//p[count(following::p) = 0 and string-length(.) > 100000]"}


def test_a_preview_is_held_to_the_page_budget_and_the_proxy_serves_on(tmp_path, origin, user_folder):
    """A proposed rule that would take seconds on the page's last copy is answered 503 "over-budget"
    at the page budget, like a page would be served as it came; other pages are served meanwhile."""
    origin.routes[LONG_PATH] = Route(LONG_PAGE, "text/html; charset=utf-8")
    proxy = start_proxy(tmp_path, origin, rules=str(user_folder), newsclean_watch=False, newsclean_budget_ms=3000)
    try:
        client = ApiClient(proxy.port, token_of(proxy))
        long_url = "http://newsinfo.inquirer.net" + LONG_PATH
        status, headers, _ = fetch_page(proxy, long_url)
        assert status == 200 and "removed=" in headers.get("X-Newsclean", "")  # cleaned in time: its copy kept
        fast = client.call("POST", "preview", {"url": long_url, "rule": {"reason": "x", "css": "title"}})
        assert fast.status == 200 and fast.json["applied"] == 1
        slow = client.call("POST", "preview", {"url": long_url, "rule": SLOW_RULE})
        assert slow.status == 503 and slow.json["code"] == "over-budget", slow
        assert "3000 ms" in slow.json["error"]
        status, headers, body = fetch_page(proxy)
        assert status == 200 and "removed=" in headers.get("X-Newsclean", "")  # cleaned, while the preview runs on
    finally:
        proxy.stop()
        origin.routes.pop(LONG_PATH, None)
