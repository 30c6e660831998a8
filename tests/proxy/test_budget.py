"""The per-page budget (newsclean_budget_ms) and the bounded set of cleaners, through the real proxy.

A slow page here is slow by a rule, not by the engine: an XPath rule whose evaluation is quadratic in
libxml2 (``count(following::p)`` for every paragraph) on a page of 30,000 paragraphs takes seconds on
any machine, against budgets of a few hundred milliseconds.
"""

from __future__ import annotations

import concurrent.futures
import logging
import random
import shutil

import pytest

from newsclean.engine.cleaner import clean

from .processes import kill_if_alive, process_exists, wait_until
from .servers import PAGES, TEST_RULES, Origin, Route, RunningProxy, requests_session

ARTICLE = (PAGES / "article-utf-8.html").read_bytes()
SLOW = b"<!DOCTYPE html><html><head><title>Slow</title></head><body>" + b"<p>x</p>" * 30_000 + b"</body></html>"
SLOW_RULE = """
[[rule]]
name = "last-paragraph"
reason = "test: an XPath rule that takes seconds on a long page"
xpath = "//p[count(following::p) = 0 and string-length(.) > 100000]"
"""
COURIER = "removed=3; rules=courier.test,_default"
# A site without the slow rule: lxml evaluates one compiled XPath on one thread at a time, so a page of
# the slow rule's own site waits for it (and is served at its deadline), while other sites' pages do not.
LISTED = "removed=3; rules=_default"


@pytest.fixture(scope="module")
def origin():
    server = Origin()
    server.routes.update({"/small": Route(ARTICLE), "/slow": Route(SLOW), "/slow-2": Route(SLOW)})
    yield server
    server.close()


def start(tmp_path_factory, origin, **options) -> RunningProxy:
    rules = tmp_path_factory.mktemp("rules")
    for f in TEST_RULES.glob("*.toml"):
        shutil.copy(f, rules / f.name)
    (rules / "courier.test.toml").write_text((TEST_RULES / "courier.test.toml").read_text() + SLOW_RULE)
    return RunningProxy(
        tmp_path_factory.mktemp("confdir"), {("courier.test", 80): origin.port, ("listed.test", 80): origin.port},
        rules=str(rules), no_bundled=True, sites=["listed.test"], newsclean_watch=False, **options,
    )


def fetch(proxy, path: str, site: str = "courier.test"):
    with requests_session(proxy) as session:
        return session.get(f"http://{site}{path}", timeout=120)


def served_as_it_came(r, body: bytes, status: str, rules: str = "courier.test,_default") -> None:
    assert r.status_code == 200 and r.content == body
    assert r.headers["X-Newsclean"] == f"removed=0; rules={rules}; status={status}"


@pytest.fixture(scope="module")
def on_threads(tmp_path_factory, origin):
    """Pages on two cleaner threads only (no worker processes, no queue), 300 ms each."""
    running = start(tmp_path_factory, origin, newsclean_threads=2, newsclean_queue=0, newsclean_process_threshold=2**40,
                    newsclean_budget_ms=300)
    yield running
    running.stop()


def test_a_page_over_its_budget_on_a_thread_is_served_as_it_came_and_then_every_busy_thread_is_shed(on_threads, caplog):
    caplog.set_level(logging.INFO, logger="newsclean.proxy")
    proxy, threads = on_threads, on_threads.addon.dispatch.threads
    counters = proxy.addon.state.counters
    assert fetch(proxy, "/small").headers["X-Newsclean"] == COURIER

    served_as_it_came(fetch(proxy, "/slow"), SLOW, "over-budget")
    rec = proxy.addon.state.record_for("http://courier.test/slow")
    assert rec.status == "over-budget" and "300 ms budget" in rec.detail and counters.over_budget == 1
    logged = [r for r in caplog.records if "http://courier.test/slow" in r.getMessage()]
    assert len(logged) == 1 and "served http://courier.test/slow as it came" in logged[0].getMessage()

    # Its thread works on (it cannot be stopped); the other thread cleans the next reader's page.
    assert threads.busy == 1
    assert fetch(proxy, "/small", "listed.test").headers["X-Newsclean"] == LISTED

    served_as_it_came(fetch(proxy, "/slow-2"), SLOW, "over-budget")
    assert threads.busy == 2  # both threads are held by pages long given up on
    served_as_it_came(fetch(proxy, "/small", "listed.test"), ARTICLE, "busy", "_default")  # at once: no queue
    assert counters.busy == 1 and proxy.addon.state.record_for("http://listed.test/small").status == "busy"
    assert threads.busy <= 2  # never more pages on threads than threads

    # Once the threads are done with the pages given up on, pages are cleaned again.
    wait_until(lambda: threads.busy == 0, "the cleaner threads to finish the slow pages", timeout=300, step=0.1)
    assert fetch(proxy, "/small").headers["X-Newsclean"] == COURIER


