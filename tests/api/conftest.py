"""Real parts for the control API tests: the proxy (with the API) on an ephemeral port, an origin
serving an Inquirer page under its real name, and an HTTP client that talks to the API as the
extension does (or as an attacker would)."""

from __future__ import annotations

import hashlib
import http.client
import json
import shutil
from pathlib import Path
from urllib.parse import quote

import pytest

from ..proxy.servers import Origin, Route, RunningProxy

HERE = Path(__file__).resolve().parent
PAGE = (HERE / "pages" / "inquirer-newsinfo.html").read_bytes()
PAGE_PATH = "/1987654/mrt-3-to-run-extended-hours"
PAGE_URL = "http://newsinfo.inquirer.net" + PAGE_PATH
EXTENSION = "chrome-extension://kfbnhhmelkfbdmemdhcgjoodmfpgodhe"
ATTACKER = "http://www.attacker.test"
_DEFAULT = object()


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its hash (lock files aside: they hold nothing; and the rule
    statistics, which the running proxy writes in the config folder whatever the API is asked)."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "lock" and not p.name.startswith("stats.sqlite3")
    }


class Answer:
    def __init__(self, status: int, headers: http.client.HTTPMessage, body: bytes):
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def json(self):
        return json.loads(self.body) if self.body else None

    def __repr__(self):
        return f"<{self.status} {self.body[:300]!r}>"


class ApiClient:
    """Talks HTTP/1.1 to the proxy's own port: straight (as Chromium and Firefox send loopback
    requests) or, with ``via_proxy``, as an absolute-form request through the proxy."""

    def __init__(self, port: int, token: str):
        self.port = port
        self.token = token

    def call(self, method, path, body=None, *, token=_DEFAULT, origin=EXTENSION, headers=None,
             content_type="application/json", via_proxy=False, raw: bytes | None = None) -> Answer:
        hdrs = {}
        if origin is not None:
            hdrs["Origin"] = origin
        token = self.token if token is _DEFAULT else token
        if token is not None:
            hdrs["Authorization"] = f"Bearer {token}"
        data = raw
        if data is None and body is None and method in ("POST", "PUT", "PATCH", "DELETE"):
            body = {}  # as the extension sends every write: a JSON object, even an empty one
        if data is None and body is not None:
            data = json.dumps(body).encode("utf-8")
        if data is not None and content_type:
            hdrs["Content-Type"] = content_type
        hdrs.update(headers or {})
        target = path if path.startswith("/") else "/newsclean/v1/" + path
        if via_proxy:
            target = f"http://127.0.0.1:{self.port}{target}"
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            conn.putrequest(method, target, skip_accept_encoding=True)
            for k, v in hdrs.items():
                for value in v if isinstance(v, list) else [v]:
                    conn.putheader(k, value)
            if data is not None or method in ("POST", "PUT", "PATCH"):
                conn.putheader("Content-Length", str(len(data or b"")))
            conn.endheaders(data)
            resp = conn.getresponse()
            return Answer(resp.status, resp.headers, resp.read())
        finally:
            conn.close()

    # the endpoints, as the extension calls them
    def report(self, url=PAGE_URL, **kw):
        return self.call("GET", "report?url=" + quote(url, safe=""), **kw)

    def add(self, site, rule, **kw):
        return self.call("POST", f"sites/{site}/rules", {"rule": rule}, **kw)


def fetch_page(proxy: RunningProxy, url: str = PAGE_URL):
    """A page load through the proxy: (status, headers, body)."""
    from ..proxy.servers import requests_session

    with requests_session(proxy) as session:
        r = session.get(url, timeout=60)
        return r.status_code, r.headers, r.content


@pytest.fixture(scope="module")
def origin():
    server = Origin()
    server.routes[PAGE_PATH] = Route(PAGE, "text/html; charset=utf-8")
    yield server
    server.close()


def start_proxy(tmp: Path, origin: Origin, **options) -> RunningProxy:
    confdir = tmp / "confdir"
    confdir.mkdir(exist_ok=True)
    hosts = {(name, 80): origin.port for name in ("newsinfo.inquirer.net", "www.attacker.test", "sports.inquirer.net")}
    return RunningProxy(confdir, hosts, **options)


def token_of(proxy: RunningProxy) -> str:
    return (proxy.confdir / "newsclean-token").read_text().strip()


@pytest.fixture(scope="module")
def user_rules(tmp_path_factory):
    return tmp_path_factory.mktemp("user-rules")


@pytest.fixture(scope="module")
def proxy(tmp_path_factory, origin, user_rules):
    running = start_proxy(tmp_path_factory.mktemp("proxy"), origin, rules=str(user_rules), newsclean_watch=False)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def client(proxy):
    return ApiClient(proxy.port, token_of(proxy))


@pytest.fixture
def clean_user_rules(user_rules, proxy, client):
    """Each test starts from an empty user folder (and a proxy that knows it)."""
    shutil.rmtree(user_rules)
    user_rules.mkdir()
    proxy.call(proxy.addon.reload_rules, True)
    yield user_rules
