"""The hostile pages of `python -m bench.hostile`, small: what once made the default rules quadratic
is cleaned as any page is (timings are the benchmark's business, not a test's)."""

from __future__ import annotations

import lxml.html

from bench.hostile import URL, _SENTENCE, ad_slots_page, linked_sentence_page
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
