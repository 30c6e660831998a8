"""Fixture folders: one page a case, with the text that must go and the text that must stay.

    tests/sites/<case>/source.html   the page (bytes as a server would send them)
    tests/sites/<case>/case.toml     url = "...", must_go = [...], must_stay = [...]
                                     optional: source = "<path under ../shared>" instead of source.html,
                                     charset = "<HTTP charset>", rules = "<folder in the case>" (loaded
                                     after the bundled rules, like a user's --rules folder)

Texts are compared on the page's visible text, whitespace-normalised. A new fixed page comes with a
new folder here.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import lxml.html
import pytest

from newsclean.engine.cleaner import clean
from newsclean.engine.page import normalise
from newsclean.rules.book import RuleBook, rule_dirs

from .conftest import SHARED, need_shared

SITES = Path(__file__).parent / "sites"
CASES = sorted(p.name for p in SITES.iterdir() if (p / "case.toml").exists())


def visible_text(body: bytes) -> str:
    root = lxml.html.document_fromstring(body)
    for el in root.xpath("//script | //style | //noscript | //template"):
        el.drop_tree()
    return normalise(root.text_content())


def load_case(name: str):
    folder = SITES / name
    case = tomllib.loads((folder / "case.toml").read_text(encoding="utf-8"))
    if "source" in case:
        data = need_shared(SHARED / case["source"]).read_bytes()
    else:
        data = (folder / "source.html").read_bytes()
    dirs = rule_dirs(folder / case["rules"]) if "rules" in case else rule_dirs()
    return case, data, RuleBook.load(dirs)


@pytest.mark.parametrize("name", CASES)
def test_site_case(name):
    case, data, book = load_case(name)
    assert not book.errors, [str(e) for e in book.errors]
    before = visible_text(data)
    result = clean(data, case["url"], book, http_charset=case.get("charset"))
    after = visible_text(result.body)
    for text in case.get("must_go", []):
        assert normalise(text) in before, f"fixture error: {text!r} is not in the page to begin with"
        assert normalise(text) not in after, f"{name}: still there: {text!r}"
    for text in case.get("must_stay", []):
        assert normalise(text) in before, f"fixture error: {text!r} is not in the page to begin with"
        assert normalise(text) in after, f"{name}: lost: {text!r}"
