"""Rule statistics: what counting a page costs the page path, what the writer thread costs, and how
big the file gets.

    python -m bench.stats [--pages N] [--limit L]

Reports are real: the corpus pages (the first L, ../shared/corpus) cleaned once by the bundled rules,
each with its host's site. Then:
- record: ``StatsRecorder.record(registrable_domain(host), report)`` as the addon calls it on the page
  path, timed call by call (perf_counter_ns) over N pages while the writer thread runs (it is let write
  each FLUSH_PAGES pages, as it keeps up with a proxy's pace; none is dropped); median and p95;
- writer: ``write_batch`` of FLUSH_PAGES pages a batch into a real file (the thread's work each
  flush), per batch and per page;
- size: the file (and its WAL, after a checkpoint) after the N pages, and at the caps' worst case —
  MAX_ROWS rows of long list-filter ids over MAX_SITES sites.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import corpus_pages
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.engine.hosts import host_of, registrable_domain
from newsclean.rules.folders import rule_dirs
from newsclean.stats import MAX_ROWS, MAX_SITES, StatsRecorder
from newsclean.stats.schema import open_for_writing
from newsclean.stats.store import page_counts, write_batch
from newsclean.stats.writer import FLUSH_PAGES


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def kib(n: int) -> str:
    return f"{n / 1024:,.0f} KiB"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stats")
    parser.add_argument("--pages", type=int, default=100_000, help="pages recorded (default 100,000)")
    parser.add_argument("--limit", type=int, default=120, help="corpus pages whose reports are used")
    args = parser.parse_args(argv)
    book = RuleBook.load(rule_dirs())
    reports = [(host_of(url), clean(data, url, book).report) for _, url, data in corpus_pages(args.limit)]
    counted = [len(page_counts(r)) for _, r in reports]
    print(f"{len(reports)} corpus pages cleaned: a median {statistics.median(counted):g} rules acted on a page, "
          f"{len({registrable_domain(h) for h, _ in reports})} sites")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stats.sqlite3"
        recorder = StatsRecorder(path)
        times = []
        clock = time.perf_counter_ns
        flushed = True
        for i in range(args.pages):
            host, report = reports[i % len(reports)]
            start = clock()
            recorder.record(registrable_domain(host), report)
            times.append(clock() - start)
            if (i + 1) % FLUSH_PAGES == 0:  # as pages come to a proxy: the writer keeps up between batches
                flushed = recorder.flush(timeout=600) and flushed
        recorder.close(wait=60)
        times.sort()
        print(f"record (page path), {args.pages:,} pages: median {times[len(times) // 2] / 1000:.2f} µs, "
              f"p95 {times[int(len(times) * 0.95)] / 1000:.2f} µs, max {times[-1] / 1000:.0f} µs; "
              f"written {recorder.written:,}, dropped {recorder.dropped}, flushed {flushed}")
        print(f"file after {args.pages:,} pages: {kib(size(path))} (with its WAL, checkpointed at close)")

        timed = Path(tmp) / "timed.sqlite3"
        conn = open_for_writing(timed, time.time())
        batches = []
        for b in range(20):
            batch = [(registrable_domain(h), r, time.time()) for h, r in
                     (reports[(b * FLUSH_PAGES + i) % len(reports)] for i in range(FLUSH_PAGES))]
            start = time.perf_counter()
            write_batch(conn, batch)
            batches.append(time.perf_counter() - start)
        per_batch = statistics.median(batches)
        print(f"writer: a batch of {FLUSH_PAGES} pages in a median {per_batch * 1000:.1f} ms "
              f"({per_batch / FLUSH_PAGES * 1e6:.1f} µs a page), off the page path")
        conn.close()

        worst = Path(tmp) / "worst.sqlite3"
        conn = open_for_writing(worst, time.time())
        now = time.time()
        rows = [(f"list:easylist-annoyances:{100_000 + i}", f"site-{i % MAX_SITES:05d}.news-example.com", 3, 0, 2, now, now)
                for i in range(MAX_ROWS)]
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO rule_site VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany("INSERT INTO site_pages VALUES (?, ?, ?, ?)",
                         [(f"site-{i:05d}.news-example.com", 40, now, now) for i in range(MAX_SITES)])
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        print(f"at the caps ({MAX_ROWS:,} rule rows of long list-filter ids, {MAX_SITES:,} sites): {kib(size(worst))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
