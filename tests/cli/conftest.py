"""Fixtures the CLI tests share."""

from __future__ import annotations

import pytest

from ..conftest import SEED_DIR, need_shared


@pytest.fixture(scope="module")
def seed_path():
    return need_shared(SEED_DIR / "globalnation-rubio.html")
