"""Nothing of the article goes: with the default rules, on all pages of ../shared/corpus, every truth
sentence (text.txt, at least eight words, not a teaser) and every "with" fragment that is in the
page before cleaning is in it after — on the page as it is, and on the page with junk injected.
This is also issue 2's corpus test. The figures: `python -m bench.default_rules`."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.corpus


def test_every_page_is_measured(default_rules_summary, corpus_pages):
    assert len(default_rules_summary.pages) == len(corpus_pages) == 454
    # The measure is not empty: thousands of sentences and hundreds of fragments are checked.
    assert default_rules_summary.sentences > 4000
    assert default_rules_summary.fragments > 900


def test_no_article_text_lost_on_the_pages_as_they_are(default_rules_summary):
    lost = default_rules_summary.lost
    assert not lost, f"{len(lost)} lost, e.g. " + "; ".join(f"{page}: {text[:80]!r}" for page, text in lost[:5])


def test_no_article_text_lost_on_the_pages_with_junk(default_rules_summary):
    lost = default_rules_summary.lost_injected
    assert not lost, f"{len(lost)} lost, e.g. " + "; ".join(f"{page}: {text[:80]!r}" for page, text in lost[:5])


def test_junk_was_injected_beside_the_article_text(default_rules_summary):
    """The no-loss check on pages with junk means something only if junk sits next to the story."""
    with_junk = [p for p in default_rules_summary.pages if p.junk]
    assert len(with_junk) >= 440


def test_injecting_junk_splits_no_truth_text(default_rules_summary):
    """Junk goes beside the story's sentences, never into them: the with-junk check compares all of it."""
    assert default_rules_summary.broken == []
