"""The seed page's reader page, made once for every reader test that reads it."""

from __future__ import annotations

import pytest

from newsclean.engine.cleaner import clean

from ...conftest import SEED_URL


@pytest.fixture(scope="package")
def seed_reader(seed_html, bundled_book):
    result = clean(seed_html, SEED_URL, bundled_book, mode="reader")
    assert result.changed and result.report.status == "cleaned", result.report.detail
    assert result.encoding == "utf-8"
    return result
