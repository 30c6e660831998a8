"""Where snapshot gets a page: a real origin on 127.0.0.1 (encodings, caps, refusals); the proxy's
side is tested with a real proxy in test_snapshot.py."""

from __future__ import annotations

import gzip
import zlib

import pytest

from newsclean.cli import pagesource

from ..proxy.servers import Origin, Route

PAGE = b"<html><body><p>The story, as the site sent it.</p></body></html>"


@pytest.fixture(autouse=True)
def no_proxy_settings(monkeypatch):
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def origin():
    server = Origin()
    server.routes["/plain"] = Route(PAGE, "text/html; charset=iso-8859-1")
    server.routes["/gzip"] = Route(PAGE, "text/html", encoding="gzip")
    server.routes["/deflate"] = Route(PAGE, "text/html", encoding="deflate")
    server.routes["/br"] = Route(PAGE, "text/html", encoding="br")
    server.routes["/bomb"] = Route(b"<p>" + b"a" * 5_000_000, "text/html", encoding="gzip")
    server.routes["/json"] = Route(b"{}", "application/json")
    server.routes["/moved"] = Route(b"", "text/html", status=301, headers={"Location": "/plain"})
    yield server
    server.close()


def url(origin, path):
    return f"http://127.0.0.1:{origin.port}{path}"


def test_a_plain_page_with_its_charset_asking_for_the_original(origin):
    page = pagesource.fetch(url(origin, "/plain"))
    assert (page.data, page.charset, page.url) == (PAGE, "iso-8859-1", url(origin, "/plain"))
    assert page.origin == f"{url(origin, '/plain')} (fetched)"
    assert origin.last("/plain")[3]["X-Newsclean-Bypass"] == "1"


@pytest.mark.parametrize("path", ["/gzip", "/deflate"])
def test_gzip_and_deflate_bodies_are_undone(origin, path):
    assert pagesource.fetch(url(origin, path)).data == PAGE


def test_a_redirect_is_followed_and_its_target_kept(origin):
    page = pagesource.fetch(url(origin, "/moved"))
    assert page.url == url(origin, "/plain") and page.data == PAGE


@pytest.mark.parametrize("path, message", [
    ("/br", "came br-encoded, which snapshot does not undo"),
    ("/json", "is not a page: its content type is application/json"),
    ("/absent", "answered 404"),
    ("/bomb", "is over 100000 bytes: more than the proxy cleans"),
])
def test_what_is_not_a_page_to_save_is_said(origin, path, message):
    with pytest.raises(pagesource.NoPage, match=message):
        pagesource.fetch(url(origin, path), max_bytes=100_000)


def test_nothing_listens(tmp_path):
    with pytest.raises(pagesource.NoPage, match="cannot fetch http://127.0.0.1:9/x"):
        pagesource.fetch("http://127.0.0.1:9/x", timeout=5)
    token = tmp_path / "newsclean-token"
    token.write_text("t" * 43)
    with pytest.raises(pagesource.NoPage, match="no proxy answers at http://127.0.0.1:9 .*start it with `newsclean run`"):
        pagesource.from_proxy("http://example.org/", "http://127.0.0.1:9", token)


def test_the_token_is_found_in_the_confdir_or_given(tmp_path):
    assert pagesource.token_path(None, str(tmp_path)) == tmp_path / "newsclean-token"
    assert pagesource.token_path(str(tmp_path / "t"), "/elsewhere") == tmp_path / "t"
    assert pagesource.token_path(None, None).name == "newsclean-token"


def test_decoding_is_capped():
    assert len(pagesource._decoded(gzip.compress(b"a" * 10_000), "gzip", 100, "u")) == 101
    assert pagesource._decoded(zlib.compress(PAGE), "deflate", 10_000, "u") == PAGE
    with pytest.raises(pagesource.NoPage, match="does not decode"):
        pagesource._decoded(b"not gzip", "gzip", 100, "u")
