"""Fixture folders: one page a case, with the text that must go and the text that must stay.

    tests/sites/<case>/source.html   the page, bytes as a server sends them
    tests/sites/<case>/case.toml     the keys of a rules folder's case (newsclean/rules/cases.py:
        url, must_go, must_stay, charset, by / not_by, gone_selectors / kept_selectors, links_gone /
        links_kept, actions, paragraphs_after), and two of these folders' own:
          source = "<path under ../shared>"   instead of source.html
          rules = "<folder in the case>"      site files loaded after the bundled ones (a user's --rules)

Texts are compared on the page as parsed by the engine (so content after </html> counts, as it
does in a browser), by the code `newsclean test` runs (newsclean/rules/casecheck.py). Fixing a page
comes with a new folder here, or with a case beside the rules (rules/tests/<site>/).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.edit.casecheck import check_case
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.rules.cases import parse_spec
from newsclean.rules.folders import rule_dirs

from .conftest import REPO, SHARED, need_shared

SITES = Path(__file__).parent / "sites"
CASES = sorted(p.name for p in SITES.iterdir() if (p / "case.toml").exists())


def load_case(name: str):
    folder = SITES / name
    path = folder / "case.toml"
    return parse_spec(path.read_text(encoding="utf-8"), path, extra_keys=("source", "rules")), folder


def run_case(name: str):
    """(case, page bytes, CleanResult) of a fixture folder (tests/rules/test_default_rules.py uses it too)."""
    case, folder = load_case(name)
    if "source" in case:  # a page of the case's folder or a neighbour's, else one of ../shared
        local = folder / case["source"]
        data = (local if local.exists() else need_shared(SHARED / case["source"])).read_bytes()
    else:
        data = (folder / "source.html").read_bytes()
    book = RuleBook.load(rule_dirs(folder / case["rules"]) if "rules" in case else rule_dirs())
    assert not book.errors, [str(e) for e in book.errors]
    return case, data, clean(data, case["url"], book, http_charset=case.get("charset"))


@pytest.mark.parametrize("name", CASES)
def test_site_case(name):
    case, data, result = run_case(name)
    outcome = check_case(case, data, result)
    why = [f"{r.rule} {r.action} {r.element}: {r.reason}" for r in result.report.removals if r.rule.startswith("detect")]
    assert outcome.passed, f"{name}:\n" + "\n".join([f.message for f in outcome.failures] + why)
    assert outcome.checked, f"{name}: the case checks nothing"


def test_the_repos_seed_page_is_the_shared_one():
    shared = need_shared(SHARED / "seed" / "globalnation-rubio.html")
    assert (SITES / "inquirer-seed" / "globalnation-rubio.html").read_bytes() == shared.read_bytes()


def test_the_bundled_seed_case_is_this_one():
    """The seed page is a case of the bundled rules too (rules/tests/inquirer.net/): the same bytes."""
    bundled = REPO / "rules" / "tests" / "inquirer.net" / "globalnation-rubio.html"
    assert bundled.read_bytes() == (SITES / "inquirer-seed" / "globalnation-rubio.html").read_bytes()
