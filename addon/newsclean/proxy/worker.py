"""Big pages are cleaned in a worker process, so that the proxy's event loop keeps serving other flows.

Why a process: the engine is Python around lxml's C calls, and on a worker thread it still holds the
GIL most of the time, which mitmproxy's event loop needs for every other request (measured with
``python -m bench.proxy_load``: small requests +96 ms at p95 while a 5 MB page was cleaned on a
thread). A page of ``newsclean_process_threshold`` bytes or more (decoded) is sent to a small
``ProcessPoolExecutor`` instead; smaller pages stay on a thread, where they cost less than the trip
to another process would.

Under load the workers also take ordinary pages: when a page arrives while another is being cleaned
on a thread, and a worker is up (``CleanerPool.ready``) and free, it goes to the worker, so that the
second core cleans too instead of both pages taking turns on the GIL (measured with
``python -m bench.proxy_load``). The first such moment starts the workers in the background
(``warm_up``); pages keep going to threads until they are ready. One page alone never pays for the trip.

The pool uses the ``spawn`` start method: mitmproxy runs threads, and a forked child would inherit
their locks in whatever state they were. It starts on the first big page (or the first concurrent one)
and stops in the addon's ``done``.

Rules: a ``RuleBook`` does not pickle (its rules hold compiled lxml XPath objects), but the specs it
was compiled from do (rules/specs.py: plain values). Every page goes with the identity of the proxy's
book (``book_identity``: its folders, the path and mtime of each file and filter list in force) and
its specs, pickled once a book (about 26 KB for the bundled rules). A worker whose book has another
identity compiles the specs it was sent (``RuleBook.from_specs``): no rule file is read again, so
the worker has exactly the rules the proxy has in force, also when a file changed on disk or broke
since. Filter lists are big and read from their files (unchanged ones kept); if those on disk no
longer give the proxy's identity, the worker cleans nothing and says so, and the proxy cleans that
page itself with its own book.

Failure: a worker that dies (``BrokenProcessPool``), a page that takes longer than the timeout, or
any other exception reaches the addon, which serves the original page (fail open). After a death or
a timeout the pool is dropped, its workers killed, and a new one starts with the next big page.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

from .. import __version__
from ..engine.book.rulebook import RuleBook
from ..engine.cleaner import CleanResult, clean

log = logging.getLogger("newsclean.proxy")

DEFAULT_WORKERS = 1
DEFAULT_TIMEOUT = 10  # seconds for one page in a worker
CLOSE_WAIT = 0.5  # seconds idle workers have to leave when the proxy stops, before they are killed


def book_identity(book: RuleBook) -> str:
    """What makes two books the same rules: the engine version, the folders, each file's path and mtime.

    (``state.book_fingerprint`` is shorter, for ETags; this one must not collide.)
    """
    h = hashlib.blake2b(digest_size=16)
    h.update(__version__.encode())
    for folder in book.dirs:
        h.update(f"\0dir\0{folder}".encode())
    for f in book.files:
        h.update(f"\0file\0{f.path}\0{f.mtime_ns}".encode())
    for fl in book.lists:
        h.update(f"\0list\0{fl.path}\0{fl.mtime_ns}".encode())
    return h.hexdigest()


def book_specs(book: RuleBook) -> bytes:
    """The book's file specs, pickled: what a worker compiles its own book from."""
    return pickle.dumps((book.dirs, book.specs), protocol=pickle.HIGHEST_PROTOCOL)


# -- in the worker process ------------------------------------------------------------------------
_book: RuleBook | None = None  # this worker's rules, and their identity
_book_identity: str | None = None


PARENT_CHECK_INTERVAL = 1.0  # seconds between a worker's looks at whether its proxy is still there


def _start_worker(proxy_pid: int) -> None:
    # Ctrl-C in a terminal reaches the whole process group; the proxy decides when its workers stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker waits on its queue forever, also after its proxy died without a `done` (killed, crashed):
    # it would stay with its copy of the rules. It goes when it sees another parent.
    threading.Thread(target=_exit_without, args=(proxy_pid,), name="newsclean proxy watch", daemon=True).start()


def _exit_without(proxy_pid: int) -> None:
    while True:
        if os.getppid() != proxy_pid:
            os._exit(0)
        time.sleep(PARENT_CHECK_INTERVAL)


