"""`newsclean lists`: the filter lists each rules folder loads (where each came from, when it was
updated, how many of its filters apply and what is not applied, by kind); `lists add URL|FILE` puts a
new one into your rule folder's ``lists/``; `lists update [NAME...]` fetches them again (a
conditional GET; a list that fails to download or is no list keeps its last good version).

A list's `!#include` files come with it, from beside its source (edit/listincludes.py); each is
reported on a line of its own under the list.

Exit status: 0 done; 1 a list, or a file it includes, could not be added or updated (the message says
why, with a code);
2 a usage error (an unknown list name, a taken or bad --name, a --rules folder that does not exist).
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

from ..edit import listfetch
from ..edit.paths import default_user_rules_dir
from ..rules.errors import printable
from ..rules.filterlist import load_lists
from ..rules.folders import LISTS_DIR, rule_dirs
from .check import not_applied_of
from .common import rules_options


def register(sub) -> None:
    p = sub.add_parser(
        "lists", help="the filter lists loaded (lists/*.txt), and `lists add URL|FILE`, `lists update [NAME...]`",
        description="Without an action: the lists each rules folder loads. Exit 0 done, 1 a list failed, 2 usage.",
    )
    rules_options(p)
    p.add_argument("--json", action="store_true", help="print what is loaded as JSON")
    actions = p.add_subparsers(dest="lists_action", metavar="{add,update}")
    a = actions.add_parser("add", help="add a list from a URL (downloaded) or a file (copied) to your rule folder")
    a.add_argument("source", metavar="URL|FILE")
    a.add_argument("--name", help="the list's name (its file is lists/NAME.txt); default: from the URL or file")
    _folder_option(a)
    u = actions.add_parser("update", help="fetch the lists of your rule folder again (all, or the NAMEs)")
    u.add_argument("names", nargs="*", metavar="NAME")
    _folder_option(u)
    p.set_defaults(func=cmd_lists)


def _folder_option(p) -> None:
    # SUPPRESS: `lists --rules DIR add ...` keeps the DIR given before the action.
    p.add_argument("--rules", metavar="DIR", default=argparse.SUPPRESS,
                   help="your rule folder (default ~/.config/newsclean/rules)")


def _usage(message: str) -> int:
    print(f"newsclean lists: {printable(message)}", file=sys.stderr)
    return 2


def _user_folder(args) -> Path:
    return Path(args.rules).expanduser() if args.rules else default_user_rules_dir()


def cmd_lists(args) -> int:
    if args.rules and not Path(args.rules).expanduser().is_dir() and args.lists_action != "add":
        return _usage(f"--rules {args.rules}: no such folder")
    if args.lists_action == "add":
        return cmd_add(args)
    if args.lists_action == "update":
        return cmd_update(args)
    return cmd_show(args)


# -- lists add ------------------------------------------------------------------------------------
def cmd_add(args) -> int:
    folder = _user_folder(args)
    if folder.exists() and not folder.is_dir():
        return _usage(f"{folder} is not a folder")
    try:
        outcome = listfetch.add(folder, args.source, args.name)
    except listfetch.ListError as err:
        usage = err.code in ("bad-name", "exists", "no-file", "bad-url")
        print(f"newsclean lists add: {printable(err.message)} [{err.code}]", file=sys.stderr)
        return 2 if usage else 1
    except OSError as err:
        print(f"newsclean lists add: cannot write into {folder}: {err.strerror or err}", file=sys.stderr)
        return 1
    print(f"added {outcome.name}: {outcome.path} ({outcome.detail})")
    _print_includes(outcome)
    print("a running proxy reads it within a second; `newsclean lists` shows what it applies")
    return 1 if any(inc.status == "failed" for inc in outcome.includes) else 0


def _print_includes(outcome) -> None:
    for inc in outcome.includes:
        print(f"    includes {printable(inc.describe())}")


# -- lists update ---------------------------------------------------------------------------------
_SAID = {
    "updated": "updated", "unchanged": "unchanged", "not-modified": "not modified", "local": "left as it is",
    "include-failed": "with an included file not updated",
}


def cmd_update(args) -> int:
    folder = _user_folder(args)
    sourced = listfetch.sourced_lists(folder)
    if args.names:
        present = {p.stem: p for p in sorted((folder / LISTS_DIR).glob("*.txt"))} if (folder / LISTS_DIR).is_dir() else {}
        for p in sourced:
            present.setdefault(p.stem, p)
        unknown = [n for n in args.names if n not in present]
        if unknown:
            known = ", ".join(sorted(present)) or "none"
            return _usage(f"no list named {', '.join(map(repr, unknown))} in {folder / LISTS_DIR} (lists there: {known})")
        targets = [present[n] for n in dict.fromkeys(args.names)]
    else:
        targets = sourced
    if not targets:
        print(f"no list with a source in {folder / LISTS_DIR}: `newsclean lists add URL` adds one")
        return 0
    counts: dict[str, int] = {}
    for path in targets:
        outcome = listfetch.update(path)
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
        if outcome.failed:
            print(f"{outcome.name}: FAILED [{outcome.code}] {printable(outcome.detail)}")
        else:
            print(f"{outcome.name}: {_SAID[outcome.status]} ({outcome.detail})")
        _print_includes(outcome)
        if any(inc.status == "failed" for inc in outcome.includes):
            counts["include-failed"] = counts.get("include-failed", 0) + 1
    summary = ", ".join(f"{n} {_SAID.get(s, s)}" for s, n in sorted(counts.items()))
    print(f"{len(targets)} list(s): {summary}")
    if counts.get("updated"):
        print("a running proxy reads the new versions within a second")
    return 1 if counts.get("failed") or counts.get("include-failed") else 0


# -- lists (what is loaded) -----------------------------------------------------------------------
def describe(fl) -> dict:
    """One loaded list: where it came from, when, and its filters applied / not applied by kind
    (counted as `newsclean check` counts them)."""
    path = Path(fl.path)
    meta = listfetch.read_meta(path)
    unkeyed, not_applied, _examples = not_applied_of(fl)
    try:
        mtime = datetime.datetime.fromtimestamp(path.stat().st_mtime, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    except OSError:
        mtime = None
    return {
        "name": fl.name, "path": str(path), "source": meta.get("source"), "fetched_at": meta.get("fetched_at"),
        "checked_at": meta.get("checked_at"), "modified_at": mtime, "etag": meta.get("etag"),
        "last_modified": meta.get("last_modified"), "applied": len(fl.filters) - unkeyed,
        "procedural": len(getattr(fl, "procedural", ())),
        "not_applied": dict(sorted(not_applied.items(), key=lambda kv: (-kv[1], kv[0]))), "includes": list(fl.includes),
        "error": meta.get("error"),
    }


def _when(stamp: str | None) -> str:
    return stamp.replace("T", " ").replace("Z", " UTC") if stamp else "never"


def cmd_show(args) -> int:
    user = Path(args.rules).expanduser() if args.rules else default_user_rules_dir()
    dirs = rule_dirs(user if (args.rules or user.is_dir()) else None, bundled=not args.no_bundled)
    folders = []
    for folder in dirs:
        lists, failed = load_lists(folder / LISTS_DIR)
        folders.append({"dir": str(folder), "lists": [describe(fl) for fl in lists],
                        "unreadable": [{"path": p, "why": why} for p, why in failed]})
    if args.json:
        sys.stdout.write(json.dumps({"folders": folders}, ensure_ascii=False, indent=2) + "\n")
        return 0
    for entry in folders:
        where = Path(entry["dir"]) / LISTS_DIR
        if not entry["lists"] and not entry["unreadable"]:
            print(f"{where}: no lists")
            continue
        print(f"{where}: {len(entry['lists'])} list(s)")
        for item in entry["lists"]:
            origin = f"from {item['source']}" if item["source"] else "put there by hand"
            updated = item["fetched_at"] or item["modified_at"]
            checked = f", checked {_when(item['checked_at'])}" if item["checked_at"] and item["checked_at"] != updated else ""
            print(f"  {Path(item['path']).name}: {origin}, updated {_when(updated)}{checked}")
            procedural = f", {item['procedural']:,} procedural / HTML filter(s)" if item["procedural"] else ""
            print(f"    applied: {item['applied']:,} element-hiding filter(s){procedural}")
            if item["not_applied"]:
                print("    not applied: " + ", ".join(f"{kind} {n:,}" for kind, n in item["not_applied"].items()))
            if item["includes"]:
                print(f"    includes: {', '.join(item['includes'])}")
            if item["error"]:
                err = item["error"]
                print(f"    last update failed ({_when(err.get('at'))}): [{err.get('code')}] {printable(str(err.get('message')))};"
                      " the version above is in force")
        for bad in entry["unreadable"]:
            print(f"  {bad['path']}: cannot read it: {bad['why']}")
    return 0
