"""`python -m bench.lists` runs on a few pages and prints its figures."""

from __future__ import annotations

import re

from bench import lists

from ..conftest import SHARED, need_shared


def test_bench_lists_prints_load_and_per_page_figures(capsys):
    need_shared(SHARED / "filters")
    assert lists.main(["--limit", "3", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"lists: \d+ \([\d,]+ element-hiding filters", out), out
    assert re.search(r"loading: [\d.]+ s; resident memory \d+ → \d+ MiB", out), out
    assert re.search(r"the lists add: median -?[\d.]+ ms a page", out), out


def test_bench_lists_splits_the_lists_time_by_step(capsys):
    need_shared(SHARED / "filters")
    assert lists.main(["--limit", "3", "--repeat", "1", "--split"]) == 0
    out = capsys.readouterr().out
    found = re.search(r"the lists' steps, median a page: walk (-?[\d.]+) ms, filters tried ([\d.]+) ms, hiding ([\d.]+) ms", out)
    assert found, out
    assert float(found.group(2)) > 0  # every page meets the lists' filters: the step ran and was timed