def _rules_for(specs: bytes, identity: str) -> RuleBook | None:
    """This worker's book brought to ``identity`` (compiled from the specs sent), or None if the
    filter lists on disk do not give it."""
    global _book, _book_identity
    if identity == _book_identity:
        return _book
    dirs, file_specs = pickle.loads(specs)
    book = RuleBook.from_specs(dirs, file_specs, previous=_book)
    if book_identity(book) != identity:
        return None
    _book, _book_identity = book, identity
    return book


def load_rules_in_worker(specs: bytes, identity: str) -> bool:
    """Runs in a worker process: start it and compile the proxy's rules before any page needs them."""
    return _rules_for(specs, identity) is not None


def clean_in_worker(
    data: bytes, url: str, host: str, http_charset: str | None, specs: bytes, identity: str,
    mode: str | None = None,
) -> tuple[CleanResult | None, float]:
    """Runs in a worker process: the engine's result (None when this worker cannot have the proxy's
    rules) and the milliseconds it took, rule loading included.

    An unchanged page comes back with an empty body: the proxy holds the original already, and 5 MB
    need not cross the pipe twice.
    """
    started = time.perf_counter()
    book = _rules_for(specs, identity)
    if book is None:
        return None, (time.perf_counter() - started) * 1000
    result = clean(data, url, book, http_charset=http_charset, plan=book.plan_for(host), mode=mode)
    if not result.changed:
        result = replace(result, body=b"")
    return result, (time.perf_counter() - started) * 1000


