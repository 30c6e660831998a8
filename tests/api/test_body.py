"""A write's JSON body: nesting bounded without recursing, lone surrogates found by where they are.
(Through the real proxy: test_refusals.py.)"""

from __future__ import annotations

import time

import pytest

from newsclean.api.body import MAX_DEPTH, nesting_depth, not_text, parse_object
from newsclean.edit.refusals import EditError


@pytest.mark.parametrize(
    "text, depth",
    [
        ("{}", 1),
        ('{"rule": {"text": ["a", "b"]}}', 3),
        ('{"a": "[[[{{{", "b": [[1]]}', 3),  # brackets inside strings are text
        (r'{"a": "\"[[[\\", "b": [1]}', 2),  # an escaped quote does not end the string; \\ does
        (r'{"a": "\\\"{{"}', 1),
        ("[" * 30_000 + "]" * 30_000, 30_000),
        ("", 0),
    ],
)
def test_nesting_depth(text, depth):
    assert nesting_depth(text) == depth


def test_nesting_depth_is_linear_on_the_worst_body():
    """Quotes escaped 32,000 times over (64 KiB, the most a body may have): a regex that skips strings
    by backtracking is quadratic on this (0.9 s for 8,000 here, so some 14 s)."""
    start = time.monotonic()
    assert nesting_depth('"' + '\\"' * 32_000) == 0
    assert time.monotonic() - start < 2  # a bound on a hang, not a speed claim


def test_where_the_lone_surrogate_is():
    assert not_text({"rule": {"reason": "ok", "text": ["a", "b\ud800"]}}) == "rule.text[1]"
    assert not_text({"a\udfff": 1}) == "a\\udfff"
    assert not_text([{"x": "\udc00"}]) == "[0].x"
    assert not_text({"x": [{"y": "😀"}]}) is None


@pytest.mark.parametrize(
    "body, code, words",
    [
        (b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1), "json-too-deep", f"{MAX_DEPTH + 1} levels"),
        (b'{"rule": {"reason": "\\ud800"}}', "bad-unicode", "`rule.reason` holds a lone surrogate"),
        (b"\xff{}", "json", "not UTF-8 text"),
        (b"{rule", "json", "the body is not JSON"),
        (b"[1, 2]", "json", "must be a JSON object"),
    ],
)
def test_refusals(body, code, words):
    with pytest.raises(EditError) as caught:
        parse_object(body)
    assert caught.value.code == code and caught.value.status == 400
    assert words in caught.value.message


def test_good_bodies():
    assert parse_object(b"") == {} and parse_object(b"  \n") == {}
    assert parse_object('{"reason": "Emoji \\ud83d\\ude00"}'.encode()) == {"reason": "Emoji 😀"}
