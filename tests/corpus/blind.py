"""What the blind generator families (fresh.py, fresh2.py) share: escaping and stable numbers."""

from __future__ import annotations

import zlib
from html import escape


def text(s: str) -> str:
    """Text content, escaped."""
    return escape(s, quote=False)


def attr(s: str) -> str:
    """An attribute value, escaped."""
    return escape(s, quote=True)


def stable_number(*parts: str, digits: int = 5) -> int:
    """A stable number of ``digits`` digits (form ids, list ids) from the texts of a piece."""
    low = 10 ** (digits - 1)
    return zlib.crc32("\x00".join(parts).encode("utf-8")) % (9 * low) + low
