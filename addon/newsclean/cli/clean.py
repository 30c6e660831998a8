"""`newsclean clean`: clean saved pages, one (INPUT.html --url URL) or a batch (--batch LIST.tsv).

Exit status: 0 cleaned (or left as they were: skipped, nothing to remove); 1 a line of the batch
could not be read or a page's cleaning failed (the original is written); 2 usage.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..engine.cleaner import clean
from ..rules.errors import printable
from .common import FINDINGS, OK, json_option, load_book, read_input, rules_options, usage, write_json
from .progress import Progress


def register(sub) -> None:
    p = sub.add_parser("clean", help="clean saved pages", description="Clean saved pages. Exit 0 cleaned, "
                       "1 a page of the batch could not be read or cleaned, 2 usage.")
    rules_options(p)
    p.add_argument("input", nargs="?", metavar="INPUT.html", help="page to clean (- for stdin)")
    p.add_argument("--url", help="the page's URL (decides which site rules apply)")
    p.add_argument("-o", "--output", metavar="OUT.html", help="where to write the cleaned page (default stdout)")
    p.add_argument("--report", metavar="REPORT.json", help="write the report of removals as JSON")
    p.add_argument("--batch", metavar="LIST.tsv", help="clean many pages: one `path<TAB>url` a line")
    p.add_argument("--out-dir", metavar="DIR", help="with --batch: where cleaned pages go (same file names)")
    p.add_argument("--mode", choices=("clean", "reader"), help="override the site's mode")
    json_option(p, "the report (with --batch, every page's and the failures)")
    p.set_defaults(func=cmd_clean)


def cmd_clean(args) -> int:
    if args.batch:
        if not args.out_dir:
            return usage("clean", "--batch needs --out-dir")
        return _batch(args)
    if not args.input or not args.url:
        return usage("clean", "give INPUT.html and --url (or --batch LIST.tsv --out-dir DIR)")
    if args.json and (not args.output or args.output == "-"):
        return usage("clean", "with --json the report goes to stdout: give -o OUT.html for the page")
    data = read_input("clean", args.input)
    if data is None:
        return 2
    book = load_book(args)
    result = clean(data, args.url, book, mode=args.mode)
    if args.output and args.output != "-":
        Path(args.output).write_bytes(result.body)
    else:
        sys.stdout.buffer.write(result.body)
        sys.stdout.flush()
    r = result.report
    if args.report:
        write_json(args.report, r.to_dict())
    if args.json:
        write_json("-", {"output": args.output, **r.to_dict()})
    print(f"{r.status}: removed={r.removed} marked={r.marked}" + (f" ({r.detail})" if r.detail else ""), file=sys.stderr)
    return FINDINGS if r.status == "error" else OK


def _batch(args) -> int:
    batch_file = Path(args.batch)
    try:
        lines = batch_file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        return usage("clean", f"cannot read {batch_file}: {getattr(err, 'strerror', None) or err}")
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    book = load_book(args)
    todo = [(n, line) for n, line in enumerate(lines, start=1) if line.strip() and not line.startswith("#")]
    failures, reports = [], []
    with Progress(len(todo), "cleaning") as bar:
        for lineno, line in todo:
            path, sep, url = line.partition("\t")
            if not sep or not url.strip():
                failures.append({"line": lineno, "input": path, "message": "expected `path<TAB>url`"})
                bar.say(f"{batch_file}:{lineno}: expected `path<TAB>url`", file=sys.stderr)
                bar.advance()
                continue
            source = (batch_file.parent / path).resolve() if not Path(path).is_absolute() else Path(path)
            try:
                data = source.read_bytes()
            except OSError as err:
                failures.append({"line": lineno, "input": path, "message": f"cannot read: {err.strerror}"})
                bar.say(f"{batch_file}:{lineno}: cannot read {printable(path)}: {err.strerror}", file=sys.stderr)
                bar.advance()
                continue
            result = clean(data, url.strip(), book, mode=args.mode)
            target = out_dir / source.name
            target.write_bytes(result.body)
            r = result.report
            if r.status == "error":
                failures.append({"line": lineno, "input": str(source), "message": r.detail})
            reports.append({"input": str(source), "output": str(target), **r.to_dict()})
            if not args.json:
                bar.say(f"{source.name}\t{r.status}\tremoved={r.removed}\tmarked={r.marked}")
            bar.advance(source.name)
    if args.report:
        write_json(args.report, reports)
    if args.json:
        summary = {
            "pages": len(reports),
            "cleaned": sum(1 for r in reports if r["status"] == "cleaned"),
            "failed": len(failures),
        }
        write_json("-", {"pages": reports, "failures": failures, "summary": summary})
    return FINDINGS if failures else OK
