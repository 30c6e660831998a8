"""The proxy end to end: a real origin on 127.0.0.1, the real proxy on an ephemeral port, a real client.

Sites (see conftest.HostsFile): courier.test has a rule file (tests/proxy/rules), listed.test is a
domain the user listed (default rules only), switched-off.test has `enabled = false`, other.test and
bank.test are not covered.
"""

from __future__ import annotations

import logging
import re
import shutil
import time

import pytest
import requests

from .servers import PAGES, TEST_RULES, Origin, Route, RunningProxy, make_tls_cert

UTF8_PAGE = (PAGES / "article-utf-8.html").read_bytes()
LABEL = "Article continues after this advertisement"
KEPT = [
    "Owners of the six cafés on Front Street say the council’s new parking rules",
    "“People stop for a coffee on the way to the station, and they need ten minutes, not two,” said Marta Illés",
    "A public meeting about the rules is planned for 12 February at the town hall",
    "Café owners on Front Street brace for the new parking rules",  # headline
]
COURIER_HEADER = "removed=3; rules=courier.test,_default"  # two ad labels and the spam link
BIG_PAGE = UTF8_PAGE.replace(b"</article>", b"<p>" + b"More of the story. " * 70_000 + b"</p></article>")
MAX_BYTES = 1_000_000

CHARSET_PAGES = {
    # file: (Content-Type the origin sends, sentences the reader must get, the ad label that must go)
    "article-utf-8.html": ("text/html", KEPT, LABEL),  # (and a spam link: 3 removals, not 2)
    "article-windows-1252.html": (
        "text/html; charset=windows-1252",
        ["« On a retrouvé nos habitués dès huit heures », se réjouit Noël Guéguen",
         "un budget de 4,2 millions d’€", "À Brest, le marché couvert rouvre après deux ans de travaux"],
        "L’article continue après cette publicité",
    ),
    "article-windows-1251.html": (
        "text/html",  # the charset is only in the page's <meta http-equiv>
        ["«Теперь до работы я иду пятнадцать минут вместо сорока», — рассказала жительница",
         "В Новгороде открыли новый пешеходный мост через Волхов"],
        "Статья продолжается после рекламы",
    ),
    "article-shift_jis.html": (
        "text/html; charset=Shift_JIS",
        ["金沢市の近江町市場で四日、冬の味覚として人気の香箱ガニの初競りが行われ",
         "「今年は身の入りがよく、値段も落ち着いている」と"],
        "記事は広告の後に続きます",
    ),
}


@pytest.fixture(scope="module")
def rules_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rules")
    for f in TEST_RULES.glob("*.toml"):
        shutil.copy(f, folder / f.name)
    return folder


@pytest.fixture(scope="module")
def origin():
    server = Origin()
    routes = {
        "/plain": Route(UTF8_PAGE),
        "/chunked": Route(UTF8_PAGE, chunked=True),
        "/gzip-chunked": Route(UTF8_PAGE, encoding="gzip", chunked=True),
        "/etag": Route(UTF8_PAGE, etag='"v1"'),
        "/big": Route(BIG_PAGE),
        "/attachment": Route(UTF8_PAGE, headers={"Content-Disposition": 'attachment; filename="a.html"'}),
        "/data.json": Route(b'{"headline": "Caf\xc3\xa9 owners brace"}' * 40, "application/json", encoding="gzip"),
        "/empty": Route(b"", "text/html"),
        "/lying-gzip": Route(b"<html><body><p>not gzip at all</p></body></html>", headers={"Content-Encoding": "gzip"}),
    }
    for enc in ("gzip", "deflate", "br", "zstd"):
        routes[f"/{enc}"] = Route(UTF8_PAGE, encoding=enc)
    for name, (ctype, _, _) in CHARSET_PAGES.items():
        routes[f"/charset/{name}"] = Route((PAGES / name).read_bytes(), ctype)
    server.routes.update(routes)
    yield server
    server.close()


