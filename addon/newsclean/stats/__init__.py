"""Rule statistics: how often each rule (and list filter, and detector kind) acted, on which sites,
and when it last did, kept by the proxy in a small SQLite file and read by `newsclean stats` and the
control API.

schema (the file, its caps, opening it), store (a batch written, the caps held), writer (the page
path's recorder and its writer thread), queries (what is read back). The standard library only: no
engine, no mitmproxy; a report is read by its attributes.
"""

from .queries import iso, read, read_unused
from .schema import FILE_NAME, MAX_ROWS, MAX_SITES, ROWS_PER_SITE, StatsError
from .store import Caps
from .writer import StatsRecorder

__all__ = [
    "FILE_NAME", "MAX_ROWS", "MAX_SITES", "ROWS_PER_SITE", "Caps", "StatsError", "StatsRecorder", "iso", "read",
    "read_unused",
]
