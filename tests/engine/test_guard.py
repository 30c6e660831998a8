"""The guard over all of a page's removals together: rules one after another, the detector after
them, the stray check last — none may push the page past its share."""

from __future__ import annotations

import lxml.html
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.engine import detect, stray
from newsclean.engine.book.compile import parse_rule_text
from newsclean.engine.book.kinds import MARK_CLASS
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.engine.guard import GUARD_MIN_CHARS, Guard, Take
from newsclean.engine.page import Page, normalise
from newsclean.engine.report import Report

from .detect import pages as detect_pages

SENTENCES = [
    f"Paragraph {n} of the story says something of its own about the harbour, the council and the vote."
    for n in range(1, 13)
]
TWELVE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story</title></head><body><article>'
    "<h1>Headline</h1>" + "".join(f'<p id="p{n}">{s}</p>' for n, s in enumerate(SENTENCES, 1))
    + "</article></body></html>"
)


def book(rules: str, site: str = "") -> RuleBook:
    return RuleBook.from_files((), [parse_rule_text(site + rules, "example.com.toml", "example.com")])


def test_twelve_rules_of_one_paragraph_each_do_not_empty_the_article():
    rules = "".join(f'[[rule]]\nname = "r{n}"\nreason = "one paragraph"\ncss = "#p{n}"\n' for n in range(1, 13))
    result = clean(TWELVE.encode(), "https://example.com/a", book(rules))
    text = normalise(lxml.html.document_fromstring(result.body).text_content())
    kept = [s for s in SENTENCES if s in text]
    # 40% by default: four of twelve equal paragraphs go (33%), a fifth would make 42%.
    assert len(kept) == 8 and kept == SENTENCES[4:]
    outcomes = result.report.rules
    assert [o.applied for o in outcomes] == [1] * 4 + [0] * 8
    assert [o.held for o in outcomes] == [0] * 4 + [1] * 8
    assert "with the page's earlier removals (33%) it would take 42%" in outcomes[4].note
    assert "(limit 40%)" in outcomes[4].note
    assert len(result.report.removals) == 4


def test_unwrap_takes_no_text_and_is_not_counted():
    html = TWELVE.replace("<p id=\"p1\">", '<p id="p1"><a href="/x">link</a> ')
    rules = '[[rule]]\nreason = "links"\ncss = "#p1 a, p"\naction = "unwrap"\n'
    result = clean(html.encode(), "https://example.com/a", book(rules, site="[site]\nguard = 0.1\n"))
    assert result.report.rules[0].held == 0 and result.report.rules[0].applied == 12  # the link is in #p1


def test_drop_text_counts_what_it_cut():
    rules = (
        '[[rule]]\nname = "cut"\nreason = "cut"\ncss = "p"\ntext-contains = "harbour"\n'
        'action = "drop-text"\n'
        '[[rule]]\nname = "big"\nreason = "big"\ncss = "#p1, #p2, #p3, #p4"\n'
    )
    result = clean(TWELVE.encode(), "https://example.com/a", book(rules))
    # "harbour" cut twelve times is a few characters: the four paragraphs (33%) still fit.
    assert [o.applied for o in result.report.rules] == [12, 4]


def test_the_detector_marks_what_would_pass_the_pages_share():
    data = detect_pages.story(
        '<div><p><b>Elsewhere on the site</b></p><ul>'
        '<li><a href="/2024/04/police-prepare-for-the-festival">Police prepare for the summer festival</a></li>'
        '<li><a href="/2024/04/farmers-brace-for-a-dry-season">Farmers brace for a long dry season</a></li>'
        '<li><a href="/2024/04/port-expansion-wins-approval">Port expansion wins approval at last</a></li></ul></div>'
    )
    # Alone, the teaser box goes (its title is a paragraph: it weighs on the page's share).
    page = detect_pages.page(data)
    report = Report(url=detect_pages.URL)
    detect.apply(page, detect.Settings(), report, MARK_CLASS, Guard(page, 0.4))
    assert [r.action for r in report.removals] == ["remove"]
    # After rules took all but a few characters of the page's share, it is only marked.
    page = detect_pages.page(data)
    guard = Guard(page, 0.4)
    guard.record(Take(int(0.4 * guard.total) - 3, int(0.4 * guard.total) - 3))
    report = Report(url=detect_pages.URL)
    detect.apply(page, detect.Settings(), report, MARK_CLASS, guard)
    assert [r.action for r in report.removals] == ["mark"]
    assert report.rules[0].held == 1 and "with the page's other removals" in report.rules[0].note
    assert "Elsewhere on the site" in page.text(page.body)


