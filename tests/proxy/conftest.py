"""Fixtures the proxy tests share; each module starts its own proxy (`proxy` fixture) on its own origin."""

from __future__ import annotations

import pytest

from .servers import requests_session


@pytest.fixture()
def client(proxy):
    """A requests session that goes through this module's proxy."""
    with requests_session(proxy) as session:
        yield session
