"""Big pages cleaned in a worker process: the same result and records as on a thread, the proxy's
rules exactly (also after a change), and the original page whenever a worker dies or takes too long.

Every worker here is a real process of a real ProcessPoolExecutor; the failures are real signals
sent to its pid (SIGKILL while it cleans, SIGSTOP to make it overrun the timeout).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import os
import shutil
import signal
import sys
import time

import pytest
from mitmproxy.test import taddons

from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.proxy import addon as addon_module
from newsclean.proxy import worker
from newsclean.proxy.addon import NewsClean

from .processes import Process, cpu_ticks, process_exists, wait_until
from .servers import PAGES, TEST_RULES, Origin, Route, RunningProxy, requests_session
from .test_addon import configured, make_flow, run
from .test_state import touch_later

ARTICLE = (PAGES / "article-utf-8.html").read_bytes()
_HEAD, _, _REST = ARTICLE.partition(b"<article")
STORY = b"<article" + _REST.partition(b"</article>")[0] + b"</article>\n"  # 2 ad labels + 1 spam link


def long_page(size: int) -> tuple[bytes, int]:
    """A page of many stories (each like the test article) of at least `size` bytes, and its story count."""
    count = size // len(STORY) + 1
    return _HEAD + STORY * count + b"</main></body></html>\n", count


BIG, BIG_STORIES = long_page(600_000)
BIG_HEADER = f"removed={3 * BIG_STORIES}; rules=courier.test,_default"
NO_ADS = b"<!DOCTYPE html><html><head><title>Quiet</title></head><body>" + b"<p>Nothing to remove here.</p>\n" * 30_000 + b"</body></html>"


def without(headers, name: str) -> list[tuple[bytes, bytes]]:
    """The header fields but those named `name` (one whose value differs from run to run)."""
    return [field for field in headers.fields if field[0].lower() != name.lower().encode()]


# -- the rules a worker cleans with ---------------------------------------------------------------
def test_book_identity_follows_the_folders_and_the_files_in_force(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(TEST_RULES, rules)
    book = RuleBook.load([rules])
    assert worker.book_identity(RuleBook.load([rules], previous=book)) == worker.book_identity(book)
    assert worker.book_identity(RuleBook.load([rules, tmp_path])) != worker.book_identity(book)
    touch_later(rules / "courier.test.toml", (rules / "courier.test.toml").read_text(encoding="utf-8") + "\n")
    assert worker.book_identity(RuleBook.load([rules], previous=book)) != worker.book_identity(book)


def test_worker_function_cleans_as_the_engine_does_with_the_rules_it_is_sent(tmp_path, monkeypatch):
    """The function the worker process runs, called here: its result is the engine's; it compiles the
    specs it is sent when their identity is new to it, whatever the files on disk say now, and refuses
    to clean when the filter lists on disk no longer give the proxy's identity."""
    monkeypatch.setattr(worker, "_book", None)
    monkeypatch.setattr(worker, "_book_identity", None)
    rules = tmp_path / "rules"
    shutil.copytree(TEST_RULES, rules)
    book = RuleBook.load([rules])
    identity, specs = worker.book_identity(book), worker.book_specs(book)
    url = "http://courier.test/long"

    result, elapsed_ms = worker.clean_in_worker(BIG, url, "courier.test", None, specs, identity)
    expected = clean(BIG, url, book, plan=book.plan_for("courier.test"))
    assert result.body == expected.body and result.report == expected.report and elapsed_ms > 0
    held = worker._book
    assert worker._book_identity == identity
    worker.clean_in_worker(ARTICLE, url, "courier.test", None, specs, identity)
    assert worker._book is held  # same identity: not compiled again

    unchanged, _ = worker.clean_in_worker(NO_ADS, url, "courier.test", None, specs, identity)
    assert unchanged.body == b"" and not unchanged.changed  # the proxy has the original: not sent back

    # A worker that starts after the file changed on disk still has the proxy's rules: they come by pickle.
    touch_later(rules / "courier.test.toml", "[[rule]]\nname = 'x'\nreason = 'newer on disk'\ncss = 'h1'\n")
    monkeypatch.setattr(worker, "_book", None)
    monkeypatch.setattr(worker, "_book_identity", None)
    again, _ = worker.clean_in_worker(BIG, url, "courier.test", None, specs, identity)
    assert again.body == expected.body and again.report == expected.report
    newer = RuleBook.load([rules], previous=book)
    accepted, _ = worker.clean_in_worker(ARTICLE, url, "courier.test", None, worker.book_specs(newer),
                                         worker.book_identity(newer))
    # h1 + spam link by the rules, the two ad slots by the detector
    assert accepted.report.removed == 4 and worker._book_identity == worker.book_identity(newer)
    assert [r.rule for r in accepted.report.removals if r.rule.startswith("detect:")] == ["detect:ad", "detect:ad"]

    # A filter list that changed on disk since the proxy read it: the worker cannot have the proxy's.
    (rules / "lists").mkdir()
    touch_later(rules / "lists" / "local.txt", "courier.test##.promo\n")
    with_list = RuleBook.load([rules], previous=newer)
    touch_later(rules / "lists" / "local.txt", "courier.test##.other\n")
    monkeypatch.setattr(worker, "_book", None)
    monkeypatch.setattr(worker, "_book_identity", None)
    refused, _ = worker.clean_in_worker(BIG, url, "courier.test", None, worker.book_specs(with_list),
                                        worker.book_identity(with_list))
    assert refused is None


