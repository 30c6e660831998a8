"""Time per page through the proxy: mitmdump with the newsclean addon against plain mitmdump, on the
same corpus pages in one run, with one lxml parse + serialise of each page as the floor.

    python -m bench.proxy_latency [--limit N] [--repeat R]

Both proxies are real `mitmdump` processes on 127.0.0.1 (the addon loaded the way a user loads it:
`-s addon/newsclean_mitmproxy.py --set newsclean_all_sites=true`); a local origin serves each corpus
page uncompressed. A client on one keep-alive connection to each proxy fetches every page through
both, alternating which goes first; a page's time is the best of R rounds (the least disturbed by
whatever else runs on the machine). The client sends the page's real host in the Host header, so the
addon picks that site's rules as it would on the web, while the connection goes to the local origin.
The addon's cost is the per-page difference (with addon - plain), compared with the floor.
"""

from __future__ import annotations

import argparse
import http.client
import http.server
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from newsclean.engine.cleaner import clean
from newsclean.rules.book import RuleBook, rule_dirs

from .common import CORPUS, REPO, corpus_pages, floor_parse_serialise, ms, per_page_times, summary

SCRIPT = REPO / "addon" / "newsclean_mitmproxy.py"


class _Origin(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = 1 << 16  # headers and body in one write: no delayed-ACK stalls in the figures
    disable_nagle_algorithm = True
    pages: dict[str, bytes] = {}

    def log_message(self, *args):
        pass

    def do_GET(self):
        body = self.pages.get(self.path.lstrip("/"))
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_mitmdump(port: int, confdir: Path, *args: str) -> subprocess.Popen:
    mitmdump = shutil.which("mitmdump", path=str(Path(sys.executable).parent)) or "mitmdump"
    argv = [mitmdump, "-q", "--listen-host", "127.0.0.1", "--listen-port", str(port), "--set", f"confdir={confdir}", *args]
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"mitmdump exited: {proc.stderr.read().decode(errors='replace')}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit(f"mitmdump did not listen on {port} within 60 s")


class Client:
    """One keep-alive connection to a proxy; fetch(page) returns (seconds, X-Newsclean header)."""

    def __init__(self, proxy_port: int, origin_port: int):
        self.conn = http.client.HTTPConnection("127.0.0.1", proxy_port, timeout=60)
        self.origin = f"http://127.0.0.1:{origin_port}"

    def fetch(self, page_id: str, host: str) -> tuple[float, str | None]:
        t0 = time.perf_counter()
        self.conn.request("GET", f"{self.origin}/{page_id}", headers={"Host": host, "Accept-Encoding": "identity"})
        resp = self.conn.getresponse()
        body = resp.read()
        elapsed = time.perf_counter() - t0
        if resp.status != 200 or not body:
            raise SystemExit(f"{page_id}: status {resp.status} through the proxy")
        return elapsed, resp.getheader("X-Newsclean")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N corpus pages")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; a page's time is its best round")
    args = parser.parse_args(argv)

    pages = corpus_pages(args.limit)
    hosts = {}
    for line in (CORPUS / "manifest.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        hosts[cols[0]] = cols[1]
    _Origin.pages = {pid: data for pid, _, data in pages}
    origin = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Origin)
    origin.daemon_threads = True
    threading.Thread(target=origin.serve_forever, daemon=True).start()
    origin_port = origin.server_address[1]

    confdir = Path(tempfile.mkdtemp(prefix="newsclean-bench-"))
    plain_port, addon_port = free_port(), free_port()
    procs = []
    try:
        procs.append(start_mitmdump(plain_port, confdir))
        procs.append(start_mitmdump(addon_port, confdir, "-s", str(SCRIPT), "--set", "newsclean_all_sites=true"))
        plain, addon = Client(plain_port, origin_port), Client(addon_port, origin_port)

        for pid, _, _ in pages[:10]:  # warm-up: imports, first connections, caches
            plain.fetch(pid, hosts.get(pid, "example.com"))
            addon.fetch(pid, hosts.get(pid, "example.com"))

        best_plain = {pid: float("inf") for pid, _, _ in pages}
        best_addon = dict(best_plain)
        outcomes: Counter = Counter()
        for round_no in range(args.repeat):
            for i, (pid, _, _) in enumerate(pages):
                host = hosts.get(pid, "example.com")
                first, second = (plain, addon) if (i + round_no) % 2 == 0 else (addon, plain)
                t_first, h_first = first.fetch(pid, host)
                t_second, h_second = second.fetch(pid, host)
                t_plain, t_addon = (t_first, t_second) if first is plain else (t_second, t_first)
                header = h_second if first is plain else h_first
                best_plain[pid] = min(best_plain[pid], t_plain)
                best_addon[pid] = min(best_addon[pid], t_addon)
                if round_no == 0:
                    outcomes[_outcome(header)] += 1
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
        origin.shutdown()
        shutil.rmtree(confdir, ignore_errors=True)

    floor = per_page_times(lambda p: floor_parse_serialise(p[2]), pages, repeat=args.repeat)
    # The engine alone, in this process, with the rules the addon loaded: what part of the addon's
    # cost is cleaning itself and what part is the proxy plumbing around it.
    book = RuleBook.load(rule_dirs())
    engine = per_page_times(lambda p: clean(p[2], f"http://{hosts.get(p[0], 'example.com')}/{p[0]}", book),
                            pages, repeat=args.repeat)
    plain_t = [best_plain[pid] for pid, _, _ in pages]
    addon_t = [best_addon[pid] for pid, _, _ in pages]
    overhead = [a - p for a, p in zip(addon_t, plain_t)]
    sizes = sorted(len(data) for _, _, data in pages)

    print(f"{len(pages)} corpus pages (median {sizes[len(sizes) // 2] / 1024:.0f} KiB), best of {args.repeat} rounds")
    print(f"addon outcomes: {', '.join(f'{k} {v}' for k, v in outcomes.most_common())}")
    print(f"{'':38} {'median':>10} {'p95':>10}")
    for name, times in (
        ("plain mitmdump", plain_t),
        ("mitmdump + newsclean addon", addon_t),
        ("addon's cost (with - plain)", overhead),
        ("  of which the engine, in-process", engine),
        ("  the rest: plumbing (cost - engine)", [o - e for o, e in zip(overhead, engine)]),
        ("floor: lxml parse + serialise", floor),
    ):
        med, p95 = summary(times)
        print(f"{name:38} {ms(med):>10} {ms(p95):>10}")
    med_over, p95_over = summary(overhead)
    med_floor, p95_floor = summary(floor)
    print(f"addon's cost / floor: median {med_over / med_floor:.2f}x, p95 {p95_over / p95_floor:.2f}x (target: about 2x)")
    print(json.dumps({
        "pages": len(pages), "repeat": args.repeat,
        "plain_ms": [round(x * 1000, 3) for x in summary(plain_t)],
        "addon_ms": [round(x * 1000, 3) for x in summary(addon_t)],
        "cost_ms": [round(x * 1000, 3) for x in summary(overhead)],
        "engine_ms": [round(x * 1000, 3) for x in summary(engine)],
        "floor_ms": [round(x * 1000, 3) for x in summary(floor)],
    }))
    return 0


def _outcome(header: str | None) -> str:
    if header is None:
        return "no header"
    for part in header.split("; "):
        if part.startswith("status="):
            return part[len("status="):]
    return "cleaned"


if __name__ == "__main__":
    sys.exit(main())
