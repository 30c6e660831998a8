"""`python -m bench.engine --by-rule`: every step of cleaning a page is timed, each rule on its own."""

from __future__ import annotations

import tomllib

from bench.common import interleaved_times
from bench.engine import by_rule, time_by_step
from newsclean.engine.page import host_of

from ..conftest import REPO

CASE = REPO / "tests" / "sites" / "default-spam-hidden"


def case_page() -> tuple[str, bytes]:
    case = tomllib.loads((CASE / "case.toml").read_text(encoding="utf-8"))
    return case["url"], (CASE / "source.html").read_bytes()


def test_every_rule_of_the_plan_is_timed_between_parse_and_serialise(bundled_book):
    url, data = case_page()
    times = time_by_step(data, url, bundled_book)
    rules = [rule.id for rule in bundled_book.plan_for(host_of(url)).rules]
    # the detector runs after the rules, as in the cleaner
    assert list(times) == ["parse", "text walk + prefilter", *dict.fromkeys(rules), "detector", "serialise"]


def test_by_rule_gives_means_a_page_dearest_first(bundled_book):
    url, data = case_page()
    steps = by_rule([("a", url, data), ("b", url, data)], bundled_book, repeat=2)
    means = [mean_ms for _step, mean_ms in steps]
    assert means == sorted(means, reverse=True)
    assert {step for step, _ in steps} >= {"parse", "serialise", "_default:hidden-link-block"}


def test_interleaved_times_read_the_clock_they_are_given():
    # (--cpu passes time.thread_time: the engine's own CPU time on a shared machine)
    ticks = iter(range(0, 1000, 2))  # each reading 2 later than the one before
    times = interleaved_times([lambda p: None, lambda p: None], ["a", "b", "c"], repeat=2, clock=lambda: next(ticks))
    assert times == [[2, 2, 2], [2, 2, 2]]
