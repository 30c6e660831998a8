"""Where and for how long a page is cleaned: a thread or a worker process, within the page's budget.

Every page gets ``newsclean_budget_ms`` from the moment its response reaches the addon: decoding,
cleaning and the trip to a worker process all count. At the deadline the page is served as it came
(``OverBudget``), whatever is still working on it:

- on a thread: Python threads cannot be stopped, so the thread goes on and its late result is thrown
  away. The threads are a fixed, small set (``CleanerThreads``, daemon threads: a stuck one never holds
  up the proxy's exit) that no page waits for: a thread still busy with a page over its budget holds its
  place until it finishes, and no more than ``CLEANER_THREADS`` of them can ever pile up;
- in a worker process (worker.py): the worker is killed and replaced, so its CPU is freed too.

A bounded queue (``Busy``): a page that finds every thread busy and no worker process free waits in
a short queue (``CLEANER_QUEUE`` pages a thread; its budget runs while it waits); a page that finds the
queue full too is served unchanged at once, so a burst of hostile pages costs those pages, never the
others' latency, while an ordinary burst (a browser opening a few tabs) is still cleaned.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import os
import queue
import threading
import time
from dataclasses import dataclass

from ..engine.book.rulebook import RuleBook, SitePlan
from ..engine.cleaner import CleanResult, clean
from .body import decode_capped
from .worker import CleanerPool

log = logging.getLogger("newsclean.proxy")

DEFAULT_BUDGET_MS = 5000
# As many as asyncio's default executor had on this machine (min(32, cores + 4)), so that ordinary
# load never finds them all busy; a bound so that pages stuck past their budget cannot pile up.
CLEANER_THREADS = min(8, (os.cpu_count() or 1) + 4)
CLEANER_QUEUE = 4  # pages that may wait, a thread


class Busy(Exception):
    """Every cleaner is at work: the page is served unchanged rather than kept waiting."""


class OverBudget(Exception):
    """The page was not cleaned within its budget: it is served as it came."""


class CleanerThreads:
    """``size`` daemon threads that clean pages, and a queue of at most ``waiting`` pages;
    ``submit`` refuses (``Busy``) when both are full.

    ``busy`` counts pages a thread is working on or that wait for one, including those whose caller
    gave up at the deadline: a thread is not free until it is done (a page given up on before a
    thread took it is skipped when its turn comes).
    """

    def __init__(self, size: int = CLEANER_THREADS, waiting: int | None = None):
        self.configure(size, waiting)
        self._busy = 0
        self._lock = threading.Lock()
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []

    def configure(self, size: int, waiting: int | None = None) -> None:
        """``size`` threads and ``waiting`` places in the queue (None: CLEANER_QUEUE a thread)."""
        self.size = size
        self.waiting = size * CLEANER_QUEUE if waiting is None else waiting

    @property
    def busy(self) -> int:
        return self._busy

    def free(self) -> bool:
        return self._busy < self.size

    def submit(self, fn, *args) -> concurrent.futures.Future:
        with self._lock:
            if self._busy >= self.size + self.waiting:
                raise Busy(f"all {self.size} cleaner threads are busy and {self.waiting} page(s) wait")
            self._busy += 1
            if len(self._threads) < min(self._busy, self.size):
                thread = threading.Thread(target=self._work, name=f"newsclean-cleaner-{len(self._threads)}", daemon=True)
                self._threads.append(thread)
                thread.start()
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._jobs.put((future, fn, args))
        return future

    def _work(self) -> None:
        while True:
            future, fn, args = self._jobs.get()
            try:
                if future.set_running_or_notify_cancel():
                    try:
                        future.set_result(fn(*args))
                    except BaseException as err:  # noqa: BLE001 - handed to whoever awaits it
                        future.set_exception(err)
            finally:
                with self._lock:
                    self._busy -= 1


@dataclass
class Cleaned:
    data: bytes | None  # the body without its content-encoding; None: over the size cap
    result: CleanResult | None  # None with data None: too large
    elapsed_ms: float
    where: str = ""  # " in a worker process", or ""


def decode_and_clean(
    raw: bytes, content_encoding: str, url: str, book: RuleBook, plan: SitePlan, charset: str | None,
    max_bytes: int, process_threshold: int, mode: str | None = None,
) -> tuple[bytes | None, CleanResult | None, float]:
    """Runs on a cleaner thread: the body decoded within ``max_bytes`` (None if over), then the
    engine's result (None when over the cap, or big enough for a worker process)."""
    started = time.perf_counter()
    data = decode_capped(raw, content_encoding, max_bytes) if content_encoding else raw
    if data is None or len(data) > max_bytes or len(data) >= process_threshold:
        return data, None, (time.perf_counter() - started) * 1000
    result = clean(data, url, book, http_charset=charset, plan=plan, mode=mode)
    return data, result, (time.perf_counter() - started) * 1000