def test_a_page_over_its_budget_in_a_worker_process_kills_the_worker(tmp_path_factory, origin):
    proxy = start(tmp_path_factory, origin, newsclean_process_threshold=0, newsclean_budget_ms=60_000)
    try:
        pool = proxy.addon.cleaner_pool
        assert fetch(proxy, "/small").headers["X-Newsclean"] == COURIER  # starts the worker
        (pid,) = pool.worker_pids()
        proxy.set(newsclean_budget_ms=300)
        with concurrent.futures.ThreadPoolExecutor(1) as client:
            pending = client.submit(fetch, proxy, "/slow")
            wait_until(lambda: pool.in_flight == 1, "the worker to take the slow page")
            # Meanwhile another reader's page is cleaned (on a thread: the worker is taken).
            assert fetch(proxy, "/small", "listed.test").headers["X-Newsclean"] == LISTED
            served_as_it_came(pending.result(120), SLOW, "over-budget")
        assert "not cleaned within 0.3 s in a worker process" in proxy.addon.state.record_for("http://courier.test/slow").detail
        wait_until(lambda: not process_exists(pid), "the worker over budget to be killed", step=0.1)
        proxy.set(newsclean_budget_ms=60_000)
        assert fetch(proxy, "/small").headers["X-Newsclean"] == COURIER  # by a new worker
        assert pool.worker_pids() and pool.worker_pids() != [pid]
    finally:
        pids = proxy.addon.cleaner_pool.worker_pids()
        proxy.stop()
        for pid in pids:
            kill_if_alive(pid)


# Pages broken on purpose (tests/engine/test_hostile_pages.py's mutations), each with the charset its
# Content-Type header claims: {path: (site, body, header charset)}.
def _hostile_pages() -> dict:
    from ..engine.test_hostile_pages import BASES, _mutate

    rng = random.Random(5)
    pages = {f"/hostile/{kind}": ("listed.test", _mutate(BASES[0], kind, rng), charset)
             for kind, charset in (("truncate", None), ("nul", None), ("lying-charset", "shift_jis"),
                                   ("utf-16", "utf-16"), ("no-html-body", None), ("frameset", None),
                                   ("deep-nesting", "utf-8"))}
    # Slow by the site's rule and broken too: the budget's way, served as it came.
    pages["/hostile/slow-no-body"] = ("courier.test", _mutate(SLOW, "no-html-body", rng), None)
    return pages


def test_broken_pages_through_the_proxy_are_cleaned_as_the_engine_cleans_them_or_served_as_they_came(
        tmp_path_factory, origin):
    pages = _hostile_pages()
    for path, (_, body, charset) in pages.items():
        origin.routes[path] = Route(body, content_type="text/html" + (f"; charset={charset}" if charset else ""))
    proxy = start(tmp_path_factory, origin, newsclean_process_threshold=2**40, newsclean_budget_ms=300)
    try:
        book = proxy.addon.state.book
        seen = {}
        for path, (site, body, charset) in pages.items():
            r = fetch(proxy, path, site)
            assert r.status_code == 200, path
            status = proxy.addon.state.record_for(f"http://{site}{path}").status
            assert status != "error", path
            seen[path] = status
            if status == "over-budget":
                served_as_it_came(r, body, "over-budget", "courier.test,_default" if site == "courier.test" else "_default")
            else:
                expected = clean(body, f"http://{site}{path}", book, http_charset=charset, plan=book.plan_for(site))
                assert r.content == expected.body, path
        assert seen["/hostile/slow-no-body"] == "over-budget"
        assert seen["/hostile/deep-nesting"] in ("skipped", "unchanged")  # never a tree cut short
    finally:
        proxy.stop()
