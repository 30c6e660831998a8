"""`newsclean check`: lint every rule file (and the filter lists) the other commands read.

Exit status: 0 no error (warnings allowed: the rules are in force), 1 a rule error, 2 usage.
"""

from __future__ import annotations

from ..engine.book.listindex import index_key
from ..engine.book.rulebook import RuleBook
from ..rules.cases import missing_cases
from ..rules.filterlist import split_selector_list
from .common import FINDINGS, OK, dirs, json_option, rules_options, write_json


def register(sub) -> None:
    p = sub.add_parser("check", help="lint every rule file; exit 1 on any error",
                       description="Lint every rule file and filter list. Exit 0 no error, 1 errors, 2 usage.")
    rules_options(p)
    json_option(p, "the files, errors, warnings and lists")
    p.set_defaults(func=cmd_check)


def cmd_check(args) -> int:
    book = RuleBook.load(dirs(args))
    warnings = (*book.warnings, *missing_cases(book))  # NC021: a site file whose site has no test case
    rules = sum(len(f.rules) for f in book.files)
    status = FINDINGS if book.errors else OK
    if args.json:
        write_json("-", {
            "files": len(book.files),
            "rules": rules,
            "errors": [e.to_dict() for e in book.errors],
            "warnings": [w.to_dict() for w in warnings],
            "lists": [_list_dict(fl) for fl in book.lists],
        })
        return status
    for err in book.errors:
        print(err.render())
    for warning in warnings:
        print(warning.render().replace(f" {warning.code} ", f" {warning.code} warning: ", 1))
    for fl in book.lists:
        print(_list_summary(fl))
    warned = f", {len(warnings)} warning(s)" if warnings else ""
    print(f"{len(book.files)} file(s), {rules} rule(s), {len(book.errors)} error(s){warned}")
    return status


def not_applied_of(fl) -> tuple[int, dict, dict]:
    """How many generic filters have no key the index can file them by, every kind of line not
    applied (counted), and the first line of each kind."""
    unkeyed = [
        (f.line, f.text) for f in fl.filters if f.generic and not f.exception
        for sel in split_selector_list(f.selector) if index_key(sel) is None
    ]  # fmt: skip
    missing = dict(fl.not_applied)
    examples = dict(fl.examples)
    if unkeyed:
        missing["generic-without-key"] = len(unkeyed)
        examples["generic-without-key"] = unkeyed[0]
    return len(unkeyed), missing, examples


def _list_dict(fl) -> dict:
    unkeyed, missing, examples = not_applied_of(fl)
    return {
        "path": str(fl.path),
        "name": fl.name,
        "applied": len(fl.filters) - unkeyed,
        "procedural": len(getattr(fl, "procedural", ())),
        "not_applied": missing,
        "examples": {kind: {"line": line, "text": text} for kind, (line, text) in sorted(examples.items())},
    }


def _list_summary(fl) -> str:
    """One list in `check`: what is applied, and every kind of line that is not, with its first line."""
    unkeyed, missing, examples = not_applied_of(fl)
    procedural = len(getattr(fl, "procedural", ()))
    out = [f"{fl.path}: list {fl.name!r}: {len(fl.filters) - unkeyed} element-hiding filter(s) applied"
           + (f", {procedural} procedural / HTML filter(s)" if procedural else "")]
    if missing:
        out.append("  not applied: " + ", ".join(f"{kind} {n}" for kind, n in sorted(missing.items(), key=lambda kv: -kv[1])))
        for kind, (line, text) in sorted(examples.items()):
            out.append(f"    {fl.path}:{line}: {kind}: {text[:100]}")
    return "\n".join(out)
