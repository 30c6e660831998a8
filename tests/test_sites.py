"""Fixture folders: one page a case, with the text that must go and the text that must stay.

    tests/sites/<case>/source.html   the page, bytes as a server sends them
    tests/sites/<case>/case.toml     url = "..."; must_go / must_stay: texts of the page as a reader
        gets it (whitespace-normalised). Optional:
          source = "<path under ../shared>"   instead of source.html
          charset = "<HTTP charset>"          as a Content-Type header would give it
          rules = "<folder in the case>"      site files loaded after the bundled ones (a user's --rules)
          by / not_by = [rule names]          rules that must act / must not act here
          gone_selectors / kept_selectors     CSS that matches before and must not / must match after
          links_gone / links_kept             hrefs that must stop / stay being links
          actions = [...]                     the only actions default rules may take here
          paragraphs_after = N                <p> count after cleaning

Texts are compared on the page as parsed by the engine (so content after </html> counts, as it
does in a browser). Fixing a page comes with a new folder here.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from newsclean.engine import document
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.engine.page import normalise
from newsclean.rules.folders import rule_dirs

from .conftest import SHARED, need_shared
from .corpus.pages import page_text

SITES = Path(__file__).parent / "sites"
CASES = sorted(p.name for p in SITES.iterdir() if (p / "case.toml").exists())


def load_case(name: str):
    folder = SITES / name
    case = tomllib.loads((folder / "case.toml").read_text(encoding="utf-8"))
    return case, folder


def run_case(name: str):
    case, folder = load_case(name)
    if "source" in case:  # a page of the case's folder or a neighbour's, else one of ../shared
        local = folder / case["source"]
        data = (local if local.exists() else need_shared(SHARED / case["source"])).read_bytes()
    else:
        data = (folder / "source.html").read_bytes()
    book = RuleBook.load(rule_dirs(folder / case["rules"]) if "rules" in case else rule_dirs())
    assert not book.errors, [str(e) for e in book.errors]
    return case, data, clean(data, case["url"], book, http_charset=case.get("charset"))


def _root(data: bytes):
    return document.parse(data)[0]


def _links(data: bytes) -> set[str]:
    return {a.get("href") for a in _root(data).iter("a") if a.get("href")}


@pytest.mark.parametrize("name", CASES)
def test_site_case(name):
    case, data, result = run_case(name)
    before, after = page_text(_root(data)), page_text(_root(result.body))
    for text in case.get("must_go", []):
        assert normalise(text) in before, f"fixture error: {text!r} is not in the page to begin with"
        assert normalise(text) not in after, f"{name}: still there: {text!r}"
    for text in case.get("must_stay", []):
        assert normalise(text) in before, f"fixture error: {text!r} is not in the page to begin with"
        assert normalise(text) in after, f"{name}: lost: {text!r}"

    acted = {o.rule.split(":", 1)[-1] for o in result.report.rules if o.applied}
    for rule in case.get("by", []):
        assert rule in acted, f"{name}: rule {rule!r} did nothing ({sorted(acted)} did)"
    for rule in case.get("not_by", []):
        assert rule not in acted, f"{name}: rule {rule!r} acted"
    for selector in case.get("gone_selectors", []):
        assert _root(data).cssselect(selector), f"fixture error: {selector!r} matches nothing to begin with"
        assert not _root(result.body).cssselect(selector), f"{name}: {selector!r} still there"
    for selector in case.get("kept_selectors", []):
        assert _root(data).cssselect(selector), f"fixture error: {selector!r} matches nothing to begin with"
        assert _root(result.body).cssselect(selector), f"{name}: {selector!r} gone"
    links_before, links_after = _links(data), _links(result.body)
    for href in case.get("links_gone", []):
        assert href in links_before, f"fixture error: no link to {href}"
        assert href not in links_after, f"{name}: still a link: {href}"
    for href in case.get("links_kept", []):
        assert href in links_before and href in links_after, f"{name}: link lost: {href}"
    if "actions" in case:
        taken = {r.action for r in result.report.removals if r.rule.startswith("_default:")}
        assert taken <= set(case["actions"]), f"{name}: {taken}"
    if "paragraphs_after" in case:
        assert len(_root(result.body).findall(".//p")) == case["paragraphs_after"]


def test_the_repos_seed_page_is_the_shared_one():
    shared = need_shared(SHARED / "seed" / "globalnation-rubio.html")
    assert (SITES / "inquirer-seed" / "globalnation-rubio.html").read_bytes() == shared.read_bytes()
