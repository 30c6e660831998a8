"""What the benchmarks share: the corpus pages, the floor (one lxml parse + serialise), and for the proxy
benchmarks a local origin and real mitmdump processes."""

from __future__ import annotations

import http.client
import http.server
import json
import multiprocessing
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import lxml.html

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NEWSCLEAN_SHARED", REPO.parent / "shared")) / "corpus"


def corpus_pages(limit: int | None = None) -> list[tuple[str, str, bytes]]:
    """(id, url, bytes) for every corpus page; exits with a reason where the corpus is absent."""
    pages_dir = CORPUS / "pages"
    if not pages_dir.is_dir():
        print(f"skipped: {CORPUS} is absent (the shared corpus sits beside the checkout)")
        sys.exit(0)
    out = []
    for folder in sorted(pages_dir.iterdir()):
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        out.append((folder.name, meta["url"], (folder / "source.html").read_bytes()))
        if limit and len(out) >= limit:
            break
    return out


def floor_parse_serialise(data: bytes) -> None:
    """The floor every figure is compared with: one lxml parse and one serialise of the page."""
    root = lxml.html.document_fromstring(data)
    lxml.html.tostring(root, encoding="utf-8")


def per_page_times(fn, pages, repeat: int = 3) -> list[float]:
    """Best of `repeat` wall times (seconds) of fn(page) for each page."""
    times = []
    for page in pages:
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn(page)
            best = min(best, time.perf_counter() - t0)
        times.append(best)
    return times


def interleaved_times(fns, pages, repeat: int = 3, clock=time.perf_counter) -> list[list[float]]:
    """Best of `repeat` wall times of each fn(page), the fns taking turns on each page, so that a
    burst of load from elsewhere on the machine hits all of them alike (ratios stay honest).
    ``clock``: another clock (time.thread_time: the CPU time of this thread, which leaves out the
    time the machine's other work takes the core away)."""
    times = [[] for _ in fns]
    for page in pages:
        best = [float("inf")] * len(fns)
        for _ in range(repeat):
            for i, fn in enumerate(fns):
                t0 = clock()
                fn(page)
                best[i] = min(best[i], clock() - t0)
        for i, b in enumerate(best):
            times[i].append(b)
    return times


