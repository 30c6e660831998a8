"""Stopping ``newsclean run``: Ctrl-C or SIGTERM stops the proxy within about a second in every state,
and a second one stops it at once.

The first signal asks mitmproxy to stop (``Master.shutdown``: the ``done`` hooks run, the addon stops
its worker processes, the event loop ends) and starts a watchdog. Whatever that stop waits on — a
worker process that does not answer, a thread stuck in C code, another addon's ``done`` that blocks,
a thread of asyncio's default executor that ``asyncio.run`` would wait for without limit — the
watchdog ends the process ``GRACE`` seconds after the signal: it kills the worker processes it knows
and calls ``os._exit`` (exit status 1, with a line on stderr saying so). The kernel then closes the
listening socket, so a restart on the same port works at once.

A second SIGINT or SIGTERM during the stop does the same without waiting (exit status 128 + the
signal's number, as a shell reports a process ended by it): someone pressing Ctrl-C twice wants it
gone now.

The handlers are Python's own (``signal.signal``), not the event loop's (``loop.add_signal_handler``):
they run in the main thread at its next bytecode, so they also act while the event loop is held up,
which may be the very reason the stop takes long. (Cleaner threads are daemon threads, so one stuck
in lxml does not hold up the interpreter's exit either; dispatch.py.)
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable

GRACE = 1.0  # seconds from the first signal to a forced exit
SIGNALS = (signal.SIGINT, signal.SIGTERM)
FORCED_EXIT = 1  # the watchdog's exit status (a second signal: 128 + its number)


class Stopper:
    """Installs the handlers for ``master``; ``pids()`` gives the worker processes to kill on a forced exit."""

    def __init__(self, master, pids: Callable[[], list[int]], grace: float = GRACE):
        self.master = master
        self.pids = pids
        self.grace = grace
        self.stopping = False
        self._previous: dict[int, object] = {}

    def install(self) -> bool:
        """Handle SIGINT and SIGTERM from now on; False where that cannot be done (not the main thread)."""
        try:
            for sig in SIGNALS:
                self._previous[sig] = signal.signal(sig, self._on_signal)
        except ValueError:  # not the main thread of the main interpreter
            self.uninstall()
            return False
        return True

    def uninstall(self) -> None:
        """Put back the handlers there were before (a process that goes on after the proxy stopped)."""
        for sig, previous in self._previous.items():
            signal.signal(sig, previous)
        self._previous.clear()

    def _on_signal(self, signum: int, frame) -> None:
        if self.stopping:
            self.force(f"stopped at once ({signal.Signals(signum).name} a second time)", 128 + signum)
        self.stopping = True
        threading.Thread(target=self._watch, name="newsclean stop watchdog", daemon=True).start()
        self.master.shutdown()  # thread-safe: wakes the event loop, which runs the done hooks and ends

    def _watch(self) -> None:
        time.sleep(self.grace)
        for stream in (sys.stdout, sys.stderr):  # what was logged before, if the streams are free
            try:
                stream.flush()
            except Exception:  # noqa: BLE001 - nothing must keep the process from ending
                pass
        self.force(f"not stopped within {self.grace:g} s of the signal; stopped without waiting further", FORCED_EXIT)

    def force(self, why: str, status: int) -> None:
        """Kill the worker processes and end this process now (no cleanup: the kernel frees the port)."""
        try:
            pids = list(self.pids())
        except Exception:  # noqa: BLE001 - a pool being replaced at this moment: its workers watch their parent
            pids = []
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        try:  # os.write, not print: this may run inside a signal handler that interrupted a print
            os.write(2, f"newsclean run: {why}\n".encode())
        except OSError:
            pass
        os._exit(status)
