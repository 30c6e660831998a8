"""The addon through mitmproxy's own test helpers (taddons, tflow): options, which flows it touches,
what it does to them, the request side (bypass, revalidation) and the seam for the control API."""

from __future__ import annotations

import asyncio
import gc
import logging

import pytest
from mitmproxy import exceptions, http
from mitmproxy.test import taddons, tflow, tutils

from newsclean.proxy import addon as addon_module
from newsclean.proxy.addon import BYPASS, LOCAL, REVALIDATE, NewsClean

from .servers import PAGES, TEST_RULES

PAGE = (PAGES / "article-utf-8.html").read_bytes()
URL_HOST = "courier.test"


def run(scenario):
    """Run an async test body: taddons needs an event loop, and the hooks are coroutines."""
    return asyncio.run(scenario())


def make_flow(
    body: bytes = PAGE,
    *,
    host: str = URL_HOST,
    path: str = "/2025/02/cafes",
    method: str = "GET",
    status: int = 200,
    content_type: str | None = "text/html",
    headers: dict | None = None,
    request_headers: dict | None = None,
) -> http.HTTPFlow:
    resp_headers = http.Headers()
    if content_type:
        resp_headers["content-type"] = content_type
    for name, value in (headers or {}).items():
        resp_headers[name] = value
    resp = http.Response.make(status, body, resp_headers)
    req = tutils.treq(host=host, port=80, method=method.encode(), path=path.encode(), headers=http.Headers())
    for name, value in (request_headers or {}).items():
        req.headers[name] = value
    return tflow.tflow(req=req, resp=resp)


async def through_request(a: NewsClean, f: http.HTTPFlow) -> http.HTTPFlow:
    """Run the request hook as the proxy would: before the response exists."""
    response, f.response = f.response, None
    await a.request(f)
    if f.response is None:
        f.response = response
    return f


def configured(tctx, addon, **options):
    tctx.configure(addon, newsclean_rules=str(TEST_RULES), newsclean_no_bundled=True, **options)
    return addon


# -- options ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "options, message",
    [
        ({"newsclean_max_bytes": 0}, "newsclean_max_bytes must be a positive number of bytes, not 0"),
        ({"newsclean_rules": "/no/such/folder"}, "newsclean_rules: /no/such/folder does not exist (create it: mkdir -p /no/such/folder)"),
        ({"newsclean_no_bundled": True}, "newsclean_no_bundled needs newsclean_rules"),
        ({"newsclean_sites": ["https://example.com/news"]}, "newsclean_sites: 'https://example.com/news': give a domain, not a URL"),
        ({"newsclean_sites": ["example.com:8080"]}, "give the domain without a port"),
        ({"newsclean_sites": ["not a domain"]}, "'not a domain': not a valid domain name"),
        ({"newsclean_process_threshold": -1}, "newsclean_process_threshold must be 0 (every page in a worker process) or a number of bytes, not -1"),
        ({"newsclean_process_workers": 0}, "newsclean_process_workers must be at least 1, not 0"),
        ({"newsclean_process_timeout": 0}, "newsclean_process_timeout must be at least 1 second, not 0"),
        ({"newsclean_budget_ms": 0}, "newsclean_budget_ms must be at least 1 millisecond, not 0"),
        ({"newsclean_threads": 0}, "newsclean_threads must be at least 1, not 0"),
    ],
)
def test_bad_options_are_refused_with_a_clear_message(options, message):
    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            with pytest.raises(exceptions.OptionsError) as err:
                tctx.configure(a, **options)
            assert message in str(err.value)

    run(scenario)


