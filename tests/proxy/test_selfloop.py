"""Requests for the proxy itself, under any name, are answered by the control API or refused: never
forwarded back to the proxy (which would loop until the process runs out of file descriptors)."""

from __future__ import annotations

import http.client
import json
import logging

import pytest

from newsclean.proxy.selfloop import LoopGuard, is_self, literal_ip

from .servers import PAGES, TEST_RULES, Origin, Route, RunningProxy

LISTEN = [("127.0.0.1", 8080)]


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1", "127.1", "127.0.1", "2130706433", "0x7f.1", "0177.0.0.1", "127.0.0.2", "0.0.0.0", "0",
     "::1", "[::1]", "::ffff:127.0.0.1", "[::ffff:127.0.0.1]", "[::]", "localhost", "LOCALHOST.", "api.localhost"],
)
def test_every_spelling_of_a_loopback_or_unspecified_address_on_the_proxy_port_is_the_proxy(host):
    assert is_self(host, 8080, LISTEN)
    assert not is_self(host, 8081, LISTEN)  # another port: another service


@pytest.mark.parametrize("host", ["example.com", "10.0.0.1", "192.168.1.10", "127.0.0.1.example.com", "localhost.example", ""])
def test_other_hosts_are_not_the_proxy(host):
    assert not is_self(host, 8080, LISTEN)


def test_the_listen_address_itself_counts_when_it_is_not_loopback():
    assert is_self("192.168.1.10", 8080, [("192.168.1.10", 8080)])
    assert literal_ip("[::ffff:10.1.2.3]") == literal_ip("10.1.2.3")


# -- through the real proxy ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def origin():
    server = Origin()
    server.routes["/plain"] = Route((PAGES / "article-utf-8.html").read_bytes())
    yield server
    server.close()


class ResolvesToTheProxy:
    """loop.test resolves to the proxy itself, as a DNS answer (or a rebinding one) could make it: the
    server connection goes to 127.1 (127.0.0.1 by the resolver), a spelling mitmproxy's own check of
    its listen address does not know."""

    def __init__(self, port: int):
        self.port = port

    def request(self, flow) -> None:
        if flow.request.host == "loop.test":
            host_header = flow.request.host_header
            flow.request.host, flow.request.port = "127.1", self.port
            flow.request.host_header = host_header


@pytest.fixture(scope="module")
def proxy(tmp_path_factory, origin):
    running = RunningProxy(
        tmp_path_factory.mktemp("confdir"), {("courier.test", 80): origin.port}, rules=str(TEST_RULES),
        no_bundled=True, newsclean_watch=False,
    )
    running.call(lambda: running.master.addons.add(ResolvesToTheProxy(running.port)))
    yield running
    running.stop()


def through(proxy, method: str, url: str, host: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=30)
    try:
        conn.request(method, url, headers={"Host": host})
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


@pytest.mark.parametrize("host", ["127.1", "0.0.0.0", "[::ffff:127.0.0.1]", "localhost", "2130706433"])
def test_the_proxy_under_another_spelling_is_answered_by_the_control_api(proxy, host):
    authority = f"{host}:{proxy.port}"
    status, body = through(proxy, "GET", f"http://{authority}/newsclean/v1/status", authority)
    assert status == 401 and "token" in json.loads(body)["error"]  # the API's own answer, not a forward
    status, body = through(proxy, "GET", f"http://{authority}/", authority)
    assert status == 404 and "error" in json.loads(body)


def test_a_name_that_resolves_to_the_proxy_is_refused_after_one_hop(proxy, origin, caplog):
    caplog.set_level(logging.WARNING, logger="newsclean.proxy")
    status, body = through(proxy, "GET", "http://loop.test/anything", "loop.test")
    assert status == 508 and b"destination is the proxy itself" in body
    refusals = [r for r in caplog.records if "refused a request the proxy sent to itself" in r.getMessage()]
    assert len(refusals) == 1  # one hop came back, and went no further
    # and the proxy goes on serving sites
    status, body = through(proxy, "GET", "http://courier.test/plain", "courier.test")
    assert status == 200 and b"Front Street" in body


@pytest.mark.parametrize("host", ["127.1", "0.0.0.0", "localhost"])
def test_a_tunnel_to_the_proxy_itself_is_never_opened(proxy, host):
    conn = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=30)
    conn.set_tunnel(host, proxy.port)
    try:
        with pytest.raises(OSError, match="508"):
            conn.request("GET", "/")
    finally:
        conn.close()


def test_a_client_from_the_port_of_a_server_connection_to_somewhere_else_is_not_the_proxy():
    """Linux gives one local port to connections to different destinations: a browser's connection to
    the proxy may come from the port of the proxy's own connection to a loopback origin."""
    guard = LoopGuard()
    guard.server_connected(("127.0.0.1", 40000), ("127.0.0.1", 8000))  # the proxy to an origin on :8000
    assert not guard.from_self(("127.0.0.1", 40000), ("127.0.0.1", 8080))  # a client to the proxy on :8080
    assert guard.from_self(("127.0.0.1", 40000), ("127.0.0.1", 8000))  # the proxy's own, arriving at itself
    assert guard.from_self(("::ffff:127.0.0.1", 40000, 0, 0), ("::ffff:127.0.0.1", 8000, 0, 0))
    guard.server_connected(("127.0.0.1", 40000), ("127.0.0.1", 8080))  # the same port, to the proxy itself
    assert guard.from_self(("127.0.0.1", 40000), ("127.0.0.1", 8080))
    guard.server_disconnected(("127.0.0.1", 40000), ("127.0.0.1", 8080))
    assert not guard.from_self(("127.0.0.1", 40000), ("127.0.0.1", 8080))
    guard.server_disconnected(("127.0.0.1", 40000), ("127.0.0.1", 8000))
    assert not guard.from_self(("127.0.0.1", 40000), ("127.0.0.1", 8000)) and not guard.opened
