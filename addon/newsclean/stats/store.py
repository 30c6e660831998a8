"""Writing a batch of page reports into the statistics database, then holding it to its caps.

A batch is a list of ``(site, report, when)``: the site a registrable domain, the report the engine's
(duck-typed: ``removals``, each with ``rule``; ``rules``, each outcome with ``rule``, ``applied`` and
``held``). It is summed in Python first (a page's 40 removals by one rule are one row's +40), then
written in one transaction: one upsert a (rule, site) pair, one a site.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from .schema import MAX_ROWS, MAX_SITES, ROWS_PER_SITE

# Outcomes that stand for many filters at once: their removals carry the filters' own ids
# (`list:easylist:1234`, `detect:ad`), which are what is counted.
AGGREGATE_OUTCOMES = frozenset({"lists", "detect"})


@dataclass(frozen=True)
class Caps:
    rows_per_site: int = ROWS_PER_SITE
    max_rows: int = MAX_ROWS
    max_sites: int = MAX_SITES


DEFAULT_CAPS = Caps()


@dataclass
class Tally:
    matches: int = 0
    held: int = 0
    pages: int = 0
    first: float = 0.0
    last: float = 0.0


def page_counts(report) -> dict[str, tuple[int, int]]:
    """{rule id: (elements it acted on, matches held back)} for one page; rules that did neither are left out."""
    counts: dict[str, list[int]] = {}
    for removal in report.removals:
        entry = counts.get(removal.rule)
        if entry is None:
            counts[removal.rule] = [1, 0]
        else:
            entry[0] += 1
    for outcome in report.rules:
        if outcome.rule in AGGREGATE_OUTCOMES or not (outcome.applied or outcome.held):
            continue
        entry = counts.setdefault(outcome.rule, [0, 0])
        entry[0] = max(entry[0], outcome.applied)  # a `keep` rule acts without a removal
        entry[1] += outcome.held
    return {rule: (m, h) for rule, (m, h) in counts.items() if m or h}


def summed(batch: Iterable[tuple[str, object, float]]) -> tuple[dict, dict]:
    """The batch added up: ({(rule, site): Tally}, {site: Tally})."""
    rules: dict[tuple[str, str], Tally] = {}
    sites: dict[str, Tally] = {}
    for site, report, when in batch:
        page = sites.get(site)
        if page is None:
            page = sites[site] = Tally(first=when, last=when)
        page.pages += 1
        page.first, page.last = min(page.first, when), max(page.last, when)
        for rule, (matches, held) in page_counts(report).items():
            tally = rules.get((rule, site))
            if tally is None:
                tally = rules[(rule, site)] = Tally(first=when, last=when)
            tally.matches += matches
            tally.held += held
            tally.pages += 1
            tally.first, tally.last = min(tally.first, when), max(tally.last, when)
    return rules, sites


_UPSERT_RULE = """
INSERT INTO rule_site (rule, site, matches, held, pages, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (rule, site) DO UPDATE SET
    matches = matches + excluded.matches, held = held + excluded.held, pages = pages + excluded.pages,
    first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen)
"""
_UPSERT_SITE = """
INSERT INTO site_pages (site, pages, first_seen, last_seen) VALUES (?, ?, ?, ?)
ON CONFLICT (site) DO UPDATE SET
    pages = pages + excluded.pages, first_seen = min(first_seen, excluded.first_seen),
    last_seen = max(last_seen, excluded.last_seen)
"""


def write_batch(conn: sqlite3.Connection, batch, caps: Caps = DEFAULT_CAPS) -> int:
    """Add the batch to the database in one transaction and prune past the caps; rows pruned."""
    rules, sites = summed(batch)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(_UPSERT_RULE, [
            (rule, site, t.matches, t.held, t.pages, t.first, t.last) for (rule, site), t in rules.items()
        ])
        conn.executemany(_UPSERT_SITE, [(site, t.pages, t.first, t.last) for site, t in sites.items()])
        pruned = prune(conn, {site for _, site in rules}, caps)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return pruned


def prune(conn: sqlite3.Connection, touched: Iterable[str], caps: Caps) -> int:
    """The rows that matched longest ago go, past each cap: a touched site's rows over
    ``rows_per_site``, then all rows over ``max_rows``, then sites over ``max_sites``."""
    pruned = 0
    for site in touched:
        (count,) = conn.execute("SELECT COUNT(*) FROM rule_site WHERE site = ?", (site,)).fetchone()
        if count > caps.rows_per_site:
            pruned += conn.execute(
                "DELETE FROM rule_site WHERE site = ? AND rule IN "
                "(SELECT rule FROM rule_site WHERE site = ? ORDER BY last_seen, rule LIMIT ?)",
                (site, site, count - caps.rows_per_site),
            ).rowcount
    (count,) = conn.execute("SELECT COUNT(*) FROM rule_site").fetchone()
    if count > caps.max_rows:
        pruned += conn.execute(
            "DELETE FROM rule_site WHERE (rule, site) IN "
            "(SELECT rule, site FROM rule_site ORDER BY last_seen, rule, site LIMIT ?)",
            (count - caps.max_rows,),
        ).rowcount
    (count,) = conn.execute("SELECT COUNT(*) FROM site_pages").fetchone()
    if count > caps.max_sites:
        conn.execute(
            "DELETE FROM site_pages WHERE site IN (SELECT site FROM site_pages ORDER BY last_seen, site LIMIT ?)",
            (count - caps.max_sites,),
        )
    return pruned
