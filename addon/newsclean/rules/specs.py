"""Rule specs: a rule file as plain, immutable, picklable values — what the format says, no DOM.

The loader (loader.py) reads TOML into these and checks what the format alone can check (known keys,
value types, names, the action and its keys, the `[site]` table). The engine compiles them
(engine/book/compile.py: selectors, regexes, prefilters) into the rule book it applies. A spec
carries where it was written, so a problem found while compiling still says `path:line:col`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

DEFAULT_FILE_KEY = "_default"
DEFAULT_GUARD_SHARE = 0.4
MODES = ("clean", "reader")
STRAY_MODES = ("off", "mark", "remove")
LIST_MODES = ("hide", "remove", "off")  # what a site does with the filter lists' matches


@dataclass(frozen=True)
class SiteSettings:
    enabled: bool = True
    mode: str = "clean"
    article: str | None = None  # CSS selector of the story body
    defaults: bool = True  # whether _default.toml applies here at all
    disable: frozenset[str] = frozenset()  # default rule names switched off here
    guard: float = DEFAULT_GUARD_SHARE
    stray: str = "off"
    lists: str = "hide"  # the filter lists (lists/*.txt): hide their matches, remove them, or off
    detect: bool = True  # the junk detector (engine.detect) runs here
    detect_remove: float = 3.0  # its score at which a block goes
    detect_mark: float = 2.0  # its score at which a block is marked

    def merged(self, other: dict) -> "SiteSettings":
        """These settings with the keys another file sets (a user's file over a bundled one)."""
        values = {k: getattr(self, k) for k in self.__dataclass_fields__}
        values.update(other)
        return SiteSettings(**values)


@dataclass(frozen=True)
class RuleSpec:
    """One `[[rule]]` table that passed the format's checks; its values are not compiled yet."""

    key: str  # the file's key: its domain, or _default
    index: int  # 0-based, in the file
    path: str
    line: int
    name: str | None
    reason: str
    enabled: bool
    action: str  # the action's name ("remove" when not written)
    table: dict  # the keys, renamed ones under their new names
    written: dict  # the table as written: the API shows and edits the user's own words
    renamed: tuple[str, ...] = ()  # old key names used (each an NC020 warning once the rule compiles)

    @property
    def id(self) -> str:
        return f"{self.key}:{self.name}" if self.name else f"{self.key}#{self.index + 1}"


@dataclass(frozen=True)
class FileSpec:
    """One rule file as the format reads it. ``errors``: rules the format already turned down."""

    key: str
    path: str
    mtime_ns: int
    rules: tuple[RuleSpec, ...]
    settings: dict  # only the [site] keys this file sets, checked
    errors: tuple = ()  # RuleError, a rule each
    text: str = field(default="", repr=False, compare=False)  # for positions, when something is wrong

    @cached_property
    def _positions(self):
        from .loader import Positions

        return Positions(self.text)

    def where(self, table: str, index: int | None, key: str | None) -> tuple[int, int]:
        """(line, col) of a key of a table (``("rule", 3, "css")``), or of the table without a key."""
        return self._positions.of_key(table, index, key)

    @property
    def is_default(self) -> bool:
        return self.key == DEFAULT_FILE_KEY
