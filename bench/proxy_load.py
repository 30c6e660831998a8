"""The proxy under load: throughput with 8 concurrent clients, and the stall of small requests while
a 5 MB page is cleaned. Plain mitmdump and mitmdump with the newsclean addon, in one run.

    python -m bench.proxy_load [--quick] [--limit N] [--rounds R] [--only throughput|stall]

Both proxies are real `mitmdump` processes on 127.0.0.1 (the addon loaded the way a user loads it:
`-s addon/newsclean_mitmproxy.py --set newsclean_all_sites=true`); a local origin in a process of its
own serves the pages uncompressed (bench/common.py, shared with bench.proxy_latency).

Throughput: 8 client threads, each on its own keep-alive connection, take the corpus pages from one
shared list until it is empty; pages per second = pages / wall time. Plain and addon take turns
(R rounds, alternating which goes first); each proxy's figure is its best round, the one least
disturbed by whatever else runs on the machine. Each page is sent with its real host (Host header),
so the addon cleans it with that site's rules.

Stall: a client sends small requests one after another, 10 ms apart (a 400-byte stylesheet and a
4 KB article page, in turn), first with nothing else going on ("unloaded"), then while a second
process fetches a 5 MB page through the same proxy over and over ("loaded"), so that the addon is
cleaning it most of the time. The 5 MB page is real markup: the bodies of corpus pages, one after
another, in one document. The figure is the p95 of the small requests, loaded against unloaded;
the same load on plain mitmdump shows what the proxy's own handling of 5 MB bodies costs. The addon
cleans small pages on a thread (asyncio.to_thread) and pages of `newsclean_process_threshold` bytes
or more (512 KiB by default) in a worker process, so that a long cleaning cannot hold the GIL the
proxy's event loop needs; `--set newsclean_process_threshold=100000000` measures the thread alone.
"""

from __future__ import annotations

import argparse
import html
import itertools
import json
import multiprocessing
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import lxml.html

from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.rules.folders import rule_dirs

from .common import (
    ADDON_ARGS,
    Client,
    Origin,
    corpus_hosts,
    corpus_pages,
    floor_parse_serialise,
    free_port,
    ms,
    outcome,
    per_page_times,
    start_mitmdump,
    stop_processes,
    summary,
)

CLIENTS = 8
ROUND_TIME_LIMIT = 120.0  # seconds; a round stops taking new pages after this (the count says so)
BIG_PAGE_BYTES = 5 * 2**20
MAX_STORY_BYTES = 512 * 1024
BIG_PATH = "big-page.html"
SMALL_INTERVAL = 0.010  # seconds between small requests: a page's subresources, not a flood
STALL_TARGET_MS = 10.0
THROUGHPUT_TARGET = 0.70

TINY_CSS = (
    ".ad-free{margin:0 auto;max-width:42rem}\n"
    "body{font:17px/1.5 Georgia,serif;color:#222;background:#fff}\n"
    "h1,h2{font-family:Helvetica,Arial,sans-serif;line-height:1.2}\n"
    "figure{margin:1.5rem 0}figcaption{font-size:.85rem;color:#555}\n"
    "a{color:#0645ad}a:visited{color:#0b0080}\n"
    "nav.site a{padding:.25rem .5rem;text-decoration:none}\n"
).encode()


def small_article() -> bytes:
    """A small but ordinary article page (about 4 KB): what a short news item or an embed looks like."""
    paras = "".join(
        f"<p>Paragraph {n} of the short report: the council met on Tuesday and agreed the budget for the "
        f"coming year after a debate that ran well into the evening, the mayor said.</p>\n"
        for n in range(1, 13)
    )
    return (
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Council agrees budget</title>"
        '<link rel=stylesheet href="/tiny.css"></head><body><nav class=site><a href="/">Home</a>'
        '<a href="/local">Local</a></nav><article><h1>Council agrees budget</h1>'
        f"<p class=byline>By A. Reporter</p>{paras}</article>"
        '<aside class="related"><h2>Read also</h2><ul><li><a href="/other">Other story</a></li></ul></aside>'
        "</body></html>"
    ).encode()


SMALL = {"tiny.css": ("text/css", TINY_CSS), "small.html": ("text/html; charset=utf-8", small_article())}


