"""The junk generator: deterministic, varied, and harmless to the text it is measured against."""

from __future__ import annotations

from collections import Counter

import pytest

from newsclean.engine import document

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
from .pages import link_texts, page_text

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
