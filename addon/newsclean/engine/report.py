"""What cleaning did to a page: every removal with its rule, reason and text; every rule's outcome."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import ClassVar

SNIPPET_CHARS = 500


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Removal:
    rule: str  # rule id: "inquirer.net:ad-label"
    reason: str
    action: str  # remove | unwrap | drop-text | mark
    element: str  # short description of the element: "div#inarticle_1.ztoop"
    text: str  # the text that went (or was flagged), shortened to SNIPPET_CHARS


@dataclass
class RuleOutcome:
    rule: str
    reason: str
    description: str
    matched: int = 0
    applied: int = 0
    held: int = 0  # matches the guard or a `keep` rule held back (the note says why)
    note: str = ""  # why it did nothing, or was held back


@dataclass
class Report:
    url: str
    status: str = "unchanged"  # cleaned | unchanged | skipped | error
    detail: str = ""  # why skipped / what failed
    site: str | None = None
    files: tuple[str, ...] = ()
    encoding: str | None = None
    removals: list[Removal] = field(default_factory=list)
    rules: list[RuleOutcome] = field(default_factory=list)
    mode: str = "clean"
    # Which element each removal concerns (engine/trace.py): set on a report only when asked for,
    # never part of its dict.
    trace: ClassVar = None

    def add(self, removal: Removal, el=None) -> None:
        """Record a removal; ``el``, the element it acted on, is noted when the report is traced."""
        self.removals.append(removal)
        if self.trace is not None:
            self.trace.note(el)

    @property
    def removed(self) -> int:
        return sum(1 for r in self.removals if r.action != "mark")

    @property
    def marked(self) -> int:
        return sum(1 for r in self.removals if r.action == "mark")

    def to_dict(self) -> dict:
        data = asdict(self)
        data["removed"] = self.removed
        data["marked"] = self.marked
        return data


def describe_element(el) -> str:
    out = el.tag if isinstance(el.tag, str) else "node"
    if el.get("id"):
        out += "#" + el.get("id")
    classes = (el.get("class") or "").split()
    out += "".join("." + c for c in classes[:3])
    return out
