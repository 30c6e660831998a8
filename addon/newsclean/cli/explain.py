"""`newsclean explain --url URL PAGE.html`: which rules apply to a URL and what each did on a page.

Exit status: 0 explained, 1 the page's cleaning failed (the report says why), 2 usage.
"""

from __future__ import annotations

from ..engine.book.model import brief
from ..engine.cleaner import clean
from ..engine.page import host_of
from .common import FINDINGS, OK, json_option, load_book, read_input, rules_options, write_json


def register(sub) -> None:
    p = sub.add_parser("explain", help="which rules apply to a URL and what each did on a page",
                       description="Which rules apply to a URL and what each did on a page. Exit 0 explained, "
                       "1 the page's cleaning failed, 2 usage.")
    rules_options(p)
    p.add_argument("input", metavar="INPUT.html")
    p.add_argument("--url", required=True)
    json_option(p, "the full report")
    p.set_defaults(func=cmd_explain)


def cmd_explain(args) -> int:
    data = read_input("explain", args.input)
    if data is None:
        return 2
    book = load_book(args)
    plan = book.plan_for(host_of(args.url))
    result = clean(data, args.url, book, plan=plan, explain=True)
    report = result.report
    status = FINDINGS if report.status == "error" else OK
    if args.json:
        write_json("-", report.to_dict())
        return status
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
    return status


def _shorten(text: str) -> str:
    """A rule's description with its long values (a regex of 1,000 characters) cut to their start:
    each of its conditions ("; " between them) on its own."""
    return "; ".join(brief(part) for part in text.split("; "))
