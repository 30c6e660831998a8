"""Decompression bombs: bodies are decoded a piece at a time and never past newsclean_max_bytes.

Unit tests of ``body.decode_capped`` with the real compressors, then the real proxy (mitmdump with the
script, its own process, so that its memory can be read from /proc) fed bombs of 256 MiB decoded by an
origin on 127.0.0.1, with a cap of 1 MiB: each bomb comes back exactly as the origin sent it, and the
proxy's peak resident memory (VmHWM) does not grow by anything like the bomb's size.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

import brotli
import pytest
import requests

from newsclean.proxy.body import decode_capped

from .processes import REPO, Process, free_port, mitmdump_argv, wait_for_port
from .servers import PAGES, TEST_RULES, Origin, Route

PAGE = (PAGES / "article-utf-8.html").read_bytes()
CODINGS = ("gzip", "deflate", "br", "zstd")


def zstd_compress(data: bytes) -> bytes:
    try:
        from backports import zstd  # mitmproxy 12
    except ImportError:
        import zstandard  # mitmproxy 11

        return zstandard.ZstdCompressor().compress(data)
    return zstd.compress(data)


def compress(data: bytes, coding: str) -> bytes:
    if coding == "gzip":
        return gzip.compress(data, compresslevel=6)
    if coding == "deflate":
        return zlib.compress(data, 6)
    if coding == "br":
        return brotli.compress(data, quality=5)
    return zstd_compress(data)


# -- decode_capped -----------------------------------------------------------------------------------
@pytest.mark.parametrize("coding", CODINGS)
def test_a_body_up_to_the_cap_is_decoded_and_one_byte_more_is_not(coding):
    page = PAGE * 40
    raw = compress(page, coding)
    assert decode_capped(raw, coding, len(page)) == page
    assert decode_capped(raw, coding.upper() + " ", 10 * len(page)) == page
    assert decode_capped(raw, coding, len(page) - 1) is None


@pytest.mark.parametrize("coding", CODINGS)
def test_a_bomb_is_stopped_at_the_cap(coding):
    bomb = compress(b" " * (64 * 2**20), coding)
    assert len(bomb) < 2**20  # (64 MiB of spaces squeeze well under the cap)
    assert decode_capped(bomb, coding, 2**20) is None


@pytest.mark.parametrize("coding", ["gzip", "deflate", "br"])
def test_a_truncated_body_is_an_error(coding):
    raw = compress(PAGE * 40, coding)
    with pytest.raises(ValueError, match=f"when decoding {coding}"):
        decode_capped(raw[: len(raw) // 2], coding, 2**30)


def test_what_servers_send_besides_one_stream():
    assert decode_capped(gzip.compress(b"one ") + gzip.compress(b"two"), "gzip", 100) == b"one two"  # two members
    assert decode_capped(zlib.compress(PAGE)[2:-4], "deflate", 2**20) == PAGE  # raw DEFLATE, no zlib header
    assert decode_capped(zlib.compress(PAGE), "gzip", 2**20) == PAGE  # zlib under the name gzip (as mitmproxy 12)
    assert decode_capped(PAGE, "identity", len(PAGE)) == PAGE
    assert decode_capped(PAGE, "", len(PAGE) - 1) is None
    with pytest.raises(ValueError, match="invalid Content-Encoding: base64"):
        decode_capped(b"PGh0bWw+", "base64", 100)
    with pytest.raises(ValueError, match="when decoding gzip"):
        decode_capped(b"<html>not gzip</html>", "gzip", 100)


# -- bombs through the real proxy ------------------------------------------------------------------------
BOMB_SIZE = 256 * 2**20
CAP = 2**20
HWM_GROWTH_LIMIT = 96 * 2**20  # decoding one bomb whole would take at least 256 MiB


def memory(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (peak) of a process, in bytes."""
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            out[name] = int(value.split()[0]) * 1024
    return out


@pytest.fixture(scope="module")
def origin():
    server = Origin()
    server.routes["/small"] = Route(PAGE)
    spaces = b"<!DOCTYPE html><html><body><p>" + b" " * BOMB_SIZE
    for coding in CODINGS:
        server.routes[f"/bomb-{coding}"] = Route(
            compress(spaces, coding), "text/html; charset=utf-8", headers={"Content-Encoding": coding}
        )
    del spaces
    yield server
    server.close()


@pytest.fixture(scope="module")
def mitmdump(tmp_path_factory, origin):
    port = free_port()
    proc = Process(mitmdump_argv(
        "-q", "-s", REPO / "addon" / "newsclean_mitmproxy.py", "--listen-host", "127.0.0.1", "--listen-port", port,
        "--set", f"confdir={tmp_path_factory.mktemp('confdir')}", "--set", f"newsclean_rules={TEST_RULES}",
        "--set", "newsclean_no_bundled=true", "--set", "newsclean_sites=127.0.0.1",
        "--set", f"newsclean_max_bytes={CAP}", "--set", "newsclean_watch=false",
    ))
    try:
        wait_for_port(port)
        proc.port = port
        yield proc
    finally:
        proc.stop()


def get(proxy_port: int, origin: Origin, path: str) -> requests.Response:
    with requests.Session() as client:
        client.trust_env = False
        return client.get(
            f"http://127.0.0.1:{origin.port}{path}", proxies={"http": f"http://127.0.0.1:{proxy_port}"},
            headers={"Accept-Encoding": "identity"}, stream=True, timeout=60,
        )


def test_bombs_pass_through_as_they_came_without_filling_the_proxy_s_memory(mitmdump, origin):
    small = get(mitmdump.port, origin, "/small")
    assert small.headers["X-Newsclean"] == "removed=3; rules=_default"  # cleaned: the proxy is warm
    before = memory(mitmdump.proc.pid)
    for coding in CODINGS:
        r = get(mitmdump.port, origin, f"/bomb-{coding}")
        sent = origin.routes[f"/bomb-{coding}"].body
        assert r.status_code == 200
        assert r.headers["Content-Encoding"] == coding and r.headers["Content-Length"] == str(len(sent))
        assert r.headers["X-Newsclean"] == "removed=0; rules=_default; status=too-large"
        assert r.raw.read() == sent  # the body exactly as it came, still encoded
        now = memory(mitmdump.proc.pid)
        assert now["VmHWM"] - before["VmHWM"] < HWM_GROWTH_LIMIT, (coding, before, now)
        # and the next reader is served as usual
        assert get(mitmdump.port, origin, "/small").headers["X-Newsclean"] == "removed=3; rules=_default"
