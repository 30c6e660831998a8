"""The engine: page bytes + URL + rule book → cleaned bytes + report.

Knows nothing of HTTP or mitmproxy. Never raises on page input: whatever goes wrong, the caller gets
the original bytes back and a report that says why ("fail open").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import lxml.html

from . import document, lists
from .book.kinds import MARK_CLASS
from .book.model import Rule
from .book.rulebook import RuleBook, SitePlan
from .guard import Guard, Take
from .page import Page, host_of
from .report import Removal, Report, RuleOutcome, describe_element, snippet

log = logging.getLogger(__name__)

# Marked elements stay in the page, dimmed and labelled, so a reader can see what a rule flagged.
MARK_STYLE = (
    f".{MARK_CLASS}{{opacity:.45;outline:1px dashed #c60;outline-offset:2px}}"
    f".{MARK_CLASS}:hover{{opacity:1}}"
)


@dataclass(frozen=True)
class CleanResult:
    body: bytes
    changed: bool
    encoding: str | None  # the charset `body` is in (always utf-8 when changed)
    report: Report


def clean(
    data: bytes,
    url: str,
    book: RuleBook,
    *,
    http_charset: str | None = None,
    plan: SitePlan | None = None,
    extra_rules: tuple[Rule, ...] = (),
    mode: str | None = None,
    explain: bool = False,
    trace: bool = False,
) -> CleanResult:
    """Clean one page. ``mode`` ("clean" | "reader") overrides the site's setting for this call;
    ``explain`` says in each report entry of a rule that did nothing which condition left no match;
    ``trace`` gives the report a `Trace`: where in the page as parsed each removal's element was."""
    plan = plan or book.plan_for(host_of(url))
    report = Report(url=url, site=plan.site, files=plan.files, mode=mode or plan.settings.mode)
    if not plan.settings.enabled:
        report.status, report.detail = "skipped", "site switched off in its rule file (enabled = false)"
        return CleanResult(data, False, None, report)
    try:
        parsed = document.parse_page(data, http_charset)
    except document.NotAPage as err:
        report.status, report.detail = "skipped", str(err)
        return CleanResult(data, False, None, report)
    except Exception as err:  # noqa: BLE001 - fail open on anything the parser throws
        log.warning("newsclean: cannot parse %s: %r", url, err)
        report.status, report.detail = "error", f"parse failed: {err!r}"
        return CleanResult(data, False, None, report)
    root, encoding = parsed.root, parsed.encoding
    report.encoding = encoding.codec
    if trace:
        from .trace import Trace

        report.trace = Trace(root)
    try:
        rules = plan.rules + tuple(extra_rules)
        prefilter = plan.prefilter
        if extra_rules:
            rules = tuple(sorted(rules, key=lambda r: r.action_name != "keep"))
            prefilter = None  # proposed rules are not in the plan's prefilter
        host_lists = _host_lists(book, plan.settings, url)
        page = Page(root, url, plan.article_xpath, prefilter=prefilter, list_keys=host_lists)
        if not encoding.codec.startswith(("utf-16", "utf-32")):
            page.raw = data
        guard = Guard(page, plan.settings.guard)
        apply_rules(page, rules, guard, report, explain)
        settings = plan.settings
        hidden_by_lists = _apply_lists(page, host_lists, settings, guard, report)
        # The detector is one of the default rules: where they apply (and the site does not
        # switch it off), it runs — on cleaned pages; a reader page is the story extracted whole.
        if settings.detect and plan.defaults_in_force and "detect" not in settings.disable and report.mode != "reader":
            from . import detect

            try:
                detect.apply(
                    page,
                    detect.Settings(remove=settings.detect_remove, mark=settings.detect_mark),
                    report,
                    MARK_CLASS,
                    guard,
                )
            except Exception as err:  # noqa: BLE001 - the detector fails open alone: the rules' work stays
                log.exception("newsclean: the junk detector failed on %s", url)
                report.rules.append(
                    RuleOutcome(rule="detect", reason="Junk found by its shape and role (detector)",
                                description="", note=f"failed, nothing done: {err!r}")
                )
        if plan.settings.stray != "off":
            from . import stray  # only pages of sites that switch it on pay for the import

            stray.apply(page, plan.settings.stray, report, guard)
        if report.mode == "reader":
            from . import reader

            body = reader.render(page, report)
            report.status = "cleaned"
            return CleanResult(body, True, document.OUTPUT_ENCODING, report)
        if not report.removals:
            return CleanResult(data, False, encoding.codec, report)
        if report.marked:
            _add_mark_style(root)
        if hidden_by_lists:
            lists.add_hide_style(root)
        body = document.serialise(root, parsed.had_doctype)
    except Exception as err:  # noqa: BLE001 - fail open: the reader gets the original page
        log.exception("newsclean: cleaning failed for %s", url)
        report.status, report.detail = "error", f"cleaning failed: {err!r}"
        report.removals.clear()
        if report.trace is not None:
            report.trace.clear()
        return CleanResult(data, False, None, report)
    report.status = "cleaned"
    return CleanResult(body, True, document.OUTPUT_ENCODING, report)


