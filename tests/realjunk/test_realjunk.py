"""The bars on real junk labelled by hand and on look-alikes that must stay, with the bundled rules
and the detector, in CI. The floors are what the product reaches today (bench.detect prints the
figures; issue 12's targets are higher): a change that loses ground fails here. Parts 3-4, then
parts 5-6, were measured once as a held-out set before these floors were set from all the parts;
part 7 (labelled 2026-12-05 from pages nobody had labelled) was measured once and has floors of its
own, its measured figures, so that adding it moved no floor of parts 0-6."""

from __future__ import annotations

import pytest

from ..conftest import CORPUS_DIR, need_shared
from . import labels as L
from . import measure as M

pytestmark = pytest.mark.corpus

# Removed share of each kind of real junk, product = bundled rules + detector: parts 0-6 together
# (bench.detect at 20:28 UTC, 2026-12-05: ad 46/65, readmore 96/130, related 151/212, newsletter
# 27/65, promo 81/198; after the round of 2026-12-06 — candidates before the story's body and inside
# prose, the story found in wrappers of its own paragraphs, sign-up boxes whole: 54/65, 100/130,
# 157/212, 31/65, 87/198), and part 7 on its own (first measured once at 14:17 UTC, 2026-12-05;
# after that round: ad 13/17, readmore 9/21, related 44/86, newsletter 8/14, promo 31/64). The
# second round of 2026-12-06 (the story told from comments, sidebars and footers and found by its
# headline, card blurbs, slots by size, boxes around an email field, lone teasers in the story's
# template): parts 0-6 54/65, 104/130, 162/212, 34/65, 90/198; part 7 13/17, 9/21, 46/86, 9/14, 34/64
# (bench.detect 07:30 UTC). The blurb of a sign-up box named as nothing (blocks._signup_boxes,
# 2026-12-07): newsletter parts 0-6 34/65 -> 35/65, part 7 9/14 -> 11/14 (bench.detect 00:32 UTC).
# Cards an empty link is laid over, anchors without a target, card blurbs three levels down
# (bench.detect 03:40 UTC): readmore parts 0-6 104/130 -> 106/130, related 162/212 -> 166/212.
# Teaser words counted in a label only, not in a link's headline (2026-12-07, bench.detect 16:24 UTC):
# ad parts 0-6 54/65 -> 53/65 — an affiliate card's "VIEW PRICE: <a>… League of Legends Lee Sin</a>"
# had gone as a teaser for its headline's "Lee" (Spanish "read"), an accident now gone; promo
# 90/198 -> 89/198, one held-out label (parts 5-6, not read) removed -> marked.
# A box's name that says what it holds (poll, voting, survey, rating, reactions, callout,
# promotion) counts as a promo's only beside a promo's doing — a review's pages found poll
# results, a rating box and party leaders' quotes taken for it (2026-12-07): promo part 7 34/64 ->
# 33/64, one held-out label (not read) no longer removed.
# Scripts and the space kept for what they draw (2026-12-07 night, bench.detect 22:12 UTC): a box
# that keeps space and holds its label alone is judged — Jetpack's post flair, its like button a
# sized placeholder, now goes as one box with its share buttons and related posts: related parts
# 0-6 169/212 -> 173/212, promo 89/198 -> 96/198 (all in the held-out parts 5-6, not read).
FLOORS = {"ad": 0.81, "readmore": 0.81, "related": 0.82, "newsletter": 0.56, "promo": 0.48}
PART7 = "labels-part7"
FLOORS_PART7 = {"ad": 0.76, "readmore": 0.42, "related": 0.53, "newsletter": 0.78, "promo": 0.51}
# Look-alikes the product takes today (label file, line): known misses, none may be added.
KNOWN_LOST = {("labels-part2", 210), ("labels-part4", 64), ("labels-part7", 326)}


@pytest.fixture(scope="module")
def outcomes(bundled_book):
    need_shared(CORPUS_DIR)
    return M.measure(bundled_book)


def test_every_label_resolves(outcomes):
    assert not [o.label.key for o in outcomes if o.verdict == "unresolved"]


def test_labels_cover_the_kinds_and_enough_pages():
    labels = [label for _src, label in M.load_all()]
    junk = [x for x in labels if x.verdict == "junk"]
    assert len(junk) >= 150 and len({x.page for x in junk}) >= 60
    assert {x.kind for x in junk} == set(L.JUNK_KINDS)
    assert sum(1 for x in labels if x.verdict == "keep") >= 100


@pytest.mark.parametrize("kind", L.JUNK_KINDS)
def test_real_junk_removed_per_kind(outcomes, kind):
    c = M.tally([o for o in outcomes if o.source != PART7], "junk")[kind]
    assert c["removed"] / c["total"] >= FLOORS[kind], f"{kind}: {c['removed']}/{c['total']} removed"


@pytest.mark.parametrize("kind", L.JUNK_KINDS)
def test_real_junk_removed_per_kind_part7(outcomes, kind):
    c = M.tally([o for o in outcomes if o.source == PART7], "junk")[kind]
    assert c["removed"] / c["total"] >= FLOORS_PART7[kind], f"part 7, {kind}: {c['removed']}/{c['total']} removed"


def test_look_alikes_stay(outcomes):
    lost = {(o.source, o.label.line) for o in outcomes if o.label.verdict == "keep" and o.verdict == "removed"}
    assert lost <= KNOWN_LOST, sorted(lost - KNOWN_LOST)


def test_detector_adds_to_the_rules(bundled_book):
    """Without the detector the rules alone catch far less of the same junk (what it adds is real)."""
    need_shared(CORPUS_DIR)
    rules_alone = M.tally(M.measure(bundled_book, detect=False), "junk")
    product = M.tally(M.measure(bundled_book), "junk")
    assert sum(c["removed"] for c in product.values()) > 1.5 * sum(c["removed"] for c in rules_alone.values())
