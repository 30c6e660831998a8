"""`python -m bench` as a user runs it: where the corpus is absent it says so and succeeds; a part it
does not know is refused with the list of parts."""

from __future__ import annotations

import os
import subprocess
import sys

from ..conftest import REPO


def run_bench(*args, **env):
    return subprocess.run([sys.executable, "-m", "bench", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=120, env={**os.environ, **env})


def test_skips_with_the_reason_where_the_corpus_is_absent(tmp_path):
    done = run_bench("--quick", NEWSCLEAN_SHARED=str(tmp_path / "nowhere"))
    assert done.returncode == 0, done.stderr
    assert f"skipped: engine, latency, load: {tmp_path / 'nowhere' / 'corpus'} is absent" in done.stdout
    assert f"{os.cpu_count()} cores" in done.stdout  # the machine is named with the figures


def test_unknown_part_is_refused_with_the_parts_named():
    done = run_bench("speed")
    assert done.returncode == 2
    assert "unknown part speed: the parts are engine, latency, load" in done.stderr