def test_options_load_rules_and_set_allow_hosts_to_the_covered_sites():
    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            configured(tctx, a, newsclean_sites=["*.Listed.TEST."])
            assert a.scope.domains == {"courier.test", "switched-off.test", "listed.test"}
            assert tctx.options.allow_hosts == a.scope.allow_hosts()
            assert a.state.book.site_domains == ("courier.test", "switched-off.test")

            tctx.configure(a, newsclean_all_sites=True)
            assert tctx.options.allow_hosts == []  # every host's TLS is opened

            tctx.configure(a, newsclean_all_sites=False, newsclean_tunnel_others=False)
            assert tctx.options.allow_hosts == []

    run(scenario)


def test_allow_hosts_set_by_the_user_is_left_alone():
    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            tctx.options.update(allow_hosts=[r"^example\.org"])
            configured(tctx, a)
            assert tctx.options.allow_hosts == [r"^example\.org"]

    run(scenario)


# -- which flows are pages ------------------------------------------------------------------
@pytest.mark.parametrize(
    "flow_args, cleaned",
    [
        ({}, True),
        ({"content_type": "text/html; charset=utf-8"}, True),
        ({"content_type": "application/xhtml+xml"}, True),
        ({"method": "HEAD", "body": b""}, False),
        ({"method": "POST"}, False),
        ({"status": 404}, False),
        ({"status": 206, "headers": {"content-range": "bytes 0-99/1000"}}, False),
        ({"status": 204, "body": b""}, False),
        ({"content_type": "application/json"}, False),
        ({"content_type": None}, False),
        ({"body": b""}, False),
        ({"headers": {"content-disposition": "attachment; filename=page.html"}}, False),
        ({"host": "other.test"}, False),
    ],
)
def test_only_get_200_html_pages_of_covered_sites_are_cleaned(flow_args, cleaned):
    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            configured(tctx, a)
            f = make_flow(**flow_args)
            before = f.response.copy()
            await a.response(f)
            if cleaned:
                assert f.response.headers["x-newsclean"] == "removed=3; rules=courier.test,_default"
                assert b"Article continues after this advertisement" not in f.response.raw_content
            else:
                assert f.response.raw_content == before.raw_content
                assert f.response.headers == before.headers

    run(scenario)


def test_streamed_response_passes_through():
    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            configured(tctx, a)
            f = make_flow()
            f.response.stream = True
            f.response.raw_content = None  # what a streamed body looks like when `response` fires
            await a.response(f)
            assert "x-newsclean" not in f.response.headers

    run(scenario)


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br", "zstd"])
def test_compressed_page_is_served_uncompressed_utf8(encoding):
    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            configured(tctx, a)
            f = make_flow(headers={"content-md5": "stale", "etag": '"abc"'})
            f.response.encode(encoding)
            assert f.response.raw_content != PAGE
            await a.response(f)
            resp = f.response
            assert "content-encoding" not in resp.headers and "content-md5" not in resp.headers
            assert resp.headers["content-type"] == "text/html; charset=utf-8"
            assert resp.headers["content-length"] == str(len(resp.raw_content))
            text = resp.raw_content.decode("utf-8")
            assert "Owners of the six cafés on Front Street" in text and "mentos4d" not in text
            assert resp.headers["etag"] == f'W/"nc-{a.state.book_tag}-s-abc"'

    run(scenario)


def test_cleaned_page_headers_describe_the_new_body_and_keep_the_rest():
    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            configured(tctx, a)
            digests = {"digest": "sha-256=x", "content-digest": "sha-256=:x:", "repr-digest": "sha-256=:y:"}
            f = make_flow(content_type="application/xhtml+xml; charset=iso-8859-1",
                          headers={**digests, "server-timing": "db;dur=53", "x-origin": "kept", "content-length": "1"})
            await a.response(f)
            headers = f.response.headers
            assert not any(name in headers for name in digests)
            assert headers["content-type"] == "text/html; charset=utf-8"
            assert headers.get_all("content-length") == [str(len(f.response.raw_content))]
            assert headers["x-origin"] == "kept"
            origin_timing, ours = headers.get_all("server-timing")
            assert origin_timing == "db;dur=53"
            rec = a.state.record_for("http://courier.test/2025/02/cafes")
            assert ours == f"newsclean;dur={rec.elapsed_ms:.2f}" and rec.elapsed_ms > 0

            chunked = make_flow(headers={"transfer-encoding": "chunked"})
            await a.response(chunked)
            assert "content-length" not in chunked.response.headers
            assert chunked.response.headers["x-newsclean"] == "removed=3; rules=courier.test,_default"

    run(scenario)


