"""cli/progress.py: a bar on stderr when it is a terminal (a real pty here), nothing when piped; the
batch commands draw it as real processes."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import tempfile

from newsclean.cli.progress import Progress

from ..conftest import SEED_URL


def read_all(fd: int) -> bytes:
    """What was written to a pty's other end (it answers EIO once the writer is gone)."""
    out = b""
    while select.select([fd], [], [], 0.5)[0]:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    return out


def test_on_a_terminal_the_bar_is_drawn_and_cleared():
    master, slave = os.openpty()
    try:
        with open(slave, "w", closefd=False) as stream:
            with Progress(3, "cleaning", stream) as bar:
                assert bar.enabled
                for name in ("a.html", "b.html", "c.html"):
                    bar.advance(name)
            written = read_all(master).decode()
    finally:
        os.close(master)
        os.close(slave)
    assert "cleaning [" in written and "3/3 c.html" in written and "#" * 24 in written
    assert written.endswith("\r\x1b[K")  # gone when done: the terminal's next line is clean


def test_piped_or_single_there_is_no_bar():
    read, write = os.pipe()
    try:
        with open(write, "w", closefd=False) as stream:
            with Progress(3, "cleaning", stream) as bar:
                assert not bar.enabled
                bar.advance("a")
                bar.say("a line", file=stream)
        os.close(write)
        assert os.read(read, 1000) == b"a line\n"
    finally:
        os.close(read)
    assert not Progress(1, "x", enabled=True).enabled  # one item: nothing to show progress of


def test_the_line_fits_and_counts():
    bar = Progress(4, "testing", enabled=False)
    bar.done = 1
    assert bar.line("site/case") == "testing [######..................] 1/4 site/case"


def run_on_a_pty(*args, cwd):
    """The CLI with its stderr on a terminal (a pty) and its stdout piped: (returncode, stdout, terminal)."""
    with tempfile.TemporaryDirectory(prefix="newsclean-cli-") as config:  # (an empty folder, gone after)
        return _run_on_a_pty(args, cwd, config)


def _run_on_a_pty(args, cwd, config):
    master, slave = os.openpty()
    env = {**os.environ, "NEWSCLEAN_CONFIG": config}
    proc = subprocess.Popen([sys.executable, "-m", "newsclean.cli.main", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=slave, stdin=subprocess.DEVNULL, cwd=cwd, env=env)
    os.close(slave)
    terminal = b""
    try:
        while proc.poll() is None:
            terminal += read_all(master)
        terminal += read_all(master)
        stdout = proc.stdout.read()
    finally:
        proc.stdout.close()
        os.close(master)
    return proc.wait(), stdout, terminal.decode()


def test_clean_batch_draws_a_bar_on_a_terminal_and_none_when_piped(tmp_path, seed_path):
    listing = tmp_path / "list.tsv"
    listing.write_text("".join(f"{seed_path}\t{SEED_URL}?n={n}\n" for n in range(3)))
    code, stdout, terminal = run_on_a_pty("clean", "--batch", listing, "--out-dir", tmp_path / "out", cwd=tmp_path)
    assert code == 0, terminal
    assert "cleaning [" in terminal and "3/3" in terminal
    assert stdout.decode().count("\tcleaned\t") == 3 and "cleaning [" not in stdout.decode()
    piped = subprocess.run([sys.executable, "-m", "newsclean.cli.main", "clean", "--batch", listing, "--out-dir",
                            tmp_path / "out2"], capture_output=True, timeout=120, cwd=tmp_path)
    assert piped.returncode == 0 and b"cleaning [" not in piped.stderr and b"\x1b" not in piped.stderr


def test_newsclean_test_draws_a_bar_over_its_cases(tmp_path):
    code, stdout, terminal = run_on_a_pty("test", cwd=tmp_path)
    assert code == 0, stdout
    assert "testing [" in terminal and "inquirer.net/" in terminal
    assert "PASS " in stdout.decode() and "testing [" not in stdout.decode()
