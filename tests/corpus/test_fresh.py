"""Injected junk of the "fresh" family (tests/corpus/fresh.py: wordings, languages and markups
written by a session that had not read the detector or the rules): its floors per kind, and no
article text lost beside it. Measured once when it was added (bench.detect, 18:05 UTC 2026-12-04:
ad 31.1%, teaser 80.0%, newsletter 61.0%; four pages losing text, two of them since mended: a
sign-up form put into the story's lead no longer takes the lead with it). The floors are what the
product reaches now; issue 12's target is 99.5%."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from ..conftest import CORPUS_DIR, need_shared
from .measure import Summary, measure_page
from .pages import load_corpus

pytestmark = pytest.mark.corpus

FLOORS = {"ad": 0.51, "teaser": 0.79, "newsletter": 0.60, "spam": 0.995}
# Known (none may be added): tf-rtl.de-lockdown, as beside the unlisted family (a section title in a
# small wrapper the junk shares); rd-aktualne, the site's own "found a mistake in the article? tell
# us" line, which the truth text holds and the hand labels call the site's furniture (promo), goes
# with a sign-up form put beside it in the same box.
KNOWN_LOSS = {"tf-rtl.de-lockdown", "rd-aktualne"}


@pytest.fixture(scope="module")
def fresh(bundled_book) -> Summary:
    pages = load_corpus(Path(need_shared(CORPUS_DIR)))
    return Summary([measure_page(p, bundled_book, 0, "fresh") for p in pages])


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_fresh_junk_removed(fresh, kind):
    c = fresh.junk_counts("kind").get(kind, Counter())
    assert c["total"] and c["removed"] / c["total"] >= FLOORS[kind], f"{kind}: {c['removed']}/{c['total']}"


def test_no_text_lost_beside_fresh_junk(fresh):
    pages = {page for page, _text in fresh.lost_injected}
    assert pages <= KNOWN_LOSS, sorted(pages - KNOWN_LOSS)
