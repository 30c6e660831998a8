"""The hostile pages of `python -m bench.hostile`, small: what once made the default rules quadratic
is cleaned as any page is (timings are the benchmark's business, not a test's). Then the same pages
broken on purpose (truncated tags, NUL bytes, lying charsets, UTF-16 with and without a BOM, no
<html>/<body>, a frameset, 100,000-deep nesting): clean() never raises; and corpus pages changed in
harmless ways (attributes, whitespace, comments): no sentence of the article goes. The engine has no
time budget of its own; the proxy's (newsclean_budget_ms) is tested with such pages in
tests/proxy/test_budget.py."""

from __future__ import annotations

import random
import re

import lxml.etree
import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.hostile import _SENTENCE, URL, ad_slots_page, linked_sentence_page
from newsclean.engine import document
from newsclean.engine.cleaner import clean


def story_kept(body: bytes, paragraphs: int) -> None:
    root = lxml.html.document_fromstring(body)
    texts = [p.text_content() for p in root.iter("p")]
    for i in range(paragraphs):
        assert f"{_SENTENCE * 6}({i})".strip() in {t.strip() for t in texts}, i


def test_a_box_of_ad_slots_goes_whole_and_the_story_stays(bundled_book):
    data = ad_slots_page(slots=300, paragraphs=20)
    result = clean(data, URL, bundled_book)
    assert result.changed and result.report.status == "cleaned"
    (removal,) = [r for r in result.report.removals if r.rule == "_default:ad-label"]
    assert removal.element.startswith("div") and "slots" in removal.element
    root = lxml.html.document_fromstring(result.body)
    assert "Advertisement" not in root.text_content()
    story_kept(result.body, 20)


def test_a_sentence_of_spam_links_is_unwrapped_and_its_words_stay(bundled_book):
    data = linked_sentence_page(links=300, paragraphs=20)
    result = clean(data, URL, bundled_book)
    unwrapped = [r for r in result.report.removals if r.action == "unwrap"]
    assert len(unwrapped) == 300
    root = lxml.html.document_fromstring(result.body)
    last = list(root.iter("p"))[-1]
    assert last.find(".//a") is None
    words = last.text_content().split()
    assert words[:3] == ["The", "members", "said"] and words[-2:] == ["and", "left."]
    assert words[3:-2] == [f"x{i % 10}" for i in range(300)]
    story_kept(result.body, 20)


# -- mutated HTML (hypothesis): broken markup never raises; harmless changes lose no article text --

MUTATIONS = ("truncate", "nul", "lying-charset", "utf-16", "no-html-body", "frameset", "deep-nesting")
CHARSETS = ("utf-8", "shift_jis", "windows-1251", "iso-2022-jp", "utf-16", "utf-16-be", "utf-7", "x-no-such-charset", "")
DEPTH = 100_000


def _mutate(data: bytes, kind: str, rng) -> bytes:
    if kind == "truncate":  # cut anywhere: inside a tag, an attribute, an entity, a comment
        return data[: rng.randrange(len(data) + 1)]
    if kind == "nul":
        for _ in range(rng.randrange(1, 40)):
            at = rng.randrange(len(data) + 1)
            data = data[:at] + b"\x00" + data[at:]
        return data
    if kind == "lying-charset":  # a <meta> that names another charset than the bytes are in
        meta = f'<meta charset="{rng.choice(CHARSETS)}">'.encode()
        return re.sub(rb"<meta charset=[^>]*>", meta, data, count=1) if b"<meta charset" in data else meta + data
    if kind == "utf-16":
        text = data.decode("utf-8", "replace")
        codec = rng.choice(("utf-16", "utf-16-le", "utf-16-be"))  # "utf-16" writes a BOM, the others none
        return text.encode(codec, "surrogatepass")
    if kind == "no-html-body":
        return re.sub(rb"</?(?:html|head|body)\b[^>]*>", b"", data)
    if kind == "frameset":
        return re.sub(rb"<body\b[^>]*>", b'<frameset cols="50%,50%"><frame src="a.html"><frame src="b.html">'
                      b"<noframes><body>", data, count=1) + b"</noframes></frameset>"
    if kind == "deep-nesting":  # 100,000 unclosed elements, where the story starts or before everything
        deep = rng.choice((b"<div>", b"<span>", b"<b><i>", b"<table><tr><td>")) * DEPTH
        at = data.find(b"<article>")
        return deep + data if at < 0 or rng.random() < 0.3 else data[:at] + deep + data[at:]
    raise AssertionError(kind)


