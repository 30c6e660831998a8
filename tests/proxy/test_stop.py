"""Stopping `newsclean run` (stop.py): SIGTERM and Ctrl-C end the proxy within 2 s in every state it can
be in, its port free right after; a second signal ends it at once.

Each test starts `newsclean run` as a real process on a free loopback port, puts it into the state
with real pages from a real origin (a page made slow by an XPath rule that takes seconds in libxml2,
test_budget's), real signals to its real worker processes, and a real mitmproxy script for an addon
that blocks in its `done`.
"""

from __future__ import annotations

import concurrent.futures
import os
import re
import shutil
import signal
import subprocess

import pytest
import requests

from .processes import (
    Process,
    assert_port_free,
    cpu_ticks,
    free_port,
    kill_if_alive,
    newsclean_argv,
    process_exists,
    wait_until,
    worker_pids,
)
from .servers import TEST_RULES, Origin, Route
from .test_budget import SLOW, SLOW_RULE

STOP_WITHIN = 2.0  # seconds from the signal to the process's end
SIGNALS = [signal.SIGTERM, signal.SIGINT]
SMALL = b"<!DOCTYPE html><html><head><title>Small</title></head><body><p>A short story.</p></body></html>"
ON_THREADS = ("newsclean_process_threshold=1099511627776", "newsclean_budget_ms=600000")  # no workers, no deadline
IN_WORKERS = ("newsclean_process_threshold=0", "newsclean_budget_ms=600000", "newsclean_process_timeout=600")
# An addon (a mitmproxy script a user may load) whose `done` never returns in time.
BLOCKING_SCRIPT = """
import time

class BlocksOnDone:
    def done(self):
        print("blocking addon: done called", flush=True)
        time.sleep(120)

addons = [BlocksOnDone()]
"""


@pytest.fixture(scope="module")
def origin():
    server = Origin()
    server.routes.update({"/small": Route(SMALL), "/slow": Route(SLOW)})
    yield server
    server.close()


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    """The rule folder (the test rules, the slow rule in the default rules) and one confdir (one CA)."""
    rules = tmp_path_factory.mktemp("rules")
    for f in TEST_RULES.glob("*.toml"):
        shutil.copy(f, rules / f.name)
    with (rules / "_default.toml").open("a") as f:
        f.write(SLOW_RULE)
    return rules, tmp_path_factory.mktemp("mitmproxy")


class Proxy:
    def __init__(self, setup, origin, *options: str, port: int | None = None):
        rules, confdir = setup
        self.port = port or free_port()
        self.origin = origin
        argv = ["run", "--port", self.port, "--confdir", confdir, "--rules", rules, "--no-bundled",
                "--site", "127.0.0.1", "--set", "newsclean_watch=false"]
        for option in options:
            argv += ["--set", option]
        self.process = Process(newsclean_argv(*argv))
        self.pid = self.process.proc.pid
        self.process.wait_for_line("Stop with Ctrl-C")

    def get(self, path: str) -> requests.Response:
        with requests.Session() as client:
            client.trust_env = False
            return client.get(f"http://127.0.0.1:{self.origin.port}{path}",
                              proxies={"http": f"http://127.0.0.1:{self.port}"}, timeout=120)

    def stop(self, sig: signal.Signals) -> int:
        """Send ``sig``; the exit status once the process has ended, within STOP_WITHIN seconds."""
        self.process.proc.send_signal(sig)
        return self.wait(sig)

    def wait(self, sig) -> int:
        try:
            code = self.process.proc.wait(STOP_WITHIN)
        except subprocess.TimeoutExpired:
            self.process.proc.kill()
            self.process.proc.wait(20)
            raise AssertionError(f"still running {STOP_WITHIN} s after {sig.name}; stderr: {self.stderr()}") from None
        assert_port_free(self.port)
        return code

    def stderr(self) -> str:
        return "".join(self.process.err)

    def kill(self) -> None:
        if self.process.proc.poll() is None:
            self.process.proc.kill()
            self.process.proc.wait(20)


@pytest.fixture()
def proxies(setup, origin):
    started: list[Proxy] = []

    def start(*options: str, port: int | None = None) -> Proxy:
        started.append(Proxy(setup, origin, *options, port=port))
        return started[-1]

    yield start
    for proxy in started:
        proxy.kill()


def assert_stopped_cleanly(proxy: Proxy, code: int, workers=()) -> None:
    assert code == 0, proxy.stderr()
    assert "Traceback" not in proxy.stderr()
    wait_until(lambda: not any(process_exists(pid) for pid in workers), "the worker processes to end", timeout=2)


def slow_page_at_work(proxy: Proxy, pid: int, pool: concurrent.futures.ThreadPoolExecutor):
    """A slow page sent; back once the origin answered and ``pid`` has spent 0.3 s of CPU on it since."""
    pending = pool.submit(proxy.get, "/slow")
    wait_until(lambda: any(path == "/slow" for _, _, path, _ in proxy.origin.seen), "the origin to serve /slow")
    ticks = cpu_ticks(pid)
    wait_until(lambda: cpu_ticks(pid) >= ticks + 30, "the page to be at work")
    return pending