def test_running_takes_what_exists_out_of_the_collector_s_walks():
    async def scenario():
        gc.unfreeze()
        a = NewsClean()
        try:
            with taddons.context(a) as tctx:
                configured(tctx, a, newsclean_watch=False)
                assert gc.get_freeze_count() == 0
                a.running()
                assert gc.get_freeze_count() > 0
                a.done()
        finally:
            gc.unfreeze()  # the test process's objects go back to the collector

    run(scenario)


def test_windows_1251_page_named_only_in_meta_is_decoded_right():
    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            configured(tctx, a)
            f = make_flow((PAGES / "article-windows-1251.html").read_bytes())
            await a.response(f)
            text = f.response.raw_content.decode("utf-8")
            assert "пешеходный мост через Волхов" in text
            assert "Статья продолжается после рекламы" not in text

    run(scenario)


def test_site_switched_off_is_reported_and_left_alone():
    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            configured(tctx, a)
            f = make_flow(host="switched-off.test")
            await a.response(f)
            assert f.response.raw_content == PAGE
            assert f.response.headers["x-newsclean"] == "removed=0; rules=switched-off.test,_default; status=skipped"
            assert a.state.counters.skipped == 1

    run(scenario)


def test_page_over_the_limit_is_left_alone():
    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            configured(tctx, a, newsclean_max_bytes=len(PAGE) - 1)
            f = make_flow()
            await a.response(f)
            assert f.response.raw_content == PAGE
            assert f.response.headers["x-newsclean"].endswith("status=too-large")
            # compressed below the limit, over it once decoded: still too large
            g = make_flow()
            g.response.encode("gzip")
            raw = g.response.raw_content
            await a.response(g)
            assert g.response.raw_content == raw and g.response.headers["content-encoding"] == "gzip"
            assert a.state.counters.too_large == 2

    run(scenario)


def test_failure_leaves_the_response_as_it_was_and_is_logged_once_with_the_url(caplog):
    caplog.set_level(logging.WARNING, logger="newsclean.proxy")

    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            configured(tctx, a)
            f = make_flow()
            f.response.headers["content-encoding"] = "gzip"  # says gzip, is not
            before = f.response.copy()
            await a.response(f)
            assert f.response.raw_content == before.raw_content
            assert f.response.headers == before.headers
            assert a.state.counters.failures == 1
            assert a.state.record_for(f.request.pretty_url).status == "error"

    run(scenario)
    url = "http://courier.test/2025/02/cafes"
    assert [r.levelno for r in caplog.records if url in r.getMessage()] == [logging.WARNING]


def test_cleaning_runs_off_the_event_loop():
    """Another flow's hook gets the loop while a page is being cleaned (the engine runs in a thread)."""

    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            configured(tctx, a)
            order = []

            async def clean_page():
                await a.response(make_flow())
                order.append("page cleaned")

            async def other_flow():
                await asyncio.sleep(0)
                order.append("other flow ran")

            await asyncio.gather(clean_page(), other_flow())
            assert order == ["other flow ran", "page cleaned"]

    run(scenario)


def test_cleaned_page_is_recorded_with_its_report_and_original():
    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            configured(tctx, a)
            f = make_flow()
            f.response.encode("br")
            await a.response(f)
            rec = a.state.record_for("http://courier.test/2025/02/cafes")
            assert rec.status == "cleaned" and rec.removed == 3 and rec.report.removed == 3
            assert rec.original == PAGE and rec.http_charset is None
            c = a.state.counters
            assert (c.pages, c.cleaned, c.removals, c.failures) == (1, 1, 3, 0)

    run(scenario)


