"""The API token: random, made once, owner-only, and the same for every process that asks."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from newsclean.api.token import load_or_create_token


def test_first_run_makes_an_owner_only_token(tmp_path):
    path = tmp_path / "conf" / "newsclean-token"
    token = load_or_create_token(path)
    assert len(token) >= 40 and token.isascii() and token.isprintable()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_or_create_token(path) == token
    assert load_or_create_token(tmp_path / "other") != token  # random, not derived
    assert not list(path.parent.glob(".*.tmp"))


def test_a_token_readable_by_others_is_taken_back(tmp_path, caplog):
    path = tmp_path / "newsclean-token"
    token = load_or_create_token(path)
    os.chmod(path, 0o644)
    assert load_or_create_token(path) == token
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert "readable by others" in caplog.text


@pytest.mark.parametrize("content", ["", "short\n", "has a space in it and is long enough to pass\n"])
def test_a_file_that_is_not_a_token_is_refused(tmp_path, content):
    path = tmp_path / "newsclean-token"
    path.write_text(content)
    os.chmod(path, 0o600)
    with pytest.raises(ValueError, match="does not hold a newsclean token"):
        load_or_create_token(path)
    assert path.read_text() == content


def test_processes_starting_together_agree_on_one_token(tmp_path):
    path = tmp_path / "newsclean-token"
    code = "import sys; from newsclean.api.token import load_or_create_token; print(load_or_create_token(sys.argv[1]))"
    procs = [subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True) for _ in range(6)]
    tokens = {p.communicate(timeout=60)[0].strip() for p in procs}
    assert len(tokens) == 1 and tokens == {path.read_text().strip()}