# -- through the addon, with a real worker process --------------------------------------------------
def test_big_page_is_cleaned_in_a_worker_process_and_recorded_as_on_a_thread():
    async def scenario():
        in_process, on_thread = NewsClean(), NewsClean()
        with taddons.context(in_process) as tctx:
            configured(tctx, in_process, newsclean_process_threshold=len(BIG))
            small = make_flow()
            await in_process.response(small)
            assert small.response.headers["x-newsclean"] == "removed=3; rules=courier.test,_default"
            assert in_process.cleaner_pool.pools_started == 0  # small pages stay on the thread

            f = make_flow(BIG)
            await in_process.response(f)
            pids = in_process.cleaner_pool.worker_pids()
            assert in_process.cleaner_pool.pools_started == 1 and pids and os.getpid() not in pids
            rec = in_process.state.record_for(f.request.pretty_url)
            try:
                with taddons.context(on_thread) as tctx2:
                    configured(tctx2, on_thread, newsclean_process_threshold=len(BIG) + 1)
                    g = make_flow(BIG)
                    await on_thread.response(g)
                    assert on_thread.cleaner_pool.pools_started == 0
                    expected = on_thread.state.record_for(g.request.pretty_url)
                    assert f.response.headers["x-newsclean"] == g.response.headers["x-newsclean"] == BIG_HEADER
                    timing = addon_module.TIMING_HEADER
                    assert without(f.response.headers, timing) == without(g.response.headers, timing)
                    assert f.response.headers[timing] == f"newsclean;dur={rec.elapsed_ms:.2f}"
                    assert f.response.raw_content == g.response.raw_content
                    assert b"Article continues after this advertisement" not in f.response.raw_content
                    for name in ("status", "sources", "removed", "marked", "size", "content_type", "book_tag", "original"):
                        assert getattr(rec, name) == getattr(expected, name), name
                    assert rec.report.to_dict() == expected.report.to_dict()
                    assert rec.original == BIG and rec.elapsed_ms > 0
                    c, e = in_process.state.counters, on_thread.state.counters
                    assert (c.pages, c.cleaned, c.removals) == (2, 2, 3 + e.removals)
            finally:
                in_process.done()
            assert not any(process_exists(pid) for pid in pids)  # `done` stops the workers

    run(scenario)


