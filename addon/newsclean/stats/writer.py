"""The recorder: the page path appends a page's report to an in-memory batch and goes on; a thread of
its own writes the batch to the database every ``FLUSH_SECONDS``, or sooner once ``FLUSH_PAGES``
pages wait, and once more when the proxy stops.

What a page pays is ``record``: a check, a clock read and a deque append (``python -m bench.stats``
measures it). Everything SQLite does happens on the writer thread, which owns the connection.

It fails open: a file that cannot be opened or written (not a database, damaged, of a newer version,
no permission, the disk full) switches the statistics off for the proxy's life, said once in the log;
pages are cleaned as ever. A file locked by another writer is tried again at the next flushes and
given up after ``LOCKED_TRIES``. Pages that find ``MAX_PENDING`` already waiting (a writer held up)
are not counted (``dropped``) rather than held in memory.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections import deque
from pathlib import Path

from .schema import StatsError, open_for_writing
from .store import DEFAULT_CAPS, Caps, write_batch

log = logging.getLogger("newsclean.stats")

FLUSH_SECONDS = 5.0
FLUSH_PAGES = 500
MAX_PENDING = 20_000
LOCKED_TRIES = 3
STOP_WAIT = 0.5  # seconds `close` waits for the last flush (the proxy's whole stop has one second)


class StatsRecorder:
    """Start it with the file's path; ``record(site, report)`` for every page the engine cleaned;
    ``close()`` when the proxy stops. ``error`` is None while the statistics are on."""

    def __init__(
        self, path: Path, *, interval: float = FLUSH_SECONDS, batch_pages: int = FLUSH_PAGES,
        max_pending: int = MAX_PENDING, caps: Caps = DEFAULT_CAPS,
    ):
        self.path = Path(path)
        self.interval = interval
        self.batch_pages = batch_pages
        self.max_pending = max_pending
        self.caps = caps
        self.error: str | None = None
        self.dropped = 0  # pages not counted: the batch was full
        self.written = 0  # pages written to the file since start
        self.pruned = 0  # rows taken out past the caps since start
        self.flushes = 0
        self._pending: deque = deque()
        self._held: list = []  # a batch the file was locked for, tried again with the next one
        self._locked = 0
        self._writing = 0  # pages of the batch being written now
        self._wake = threading.Event()
        self._opened = threading.Event()
        self._stopping = False
        self._conn: sqlite3.Connection | None = None
        self._thread = threading.Thread(target=self._run, name="newsclean stats writer", daemon=True)
        self._thread.start()

    # -- the page path --------------------------------------------------------------------------
    def record(self, site: str, report, when: float | None = None) -> None:
        """Count one cleaned page's report for its site (a registrable domain). Never raises, never waits."""
        if self.error is not None or self._stopping:
            return
        pending = self._pending
        if len(pending) >= self.max_pending:
            self.dropped += 1
            return
        pending.append((site, report, time.time() if when is None else when))
        if len(pending) >= self.batch_pages:
            self._wake.set()

    @property
    def pending(self) -> int:
        return len(self._pending) + len(self._held) + self._writing

    # -- control --------------------------------------------------------------------------------
    def flush(self, timeout: float = 10.0) -> bool:
        """Ask the writer to write what waits now, and wait until it has (tests, benchmarks). False on
        a timeout or when the statistics are off."""
        self._opened.wait(timeout)
        target = self.flushes + 2  # the next flush may have taken its batch before this call: one more
        deadline = time.monotonic() + timeout
        while self.flushes < target and self.error is None and self._thread.is_alive():
            if time.monotonic() > deadline:
                return False
            if not self._writing:
                self._wake.set()
            time.sleep(0.005)
        return self.error is None and self.flushes >= target

    def close(self, wait: float = STOP_WAIT) -> None:
        """Write what waits and close the file (within ``wait`` seconds; the rest is lost)."""
        self._stopping = True
        self._wake.set()
        self._thread.join(wait)

    def state(self) -> dict:
        return {
            "on": self.error is None, "error": self.error, "file": str(self.path), "pending": self.pending,
            "written": self.written, "dropped": self.dropped, "pruned": self.pruned,
        }

    # -- the writer thread ----------------------------------------------------------------------
    def _run(self) -> None:
        try:
            self._conn = open_for_writing(self.path, time.time())
        except (sqlite3.Error, OSError, StatsError) as err:
            self._turn_off(f"cannot use {self.path}: {_words(err)}")
            self._opened.set()
            return
        self._opened.set()
        try:
            while True:
                self._wake.wait(self.interval)
                self._wake.clear()
                stopping = self._stopping
                self._flush()
                if stopping or self.error is not None:
                    break
        finally:
            self._close_conn()

    def _flush(self) -> None:
        pending = self._pending
        batch, self._held = self._held, []
        for _ in range(len(pending)):
            batch.append(pending.popleft())
        self._writing = len(batch)
        if batch:
            try:
                self.pruned += write_batch(self._conn, batch, self.caps)
            except sqlite3.OperationalError as err:
                if "locked" in str(err) or "busy" in str(err):
                    self._locked += 1
                    if self._locked < LOCKED_TRIES:
                        self._held = batch  # written with the next batch
                        log.info("newsclean: rule statistics: %s is locked; trying again", self.path)
                    else:
                        self._turn_off(f"{self.path} stayed locked by another program ({LOCKED_TRIES} tries)")
                else:
                    self._turn_off(f"cannot write {self.path}: {_words(err)}")
            except (sqlite3.Error, OSError) as err:
                self._turn_off(f"cannot write {self.path}: {_words(err)}")
            else:
                self._locked = 0
                self.written += len(batch)
        self._writing = 0
        self.flushes += 1

    def _turn_off(self, why: str) -> None:
        self.error = why
        self._pending.clear()
        self._held = []
        log.warning("newsclean: rule statistics are off: %s (pages are cleaned as ever)", why)

    def _close_conn(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            if self.error is None:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass  # another reader holds the WAL: it is checkpointed on the next open
        finally:
            conn.close()


def _words(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return str(err) or type(err).__name__
