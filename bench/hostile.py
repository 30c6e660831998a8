"""Hostile pages: shapes that once made the default rules quadratic, timed cold against the floor
(one lxml parse + serialise of the same page), in the same run.

    python -m bench.hostile [--slots N] [--links N] [--paragraphs N] [--repeat R] [--as-filed]

- ad slots: a story, then one box holding 12,000 `<div><span>Advertisement</span></div>` (444 KB
  of slots). The label-box rule asked whether the box holds only labels once for each slot, each
  time reading all of it: 6 minutes of CPU before; now each box is asked once.
- linked sentence: a story with one sentence of 8,000 links to spam pages and no words between
  them (430 KB). The in-sentence check walked the whole line from each link: 64 s before; now a
  long line is summed up once.

--as-filed adds the first page as issue 13 filed it: the slots alone, no story (444 KB); the guard
holds the box back, as it is all of the page's text.

A third shape, in the junk detector (engine/detect/signals.py, the sentence-end count): a box
the guard held back whose text has no space in it ("AdvertisementAdvertisement…", 156,000
characters) cost about 110 s (`--paragraphs 100`: too short a story for the box to go); the count
now starts only where a run of word characters starts, one pass over the text.

The first two pages must also come out cleaned (the slots gone, the links unwrapped): a figure for
a page the rules failed on would time nothing.
"""

from __future__ import annotations

import argparse
import time

from newsclean.engine.book.kinds import clear_caches
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.rules.folders import rule_dirs

from .common import floor_parse_serialise, ms

URL = "https://news.example.com/2024/05/story"
_SENTENCE = "The council met on Tuesday to weigh the plan for the harbour, and its members spoke at length. "


def story(paragraphs: int) -> str:
    return "".join(f"<p>{_SENTENCE * 6}({i})</p>\n" for i in range(paragraphs))


def ad_slots_page(slots: int = 12_000, paragraphs: int = 150) -> bytes:
    """A story, then one box of ``slots`` ad slots (each `<div><span>Advertisement</span></div>`)."""
    boxes = "<div><span>Advertisement</span></div>" * slots
    return (
        "<!doctype html><html><head><meta charset=utf-8><title>Story</title></head><body>"
        f"<article><h1>The harbour plan</h1>\n{story(paragraphs)}</article>"
        f'<div class="slots">{boxes}</div></body></html>'
    ).encode()


def ad_slots_only_page(slots: int = 12_000) -> bytes:
    """The page as filed: the box of slots and nothing else."""
    return ("<html><body><div>" + "<div><span>Advertisement</span></div>" * slots + "</div></body></html>").encode()


def linked_sentence_page(links: int = 8_000, paragraphs: int = 60) -> bytes:
    """A story with one sentence of ``links`` adjacent links to spam pages (nothing but spaces
    between them): the links are unwrapped, their words stay."""
    run = " ".join(f'<a href="https://bet{i % 97}.example.net/slot-gacor">x{i % 10}</a>' for i in range(links))
    return (
        "<!doctype html><html><head><meta charset=utf-8><title>Story</title></head><body>"
        f"<article><h1>The harbour plan</h1>\n{story(paragraphs)}"
        f"<p>The members said {run} and left.</p></article></body></html>"
    ).encode()


def clean_cold(data: bytes, book: RuleBook):
    clear_caches()  # as on the page's first visit
    return clean(data, URL, book)


def best_of(fn, repeat: int):
    """(best wall time of ``repeat`` runs, what the last run returned)."""
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--slots", type=int, default=12_000, help="ad slots in the box (default 12,000)")
    parser.add_argument("--links", type=int, default=8_000, help="links in the sentence (default 8,000)")
    parser.add_argument("--paragraphs", type=int, default=150, help="paragraphs of story before the slots")
    parser.add_argument("--repeat", type=int, default=3, help="best of R runs")
    parser.add_argument("--as-filed", action="store_true", help="also the slots alone, as filed (slow: see above)")
    args = parser.parse_args(argv)

    book = RuleBook.load(rule_dirs())
    pages = (
        (f"ad slots ({args.slots:,} in one box)", ad_slots_page(args.slots, args.paragraphs)),
        (f"linked sentence ({args.links:,} links)", linked_sentence_page(args.links)),
    )
    if args.as_filed:
        pages += ((f"ad slots alone, as filed ({args.slots:,})", ad_slots_only_page(args.slots)),)
    print(f"shipped rules, cold (caches cleared before each run), best of {args.repeat}:")
    for label, data in pages:
        floor, _ = best_of(lambda: floor_parse_serialise(data), args.repeat)
        engine, result = best_of(lambda: clean_cold(data, book), args.repeat)
        report = result.report
        print(
            f"  {label}, {len(data) / 1000:.0f} KB: engine {ms(engine)}, floor {ms(floor)} "
            f"({engine / floor:.1f}x floor); {report.status}, removed={report.removed}"
        )


if __name__ == "__main__":
    main()
