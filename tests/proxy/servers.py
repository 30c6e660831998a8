"""Real parts for the proxy tests: an origin web server on 127.0.0.1, the proxy on an ephemeral port.

Test sites have names under ``.test`` (courier.test, ...). The proxy reaches them through
``HostsFile``, an addon that does for the proxy what /etc/hosts does for a machine: it points each
server connection for a test name at the local origin, and leaves the request (URL, Host header, TLS
SNI) as the client sent it. So the proxy sees the same names a browser would, and nothing leaves
127.0.0.1.
"""

from __future__ import annotations

import asyncio
import datetime
import http.server
import ipaddress
import ssl
import threading
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
TEST_RULES = HERE / "rules"


# -- the origin -------------------------------------------------------------------------------
@dataclass
class Route:
    body: bytes
    content_type: str | None = "text/html"
    status: int = 200
    encoding: str | None = None  # gzip | deflate | br | zstd: the body is sent compressed
    chunked: bool = False
    etag: str | None = None  # answer If-None-Match with 304
    headers: dict = field(default_factory=dict)
    last_modified: str | None = None  # sent, and If-Modified-Since with the same date answered with 304
    truncate: int | None = None  # send only this many bytes of the body, then close (Content-Length says all)


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body leave in one write (buffered, flushed after each request) with Nagle off:
    # two small writes would wait on the client's delayed ACK, 40 ms a response.
    wbufsize = 1 << 16
    disable_nagle_algorithm = True
    server: "_OriginServer"

    def log_message(self, *args):  # keep test output quiet
        pass

    def _answer(self, send_body: bool):
        origin = self.server.origin
        origin.seen.append((self.command, self.headers.get("Host"), self.path, dict(self.headers.items())))
        route = origin.routes.get(self.path.split("?")[0])
        if route is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        not_modified = (route.etag and self.headers.get("If-None-Match") == route.etag) or (
            route.last_modified and not route.etag and self.headers.get("If-Modified-Since") == route.last_modified
        )
        if not_modified:
            self.send_response(304)
            if route.etag:
                self.send_header("ETag", route.etag)
            self.send_header("Cache-Control", "max-age=60")
            self.end_headers()
            return
        body = route.body
        if route.encoding:
            from mitmproxy.net import encoding

            body = encoding.encode(body, route.encoding)
        self.send_response(route.status)
        if route.content_type:
            self.send_header("Content-Type", route.content_type)
        if route.encoding:
            self.send_header("Content-Encoding", route.encoding)
        if route.etag:
            self.send_header("ETag", route.etag)
            self.send_header("Last-Modified", "Mon, 03 Feb 2025 10:00:00 GMT")
            self.send_header("Cache-Control", "max-age=60")
        if route.last_modified and not route.etag:
            self.send_header("Last-Modified", route.last_modified)
        for name, value in route.headers.items():
            self.send_header(name, value)
        if route.chunked:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            if send_body:
                for i in range(0, len(body), 1000):
                    piece = body[i : i + 1000]
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.write(b"0\r\n\r\n")
            return
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body and route.status not in (204, 304):
            self.wfile.write(body if route.truncate is None else body[: route.truncate])
        if route.truncate is not None:
            self.close_connection = True

    def do_GET(self):
        self._answer(True)

    def do_HEAD(self):
        self._answer(False)


class _OriginServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    origin: "Origin"


class Origin:
    """A web server on 127.0.0.1:0 (plain, or TLS with its own self-signed certificate)."""

    def __init__(self, tls_cert: Path | None = None, tls_key: Path | None = None):
        self.routes: dict[str, Route] = {}
        self.seen: list[tuple[str, str, str, dict]] = []  # (method, Host, path, headers) as received
        self.server = _OriginServer(("127.0.0.1", 0), _Handler)
        self.server.origin = self
        if tls_cert:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(tls_cert, tls_key)
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def last(self, path_prefix: str) -> tuple[str, str, str, dict]:
        for seen in reversed(self.seen):
            if seen[2].startswith(path_prefix):
                return seen
        raise AssertionError(f"the origin never received {path_prefix}")

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def make_tls_cert(folder: Path, names: list[str]) -> tuple[Path, Path]:
    """A self-signed certificate for the test names (and 127.0.0.1), with its key."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName(n) for n in names] + [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "origin-cert.pem", folder / "origin-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


# -- the proxy --------------------------------------------------------------------------------
class HostsFile:
    """Points the proxy at local ports for test names, {(name, port): local port}, as /etc/hosts would.

    The request's target changes; its Host header (and, for HTTPS, the client's TLS SNI) stays the
    name the client used, which is what the newsclean addon and mitmproxy's allow_hosts look at.
    """

    def __init__(self, table: dict[tuple[str, int], int], fallback: dict[int, int] | None = None):
        self.table = table
        # {port: local port} for every other name: a page's third-party resources stay local too
        self.fallback = fallback or {}

    def _point(self, request) -> None:
        if request.host == "127.0.0.1":
            return
        port = self.table.get((request.host, request.port), self.fallback.get(request.port))
        if port is not None:
            host_header = request.host_header
            request.host, request.port = "127.0.0.1", port
            request.host_header = host_header

    def http_connect(self, flow) -> None:  # HTTPS: the CONNECT target
        self._point(flow.request)

    def request(self, flow) -> None:  # plain HTTP
        self._point(flow.request)


class RunningProxy:
    """newsclean's proxy (``run.make_master``) on 127.0.0.1:0, its event loop in a thread of its own."""

    def __init__(self, confdir: Path, hosts: dict, hosts_fallback: dict | None = None, **options):
        self.confdir = confdir
        self.hosts = HostsFile(hosts, hosts_fallback)
        self.options = options
        self.ready = threading.Event()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._thread, daemon=True, name="newsclean proxy")
        self.thread.start()
        if not self.ready.wait(30) or self.error:
            raise RuntimeError(f"the proxy did not start: {self.error!r}")
        self.url = f"http://127.0.0.1:{self.port}"
        self.ca = confdir / "mitmproxy-ca-cert.pem"

    def _thread(self):
        try:
            asyncio.run(self._main())
        except BaseException as err:  # noqa: BLE001 - reported to the test that waits
            self.error = err
            self.ready.set()

    async def _main(self):
        from newsclean.proxy.run import make_master

        self.loop = asyncio.get_running_loop()
        proxy = self

        class Ready:
            def running(self):
                proxy.port = proxy.master.addons.get("proxyserver").listen_addrs()[0][1]
                proxy.ready.set()

        self.master, self.addon = make_master(
            listen_host="127.0.0.1", port=0, confdir=str(self.confdir), extra_addons=[self.hosts, Ready()],
            **self.options,
        )
        await self.master.run()

    def call(self, fn, *args):
        """Run ``fn(*args)`` on the proxy's event loop and return its result (or raise its error)."""

        async def wrapper():
            result = fn(*args)
            if asyncio.iscoroutine(result):
                result = await result
            return result

        return asyncio.run_coroutine_threadsafe(wrapper(), self.loop).result(30)

    def set(self, **options):
        self.call(lambda: self.master.options.update(**options))

    def stop(self):
        if self.thread.is_alive():
            self.loop.call_soon_threadsafe(self.master.shutdown)
            self.thread.join(30)


def requests_session(proxy: RunningProxy):
    import requests

    session = requests.Session()
    session.trust_env = False  # no proxy settings or netrc from the environment: only ours
    session.proxies = {"http": proxy.url, "https": proxy.url}
    return session
