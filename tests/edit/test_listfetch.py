"""Fetching a filter list from a real origin on 127.0.0.1: the size cap (declared and streamed),
compressed bodies (decoded, a bomb stopped at the cap, a cut-short one refused), what counts as a
list, and when a list is due."""

from __future__ import annotations

import gzip
import time

import pytest

from newsclean.edit import listfetch
from newsclean.edit.listfetch import ListError, check_list, fetch

from ..proxy.servers import Origin, Route

LIST = b"! Title: t\n##.ad\n" * 100


@pytest.fixture(scope="module")
def origin():
    server = Origin()
    server.routes["/list.txt"] = Route(LIST, content_type="text/plain")
    server.routes["/big.txt"] = Route(LIST * 10, content_type="text/plain")
    server.routes["/chunked.txt"] = Route(LIST * 10, content_type="text/plain", chunked=True)
    # Content-Encoding in `headers` (not Route.encoding, which compresses): the bodies go out as written
    server.routes["/gzip.txt"] = Route(gzip.compress(LIST), content_type="text/plain", headers={"Content-Encoding": "gzip"})
    server.routes["/bomb.txt"] = Route(gzip.compress(b"!" * 200_000), content_type="text/plain",
                                       headers={"Content-Encoding": "gzip"})
    server.routes["/cut.txt"] = Route(gzip.compress(LIST)[:40], content_type="text/plain",
                                      headers={"Content-Encoding": "gzip"})
    yield server
    server.close()


def url(origin, path):
    return f"http://127.0.0.1:{origin.port}{path}"


def test_a_plain_and_a_gzip_list(origin):
    assert fetch(url(origin, "/list.txt")).data == LIST
    assert fetch(url(origin, "/gzip.txt")).data == LIST


@pytest.mark.parametrize("path", ["/big.txt", "/chunked.txt"])  # Content-Length said, and streamed without one
def test_the_size_cap(origin, path):
    with pytest.raises(ListError, match="over the cap of 1,000 bytes") as err:
        fetch(url(origin, path), max_bytes=1000)
    assert err.value.code == "too-large"


def test_a_decompression_bomb_stops_at_the_cap_and_a_cut_stream_is_refused(origin):
    with pytest.raises(ListError, match="once decompressed"):
        fetch(url(origin, "/bomb.txt"), max_bytes=100_000)
    with pytest.raises(ListError) as err:
        fetch(url(origin, "/cut.txt"))
    assert err.value.code == "truncated"


def test_nothing_listening_is_a_network_error(origin):
    with pytest.raises(ListError) as err:
        fetch("http://127.0.0.1:9/list.txt", timeout=5)
    assert err.value.code == "network" and "cannot reach 127.0.0.1:9" in err.value.message


@pytest.mark.parametrize(
    "body, code",
    [
        (b"", "empty"),
        (b"  \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\0\0\0", "not-text"),
        (b"<!-- x -->\n<html><body>down</body></html>", "html"),
        (b"just words\nand more words\n", "no-filters"),
    ],
)
def test_what_is_not_a_list(body, code):
    with pytest.raises(ListError) as err:
        check_list(body)
    assert err.value.code == code


def test_a_network_only_list_with_comments_is_a_list():
    assert check_list(b"! Title: privacy\n||tracker.example^\n") == (0, 1)


def test_a_list_is_due_after_its_period(tmp_path):
    path = tmp_path / "l.txt"
    path.write_bytes(LIST)
    assert listfetch.due(path, 24)  # never checked
    listfetch.write_meta(path, {"source": "http://x/", "checked_at": listfetch.now_iso()})
    assert not listfetch.due(path, 24)
    assert listfetch.due(path, 24, now=time.time() + 24 * 3600 + 5)
    assert listfetch.sourced_lists(tmp_path.parent / tmp_path.name) == []  # lists live in a rules folder's lists/
