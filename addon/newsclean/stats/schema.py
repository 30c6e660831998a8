"""The rule statistics database: one SQLite file (the standard library's sqlite3), in WAL mode so
that readers (``newsclean stats``, the control API) never wait for the proxy's writer nor it for them.

Tables:
- ``rule_site``: one row a (rule, site) pair — elements the rule acted on there (``matches``:
  removed, unwrapped, text dropped, marked, hidden or kept), matches the guard or a ``keep`` rule
  held back (``held``), pages on which it did either, when it first and last did. A rule is a rule
  id (``inquirer.net:ad-label``), a list filter (``list:easylist:1234``) or a detector kind
  (``detect:ad``); a site is a registrable domain (``inquirer.net``).
- ``site_pages``: pages of each site the proxy cleaned (the engine ran), and when it last did.
- ``meta``: when the file was started (``created``).

Bounded: at most ``ROWS_PER_SITE`` rule rows a site and ``MAX_ROWS`` in all, ``MAX_SITES`` sites;
past a cap the rows that matched longest ago go first (store.py). ``PRAGMA user_version`` holds
``SCHEMA_VERSION``: a file of a newer version is left alone (statistics off, said once).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA_VERSION = 1
FILE_NAME = "stats.sqlite3"
# The caps that keep the file small (bench/stats.py measures the size they allow).
ROWS_PER_SITE = 1_000  # rules and list filters that matched on one site
MAX_ROWS = 50_000  # (rule, site) rows in all
MAX_SITES = 10_000  # sites whose page counts are kept
# How long a connection waits for another's write lock before it says "locked" (milliseconds).
BUSY_TIMEOUT_MS = 2_000
# The WAL file is cut back to this after a checkpoint (it would otherwise stay at its largest).
JOURNAL_LIMIT = 4 * 1024 * 1024

DDL = """
CREATE TABLE IF NOT EXISTS rule_site (
    rule TEXT NOT NULL,
    site TEXT NOT NULL,
    matches INTEGER NOT NULL DEFAULT 0,
    held INTEGER NOT NULL DEFAULT 0,
    pages INTEGER NOT NULL DEFAULT 0,
    first_seen REAL NOT NULL,
    last_seen REAL NOT NULL,
    PRIMARY KEY (rule, site)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS rule_site_by_site ON rule_site (site, last_seen);
CREATE INDEX IF NOT EXISTS rule_site_by_age ON rule_site (last_seen);
CREATE TABLE IF NOT EXISTS site_pages (
    site TEXT PRIMARY KEY,
    pages INTEGER NOT NULL DEFAULT 0,
    first_seen REAL NOT NULL,
    last_seen REAL NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS site_pages_by_age ON site_pages (last_seen);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
"""


class StatsError(Exception):
    """The statistics cannot be read or written. ``code``: ``no-stats`` (none kept: switched off, no
    file yet) or ``stats-unavailable`` (the file is not a statistics database, is damaged, locked, or of
    a newer version)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def open_for_writing(path: Path, now: float) -> sqlite3.Connection:
    """The writer's connection: the file made (with its tables) when new, checked when not. Raises
    ``sqlite3.Error`` or ``OSError`` for a file that cannot be used, ``StatsError`` for a newer one."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]  # a file that is not SQLite fails here
        if version > SCHEMA_VERSION:
            raise StatsError("stats-unavailable", f"{path} was written by a newer newsclean (version {version})")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute(f"PRAGMA journal_size_limit={JOURNAL_LIMIT}")
        conn.executescript(DDL)
        conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('created', ?)", (repr(now),))
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.execute("PRAGMA quick_check(1)").fetchone()  # a damaged file is found now, not mid-flush
    except BaseException:
        conn.close()
        raise
    return conn


def open_for_reading(path: Path) -> sqlite3.Connection:
    """A read-only connection, for ``newsclean stats`` and the control API. ``StatsError`` when there
    is no file, or it is not newsclean's statistics."""
    path = Path(path)
    if not path.is_file():
        raise StatsError("no-stats", f"no statistics at {path} yet: the proxy keeps them there (newsclean_stats)")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)
    except sqlite3.Error as err:
        raise StatsError("stats-unavailable", f"cannot open {path}: {err}") from None
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as err:
        conn.close()
        raise StatsError("stats-unavailable", f"{path} is not a statistics database ({err})") from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise StatsError("stats-unavailable", f"{path} was written by a newer newsclean (version {version})")
    if not {"rule_site", "site_pages", "meta"} <= tables:
        conn.close()
        raise StatsError("stats-unavailable", f"{path} is not a statistics database (it has no rule_site table)")
    return conn
