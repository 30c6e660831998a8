"""Shared test fixtures: where ../shared lives, the seed page, the bundled rules."""

from __future__ import annotations

import os
import shutil
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


@pytest.fixture(scope="session", autouse=True)
def private_config_dir(tmp_path_factory) -> Path:
    """newsclean's per-user folder (default user rules; $NEWSCLEAN_CONFIG) in a temporary folder, so
    no test reads or writes the real ~/.config/newsclean. Subprocesses inherit it."""
    folder = tmp_path_factory.mktemp("newsclean-config")
    old = os.environ.get("NEWSCLEAN_CONFIG")
    os.environ["NEWSCLEAN_CONFIG"] = str(folder)
    yield folder
    if old is None:
        os.environ.pop("NEWSCLEAN_CONFIG", None)
    else:
        os.environ["NEWSCLEAN_CONFIG"] = old


# Debian's chromium as the tests launch it: no sandbox as root, and none of its background calls to
# Google's hosts (refused on a closed network, many at a time).
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run installs it through `make chromium`")
        pytest.skip("Debian's chromium is not installed (make chromium installs it)")
    return path
