"""The junk generator: deterministic, varied, and harmless to the text it is measured against."""

from __future__ import annotations

from collections import Counter

import lxml.html
import pytest

from newsclean.engine import document

from . import fresh4
from .junk import (
    AD_LABELS,
    JUNK_ATTR,
    KINDS,
    NEWSLETTER_PROMPTS,
    SPAM_WORDS,
    TEASER_BOX_TITLES,
    TEASER_LABELS,
    inject,
)
from .pages import link_texts, norm, page_text

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def sample(corpus_pages):
    # A spread of sources and languages: every 30th page.
    return [p for p in corpus_pages[::30]]


def test_same_seed_same_page(sample):
    page = sample[0]
    assert inject(page, 7).data == inject(page, 7).data
    assert inject(page, 7).data != inject(page, 8).data


def test_every_kind_in_every_page(sample):
    for page in sample:
        injected = inject(page)
        if injected is None:
            continue
        kinds = Counter(item.kind for item in injected.items)
        assert set(kinds) == set(KINDS), page.id
        # Each piece is in the page under its id (a run of bare links carries it on each link).
        root = document.parse(injected.data)[0]
        ids = {el.get(JUNK_ATTR) for el in root.iter() if isinstance(el.tag, str) and el.get(JUNK_ATTR)}
        assert ids == {item.id for item in injected.items}, page.id


def test_many_variants_per_kind(sample):
    shapes, texts = Counter(), {kind: set() for kind in KINDS}
    for page in sample:
        injected = inject(page)
        for item in injected.items if injected else ():
            shapes[item.shape] += 1
            texts[item.kind].update(item.texts)
    for kind in KINDS:
        assert len([s for s in shapes if s.startswith(kind + ":")]) >= 6, kind
        assert len(texts[kind]) >= 20, kind


def test_vocabulary_is_multilingual():
    for words in (AD_LABELS, TEASER_LABELS, TEASER_BOX_TITLES, NEWSLETTER_PROMPTS):
        assert any(not w.isascii() for w in words)
        assert len(words) >= 25
    assert len(SPAM_WORDS) >= 30


def test_injecting_keeps_the_truth_text(sample):
    """No truth sentence or fragment is split by the junk: the no-loss measure compares the same text."""
    for page in sample:
        injected = inject(page)
        if injected is None:
            continue
        root = document.parse(page.source)[0]
        before = page_text(root)
        sentences, fragments = page.must_keep(before, link_texts(root))
        after = page_text(document.parse(injected.data)[0])
        assert [t for t in sentences + fragments if t not in after] == [], page.id


def test_spam_after_html_is_after_html(sample):
    injected = inject(sample[0])
    tail = injected.data[injected.data.rindex(b"</html>"):]
    assert b"after-html" in tail and b"<a " in tail


def test_unlisted_family_holds_no_listed_word():
    """The "unlisted" family measures what no list of this project holds: none of its phrasings
    may be found by the detector's word lists (rules.words) or be a label of the default rules."""
    from newsclean.engine.book.rulebook import RuleBook
    from newsclean.engine.page import label_form
    from newsclean.rules import words
    from newsclean.rules.folders import rule_dirs

    from .junk import UNLISTED

    labels = set()
    for rule in RuleBook.load(rule_dirs()).plan_for("example.org").rules:
        for matcher in rule.matchers:
            labels.update(getattr(matcher, "label_patterns", {}))
    matcher = words.matcher()
    listed = []
    for group in UNLISTED.values():
        for phrase in group:
            # ("direction" and "self" words — below, after; article, story — are no junk's words:
            # they count only beside others, a notice's verb or a question to the reader)
            found = {k: v for k, v in matcher.find(phrase).items() if k not in ("direction", "self")}
            if found or label_form(phrase) in labels:
                listed.append((phrase, found))
    assert not listed, listed