@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: s.name)
def test_idle(proxies, sig):
    proxy = proxies()
    assert proxy.get("/small").headers["X-Newsclean"] == "removed=0; rules=_default; status=unchanged"
    assert_stopped_cleanly(proxy, proxy.stop(sig))


@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: s.name)
def test_a_cleaner_thread_stuck_in_lxml(proxies, sig):
    proxy = proxies(*ON_THREADS)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pending = slow_page_at_work(proxy, proxy.pid, pool)
        code = proxy.stop(sig)
        with pytest.raises(requests.ConnectionError):
            pending.result(30)  # the page was never answered: the proxy went away first
    assert_stopped_cleanly(proxy, code)


@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: s.name)
def test_a_worker_process_at_work(proxies, sig):
    proxy = proxies(*IN_WORKERS)
    proxy.get("/small")  # starts the worker
    (worker,) = worker_pids(proxy.pid)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        slow_page_at_work(proxy, worker, pool)
        code = proxy.stop(sig)
    assert_stopped_cleanly(proxy, code, [worker])


@pytest.mark.parametrize("when", ["idle", "at work"])
def test_after_a_worker_was_killed_and_a_restart_on_the_same_port(proxies, when):
    proxy = proxies(*IN_WORKERS)
    assert proxy.get("/small").status_code == 200
    (worker,) = worker_pids(proxy.pid)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        if when == "at work":
            pending = slow_page_at_work(proxy, worker, pool)
        os.kill(worker, signal.SIGKILL)
        wait_until(lambda: not process_exists(worker), "the worker to be gone")
        if when == "at work":
            assert pending.result(30).content == SLOW  # served as it came
    replacement = []
    if when == "idle":
        # The next page goes to a new worker (or, sent before the pool saw the death, is served as it
        # came and the pool replaced for the one after).
        for _ in range(2):
            if "X-Newsclean" in proxy.get("/small").headers:
                break
        replacement = worker_pids(proxy.pid)
        assert replacement and worker not in replacement
    assert_stopped_cleanly(proxy, proxy.stop(signal.SIGTERM), replacement)

    again = proxies(port=proxy.port)  # newsclean run on the same port: listening again
    assert again.get("/small").status_code == 200
    assert_stopped_cleanly(again, again.stop(signal.SIGTERM))


def test_a_worker_that_does_not_answer(proxies):
    proxy = proxies(*IN_WORKERS)
    proxy.get("/small")
    (worker,) = worker_pids(proxy.pid)
    os.kill(worker, signal.SIGSTOP)  # never reads its queue again: it cannot be asked to leave
    try:
        assert_stopped_cleanly(proxy, proxy.stop(signal.SIGTERM), [worker])  # killed instead
    finally:
        kill_if_alive(worker)


@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: s.name)
def test_the_queue_full(proxies, sig):
    proxy = proxies(*ON_THREADS, "newsclean_threads=1", "newsclean_queue=1")
    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        pages = [pool.submit(proxy.get, "/slow") for _ in range(3)]  # one cleaned, one waits, one shed
        shed = next(concurrent.futures.as_completed(pages, timeout=60)).result()
        assert shed.headers["X-Newsclean"] == "removed=0; rules=_default; status=busy"
        assert_stopped_cleanly(proxy, proxy.stop(sig))


@pytest.fixture()
def blocking_script(tmp_path):
    script = tmp_path / "blocks_on_done.py"
    script.write_text(BLOCKING_SCRIPT)
    return script


def test_a_stop_that_hangs_ends_after_the_grace(proxies, blocking_script):
    proxy = proxies(*IN_WORKERS, f"scripts={blocking_script}")
    proxy.get("/small")
    workers = worker_pids(proxy.pid)
    assert workers
    proxy.process.proc.send_signal(signal.SIGTERM)
    proxy.process.wait_for_line("blocking addon: done called", timeout=STOP_WITHIN)
    assert proxy.wait(signal.SIGTERM) == 1
    assert "newsclean run: not stopped within 1 s of the signal; stopped without waiting further" in proxy.stderr()
    wait_until(lambda: not any(process_exists(pid) for pid in workers), "the workers to be killed", timeout=2)


@pytest.mark.parametrize("first, second", [(signal.SIGTERM, signal.SIGINT), (signal.SIGINT, signal.SIGINT),
                                           (signal.SIGTERM, signal.SIGTERM)], ids=lambda s: s.name)
def test_a_second_signal_ends_it_at_once(proxies, blocking_script, first, second):
    proxy = proxies(*IN_WORKERS, f"scripts={blocking_script}")
    proxy.get("/small")
    workers = worker_pids(proxy.pid)
    proxy.process.proc.send_signal(first)
    proxy.process.wait_for_line("blocking addon: done called", timeout=STOP_WITHIN)
    proxy.process.proc.send_signal(second)
    # 128 + the signal, as a shell shows a process ended by it; the watchdog's own exit would be 1
    assert proxy.wait(second) == 128 + second
    assert re.search(rf"newsclean run: stopped at once \({second.name} a second time\)", proxy.stderr())
    wait_until(lambda: not any(process_exists(pid) for pid in workers), "the workers to be killed", timeout=2)
