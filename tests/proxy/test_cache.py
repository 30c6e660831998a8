"""ETag and cache headers that keep cleaned copies apart from originals."""

from __future__ import annotations

import pytest
from mitmproxy import http
from mitmproxy.test import tutils

from newsclean.proxy import cache

TAG = "1a2b3c4d"


@pytest.mark.parametrize("etag", ['"abc"', 'W/"abc"', '"x-y_z.1"', '""'])
def test_etag_wraps_and_unwraps_to_the_same_value(etag):
    wrapped = cache.wrap_etag(etag, TAG)
    assert wrapped.startswith('W/"nc-1a2b3c4d-')
    assert cache.unwrap_etag(wrapped) == (TAG, etag)


def test_foreign_etags_are_not_ours():
    assert cache.unwrap_etag('"abc"') is None
    assert cache.unwrap_etag('W/"nc-xyz-s-abc"') is None


def request(**headers) -> http.Request:
    req = tutils.treq(headers=http.Headers())
    for name, value in headers.items():
        req.headers[name.replace("_", "-")] = value
    return req


@pytest.mark.parametrize(
    "headers, sent_inm, sent_ims, unwrapped",
    [
        # our copy, current rules: the origin sees its own ETag and may answer 304
        ({"If-None-Match": f'W/"nc-{TAG}-s-v1"', "Sec-Fetch-Dest": "document"}, '"v1"', None, True),
        ({"If-None-Match": f'W/"nc-{TAG}-w-v1"'}, 'W/"v1"', None, True),
        # our copy, other rules: the page comes whole
        ({"If-None-Match": 'W/"nc-00000000-s-v1"', "If-Modified-Since": "Mon, 03 Feb 2025 10:00:00 GMT"}, None, None, False),
        # a copy we did not make, for a page to show: whole
        ({"If-None-Match": '"v1"', "Sec-Fetch-Dest": "document"}, None, None, False),
        ({"If-None-Match": '"v1"', "Accept": "text/html,application/xhtml+xml"}, None, None, False),
        ({"If-Modified-Since": "Mon, 03 Feb 2025 10:00:00 GMT", "Sec-Fetch-Dest": "iframe"}, None, None, False),
        # a script or image of the same site: its validators are left alone
        ({"If-None-Match": '"v1"', "Sec-Fetch-Dest": "image"}, '"v1"', None, False),
        ({"If-Modified-Since": "Mon, 03 Feb 2025 10:00:00 GMT", "Sec-Fetch-Dest": "script"}, None,
         "Mon, 03 Feb 2025 10:00:00 GMT", False),
        # a list: ours unwrapped, stale ones dropped, foreign kept for a non-page
        ({"If-None-Match": f'W/"nc-{TAG}-s-a", W/"nc-00000000-s-b", "c"', "Sec-Fetch-Dest": "empty"}, '"a", "c"', None, True),
    ],
)
def test_conditional_requests_are_prepared_for_the_origin(headers, sent_inm, sent_ims, unwrapped):
    req = request(**headers)
    assert cache.prepare_conditional(req, TAG) is unwrapped
    assert req.headers.get("if-none-match") == sent_inm
    assert req.headers.get("if-modified-since") == sent_ims


@pytest.mark.parametrize(
    "origin_cc, expected_cc",
    [(None, "private, no-cache"), ("public, max-age=600", "private, no-cache"), ("no-store", "private, no-store")],
)
def test_inspected_page_gets_our_etag_no_last_modified_and_must_revalidate(origin_cc, expected_cc):
    headers = http.Headers(etag='"v1"', last_modified="Mon, 03 Feb 2025 10:00:00 GMT", vary="Accept-Encoding")
    if origin_cc:
        headers["cache-control"] = origin_cc
    cache.mark_inspected(headers, TAG)
    assert headers["etag"] == f'W/"nc-{TAG}-s-v1"'
    assert "last-modified" not in headers
    assert headers["cache-control"] == expected_cc
    assert headers["vary"] == "Accept-Encoding, X-Newsclean-Bypass, X-Newsclean-Mode"


def test_a_mode_set_for_the_request_gets_a_tag_of_its_own():
    assert cache.output_tag(TAG, None) == TAG
    reader, clean = cache.output_tag(TAG, "reader"), cache.output_tag(TAG, "clean")
    assert len({TAG, reader, clean}) == 3
    assert cache.unwrap_etag(cache.wrap_etag('"v1"', reader)) == (reader, '"v1"')  # still one of ours


def test_vary_is_not_repeated_and_star_is_left():
    headers = http.Headers(vary="x-newsclean-bypass")
    cache.mark_original(headers)
    assert headers["vary"] == "x-newsclean-bypass"
    headers = http.Headers(vary="*")
    cache.mark_original(headers)
    assert headers["vary"] == "*"
