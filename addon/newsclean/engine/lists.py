"""Filter lists on a page: the selectors the host's lists name, found through the page's ids and
classes, hidden (or removed) within the page's guard, each recorded with its list and line.

Generic selectors are looked up by the id or class they need (rules.filterlist.ListIndex): only those
whose key the page carries are tried, so the cost follows the page, not the lists' size. A
selector is compiled once (cssselect → XPath) and kept; one that cssselect cannot read is skipped.
Lists are written to hide: a matched element stays in the page with ``data-newsclean-hidden`` and
a style rule hides it (``action = "remove"`` in a site's `[site] lists` setting takes it out).
"""

from __future__ import annotations

import functools
import re

import cssselect
import lxml.etree

from .page import readable_text
from .report import SNIPPET_CHARS, Removal, RuleOutcome, describe_element, snippet

HIDDEN_ATTR = "data-newsclean-hidden"
HIDE_STYLE = f"[{HIDDEN_ATTR}]{{display:none!important}}"
RULE_ID = "lists"

_CLASSES = lxml.etree.XPath("//@class")
_IDS = lxml.etree.XPath("//@id")
_TRANSLATOR = cssselect.HTMLTranslator()


_COMBINATOR = re.compile(r"[\s>+~]")


@functools.lru_cache(maxsize=20000)
def compiled(selector: str) -> tuple[lxml.etree.XPath, lxml.etree.XPath | None] | None:
    """The selector compiled: an XPath finding its matches from the root, and, for a selector of one
    compound (`div.ad[data-x]`), one testing an element itself (tried only on the elements carrying
    its key). None when cssselect or libxml2 cannot take it (a pseudo-class only a browser knows):
    it is skipped."""
    alone = not _COMBINATOR.search(re.sub(r"\[[^\]]*\]|\([^)]*\)|\"[^\"]*\"|'[^']*'", "", selector.strip()))
    try:
        find = lxml.etree.XPath(_TRANSLATOR.css_to_xpath(selector))
        test = lxml.etree.XPath(_TRANSLATOR.css_to_xpath(selector, prefix="self::")) if alone else None
        return find, test
    except (cssselect.SelectorError, lxml.etree.XPathError, ValueError, TypeError):
        return None


def elements_by_key(root) -> dict[str, list]:
    """The page's elements by the keys the index uses: ``#id``, ``.class`` (one walk each over the
    page's id and class attributes, in C)."""
    by_key: dict[str, list] = {}
    for value in _IDS(root):
        name = value.strip()
        if name:
            by_key.setdefault("#" + name, []).append(value.getparent())
    for value in _CLASSES(root):
        el = value.getparent()
        for name in value.split():
            by_key.setdefault("." + name, []).append(el)
    return by_key


def matches(host_lists, root) -> dict:
    """{element: the first list entry that matched it}: the host's own selectors from the root,
    the generic ones only where the page carries their id or class, on the elements that carry it."""
    found: dict = {}

    def take(entry, elements) -> None:
        for el in elements:
            if isinstance(el, lxml.etree._Element) and el not in found:
                found[el] = entry

    for entry in host_lists.specific:
        forms = compiled(entry.selector)
        if forms is not None:
            take(entry, forms[0](root))
    generic = host_lists.generic
    if generic:
        by_key = elements_by_key(root)
        for key in by_key.keys() & generic.keys():
            for entry in generic[key]:
                if not host_lists.applies(entry):
                    continue
                forms = compiled(entry.selector)
                if forms is None:
                    continue
                find, test = forms
                take(entry, [el for el in by_key[key] if test(el)] if test is not None else find(root))
    return found


def apply(page, host_lists, guard, report, action: str = "hide") -> int:
    """Hide (or remove) what the host's list filters match, within the guard; record each."""
    outcome = RuleOutcome(rule=RULE_ID, reason="Filter lists (lists/*.txt)", description=f"{action}: list filters for this host")
    report.rules.append(outcome)
    matched = matches(host_lists, page.root)  # element -> the first entry that matched it
    outcome.matched = len(matched)
    if not matched:
        outcome.note = "no match"
        return 0
    # Outermost only: an element inside another that goes goes with it.
    chosen = [el for el in matched if not any(a in matched for a in el.iterancestors())]
    notes = []
    done = 0
    for el in chosen:
        entry = matched[el]
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
        text = readable_text(el, SNIPPET_CHARS)
        page.forget_text_around(el)
        if action == "remove":
            el.drop_tree()
        else:
            el.set(HIDDEN_ATTR, f"{entry.list}:{entry.line}")
        guard.record(take)
        done += 1
        report.add(
            Removal(f"list:{entry.list}:{entry.line}", f"{entry.list} line {entry.line}: {entry.text}", action, described, snippet(text)),
            el,
        )
    outcome.applied = done
    outcome.held = len(chosen) - done
    outcome.note = "; ".join(notes[:5]) + (f" (+{len(notes) - 5} more)" if len(notes) > 5 else "")
    return done


def add_hide_style(root) -> None:
    head = root.find("head")
    if head is None:
        return
    style = lxml.etree.SubElement(head, "style", id="newsclean-lists")
    style.text = HIDE_STYLE
