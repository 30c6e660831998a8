"""The latency benchmark's reading of the addon's own figure, and its engine timing in rounds."""

from __future__ import annotations

import http.client
import io

import pytest

from bench.proxy_latency import newsclean_ms, rotation_times


def response_headers(*lines: str) -> http.client.HTTPMessage:
    return http.client.parse_headers(io.BytesIO(("\r\n".join(lines) + "\r\n\r\n").encode()))


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["Server-Timing: newsclean;dur=5.25"], 5.25),
        (["Server-Timing: db;dur=53, app;dur=47.2", "Server-Timing: newsclean;dur=0.80"], 0.8),
        (["Server-Timing: cache;desc=\"hit\", newsclean;dur=12"], 12.0),
        (["Server-Timing: db;dur=53"], None),
        (["X-Newsclean: removed=1; rules=_default"], None),
    ],
)
def test_newsclean_ms_reads_the_addon_s_server_timing_entry(lines, expected):
    assert newsclean_ms(response_headers(*lines)) == expected


def test_newsclean_ms_without_an_answer_is_none():
    assert newsclean_ms(None) is None


def test_rotation_times_takes_each_page_s_best_round_one_pass_at_a_time():
    calls = []
    rotation_times(calls.append, ["a", "b", "c"], rounds=2)
    assert calls == ["a", "b", "c", "a", "b", "c"]
    assert len(rotation_times(lambda page: None, ["a", "b"], rounds=3)) == 2
