"""`newsclean` — the command line face of the engine (and the launcher of the proxy)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .. import __version__
from ..edit.editor import default_user_rules_dir
from ..engine.book.model import brief
from ..engine.book.rulebook import RuleBook
from ..engine.cleaner import clean
from ..engine.page import host_of
from ..rules.cases import missing_cases
from ..rules.folders import BUNDLED_RULES, rule_dirs
from . import snapshot as snapshot_command
from . import test as test_command


def _user_dir(args):
    """The user's rule folder: --rules, else the one the proxy and the extension use
    (~/.config/newsclean/rules) when it exists — every command reads the same rules."""
    if args.rules is not None:
        return args.rules
    folder = default_user_rules_dir()
    return folder if folder.is_dir() else None


def _dirs(args) -> list:
    return rule_dirs(_user_dir(args), bundled=not args.no_bundled)




def _load_book(args) -> RuleBook:
    book = RuleBook.load(_dirs(args))
    for err in book.errors:
        print(err.render(), file=sys.stderr)
    return book


def _write_json(path: str, data) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if path == "-":
        sys.stdout.write(text)
    else:
        Path(path).write_text(text, encoding="utf-8")


def cmd_clean(args) -> int:
    book = _load_book(args)
    if args.batch:
        if not args.out_dir:
            print("newsclean clean: --batch needs --out-dir", file=sys.stderr)
            return 2
        out_dir = Path(args.out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        failures = 0
        reports = []
        batch_file = Path(args.batch)
        for lineno, line in enumerate(batch_file.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            path, sep, url = line.partition("\t")
            if not sep or not url.strip():
                print(f"{batch_file}:{lineno}: expected `path<TAB>url`", file=sys.stderr)
                failures += 1
                continue
            source = (batch_file.parent / path).resolve() if not Path(path).is_absolute() else Path(path)
            try:
                data = source.read_bytes()
            except OSError as err:
                print(f"{batch_file}:{lineno}: cannot read {path}: {err.strerror}", file=sys.stderr)
                failures += 1
                continue
            result = clean(data, url.strip(), book, mode=args.mode)
            (out_dir / source.name).write_bytes(result.body)
            reports.append({"input": str(source), **result.report.to_dict()})
            print(f"{source.name}\t{result.report.status}\tremoved={result.report.removed}\tmarked={result.report.marked}")
        if args.report:
            _write_json(args.report, reports)
        return 1 if failures else 0

    if not args.input or not args.url:
        print("newsclean clean: give INPUT.html and --url (or --batch LIST.tsv --out-dir DIR)", file=sys.stderr)
        return 2
    try:
        data = Path(args.input).read_bytes() if args.input != "-" else sys.stdin.buffer.read()
    except OSError as err:
        print(f"newsclean clean: cannot read {args.input}: {err.strerror}", file=sys.stderr)
        return 2
    result = clean(data, args.url, book, mode=args.mode)
    if args.output and args.output != "-":
        Path(args.output).write_bytes(result.body)
    else:
        sys.stdout.buffer.write(result.body)
    if args.report:
        _write_json(args.report, result.report.to_dict())
    r = result.report
    print(f"{r.status}: removed={r.removed} marked={r.marked}" + (f" ({r.detail})" if r.detail else ""), file=sys.stderr)
    return 0


def cmd_check(args) -> int:
    book = RuleBook.load(_dirs(args))
    for err in book.errors:
        print(err.render())
    warnings = (*book.warnings, *missing_cases(book))  # NC021: a site file whose site has no test case
    for warning in warnings:
        print(warning.render().replace(f" {warning.code} ", f" {warning.code} warning: ", 1))
    for fl in book.lists:
        print(_list_summary(fl))
    rules = sum(len(f.rules) for f in book.files)
    warned = f", {len(warnings)} warning(s)" if warnings else ""
    print(f"{len(book.files)} file(s), {rules} rule(s), {len(book.errors)} error(s){warned}")
    return 1 if book.errors else 0


def _list_summary(fl) -> str:
    """One list in `check`: what is applied, and every kind of line that is not, with its first line."""
    from ..engine.book.listindex import index_key
    from ..rules.filterlist import split_selector_list

    unkeyed = [
        (f.line, f.text) for f in fl.filters if f.generic and not f.exception
        for sel in split_selector_list(f.selector) if index_key(sel) is None
    ]  # fmt: skip
    applied = len(fl.filters) - len(unkeyed)
    procedural = len(getattr(fl, "procedural", ()))
    out = [f"{fl.path}: list {fl.name!r}: {applied} element-hiding filter(s) applied"
           + (f", {procedural} procedural / HTML filter(s)" if procedural else "")]
    missing = dict(fl.not_applied)
    examples = dict(fl.examples)
    if unkeyed:
        missing["generic-without-key"] = len(unkeyed)
        examples["generic-without-key"] = unkeyed[0]
    if missing:
        out.append("  not applied: " + ", ".join(f"{kind} {n}" for kind, n in sorted(missing.items(), key=lambda kv: -kv[1])))
        for kind, (line, text) in sorted(examples.items()):
            out.append(f"    {fl.path}:{line}: {kind}: {text[:100]}")
    return "\n".join(out)


def cmd_explain(args) -> int:
    book = _load_book(args)
    try:
        data = Path(args.input).read_bytes()
    except OSError as err:
        print(f"newsclean explain: cannot read {args.input}: {err.strerror}", file=sys.stderr)
        return 2
    plan = book.plan_for(host_of(args.url))
    result = clean(data, args.url, book, plan=plan, explain=True)
    report = result.report
    if args.json:
        _write_json("-", report.to_dict())
        return 0
    print(f"URL: {args.url}")
    print(f"site file: {plan.site or '(none: default rules only)'}")
    for f in plan.files:
        print(f"  applies: {f}")
    s = plan.settings
    if not s.enabled:
        print("  the site is switched off (enabled = false): pages pass through untouched")
    if not s.defaults:
        print("  default rules are off for this site (defaults = false)")
    elif s.disable:
        print(f"  default rules switched off here: {', '.join(sorted(s.disable))}")
    print(f"result: {report.status}" + (f" ({report.detail})" if report.detail else "") + f", encoding {report.encoding}")
    by_rule: dict[str, list] = {}
    for removal in report.removals:
        # The detector's removals are named by kind (detect:ad, detect:teaser): listed under it.
        key = "detect" if removal.rule.startswith("detect:") else "lists" if removal.rule.startswith("list:") else removal.rule
        by_rule.setdefault(key, []).append(removal)
    for outcome in report.rules:
        print(f"\n{outcome.rule} — {_shorten(outcome.reason)}")
        print(f"  {_shorten(outcome.description)}")
        done = by_rule.get(outcome.rule, [])
        if not done:
            why = outcome.note or ("matched, but nothing changed" if outcome.matched else "no match")
            print(f"  did nothing: {why}")
        for removal in done:
            text = removal.text if len(removal.text) <= 120 else removal.text[:119] + "…"
            print(f"  {removal.action} {removal.element}: {text!r}")
            if removal.rule.startswith(("detect:", "list:")):
                print(f"    why: {removal.reason.split(': ', 1)[-1] if removal.rule.startswith('detect:') else removal.reason}")
        if done and outcome.note:
            print(f"  note: {_shorten(outcome.note)}")
    stray = [r for r in report.removals if r.rule not in {o.rule for o in report.rules} and not r.rule.startswith(("detect:", "list:"))]
    for removal in stray:
        print(f"\n{removal.rule}: {removal.action} {removal.element}: {removal.text[:120]!r}")
    return 0




def _shorten(text: str) -> str:
    """A rule's description with its long values (a regex of 1,000 characters) cut to their start:
    each of its conditions ("; " between them) on its own."""
    return "; ".join(brief(part) for part in text.split("; "))


def cmd_run(args) -> int:
    from ..proxy.run import run_proxy  # mitmproxy is only imported by the commands that need it

    return run_proxy(args)


def cmd_trust(args) -> int:
    from .trust import cmd_trust

    return cmd_trust(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsclean", description="Read news without the injected junk.")
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def rules_options(p):
        p.add_argument(
            "--rules", metavar="DIR",
            help=f"your rule folder; its files extend or override the bundled ones ({BUNDLED_RULES});"
            " default: the proxy's, ~/.config/newsclean/rules, when it exists",
        )
        p.add_argument("--no-bundled", action="store_true", help="load only --rules, not the bundled rules")

    p = sub.add_parser("clean", help="clean saved pages")
    rules_options(p)
    p.add_argument("input", nargs="?", metavar="INPUT.html", help="page to clean (- for stdin)")
    p.add_argument("--url", help="the page's URL (decides which site rules apply)")
    p.add_argument("-o", "--output", metavar="OUT.html", help="where to write the cleaned page (default stdout)")
    p.add_argument("--report", metavar="REPORT.json", help="write the report of removals as JSON")
    p.add_argument("--batch", metavar="LIST.tsv", help="clean many pages: one `path<TAB>url` a line")
    p.add_argument("--out-dir", metavar="DIR", help="with --batch: where cleaned pages go (same file names)")
    p.add_argument("--mode", choices=("clean", "reader"), help="override the site's mode")
    p.set_defaults(func=cmd_clean)

    p = sub.add_parser("check", help="lint every rule file; exit 1 on any error")
    rules_options(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("explain", help="which rules apply to a URL and what each did on a page")
    rules_options(p)
    p.add_argument("input", metavar="INPUT.html")
    p.add_argument("--url", required=True)
    p.add_argument("--json", action="store_true", help="print the full report as JSON")
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser("run", help="start the cleaning proxy")
    rules_options(p)
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--listen-host", default="127.0.0.1")
    p.add_argument("--all-sites", action="store_true", help="clean every HTML page with the default rules")
    p.add_argument("--site", action="append", default=[], metavar="DOMAIN",
                   help="an extra news domain to clean with the default rules (repeatable)")
    p.add_argument("--unlisted-mode", choices=("clean", "reader"), default="clean",
                   help="how to serve sites without a rule file of their own (--site, --all-sites): cleaned, "
                        "or as a reader page")
    p.add_argument("--confdir", help="mitmproxy's folder for its CA certificate (default ~/.mitmproxy)")
    said = p.add_mutually_exclusive_group()
    said.add_argument("-q", "--quiet", dest="verbosity", action="store_const", const="quiet", default="default",
                      help="after the banner, only warnings and errors (no line a cleaned page)")
    said.add_argument("-v", "--verbose", dest="verbosity", action="store_const", const="verbose",
                      help="mitmproxy's own lines too (every client and server connect and disconnect)")
    p.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", dest="set",
                   help="any newsclean_* or mitmproxy option, as mitmdump's --set takes it (repeatable), "
                        "e.g. --set newsclean_budget_ms=2000")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("trust", help="make Chromium/Chrome and Firefox on Linux trust the proxy's CA (certutil)")
    p.add_argument("--print", action="store_true", help="print the commands instead of running them; change nothing")
    p.add_argument("--confdir", help="mitmproxy's folder with the CA, as given to `newsclean run` (default ~/.mitmproxy)")
    p.set_defaults(func=cmd_trust)

    test_command.register(sub, rules_options)
    snapshot_command.register(sub, rules_options)
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
