"""Injected junk of the families nobody's word lists were written from, per kind, and no article
text lost beside it (python -m bench.detect prints the figures; issue 12's target is 99.5%):

- "unlisted" (tests/corpus/junk.py): wordings, languages and build-tool class names no list of this
  project holds; never tuned on.
- "fresh" (tests/corpus/fresh.py): wordings, languages and markups written by a session that had
  read neither the detector nor the rules. Measured once when it was added (bench.detect, 18:05 UTC
  2026-12-04: ad 31.1%, teaser 80.0%, newsletter 61.0%, four pages losing text); then its misses
  and losses were read, so it is a tuning family from here on.
- "fresh2" (tests/corpus/fresh2.py): a second blind family (29 languages, 48 markups), measured once
  on the detector as it was then (19:10 UTC: ad 17.9%, teaser 86.8%, newsletter 71.3%, spam
  99.5%, four pages losing text); only its losses were read (and mended).
- "fresh3" (tests/corpus/fresh3.py): a third blind family (48 languages, 55 markups: Ghost,
  Squarespace, Wix, AMP, Substack, Mailchimp, HubSpot, Prebid, Svelte/Vue scoped names, ...),
  measured once on the detector as it was then (07:32 UTC 2026-12-05, commit 720f534: ad 45.6%,
  teaser 79.1%, newsletter 66.0%, spam 99.9%, two pages losing text); only its last loss has been
  read since (rd-nytimes-3, 2026-12-06).
- "fresh4" (tests/corpus/fresh4.py: 209 wordings, 45 languages, 81 markups): a fourth blind family,
  measured once on the detector as it was then (bench.detect 07:30 UTC 2026-12-06, commit 82f1bcb:
  ad 69.6%, teaser 89.5%, newsletter 86.4%, spam 99.8%, six pages losing text); then only its
  losses were read (and mended), as fresh2's were.
- "fresh5" (tests/corpus/fresh5*.py: 77 languages, 242 shapes of ad servers, widgets, CMSs and
  sign-up tools the others do not write): a fifth blind family, measured once on the detector as it
  was then (17:51 UTC 2026-12-07, commit f6c92a4 with the family's files as written: ad 54.6%,
  teaser 82.3%, newsletter 80.5%, spam 99.96%, no page losing text); then its misses were read, so
  it is a tuning family from here on, as fresh is.
- "fresh6" (tests/corpus/fresh6*.py: 66 languages, 251 shapes), a sixth blind family written the same
  way, measured once on the detector as it was then (18:42 UTC 2026-12-07, commit 06b9226: ad
  66.0%, teaser 77.5%, newsletter 86.9%, spam 99.72%, one page losing text); only its loss was read.
- "fresh7" (tests/corpus/fresh7*.py: 78 languages, 54 of them in no other family; 208 shapes), a
  seventh blind family written by a helper session that read neither the detector, the rules, the
  README nor the benchmarks, measured once on the detector as it was then (a run ending 00:26 UTC
  2026-12-08, commit b5310b4: ad 78.2%, teaser 83.8%, newsletter 78.0%, spam 99.90%, one page
  losing text); only its loss was read (tf-chefkoch.de.mandarinen: a recipe table's head holding
  its section title and the boxes put in, taken whole; mended in cut.py).

The floors are what the product reaches now: a change that loses ground fails here."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from ..conftest import CORPUS_DIR, need_shared
from .measure import Summary, measure_page
from .pages import load_corpus

pytestmark = pytest.mark.corpus

FLOORS = {
    # unlisted newsletter: 84.1% -> 83.8% (4 of 1,338) when a box's companions stopped taking the
    # story's own lines (own.run_line, own.names_story_term): the price of losing no text there.
    # The round of 2026-12-06 (bench.detect 04:36 UTC: words compared without accents and in some
    # thirty more languages, written from no family; candidates before the story's body and inside
    # prose; the story found in wrappers of its own paragraphs; sign-up boxes whole), ad / teaser /
    # newsletter: unlisted 42.8/70.0/83.6 -> 45.4/73.2/86.6 (its 20 phrasings the new lists held were
    # replaced by unlisted ones), fresh 51.6/83.6/64.6 -> 62.6/89.2/69.3, fresh2 17.6/86.9/71.1 ->
    # 39.6/91.9/74.5, fresh3 46.0/79.4/65.9 -> 64.9/83.6/76.9.
    # The round's second half (bench.detect 13:45 UTC 2026-12-06: asides told from the story's own
    # boxes, ad-sized empty slots, sign-up forms whole, lone headline teasers, paid-partner labels in
    # some fifteen languages), ad / teaser / newsletter: unlisted 45.4/73.2/86.6 -> 46.9/73.4/90.1,
    # fresh 62.6/89.2/69.3 -> 66.4/91.3/70.8, fresh2 39.6/91.9/74.5 -> 82.4/92.2/78.9, fresh3
    # 64.9/83.6/77.0 -> 74.0/84.5/80.9. Then fresh4's six losses were mended (bench.detect 20:24
    # UTC: a box of links holding a line of its own is looked into, a line beside a box with its
    # own title, a line of the story's paragraphs' make beside a slot and a line beside two sign-up
    # forms stay): teaser fresh 91.3 -> 90.6, fresh4 89.5 -> 88.8 (nine boxes each now only cut,
    # their wrapper's line left), for seven pages no longer losing a line. What screen readers are
    # told as ad evidence (bench.detect 20:56 UTC): ad fresh 66.4 -> 69.4, fresh3 74.1 -> 74.7.
    # Slots named an ad on any tag, short lines hidden from screen readers measured, a line of nothing
    # but an ad notice's words removed, and the blurb of a sign-up box named as nothing told from the
    # story's prose when it says what a sign-up says (bench.detect 00:32 UTC 2026-12-07), ad /
    # newsletter: fresh 69.4/70.7 -> 73.0/72.9, fresh2 82.4/79.0 -> 83.5/78.9, fresh3 74.7/80.9 ->
    # 75.3/80.9, fresh4 69.7/86.5 -> 70.5/87.1, unlisted unchanged.
    # Thai, Lao, Khmer and Myanmar words counted as four characters, a 'continues below' notice alone
    # removed, a box's items one link a line taken with it, a card an empty link is laid over, card
    # blurbs three levels down, and a review's mends (bench.detect 04:07 UTC 2026-12-07), ad / teaser
    # / newsletter: fresh 73.0/90.4/72.9 -> 74.4/91.0/73.4, fresh2 83.5/92.4/78.9 -> 84.6/92.5/78.9,
    # fresh3 75.3/84.8/80.9 -> 75.9/84.5/80.9, fresh4 70.5/89.0/87.1 -> 70.6/88.9/87.1, unlisted
    # 46.9/73.3/90.1 -> 46.8/73.2/90.1.
    # Type set as a notice beside other ad evidence, a sign-up frame's caption, a region named an ad,
    # mailing-list targets, a one-paragraph post's body, rows of a table laid out in boxes
    # (bench.detect 07:20 UTC 2026-12-07, commit efa05c6), ad / teaser / newsletter: fresh
    # 74.4/91.0/73.4 -> 82.4/91.0/77.2, fresh2 84.6/92.5/78.9 -> 85.2/92.0/86.8, fresh3
    # 75.9/84.5/80.9 -> 76.4/84.1/82.5, fresh4 70.6/88.9/87.1 -> 70.5/88.2/87.7, unlisted
    # 46.8/73.2/90.1 -> 47.8/72.9/90.2. The teasers lost are held by the page's guard, not missed:
    # the sign-up boxes and notices now found surer take the page's share first (fresh's five:
    # rd-buzzfeed-1, rd-ehow-1, tf-nextkabinett..., tf-creativecommons.org, tf-dietagespresse...:
    # each a teaser marked where a newsletter box or an ad line went), so they are dimmed, not removed.
    # An ad unit's data attributes as its name (`data-ad-slot`, `data-ad-unit`; bench.detect 12:53 UTC
    # 2026-12-07): ad fresh 82.4 -> 83.6, unlisted 47.8/72.9 -> 47.9/73.0 (ad / teaser), the rest unchanged.
    # "bnr", a banner as sites abbreviate it, an ad token (bench.detect 15:58 UTC 2026-12-07): ad fresh
    # 83.6 -> 86.3, fresh4 70.5 -> 72.8 (its author wrote `id="bnr-…"` too), teaser fresh 91.0 -> 90.9.
    # The guard weighing words from elsewhere less (a box after the story or named for junk whose
    # text shares no telling word with the story counts a quarter; bench.detect 00:48-01:01 UTC
    # 2026-12-08, commit d56c7e9), ad / teaser / newsletter: unlisted 52.2/72.9/90.2 ->
    # 52.8/75.8/92.1, fresh 86.8/91.0/80.5 -> 86.9/92.4/82.7, fresh2 88.2/91.9/87.8 -> 88.5/93.3/89.3,
    # fresh3 78.3/84.1/83.0 -> 78.9/85.3/84.1, fresh4 72.9/88.0/87.4 -> 73.2/88.4/87.9, fresh5
    # 75.9/84.9/83.2 -> 77.3/86.3/84.3, fresh6 80.0/78.0/89.1 -> 81.4/80.1/90.0; fresh7 (blind, measured
    # once at 78.2/83.8/78.0 before it) 78.3/83.9/78.0.
    # The word lists written out by language (105 languages, by a helper session that read no
    # family; bench.detect 01:31-01:44 UTC 2026-12-08, commit 6b89474), ad / teaser / newsletter:
    # fresh 86.9/92.4/82.7 -> 87.6/92.9/84.1, fresh2 88.5/93.3/89.3 -> 91.5/93.7/89.9, fresh3
    # 78.9/85.3/84.1 -> 85.5/87.4/85.2, fresh4 73.2/88.4/87.9 -> 83.0/90.5/88.3, fresh5 77.3/86.3/84.3 ->
    # 83.2/88.4/85.4, fresh6 81.4/80.1/90.0 -> 83.0/82.0/90.1, fresh7 78.3/83.9/78.0 -> 79.2/84.5/79.3.
    # Unlisted, as it was, 52.8/75.8/92.1 -> 63.3/86.0/92.6 (01:15-01:27 UTC, commit 65a445e); then
    # its 33 phrasings the lists came to hold were replaced (junk.py): 52.1/75.9/91.9.
    # The round of 2026-12-08 morning (lines in another language than the story's, ads' cards and
    # boxes, forms drawn in, labels and cards; bench.detect 04:26-04:40 UTC, commit e71e422), ad /
    # teaser / newsletter: unlisted 52.1/75.9/91.9 -> 59.7/76.0/92.0, fresh 87.6/92.9/84.1 ->
    # 89.2/93.4/84.2, fresh2 91.5/93.7/89.9 -> 92.3/93.7/89.8, fresh3 85.5/87.4/85.2 -> 89.2/87.7/85.2,
    # fresh4 83.0/90.5/88.3 -> 85.7/92.5/90.7, fresh5 83.2/88.4/85.4 -> 87.4/91.9/88.0, fresh6
    # 83.0/82.0/90.1 -> 86.5/84.4/90.1, fresh7 79.2/84.5/79.3 -> 84.8/87.0/83.1.
    "unlisted": {"ad": 0.59, "teaser": 0.76, "newsletter": 0.92, "spam": 0.995},
    "fresh": {"ad": 0.89, "teaser": 0.93, "newsletter": 0.84, "spam": 0.995},
    # The round of 2026-12-07 evening (sign-up blurbs, 'email' in thirty more languages, paid links,
    # rows of the story's data, section titles): ad fresh2 85.3 -> 84.9 (three items went with the
    # 'email' words, three with the rows of the story's data; not read item by item), the rest up
    # or unchanged.
    # Scripts and space kept for what they draw (2026-12-07 night: a short line beside a script that
    # draws among the story's paragraphs, an empty box a script finds by the id it made, a box that
    # keeps space and holds its label alone; BEM elements of junk-named blocks; paid cards whole):
    # ad unlisted 48.0 -> 52.2, fresh2 84.9 -> 88.2, fresh3 76.5 -> 78.3, fresh5 62.7 -> 76.0, fresh6
    # 66.0 -> 80.0. Teaser fresh2 92.1 -> 91.9 and fresh4 88.1 -> 88.0: boxes held by the page's guard
    # (marked, not removed) where the slots' labels and Jetpack's whole post flair take its share
    # first, on short WordPress posts (tf-nextkabinett..., tf-sprechblase..., tf-zahlenzauberin...).
    "fresh2": {"ad": 0.92, "teaser": 0.93, "newsletter": 0.89, "spam": 0.995},
    "fresh3": {"ad": 0.89, "teaser": 0.87, "newsletter": 0.85, "spam": 0.995},
    "fresh4": {"ad": 0.85, "teaser": 0.92, "newsletter": 0.90, "spam": 0.995},
    # A component that is a link (`<ion-item href>`, `<md-list-item href>`): teaser fresh5 81.5 -> 85.0;
    # ad fresh5 76.0 -> 75.9 (one slot's label held by the page's guard: marked, not removed).
    "fresh5": {"ad": 0.87, "teaser": 0.91, "newsletter": 0.87, "spam": 0.995},
    # A design system's form controls as components (`<ion-input type="email">`, `<ion-button>`):
    # newsletter fresh5 80.5 -> 83.2, fresh6 87.5 -> 89.1; teaser fresh6 78.1 -> 78.0 (two boxes
    # held by the page's guard on zy-f105de6e63ca91ea: marked, not removed).
    "fresh6": {"ad": 0.86, "teaser": 0.84, "newsletter": 0.90, "spam": 0.995},
    "fresh7": {"ad": 0.84, "teaser": 0.86, "newsletter": 0.83, "spam": 0.995},  # (teaser 1164/1338: 86.996%)
}
# Pages that lose a line beside a family's junk today (known; none may be added): none.
# (fresh3's one, rd-nytimes-3 — a photo's caption and credit taken with a sign-up form put into the
# photo's wrapper — was read, alone of fresh3, and mended: a captioned picture beside a form or a
# slot is the story's.)
# (fresh4's six, measured blind and then read for its losses only — a review's verdict, a recipe's
# ingredient, a numbered step's title, a leaflet's headings, a video's title and a section's title,
# each sharing a small wrapper with a box put in — are mended in cut.py, and so is fresh's
# tf-rtl.de-lockdown, a section title of the same kind; rd-aktualne's own "found a mistake in the
# article? tell us" line stays since the round of 2026-12-06; fresh2's three losses are mended:
# own.run_line, own.names_story_term.)
KNOWN_LOSS = {
    "unlisted": set(),
    "fresh": set(),
    "fresh2": set(),
    "fresh3": set(),
    "fresh4": set(),
    "fresh5": set(),
    # a sign-up form put into a how-to's step wrapper takes the step's line with it ("You can add
    # various plants if you wish."): the steps lie outside the story's container and are not of its
    # paragraphs' make; telling them by the steps' repeated make lost sign-up boxes that families
    # (and sites) put in twice — left, known
    "fresh6": {"rd-ehow-1"},
    "fresh7": set(),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def family(request, bundled_book) -> tuple[str, Summary]:
    pages = load_corpus(Path(need_shared(CORPUS_DIR)))
    return request.param, Summary([measure_page(p, bundled_book, 0, request.param) for p in pages])


def test_junk_removed_per_kind(family):
    name, summary = family
    low = {}
    for kind, floor in FLOORS[name].items():
        c = summary.junk_counts("kind").get(kind, Counter())
        if not c["total"] or c["removed"] / c["total"] < floor:
            low[kind] = f"{c['removed']}/{c['total']} (floor {floor:.0%})"
    assert not low, f"{name}: {low}"


def test_no_text_lost_beside_the_junk(family):
    name, summary = family
    pages = {page for page, _text in summary.lost_injected}
    assert pages <= KNOWN_LOSS[name], sorted(pages - KNOWN_LOSS[name])
