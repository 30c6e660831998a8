"""The addon as a script for people who run mitmproxy already: `mitmdump -s addon/newsclean_mitmproxy.py`."""

from __future__ import annotations

import subprocess

import pytest
import requests

from .processes import REPO, Process, free_port, mitmdump_argv, wait_for_port
from .servers import PAGES, TEST_RULES, Origin, Route

SCRIPT = REPO / "addon" / "newsclean_mitmproxy.py"
PAGE = (PAGES / "article-utf-8.html").read_bytes()


@pytest.fixture(scope="module")
def origin():
    server = Origin()
    server.routes["/plain"] = Route(PAGE)
    yield server
    server.close()


def test_mitmdump_loads_the_script_and_takes_its_options_with_set(tmp_path, origin):
    port = free_port()
    proc = Process(mitmdump_argv(
        "-q", "-s", SCRIPT, "--listen-host", "127.0.0.1", "--listen-port", port,
        "--set", f"confdir={tmp_path}", "--set", f"newsclean_rules={TEST_RULES}", "--set", "newsclean_no_bundled=true",
        "--set", "newsclean_sites=127.0.0.1",
    ))
    try:
        wait_for_port(port)
        with requests.Session() as client:
            client.trust_env = False
            r = client.get(
                f"http://127.0.0.1:{origin.port}/plain", proxies={"http": f"http://127.0.0.1:{port}"}, timeout=30
            )
        assert r.headers["X-Newsclean"] == "removed=3; rules=_default"  # the spam link; two ad slots (detector)
        assert b"mentos4d" not in r.content and b"Owners of the six caf\xc3\xa9s" in r.content
    finally:
        proc.stop()


def test_mitmdump_refuses_a_bad_option_value_with_our_message(tmp_path):
    proc = subprocess.run(
        mitmdump_argv(
            "-s", SCRIPT, "--listen-host", "127.0.0.1", "--listen-port", free_port(),
            "--set", f"confdir={tmp_path}", "--set", "newsclean_max_bytes=-5",
        ),
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode != 0
    assert "newsclean_max_bytes must be a positive number of bytes, not -5" in proc.stdout + proc.stderr
