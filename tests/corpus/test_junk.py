"""The junk generator: deterministic, varied, and harmless to the text it is measured against."""

from __future__ import annotations

from collections import Counter

import lxml.html
import pytest

from newsclean.engine import document

from . import fresh4, fresh5, fresh6, fresh7
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


# -- the fourth to seventh blind families (fresh4.py, ..., fresh7.py): checked as generators here; what the
# detector makes of them is measured in test_families.py ------------------------------------------------

_BLIND = {"fresh4": fresh4, "fresh5": fresh5, "fresh6": fresh6, "fresh7": fresh7}


@pytest.fixture(scope="module", params=sorted(_BLIND))
def blind_injected(request, corpus_pages):
    return request.param, [(page, inject(page, 0, request.param)) for page in corpus_pages]


def test_a_blind_family_puts_every_kind_in_every_page(blind_injected):
    family, pages = blind_injected
    module = _BLIND[family]
    injected = [(page, it) for page, it in pages if it is not None]
    assert len(injected) >= 0.95 * len(pages)
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
    assert all(shape.split(":")[1].startswith(f"{family}-") for shape in shapes)
    written = {f"ad:{family}-{s}" for s, _ in module.ad_shapes("x", 1)}
    written |= {f"teaser:{family}-{s}" for s, _ in module.teaser_shapes("x", "y", [("h", "/a")] * 3)}
    written |= {f"newsletter:{family}-{s}" for s, _ in module.newsletter_shapes("p", "s", "l", "b", "k", "/a")}
    assert set(shapes) <= written and len(shapes) >= 0.9 * len(written)  # (nearly) every shape used


def test_a_blind_family_keeps_the_truth_text(blind_injected):
    """No truth sentence or fragment is split by the family's pieces (measure.py's ``broken``: must be none)."""
    _family, pages = blind_injected
    broken = []
    for page, it in pages:
        if it is None:
            continue
        root = document.parse(page.source)[0]
        sentences, fragments = page.must_keep(page_text(root), link_texts(root))
        after = page_text(document.parse(it.data)[0])
        broken += [(page.id, t) for t in sentences + fragments if t not in after]
    assert broken == []


def test_a_blind_family_is_deterministic(blind_injected):
    family, pages = blind_injected
    for page, it in pages[::40]:
        again = inject(page, 0, family)
        if it is None:
            assert again is None
            continue
        assert again.data == it.data and again.items == it.items, page.id
        assert inject(page, 1, family).data != it.data, page.id
        assert inject(page, 0, "fresh3").data != it.data, page.id


@pytest.mark.parametrize("family", sorted(_BLIND))
def test_a_blind_family_s_pieces_are_one_element_with_their_words_as_text(family):
    """Every word of the family in every shape: one root element, the word its text (escaped, not markup)."""
    links = [('Voters <q>reject</q> "the" plan & more', "/2024/05/voters-reject?a=1&b=2"), ("Police warn", "/n/2")]
    words = [w for group in _BLIND[family].VOCAB.values() for w in group] + ['<q>A</q> & "B"']
    assert len(_BLIND[family].LANGUAGES) >= 40 and not any(w != w.strip() for w in words)
    def written(w):
        return (
            _BLIND[family].ad_shapes(w, 12345),
            _BLIND[family].teaser_shapes(w, w, links),
            _BLIND[family].newsletter_shapes(w, w, w, w, w, "https://example.org/nl?list=1&x=<2>"),
        )

    # (a shape may quote with <q> of its own: the words' "<q>" must add none)
    quotes = {
        shape: len(lxml.html.fragment_fromstring(html).findall(".//q")) for kind in written("x") for shape, html in kind
    }
    for w in words:
        for shapes in written(w):
            assert len({shape for shape, _ in shapes}) == len(shapes)
            for shape, html in shapes:
                el = lxml.html.fragment_fromstring(html)  # raises unless exactly one root element
                text = norm(el.text_content())
                # (a lone headline, as some sites print a teaser, holds its headline and no label)
                alone = shape.startswith("lone-headline") and norm(links[0][0]) in text
                assert norm(w) in text or alone, (shape, w)
                assert len(el.findall(".//q")) == quotes.get(shape, 0), (shape, w)
