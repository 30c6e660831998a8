"""Engine speed on the corpus, as ratios to the floor (one lxml parse + serialise) measured in the
same run; and the cost of loading 1,000 site files.

    python -m bench.engine [--limit N] [--repeat R] [--cpu]
    python -m bench.engine --by-rule [--limit N] [--repeat R]

`--by-rule` says instead where a page's time goes: parsing, the body's text walk and prefilter, each
rule of the shipped set, and serialising — mean milliseconds a page, best of R runs for each page.
`--cpu` times the floor and the engine in the thread's CPU time (`time.thread_time`) instead of wall
time: on a machine shared with other work, what the engine itself costs.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import tempfile
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

from newsclean.engine import detect, document
from newsclean.engine.book.kinds import clear_caches
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import apply_rules, clean
from newsclean.engine.page import Page, host_of
from newsclean.engine.report import Report
from newsclean.rules.folders import rule_dirs

from .common import corpus_pages, floor_parse_serialise, interleaved_times, ms, summary

SITE_FILE = """\
[site]
article = "#story-{n}, .article-body-{n}"

[[rule]]
name = "ad-label"
reason = "generated site {n}: ad label"
text = "Sponsored content {n}"
widen = true

[[rule]]
name = "teaser-box"
reason = "generated site {n}: teaser box"
css = "div.teasers-{n}, aside#more-{n}"

[[rule]]
name = "read-also"
reason = "generated site {n}: teaser paragraph"
css = "p"
text-regex = "^Read also {n}:"
within = "article"

