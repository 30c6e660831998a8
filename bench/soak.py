"""Soak: many clients, every kind of origin, one real proxy for a while; nothing lost or broken, the
proxy's memory before, at its peak and after, and how long unrelated small requests wait meanwhile.

    python -m bench.soak [--requests 2000] [--clients 16] [--pages N] [--time-limit S] [--seed N]

A real `newsclean run --all-sites` (its own empty rule folder: the bundled rules only) on 127.0.0.1,
a local origin in a process of its own (bench/common.py), and `--clients` threads, each on its own
keep-alive connection, that take `--requests` requests from one shuffled list:

- corpus pages (../shared/corpus) with their real host: the body must be the engine's own output for
  the page (`engine.cleaner.clean` with the same rules and URL, computed here beforehand), or the
  page as it came when the proxy says so (`status=busy` / `over-budget`);
- the same pages from a slow origin (a pause before the answer, then the body in pieces);
- images, 404/500/503 answers with HTML bodies: passed through byte for byte;
- revalidations: a page with an ETag, then the same URL with If-None-Match set to the ETag the proxy
  gave: a 304 with no body;
- origins that close the connection mid-body: the client must get an error or a 502, never a 200
  with a body cut short;
- a few hostile pages (bench.hostile's shapes) and gzip bombs (64 MiB of HTML in 64 KB of gzip, over
  the proxy's cap): cleaned as the engine cleans them / passed on as they came.

Meanwhile a separate process sends small requests (bench.proxy_load's stylesheet and short article,
10 ms apart) and times them; their p95 is set against the same requests with nothing else going on.
The proxy's memory is read from /proc/PID/status: VmRSS after start-up and a warm-up, VmHWM (its peak)
at the end, VmRSS again after the soak. Exit status 1 if any response was lost or broken.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import multiprocessing
import random
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.rules.folders import rule_dirs

from . import hostile
from .common import (
    Client,
    Origin,
    Route,
    corpus_hosts,
    corpus_pages,
    free_port,
    memory_kib,
    ms,
    start_newsclean,
    stop_processes,
    summary,
)
from .proxy_load import SMALL, small_article, small_requests

REQUESTS = 2000
CLIENTS = 16
TIME_LIMIT = 900.0  # seconds; clients take no new request after this (the report says so)
SMALL_HOST = "static.soak.example"
OTHER_HOST = "news.soak.example"
BOMB_BYTES = 64 * 2**20
# Shares of the requests by kind; a kind with a share gets at least one request.
MIX = {"page": 0.50, "slow": 0.05, "image": 0.17, "revalidate": 0.05, "error": 0.10, "cut": 0.04,
       "hostile": 0.006, "bomb": 0.004}
AS_IT_CAME = ("busy", "over-budget", "too-large")  # the proxy's statuses for a page passed on unchanged


@dataclass(frozen=True)
class Job:
    kind: str
    path: str
    host: str
    status: int = 200
    body: bytes = b""  # what the client must get (the engine's output, or the origin's bytes)
    original: bytes = b""  # a page's bytes as the origin sent them (when passed on as it came)


def status_of(header: str | None) -> str | None:
    for part in (header or "").split("; "):
        if part.startswith("status="):
            return part[len("status="):]
    return None


def verdict(job: Job, status: int, header: str | None, body: bytes) -> str:
    """"ok", "as it came" (a page the proxy passed on unchanged and said why), or "broken: why"."""
    if status != job.status:
        return f"broken: status {status}, not {job.status}"
    if body == job.body:
        return "ok"
    said = status_of(header)
    if job.original and said in AS_IT_CAME and body == job.original:
        return "as it came"
    return f"broken: {len(body)} bytes unlike the {len(job.body)} expected (X-Newsclean: {header})"


def expected_page(data: bytes, host: str, path: str, book: RuleBook) -> bytes:
    """The engine's own output for the page, as the proxy calls it (its URL: http://HOST/PATH)."""
    result = clean(data, f"http://{host}/{path}", book, http_charset=None, plan=book.plan_for(host))
    return result.body if result.changed else data


