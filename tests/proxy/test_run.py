"""`newsclean run` as a user runs it: a real process, its banner, a real request through it, Ctrl-C."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess

import pytest
import requests

from .processes import Process, newsclean_argv
from .servers import PAGES, TEST_RULES, Origin, Route, make_tls_cert

PAGE = (PAGES / "article-utf-8.html").read_bytes()


@pytest.fixture(scope="module")
def origin():
    server = Origin()
    server.routes["/plain"] = Route(PAGE)
    server.routes["/no-junk"] = Route(b"<html><body><article><p>Nothing to clean here.</p></article></body></html>")
    yield server
    server.close()


@pytest.fixture(scope="module")
def tls_origin(tmp_path_factory):
    """An HTTPS origin with a self-signed certificate: the proxy cannot verify it (a warning)."""
    cert, key = make_tls_cert(tmp_path_factory.mktemp("tls"), ["127.0.0.1"])
    server = Origin(tls_cert=cert, tls_key=key)
    server.routes["/"] = Route(PAGE)
    yield server
    server.close()


def test_run_prints_how_to_use_it_cleans_through_it_and_stops_on_ctrl_c(tmp_path, origin):
    confdir = tmp_path / "mitmproxy"
    proc = Process(newsclean_argv(
        "run", "--port", 0, "--confdir", confdir, "--rules", TEST_RULES, "--no-bundled", "--site", "127.0.0.1",
    ))
    try:
        first = proc.wait_for_line("newsclean proxy on http://127.0.0.1:")
        port = int(re.search(r":(\d+)$", first.strip()).group(1))
        proc.wait_for_line("Stop with Ctrl-C")
        banner = "".join(proc.out)
        ca = confdir / "mitmproxy-ca-cert.pem"
        assert ca.is_file()
        assert "covers 3 sites: 2 with rule files (courier.test, switched-off.test); 1 you listed" in banner
        assert f"Chromium/Chrome and Firefox on Linux trust it after:  newsclean trust --confdir {confdir}" in banner
        assert f"Firefox: Settings > Network Settings > Manual proxy configuration: HTTP Proxy 127.0.0.1, Port {port}," in banner
        assert f"curl -s -o /dev/null -D - -x http://127.0.0.1:{port} --cacert {ca} https://courier.test/" in banner

        with requests.Session() as client:
            client.trust_env = False
            proxies = {"http": f"http://127.0.0.1:{port}"}
            r = client.get(f"http://127.0.0.1:{origin.port}/plain", proxies=proxies, timeout=30)
        assert r.headers["X-Newsclean"] == "removed=3; rules=_default"  # the spam link; two ad slots (detector)
        assert b"mentos4d" not in r.content
        proc.wait_for_line(f"newsclean: cleaned http://127.0.0.1:{origin.port}/plain: removed=3")
    finally:
        code = proc.stop()
    assert code == 0, "".join(proc.err)


def test_busy_port_is_a_clear_error(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = subprocess.run(
            newsclean_argv("run", "--port", port, "--confdir", tmp_path),
            capture_output=True, text=True, timeout=120,
        )
    assert proc.returncode == 1
    assert f"newsclean run: cannot listen on 127.0.0.1:{port}" in proc.stderr
    assert "newsclean proxy on" not in proc.stdout
    output = proc.stdout + proc.stderr
    assert "failed to listen" in output  # mitmproxy's error stays ...
    assert "--mode" not in output  # ... without its hint of an option newsclean does not take


@pytest.mark.parametrize(
    "args, message",
    [
        (["--rules", "/no/such/folder"],
         "newsclean run: newsclean_rules: /no/such/folder does not exist (create it: mkdir -p /no/such/folder)"),
        (["--rules", "/etc/passwd"], "newsclean run: newsclean_rules: /etc/passwd is not a folder"),
        (["--site", "https://example.com/"], "newsclean run: newsclean_sites: 'https://example.com/': give a domain"),
        (["--unlisted-mode", "summary"], "argument --unlisted-mode: invalid choice: 'summary'"),
        (["--set", "newsclean_bugdet_ms=500"], "newsclean run: Unknown option(s): newsclean_bugdet_ms"),
        (["--set", "newsclean_budget_ms=0"], "newsclean run: newsclean_budget_ms must be at least 1 millisecond, not 0"),
    ],
)
def test_bad_arguments_are_refused_before_listening(tmp_path, args, message):
    proc = subprocess.run(
        newsclean_argv("run", "--port", 0, "--confdir", tmp_path, *args), capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 2
    assert message in proc.stderr


def test_a_new_rule_folder_is_created(tmp_path):
    folder = tmp_path / "my-rules"
    proc = Process(newsclean_argv("run", "--port", 0, "--confdir", tmp_path / "mitmproxy", "--rules", folder))
    try:
        proc.wait_for_line("Stop with Ctrl-C")
    finally:
        code = proc.stop()
    assert code == 0, "".join(proc.err)
    assert folder.is_dir()


BROKEN_RULE = """
[[rule]]
name = "ad"
reason = "a typo in a key"
css = "div.ad"
upwards = 1
"""


@pytest.mark.parametrize("flag", [None, "--quiet", "--verbose"])
def test_the_terminal_shows_newsclean_and_problems_and_mitmproxy_only_when_asked(tmp_path, origin, tls_origin, flag):
    rules = tmp_path / "rules"
    shutil.copytree(TEST_RULES, rules)
    (rules / "broken.test.toml").write_text(BROKEN_RULE, encoding="utf-8")
    proc = Process(newsclean_argv(
        "run", *([flag] if flag else []), "--port", 0, "--confdir", tmp_path / "mitmproxy", "--rules", rules,
        "--no-bundled", "--site", "127.0.0.1",
    ))
    try:
        first = proc.wait_for_line("newsclean proxy on http://127.0.0.1:")
        port = int(re.search(r":(\d+)$", first.strip()).group(1))
        proc.wait_for_line("Stop with Ctrl-C")
        proxies = {"http": f"http://127.0.0.1:{port}", "https": f"http://127.0.0.1:{port}"}
        with requests.Session() as client:
            client.trust_env = False
            for path in ("/plain", "/no-junk", "/missing"):
                client.get(f"http://127.0.0.1:{origin.port}{path}", proxies=proxies, timeout=30)
            with pytest.raises(requests.exceptions.SSLError):  # the client does not trust the proxy's CA
                client.get(f"https://127.0.0.1:{tls_origin.port}/", proxies=proxies, timeout=30)
    finally:
        code = proc.stop()
    assert code == 0, "".join(proc.err)
    output = "".join(proc.out + proc.err)
    log = [line for line in output.splitlines() if line.startswith("[")]  # the log's lines start with a time

    # Problems are shown whatever the flag: a rule error (newsclean's) and a TLS failure (mitmproxy's).
    assert any(f"newsclean: rule error: {rules / 'broken.test.toml'}" in line and "did you mean `upward`?" in line
               for line in log), output
    assert any("TLS handshake failed" in line for line in log), output
    assert "newsclean proxy on http://127.0.0.1:" in output  # the banner, with every flag

    cleaned = [line for line in log if "newsclean: cleaned" in line]
    connects = [line for line in log if line.endswith("client connect")]
    if flag == "--quiet":
        assert cleaned == [] and connects == []
        assert all("newsclean: rule error" in line or "TLS handshake failed" in line for line in log), output
    elif flag is None:
        # one line for the page that was cleaned; nothing for the others, nothing of mitmproxy's but its warning
        assert len(cleaned) == 1 and f"cleaned http://127.0.0.1:{origin.port}/plain: removed=3" in cleaned[0]
        assert connects == [] and not any("client disconnect" in line or "server connect" in line for line in log)
        mitmproxys = [line for line in log if "] newsclean: " not in line]
        assert len(mitmproxys) == 2 and all("TLS handshake failed" in line for line in mitmproxys), output
    else:
        assert len(cleaned) == 1
        assert len(connects) >= 2 and any("server connect 127.0.0.1:" in line for line in log)
        assert any("proxy listening at 127.0.0.1:" in line for line in log)
