"""What the control API needs from whatever runs the engine (the proxy addon, or a test harness).

The API reads the live rule book, the counters, the recent pages and the rule statistics, and asks
for a reload after an edit. It knows nothing of mitmproxy: the addon hands it an object with these members.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..engine.book.rulebook import RuleBook, SitePlan
from ..engine.cleaner import CleanResult


class NotCleaned(Exception):
    """A page the runner would not clean for a preview: ``code`` is ``over-budget`` (it took longer
    than a page may) or ``busy`` (every cleaner is at work)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@runtime_checkable
class Backend(Protocol):
    @property
    def book(self) -> RuleBook:
        """The rule book in force now."""

    def counters(self) -> dict:
        """Pages cleaned, removals, failures... (JSON-able numbers)."""

    def recent_report(self, url: str) -> dict | None:
        """The report (``Report.to_dict()`` shape) of the last copy of the page at ``url``, if kept."""

    def recent_body(self, url: str) -> tuple[bytes, str | None] | None:
        """The original (uncleaned) body of the last copy of ``url`` and its HTTP charset, if kept."""

    def clean_page(
        self, body: bytes, url: str, book: RuleBook, charset: str | None, plan: SitePlan, extra_rules: tuple,
        trace: bool = False,
    ) -> CleanResult:
        """The engine's result for a body, within the page budget the runner holds pages to (a
        preview must not cost more than a page may); raises ``NotCleaned`` when it cannot. ``trace``:
        the report says where each removal's element was (``clean(..., trace=True)``)."""

    def reload_rules(self) -> RuleBook:
        """Re-read the rule folders now (after an edit) and return the new book."""

    def rule_stats(self, site: str | None, limit: int | None) -> dict:
        """The rule statistics (``stats.read``'s shape) of one site (a registrable domain) or of all, at
        most ``limit`` rules; raises ``stats.StatsError`` (``no-stats``, ``stats-unavailable``)."""