def apply_rules(page: Page, rules, guard: Guard | float, report: Report, explain: bool = False) -> None:
    """Run each rule in order on the live tree, recording what it did or why it did nothing (with
    ``explain``, which of its conditions left no match). The guard (or its share, for a page of
    its own) holds over all the rules' removals together."""
    if not isinstance(guard, Guard):
        guard = Guard(page, guard)
    for rule in rules:
        outcome = RuleOutcome(rule=rule.id, reason=rule.reason, description=rule.describe())
        report.rules.append(outcome)
        targets = rule.targets(page)
        outcome.matched = len(targets)
        if not targets:
            outcome.note = f"no match: {rule.trace(page)}" if explain else "no match"
            continue
        dropping = rule.action_name == "drop-text"  # takes fragments: weighed once they are cut
        takes_text = rule.action.destructive and rule.action_name != "unwrap"  # unwrap keeps the words
        takes: dict = {}
        if rule.action.destructive:
            targets, takes, outcome.note = _admit(page, guard, rule, targets, takes_text)
            outcome.held = outcome.matched - len(targets)
        for el in targets:
            described = describe_element(el)
            before = page.chars(el) if dropping else 0
            text = rule.action.apply(page, el, rule)
            if text is None and rule.action_name != "keep":
                continue
            if dropping:
                cut = max(0, before - page.chars(el))
                guard.record(Take(cut, cut))
            elif takes_text:
                guard.record(takes[id(el)])
            outcome.applied += 1
            if rule.action_name != "keep":
                report.add(Removal(rule.id, rule.reason, rule.action_name, described, snippet(text or "")), el)


def _admit(page: Page, guard: Guard, rule: Rule, targets: list, takes_text: bool) -> tuple[list, dict, str]:
    """The targets a destructive rule may change: never the story's container or its frame, nothing
    a `keep` rule protects, and nothing at all when, with what the page lost already, the rule
    would take more than the guard's share of the page's text.
    (targets, what each would take by id, why some were held back)"""
    notes = []
    kept = []
    for el in targets:
        if page.is_guarded(el):
            notes.append(f"guard: would remove the page's {describe_element(el)} (article container or frame)")
        elif page.protected and page.is_protected(el):
            notes.append(f"protected by a keep rule: {describe_element(el)}")
        else:
            kept.append(el)
    if not takes_text:
        takes = {}
    elif rule.action_name == "drop-text":  # the fragments, not the elements that hold them
        takes = {id(el): Take(n, n) for el in kept for n in (rule.action.cuts(page, el),)}
    else:
        takes = {id(el): guard.take_of(el) for el in kept}
    if kept and takes_text:
        held = guard.admits(takes.values())
        if held:
            notes.append(held)
            kept = []
    return kept, takes, "; ".join(notes)


def _host_lists(book: RuleBook, settings, url: str):
    """The filter lists for this host (rules folders' lists/*.txt), or None: no list, or the site
    switches them off."""
    index = book.list_index
    if index is None or settings.lists == "off" or "lists" in settings.disable:
        return None
    host_lists = index.for_host(host_of(url))
    return host_lists or None


def _apply_lists(page: Page, host_lists, settings, guard: Guard, report: Report) -> int:
    """The lists' filters, after the rules: hidden (or removed, as the site says, or as a filter
    says); how many were hidden."""
    if host_lists is None:
        return 0
    action = "remove" if settings.lists == "remove" or report.mode == "reader" else "hide"
    return lists.apply(page, host_lists, guard, report, action, lists.disabled_by(settings.disable))


def _add_mark_style(root: lxml.html.HtmlElement) -> None:
    head = root.find("head")
    if head is None:
        return
    style = lxml.html.Element("style", id="newsclean-style")
    style.text = MARK_STYLE
    head.append(style)
