"""Where the lists' time on a page goes (`python -m bench.lists --split`): each step of the lists'
work timed on its own, on the page as the cleaner meets it, best of R runs a page, medians over the
pages.

- ``walk``: what reading each element's class and id and asking the index adds to the body's one
  walk (engine.text.BodyText with the host's lists, less the same walk without them);
- ``filters tried``: engine.lists.matches after the rules (the kept elements' filters, the links,
  the host's own unkeyed, procedural and HTML filters);
- ``hiding``: engine.lists.apply less its matches (timed once more just before: as warm as
  apply's own call), that is the guard's checks and weighing, the report's lines and the marks.
"""

from __future__ import annotations

import statistics
import time

from newsclean.engine import document, lists
from newsclean.engine.cleaner import apply_rules
from newsclean.engine.guard import Guard
from newsclean.engine.page import Page, host_of
from newsclean.engine.report import Report
from newsclean.engine.text import BodyText

STEPS = ("walk", "filters tried", "hiding")


def time_steps(data: bytes, url: str, book) -> dict[str, float]:
    """Seconds each step of the lists' work takes on one page (the walk: the added part)."""
    plan = book.plan_for(host_of(url))
    host_lists = book.list_index.for_host(host_of(url)) if book.list_index is not None else None
    parsed = document.parse_page(data)
    page = Page(parsed.root, url, plan.article_xpath, prefilter=plan.prefilter, list_keys=host_lists or None)
    t0 = time.perf_counter()
    BodyText(page.body)
    t1 = time.perf_counter()
    page.body_text  # noqa: B018 - the walk with the lists' keys, kept for the page as the cleaner keeps it
    t2 = time.perf_counter()
    BodyText(page.body)  # the plain walk once more, after: neither comes first to a cold cache every time
    t3 = time.perf_counter()
    times = {"walk": (t2 - t1) - min(t1 - t0, t3 - t2)}
    if not host_lists:
        return times
    report = Report(url=url, site=plan.site, files=plan.files, mode=plan.settings.mode)
    guard = Guard(page, plan.settings.guard)
    apply_rules(page, plan.rules, guard, report)
    disabled = lists.disabled_by(plan.settings.disable)
    t0 = time.perf_counter()
    lists.matches(page, host_lists, disabled)
    t1 = time.perf_counter()
    lists.matches(page, host_lists, disabled)  # again, as warm as apply's own call right after it
    t2 = time.perf_counter()
    lists.apply(page, host_lists, guard, report, "hide", disabled)
    t3 = time.perf_counter()
    times["filters tried"] = t1 - t0
    times["hiding"] = max(0.0, (t3 - t2) - (t2 - t1))
    return times


def split(pages, book, repeat: int) -> dict[str, float]:
    """{step: median seconds a page}, each page's best of ``repeat`` runs (a step a page lacks: 0)."""
    per_page = []
    for _id, url, data in pages:
        best: dict[str, float] = {}
        for _ in range(repeat):
            for step, seconds in time_steps(data, url, book).items():
                best[step] = min(best.get(step, seconds), seconds)
        per_page.append(best)
    return {step: statistics.median(p.get(step, 0.0) for p in per_page) for step in STEPS}