[[rule]]
name = "spam"
reason = "generated site {n}: spam host"
href-host = "spam-{n}.example"
action = "unwrap"
"""


def rss_bytes() -> int:
    """Resident memory of this process (counts libxml2's compiled XPath too, unlike tracemalloc)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def write_site_files(folder: Path, count: int) -> None:
    for n in range(count):
        (folder / f"generated-site-{n}.example.toml").write_text(SITE_FILE.format(n=n), encoding="utf-8")


def clean_first_visit(page, book, detect: bool = True) -> None:
    """Clean a page as if it had not been seen before: the engine keeps answers for short texts
    across pages (menus, share links), and a repeat of the same page would find all of them.
    ``detect=False``: the same rules without the junk detector."""
    clear_caches()
    plan = None
    if not detect:  # one plan a host, as the book keeps them (a plan compiles its prefilter once)
        host = host_of(page[1])
        plan = _NO_DETECT.get((id(book), host))
        if plan is None:
            plan = book.plan_for(host)
            plan = _NO_DETECT[(id(book), host)] = replace(plan, settings=replace(plan.settings, detect=False))
    clean(page[2], page[1], book, plan=plan)


_NO_DETECT: dict = {}


def time_by_step(data: bytes, url: str, book: RuleBook) -> dict[str, float]:
    """Seconds each step of cleaning one page takes, the rules one by one (in their order)."""
    plan = book.plan_for(host_of(url))
    clear_caches()
    times = {}
    t0 = time.perf_counter()
    parsed = document.parse_page(data)
    t1 = time.perf_counter()
    page = Page(parsed.root, url, plan.article_xpath, prefilter=plan.prefilter)
    page.raw = data  # as the cleaner sets it (the detector reads the bytes for ad data attributes)
    page.text_hits  # noqa: B018 - the walk and the prefilter pass, timed on their own
    times["parse"], times["text walk + prefilter"] = t1 - t0, time.perf_counter() - t1
    report = Report(url=url, site=plan.site, files=plan.files, mode=plan.settings.mode)
    for rule in plan.rules:
        start = time.perf_counter()
        apply_rules(page, (rule,), plan.settings.guard, report)
        times[rule.id] = times.get(rule.id, 0.0) + time.perf_counter() - start
    if plan.settings.detect and plan.defaults_in_force:
        start = time.perf_counter()
        detect.apply(page, detect.Settings(), report, "newsclean-mark", plan.settings.guard)
        times["detector"] = time.perf_counter() - start
    start = time.perf_counter()
    document.serialise(parsed.root, parsed.had_doctype)
    times["serialise"] = time.perf_counter() - start
    return times


def by_rule(pages, book: RuleBook, repeat: int) -> list[tuple[str, float]]:
    """(step, mean ms a page) for every step, the dearest first; each page's best of `repeat` runs."""
    totals: dict[str, float] = {}
    for _id, url, data in pages:
        best: dict[str, float] = {}
        for _ in range(repeat):
            for step, seconds in time_by_step(data, url, book).items():
                best[step] = min(best.get(step, seconds), seconds)
        for step, seconds in best.items():
            totals[step] = totals.get(step, 0.0) + seconds
    return sorted(((step, total * 1000 / len(pages)) for step, total in totals.items()), key=lambda kv: -kv[1])


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="only the first N corpus pages")
    parser.add_argument("--repeat", type=int, default=3, help="best of R runs per page")
    parser.add_argument("--by-rule", action="store_true", help="where a page's time goes, step by step")
    parser.add_argument(
        "--cpu", action="store_true",
        help="time the engine and the floor in this thread's CPU time, not wall time (a shared machine)",
    )
    args = parser.parse_args(argv)

    pages = corpus_pages(args.limit)
    if args.by_rule:
        steps = by_rule(pages, RuleBook.load(rule_dirs()), args.repeat)
        print(f"pages: {len(pages)}; mean ms a page (best of {args.repeat} runs each), shipped rules:")
        for step, mean_ms in steps:
            print(f"  {mean_ms:7.3f}  {step}")
        rules_ms = sum(mean_ms for step, mean_ms in steps if ":" in step)
        print(f"  {rules_ms:7.3f}  all rules")
        return
    shipped = RuleBook.load(rule_dirs())
    tmp = Path(tempfile.mkdtemp(prefix="newsclean-bench-"))
    try:
        write_site_files(tmp, 1000)
        gc.collect()
        rss_before = rss_bytes()
        t0 = time.perf_counter()
        big = RuleBook.load(rule_dirs(tmp))
        load_s = time.perf_counter() - t0
        rss_growth = rss_bytes() - rss_before
        # Memory in a second load of its own: tracemalloc slows allocation, so it must not be timed.
        del big
        gc.collect()
        tracemalloc.start()
        big = RuleBook.load(rule_dirs(tmp))
        retained, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert len(big.site_domains) >= 1000 and not big.errors, big.errors[:3]

        floor, shipped_t, no_detect_t, big_t = interleaved_times(
            [
                lambda p: floor_parse_serialise(p[2]),
                lambda p: clean_first_visit(p, shipped),
                lambda p: clean_first_visit(p, shipped, detect=False),
                lambda p: clean_first_visit(p, big),
            ],
            pages,
            args.repeat,
            clock=time.thread_time if args.cpu else time.perf_counter,
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    f_med, f_p95 = summary(floor)
    clock = "CPU time of the thread" if args.cpu else "wall time"
    print(f"pages: {len(pages)} (best of {args.repeat} runs each, {clock}; floor and engine take turns on each page)")
    print(f"floor (lxml parse + serialise): median {ms(f_med)}, p95 {ms(f_p95)}")
    for label, times in (
        ("shipped rules", shipped_t),
        ("shipped rules without the detector", no_detect_t),
        ("shipped + 1,000 site files", big_t),
    ):
        med, p95 = summary(times)
        ratios = sorted(t / f for t, f in zip(times, floor))
        r_med, r_p95 = summary(ratios)
        print(
            f"engine, {label}: median {ms(med)} ({med / f_med:.2f}x floor median), p95 {ms(p95)} "
            f"({p95 / f_p95:.2f}x floor p95); per-page ratio median {r_med:.2f}x, p95 {r_p95:.2f}x"
        )
    added = sorted(a - b for a, b in zip(shipped_t, no_detect_t))
    added_med = added[len(added) // 2]
    print(f"the detector adds: median {ms(added_med)} a page ({added_med / f_med:.2f}x floor median)")
    print(
        f"rule loading: 1,000 site files in {load_s * 1000:.0f} ms; process RSS grew {rss_growth / 2**20:.1f} MiB; "
        f"Python objects held {retained / 2**20:.1f} MiB (peak while loading {peak / 2**20:.1f} MiB)"
    )


if __name__ == "__main__":
    main()