# -- in the proxy ---------------------------------------------------------------------------------
class CleanerPool:
    """The worker processes for big pages, as the addon sees them: ``await pool.clean(...)``.

    At most ``workers`` pages are in the pool at once; others wait their turn here, on the event loop,
    so that the timeout counts a page's own cleaning, not its wait behind other pages.
    """

    def __init__(self, workers: int = DEFAULT_WORKERS, timeout: float = DEFAULT_TIMEOUT):
        self.workers = workers
        self.timeout = timeout
        self.pools_started = 0
        self.in_flight = 0
        self.pages = 0  # pages a worker process cleaned (or found unchanged)
        self.ready = False  # the current pool's workers are up with rules loaded: a page there costs no start-up
        self._warming: asyncio.Task | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._slots = asyncio.Semaphore(workers)
        self._identity: tuple[RuleBook, str, bytes] | None = None  # the last book seen, its identity, its specs

    def configure(self, workers: int, timeout: float) -> None:
        if workers != self.workers:
            self.workers = workers
            self._slots = asyncio.Semaphore(workers)
            old, self._pool, self.ready = self._pool, None, False
            if old is not None:
                old.shutdown(wait=False)  # its pages finish; the next big page starts the new pool
        self.timeout = timeout

    def has_room(self) -> bool:
        """Whether a page sent now would be taken at once (started first if need be), not kept waiting."""
        return not self._slots.locked()

    def can_take(self) -> bool:
        """Whether a page sent now would be cleaned at once: workers ready, and one of them free."""
        return self.ready and not self._slots.locked()

    def warm_up(self, book: RuleBook) -> None:
        """Start the workers and load ``book``'s rules in them, in the background, unless that is done
        or under way. Pages keep going to threads meanwhile; see ``can_take``."""
        if self.ready or self._warming is not None:
            return
        self._warming = asyncio.get_running_loop().create_task(self._warm(book), name="newsclean worker warm-up")

    async def _warm(self, book: RuleBook) -> None:
        try:
            identity, specs = self._identity_of(book)
            async with self._slots:
                pool = self._current()
                future = pool.submit(load_rules_in_worker, specs, identity)
                loaded = await asyncio.wait_for(asyncio.wrap_future(future), self.timeout)
                self.ready = loaded and self._pool is pool
        except Exception as err:  # noqa: BLE001 - pages stay on threads; a big page will try the pool again
            log.info("newsclean: worker processes not started ahead of need: %s: %s", type(err).__name__, err)
        finally:
            self._warming = None

    def worker_pids(self) -> list[int]:
        """The pids of the current pool's worker processes (none before the first big page)."""
        return _pids(self._pool)

    async def clean(
        self, data: bytes, url: str, host: str, http_charset: str | None, book: RuleBook, mode: str | None = None,
        timeout: float | None = None,
    ) -> tuple[CleanResult | None, float]:
        """Clean one page in a worker process with ``book``'s rules: (result, milliseconds).

        The result is None when the worker cannot load the same rules (the caller cleans it itself).
        Raises what went wrong (``BrokenProcessPool``, ``TimeoutError``, ...): the caller fails open.
        ``timeout`` (seconds, the page's remaining budget) shortens the pool's own timeout: past it the
        worker is killed and replaced as for the pool's timeout.
        """
        limit = self.timeout if timeout is None else min(self.timeout, timeout)
        identity, specs = self._identity_of(book)
        async with self._slots:
            pool = self._current()
            try:
                future = pool.submit(clean_in_worker, data, url, host, http_charset, specs, identity, mode)
            except BrokenProcessPool:  # a worker died while idle: nothing was lost, start again
                self._discard(pool, "a worker process had died")
                pool = self._current()
                future = pool.submit(clean_in_worker, data, url, host, http_charset, specs, identity, mode)
            self.in_flight += 1
            try:
                result, elapsed_ms = await asyncio.wait_for(asyncio.wrap_future(future), limit)
            except BrokenProcessPool:
                self._discard(pool, "a worker process died")
                raise
            except TimeoutError:
                self._discard(pool, f"a page took over {limit:.3g} s")
                raise TimeoutError(f"not cleaned within {limit:.3g} s in a worker process") from None
            finally:
                self.in_flight -= 1
            self.pages += 1
            self.ready = self._pool is pool
        if result is not None and not result.changed:
            result = replace(result, body=data)  # the worker sent the unchanged body back empty
        return result, elapsed_ms

    def close(self) -> None:
        """Stop the workers (the addon's ``done``) within ``CLOSE_WAIT`` seconds. A page still being
        cleaned is abandoned; a worker that does not leave when asked (stopped, stuck) is killed."""
        if self._warming is not None:
            self._warming.cancel()
            self._warming = None
        pool, self._pool, self.ready = self._pool, None, False
        if pool is None:
            return
        processes = list((getattr(pool, "_processes", None) or {}).values())
        if self.in_flight:
            _kill(pool)  # do not wait up to the timeout for a page nobody will be served
        # Not shutdown(wait=True): it joins every worker without a limit, and a worker that never reads
        # its queue (SIGSTOP, swapped out, stuck) would keep the proxy from exiting at all.
        pool.shutdown(wait=False, cancel_futures=True)
        deadline = time.monotonic() + CLOSE_WAIT
        alive = [p for p in processes if p.exitcode is None]
        while alive and (left := deadline - time.monotonic()) > 0:
            multiprocessing.connection.wait([p.sentinel for p in alive], timeout=left)
            alive = [p for p in alive if p.exitcode is None]
        _kill_processes(alive)

    def _current(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(os.getpid(),),
            )
            self.pools_started += 1
        return self._pool

    def _discard(self, pool: ProcessPoolExecutor, why: str) -> None:
        """Drop a pool that failed (its other pages fail open too); the next big page starts a new one."""
        if self._pool is pool:
            self._pool, self.ready = None, False
            log.warning("newsclean: %s; its worker processes are replaced for the next big page", why)
        _kill(pool)
        pool.shutdown(wait=False, cancel_futures=True)

    def _identity_of(self, book: RuleBook) -> tuple[str, bytes]:
        if self._identity is None or self._identity[0] is not book:
            self._identity = (book, book_identity(book), book_specs(book))
        return self._identity[1], self._identity[2]


def _pids(pool: ProcessPoolExecutor | None) -> list[int]:
    # ProcessPoolExecutor has no public list of its processes before Python 3.14 (terminate_workers);
    # `_processes` ({pid: Process}) is the same in 3.11-3.13 and is None once the pool is shut down.
    processes = getattr(pool, "_processes", None) or {}
    return list(processes)


def _kill(pool: ProcessPoolExecutor) -> None:
    _kill_processes(list((getattr(pool, "_processes", None) or {}).values()))


def _kill_processes(processes) -> None:
    for process in processes:
        try:
            process.kill()  # SIGKILL: also ends a worker that is stopped or stuck in C code
        except (OSError, ValueError):  # already gone, or already closed
            pass
