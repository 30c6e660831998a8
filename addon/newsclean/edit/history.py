"""The versions of a site file before each edit, kept for undo in ``.history/<site>/``.

One JSON file per edit (the text before it, and a hash of the text after it, so that an undo can
tell whether the file was changed by hand since). Bounded two ways, oldest dropped first, the
newest always kept: at most ``limit`` entries, and at most ``max_bytes`` bytes in all. A 600 KB
rule file edited thirty times would otherwise keep 18 MB.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from pathlib import Path

from .atomic import write_atomic

DIR = ".history"
LIMIT = 30  # versions kept per site file
MAX_BYTES = 4 << 20  # bytes kept per site file (a rule file may hold 1 MiB: a few versions of the biggest)


def text_hash(text: str | None) -> str | None:
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


class History:
    """The undo entries of one site, in ``folder``. The caller holds the site's lock."""

    def __init__(self, folder: Path, limit: int = LIMIT, max_bytes: int = MAX_BYTES):
        self.folder = folder
        self.limit = limit
        self.max_bytes = max_bytes

    def entries(self) -> list[Path]:
        """Oldest first (the names start with the time in nanoseconds)."""
        return sorted(self.folder.glob("*.json"))

    def remember(self, previous: str | None, new_text: str, action: str) -> Path:
        """Keep ``previous`` (None: the file did not exist) as the version before ``action``. Returns
        the new entry, for the caller to remove if its own write fails; the caller trims once that
        write succeeded (trimming first would lose old versions to an edit that did not happen)."""
        entry = {"action": action, "time": time.time(), "previous": previous, "after_sha256": text_hash(new_text)}
        path = self.folder / f"{time.time_ns():020d}-{secrets.token_hex(3)}.json"
        write_atomic(path, json.dumps(entry, ensure_ascii=False).encode("utf-8"))
        return path

    def trim(self) -> list[Path]:
        """Drop the oldest entries until at most ``limit`` are left and they hold at most ``max_bytes``
        in all; the newest is kept whatever its size. Returns what was dropped."""
        sized = []
        for path in self.entries():
            try:
                sized.append((path, path.stat().st_size))
            except FileNotFoundError:
                continue
        total = sum(size for _, size in sized)
        dropped = []
        while len(sized) > 1 and (len(sized) > self.limit or total > self.max_bytes):
            path, size = sized.pop(0)
            path.unlink(missing_ok=True)
            total -= size
            dropped.append(path)
        return dropped

    def newest(self) -> tuple[Path, dict] | None:
        """The last entry and what it holds; raises ValueError (or OSError) for an unreadable one."""
        entries = self.entries()
        if not entries:
            return None
        return entries[-1], json.loads(entries[-1].read_text(encoding="utf-8"))

    def listing(self) -> list[dict]:
        """The edits that can be undone, newest first: [{"action", "time"}]."""
        out = []
        for entry in reversed(self.entries()):
            try:
                data = json.loads(entry.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            out.append({"action": data.get("action", "?"), "time": data.get("time")})
        return out

    def size(self) -> int:
        return sum(p.stat().st_size for p in self.entries())