def big_page(pages: list[tuple[str, str, bytes]], size: int = BIG_PAGE_BYTES) -> tuple[bytes, int]:
    """One UTF-8 page of at least `size` bytes: the bodies of corpus pages one after another, each in a
    <section>, under one head. Bodies over MAX_STORY_BYTES are left out, so that the page holds many
    different articles rather than two or three huge ones. Returns the page and how many bodies it holds."""
    parts: list[str] = []
    total = 0
    for pid, _, data in pages:
        body = lxml.html.document_fromstring(data).find("body")
        if body is None:
            continue
        inner = html.escape(body.text or "") + "".join(
            lxml.html.tostring(child, encoding="unicode") for child in body
        )
        part = f'<section class="story" id="story-{html.escape(pid)}">{inner}</section>\n'
        if len(part.encode()) > MAX_STORY_BYTES:
            continue
        parts.append(part)
        total += len(part.encode())
        if total >= size:
            break
    head = '<!DOCTYPE html><html lang=en><head><meta charset="utf-8"><title>Many stories</title></head><body>\n'
    return (head + "".join(parts) + "</body></html>\n").encode(), len(parts)


# -- throughput ---------------------------------------------------------------------------------

def run_clients(proxy_port: int, origin_port: int, work: list[tuple[str, str]], clients: int = CLIENTS,
                time_limit: float = ROUND_TIME_LIMIT) -> tuple[int, float, Counter]:
    """`clients` threads fetch the pages of `work` (path, host) through the proxy until none is left (or
    the time limit passes). Returns (pages fetched, wall seconds, addon outcomes)."""
    next_index = itertools.count().__next__  # one call is atomic: each page goes to exactly one client
    start = threading.Barrier(clients + 1)
    counts = [0] * clients
    finished = [0.0] * clients
    outcomes: Counter = Counter()
    failures: list[BaseException] = []

    def client_loop(i: int) -> None:
        client = Client(proxy_port, origin_port)
        local: Counter = Counter()
        try:
            start.wait()
            stop_at = time.perf_counter() + time_limit
            while time.perf_counter() < stop_at:
                n = next_index()
                if n >= len(work):
                    break
                _, header = client.fetch(*work[n])
                counts[i] += 1
                local[outcome(header)] += 1
        except BaseException as err:  # noqa: BLE001 - reported by the main thread
            failures.append(err)
        finally:
            finished[i] = time.perf_counter()
            client.close()
            outcomes.update(local)

    threads = [threading.Thread(target=client_loop, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    t0 = time.perf_counter()
    for thread in threads:
        thread.join()
    if failures:
        raise SystemExit(f"throughput: a client failed: {failures[0]!r}")
    return sum(counts), max(finished) - t0, outcomes


def throughput(pages, hosts, rounds: int, passes: int, plain_port: int, addon_port: int, origin_port: int) -> dict:
    work = [(pid, hosts.get(pid, "example.com")) for pid, _, _ in pages] * passes
    for port in (plain_port, addon_port):  # warm-up: connections, imports, the addon's first pages
        run_clients(port, origin_port, work[: CLIENTS * 2])
    rates: dict[str, list[float]] = {"plain": [], "addon": []}
    outcomes: Counter = Counter()
    print(f"throughput: {CLIENTS} concurrent clients, {len(work)} pages a round ({len(pages)} corpus pages "
          f"{passes} time{'s' if passes > 1 else ''} over), {rounds} round{'s' if rounds > 1 else ''} each:")
    for round_no in range(rounds):
        order = (("plain", plain_port), ("addon", addon_port))
        for name, port in order if round_no % 2 == 0 else order[::-1]:
            done, wall, seen = run_clients(port, origin_port, work)
            rates[name].append(done / wall)
            if name == "addon" and round_no == 0:
                outcomes = seen
            cut = "" if done == len(work) else f" (stopped at the {ROUND_TIME_LIMIT:.0f} s limit)"
            print(f"  round {round_no + 1}, {name:5}: {done} pages in {wall:.2f} s = {done / wall:.1f} pages/s{cut}")
    plain, addon = max(rates["plain"]), max(rates["addon"])
    floor_mean = statistics.fmean(per_page_times(lambda p: floor_parse_serialise(p[2]), pages, repeat=2))
    added = 1 / addon - 1 / plain
    print(f"  addon outcomes: {', '.join(f'{k} {v}' for k, v in outcomes.most_common())}")
    print(f"  plain mitmdump:             {plain:8.1f} pages/s (best round)")
    print(f"  mitmdump + newsclean addon: {addon:8.1f} pages/s (best round)")
    verdict = "met" if addon / plain >= THROUGHPUT_TARGET else "NOT met"
    print(f"  addon / plain: {addon / plain:.0%} (target: at least {THROUGHPUT_TARGET:.0%}: {verdict})")
    print(f"  time added per page at {CLIENTS} clients: {ms(added)} = {added / floor_mean:.2f}x the floor "
          f"(mean lxml parse + serialise of these pages, {ms(floor_mean)})")
    return {"clients": CLIENTS, "pages": len(work), "rounds": rounds, "passes": passes,
            "plain_pages_per_s": round(plain, 1), "addon_pages_per_s": round(addon, 1),
            "ratio": round(addon / plain, 3), "added_ms": round(added * 1000, 3),
            "floor_mean_ms": round(floor_mean * 1000, 3)}


# -- stall --------------------------------------------------------------------------------------

def _fetch_repeatedly(proxy_port: int, origin_port: int, path: str, host: str, started, stop, results) -> None:
    """In a process of its own (the load must not share a GIL with the client that measures): fetch
    `path` through the proxy until told to stop; each fetch's (sent, headers in, done, outcome) goes
    to `results`."""
    client = Client(proxy_port, origin_port)
    started.set()
    while not stop.is_set():
        sent, headers_in, done, header = client.fetch_timed(path, host)
        results.put((sent, headers_in, done, outcome(header)))
    client.close()


def small_requests(client: Client, host: str, count: int, enough=lambda: True,
                   time_limit: float = 90.0) -> list[tuple[float, float]]:
    """Small requests 10 ms apart, the kinds in turn, until `count` are done and `enough()` holds;
    returns each one's (start, end) instants."""
    spans = []
    kinds = itertools.cycle(SMALL)
    stop_at = time.monotonic() + time_limit
    while (len(spans) < count or not enough()) and time.monotonic() < stop_at:
        sent, _, done, _ = client.fetch_timed(next(kinds), host)
        spans.append((sent, done))
        time.sleep(SMALL_INTERVAL)
    return spans


def stall_round(port: int, origin_port: int, host: str, count: int, min_big: int) -> tuple[list, list, list]:
    """Small requests on the proxy at `port` unloaded, then while another process fetches the big page
    over and over. Returns (unloaded spans, loaded spans, big fetches)."""
    client = Client(port, origin_port)
    try:
        unloaded = small_requests(client, host, count)
        ctx = multiprocessing.get_context("spawn")
        started, stop, results = ctx.Event(), ctx.Event(), ctx.Queue()
        loader = ctx.Process(target=_fetch_repeatedly, args=(port, origin_port, BIG_PATH, host, started, stop, results),
                             name="bench big-page load", daemon=True)
        loader.start()
        big: list[tuple[float, float, float, str]] = []
        try:
            if not started.wait(60):
                raise SystemExit("stall: the big-page loader did not start within 60 s")

            def enough() -> bool:
                while not results.empty():
                    big.append(results.get())
                return len(big) >= min_big

            loaded = small_requests(client, host, count, enough)
        finally:
            stop.set()
            loader.join(120)
            if loader.is_alive():
                loader.terminate()
                loader.join()
        while not results.empty():
            big.append(results.get())
        if loader.exitcode:
            raise SystemExit(f"stall: the big-page loader failed (exit code {loader.exitcode})")
    finally:
        client.close()
    return unloaded, loaded, big


def within_cleaning(spans, big, margin: float) -> list[tuple[float, float]]:
    """The spans that lie inside a cleaning of the big page: after its request went out plus `margin`
    (time for the 5 MB to reach the proxy) and before its response began (the addon answers once the
    cleaned body is ready)."""
    windows = [(sent + margin, headers_in) for sent, headers_in, _, _ in big]
    return [(a, b) for a, b in spans if any(lo <= a and b <= hi for lo, hi in windows)]


def stall(host: str, rounds: int, count: int, min_big: int, big_page_bytes: bytes, stories: int,
          plain_port: int, addon_port: int, origin_port: int) -> dict:
    # The big page alone, in this process: what one clean of it costs, against its floor.
    floor_big = per_page_times(floor_parse_serialise, [big_page_bytes], repeat=2)[0]
    book = RuleBook.load(rule_dirs())
    engine_big = per_page_times(lambda data: clean(data, f"https://{host}/{BIG_PATH}", book),
                                [big_page_bytes], repeat=2)[0]

    spans: dict[str, dict[str, list]] = {}
    big: dict[str, list] = {}
    for name, port in (("addon", addon_port), ("plain", plain_port)):
        warm = Client(port, origin_port)
        small_requests(warm, host, 20)  # warm-up
        warm.close()
        spans[name] = {"unloaded": [], "loaded": []}
        big[name] = []
        for _ in range(rounds):
            unloaded, loaded, fetched = stall_round(port, origin_port, host, count, min_big)
            spans[name]["unloaded"] += unloaded
            spans[name]["loaded"] += loaded
            big[name] += fetched
    margin = statistics.median(done - sent for sent, _, done, _ in big["plain"])
    spans["addon"]["while cleaning"] = within_cleaning(spans["addon"]["loaded"], big["addon"], margin)

    size_mib = len(big_page_bytes) / 2**20
    print(f"stall: small requests ({' and '.join(SMALL)} in turn, {SMALL_INTERVAL * 1000:.0f} ms apart), "
          f"unloaded and while a {size_mib:.1f} MiB page ({stories} corpus bodies in one document) is fetched "
          f"over and over by another client ({rounds} round{'s' if rounds > 1 else ''} each):")
    print(f"  the {size_mib:.1f} MiB page in-process: floor {ms(floor_big)}, engine {ms(engine_big)} "
          f"({engine_big / floor_big:.2f}x the floor)")
    outcomes = Counter(o for *_, o in big["addon"])
    for name, label in (("addon", "mitmdump + addon"), ("plain", "plain mitmdump")):
        med = statistics.median(done - sent for sent, _, done, _ in big[name])
        extra = f" ({', '.join(f'{k} {v}' for k, v in outcomes.most_common())})" if name == "addon" else ""
        print(f"  through {label}: {len(big[name])} fetches of it{extra}, median {ms(med)} each")
    print(f"  {'small requests':44} {'count':>5} {'p50':>9} {'p95':>9} {'p95 added':>10}")
    figures: dict[str, dict] = {}
    for name, label in (("addon", "mitmdump + addon"), ("plain", "plain mitmdump")):
        base95 = summary([b - a for a, b in spans[name]["unloaded"]])[1]
        for condition, measured in spans[name].items():
            times = [b - a for a, b in measured]
            if not times:
                print(f"  {label + ', ' + condition:44} {0:>5} (none: no small request fell inside a cleaning)")
                continue
            p50, p95 = summary(times)
            added = "" if condition == "unloaded" else ms(p95 - base95)
            print(f"  {label + ', ' + condition:44} {len(times):>5} {ms(p50):>9} {ms(p95):>9} {added:>10}")
            figures.setdefault(name, {})[condition.replace(" ", "_")] = {
                "count": len(times), "p50_ms": round(p50 * 1000, 3), "p95_ms": round(p95 * 1000, 3)}
    cleaning = figures["addon"].get("while_cleaning")
    if cleaning:
        added = cleaning["p95_ms"] - figures["addon"]["unloaded"]["p95_ms"]
        verdict = "met" if added <= STALL_TARGET_MS else "NOT met"
        print(f"  while the addon cleans the big page, small requests' p95 is {added:+.2f} ms against unloaded "
              f"(target: within {STALL_TARGET_MS:.0f} ms: {verdict})")
    return {"big_page_bytes": len(big_page_bytes), "big_floor_ms": round(floor_big * 1000, 3),
            "big_engine_ms": round(engine_big * 1000, 3), **figures}


# -- command line -------------------------------------------------------------------------------

def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a fast look: 60 pages, one round, fewer requests")
    parser.add_argument("--limit", type=int, help="throughput: only the first N corpus pages")
    parser.add_argument("--rounds", type=int, help="rounds per proxy, each its best (2; --quick: 1)")
    parser.add_argument("--passes", type=int, default=2, help="throughput: times over the pages in a round")
    parser.add_argument("--only", choices=("throughput", "stall"), help="run one of the two measures")
    args = parser.parse_args(argv)

    all_pages = corpus_pages()  # exits with a reason where the corpus is absent
    limit = args.limit or (60 if args.quick else None)
    pages = all_pages[:limit] if limit else all_pages
    rounds = args.rounds or (1 if args.quick else 2)
    count, min_big = (100, 2) if args.quick else (200, 4)
    hosts = corpus_hosts()
    big, stories = big_page(all_pages)
    big_host = hosts.get(all_pages[0][0], "example.com")

    bodies = {pid: ("text/html", data) for pid, _, data in pages}
    bodies.update(SMALL)
    bodies[BIG_PATH] = ("text/html; charset=utf-8", big)
    confdir = Path(tempfile.mkdtemp(prefix="newsclean-bench-"))
    plain_port, addon_port = free_port(), free_port()
    procs = []
    figures = {}
    try:
        with Origin(bodies) as origin:
            procs.append(start_mitmdump(plain_port, confdir))
            procs.append(start_mitmdump(addon_port, confdir, *ADDON_ARGS))
            if args.only in (None, "throughput"):
                figures["throughput"] = throughput(pages, hosts, rounds, args.passes, plain_port, addon_port, origin.port)
            if args.only in (None, "stall"):
                figures["stall"] = stall(big_host, rounds, count, min_big, big, stories,
                                         plain_port, addon_port, origin.port)
    finally:
        stop_processes(procs)
        shutil.rmtree(confdir, ignore_errors=True)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