# -- requests ---------------------------------------------------------------------------------
def test_bypass_by_parameter_or_header_marks_the_flow_and_serves_the_original():
    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            configured(tctx, a)
            f = await through_request(a, make_flow(path="/story?newsclean=off"))
            assert f.request.path == "/story" and f.metadata[BYPASS]
            await a.response(f)
            assert f.response.raw_content == PAGE
            assert f.response.headers["x-newsclean"] == "removed=0; rules=none; status=bypassed"

            g = await through_request(a, make_flow(request_headers={"X-Newsclean-Bypass": "1"}))
            assert g.metadata[BYPASS] and "x-newsclean-bypass" not in g.request.headers

            other = await through_request(a, make_flow(host="other.test", path="/story?newsclean=off"))
            assert other.request.path == "/story?newsclean=off"  # not ours to touch

    run(scenario)


def test_revalidation_of_our_copy_is_translated_both_ways():
    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            configured(tctx, a)
            tag = a.state.book_tag
            f = make_flow(request_headers={"If-None-Match": f'W/"nc-{tag}-s-v1"', "Sec-Fetch-Dest": "document"})
            await through_request(a, f)
            assert f.request.headers["if-none-match"] == '"v1"' and f.metadata[REVALIDATE] == tag
            f.response = http.Response.make(304, b"", {"etag": '"v1"', "cache-control": "max-age=600"})
            await a.response(f)
            assert f.response.headers["etag"] == f'W/"nc-{tag}-s-v1"'
            assert f.response.headers["cache-control"] == "private, no-cache"

    run(scenario)


def test_control_seam_gets_requests_addressed_to_the_proxy():
    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            configured(tctx, a, listen_port=8123)
            seen = []

            async def control(flow):
                seen.append(flow.request.path)
                flow.response = http.Response.make(200, b'{"ok": true}', {"content-type": "text/html"})

            a.control = control
            f = tflow.tflow(req=tutils.treq(host="127.0.0.1", port=8123, path=b"/newsclean/api/status"))
            await a.request(f)
            assert seen == ["/newsclean/api/status"] and f.metadata[LOCAL]
            await a.response(f)
            assert "x-newsclean" not in f.response.headers

            await through_request(a, make_flow(host="127.0.0.1"))  # another port: a web site, not the proxy
            assert seen == ["/newsclean/api/status"]

    run(scenario)


def test_reload_rules_swaps_the_book_and_the_scope(tmp_path):
    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            tctx.configure(a, newsclean_rules=str(tmp_path), newsclean_no_bundled=True)
            assert a.scope.domains == frozenset()
            (tmp_path / "paper.test.toml").write_text('[[rule]]\nreason = "r"\ncss = "div.ad"\n', encoding="utf-8")
            result = await a.reload_rules()
            assert result.changed and a.state.book is result.book
            assert a.scope.domains == {"paper.test"}
            assert "paper" in tctx.options.allow_hosts[0]

    run(scenario)


def test_watcher_runs_on_its_own_and_stops_when_done(tmp_path, monkeypatch):
    monkeypatch.setattr(addon_module, "WATCH_INTERVAL", 0.05)

    async def scenario():
        a = NewsClean()
        with taddons.context(a) as tctx:
            tctx.configure(a, newsclean_rules=str(tmp_path), newsclean_no_bundled=True)
            a.running()
            (tmp_path / "paper.test.toml").write_text('[[rule]]\nreason = "r"\ncss = "div.ad"\n', encoding="utf-8")
            for _ in range(200):  # bounded: 10 s at most
                if "paper.test" in a.scope.domains:
                    break
                await asyncio.sleep(0.05)
            assert "paper.test" in a.scope.domains
            task = a._watch_task
            a.done()
            await asyncio.sleep(0)
            assert task.cancelled() or task.done()

    run(scenario)
