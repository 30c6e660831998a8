"""The `newsclean` command run as a user runs it: a real process, real files. This module holds the
helper every CLI test uses and what main.py itself does: build the parser from the commands' modules
and dispatch."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile


def newsclean(*args, cwd=None, stdin=None, config=None, env=None):
    """The CLI as a real process; ``config``: its per-user folder (by default a new empty one, so
    what other tests saved as user rules is not read)."""
    if config is None:  # (an empty folder of its own, gone when the command is)
        with tempfile.TemporaryDirectory(prefix="newsclean-cli-") as empty:
            return newsclean(*args, cwd=cwd, stdin=stdin, config=empty, env=env)
    env = {**os.environ, "NEWSCLEAN_CONFIG": str(config), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "newsclean.cli.main", *map(str, args)],
        capture_output=True, cwd=cwd, input=stdin, timeout=120, env=env,
    )


COMMANDS = ("clean", "check", "explain", "preview", "run", "trust", "test", "snapshot")


def test_every_command_is_there_and_says_its_exit_codes():
    proc = newsclean("--help")
    assert proc.returncode == 0
    out = proc.stdout.decode()
    for command in COMMANDS:
        assert f"    {command} " in out or f"    {command}\n" in out, command
    assert "0 ok, 1 findings" in out and "2 usage" in out
    for command in ("clean", "check", "explain", "preview", "test", "snapshot", "trust"):
        sub = newsclean(command, "--help").stdout.decode()
        assert "--json" in sub, command
        assert re.search(r"exit 0 .*1 .*2 ", " ".join(sub.split()), re.IGNORECASE), command


def test_usage_errors_exit_2():
    for args in ((), ("no-such-command",), ("clean", "--no-such-option"), ("explain", "page.html")):
        proc = newsclean(*args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert b"usage: newsclean" in proc.stderr