def summary(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def ms(x: float) -> str:
    return f"{x * 1000:.2f} ms"


# -- the proxy benchmarks: a local origin and real mitmdump processes ------------------------------

ADDON_SCRIPT = REPO / "addon" / "newsclean_mitmproxy.py"
#: mitmdump arguments that load the addon the way a user loads it, cleaning every HTML page.
ADDON_ARGS = ("-s", str(ADDON_SCRIPT), "--set", "newsclean_all_sites=true")


def corpus_hosts() -> dict[str, str]:
    """Page id -> the host it was saved from (manifest.tsv). Sent as the Host header, so the addon picks
    that site's rules as it would on the web while the connection goes to the local origin."""
    hosts = {}
    for line in (CORPUS / "manifest.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        hosts[cols[0]] = cols[1]
    return hosts


@dataclass(frozen=True)
class Route:
    """What the origin answers for one path, beyond a plain 200 (bench.soak's kinds of origin)."""

    body: bytes
    content_type: str = "text/html"
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    etag: str | None = None  # answer a matching If-None-Match with 304
    delay: float = 0.0  # seconds before the status line
    drip: float = 0.0  # seconds between the body's pieces (DRIP_PIECES of them)
    cut_at: int | None = None  # send this many bytes of the body, then close the connection


DRIP_PIECES = 8


class _OriginHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = 1 << 16  # headers and body in one write: no delayed-ACK stalls in the figures
    disable_nagle_algorithm = True
    # path without the leading "/" -> (content type, body), or a Route
    bodies: dict[str, tuple[str, bytes] | Route] = {}

    def log_message(self, *args):
        pass

    def do_GET(self):
        entry = self.bodies.get(self.path.lstrip("/"))
        if entry is None:
            self.send_error(404)
            return
        route = entry if isinstance(entry, Route) else Route(entry[1], entry[0])
        if route.delay:
            time.sleep(route.delay)
        if route.etag and self.headers.get("If-None-Match") == route.etag:
            self.send_response(304)
            self.send_header("ETag", route.etag)
            self.end_headers()
            return
        body = route.body
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        self.send_header("Content-Length", str(len(body)))
        if route.etag:
            self.send_header("ETag", route.etag)
        for name, value in route.headers:
            self.send_header(name, value)
        self.end_headers()
        if route.cut_at is not None:
            self.wfile.write(body[: route.cut_at])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        elif route.drip:
            step = -(-len(body) // DRIP_PIECES)
            for i in range(0, len(body), step):
                self.wfile.write(body[i : i + step])
                self.wfile.flush()
                time.sleep(route.drip)
        else:
            self.wfile.write(body)


def _serve_origin(bodies: dict[str, tuple[str, bytes] | Route], port_pipe) -> None:
    _OriginHandler.bodies = bodies
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _OriginHandler)
    server.daemon_threads = True
    port_pipe.send(server.server_address[1])
    port_pipe.close()
    server.serve_forever()


class Origin:
    """A local HTTP origin serving fixed bodies (``{path: (content type, bytes)}``) on 127.0.0.1, in a
    process of its own: serving and the benchmark's clients must not take turns on one GIL.

        with Origin({"page": ("text/html", data)}) as origin:
            origin.port
    """

    def __init__(self, bodies: dict[str, tuple[str, bytes]]):
        self.bodies = bodies
        self.port = 0
        self._proc = None

    def __enter__(self) -> "Origin":
        ctx = multiprocessing.get_context("spawn")  # no fork of a process that may run threads
        receive, send = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(target=_serve_origin, args=(self.bodies, send), name="bench origin", daemon=True)
        self._proc.start()
        send.close()
        if not receive.poll(60):
            self._proc.terminate()
            raise SystemExit("the local origin did not start within 60 s")
        self.port = receive.recv()
        return self

    def __exit__(self, *exc) -> None:
        self._proc.terminate()
        self._proc.join(10)
        if self._proc.is_alive():
            self._proc.kill()
            self._proc.join()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_mitmdump(port: int, confdir: Path, *args: str) -> subprocess.Popen:
    """A real mitmdump on 127.0.0.1:port (this Python's), returned once it accepts connections."""
    mitmdump = shutil.which("mitmdump", path=str(Path(sys.executable).parent)) or "mitmdump"
    argv = [mitmdump, "-q", "--listen-host", "127.0.0.1", "--listen-port", str(port), "--set", f"confdir={confdir}", *args]
    return _listening(subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE), port, "mitmdump")


def start_newsclean(port: int, confdir: Path, log, *args: str) -> subprocess.Popen:
    """``newsclean run`` as a user starts it, on 127.0.0.1:port, returned once it accepts connections.
    Its output goes to the open file ``log`` (a pipe nobody reads would fill and stall the proxy)."""
    argv = [sys.executable, "-m", "newsclean.cli.main", "run", "--port", str(port), "--confdir", str(confdir), *args]
    return _listening(subprocess.Popen(argv, cwd=REPO, stdout=log, stderr=subprocess.STDOUT), port, "newsclean run")


def _listening(proc: subprocess.Popen, port: int, name: str) -> subprocess.Popen:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else "(see its log)"
            raise SystemExit(f"{name} exited: {err}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit(f"{name} did not listen on {port} within 60 s")


def memory_kib(pid: int) -> dict[str, int]:
    """A process's resident memory now (VmRSS) and its peak so far (VmHWM), in KiB, from /proc."""
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            out[name] = int(value.split()[0])
    return out


def stop_processes(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        proc.terminate()
    for proc in procs:
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class Client:
    """One keep-alive connection to a proxy; fetch(path, host) returns (seconds, X-Newsclean header)."""

    def __init__(self, proxy_port: int, origin_port: int):
        self.conn = http.client.HTTPConnection("127.0.0.1", proxy_port, timeout=60)
        self.origin = f"http://127.0.0.1:{origin_port}"
        self.last_headers = None

    def fetch(self, path: str, host: str) -> tuple[float, str | None]:
        sent, _, done, header = self.fetch_timed(path, host)
        return done - sent, header

    def fetch_timed(self, path: str, host: str) -> tuple[float, float, float, str | None]:
        """(sent, headers in, body in) as time.perf_counter() instants, and the X-Newsclean header.
        On Linux perf_counter is CLOCK_MONOTONIC: instants compare across processes."""
        sent, headers_in, done, resp, body = self.request(path, host)
        if resp.status != 200 or not body:
            raise SystemExit(f"{path}: status {resp.status} through the proxy")
        return sent, headers_in, done, resp.getheader("X-Newsclean")

    def request(self, path: str, host: str, headers: dict | None = None):
        """Any answer: (sent, headers in, body in) instants, the response and its body. Raises what
        the connection does (a proxy that cuts it, an answer cut short)."""
        sent = time.perf_counter()
        self.conn.request("GET", f"{self.origin}/{path}",
                          headers={"Host": host, "Accept-Encoding": "identity", **(headers or {})})
        resp = self.conn.getresponse()
        headers_in = time.perf_counter()
        body = resp.read()
        done = time.perf_counter()
        self.last_headers = resp.headers  # the rest of the answer's headers, for those who need them
        return sent, headers_in, done, resp, body

    def reconnect(self) -> None:
        """A new connection after one the proxy closed (the old one cannot be used again)."""
        self.conn.close()
        self.conn = http.client.HTTPConnection(self.conn.host, self.conn.port, timeout=self.conn.timeout)

    def close(self) -> None:
        self.conn.close()


def outcome(header: str | None) -> str:
    """What the addon did to a page, from its X-Newsclean header."""
    if header is None:
        return "no header"
    for part in header.split("; "):
        if part.startswith("status="):
            return part[len("status="):]
    return "cleaned"
