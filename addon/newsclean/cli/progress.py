"""A progress bar for batch runs, on stderr when stderr is a terminal; nothing at all otherwise (a
pipe, a file, CI's log), so what a script reads is never mixed with it.

    with Progress(len(pages), "cleaning") as bar:
        for page in pages:
            bar.say(f"{page}: ...")   # a line of output: the bar steps aside for it
            bar.advance(page.name)

It draws at most ``RATE`` times a second (and always the last step), on one line cut to the
terminal's width, and clears itself when done.
"""

from __future__ import annotations

import os
import sys
import time

RATE = 20
BAR = 24


class Progress:
    def __init__(self, total: int, label: str, stream=None, *, enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.total = max(0, total)
        self.label = label
        self.done = 0
        self.shown = False
        self._last = 0.0
        if enabled is None:
            enabled = _is_terminal(self.stream)
        self.enabled = enabled and self.total > 1

    def __enter__(self) -> Progress:
        self._draw("")
        return self

    def __exit__(self, *exc) -> None:
        self.clear()

    def advance(self, name: str = "") -> None:
        self.done += 1
        now = time.monotonic()
        if self.done >= self.total or now - self._last >= 1 / RATE:
            self._last = now
            self._draw(name)

    def line(self, name: str = "") -> str:
        """What the bar shows now (without the carriage return), at most ``width`` columns."""
        filled = BAR * self.done // self.total if self.total else BAR
        bar = "#" * filled + "." * (BAR - filled)
        text = f"{self.label} [{bar}] {self.done}/{self.total}"
        return f"{text} {name}" if name else text

    def say(self, text: str, file=None) -> None:
        """Print a line of output (stdout by default) without the bar running through it."""
        shown = self.shown
        self.clear()
        print(text, file=file or sys.stdout, flush=True)
        if shown:
            self._draw("")

    def clear(self) -> None:
        if self.enabled and self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False

    def _draw(self, name: str) -> None:
        if not self.enabled:
            return
        width = _width(self.stream)
        self.stream.write("\r\x1b[K" + self.line(name)[: max(10, width - 1)])
        self.stream.flush()
        self.shown = True


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed, or not a file
        return False


def _width(stream) -> int:
    try:
        columns = os.get_terminal_size(stream.fileno()).columns
    except (OSError, AttributeError, ValueError):
        return 80
    return columns if columns > 0 else 80  # a terminal that says no size (a fresh pty, a serial line)
