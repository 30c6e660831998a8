"""`newsclean import LIST --site DOMAIN [--out FILE]`: a filter list's filters for one site as TOML rules
a maintainer can edit (edit/listimport.py translates them), written with tomlkit and checked as
`newsclean check` checks a file: a rule the format refuses is left out and listed with the others that
could not be translated, each with its line in the list and why.

LIST is a list file, or the name of a list in a rules folder's ``lists/`` (``easylist``). With
``--out`` the rules go into FILE (added to it when it exists: its own rules and comments stay, a
name it already has is not taken again), else to stdout. Exit status: 0 rules written, 1 nothing to
write (no filter of the list for the site could be translated), 2 a usage error.
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import tomlkit

from ..edit.atomic import write_atomic
from ..edit.listimport import import_list
from ..edit.paths import default_user_rules_dir
from ..engine.book.compile import parse_rule_text
from ..engine.listmatch import find_xpath
from ..rules.errors import printable
from ..rules.folders import LISTS_DIR, rule_dirs
from ..rules.limits import MAX_FILE_BYTES
from ..rules.loader import RuleFileError
from .common import rules_options
from .test import shown_path


def register(sub) -> None:
    p = sub.add_parser(
        "import", help="turn a filter list's filters for a site into TOML rules to edit",
        description="Exit 0 rules written, 1 nothing could be translated, 2 usage.",
    )
    rules_options(p)
    p.add_argument("list", metavar="LIST", help="a list file, or the name of a list in a rules folder's lists/")
    p.add_argument("--site", required=True, metavar="DOMAIN", help="the site whose filters to take (e.g. example.com)")
    p.add_argument("--out", metavar="FILE", help="write (or add) the rules to FILE, e.g. rules/example.com.toml; default stdout")
    p.add_argument("--generic", action="store_true", help="also the list's generic filters (##selector) the site does not except")
    p.add_argument("--page", metavar="PAGE.html", help="with --generic: only the generic filters that find something on this saved page")
    p.add_argument("--action", choices=("remove", "mark"), default="remove",
                   help="what the rules do (lists hide; a rule removes or marks); default remove")
    p.set_defaults(func=cmd_import)


def _usage(message: str) -> int:
    print(f"newsclean import: {printable(message)}", file=sys.stderr)
    return 2


def find_list(name: str, args) -> Path | None:
    path = Path(name).expanduser()
    if path.is_file():
        return path
    user = Path(args.rules).expanduser() if args.rules else default_user_rules_dir()
    for folder in reversed(rule_dirs(user if user.is_dir() else None, bundled=not args.no_bundled)):
        candidate = folder / LISTS_DIR / f"{name}.txt"
        if candidate.is_file():
            return candidate
    return None


def cmd_import(args) -> int:
    from ..edit.paths import validate_site
    from ..edit.refusals import EditError

    try:
        site = validate_site(args.site.strip().lower().rstrip("."))
    except EditError as err:
        return _usage(f"--site: {err.message}")
    path = find_list(args.list, args)
    if path is None:
        return _usage(f"{args.list!r} is neither a list file nor a list in a rules folder's {LISTS_DIR}/")
    if args.page and not args.generic:
        return _usage("--page chooses among generic filters: give --generic with it")
    out = Path(args.out).expanduser() if args.out else None
    if out is not None and out.exists() and not out.is_file():
        return _usage(f"--out {out} is not a file")
    try:
        found = import_list(path, site, generic=args.generic)
    except OSError as err:
        return _usage(f"cannot read {path}: {err.strerror or err}")
    if args.page:
        try:
            page_bytes = Path(args.page).expanduser().read_bytes()
        except OSError as err:
            return _usage(f"cannot read {args.page}: {err.strerror or err}")
        before = len(found.rules)
        _only_on_page(found, page_bytes)
        print(f"{before - len(found.rules)} generic filter(s) find nothing on {args.page}: left out", file=sys.stderr)
    existing = out.read_text(encoding="utf-8") if out is not None and out.exists() else None
    try:
        text, written, refused = render(found, args.action, existing, str(out or f"{site}.toml"), site)
    except RuleFileError as err:
        return _usage(f"{out} cannot take rules: {err.errors[0]}")
    skipped = sorted(found.skipped + refused, key=lambda s: s.line)
    for s in skipped:
        print(f"{shown_path(path)}:{s.line}: not translated: {printable(s.why)}: {printable(s.text[:160])}", file=sys.stderr)
    if found.excepted:
        print(f"{found.excepted} generic filter(s) the site excepts or switches off: left out", file=sys.stderr)
    if not written:
        print(f"newsclean import: nothing to write: no filter of {found.list_name} for {site} could be translated"
              f" ({len(skipped)} not translated)", file=sys.stderr)
        return 1
    if len(text.encode("utf-8")) > MAX_FILE_BYTES:
        print(f"newsclean import: {written} rules make a file over {MAX_FILE_BYTES:,} bytes, more than a rule file may "
              "hold: with --generic, give --page to keep the filters that find something on a page", file=sys.stderr)
        return 1
    if out is None:
        sys.stdout.write(text)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(out, text.encode("utf-8"), out.stat().st_mtime_ns if out.exists() else 0)
    where = shown_path(out) if out is not None else "stdout"
    print(f"{written} rule(s) from {found.list_name} for {site} written to {where}; {len(skipped)} filter(s) not "
          "translated", file=sys.stderr)
    return 0


def _only_on_page(found, data: bytes) -> None:
    """Keep the site's own filters, and the generic ones whose selector finds something on the page."""
    import lxml.html

    root = lxml.html.document_fromstring(data)
    kept = []
    for rule in found.rules:
        find = find_xpath(rule["css"]) if rule["_generic"] and "css" in rule else None
        if not rule["_generic"] or (find is not None and find(root)):
            kept.append(rule)
    found.rules = kept


