"""Plain element hiding (`##`) against a reference: on the corpus pages, the elements newsclean's list
index finds for a page equal those the selectors adblock-rust returns for the page's URL find
(`url_cosmetic_resources` + `hidden_class_id_selectors` with the page's classes and ids), both
evaluated with the same cssselect on the same parse. Prints every difference with why.

    python -m bench.lists_reference [--limit N] [--show N]

Needs the `adblock` package (the `test` extra) and ../shared/filters.
"""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from pathlib import Path

import lxml.etree
import lxml.html

from bench.common import corpus_pages
from newsclean.engine.book.listindex import ListIndex, index_key
from newsclean.engine.listmatch import find_xpath
from newsclean.engine.lists import matches
from newsclean.engine.page import Page, host_of
from newsclean.rules.filterlist import load_lists

FILTERS = Path(__file__).resolve().parents[1].parent / "shared" / "filters"

# Lines the reference is built without, and why: adblock-rust 0.6.0 reads a `domain=` option that
# lists excluded subdomains (`domain=activo.mx|~www.activo.mx`) as matching every site, so
# `@@*$ghide,domain=...` would switch generic hiding off on all pages (checked: its
# url_cosmetic_resources says generichide for https://example.com/).
def _misread(line: str) -> bool:
    return line.startswith("@@*$") and "domain=" in line and "~" in line


# Why an element is found by one side only.
WHY = {
    "unkeyed": "generic selector naming no id or class: not applied by newsclean yet (README: Filter lists)",
    "generic-exception": "a site filter whose selector a generic exception (`#@#sel`) names: newsclean holds it "
    "off everywhere, adblock-rust 0.6.0 only the generic filters",
    "procedural": "a procedural or HTML filter (`:has-text()`, `:has(> ...)`, `##^`): adblock-rust returns those "
    "apart from its hiding selectors, so they are not part of this comparison of plain `##` filters",
    "other": "not explained",
}


def build(filters: Path = FILTERS):
    """(newsclean's ListIndex, adblock-rust's Engine, the lines left out of the reference)."""
    import adblock  # test-only dependency

    sources = sorted(filters.rglob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        for source in sources:
            (Path(tmp) / source.name).symlink_to(source)
        lists, _failed = load_lists(Path(tmp))
        index = ListIndex(lists)
    rules = adblock.FilterSet()
    left_out = []
    for source in sources:  # every file: adblock-rust does not follow `!#include`, so the included ones too
        lines = source.read_text(encoding="utf-8", errors="replace").splitlines()
        left_out += [(source.stem, n, line) for n, line in enumerate(lines, 1) if _misread(line)]
        rules.add_filter_list("\n".join(line for line in lines if not _misread(line)))
    return index, adblock.Engine(rules), left_out


def compare_page(index, engine, url: str, data: bytes) -> list[tuple[str, str, str]]:
    """[(side "newsclean" | "adblock-rust", selector, why)] for the elements one side finds only."""
    try:
        root = lxml.html.document_fromstring(data)
    except (lxml.etree.ParserError, ValueError):
        return []
    ours = {el: entry for el, (entry, _remove) in matches(Page(root, url), index.for_host(host_of(url))).items()}
    found = engine.url_cosmetic_resources(url)
    selectors = set(found.hide_selectors)
    if not found.generichide:
        classes = {name for value in root.xpath("//@class") for name in value.split()}
        ids = {value.strip() for value in root.xpath("//@id") if value.strip()}
        selectors |= set(engine.hidden_class_id_selectors(sorted(classes), sorted(ids), found.exceptions))
    theirs: dict = {}
    for selector in sorted(selectors):
        find = find_xpath(selector)
        for el in find(root) if find is not None else ():
            if isinstance(el, lxml.etree._Element):
                theirs.setdefault(el, selector)
    out = []
    for el, entry in ours.items():
        if el not in theirs:
            # a procedural filter's entry holds its whole line as its selector; a plain one its CSS
            out.append(("newsclean", entry.selector, "procedural" if entry.selector == entry.text else "other"))
    for el, selector in theirs.items():
        if el not in ours:
            if index_key(selector) is None:
                why = "unkeyed"
            elif selector in index.excepted_everywhere:
                why = "generic-exception"
            else:
                why = "other"
            out.append(("adblock-rust", selector, why))
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.lists_reference", description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N corpus pages")
    parser.add_argument("--show", type=int, default=15, help="selectors to show for each reason")
    args = parser.parse_args(argv)
    if not FILTERS.is_dir():
        print(f"skipped: {FILTERS} is absent (the shared filter lists sit beside the checkout)")
        return 0
    pages = corpus_pages(args.limit)
    index, engine, left_out = build()
    for name, number, line in left_out:
        print(f"left out of the reference: {name}:{number}: {line[:120]} (adblock-rust misreads its domain= option)")
    found = Counter()
    pages_with = Counter()
    for _pid, url, data in pages:
        diffs = compare_page(index, engine, url, data)
        found.update((side, why, sel) for side, sel, why in diffs)
        pages_with.update({(side, why) for side, _sel, why in diffs})
    total = Counter()
    for (side, why, _sel), n in found.items():
        total[(side, why)] += n
    print(f"pages: {len(pages)}; elements found by one side only: {sum(total.values())}")
    for (side, why), n in sorted(total.items(), key=lambda kv: -kv[1]):
        print(f"\n{n} element(s) on {pages_with[(side, why)]} page(s) found only by {side}: {WHY[why]}")
        top = sorted(((c, sel) for (s, w, sel), c in found.items() if (s, w) == (side, why)), reverse=True)
        for c, sel in top[: args.show]:
            print(f"  {c:5d}  {sel[:110]}")
    unexplained = sum(n for (side, why), n in total.items() if why == "other")
    print(f"\nunexplained differences: {unexplained}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