@pytest.fixture(scope="module")
def tls(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    cert, key = make_tls_cert(folder, ["courier.test", "bank.test"])
    server = Origin(tls_cert=cert, tls_key=key)
    server.routes["/plain"] = Route(UTF8_PAGE)
    server.cert = cert
    yield server
    server.close()


@pytest.fixture(scope="module")
def proxy(tmp_path_factory, rules_dir, origin, tls):
    hosts = {(name, 80): origin.port for name in ("courier.test", "listed.test", "switched-off.test", "other.test")}
    hosts.update({(name, 443): tls.port for name in ("courier.test", "bank.test")})
    running = RunningProxy(
        tmp_path_factory.mktemp("confdir"),
        hosts,
        rules=str(rules_dir),
        no_bundled=True,  # tests/proxy/rules has its own _default.toml: these tests are about the proxy
        sites=["listed.test"],
        newsclean_max_bytes=MAX_BYTES,
        ssl_verify_upstream_trusted_ca=str(tls.cert),  # the proxy trusts the test origin's own certificate
    )
    yield running
    running.stop()


def assert_cleaned_courier_page(r: requests.Response) -> str:
    assert r.status_code == 200
    assert r.headers["X-Newsclean"] == COURIER_HEADER
    assert r.headers["Content-Type"] == "text/html; charset=utf-8"
    assert "Content-Encoding" not in r.headers
    text = r.content.decode("utf-8")
    assert LABEL not in text and "mentos4d" not in text
    for sentence in KEPT:
        assert sentence in text
    return text


@pytest.mark.parametrize("path", ["/plain", "/gzip", "/deflate", "/br", "/zstd", "/chunked", "/gzip-chunked"])
def test_page_is_cleaned_and_served_uncompressed_whatever_the_transfer(client, path):
    r = client.get(f"http://courier.test{path}", headers={"Accept-Encoding": "gzip, deflate, br, zstd"})
    text = assert_cleaned_courier_page(r)
    if "chunked" in path:
        assert r.headers.get("Transfer-Encoding") == "chunked"
    else:
        assert int(r.headers["Content-Length"]) == len(r.content)
    assert re.search(r'<meta charset="?utf-8', text)


@pytest.mark.parametrize("name", sorted(CHARSET_PAGES))
def test_every_charset_is_decoded_from_the_bytes_and_served_as_utf8(client, name):
    _, kept, label = CHARSET_PAGES[name]
    r = client.get(f"http://courier.test/charset/{name}")
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "text/html; charset=utf-8"
    removed = 3 if name == "article-utf-8.html" else 2
    assert r.headers["X-Newsclean"] == f"removed={removed}; rules=courier.test,_default"
    text = r.content.decode("utf-8")  # strict: mojibake of a multi-byte charset would not even decode
    for sentence in kept:
        assert sentence in text
    assert label not in text
    # Whatever the page declared before, any charset it declares now is the one it is served in.
    declared = re.findall(r"charset=[\"']?([A-Za-z0-9_-]+)", text, re.IGNORECASE)
    assert all(d.lower() == "utf-8" for d in declared), declared


def test_other_content_types_pass_byte_for_byte(client, origin):
    r = client.get("http://courier.test/data.json", stream=True)
    raw = r.raw.read(decode_content=False)
    from mitmproxy.net import encoding

    assert raw == encoding.encode(origin.routes["/data.json"].body, "gzip")
    assert r.headers["Content-Encoding"] == "gzip"
    assert "X-Newsclean" not in r.headers


@pytest.mark.parametrize(
    "method, path, status",
    [("HEAD", "/plain", 200), ("GET", "/attachment", 200), ("GET", "/empty", 200), ("GET", "/missing", 404)],
)
def test_what_is_not_a_page_passes_untouched(client, origin, method, path, status):
    r = client.request(method, f"http://courier.test{path}")
    assert r.status_code == status
    assert "X-Newsclean" not in r.headers
    if method == "GET" and status == 200:
        assert r.content == origin.routes[path].body


def test_page_over_the_size_limit_passes_untouched(client):
    r = client.get("http://courier.test/big")
    assert r.content == BIG_PAGE
    assert r.headers["X-Newsclean"] == "removed=0; rules=courier.test,_default; status=too-large"


def test_revalidation_gives_304_only_for_a_copy_made_with_the_rules_in_force(client, origin, proxy):
    first = client.get("http://courier.test/etag")
    assert_cleaned_courier_page(first)
    etag = first.headers["ETag"]
    assert etag == f'W/"nc-{proxy.addon.state.book_tag}-s-v1"'
    assert "Last-Modified" not in first.headers
    assert first.headers["Cache-Control"] == "private, no-cache"
    assert "X-Newsclean-Bypass" in first.headers["Vary"]

    again = client.get("http://courier.test/etag", headers={"If-None-Match": etag, "Sec-Fetch-Dest": "document"})
    assert again.status_code == 304
    assert origin.last("/etag")[3]["If-None-Match"] == '"v1"'  # the origin saw its own ETag
    assert again.headers["ETag"] == etag  # and the browser keeps ours
    assert again.headers["Cache-Control"] == "private, no-cache"

    stale = etag.replace(proxy.addon.state.book_tag, "00000000")
    r = client.get("http://courier.test/etag", headers={"If-None-Match": stale, "Sec-Fetch-Dest": "document"})
    assert_cleaned_courier_page(r)  # made with other rules: the page comes whole and is cleaned again
    assert "If-None-Match" not in origin.last("/etag")[3]

    # A copy the proxy did not make (cached before the site was covered) is not revalidated either.
    r = client.get(
        "http://courier.test/etag",
        headers={"If-None-Match": '"v1"', "If-Modified-Since": "Mon, 03 Feb 2025 10:00:00 GMT", "Sec-Fetch-Dest": "document"},
    )
    assert_cleaned_courier_page(r)
    seen = origin.last("/etag")[3]
    assert "If-None-Match" not in seen and "If-Modified-Since" not in seen


def test_bypass_by_query_parameter_fetches_the_original(client, origin):
    r = client.get("http://courier.test/plain?page=2&newsclean=off")
    assert r.content == UTF8_PAGE
    assert origin.last("/plain")[2] == "/plain?page=2"  # the reserved parameter never reaches the site
    assert r.headers["X-Newsclean"] == "removed=0; rules=none; status=bypassed"
    assert "X-Newsclean-Bypass" in r.headers["Vary"]


def test_bypass_by_header_fetches_the_original(client, origin):
    r = client.get("http://courier.test/plain", headers={"X-Newsclean-Bypass": "1"})
    assert r.content == UTF8_PAGE
    assert "X-Newsclean-Bypass" not in origin.last("/plain")[3]


def test_site_switched_off_in_its_rule_file_passes_untouched(client):
    r = client.get("http://switched-off.test/plain")
    assert r.content == UTF8_PAGE
    assert r.headers["X-Newsclean"] == "removed=0; rules=switched-off.test,_default; status=skipped"


def test_listed_domain_gets_the_default_rules(client):
    r = client.get("http://listed.test/plain")
    text = r.content.decode("utf-8")
    # The test folder's default file takes the spam link; the detector (one of the defaults)
    # takes the two ad slots with their labels.
    assert r.headers["X-Newsclean"] == "removed=3; rules=_default"
    assert "mentos4d" not in text and LABEL not in text and "Marta Illés" in text


def test_hosts_not_covered_are_not_touched(client):
    r = client.get("http://other.test/plain")
    assert r.content == UTF8_PAGE
    assert "X-Newsclean" not in r.headers


def test_https_of_a_covered_site_is_cleaned_with_the_proxy_ca(client, proxy):
    r = client.get("https://courier.test/plain", verify=str(proxy.ca))
    assert_cleaned_courier_page(r)


def test_https_of_other_hosts_is_tunnelled_with_its_tls_never_opened(client, proxy, tls):
    # The client trusts only the origin's own certificate: this works only if the proxy did not
    # open the TLS connection (allow_hosts), and fails if it presented one of its own.
    r = client.get("https://bank.test/plain", verify=str(tls.cert))
    assert r.content == UTF8_PAGE
    assert "X-Newsclean" not in r.headers
    with pytest.raises(requests.exceptions.SSLError):
        client.get("https://bank.test/plain", verify=str(proxy.ca))
    assert proxy.master.options.allow_hosts == proxy.addon.scope.allow_hosts()


def test_failure_while_cleaning_serves_the_original_and_logs_once(client, origin, proxy, caplog):
    caplog.set_level(logging.WARNING, logger="newsclean.proxy")
    failures = proxy.addon.state.counters.failures
    r = client.get("http://courier.test/lying-gzip", stream=True)
    assert r.raw.read(decode_content=False) == origin.routes["/lying-gzip"].body
    assert "X-Newsclean" not in r.headers
    assert proxy.addon.state.counters.failures == failures + 1
    logged = [rec for rec in caplog.records if "http://courier.test/lying-gzip" in rec.getMessage()]
    assert len(logged) == 1 and logged[0].levelno == logging.WARNING


def test_state_records_recent_pages_for_other_faces(client, proxy):
    client.get("http://courier.test/gzip")
    state = proxy.addon.state
    rec = state.record_for("http://courier.test/gzip")
    assert rec.status == "cleaned" and rec.removed == 3 and rec.sources == ("courier.test", "_default")
    assert state.original_for("http://courier.test/gzip") == UTF8_PAGE  # decoded, as the origin meant it
    assert {r.rule for r in rec.report.removals} == {"courier.test:ad-label", "_default:spam-link-paragraph"}
    assert state.counters.cleaned >= 1 and state.counters.removals >= 3


def test_control_seam_answers_requests_addressed_to_the_proxy(proxy):
    from mitmproxy import http

    def control(flow):
        flow.response = http.Response.make(200, b"pages=%d" % proxy.addon.state.counters.pages)

    previous, proxy.addon.control = proxy.addon.control, control
    try:
        direct = requests.get(f"{proxy.url}/newsclean/status", timeout=10)  # straight to the proxy's port
    finally:
        proxy.addon.control = previous
    assert direct.status_code == 200 and direct.content.startswith(b"pages=")


def wait_for(predicate, what: str, timeout: float = 15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"gave up after {timeout} s waiting for {what}")


def test_rule_files_reload_on_change_and_a_broken_file_keeps_its_last_version(client, proxy, rules_dir, caplog):
    caplog.set_level(logging.WARNING, logger="newsclean.proxy")
    site_file = rules_dir / "courier.test.toml"
    original = site_file.read_text(encoding="utf-8")
    added = original + '\n[[rule]]\nname = "byline"\nreason = "test: a rule added while the proxy runs"\ncss = "p.byline"\n'
    try:
        site_file.write_text(added, encoding="utf-8")
        wait_for(lambda: "By Dana Whitfield" not in client.get("http://courier.test/plain").text, "the new rule")
        assert client.get("http://courier.test/plain").headers["X-Newsclean"] == "removed=4; rules=courier.test,_default"

        site_file.write_text(added + "\n[[rule]\nname = 'broken\n", encoding="utf-8")
        wait_for(lambda: any(e.path == str(site_file) for e in proxy.addon.state.book.errors), "the error")
        error = next(e for e in proxy.addon.state.book.errors if e.path == str(site_file))
        assert re.match(rf"{re.escape(str(site_file))}:\d+:\d+: NC001 ", str(error))
        assert any(str(site_file) + ":" in rec.getMessage() for rec in caplog.records)
        r = client.get("http://courier.test/plain")  # the last good version is still in force
        assert r.headers["X-Newsclean"] == "removed=4; rules=courier.test,_default"

        (rules_dir / "newsite.test.toml").write_text(
            '[[rule]]\nname = "x"\nreason = "a new site"\ncss = "div.ad-slot"\n', encoding="utf-8"
        )
        wait_for(lambda: "newsite.test" in proxy.addon.scope.domains, "the new site")
        wait_for(lambda: "newsite" in "".join(proxy.master.options.allow_hosts), "allow_hosts to follow")
    finally:
        site_file.write_text(original, encoding="utf-8")
        (rules_dir / "newsite.test.toml").unlink(missing_ok=True)
        wait_for(lambda: client.get("http://courier.test/plain").headers["X-Newsclean"] == COURIER_HEADER, "restore")