def render(found, action: str, existing: str | None, path: str, site: str) -> tuple[str, int, list]:
    """The TOML text (``existing`` with the rules added), how many rules it adds, and the rules the
    format refused (as Skipped, with their list line and the checker's message)."""
    from ..edit.listimport import Skipped

    rules = list(found.rules)
    refused: list = []
    doc = tomlkit.parse(existing) if existing is not None else None
    before = parse_rule_text(existing, path, site).errors if existing is not None else ()
    taken = {t.get("name") for t in doc.get("rule", [])} if doc is not None else set()
    for r in [r for r in rules if r["name"] in taken]:
        refused.append(Skipped(r["_line"], r["_text"], f"a rule named {r['name']!r} is already in {path}"))
        rules.remove(r)
    for _ in range(4):  # each pass drops the rules the checker refused; a second pass finds none
        text = _text(found, rules, action, existing)
        if len(text.encode("utf-8")) > MAX_FILE_BYTES:
            return text, len(rules), refused  # too big to be a rule file: the caller says so
        file = parse_rule_text(text, path, site)
        first_new = len(doc.get("rule", [])) if doc is not None else 0
        bad = {e.rule - 1 - first_new: e for e in file.errors if e not in before and e.rule and e.rule > first_new}
        if not bad:
            return text, len(rules), refused
        for index in sorted(bad, reverse=True):
            r = rules.pop(index)
            refused.append(Skipped(r["_line"], r["_text"], f"the rule format refuses it: {bad[index].code} {bad[index].message}"))
    return _text(found, rules, action, existing), len(rules), refused


def _text(found, rules, action: str, existing: str | None) -> str:
    if existing is not None:
        doc = tomlkit.parse(existing)
    else:
        doc = tomlkit.document()
        when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        doc.add(tomlkit.comment(f"Rules for {found.site} from the filter list `{found.list_name}`, by `newsclean import` on {when}."))
        doc.add(tomlkit.comment("Each rule's reason quotes its filter. Lists hide what they match; these rules "
                                f"{'remove' if action == 'remove' else 'mark'} it."))
        doc.add(tomlkit.comment("Read each one, keep what is junk on this site, and run `newsclean check`."))
        doc.add(tomlkit.nl())
    if not rules:
        return tomlkit.dumps(doc)
    table = doc.get("rule")
    if table is None:
        table = tomlkit.aot()
        doc.append("rule", table)
    for r in rules:
        t = tomlkit.table()
        for key, value in r.items():
            if not key.startswith("_"):
                t.add(key, value)
        if action != "remove":
            t.add("action", action)
        table.append(t)
    return tomlkit.dumps(doc)
