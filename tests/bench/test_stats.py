"""`python -m bench.stats` runs on a few pages and prints its figures."""

from __future__ import annotations

import re

from bench import stats

from ..conftest import CORPUS_DIR, need_shared


def test_bench_stats_prints_record_writer_and_size_figures(capsys):
    need_shared(CORPUS_DIR)
    assert stats.main(["--pages", "2000", "--limit", "5"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"record \(page path\), 2,000 pages: median [\d.]+ µs, p95 [\d.]+ µs", out), out
    assert "written 2,000, dropped 0, flushed True" in out
    assert re.search(r"writer: a batch of 500 pages in a median [\d.]+ ms", out), out
    assert re.search(r"at the caps \(50,000 rule rows .*\): [\d,]+ KiB", out), out