def build(pages, hosts, book: RuleBook, requests: int, seed: int) -> tuple[dict, list[list[Job]]]:
    """The origin's routes and the work: a list of steps (one request, or a page and its revalidation)."""
    rng = random.Random(seed)
    routes: dict[str, Route | tuple[str, bytes]] = dict(SMALL)
    page_jobs, slow_jobs = [], []
    for pid, _, data in pages:
        host = hosts.get(pid, OTHER_HOST)
        for kind, route in (("page", Route(data)), ("slow", Route(data, delay=0.3, drip=0.05))):
            path = f"{kind}/{pid}"
            routes[path] = route
            (page_jobs if kind == "page" else slow_jobs).append(
                Job(kind, path, host, body=expected_page(data, host, path, book), original=data))
    images = []
    for n in range(20):
        path, body = f"image/{n}.png", rng.randbytes(rng.randrange(2_000, 200_000))
        routes[path] = Route(body, "image/png")
        images.append(Job("image", path, OTHER_HOST, body=body))
    errors = []
    for status in (404, 500, 503):
        path, body = f"error/{status}", f"<html><body><h1>Error {status}</h1><p>Try later.</p></body></html>".encode()
        routes[path] = Route(body, status=status)
        errors.append(Job("error", path, OTHER_HOST, status=status, body=body))
    cuts = []
    for path, route in (("cut/page", Route(pages[0][2], cut_at=len(pages[0][2]) // 2)),
                        ("cut/image", Route(images[0].body, "image/png", cut_at=1000))):
        routes[path] = route
        cuts.append(Job("cut", path, OTHER_HOST, status=502))
    revalidations = []
    for n in range(10):
        path, body = f"etag/{n}", small_article().replace(b"Council", f"Council {n}".encode())
        routes[path] = Route(body, etag=f'"soak-{n}"')
        revalidations.append(Job("revalidate", path, OTHER_HOST, body=expected_page(body, OTHER_HOST, path, book),
                                 original=body))
    hostiles = []
    for name, data in (("ad-slots", hostile.ad_slots_page()), ("linked-sentence", hostile.linked_sentence_page()),
                       ("slots-alone", hostile.ad_slots_only_page())):
        path = f"hostile/{name}"
        routes[path] = Route(data)
        hostiles.append(Job("hostile", path, OTHER_HOST, body=expected_page(data, OTHER_HOST, path, book), original=data))
    bomb = gzip.compress(b"<!DOCTYPE html><html><body><p>" + b" " * BOMB_BYTES + b"</p></body></html>", 9)
    routes["bomb.html"] = Route(bomb, headers=(("Content-Encoding", "gzip"),))
    bombs = [Job("bomb", "bomb.html", OTHER_HOST, body=bomb)]

    pools = {"page": page_jobs, "slow": slow_jobs, "image": images, "revalidate": revalidations, "error": errors,
             "cut": cuts, "hostile": hostiles, "bomb": bombs}
    counts = {kind: max(1, round(share * requests)) for kind, share in MIX.items()}
    counts["page"] += requests - sum(counts.values())  # the rounding's difference (a revalidation counts 2)
    counts["page"] -= counts["revalidate"]
    work: list[list[Job]] = []
    for kind, count in counts.items():
        for n in range(max(0, count)):
            job = pools[kind][n % len(pools[kind])] if kind != "page" else rng.choice(pools[kind])
            if kind == "revalidate":
                work.append([job, Job("revalidate", job.path, job.host, status=304)])
            else:
                work.append([job])
    rng.shuffle(work)
    return routes, work


# -- the clients --------------------------------------------------------------------------------

def run_step(client: Client, step: list[Job]) -> list[tuple[str, str]]:
    """The step's requests on this client's connection: (kind, verdict) for each."""
    out = []
    etag = None
    for job in step:
        extra = {"If-None-Match": etag} if job.status == 304 and etag else {}
        try:
            _, _, _, resp, body = client.request(job.path, job.host, extra)
        except Exception as err:  # noqa: BLE001 - the connection cut or refused: judged below
            client.reconnect()
            out.append((job.kind, "ok (cut)" if job.kind == "cut" else f"lost: {type(err).__name__}: {err}"))
            continue
        if resp.getheader("Connection", "").lower() == "close" or resp.will_close:
            client.reconnect()
        if job.kind == "cut":  # a 502, or a cut connection: never a 200 that looks whole
            out.append((job.kind, f"ok ({resp.status})" if resp.status >= 500 else f"broken: status {resp.status} for a cut body"))
            continue
        etag = resp.getheader("ETag")
        header = resp.getheader("X-Newsclean")
        said = verdict(job, resp.status, header, body)
        if said == "ok" and job.status != 200:
            said = f"ok ({job.status})"
        elif said == "ok" and header:
            said = f"ok ({status_of(header) or 'cleaned'})"
        out.append((job.kind, said))
    return out


def soak(proxy_port: int, origin_port: int, work: list[list[Job]], clients: int, time_limit: float):
    """`clients` threads take the steps of `work` until none is left (or the time limit passes)."""
    next_index = itertools.count().__next__
    results: list[tuple[str, str]] = []
    steps = [0]
    lock = threading.Lock()

    def client_loop() -> None:
        client = Client(proxy_port, origin_port)
        stop_at = time.monotonic() + time_limit
        try:
            while time.monotonic() < stop_at:
                n = next_index()
                if n >= len(work):
                    break
                seen = run_step(client, work[n])
                with lock:
                    results.extend(seen)
                    steps[0] += 1
        finally:
            client.close()

    threads = [threading.Thread(target=client_loop, daemon=True, name=f"soak client {i}") for i in range(clients)]
    t0 = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.monotonic() - t0, steps[0]


def _probe(proxy_port: int, origin_port: int, started, stop, results) -> None:
    """In a process of its own (not sharing a GIL with the clients): small requests until told to stop."""
    client = Client(proxy_port, origin_port)
    started.set()
    spans = small_requests(client, SMALL_HOST, 0, stop.is_set, time_limit=TIME_LIMIT * 2)
    client.close()
    results.put([b - a for a, b in spans])


class MemoryWatch:
    """The proxy's VmRSS every quarter second, in a thread (the highest seen while it runs)."""

    def __init__(self, pid: int):
        self.pid, self.peak_rss, self._stop = pid, 0, threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.25):
            self.peak_rss = max(self.peak_rss, memory_kib(self.pid)["VmRSS"])

    def stop(self) -> None:
        self._stop.set()
        self.thread.join()


def report(results, wall: float, done_steps: int, total_steps: int, memory: dict, base: list, loaded: list) -> dict:
    by_kind: dict[str, Counter] = {}
    problems = []
    for kind, said in results:
        key = said.split(":")[0]
        by_kind.setdefault(kind, Counter())[key] += 1
        if key in ("lost", "broken"):
            problems.append(f"{kind}: {said}")
    lost = sum(c["lost"] for c in by_kind.values())
    broken = sum(c["broken"] for c in by_kind.values())
    cut = "" if done_steps == total_steps else f" (stopped at the time limit: {done_steps} of {total_steps} steps)"
    print(f"{len(results)} requests in {wall:.1f} s ({len(results) / wall:.1f}/s){cut}")
    for kind, counts in sorted(by_kind.items()):
        print(f"  {kind:11} {sum(counts.values()):5}: {', '.join(f'{k} {v}' for k, v in counts.most_common())}")
    print(f"lost: {lost}, broken: {broken}")
    for line in problems[:20]:
        print(f"  {line}")
    mib = {k: round(v / 1024, 1) for k, v in memory.items()}
    print(f"proxy memory: before {mib['before']} MiB (VmRSS after start-up and warm-up), peak {mib['peak']} MiB "
          f"(VmHWM), after {mib['after']} MiB (VmRSS, the soak over)")
    p50b, p95b = summary(base)
    p50l, p95l = summary(loaded) if loaded else (float("nan"), float("nan"))
    print(f"small requests, 10 ms apart: unloaded p50 {ms(p50b)}, p95 {ms(p95b)} ({len(base)}); "
          f"during the soak p50 {ms(p50l)}, p95 {ms(p95l)} ({len(loaded)})")
    return {"requests": len(results), "wall_s": round(wall, 1), "lost": lost, "broken": broken,
            "by_kind": {k: dict(v) for k, v in by_kind.items()}, "memory_mib": mib,
            "small_unloaded_ms": [round(p50b * 1000, 2), round(p95b * 1000, 2)],
            "small_during_ms": [round(p50l * 1000, 2), round(p95l * 1000, 2)]}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=REQUESTS, help=f"requests in all (default {REQUESTS})")
    parser.add_argument("--clients", type=int, default=CLIENTS, help=f"concurrent clients (default {CLIENTS})")
    parser.add_argument("--pages", type=int, help="only the first N corpus pages (default all)")
    parser.add_argument("--time-limit", type=float, default=TIME_LIMIT, help="seconds before clients stop")
    parser.add_argument("--seed", type=int, default=1, help="the shuffle of the requests")
    args = parser.parse_args(argv)

    pages = corpus_pages(args.pages)  # exits with a reason where the corpus is absent
    hosts = corpus_hosts()
    scratch = Path(tempfile.mkdtemp(prefix="newsclean-soak-"))
    rules = scratch / "rules"
    rules.mkdir()
    book = RuleBook.load(rule_dirs(rules, bundled=True))  # the proxy's rules: the bundled ones
    t0 = time.monotonic()
    routes, work = build(pages, hosts, book, args.requests, args.seed)
    print(f"{len(pages)} corpus pages; {sum(len(s) for s in work)} requests by {args.clients} clients "
          f"(expected bodies computed in {time.monotonic() - t0:.0f} s)", flush=True)
    port = free_port()
    procs = []
    try:
        with Origin(routes) as origin, open(scratch / "proxy.log", "wb") as log:
            proxy = start_newsclean(port, scratch / "mitmproxy", log, "--all-sites", "--rules", str(rules))
            procs.append(proxy)
            warm = Client(port, origin.port)
            base = [b - a for a, b in small_requests(warm, SMALL_HOST, 200)]  # also the warm-up
            warm.close()
            before = memory_kib(proxy.pid)["VmRSS"]

            ctx = multiprocessing.get_context("spawn")
            started, stop, probed = ctx.Event(), ctx.Event(), ctx.Queue()
            prober = ctx.Process(target=_probe, args=(port, origin.port, started, stop, probed), daemon=True)
            prober.start()
            if not started.wait(60):
                raise SystemExit("the small-request prober did not start within 60 s")
            watch = MemoryWatch(proxy.pid)
            results, wall, done_steps = soak(port, origin.port, work, args.clients, args.time_limit)
            stop.set()
            loaded = probed.get(timeout=60)
            prober.join(30)
            watch.stop()
            time.sleep(2)  # the last pages' buffers let go
            status = memory_kib(proxy.pid)
            memory = {"before": before, "peak": status["VmHWM"], "after": status["VmRSS"]}
    finally:
        stop_processes(procs)
    warnings = sum(1 for line in (scratch / "proxy.log").read_text(errors="replace").splitlines() if "Traceback" in line)
    shutil.rmtree(scratch, ignore_errors=True)
    figures = report(results, wall, done_steps, len(work), memory, base, loaded)
    figures["proxy_log_tracebacks"] = warnings
    print(f"tracebacks in the proxy's log: {warnings}")
    print(json.dumps(figures))
    return 1 if figures["lost"] or figures["broken"] else 0


if __name__ == "__main__":
    sys.exit(main())