BASES = (ad_slots_page(slots=40, paragraphs=6), linked_sentence_page(links=40, paragraphs=6))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    base=st.sampled_from(BASES),
    kinds=st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=3),
    http_charset=st.sampled_from((None, *CHARSETS)),
    seed=st.integers(0, 2**32 - 1),
)
def test_mutated_pages_never_raise_and_unchanged_means_same_bytes(bundled_book, base, kinds, http_charset, seed):
    rng = random.Random(seed)
    data = base
    for kind in kinds:
        data = _mutate(data, kind, rng)
    result = clean(data, URL, bundled_book, http_charset=http_charset)
    assert isinstance(result.body, bytes)
    assert result.report.status in {"cleaned", "unchanged", "skipped"}, result.report.detail  # no "error"
    if result.changed:
        result.body.decode("utf-8")  # what the engine writes is UTF-8, whatever came in
    else:
        assert result.body is data


@pytest.mark.parametrize("kind", ["utf-16", "frameset", "no-html-body", "deep-nesting"])
def test_each_mutation_alone_on_a_page_of_slots(bundled_book, kind):
    """Where the markup still says what the page is, the box of slots still goes; a frameset's
    <noframes> is text to libxml2, so that page goes out as it came."""
    data = _mutate(BASES[0], kind, random.Random(1))
    result = clean(data, URL, bundled_book)
    assert result.report.status in {"cleaned", "unchanged", "skipped"}
    if kind == "no-html-body" or (kind == "utf-16" and data.startswith((b"\xff\xfe", b"\xfe\xff"))):
        assert result.changed and b"Advertisement" not in result.body
        story_kept(result.body, 6)
    elif kind == "frameset":
        assert not result.changed and result.body is data


# Harmless changes: what a page's own CMS might vary from one visit to the next.
BLOCK_TAGS = frozenset({"p", "div", "section", "article", "aside", "header", "footer", "ul", "ol", "li", "table",
                        "h1", "h2", "h3", "h4", "h5", "h6", "figure", "blockquote", "nav", "main", "form"})


def _harmless(root, kinds, rng) -> None:
    body = root.find("body")
    elements = [el for el in (body if body is not None else root).iter() if isinstance(el.tag, str)]
    for el in rng.sample(elements, min(len(elements), 60)):
        kind = rng.choice(kinds)
        if kind == "attributes":
            el.set(f"data-v{rng.randrange(1000)}", rng.choice(("1", "x", "note", "2024-05-01", "")))
        elif kind == "whitespace" and el.tag in BLOCK_TAGS:  # between blocks: inside a word it would split it
            el.tail = rng.choice(("\n", "\n    ", "\t", "  ")) + (el.tail or "")
        elif kind == "comments" and el is not body and el.getparent() is not None:
            el.addprevious(lxml.etree.Comment(f" block {rng.randrange(1000)} "))


@pytest.fixture(scope="module")
def truth_pages():
    """A few corpus pages with their article's sentences (text.txt): (page, sentences to keep)."""
    from ..conftest import CORPUS_DIR, need_shared
    from ..corpus.pages import link_texts, load_corpus, page_text

    chosen = []
    for page in load_corpus(need_shared(CORPUS_DIR)):
        if page.truth != "yes":
            continue
        root = document.parse(page.source)[0]
        keep, _ = page.must_keep(page_text(root), link_texts(root))
        if len(keep) >= 8:
            chosen.append((page, keep))
        if len(chosen) == 4:
            break
    return chosen


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(which=st.integers(0, 3), kinds=st.lists(st.sampled_from(("attributes", "whitespace", "comments")),
                                                 min_size=1, max_size=3, unique=True), seed=st.integers(0, 2**32 - 1))
def test_harmless_changes_lose_no_article_text(bundled_book, truth_pages, which, kinds, seed):
    from ..corpus.pages import page_text

    page, keep = truth_pages[which]
    parsed = document.parse_page(page.source)
    _harmless(parsed.root, kinds, random.Random(seed))
    data = document.serialise(parsed.root, parsed.had_doctype)
    before = page_text(document.parse(data)[0])
    keep = [s for s in keep if s in before]  # (a comment between two inline runs may split a sentence)
    assert len(keep) >= 8
    result = clean(data, page.url, bundled_book)
    after = page_text(document.parse(result.body)[0])
    lost = [s for s in keep if s not in after]
    assert not lost, f"{page.id} with {kinds} (seed {seed}): {len(lost)} lost, e.g. {lost[0][:100]!r}"


@pytest.mark.parametrize("depth", [300, DEPTH])
def test_nesting_deeper_than_the_parser_goes_loses_nothing_after_it(bundled_book, depth):
    """libxml2 stops building the tree at 256 levels and drops the rest of the page: a page cleaned
    from that tree would lose everything after the deep part. It goes out as it came."""
    data = BASES[0].replace(b"</body>", b"<div>" * depth + b"<p>The last words of the page.</p></body>")
    result = clean(data, URL, bundled_book)
    assert not result.changed and result.body is data
    assert result.report.status == "skipped" and "deeper than" in result.report.detail


def test_nesting_the_parser_takes_is_cleaned(bundled_book):
    data = BASES[0].replace(b"</body>", b"<div>" * 200 + b"<p>The last words of the page.</p></body>")
    result = clean(data, URL, bundled_book)
    assert result.changed and b"The last words of the page." in result.body and b"Advertisement" not in result.body