def test_compressed_and_unchanged_pages_through_a_worker_process():
    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            configured(tctx, a, newsclean_process_threshold=len(BIG))
            try:
                f = make_flow(BIG)
                f.response.encode("gzip")
                assert len(f.response.raw_content) < len(BIG)  # under the threshold until decoded
                await a.response(f)
                assert f.response.headers["x-newsclean"] == BIG_HEADER and a.cleaner_pool.pools_started == 1
                assert "content-encoding" not in f.response.headers
                assert a.state.original_for(f.request.pretty_url) == BIG  # kept decoded, for previews

                quiet = make_flow(NO_ADS, path="/quiet")
                before = quiet.response.raw_content
                await a.response(quiet)
                assert quiet.response.raw_content == before
                assert quiet.response.headers["x-newsclean"] == "removed=0; rules=courier.test,_default; status=unchanged"
                assert a.state.counters.unchanged == 1 and a.state.record_for(quiet.request.pretty_url).original == NO_ADS
            finally:
                a.done()

    run(scenario)


MID, MID_STORIES = long_page(200_000)  # under the threshold: a thread's page when it comes alone


def test_under_load_a_page_goes_to_a_ready_free_worker_process_and_alone_to_a_thread():
    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            configured(tctx, a)  # the default threshold: MID is a thread's page
            pool = a.cleaner_pool
            try:
                alone = make_flow(MID, path="/alone")
                await a.response(alone)
                assert pool.pools_started == 0 and not pool.ready  # one page: no process, not even started

                # Two at once: the second arrives while the first is on a thread; no worker is up yet,
                # so both are cleaned on threads and the workers start in the background.
                first = [make_flow(MID, path=f"/first-{n}") for n in range(2)]
                await asyncio.gather(*(a.response(f) for f in first))
                assert pool.pages == 0 and pool.pools_started == 1
                await pool._warming
                assert pool.ready and pool.worker_pids()

                # Now the second of two goes to the worker process, with the same outcome.
                second = [make_flow(MID, path=f"/second-{n}") for n in range(2)]
                await asyncio.gather(*(a.response(f) for f in second))
                assert pool.pages == 1
                expected = f"removed={3 * MID_STORIES}; rules=courier.test,_default"
                for f in [alone, *first, *second]:
                    assert f.response.headers["x-newsclean"] == expected
                    assert f.response.raw_content == alone.response.raw_content
                    rec = a.state.record_for(f.request.pretty_url)
                    assert rec.status == "cleaned" and rec.original == MID and rec.elapsed_ms > 0
                assert a.state.counters.cleaned == 5
            finally:
                a.done()
            assert not pool.ready

    run(scenario)


def test_with_worker_processes_switched_off_pages_under_load_stay_on_threads():
    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            configured(tctx, a, newsclean_process_threshold=2**40)  # over newsclean_max_bytes: no processes
            try:
                for _ in range(2):
                    flows = [make_flow(MID, path=f"/p{n}") for n in range(3)]
                    await asyncio.gather(*(a.response(f) for f in flows))
                assert a.cleaner_pool.pools_started == 0 and a.state.counters.cleaned == 6
            finally:
                a.done()

    run(scenario)


