"""What the running proxy knows: the rule book in force, counters, and the pages it served lately.

One ``ProxyState`` lives as long as the addon (``NewsClean.state``); other faces of the product (the
control API) read it and never need to hold anything else:

- ``state.book`` — the current ``RuleBook``; swapped whole on reload, never changed in place, so a
  reader takes one reference and uses it for the whole page.
- ``state.book_tag`` — a short fingerprint of the rules in force (it goes into ETags, see cache.py).
- ``state.counters`` — pages cleaned, removals, failures, ... since start.
- ``state.history`` — the last ``history_size`` pages by URL (newest last), each a ``PageRecord``
  with its engine ``Report``; ``state.record_for(url)``, ``state.recent()``.
- ``state.original_for(url)`` — the page's body as the origin sent it (content-encoding removed),
  kept for the most recent pages within a byte budget, with ``record.http_charset``: what a preview of
  a new rule needs to run ``engine.cleaner.clean`` again.
- ``state.reload(force=False)`` — re-read the rule folders (thread-safe; only changed files are
  re-parsed; a file that no longer parses keeps its previous version and its error is logged).
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..engine.book.rulebook import RuleBook
from ..engine.report import Report
from ..rules.errors import RuleError
from ..rules.folders import LISTS_DIR

log = logging.getLogger("newsclean.proxy")

HISTORY_SIZE = 200
ORIGINALS_BUDGET = 32 * 1024 * 1024  # bytes of original bodies kept for previews


@dataclass
class Counters:
    pages: int = 0  # HTML pages of covered sites that reached the addon
    cleaned: int = 0  # pages served changed
    removals: int = 0  # elements removed (or unwrapped / text dropped) on those pages
    marked: int = 0  # elements marked, not removed
    unchanged: int = 0  # pages where no rule found anything
    skipped: int = 0  # site switched off, or not a page after all
    bypassed: int = 0  # originals served on request
    too_large: int = 0  # over newsclean_max_bytes
    failures: int = 0  # cleaning went wrong: the original was served
    over_budget: int = 0  # not cleaned within newsclean_budget_ms: the original was served
    busy: int = 0  # every cleaner was busy: the original was served at once
    reloads: int = 0  # rule book swaps after start

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class PageRecord:
    url: str
    status: str  # cleaned | unchanged | skipped | error | bypassed | too-large | over-budget | busy
    served_at: float  # time.time()
    sources: tuple[str, ...] = ()  # rule files in force: ("inquirer.net", "_default")
    removed: int = 0
    marked: int = 0
    elapsed_ms: float = 0.0  # decode + clean, off the event loop
    size: int = 0  # bytes of the page as the origin sent it (decoded)
    content_type: str = ""
    http_charset: str | None = None  # the charset the origin's Content-Type named, if any
    book_tag: str = ""  # which rules made it
    report: Report | None = None
    detail: str = ""
    original: bytes | None = field(default=None, repr=False)  # evicted first when over budget

    def to_dict(self, report: bool = False) -> dict:
        data = {
            "url": self.url,
            "status": self.status,
            "served_at": self.served_at,
            "sources": list(self.sources),
            "removed": self.removed,
            "marked": self.marked,
            "elapsed_ms": round(self.elapsed_ms, 3),
            "size": self.size,
            "content_type": self.content_type,
            "http_charset": self.http_charset,
            "book_tag": self.book_tag,
            "detail": self.detail,
            "original_kept": self.original is not None,
        }
        if report and self.report is not None:
            data["report"] = self.report.to_dict()
        return data


@dataclass(frozen=True)
class ReloadResult:
    changed: bool  # a new book was swapped in
    book: RuleBook
    new_errors: tuple[RuleError, ...]  # errors not present in the previous book


def book_fingerprint(book: RuleBook) -> str:
    """8 hex digits that change whenever a file in force (or the engine version) changes."""
    h = hashlib.blake2b(digest_size=4)
    h.update(__version__.encode())
    for f in book.files:
        h.update(f"\0{f.path}\0{f.mtime_ns}".encode())
    for fl in book.lists:  # a new list version changes cleaned pages as a rule edit does
        h.update(f"\0list\0{fl.path}\0{fl.mtime_ns}".encode())
    return h.hexdigest()


def disk_signature(dirs) -> tuple:
    """What the rule folders and their filter lists (``lists/*.txt``) look like now: cheap to take (one
    scandir a folder), compared each poll."""
    sig = []
    for folder, suffix in ((d, kind) for base in dirs for d, kind in ((base, ".toml"), (Path(base) / LISTS_DIR, ".txt"))):
        files: list | None = []
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.endswith(suffix):
                        try:
                            st = entry.stat()
                        except OSError:  # removed while we looked: the next poll sees the change
                            continue
                        files.append((entry.name, st.st_mtime_ns, st.st_size))
        except OSError:
            files = None  # missing folder: it may appear later
        sig.append((str(folder), sorted(files) if files is not None else None))
    return tuple(sig)


class ProxyState:
    def __init__(self, history_size: int = HISTORY_SIZE, originals_budget: int = ORIGINALS_BUDGET):
        self.dirs: tuple[Path, ...] = ()
        self.book: RuleBook = RuleBook.empty()
        self.book_tag: str = book_fingerprint(self.book)
        self.loaded_at: float = 0.0
        self.counters = Counters()
        self.history: OrderedDict[str, PageRecord] = OrderedDict()
        self.history_size = history_size
        self.originals_budget = originals_budget
        self._originals_bytes = 0
        self._signature: tuple = ()
        self._reload_lock = threading.Lock()

    # -- rules --------------------------------------------------------------------------------
    def load(self, dirs) -> ReloadResult:
        """Load the rule book from these folders from scratch (start-up, or a new rules option)."""
        with self._reload_lock:
            self.dirs = tuple(Path(d) for d in dirs)
            return self._load(previous=None)

    def changed_on_disk(self) -> bool:
        return disk_signature(self.dirs) != self._signature

    def reload(self, force: bool = False) -> ReloadResult:
        """Re-read the rule folders if they changed (or always, with ``force``) and swap the book in.

        Safe to call from any thread. Only files whose mtime changed are parsed again.
        """
        with self._reload_lock:
            if not force and not self.changed_on_disk():
                return ReloadResult(False, self.book, ())
            result = self._load(previous=self.book)
            if result.changed:
                self.counters.reloads += 1
            return result

    def _load(self, previous: RuleBook | None) -> ReloadResult:
        signature = disk_signature(self.dirs)  # taken first: a change during the load is seen next poll
        book = RuleBook.load(self.dirs, previous=previous)
        old_errors = {str(e) for e in previous.errors} if previous else set()
        new_errors = tuple(e for e in book.errors if str(e) not in old_errors)
        for err in new_errors:
            log.warning("newsclean: rule error: %s (%s)", err, _what_happened(err, previous))
        tag = book_fingerprint(book)
        changed = previous is None or tag != self.book_tag or book.errors != previous.errors
        self._signature = signature
        self.book, self.book_tag, self.loaded_at = book, tag, time.time()
        if previous is not None and changed:
            log.info(
                "newsclean: rules reloaded: %d file(s), %d rule(s), %d error(s)",
                len(book.files), sum(len(f.rules) for f in book.files), len(book.errors),
            )
        return ReloadResult(changed, book, new_errors)

    # -- pages --------------------------------------------------------------------------------
    def record(self, rec: PageRecord) -> None:
        old = self.history.pop(rec.url, None)
        if old is not None and old.original is not None:
            self._originals_bytes -= len(old.original)
        self.history[rec.url] = rec
        if rec.original is not None:
            self._originals_bytes += len(rec.original)
        while len(self.history) > self.history_size:
            _, gone = self.history.popitem(last=False)
            if gone.original is not None:
                self._originals_bytes -= len(gone.original)
        if self._originals_bytes > self.originals_budget:
            for old_rec in self.history.values():  # oldest first
                if old_rec.original is not None:
                    self._originals_bytes -= len(old_rec.original)
                    old_rec.original = None
                    if self._originals_bytes <= self.originals_budget:
                        break

    def record_for(self, url: str) -> PageRecord | None:
        return self.history.get(url)

    def original_for(self, url: str) -> bytes | None:
        rec = self.history.get(url)
        return rec.original if rec else None

    def recent(self, limit: int | None = None) -> list[PageRecord]:
        """Newest first."""
        out = list(reversed(self.history.values()))
        return out[:limit] if limit is not None else out

    @property
    def originals_bytes(self) -> int:
        return self._originals_bytes


def _what_happened(err, previous: RuleBook | None) -> str:
    """What an error did to the rules in force, as the log says it."""
    if err.rule is not None:
        return f"rule {err.rule} skipped; the file's other rules apply"
    if previous is not None and _had_file(previous, err.path):
        return "the file's previous version stays in force"
    return "the file is not loaded"


def _had_file(book: RuleBook, path: str) -> bool:
    return any(f.path == path for f in book.files)
