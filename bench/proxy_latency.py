"""Time per page through the proxy: mitmdump with the newsclean addon against plain mitmdump, on the
same corpus pages in one run, with one lxml parse + serialise of each page as the floor.

    python -m bench.proxy_latency [--limit N] [--repeat R]

Both proxies are real `mitmdump` processes on 127.0.0.1 (the addon loaded the way a user loads it:
`-s addon/newsclean_mitmproxy.py --set newsclean_all_sites=true`); a local origin, in a process of its
own, serves each corpus page uncompressed. A client on one keep-alive connection to each proxy
fetches every page through both, alternating which goes first; a page's time is the best of R rounds
(the least disturbed by whatever else runs on the machine). The client sends the page's real host in
the Host header, so the addon picks that site's rules as it would on the web, while the connection
goes to the local origin.
The addon's cost is the per-page difference (with addon - plain), compared with the floor. It is split
with the addon's own figure for each page (its `Server-Timing: newsclean;dur=MS`: decoding and cleaning,
on a worker thread or in a worker process) into the engine's work inside the proxy and the rest, the
plumbing (hooks, the hop to the thread or process and back, headers, records). The engine alone in this
process, on the same pages taken in the same rotation, shows what the proxy's surroundings add to it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

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


def newsclean_ms(headers) -> float | None:
    """The addon's own figure for a page from its Server-Timing entry (``newsclean;dur=MS``): the
    milliseconds spent decoding and cleaning it, off the event loop. None when there is none."""
    if headers is None:
        return None
    for value in headers.get_all("Server-Timing") or ():
        for entry in value.split(","):
            name, _, params = entry.strip().partition(";")
            if name == "newsclean" and params.startswith("dur="):
                return float(params[4:])
    return None


def rotation_times(fn, pages, rounds: int) -> list[float]:
    """Best of `rounds` wall times (seconds) of fn(page) for each page, each round one pass over all pages."""
    best = [float("inf")] * len(pages)
    for _ in range(rounds):
        for i, page in enumerate(pages):
            t0 = time.perf_counter()
            fn(page)
            best[i] = min(best[i], time.perf_counter() - t0)
    return best


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N corpus pages")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; a page's time is its best round")
    args = parser.parse_args(argv)

    pages = corpus_pages(args.limit)
    hosts = corpus_hosts()
    confdir = Path(tempfile.mkdtemp(prefix="newsclean-bench-"))
    plain_port, addon_port = free_port(), free_port()
    procs = []
    try:
        with Origin({pid: ("text/html", data) for pid, _, data in pages}) as origin:
            procs.append(start_mitmdump(plain_port, confdir))
            procs.append(start_mitmdump(addon_port, confdir, *ADDON_ARGS))
            plain, addon = Client(plain_port, origin.port), Client(addon_port, origin.port)

            for pid, _, _ in pages[:10]:  # warm-up: imports, first connections, caches
                plain.fetch(pid, hosts.get(pid, "example.com"))
                addon.fetch(pid, hosts.get(pid, "example.com"))

            best_plain = {pid: float("inf") for pid, _, _ in pages}
            best_addon = dict(best_plain)
            best_inside = dict(best_plain)  # the addon's Server-Timing figure, seconds
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
                    inside = newsclean_ms(addon.last_headers)
                    if inside is not None:
                        best_inside[pid] = min(best_inside[pid], inside / 1000)
                    if round_no == 0:
                        outcomes[outcome(header)] += 1
    finally:
        stop_processes(procs)
        shutil.rmtree(confdir, ignore_errors=True)

    floor = per_page_times(lambda p: floor_parse_serialise(p[2]), pages, repeat=args.repeat)
    # The engine alone, in this process, with the rules the addon loaded, each page's best of as many
    # rounds over all the pages as the proxies had (not back to back: a page cleaned again at once
    # finds the caches warm, as it never does in the proxy).
    book = RuleBook.load(rule_dirs())
    engine = rotation_times(lambda p: clean(p[2], f"http://{hosts.get(p[0], 'example.com')}/{p[0]}", book),
                            pages, rounds=args.repeat)
    plain_t = [best_plain[pid] for pid, _, _ in pages]
    addon_t = [best_addon[pid] for pid, _, _ in pages]
    overhead = [a - p for a, p in zip(addon_t, plain_t)]
    measured = [i for i, (pid, _, _) in enumerate(pages) if best_inside[pid] != float("inf")]
    inside = [best_inside[pages[i][0]] for i in measured]
    plumbing = [overhead[i] - best_inside[pages[i][0]] for i in measured]
    sizes = sorted(len(data) for _, _, data in pages)

    print(f"{len(pages)} corpus pages (median {sizes[len(sizes) // 2] / 1024:.0f} KiB), best of {args.repeat} rounds")
    print(f"addon outcomes: {', '.join(f'{k} {v}' for k, v in outcomes.most_common())}")
    print(f"{'':38} {'median':>10} {'p95':>10}")
    for name, times in (
        ("plain mitmdump", plain_t),
        ("mitmdump + newsclean addon", addon_t),
        ("addon's cost (with - plain)", overhead),
        (f"  engine inside the proxy ({len(measured)} pages)", inside),
        ("  the rest: plumbing (cost - engine inside)", plumbing),
        ("engine alone, in this process", engine),
        ("floor: lxml parse + serialise", floor),
    ):
        if times:
            med, p95 = summary(times)
            print(f"{name:44} {ms(med):>10} {ms(p95):>10}")
    med_over, p95_over = summary(overhead)
    med_floor, p95_floor = summary(floor)
    print(f"addon's cost / floor: median {med_over / med_floor:.2f}x, p95 {p95_over / p95_floor:.2f}x (target: about 2x)")
    if measured:
        med_plumbing = summary(plumbing)[0]
        print(f"plumbing / floor: median {med_plumbing / med_floor:.2f}x; engine inside the proxy / alone: median "
              f"{statistics.median(best_inside[pages[i][0]] / engine[i] for i in measured):.2f}x")
    print(json.dumps({
        "pages": len(pages), "repeat": args.repeat,
        "plain_ms": [round(x * 1000, 3) for x in summary(plain_t)],
        "addon_ms": [round(x * 1000, 3) for x in summary(addon_t)],
        "cost_ms": [round(x * 1000, 3) for x in summary(overhead)],
        "engine_ms": [round(x * 1000, 3) for x in summary(engine)],
        "engine_inside_ms": [round(x * 1000, 3) for x in summary(inside)] if inside else None,
        "plumbing_ms": [round(x * 1000, 3) for x in summary(plumbing)] if plumbing else None,
        "floor_ms": [round(x * 1000, 3) for x in summary(floor)],
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
