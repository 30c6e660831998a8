"""Cleaning the labelled corpus pages and reading what became of each label.

`measure(book, labels)` tags every labelled element (labels.tag_page), cleans the tagged page with
the book, and returns one `Outcome` a label: removed, marked or kept. Which labels count as junk
caught and which as look-alikes kept is the caller's; bench.detect and tests/realjunk/test_realjunk.py
print and gate on it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from newsclean.engine import document
from newsclean.engine.cleaner import clean
from newsclean.engine.page import host_of

from . import labels as L

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Outcome:
    label: L.Label
    source: str  # which labels file (its stem): a tuning set or a held-out one
    verdict: str  # removed | marked | kept | unresolved
    removals: tuple[str, ...] = ()  # the rules/detector kinds that removed something on the page


def label_files() -> list[Path]:
    return sorted(HERE.glob(L.LABEL_FILES))


def load_all() -> list[tuple[str, L.Label]]:
    out = []
    for path in label_files():
        out.extend((path.stem, label) for label in L.load(path))
    return out


_PLANS: dict = {}


def plan_with(book, url: str, detect: bool | None = None):
    plan = book.plan_for(host_of(url))
    if detect is None:
        return plan
    key = (id(book), plan.site, detect)  # one plan a site (a plan compiles its prefilter once)
    if key not in _PLANS:
        _PLANS[key] = replace(plan, settings=replace(plan.settings, detect=detect))
    return _PLANS[key]


def measure_page(book, page_id: str, group: list[tuple[str, L.Label]], detect: bool | None = None) -> list[Outcome]:
    by_line = {}
    for source, label in group:
        by_line.setdefault(label.line, []).append((source, label))
    # Labels of different files can share a line number: tag each file's labels apart.
    out = []
    for source in sorted({s for s, _ in group}):
        labels = [label for s, label in group if s == source]
        data, tagged, errors = L.tag_page(page_id, labels)
        url = L.page_url(page_id)
        result = clean(data, url, book, plan=plan_with(book, url, detect))
        root = document.parse_page(result.body).root
        found = L.verdicts(root, tagged)
        rules = tuple(sorted({r.rule for r in result.report.removals}))
        for label, _err in errors:
            out.append(Outcome(label, source, "unresolved"))
        for line, label in tagged.items():
            out.append(Outcome(label, source, found[line], rules))
    return out


def measure(book, detect: bool | None = None, only: set[str] | None = None) -> list[Outcome]:
    groups: dict[str, list] = {}
    for source, label in load_all():
        if only is None or source in only:
            groups.setdefault(label.page, []).append((source, label))
    out = []
    for page_id, group in sorted(groups.items()):
        out.extend(measure_page(book, page_id, group, detect))
    return out


def tally(outcomes: list[Outcome], verdict: str) -> dict[str, Counter]:
    """Per kind: how many labels of the verdict (junk/keep) were removed, marked, kept."""
    out: dict[str, Counter] = {}
    for o in outcomes:
        if o.label.verdict != verdict:
            continue
        c = out.setdefault(o.label.kind, Counter())
        c["total"] += 1
        c[o.verdict] += 1
    return out
