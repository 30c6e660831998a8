"""Fixtures shared by the proxy tests (the servers themselves are in servers.py)."""

from __future__ import annotations

import shutil

import pytest


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.skip("Debian's chromium is not installed (make chromium installs it)")
    return path
