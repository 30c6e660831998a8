"""A write's JSON body → a dict, or a refusal that names the problem (``EditError``: 400).

``json.loads`` recurses once a level of nesting (30,000 ``[`` raise RecursionError) and accepts
lone surrogates (``"\\ud800"``), which are not text: they cannot be written to a UTF-8 file, and an
edit would fail at write time. Both are refused here, before anything else reads the body. The
API's bodies need three levels (``{"rule": {"text": [...]}}``); ``MAX_DEPTH`` is far above that.
"""

from __future__ import annotations

import json
import re

from ..edit.refusals import EditError

MAX_DEPTH = 32  # arrays and objects inside one another
_SPECIAL = re.compile(r'["\\\[\]{}]')
_SURROGATE = re.compile("[\ud800-\udfff]")


def nesting_depth(text: str) -> int:
    """How deep arrays and objects nest in JSON text (brackets inside strings do not count), in one
    pass over its quotes, backslashes and brackets, without recursing. For text that is not JSON the
    answer is a bound, which is all the caller needs: json.loads then says what is wrong."""
    depth = deepest = 0
    in_string = False
    skip = -1  # the index of the character a backslash escapes
    for found in _SPECIAL.finditer(text):
        at, char = found.start(), found.group()
        if at == skip:
            continue
        if in_string:
            if char == "\\":
                skip = at + 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _where(path: list) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (("." if out else "") + _printable_key(part))
    return out or "the body"


def _printable_key(key: str) -> str:
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", key)


def not_text(data) -> str | None:
    """Where the first string (a value or a key) holding a lone surrogate is: `rule.reason`,
    `rule.text[2]`; None when every string is text. Iterative: the depth is bounded already, but a
    walk need not rely on it."""
    stack: list[tuple[list, object]] = [([], data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                return _where(path)
        elif isinstance(value, dict):
            for key, item in reversed(value.items()):
                if _SURROGATE.search(key):
                    return _where([*path, key])
                stack.append(([*path, key], item))
        elif isinstance(value, list):
            stack.extend(([*path, i], item) for i, item in reversed(list(enumerate(value))))
    return None


def parse_object(body: bytes) -> dict:
    """The body as a JSON object ({} for an empty body), or EditError naming what is wrong."""
    if not body.strip():
        return {}
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as err:
        raise EditError("json", f"the body is not JSON: not UTF-8 text ({err.reason} at byte {err.start})") from None
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        raise EditError("json-too-deep", f"JSON nested too deep: {depth} levels of arrays and objects, at most {MAX_DEPTH}")
    try:
        data = json.loads(text)
    except RecursionError:  # not expected past the bound above; a body must not reach the 500 path
        raise EditError("json-too-deep", f"JSON nested too deep: at most {MAX_DEPTH} levels of arrays and objects") from None
    except ValueError as err:
        raise EditError("json", f"the body is not JSON: {err}") from None
    if not isinstance(data, dict):
        raise EditError("json", "the body must be a JSON object")
    where = not_text(data)
    if where is not None:
        raise EditError(
            "bad-unicode", f"`{where}` holds a lone surrogate (such as \\ud800): it is not text; send valid Unicode"
        )
    return data
