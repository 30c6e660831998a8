"""Compiled rules: immutable values built once from the specs (compile.py) and shared by every page."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ...rules.specs import DEFAULT_FILE_KEY
from ..page import Page
from .kinds import Action, Climb, Matcher


def brief(described: str, limit: int = 100) -> str:
    """A condition in words, cut to its start when it carries a long value (a regex of 1,000
    characters): a trace of several stays readable."""
    return described if len(described) <= limit else f"{described[: limit - 20]}…[{len(described)} chars]"


@dataclass(frozen=True, eq=False)
class Rule:
    id: str  # "<file key>:<name>" or "<file key>#<index>" when unnamed
    name: str | None
    reason: str
    path: str
    line: int
    matchers: tuple[Matcher, ...]  # the first one finds candidates, the others test them
    climbs: tuple[Climb, ...]
    action: Action
    action_name: str
    enabled: bool = True
    table: dict = field(default_factory=dict, repr=False)  # the rule as written, for the API

    def candidates(self, page: Page) -> list:
        finder, *filters = self.matchers
        found = finder.find(page)
        if finder.find_is_superset:
            # The finder's own test runs in its place by cost (an href regex is cheaper than the
            # look along a line that `in-sentence` takes).
            filters = sorted([*filters, finder], key=lambda m: m.cost)
        # Filters backed by a page index (elements holding links, off-site links, hidden ones) cut
        # the candidates down by set membership before any per-element test runs.
        for f in filters:
            found = f.cut(page, found)
        # Filter by filter, not element by element: the same tests run, without a generator for
        # each of a page's hundreds of candidate links.
        for f in filters:
            if not found:
                break
            found = f.prune(page, found)
            test = f.test
            found = [el for el in found if test(page, el)]
        return found

    def trace(self, page: Page) -> str:
        """Why the rule matches nothing on the page, condition by condition: what its finder found
        and which test left none ("12 found by: matches CSS `p`; 3 pass: text contains 'ad'; none
        pass: at least 60% of its text is links"). For `explain`: the steps `candidates` takes."""
        finder, *filters = self.matchers
        found = finder.find(page)
        if not found:
            return f"none found by: {brief(finder.describe())}"
        steps = [f"{len(found)} found by: {brief(finder.describe())}"]
        if finder.find_is_superset:  # found a first cut; the finder's own test runs among the others
            steps[0] = f"{len(found)} found as a first cut for: {brief(finder.describe())}"
            filters = sorted([*filters, finder], key=lambda m: m.cost)
        for f in filters:
            found = [el for el in f.prune(page, f.cut(page, found)) if f.test(page, el)]
            steps.append(f"{len(found) or 'none'} pass: {brief(f.describe())}")
            if not found:
                return "; ".join(steps)
        if not any(page.is_attached(el) for el in found):
            steps.append("all of them removed already by an earlier rule")
        elif self.climbs:
            steps.append("none left after: " + ", then ".join(c.describe() for c in self.climbs))
        return "; ".join(steps)

    def targets(self, page: Page) -> list:
        """What the action applies to: matches, climbed to their containers, in document order."""
        out, seen = [], set()
        for el in self.candidates(page):
            for c in self.climbs:
                el = c.apply(page, el)
                if el is None:
                    break
            if el is None or el in seen or not page.is_attached(el):
                continue
            seen.add(el)
            out.append(el)
        if self.action.outermost_only and len(out) > 1:
            out = [el for el in out if not any(a in seen for a in el.iterancestors())]
        return out

    def describe(self) -> str:
        return self.description

    @cached_property
    def description(self) -> str:
        """What the rule does, in words (every page's report carries it: worded once)."""
        parts = [m.describe() for m in self.matchers] + [c.describe() for c in self.climbs]
        return f"{self.action_name}: " + "; ".join(parts)


@dataclass(frozen=True)
class RuleFile:
    """One compiled rule file. ``key`` is the domain, or ``_default``."""

    key: str
    path: str
    mtime_ns: int
    rules: tuple[Rule, ...]
    settings: dict  # only the [site] keys this file sets, parsed
    errors: tuple = ()  # RuleError: rules that were skipped, with why
    warnings: tuple = ()  # RuleError with a warning code: the rule is in force, the file could be tidier
    spec: object = field(default=None, repr=False, compare=False)  # the FileSpec it was compiled from

    @property
    def is_default(self) -> bool:
        return self.key == DEFAULT_FILE_KEY
