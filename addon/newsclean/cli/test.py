"""`newsclean test [SITE...]`: run the cases kept beside the rules (tests/<site>/<case>.html + .toml).

The cases of every rule folder the other commands read (the bundled rules, then yours) run against
the rules of all of them together, as the proxy applies them. One line a case: PASS, or FAIL with
what did not hold (a text that must go and stayed, one that must stay and went, and which rule took
it), each under it as `case.toml:line: ...`. Exit status: 0 every case passed, 1 a case failed (or
could not run), 2 a usage error (an unknown site, a --rules folder that does not exist).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from ..edit.casecheck import run_case
from ..engine.book.rulebook import RuleBook
from ..rules.cases import find_cases, sites_with_cases
from ..rules.errors import printable
from .common import FINDINGS, OK, USAGE, dirs, json_option, rules_options
from .progress import Progress

# What a failure's kind says in a FAIL line, counted: "2 must-go texts stayed".
_KINDS = {
    "stayed": "must-go text(s) stayed",
    "went": "must-stay text(s) went",
    "case": "case error(s)",
    "idle": "rule(s) that must act did nothing",
    "acted": "rule(s) that must not act acted",
    "selector-stayed": "selector(s) still there",
    "selector-went": "selector(s) gone",
    "link-stayed": "link(s) still there",
    "link-went": "link(s) lost",
    "action": "action(s) not allowed",
    "paragraphs": "paragraph count wrong",
}

_CHECKED = {
    "must_go": "must go", "must_stay": "must stay", "by": "must act", "not_by": "must not act",
    "gone_selectors": "selector(s) must go", "kept_selectors": "selector(s) must stay",
    "links_gone": "link(s) must go", "links_kept": "link(s) must stay",
}


def register(sub) -> None:
    p = sub.add_parser(
        "test", help="run the test cases kept beside the rules (tests/<site>/<case>.toml); exit 1 on any failure",
        description="Run the cases of every rule folder read (the bundled rules, then yours): "
        "exit 0 all passed, 1 a case failed, 2 usage.",
    )
    rules_options(p)
    p.add_argument("sites", nargs="*", metavar="SITE", help="only these sites' cases (e.g. inquirer.net)")
    json_option(p, "the results")
    p.set_defaults(func=cmd_test)


def shown_path(path) -> str:
    """A path as short as it stays clear: relative to the working folder when it is under it."""
    path = os.fspath(path)
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return printable(path)
    return printable(rel if not rel.startswith("..") else path)


def cmd_test(args) -> int:
    if args.rules is not None and not Path(args.rules).is_dir():
        print(f"newsclean test: no such rule folder: {args.rules}", file=sys.stderr)
        return USAGE
    folders = dirs(args)
    book = RuleBook.load(folders)
    for err in book.errors:
        print(err.render(), file=sys.stderr)
    sites = [s.strip().lower().rstrip(".") for s in args.sites]
    cases = find_cases(folders, sites)
    have = {c.site for c in cases}
    unknown = [s for s in sites if s not in have]
    if unknown:
        known = sorted(sites_with_cases(folders))
        print(
            f"newsclean test: no cases for {', '.join(unknown)} in {', '.join(map(shown_path, folders))}"
            f" (sites with cases: {', '.join(known) or 'none'}); `newsclean snapshot URL` saves one",
            file=sys.stderr,
        )
        return USAGE
    results = []
    with Progress(len(cases), "testing") as bar:
        for case in cases:
            results.append(_run(case, book))
            bar.advance(f"{case.site}/{case.name}")
    failed = sum(1 for r in results if not r["passed"])
    without = [] if sites else sorted({f.key for f in book.files if not f.is_default} - sites_with_cases(folders))
    if args.json:
        out = {
            "dirs": [str(d) for d in folders],
            "cases": results,
            "summary": {"cases": len(results), "passed": len(results) - failed, "failed": failed},
            "sites_without_cases": without,
            "rule_errors": [e.to_dict() for e in book.errors],
        }
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return FINDINGS if failed else OK
    for result in results:
        print(_line(result))
        for failure in result["failures"]:
            where = f"{shown_path(result['case'])}:{failure['line']}: " if failure["line"] else ""
            print(f"  {where}{printable(failure['message'])}")
    site_count = len({r["site"] for r in results})
    if not results:
        print(f"no cases in {', '.join(map(shown_path, folders))}: `newsclean snapshot URL` saves one")
    else:
        print(f"{len(results)} case(s) of {site_count} site(s): {len(results) - failed} passed, {failed} failed")
    if without:
        print(f"sites without a case: {', '.join(without)}")
    return FINDINGS if failed else OK


def _run(case, book) -> dict:
    out = {
        "site": case.site,
        "name": case.name,
        "case": str(case.path),
        "page": str(case.page),
        "url": case.spec.get("url"),
        "passed": False,
        "ran": False,  # false: the case could not run (a broken case file, a missing page)
        "failures": [],
        "checked": {},
    }
    if case.problem is not None:
        out["failures"] = [{"kind": "case", "item": "", "message": case.problem.message, "line": case.problem.line}]
        out["case"] = case.problem.path
        return out
    try:
        data = case.page.read_bytes()
    except OSError as err:
        out["failures"] = [{"kind": "case", "item": "", "message": f"cannot read {case.page.name}: {err.strerror}", "line": 1}]
        return out
    outcome = run_case(case.spec, data, book)
    out["failures"] = [{**f.to_dict(), "line": case.line_of(f.item) if f.item else 1} for f in outcome.failures]
    out["checked"] = outcome.checked
    out["passed"], out["ran"] = outcome.passed, True
    out["removed"] = outcome.result.report.removed if outcome.result else 0
    return out


def _line(result: dict) -> str:
    label = printable(f"{result['site']}/{result['name']}")
    if result["passed"]:
        checked = result["checked"]
        said = [f"{checked[k]} {_CHECKED.get(k, k)}" for k in checked if k in _CHECKED]
        return f"PASS {label}: " + (", ".join(said) or "checked")
    counts: dict[str, int] = {}
    for failure in result["failures"]:
        counts[failure["kind"]] = counts.get(failure["kind"], 0) + 1
    if not result["ran"]:
        return f"FAIL {label}: the case cannot run"
    return f"FAIL {label}: " + ", ".join(f"{n} {_KINDS.get(kind, kind)}" for kind, n in counts.items())
