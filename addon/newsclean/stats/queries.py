"""Reading the statistics: per rule, how often it acted, on how many pages and sites, when it last
did; which rules of a book matched nothing in N days. One shape for `newsclean stats --json` and
the control API's ``GET /newsclean/v1/stats`` (README.md, Rule statistics)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from .schema import StatsError, open_for_reading

DAY = 86_400.0


def iso(ts: float | None) -> str | None:
    """A time as ISO 8601 in UTC, to the second (``2026-12-05T19:40:12Z``)."""
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _created(conn: sqlite3.Connection) -> float | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'created'").fetchone()
    try:
        return float(row[0]) if row else None
    except ValueError:
        return None


_BY_RULE = """
SELECT rule, SUM(matches), SUM(held), SUM(pages), COUNT(*), MIN(first_seen), MAX(last_seen)
FROM rule_site {where} GROUP BY rule ORDER BY SUM(matches) DESC, rule
"""


def rule_stats(conn: sqlite3.Connection, site: str | None = None, limit: int | None = None) -> tuple[list[dict], int]:
    """(rules, how many there are in all): each rule's figures over every site, most matches first;
    with ``site``, only the rules that matched there, each with its figures there too (``on_site``)."""
    if site is None:
        rows = conn.execute(_BY_RULE.format(where="")).fetchall()
        here = {}
    else:
        rows = conn.execute(
            _BY_RULE.format(where="WHERE rule IN (SELECT rule FROM rule_site WHERE site = ?)"), (site,)
        ).fetchall()
        here = {
            r[0]: {"matches": r[1], "held": r[2], "pages": r[3], "first_matched": iso(r[4]), "last_matched": iso(r[5])}
            for r in conn.execute(
                "SELECT rule, matches, held, pages, first_seen, last_seen FROM rule_site WHERE site = ?", (site,)
            )
        }
        rows.sort(key=lambda r: (-here[r[0]]["matches"], r[0]))  # the site's own figures first
    out = []
    for rule, matches, held, pages, sites, first, last in rows[:limit] if limit is not None else rows:
        entry = {
            "rule": rule, "matches": matches, "held": held, "pages": pages, "sites": sites,
            "first_matched": iso(first), "last_matched": iso(last),
        }
        if site is not None:
            entry["on_site"] = here[rule]
        out.append(entry)
    return out, len(rows)


def site_pages(conn: sqlite3.Connection, site: str | None = None) -> tuple[int, int]:
    """(pages cleaned, sites): of one site, or of all."""
    if site is not None:
        row = conn.execute("SELECT pages FROM site_pages WHERE site = ?", (site,)).fetchone()
        return (row[0], 1) if row else (0, 0)
    pages, sites = conn.execute("SELECT COALESCE(SUM(pages), 0), COUNT(*) FROM site_pages").fetchone()
    return pages, sites


def last_matched(conn: sqlite3.Connection, rules, site: str | None = None) -> dict[str, float]:
    """{rule: when it last acted (or was held back)} for those of ``rules`` that ever did (on ``site``)."""
    wanted = set(rules)
    if site is None:
        rows = conn.execute("SELECT rule, MAX(last_seen) FROM rule_site GROUP BY rule")
    else:
        rows = conn.execute("SELECT rule, last_seen FROM rule_site WHERE site = ?", (site,))
    return {rule: last for rule, last in rows if rule in wanted}


def unused(conn: sqlite3.Connection, rules, days: float, now: float, site: str | None = None) -> list[dict]:
    """The rules (ids, in the order given) that matched nothing in the last ``days`` days (on ``site``);
    a rule never seen counts as unused. Each: {"rule", "last_matched" (None: never)}."""
    cutoff = now - days * DAY
    last = last_matched(conn, rules, site)
    return [
        {"rule": rule, "last_matched": iso(last.get(rule))}
        for rule in rules
        if last.get(rule) is None or last[rule] < cutoff
    ]


def read(path: Path, site: str | None = None, limit: int | None = None) -> dict:
    """Everything `newsclean stats` and the API show, from the file at ``path`` (``StatsError`` when
    it cannot be read)."""
    conn = open_for_reading(path)
    try:
        return _read(conn, Path(path), site, limit)
    except sqlite3.Error as err:
        raise StatsError("stats-unavailable", f"cannot read {path}: {err}") from None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, path: Path, site: str | None, limit: int | None) -> dict:
    rules, total = rule_stats(conn, site, limit)
    pages, sites = site_pages(conn, site)
    return {
        "file": str(path),
        "since": iso(_created(conn)),
        "site": site,
        "pages": pages,
        "sites": sites,
        "rules": rules,
        "rules_total": total,
    }


def read_unused(path: Path, rules, days: float, now: float, site: str | None = None) -> dict:
    """The rules of ``rules`` unused in ``days`` days, with when the statistics began."""
    conn = open_for_reading(path)
    try:
        created = _created(conn)
        return {
            "days": days,
            "cutoff": iso(now - days * DAY),
            "since": iso(created),
            "complete": created is not None and created <= now - days * DAY,
            "rules": unused(conn, rules, days, now, site),
        }
    except sqlite3.Error as err:
        raise StatsError("stats-unavailable", f"cannot read {path}: {err}") from None
    finally:
        conn.close()
