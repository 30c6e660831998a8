"""Filter lists on a page: the selectors the host's lists name, found through the page's ids,
classes and tags, hidden (or removed) within the page's guard, each recorded with its list and line.

The body's one walk (engine.text.BodyText, with the host's engine.book.listindex.HostLists) keeps the
elements that carry a key of some filter, with the filters to try on each; each is tested on that
element alone (engine.listmatch: Python for the common compound shapes, XPath for the rest), so the
cost follows the page, not the lists' size. The host's selectors without a key run from the root
(XPath), its procedural and HTML filters step by step (engine.procedural). Lists are written to
hide: a matched element stays in the page with ``data-newsclean-hidden`` and a style rule hides it
(``action = "remove"`` in a site's `[site] lists` setting takes it out; a filter with ``:remove()``
and an HTML filter take theirs out).
"""

from __future__ import annotations

import lxml.etree

from ..rules.keys import list_switch
from .book.listindex import NEEDED
from .listmatch import element_test, find_xpath
from .page import readable_text
from .report import SNIPPET_CHARS, Removal, RuleOutcome, describe_element, snippet

HIDDEN_ATTR = "data-newsclean-hidden"
HIDE_STYLE = f"[{HIDDEN_ATTR}]{{display:none!important}}"
RULE_ID = "lists"



def disabled_by(names) -> tuple[frozenset, frozenset]:
    """A site's ``disable`` entries for lists: (``list:NAME`` names, ``list:NAME:LINE`` pairs)."""
    lists, lines = set(), set()
    for entry in names:
        try:
            switch = list_switch(entry)
        except ValueError:  # refused when the file was read
            continue
        if switch is not None:
            (lists.add(switch[0]) if switch[1] is None else lines.add(switch))
    return frozenset(lists), frozenset(lines)


def matches(page, host_lists, disabled=(frozenset(), frozenset())) -> dict:
    """{element: (the first list entry that matched it, whether it goes rather than hides)}: the
    host's selectors with no key from the root, then each element the walk kept against the filters
    it was kept for, then the host's procedural and HTML filters."""
    off_lists, off_lines = disabled
    found: dict = {}

    def on(entry) -> bool:
        return (
            host_lists.applies(entry) and entry.list not in off_lists
            and not (off_lines and (entry.list, entry.line) in off_lines)
        )  # fmt: skip

    root = page.root
    for entry in host_lists.rooted:
        find = find_xpath(entry.selector)
        if find is not None and on(entry):
            for el in find(root):
                if isinstance(el, lxml.etree._Element) and el not in found:
                    found[el] = (entry, False)
    body_text = page.body_text if page.list_keys is host_lists else None
    hits = body_text.list_hits if body_text is not None else _walk(page, host_lists)
    ids = None  # the ids entries need that the page holds, gathered when such an entry is first met
    gates: dict = {}  # the ids an entry needs -> whether the page holds them all
    for groups, el in (*hits, *host_lists.link_hits(page.links)):
        if el in found:
            continue
        for entries in groups:
            for entry in entries:
                if entry.needs:
                    held = gates.get(entry.needs)
                    if held is None:
                        if ids is None:
                            ids = _needed_ids(root, hits)
                        held = gates[entry.needs] = all(i in ids for i in entry.needs)
                    if not held:
                        continue
                test = element_test(entry.selector)
                if test is not None and test(el) and on(entry):
                    found[el] = (entry, False)
                    break
            else:
                continue
            break
    if host_lists.procedural:
        from . import procedural  # only the hosts that have such filters

        for entry, spec in host_lists.procedural:
            if not on(entry):
                continue
            for el in procedural.run(spec, page):
                if el not in found or spec.remove:
                    found[el] = (entry, spec.remove)
    if found:  # the walk (and the links) may have come before the rules took things out
        found = {el: v for el, v in found.items() if page.is_attached(el)}
    return found


def _needed_ids(root, hits) -> set:
    """The ids some entry needs that the page holds: those the walk met (its hits for them start
    with NEEDED), and those of the root and its children (the body's ancestor and siblings, which
    the body's walk does not see). A compound left of a subject is an ancestor or an earlier
    sibling of it, so an entry whose ids are not all here matches nothing on the page."""
    ids = {el.get("id") for groups, el in hits if groups[0] is NEEDED}
    ids.add(root.get("id"))
    ids.update(child.get("id") for child in root)
    return ids


def _walk(page, host_lists) -> list:
    from .text import BodyText

    return BodyText(page.body, host_lists).list_hits


def apply(page, host_lists, guard, report, action: str = "hide", disabled=(frozenset(), frozenset())) -> int:
    """Hide (or remove) what the host's list filters match, within the guard; record each; how
    many were hidden (what went is not: the page needs no style for it)."""
    outcome = RuleOutcome(rule=RULE_ID, reason="Filter lists (lists/*.txt)", description=f"{action}: list filters for this host")
    report.rules.append(outcome)
    matched = matches(page, host_lists, disabled)  # element -> (the first entry that matched it, remove)
    outcome.matched = len(matched)
    if not matched:
        outcome.note = "no match"
        return 0
    # Outermost only: an element inside another that goes goes with it.
    chosen = [el for el in matched if matched.keys().isdisjoint(el.iterancestors())]
    notes = []
    done = hid = 0
    for el in chosen:
        entry, remove = matched[el]
        if page.is_guarded(el):
            notes.append(f"guard: would hide the page's {describe_element(el)} ({entry.list}:{entry.line})")
            continue
        if page.protected and page.is_protected(el):
            notes.append(f"protected by a keep rule: {describe_element(el)}")
            continue
        take = guard.take_of(el)
        held = guard.admits([take])
        if held:
            notes.append(f"{entry.list}:{entry.line}: {held}")
            continue
        described = describe_element(el)
        # take_of read the element's text: none (an empty ad slot, often) is no text for the reader either
        text = readable_text(el, SNIPPET_CHARS, page) if page.text(el) else ""
        how = "remove" if remove else action
        if how == "remove":
            page.forget_text_around(el)  # a hidden element's text stays in the tree: nothing to forget
            el.drop_tree()
        else:
            el.set(HIDDEN_ATTR, f"{entry.list}:{entry.line}")
            hid += 1
        guard.record(take)
        done += 1
        report.add(
            Removal(f"list:{entry.list}:{entry.line}", f"{entry.list} line {entry.line}: {entry.text}", how, described, snippet(text)),
            el,
        )
    outcome.applied = done
    outcome.held = len(chosen) - done
    outcome.note = "; ".join(notes[:5]) + (f" (+{len(notes) - 5} more)" if len(notes) > 5 else "")
    return hid


def add_hide_style(root) -> None:
    head = root.find("head")
    if head is None:
        return
    style = lxml.etree.SubElement(head, "style", id="newsclean-lists")
    style.text = HIDE_STYLE
