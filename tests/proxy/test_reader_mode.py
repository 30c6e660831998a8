"""Reader mode through the proxy: asked for per request (`?newsclean=reader`, `X-Newsclean-Mode`), and
chosen for every site without a rule file (`newsclean_unlisted_mode`). A real origin on 127.0.0.1, the
real proxy, a real client.

courier.test has a rule file (mode "clean"); listed.test is a domain the user listed, with no file of
its own, so this proxy serves it in reader mode.
"""

from __future__ import annotations

import pytest

from .servers import PAGES, TEST_RULES, Origin, Route, RunningProxy

PAGE = (PAGES / "article-utf-8.html").read_bytes()
HEADLINE = "Café owners on Front Street brace for the new parking rules"
SENTENCE = "Owners of the six cafés on Front Street say the council’s new parking rules"
LABEL = "Article continues after this advertisement"
READER_MARK = 'class="newsclean-article"'


@pytest.fixture(scope="module")
def origin():
    server = Origin()
    server.routes.update({"/story": Route(PAGE), "/etag": Route(PAGE, etag='"v1"')})
    yield server
    server.close()


@pytest.fixture(scope="module")
def proxy(tmp_path_factory, origin):
    running = RunningProxy(
        tmp_path_factory.mktemp("confdir"),
        {(name, 80): origin.port for name in ("courier.test", "listed.test")},
        rules=str(TEST_RULES),  # only read here
        no_bundled=True,
        sites=["listed.test"],
        newsclean_unlisted_mode="reader",
    )
    yield running
    running.stop()


def is_reader_page(text: str) -> bool:
    return READER_MARK in text and "<script" not in text.lower()


def test_a_site_with_a_rule_file_keeps_its_own_mode(client):
    text = client.get("http://courier.test/story").content.decode()
    assert SENTENCE in text and LABEL not in text
    assert not is_reader_page(text)


@pytest.mark.parametrize("how", ["query", "header"])
def test_reader_page_asked_for_per_request(client, origin, how):
    if how == "query":
        r = client.get("http://courier.test/story?page=2&newsclean=reader")
        assert origin.last("/story")[2] == "/story?page=2"  # the switch never reaches the site
    else:
        r = client.get("http://courier.test/story", headers={"X-Newsclean-Mode": "reader"})
        assert "X-Newsclean-Mode" not in origin.last("/story")[3]
    text = r.content.decode()
    assert r.status_code == 200 and is_reader_page(text)
    assert HEADLINE in text and SENTENCE in text and LABEL not in text  # rules ran before extraction
    assert "X-Newsclean-Mode" in r.headers["Vary"]
    assert r.headers["X-Newsclean"].startswith("removed=")


def test_sites_without_a_rule_file_get_the_chosen_mode_and_a_request_can_ask_for_the_cleaned_page(client):
    text = client.get("http://listed.test/story").content.decode()
    assert is_reader_page(text) and HEADLINE in text and SENTENCE in text
    cleaned = client.get("http://listed.test/story?newsclean=clean").content.decode()
    assert not is_reader_page(cleaned) and SENTENCE in cleaned


def test_the_original_wins_over_a_mode(client):
    r = client.get("http://courier.test/story?newsclean=reader&newsclean=off")
    assert r.content == PAGE
    assert r.headers["X-Newsclean"].endswith("status=bypassed")


def test_a_reader_copy_never_revalidates_as_the_cleaned_page(client):
    reader = client.get("http://courier.test/etag?newsclean=reader")
    cleaned = client.get("http://courier.test/etag")
    assert reader.headers["ETag"] != cleaned.headers["ETag"]
    # The cleaned page's request carrying the reader copy's validator gets the page whole...
    again = client.get("http://courier.test/etag", headers={"If-None-Match": reader.headers["ETag"]})
    assert again.status_code == 200 and not is_reader_page(again.content.decode())
    # ...and the reader copy's own validator a 304 from the origin.
    same = client.get("http://courier.test/etag?newsclean=reader", headers={"If-None-Match": reader.headers["ETag"]})
    assert same.status_code == 304
