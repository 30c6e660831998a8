"""Plain `##` filters against adblock-rust (the `adblock` package, a test-only dependency) on a sample
of the corpus pages: every element one side finds and the other does not has a known reason."""

from __future__ import annotations

import re

import lxml.html
import pytest

from bench import lists_reference
from bench.common import corpus_pages
from newsclean.engine.lists import matches
from newsclean.engine.page import Page, host_of

from ..conftest import CORPUS_DIR, SHARED, need_shared

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def engines():
    need_shared(SHARED / "filters")
    need_shared(CORPUS_DIR)
    return lists_reference.build()


def test_newsclean_finds_what_adblock_rust_finds_on_a_sample_of_pages(engines):
    index, engine, left_out = engines
    assert [line for _name, _n, line in left_out] == [
        "@@*$ghide,domain=activo.mx|dynamicsupply.net|foroactivo.com|zdsports.org|~www.activo.mx|~www.foroactivo.com"
    ]
    sample = corpus_pages()[::9]  # 51 of the 454 pages, spread over the corpus
    ours = 0
    for pid, url, data in sample:
        diffs = lists_reference.compare_page(index, engine, url, data)
        unexplained = [(side, sel) for side, sel, why in diffs if why == "other"]
        assert not unexplained, (pid, url, unexplained[:5])
        root = lxml.html.document_fromstring(data)
        ours += len(matches(Page(root, url), index.for_host(host_of(url))))
    assert ours > 100, ours  # the sample holds elements to compare: the test cannot pass on nothing


def test_the_bench_prints_the_differences_with_why(capsys):
    need_shared(SHARED / "filters")
    need_shared(CORPUS_DIR)
    assert lists_reference.main(["--limit", "5", "--show", "3"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"pages: 5; elements found by one side only: \d+", out), out
    assert "unexplained differences: 0" in out, out
