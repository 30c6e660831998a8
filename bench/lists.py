"""Filter lists: what loading every list of ../shared/filters costs, and what they add to a page.

    python -m bench.lists [--limit N] [--repeat R] [--only NAME ...] [--split]

Loading: wall time and the process's resident memory before and after (read from /proc), the
lists parsed and indexed. Per page: the engine with the bundled rules, with and without all lists,
taking turns on each page, against the floor (one lxml parse + serialise) of the same run. The
first page a list filter meets pays for compiling its selector: the runs are best-of-R, as a proxy
that has seen a few pages meets the next. ``--split`` then says where the lists' time on a page goes
(bench/lists_split.py: the walk's added reads, the filters tried, the hiding).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.common import (
    corpus_pages,
    floor_parse_serialise,
    interleaved_times,
    ms,
    summary,
)
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.rules.folders import rule_dirs

FILTERS = Path(__file__).resolve().parents[1].parent / "shared" / "filters"


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.lists", description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N corpus pages")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only these lists (file names, e.g. easylist.txt):"
                        " per-page cost by the number of lists")
    parser.add_argument("--split", action="store_true", help="then the lists' time on a page step by step (medians)")
    args = parser.parse_args(argv)
    if not FILTERS.is_dir():
        print(f"skipped: {FILTERS} is absent (the shared filter lists sit beside the checkout)")
        return 0
    pages = corpus_pages(args.limit)
    plain = RuleBook.load(rule_dirs())
    with tempfile.TemporaryDirectory() as tmp:
        lists = Path(tmp) / "rules" / "lists"
        lists.mkdir(parents=True)
        for source in sorted(FILTERS.rglob("*.txt")):
            if not args.only or source.name in args.only:
                (lists / source.name).symlink_to(source)
        before = rss_mib()
        t0 = time.perf_counter()
        book = RuleBook.load(rule_dirs(Path(tmp) / "rules"))
        index = book.list_index
        loaded = time.perf_counter() - t0
        after = rss_mib()
    filters = sum(len(fl.filters) for fl in book.lists)
    procedural = sum(len(fl.procedural) for fl in book.lists)
    print(f"lists: {len(book.lists)} ({filters:,} element-hiding filters, {index.unkeyed} generic ones with no key not "
          f"applied; {procedural:,} procedural / HTML filters of sites)")
    print(f"loading: {loaded:.2f} s; resident memory {before:.0f} → {after:.0f} MiB (+{after - before:.0f})")
    for _pid, url, data in pages[:20]:  # selectors of the commonest filters compiled, as on a running proxy
        clean(data, url, book)
    floor, without, with_lists = interleaved_times(
        [lambda p: floor_parse_serialise(p[2]), lambda p: clean(p[2], p[1], plain), lambda p: clean(p[2], p[1], book)],
        pages, args.repeat,
    )
    f_med, _ = summary(floor)
    w_med, w_p95 = summary(without)
    l_med, l_p95 = summary(with_lists)
    added = sorted(b - a for a, b in zip(without, with_lists))
    add_med = added[len(added) // 2]
    print(f"pages: {len(pages)}; floor median {ms(f_med)}")
    print(f"engine, bundled rules: median {ms(w_med)}, p95 {ms(w_p95)}")
    print(f"engine, bundled rules + the lists: median {ms(l_med)}, p95 {ms(l_p95)}")
    print(f"the lists add: median {ms(add_med)} a page ({add_med / f_med:.2f}x floor median; target 0.2x)")
    if args.split:
        from .lists_split import split

        parts = split(pages, book, args.repeat)
        print("the lists' steps, median a page: " + ", ".join(f"{step} {ms(s)}" for step, s in parts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