def test_stray_remove_flags_what_the_guard_holds_back(seed_html, bundled_book):
    from newsclean.engine import document
    from newsclean.engine.page import host_of

    from ..conftest import SEED_URL

    page = Page(document.parse_page(seed_html).root, SEED_URL)
    guard = Guard(page, 0.4)
    guard.record(Take(int(0.4 * guard.total), int(0.4 * guard.total)))
    report = Report(url=SEED_URL)
    stray.apply(page, "remove", report, guard)
    flagged = [r for r in report.removals if r.rule == stray.RULE_ID]
    assert flagged and all(r.action == "mark" for r in flagged), [r.action for r in flagged]
    assert all("only flagged: guard" in r.reason for r in flagged)
    assert host_of(SEED_URL)  # the page's URL parsed as the cleaner does


# -- the ledger decides as one that weighed the page as it came ------------------------------------
BLOCKS = st.one_of(
    st.builds(lambda n: f"<p>{'word ' * n}</p>", st.integers(0, 80)),
    st.builds(lambda n: f"<div>{'text ' * n}<br></div>", st.integers(0, 80)),
    st.builds(lambda n, m: f"<div><p>{'a ' * n}</p><p>{'b ' * m}</p></div>", st.integers(0, 60), st.integers(0, 60)),
    st.builds(lambda n: f"<p>{'some ' * n}<a href='/x'>{'link ' * (n % 7)}</a></p>", st.integers(0, 40)),
    # libxml2 keeps the inner <p> inside the outer one here: nested paragraphs
    st.builds(lambda n, m: f"<p>{'outer ' * n}<table><tr><td><p>{'inner ' * m}</p></td></tr></table></p>",
              st.integers(0, 40), st.integers(0, 40)),
)


def _independent(elements: list) -> list:
    """Elements none of which holds another (as a rule's outermost targets are, across rules too)."""
    out = []
    for el in elements:
        if not any(o in el.iterancestors() or el in o.iterancestors() or o is el for o in out):
            out.append(el)
    return out


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(BLOCKS, min_size=1, max_size=12), st.data(), st.sampled_from([0.1, 0.4, 0.9]))
def test_the_ledger_decides_as_if_it_weighed_the_page_as_it_came(blocks, data, share):
    html = "<html><body>" + "".join(blocks) + "</body></html>"
    page = Page(lxml.html.document_fromstring(html), "https://example.com/a")
    candidates = [el for el in page.body.iter("p", "div", "table", "a") if el is not page.body]
    chosen = _independent(data.draw(st.permutations(candidates))) if candidates else []
    cuts = sorted(data.draw(st.lists(st.integers(0, len(chosen)), max_size=4)))
    groups = [chosen[a:b] for a, b in zip([0, *cuts], [*cuts, len(chosen)]) if chosen[a:b]]
    # The reference weighs every group on a copy nothing was removed from.
    ref = Page(lxml.html.document_fromstring(html), "https://example.com/a")
    by_path = {ref.root.getroottree().getpath(el): el for el in ref.root.iter()}
    ref_guard = Guard(ref, share)
    total = ref_guard.total
    path = page.root.getroottree().getpath
    twin = {el: by_path[path(el)] for el in chosen}  # paths change as elements go: taken first
    guard = Guard(page, share)
    taken = 0
    for group in groups:
        ref_weight = sum(ref_guard.weight(ref_guard.take_of(twin[el])) for el in group)
        blocked = bool(total) and taken + ref_weight > share * total and taken + ref_weight > GUARD_MIN_CHARS
        takes = [guard.take_of(el) for el in group]
        held = guard.admits(takes)
        assert bool(held) == blocked, (held, taken, ref_weight, total)
        if not held:
            taken += ref_weight
            for el, take in zip(group, takes):
                page.forget_text_around(el)
                el.drop_tree()
                guard.record(take)
