"""Atomic writes: the old version or the new one, never half; short temporary names whatever the
target's; nothing left behind when the write fails."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from newsclean.edit.atomic import temporaries, write_atomic


def test_a_250_character_site_file_is_written_through_a_short_temporary_name(tmp_path):
    target = tmp_path / (".".join(["a" * 63] * 3 + ["b" * 54]) + ".com.toml")
    assert len(target.name) == 255
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


KILLED_WRITER = """
import resource, signal, sys
from pathlib import Path
from newsclean.edit.atomic import write_atomic
signal.signal(signal.SIGXFSZ, signal.SIG_DFL)  # Python ignores it; a file over the limit kills us now
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
write_atomic(Path(sys.argv[1]), b"x" * 100_000)
"""


@pytest.mark.parametrize("name", ["example.com.toml", ".".join(["a" * 63] * 3 + ["b" * 54]) + ".com.toml"])
def test_temporaries_finds_what_a_writer_killed_mid_write_left(tmp_path, name):
    target = tmp_path / name
    write_atomic(target, b"kept")
    done = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(target)], capture_output=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.returncode == -signal.SIGXFSZ, done.stderr
    left = [p for p in tmp_path.iterdir() if p != target]
    assert len(left) == 1 and left[0].stat().st_size == 4096  # half a file, never the target
    assert len(left[0].name) < 130
    assert temporaries(target) == left
    assert target.read_bytes() == b"kept"


def test_a_failed_write_leaves_the_target_as_it_was(tmp_path):
    target = tmp_path / "example.com.toml"
    target.mkdir()  # a folder where the file should be: the rename fails
    (target / "inside").write_text("untouched")
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert (target / "inside").read_text() == "untouched"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["example.com.toml"]
