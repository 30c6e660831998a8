"""The cleaner threads: a fixed set of threads and a bounded queue; beyond both, ``Busy``."""

from __future__ import annotations

import threading

import pytest

from newsclean.proxy.dispatch import Busy, CleanerThreads


def test_pages_wait_in_a_bounded_queue_and_beyond_it_are_refused():
    threads = CleanerThreads(size=1, waiting=1)
    release = threading.Event()
    first = threads.submit(release.wait, 60)
    queued = threads.submit(lambda: "second")
    with pytest.raises(Busy):
        threads.submit(lambda: "third")
    assert threads.busy == 2 and not queued.done()
    release.set()
    assert first.result(timeout=60) is True and queued.result(timeout=60) == "second"


def test_a_page_given_up_on_before_its_turn_is_skipped():
    threads = CleanerThreads(size=1, waiting=1)
    release, ran = threading.Event(), []
    first = threads.submit(release.wait, 60)
    queued = threads.submit(ran.append, "ran")
    assert queued.cancel()
    release.set()
    first.result(timeout=60)
    threads.submit(lambda: None).result(timeout=60)  # the queue has moved past the cancelled page
    assert ran == [] and threads.busy == 0
