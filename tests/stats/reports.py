"""Engine reports to record: real ``Report`` values, as the cleaner makes them."""

from __future__ import annotations

from newsclean.engine.report import Removal, Report, RuleOutcome


def report(*acted: tuple[str, int], held: tuple[tuple[str, int], ...] = (), idle: tuple[str, ...] = ()) -> Report:
    """A page's report: each (rule id, n) removed n elements; ``held``: (rule id, n) held back by the
    guard; ``idle``: rules that ran and matched nothing. Ids starting with ``list:`` are list filters."""
    out = Report("https://news.example.com/story", status="cleaned")
    for rule, n in acted:
        out.removals.extend(Removal(rule, "why", "remove", "div.ad", f"junk {i}") for i in range(n))
        if not rule.startswith("list:"):
            out.rules.append(RuleOutcome(rule, "why", "css", matched=n, applied=n))
    for rule, n in held:
        out.rules.append(RuleOutcome(rule, "why", "css", matched=n, held=n, note="guard"))
    for rule in idle:
        out.rules.append(RuleOutcome(rule, "why", "css", note="no match"))
    if any(rule.startswith("list:") for rule, _ in acted):
        out.rules.append(RuleOutcome("lists", "Filter lists", "hide", matched=99, applied=99))
    return out
