"""A running proxy (`newsclean run`, a real process) takes a new version of a filter list: one that
`newsclean lists update` wrote (the rule watcher sees lists/ too), and one its own schedule fetched
(`newsclean_lists_update_hours`), both from a real origin on 127.0.0.1."""

from __future__ import annotations

import re
import time

import lxml.html
import pytest
import requests

from ..cli.test_main import newsclean
from .processes import Process, newsclean_argv
from .servers import Origin, Route

PAGE = b"""<html><head><title>Harbour</title></head><body><article>
<p>The council approved the new harbour budget on Monday after a long and heated debate in the chamber.</p>
<div class="promo-a">Promotion A</div>
<div class="promo-b">Promotion B</div>
<p>Work is expected to last until September, when the first ships will dock at the new quay.</p>
</article></body></html>"""
V1 = b"! Title: test\n##.promo-a\n"
V2 = b"! Title: test\n##.promo-a\n##.promo-b\n"


@pytest.fixture()
def origin():
    server = Origin()
    server.routes["/page"] = Route(PAGE)
    server.routes["/list.txt"] = Route(V1, content_type="text/plain", etag='"v1"')
    yield server
    server.close()


def hidden(port: int, origin: Origin) -> set[str]:
    with requests.Session() as client:
        client.trust_env = False
        r = client.get(f"http://127.0.0.1:{origin.port}/page", proxies={"http": f"http://127.0.0.1:{port}"}, timeout=30)
    root = lxml.html.document_fromstring(r.content)
    return {el.get("class") for el in root.iter() if el.get("data-newsclean-hidden")}


def start(tmp_path, rules, *sets) -> tuple[Process, int]:
    argv = newsclean_argv("run", "--port", 0, "--confdir", tmp_path / "mitmproxy", "--rules", rules, "--no-bundled",
                          "--site", "127.0.0.1", *[x for s in sets for x in ("--set", s)])
    proc = Process(argv)
    first = proc.wait_for_line("newsclean proxy on http://127.0.0.1:")
    proc.wait_for_line("Stop with Ctrl-C")
    return proc, int(re.search(r":(\d+)$", first.strip()).group(1))


def wait_for(predicate, what: str, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.3)
    raise AssertionError(f"gave up after {timeout} s waiting for {what}")


def test_a_list_updated_from_the_command_line_is_in_force_at_once(tmp_path, origin):
    rules = tmp_path / "rules"
    assert newsclean("lists", "add", f"http://127.0.0.1:{origin.port}/list.txt", "--rules", rules).returncode == 0
    proc, port = start(tmp_path, rules)  # the default schedule: the list, just fetched, is not due
    try:
        assert hidden(port, origin) == {"promo-a"}
        origin.routes["/list.txt"] = Route(V2, content_type="text/plain", etag='"v2"')
        update = newsclean("lists", "update", "--rules", rules)
        assert update.returncode == 0 and "list: updated" in update.stdout.decode(), update.stdout
        wait_for(lambda: hidden(port, origin) == {"promo-a", "promo-b"}, "the proxy to apply the new list")
        assert sum(1 for seen in origin.seen if seen[2] == "/list.txt") == 2  # the add and the update: no schedule
    finally:
        assert proc.stop() == 0, "".join(proc.err)


def test_the_proxy_updates_lists_on_its_schedule(tmp_path, origin):
    rules = tmp_path / "rules"
    assert newsclean("lists", "add", f"http://127.0.0.1:{origin.port}/list.txt", "--rules", rules).returncode == 0
    proc, port = start(tmp_path, rules, "newsclean_lists_update_hours=0.0005")  # every 1.8 s
    try:
        assert hidden(port, origin) == {"promo-a"}
        wait_for(lambda: any(s[3].get("If-None-Match") == '"v1"' for s in origin.seen), "a conditional GET")
        origin.routes["/list.txt"] = Route(V2, content_type="text/plain", etag='"v2"')
        proc.wait_for_line("newsclean: filter list list updated")
        wait_for(lambda: hidden(port, origin) == {"promo-a", "promo-b"}, "the proxy to apply the new list")
        origin.routes["/list.txt"] = Route(b"<html><body>Server error</body></html>", status=500)
        proc.wait_for_line("newsclean: filter list list not updated: [http-error] the server answered 500")
        assert hidden(port, origin) == {"promo-a", "promo-b"}  # the last good version stays in force
    finally:
        assert proc.stop() == 0, "".join(proc.err)


def test_a_negative_period_is_refused(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    proc = Process(newsclean_argv("run", "--port", 0, "--confdir", tmp_path / "m", "--rules", rules, "--no-bundled",
                                  "--set", "newsclean_lists_update_hours=-1"))
    assert proc.proc.wait(60) != 0
    assert "newsclean_lists_update_hours must be 0 (never) or a number of hours" in "".join(proc.out + proc.err)