def test_a_rule_change_picked_up_by_the_proxy_reaches_the_worker_s_next_page(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(TEST_RULES, rules)
    site_file = rules / "courier.test.toml"

    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            tctx.configure(a, newsclean_rules=str(rules), newsclean_no_bundled=True, newsclean_process_threshold=0,
                           newsclean_watch=False)
            try:
                f = make_flow(BIG)
                await a.response(f)
                assert f.response.headers["x-newsclean"] == BIG_HEADER
                pids = a.cleaner_pool.worker_pids()

                touch_later(site_file, site_file.read_text(encoding="utf-8")
                            + '\n[[rule]]\nname = "byline"\nreason = "test: added while running"\ncss = "p.byline"\n')
                assert (await a.reload_rules()).changed
                g = make_flow(BIG)
                await a.response(g)
                assert g.response.headers["x-newsclean"] == f"removed={4 * BIG_STORIES}; rules=courier.test,_default"
                assert b"By Dana Whitfield" not in g.response.raw_content
                assert a.cleaner_pool.worker_pids() == pids  # the same worker, with the new rules
                rec = a.state.record_for(g.request.pretty_url)
                assert rec.book_tag == a.state.book_tag
                assert {r.rule for r in rec.report.removals} >= {"courier.test:byline", "courier.test:ad-label"}
            finally:
                a.done()

    run(scenario)


def test_rules_changed_on_disk_but_not_in_force_are_not_used_by_the_worker(tmp_path, caplog):
    """Until the proxy loads a change, pages are cleaned with the rules it has: the worker compiles the
    specs the proxy sends and never reads the newer file on disk; it cleans the page itself."""
    caplog.set_level(logging.INFO, logger="newsclean.proxy")
    rules = tmp_path / "rules"
    shutil.copytree(TEST_RULES, rules)

    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            tctx.configure(a, newsclean_rules=str(rules), newsclean_no_bundled=True, newsclean_process_threshold=0,
                           newsclean_watch=False)
            try:
                tag = a.state.book_tag
                touch_later(rules / "courier.test.toml",
                            '[[rule]]\nname = "headline"\nreason = "not loaded by the proxy"\ncss = "h1"\n')
                f = make_flow(BIG)
                await a.response(f)
                assert f.response.headers["x-newsclean"] == BIG_HEADER  # the rules in force, not the disk's
                assert a.state.book_tag == tag and a.cleaner_pool.pools_started == 1
                assert a.state.record_for(f.request.pretty_url).status == "cleaned"
                assert a.cleaner_pool.pages == 1  # cleaned in the worker, not handed back
            finally:
                a.done()

    run(scenario)
    assert not any("changed on disk" in r.getMessage() for r in caplog.records)


# A proxy process that starts its workers, says their pids, and waits to be killed.
_PROXY_THAT_DIES = """
import asyncio, sys, time
from pathlib import Path
from newsclean.proxy.worker import CleanerPool
from newsclean.engine.book import RuleBook

async def main():
    pool = CleanerPool()
    book = RuleBook.load([Path(sys.argv[1])])
    result, _ = await pool.clean(Path(sys.argv[2]).read_bytes(), "http://courier.test/", "courier.test", None, book)
    print("cleaned" if result.changed else "not cleaned", *pool.worker_pids(), flush=True)
    time.sleep(600)

if __name__ == "__main__":
    asyncio.run(main())
"""


def test_workers_leave_when_their_proxy_is_killed_without_stopping_them(tmp_path):
    script, page = tmp_path / "proxy_that_dies.py", tmp_path / "page.html"
    script.write_text(_PROXY_THAT_DIES)
    page.write_bytes(ARTICLE)
    proxy = Process([sys.executable, str(script), str(TEST_RULES), str(page)])
    try:
        words = proxy.wait_for_line("cleaned").split()
        assert words[0] == "cleaned"
        pids = [int(w) for w in words[1:]]
        assert pids and all(process_exists(pid) for pid in pids)
    finally:
        proxy.proc.kill()  # SIGKILL: no `done`, no shutdown of the pool
        proxy.proc.wait(20)
    deadline = time.monotonic() + 10 * worker.PARENT_CHECK_INTERVAL
    while any(process_exists(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(process_exists(pid) for pid in pids)


# -- through the running proxy: a worker killed, a worker stuck ----------------------------------------
HUGE, HUGE_STORIES = long_page(4 * 2**20)  # about a second to clean: a worker can be caught at it


@pytest.fixture(scope="module")
def origin():
    server = Origin()
    server.routes.update({"/small": Route(ARTICLE), "/huge": Route(HUGE), "/huge-2": Route(HUGE)})
    yield server
    server.close()


@pytest.fixture(scope="module")
def proxy(tmp_path_factory, origin):
    rules = tmp_path_factory.mktemp("rules")
    for f in TEST_RULES.glob("*.toml"):
        shutil.copy(f, rules / f.name)
    running = RunningProxy(
        tmp_path_factory.mktemp("confdir"),
        {("courier.test", 80): origin.port},
        rules=str(rules),
        no_bundled=True,
        newsclean_max_bytes=16 * 2**20,
        newsclean_process_threshold=2**20,
        newsclean_watch=False,
    )
    yield running
    pids = running.addon.cleaner_pool.worker_pids()
    running.stop()
    assert not any(process_exists(pid) for pid in pids)  # the addon's `done` stopped its workers


def fetch(proxy, path: str):
    with requests_session(proxy) as session:
        return session.get(f"http://courier.test{path}", timeout=120)


def assert_cleaned_huge(r) -> None:
    assert r.status_code == 200
    assert r.headers["X-Newsclean"] == f"removed={3 * HUGE_STORIES}; rules=courier.test,_default"
    assert b"Article continues after this advertisement" not in r.content


def test_worker_killed_while_it_cleans_serves_the_original_and_the_next_page_is_cleaned_again(proxy, caplog):
    caplog.set_level(logging.WARNING, logger="newsclean.proxy")
    pool, counters = proxy.addon.cleaner_pool, proxy.addon.state.counters
    assert fetch(proxy, "/small").headers["X-Newsclean"] == "removed=3; rules=courier.test,_default"
    assert_cleaned_huge(fetch(proxy, "/huge"))  # starts the worker and loads its rules
    (pid,) = pool.worker_pids()
    failures, started = counters.failures, pool.pools_started
    idle_ticks = cpu_ticks(pid)

    with concurrent.futures.ThreadPoolExecutor(1) as client:
        pending = client.submit(fetch, proxy, "/huge-2")
        # Killed once it is at work on the page: handed over, and its CPU time moving (30 ms of it).
        wait_until(lambda: pool.in_flight == 1 and cpu_ticks(pid) >= idle_ticks + 3, "the worker to be cleaning")
        os.kill(pid, signal.SIGKILL)
        r = pending.result(120)

    assert r.status_code == 200 and r.content == HUGE  # the original, byte for byte
    assert "X-Newsclean" not in r.headers
    assert counters.failures == failures + 1
    assert proxy.addon.state.record_for("http://courier.test/huge-2").status == "error"
    logged = [rec for rec in caplog.records if "http://courier.test/huge-2" in rec.getMessage()]
    assert len(logged) == 1 and logged[0].levelno == logging.WARNING

    assert_cleaned_huge(fetch(proxy, "/huge-2"))  # a new worker for the next big page
    assert pool.pools_started == started + 1 and pool.worker_pids() != [pid]
    assert fetch(proxy, "/small").headers["X-Newsclean"] == "removed=3; rules=courier.test,_default"


def test_worker_over_the_timeout_serves_the_original_and_is_replaced(proxy, caplog):
    caplog.set_level(logging.WARNING, logger="newsclean.proxy")
    pool, counters = proxy.addon.cleaner_pool, proxy.addon.state.counters
    assert_cleaned_huge(fetch(proxy, "/huge"))
    (pid,) = pool.worker_pids()
    over, started = counters.over_budget, pool.pools_started
    proxy.set(newsclean_process_timeout=1)
    os.kill(pid, signal.SIGSTOP)  # a worker that never finishes its page
    try:
        r = fetch(proxy, "/huge-2")
        assert r.status_code == 200 and r.content == HUGE
        assert r.headers["X-Newsclean"] == "removed=0; rules=courier.test,_default; status=over-budget"
        assert counters.over_budget == over + 1
        rec = proxy.addon.state.record_for("http://courier.test/huge-2")
        assert rec.status == "over-budget" and "not cleaned within 1 s in a worker process" in rec.detail
        logged = [rec for rec in caplog.records if "http://courier.test/huge-2" in rec.getMessage()]
        assert len(logged) == 1 and logged[0].levelno == logging.WARNING
        wait_until(lambda: not process_exists(pid), "the stuck worker to be killed", step=0.1)
    finally:
        proxy.set(newsclean_process_timeout=worker.DEFAULT_TIMEOUT)
        if process_exists(pid):  # the test failed before the proxy killed it: let it go on and end
            with contextlib.suppress(ProcessLookupError):  # (unless the proxy kills it meanwhile)
                os.kill(pid, signal.SIGCONT)
    assert_cleaned_huge(fetch(proxy, "/huge-2"))
    assert pool.pools_started == started + 1 and pool.worker_pids() != [pid]
