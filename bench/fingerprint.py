"""What the engine makes of every corpus page, as a fingerprint to compare before and after a change
that must not change behaviour (a module split, a rename):

    python -m bench.fingerprint --out before.jsonl          # on the old code
    python -m bench.fingerprint --out after.jsonl --against before.jsonl

For each page, four runs of the cleaner with the bundled rules: reader mode; the clean mode with the
stray detector on (``mark``), and with it removing (``remove``); reader mode with the detector marking.
With ``--junk``, each page also with injected junk of every family (tests/corpus/junk.py, seed 0),
cleaned as a proxy would (``junk-FAMILY`` runs). With ``--lists``, each page also with every filter
list of ../shared/filters loaded beside the bundled rules: as configured (``lists``: matches hidden)
and in reader mode (``lists-reader``: matches taken out), each record with the lists' outcome
(matched, applied, held and the note) beside the removals. Each run's record: the output bytes' SHA-256, the report's status, mode and detail, and every removal
(rule, reason, action, element, text). ``--against`` prints each page and run whose record differs,
removal by removal, and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.engine.page import host_of
from newsclean.rules.folders import rule_dirs

from .common import CORPUS, REPO, corpus_pages

RUNS = ("reader", "stray-mark", "stray-remove", "reader-stray-mark")
LIST_RUNS = ("lists", "lists-reader")
FILTERS = CORPUS.parent / "filters"


def plan_of(book, url: str, run: str):
    plan = book.plan_for(host_of(url))
    stray = {"stray-mark": "mark", "stray-remove": "remove", "reader-stray-mark": "mark"}.get(run)
    if stray is None:
        return plan
    return dataclasses.replace(plan, settings=dataclasses.replace(plan.settings, stray=stray))


def record(book, page_id: str, url: str, data: bytes, run: str) -> dict:
    mode = "reader" if run.startswith("reader") or run.endswith("reader") else "clean"  # junk-*, lists: as configured
    result = clean(data, url, book, plan=plan_of(book, url, run), mode=mode)
    report = result.report
    out = {
        "page": page_id,
        "run": run,
        "sha256": hashlib.sha256(result.body).hexdigest(),
        "changed": result.changed,
        "status": report.status,
        "mode": report.mode,
        "detail": report.detail,
        "removals": [dataclasses.astuple(r) for r in report.removals],
    }
    if run in LIST_RUNS:
        out["lists"] = [[o.matched, o.applied, o.held, o.note] for o in report.rules if o.rule == "lists"]
    return out


def fingerprint(limit: int | None = None, junk: bool = False, with_lists: bool = False) -> list[dict]:
    book = RuleBook.load(rule_dirs())
    out = []
    for page_id, url, data in corpus_pages(limit):
        for run in RUNS:
            out.append(record(book, page_id, url, data, run))
    if junk:
        out += junk_fingerprint(book, limit)
    if with_lists:
        out += lists_fingerprint(limit)
    return out


def lists_fingerprint(limit: int | None = None) -> list[dict]:
    """The corpus pages with every shared filter list loaded: hidden as configured, taken out in reader mode."""
    if not FILTERS.is_dir():
        sys.exit(f"{FILTERS} is absent: --lists needs the shared filter lists")
    with tempfile.TemporaryDirectory() as tmp:
        lists = Path(tmp) / "rules" / "lists"
        lists.mkdir(parents=True)
        for source in sorted(FILTERS.rglob("*.txt")):
            (lists / source.name).symlink_to(source)
        book = RuleBook.load(rule_dirs(Path(tmp) / "rules"))
    return [record(book, page_id, url, data, run) for page_id, url, data in corpus_pages(limit) for run in LIST_RUNS]


def junk_fingerprint(book, limit: int | None = None) -> list[dict]:
    """The corpus pages with the generator's junk in them, a run a family."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from tests.corpus.junk import FAMILIES, inject
    from tests.corpus.pages import load_corpus

    out = []
    for page in load_corpus(CORPUS)[:limit]:
        for family in FAMILIES:
            injected = inject(page, 0, family)
            if injected is not None:
                out.append(record(book, page.id, page.url, injected.data, f"junk-{family}"))
    return out


def differences(before: list[dict], after: list[dict]) -> list[str]:
    old = {(r["page"], r["run"]): r for r in before}
    new = {(r["page"], r["run"]): r for r in after}
    lines = []
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        if a is None or b is None:
            lines.append(f"{key[0]} {key[1]}: only in {'after' if a is None else 'before'}")
            continue
        for field in ("sha256", "changed", "status", "mode", "detail", "lists"):
            if a.get(field) != b.get(field):
                lines.append(f"{key[0]} {key[1]}: {field} {a[field]!r} -> {b[field]!r}")
        gone = [r for r in a["removals"] if r not in b["removals"]]
        added = [r for r in b["removals"] if r not in a["removals"]]
        lines += [f"{key[0]} {key[1]}: removal only before {r}" for r in gone]
        lines += [f"{key[0]} {key[1]}: removal only after {r}" for r in added]
        if a["removals"] != b["removals"] and not gone and not added:
            lines.append(f"{key[0]} {key[1]}: removals in another order")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fingerprint", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="where the records go (JSON lines)")
    parser.add_argument("--against", help="records of an earlier run to compare with")
    parser.add_argument("--limit", type=int, default=None, help="only the first N corpus pages")
    parser.add_argument("--junk", action="store_true", help="also every page with each family of injected junk")
    parser.add_argument("--lists", action="store_true", help="also every page with all shared filter lists loaded")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    records = fingerprint(args.limit, args.junk, args.lists)
    with open(args.out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pages = len({r["page"] for r in records})
    removals = sum(len(r["removals"]) for r in records)
    runs = sorted({r["run"] for r in records})
    print(f"{pages} pages x {len(runs)} runs ({', '.join(runs)}): {len(records)} records, "
          f"{removals} removals, in {time.perf_counter() - t0:.0f} s -> {args.out}")
    if not args.against:
        return 0
    with open(args.against, encoding="utf-8") as f:
        before = [json.loads(line) for line in f]
    after = [json.loads(json.dumps(r)) for r in records]  # tuples as lists, as read back
    diff = differences(before, after)
    for line in diff:
        print(line)
    old = {(r["page"], r["run"]): r for r in before}
    same = sum(1 for r in after if old.get((r["page"], r["run"])) == r)
    print(f"against {args.against}: {same} of {len(after)} records identical; {len(diff)} differences")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
