"""`newsclean stats [--site SITE] [--unused-days N] [--json] [--file FILE]`: what the proxy's rule
statistics say — per rule (and list filter, and detector kind): elements it acted on, matches held
back, pages, sites, when it last matched; with ``--unused-days N``, the rules of the loaded book that
matched nothing in N days (a rule never seen counts as unused).

Exit status: 0 read (no unused rule, when asked), 1 unused rules found, 2 a usage error or no
statistics to read (no file yet, not a statistics database, damaged).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from ..edit.paths import config_dir, validate_site
from ..edit.refusals import EditError
from ..engine.hosts import registrable_domain
from ..rules.errors import printable
from ..stats import FILE_NAME, StatsError, read, read_unused
from .common import load_book, rules_options


def register(sub) -> None:
    p = sub.add_parser(
        "stats", help="how often each rule matched, on which sites, when it last did (the proxy's statistics)",
        description="Read the rule statistics the proxy keeps: exit 0 read, 1 unused rules found "
        "(--unused-days), 2 usage or no statistics to read.",
    )
    rules_options(p)
    p.add_argument("--site", metavar="SITE", help="only the rules that matched on this site, with their figures there")
    p.add_argument("--unused-days", type=_days, metavar="N",
                   help="list the rules of the loaded book that matched nothing in N days (never seen: unused); exit 1 if any")
    p.add_argument("--file", metavar="FILE",
                   help=f"the statistics file (default: the proxy's, {FILE_NAME} in ~/.config/newsclean or $NEWSCLEAN_CONFIG)")
    p.add_argument("--json", action="store_true", help="print the statistics as JSON (shape in README.md)")
    p.set_defaults(func=cmd_stats)


def _days(value: str) -> float:
    try:
        days = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a number of days, not {value!r}") from None
    if not days > 0 or days == float("inf"):
        raise argparse.ArgumentTypeError(f"a number of days above 0, not {value!r}")
    return days


def _when(stamp: str | None) -> str:
    """``2026-12-05T19:40:12Z`` as the table shows it: ``2026-12-05 19:40 UTC``."""
    return f"{stamp[:10]} {stamp[11:16]} UTC" if stamp else "never"


def book_rules(book, site: str | None) -> list[str]:
    """The ids of the rules in force: a site's (its own and the defaults that apply there), or every
    file's. Rules that cannot match are left out (switched off, or their site is: `enabled = false`),
    and so are list filters (a list's thousands of filters are its maintainers' concern)."""
    if site is not None:
        plan = book.plan_for(site)
        rules = plan.rules if plan.settings.enabled else ()
    else:
        rules = [
            r for f in book.files if f.is_default or book.plan_for(f.key).settings.enabled
            for r in f.rules if r.enabled
        ]
    return list(dict.fromkeys(r.id for r in rules))


def cmd_stats(args) -> int:
    path = Path(args.file).expanduser() if args.file else config_dir() / FILE_NAME
    site = None
    if args.site:
        try:
            site = registrable_domain(validate_site(args.site))
        except EditError as err:
            print(f"newsclean stats: --site: {err.message}", file=sys.stderr)
            return 2
    try:
        data = read(path, site)
        if args.unused_days is not None:
            if args.rules is not None and not Path(args.rules).is_dir():
                print(f"newsclean stats: no such rule folder: {args.rules}", file=sys.stderr)
                return 2
            data["unused"] = read_unused(path, book_rules(load_book(args), site), args.unused_days, time.time(), site)
    except StatsError as err:
        print(f"newsclean stats: {err.message}", file=sys.stderr)
        return 2
    found = 1 if data.get("unused", {}).get("rules") else 0
    if args.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return found
    where = f" on {site}" if site else ""
    print(f"rule statistics in {printable(str(path))}, kept since {_when(data['since'])}: "
          f"{data['pages']} page(s){where}" + ("" if site else f" of {data['sites']} site(s)"))
    if "unused" in data:
        _print_unused(data["unused"], site)
        return found
    if not data["rules"]:
        print(f"no rule has matched{where} yet")
        return 0
    print(f"{'matches':>8} {'held':>6} {'pages':>7} {'sites':>5}  {'last matched':<20}  rule"
          + (f" (figures on {site}; sites: in all)" if site else ""))
    for entry in data["rules"]:
        shown = entry["on_site"] if site else entry
        print(f"{shown['matches']:>8} {shown['held']:>6} {shown['pages']:>7} {entry['sites']:>5}  "
              f"{_when(shown['last_matched']):<20}  {printable(entry['rule'])}")
    return 0


def _print_unused(unused: dict, site: str | None) -> None:
    rules = unused["rules"]
    where = f" on {site}" if site else ""
    days = f"{unused['days']:g}"
    print(f"{len(rules)} rule(s) of the loaded book matched nothing{where} in {days} day(s) (since {_when(unused['cutoff'])})"
          + (":" if rules else ""))
    for entry in rules:
        last = entry["last_matched"]
        print(f"  {printable(entry['rule'])}: " + (f"last matched {_when(last)}" if last else "never matched"))
    if not unused["complete"]:
        print(f"note: the statistics go back to {_when(unused['since'])}, less than {days} day(s): "
              "a rule listed may simply not have met its page since")
