"""What the benchmarks share: the corpus pages and the floor (one lxml parse + serialise)."""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
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


def interleaved_times(fns, pages, repeat: int = 3) -> list[list[float]]:
    """Best of `repeat` wall times of each fn(page), the fns taking turns on each page, so that a
    burst of load from elsewhere on the machine hits all of them alike (ratios stay honest)."""
    times = [[] for _ in fns]
    for page in pages:
        best = [float("inf")] * len(fns)
        for _ in range(repeat):
            for i, fn in enumerate(fns):
                t0 = time.perf_counter()
                fn(page)
                best[i] = min(best[i], time.perf_counter() - t0)
        for i, b in enumerate(best):
            times[i].append(b)
    return times


def summary(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def ms(x: float) -> str:
    return f"{x * 1000:.2f} ms"
