"""The load benchmark's parts, run for real: pages through a real mitmdump from the local origin, the
5 MB page built from corpus bodies, and which small requests count as "while cleaning". No timing is
asserted here; the figures are bench.proxy_load's to print."""

from __future__ import annotations

import lxml.html
import pytest

from bench.common import (
    ADDON_ARGS,
    Client,
    Origin,
    free_port,
    start_mitmdump,
    stop_processes,
)
from bench.proxy_load import (
    MAX_STORY_BYTES,
    SMALL,
    big_page,
    run_clients,
    small_article,
    within_cleaning,
)

from ..conftest import CORPUS_DIR, need_shared


@pytest.mark.parametrize(
    "spans, expected",
    [
        ([(10.5, 10.6)], [(10.5, 10.6)]),  # inside the cleaning of the first big fetch
        ([(10.05, 10.1)], []),  # the 5 MB still on its way to the proxy (inside the margin)
        ([(10.9, 11.1)], []),  # runs past the start of the response
        ([(11.5, 11.6), (20.5, 20.6)], [(20.5, 20.6)]),  # between two fetches; inside the second
    ],
)
def test_within_cleaning_keeps_only_spans_inside_a_cleaning(spans, expected):
    big = [(10.0, 11.0, 11.2, "cleaned"), (20.0, 21.0, 21.2, "cleaned")]  # (sent, headers in, done, outcome)
    assert within_cleaning(spans, big, margin=0.2) == expected


def test_big_page_is_one_document_of_many_corpus_bodies():
    need_shared(CORPUS_DIR)
    from bench.common import corpus_pages

    page, stories = big_page(corpus_pages(), size=2 * 2**20)
    assert len(page) >= 2 * 2**20
    assert b'<meta charset="utf-8">' in page[:200]
    root = lxml.html.document_fromstring(page)
    sections = root.xpath("/html/body/section[@class='story']")
    assert len(sections) == stories >= 5
    assert all(len(lxml.html.tostring(s)) <= MAX_STORY_BYTES for s in sections)


@pytest.fixture(scope="module")
def origin_pages():
    pages = {f"page-{n}": ("text/html", small_article().replace(b"Council", f"Council {n}".encode())) for n in range(24)}
    with Origin({**pages, **SMALL}) as origin:
        yield origin, [(path, "news.example") for path in pages]


@pytest.mark.parametrize("with_addon", [False, True], ids=["plain", "addon"])
def test_clients_fetch_every_page_once_through_a_real_mitmdump(tmp_path, origin_pages, with_addon):
    origin, work = origin_pages
    port = free_port()
    proc = start_mitmdump(port, tmp_path, *(ADDON_ARGS if with_addon else ()))
    try:
        done, wall, outcomes = run_clients(port, origin.port, work, clients=8)
        sent, headers_in, finished, header = Client(port, origin.port).fetch_timed("tiny.css", "news.example")
    finally:
        stop_processes([proc])
    assert done == len(work) and wall > 0
    assert sum(outcomes.values()) == len(work)
    if with_addon:  # the addon really ran on every page (a failed -s would leave no header)
        assert set(outcomes) <= {"cleaned", "unchanged"}, outcomes
        assert header is None  # a stylesheet is not a page: no X-Newsclean
    else:
        assert outcomes == {"no header": len(work)}
    assert sent <= headers_in <= finished