class Dispatch:
    """The cleaners of one addon: its threads and its worker processes."""

    def __init__(self, threads: int = CLEANER_THREADS, waiting: int | None = None):
        self.threads = CleanerThreads(threads, waiting)
        self.pool = CleanerPool()

    async def clean(
        self, raw: bytes, content_encoding: str, url: str, host: str, book: RuleBook, plan: SitePlan,
        charset: str | None, mode: str | None, *, max_bytes: int, process_threshold: int, budget_ms: int,
    ) -> Cleaned:
        """Decode and clean one page. Raises ``Busy``, ``OverBudget``, or what went wrong."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + budget_ms / 1000
        threads, pool = self.threads, self.pool
        if threads.busy and process_threshold <= max_bytes:  # (a threshold over it: no processes)
            # Another page is being cleaned on a thread: this one goes to a worker process if one is
            # up and free (both cores clean, instead of taking turns on the GIL), and the workers are
            # started for next time if they are not.
            if pool.can_take():
                process_threshold = 0
            else:
                pool.warm_up(book)
        to_process = not content_encoding and len(raw) >= process_threshold and pool.has_room()
        if not to_process and not threads.free() and not content_encoding and pool.has_room():
            to_process = process_threshold <= max_bytes  # no thread free: a free worker process takes it
        if to_process:
            data, result, elapsed_ms = raw, None, 0.0
        else:
            data, result, elapsed_ms = await self._on_thread(
                deadline, budget_ms, url, decode_and_clean, raw, content_encoding, url, book, plan, charset,
                max_bytes, process_threshold, mode,
            )
        if data is None or result is not None:
            return Cleaned(data, result, elapsed_ms)
        where = ""
        if pool.has_room():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise OverBudget(f"over the {budget_ms} ms budget before a worker process could take it")
            try:
                result, worker_ms = await pool.clean(data, url, host, charset, book, mode, timeout=remaining)
            except TimeoutError as err:
                raise OverBudget(f"{err} (budget {budget_ms} ms)") from None
            elapsed_ms += worker_ms
            where = " in a worker process"
            if result is None:
                log.info("newsclean: filter lists changed on disk since they were loaded; %s cleaned in the proxy", url)
        if result is None:  # no worker free, or the filter lists on disk are no longer the ones in force
            result, ms = await self._on_thread(
                deadline, budget_ms, url, _timed_clean, data, url, book, charset, plan, mode
            )
            elapsed_ms += ms
            where = ""
        return Cleaned(data, result, elapsed_ms, where)

    async def _on_thread(self, deadline: float, budget_ms: int, url: str, fn, *args):
        future = self.threads.submit(fn, *args)  # raises Busy
        remaining = max(0.0, deadline - asyncio.get_running_loop().time())
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), remaining)
        except TimeoutError:
            future.cancel()  # not started yet: it never will be; started: it runs on, unread
            raise OverBudget(f"not cleaned within the {budget_ms} ms budget (on a thread)") from None

    def close(self) -> None:
        self.pool.close()


def _timed_clean(data, url, book, charset, plan, mode) -> tuple[CleanResult, float]:
    started = time.perf_counter()
    result = clean(data, url, book, http_charset=charset, plan=plan, mode=mode)
    return result, (time.perf_counter() - started) * 1000