# -- the fourth blind family (fresh4.py): checked as a generator here; what the detector makes of it is
# measured in test_families.py ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def fresh4_injected(corpus_pages):
    return [(page, inject(page, 0, "fresh4")) for page in corpus_pages]


def test_fresh4_puts_every_kind_in_every_page(fresh4_injected):
    injected = [(page, it) for page, it in fresh4_injected if it is not None]
    assert len(injected) >= 0.95 * len(fresh4_injected)
    shapes = Counter()
    for page, it in injected:
        kinds = Counter(item.kind for item in it.items)
        assert set(kinds) == set(KINDS), page.id
        assert (kinds["ad"], kinds["teaser"], kinds["newsletter"]) == (3, 3, 3), page.id
        shapes.update(item.shape for item in it.items if item.kind != "spam")
        # Each piece is one element of the page as it parses again, holding all of its texts.
        root = document.parse(it.data)[0]
        found = Counter(el.get(JUNK_ATTR) for el in root.iter() if isinstance(el.tag, str) and el.get(JUNK_ATTR))
        for item in it.items:
            if item.kind == "spam":
                continue
            assert found[item.id] == 1, (page.id, item.id)
            el = next(e for e in root.iter() if isinstance(e.tag, str) and e.get(JUNK_ATTR) == item.id)
            assert item.texts and all(t in norm(el.text_content()) for t in item.texts), (page.id, item.id)
    assert all(shape.split(":")[1].startswith("fresh4-") for shape in shapes)
    written = {f"ad:fresh4-{s}" for s, _ in fresh4.ad_shapes("x", 1)}
    written |= {f"teaser:fresh4-{s}" for s, _ in fresh4.teaser_shapes("x", "y", [("h", "/a")])}
    written |= {f"newsletter:fresh4-{s}" for s, _ in fresh4.newsletter_shapes("p", "s", "l", "b", "k", "/a")}
    assert set(shapes) == written  # every shape is used somewhere in the corpus


def test_fresh4_keeps_the_truth_text(fresh4_injected):
    """No truth sentence or fragment is split by fresh4's pieces (measure.py's ``broken``: must be none)."""
    broken = []
    for page, it in fresh4_injected:
        if it is None:
            continue
        root = document.parse(page.source)[0]
        sentences, fragments = page.must_keep(page_text(root), link_texts(root))
        after = page_text(document.parse(it.data)[0])
        broken += [(page.id, t) for t in sentences + fragments if t not in after]
    assert broken == []


def test_fresh4_is_deterministic(fresh4_injected):
    for page, it in fresh4_injected[::40]:
        again = inject(page, 0, "fresh4")
        if it is None:
            assert again is None
            continue
        assert again.data == it.data and again.items == it.items, page.id
        assert inject(page, 1, "fresh4").data != it.data, page.id
        assert inject(page, 0, "fresh3").data != it.data, page.id


def test_fresh4_pieces_are_one_element_with_their_words_as_text():
    """Every word of the family in every shape: one root element, the word its text (escaped, not markup)."""
    links = [('Voters <q>reject</q> "the" plan & more', "/2024/05/voters-reject?a=1&b=2"), ("Police warn", "/n/2")]
    words = [w for group in fresh4.VOCAB.values() for w in group] + ['<q>A</q> & "B"']
    assert len(fresh4.LANGUAGES) >= 40 and not any(w != w.strip() for w in words)
    for w in words:
        for shapes in (
            fresh4.ad_shapes(w, 12345),
            fresh4.teaser_shapes(w, w, links),
            fresh4.newsletter_shapes(w, w, w, w, w, "https://example.org/nl?list=1&x=<2>"),
        ):
            assert len({shape for shape, _ in shapes}) == len(shapes)
            for shape, html in shapes:
                el = lxml.html.fragment_fromstring(html)  # raises unless exactly one root element
                assert norm(w) in norm(el.text_content()), (shape, w)
                assert el.find(".//q") is None, (shape, w)
