"""The corpus measurement, made once per test session: every page cleaned as it is and with junk."""

from __future__ import annotations

import pytest

from ..conftest import CORPUS_DIR, need_shared

#: the generator seed the gates use (bench.default_rules measures any seed)
SEED = 0


@pytest.fixture(scope="session")
def corpus_pages():
    from .pages import load_corpus

    return load_corpus(need_shared(CORPUS_DIR))


@pytest.fixture(scope="session")
def default_rules_summary(corpus_pages, bundled_book):
    from .measure import measure

    return measure(corpus_pages, bundled_book, SEED)
