"""Shared test fixtures: where ../shared lives, the seed page, the bundled rules."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSCLEAN_SHARED", REPO.parent / "shared"))
SEED_DIR = SHARED / "seed"
CORPUS_DIR = SHARED / "corpus"
SEED_URL = "https://globalnation.inquirer.net/262911/rubio-bukele-offers-to-jail-dangerous-american-criminals"
ARTIFACTS = REPO / "artifacts"


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared seed/corpus folder sits beside the checkout")
    return path


@pytest.fixture(scope="session")
def seed_html() -> bytes:
    return (need_shared(SEED_DIR) / "globalnation-rubio.html").read_bytes()


@pytest.fixture(scope="session")
def bundled_book():
    from newsclean.rules.book import RuleBook, rule_dirs

    book = RuleBook.load(rule_dirs())
    assert not book.errors, [str(e) for e in book.errors]
    return book


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
