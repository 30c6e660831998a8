"""Shared test fixtures: where ../shared lives, the seed page, the bundled rules."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSCLEAN_SHARED", REPO.parent / "shared"))
# The seed page is kept in the repo too (the core case never depends on ../shared); a test checks
# that it is the shared one.
SEED_DIR = REPO / "tests" / "sites" / "inquirer-seed"
CORPUS_DIR = SHARED / "corpus"
SEED_URL = "https://globalnation.inquirer.net/262911/rubio-bukele-offers-to-jail-dangerous-american-criminals"
ARTIFACTS = REPO / "artifacts"


def need_shared(path: Path) -> Path:
    """The path under ../shared; a test that needs it is skipped when it is absent — except under
    CI (CI=true), where ../shared is always beside the checkout and its absence is a failure."""
    if not path.exists():
        why = f"{path} is absent: the shared seed/corpus folder sits beside the checkout"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(why + " (under CI it must be there)")
        pytest.skip(why)
    return path


@pytest.fixture(scope="session")
def seed_html() -> bytes:
    return (need_shared(SEED_DIR) / "globalnation-rubio.html").read_bytes()


@pytest.fixture(scope="session")
def bundled_book():
    from newsclean.engine.book.rulebook import RuleBook
    from newsclean.rules.folders import rule_dirs

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
