"""How big a rule file and its values may be, checked before any of it is parsed or compiled.

Rule files come from users, the extension and the API; each is loaded by the proxy that every page
goes through. A file must not be able to hang a reload (a FIFO), exhaust memory (a symlink to
/dev/zero, a 50 MB literal), crash the loader (arrays nested 10,000 deep make tomllib recurse) or
compile into a rule that fails on every page (6,000 selectors overflow libxml2's XPath recursion).
Each limit has its own error code (rules/errors.py) and is far above what a real rule needs: the
bundled rules' longest regex is under 1,000 characters, their longest label list 140 entries.
"""

from __future__ import annotations

import os
import re
import stat
from typing import Any

from .errors import RuleSyntaxError

#: bytes a rule file may hold (the bundled _default.toml, the biggest, is under 20 KiB)
MAX_FILE_BYTES = 1 << 20
#: arrays and inline tables inside one another (rule files need 2: `box = { words = 60 }`)
MAX_DEPTH = 16
#: characters of a text a rule compares with the page's: `text`, `text-contains`, a label, a host
MAX_TEXT_CHARS = 2_000
#: characters of a CSS selector, XPath expression or regex
MAX_PATTERN_CHARS = 4_000
#: selectors in one CSS selector list (`a, b, c`)
MAX_SELECTORS = 256
#: entries in a list value (labels, hosts, names of default rules to switch off)
MAX_ITEMS = 500
#: characters of a rule's `reason` (every report of every page carries it)
MAX_REASON_CHARS = 1_000

_CSS_KEYS = frozenset(("css", "within", "upward", "article"))
_PATTERN_KEYS = frozenset(("css", "xpath", "text-regex", "href-regex", "within", "upward", "article", "small-print"))
_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


# -- the file --------------------------------------------------------------------------------------


def _not_regular(mode: int) -> RuleSyntaxError | None:
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    return RuleSyntaxError("NC013", f"not a regular file but {kind}: rule files are plain text files")


def read_rule_bytes(path: str | os.PathLike) -> tuple[bytes, int]:
    """A rule file's bytes and mtime. Only a regular file (a symlink is followed to one) of at most
    MAX_FILE_BYTES is read: anything else raises RuleSyntaxError (NC013, NC014) before a byte is.
    OSError (missing, no permission) goes to the caller.

    The file is opened without waiting (a FIFO would block until a writer came) and checked again
    on the open descriptor, so a file swapped for a FIFO or a device in between is refused too; the
    read stops one byte past the cap whatever the file claims its size is."""
    refused = _not_regular(os.stat(path).st_mode)  # a device is not even opened
    if refused is not None:
        raise refused
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        refused = _not_regular(st.st_mode)
        if refused is not None:
            raise refused
        if st.st_size > MAX_FILE_BYTES:
            raise _too_large(st.st_size)
        chunks, size = [], 0
        while size <= MAX_FILE_BYTES:
            chunk = os.read(fd, MAX_FILE_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > MAX_FILE_BYTES:
            raise _too_large(size)
        return b"".join(chunks), st.st_mtime_ns
    finally:
        os.close(fd)


def _too_large(size: int) -> RuleSyntaxError:
    return RuleSyntaxError(
        "NC014", f"the file is {size:,} bytes; a rule file may hold at most {MAX_FILE_BYTES:,} bytes"
    )


# -- nesting, before tomllib sees the text ------------------------------------------------------------

# What can open or close a level, or hide brackets from the count (strings, comments).
_TOKEN = re.compile(r"\"\"\"|'''|[\"'#\[\]{}]")
_BASIC_BODY = re.compile(r'(?:[^"\\\n]|\\.)*')
_LITERAL_END = re.compile(r"['\n]")
_ML_BASIC_END = re.compile(r'(?:[^"\\]|\\.|"(?!""))*"""', re.DOTALL)


def nesting_too_deep(text: str) -> tuple[int, int] | None:
    """(line, col) of the first bracket or brace past MAX_DEPTH, or None.

    tomllib recurses once per array or inline table; this count of `[` and `{` outside strings and
    comments bounds that depth before tomllib runs (table headers count too, and go back to 0). It
    follows TOML's four kinds of string, so brackets inside them never count; a file whose strings
    are malformed is refused by tomllib anyway."""
    depth, pos, end = 0, 0, len(text)
    while pos < end:
        found = _TOKEN.search(text, pos)
        if found is None:
            return None
        token, pos = found.group(), found.end()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                start = found.start()
                line = text.count("\n", 0, start) + 1
                return line, start - (text.rfind("\n", 0, start) + 1) + 1
        elif token in "]}":
            depth = max(0, depth - 1)
        elif token == "#":
            newline = text.find("\n", pos)
            pos = end if newline < 0 else newline + 1
        elif token == '"':
            pos = _BASIC_BODY.match(text, pos).end() + 1  # past the closing quote (or the newline)
        elif token == "'":
            close = _LITERAL_END.search(text, pos)
            pos = end if close is None else close.end()
        else:  # a multi-line string: up to two more quotes may belong to its content
            if token == '"""':
                close = _ML_BASIC_END.match(text, pos)
                pos = end if close is None else close.end()
            else:
                found_at = text.find("'''", pos)
                pos = end if found_at < 0 else found_at + 3
            quote = token[0]
            for _ in range(2):
                if pos < end and text[pos] == quote:
                    pos += 1
    return None


def nesting_error() -> RuleSyntaxError:
    return RuleSyntaxError(
        "NC015", f"arrays and inline tables are nested more than {MAX_DEPTH} deep (a rule file needs 2)"
    )


# -- values -------------------------------------------------------------------------------------------


def _count_selectors(selector: str) -> int:
    """Selectors in a CSS list: the commas outside brackets, parentheses and quotes, plus one."""
    count, depth, quote = 1, 0, None
    for ch in selector:
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            count += 1
    return count


def _check_string(key: str, kind: str, value: str, where: str) -> None:
    # A long selector list is told as such (its count says what to do), when counting is cheap.
    if kind in _CSS_KEYS and value.count(",") >= MAX_SELECTORS and len(value) <= 64 * MAX_PATTERN_CHARS:
        count = _count_selectors(value)
        if count > MAX_SELECTORS:
            raise RuleSyntaxError(
                "NC017",
                f"`{where}` lists {count:,} selectors; at most {MAX_SELECTORS} are allowed in one list "
                "(split the rule, or find the junk by a class it shares)",
                key,
            )
    limit = MAX_PATTERN_CHARS if kind in _PATTERN_KEYS else MAX_REASON_CHARS if kind == "reason" else MAX_TEXT_CHARS
    if len(value) > limit:
        raise RuleSyntaxError(
            "NC016", f"`{where}` is {len(value):,} characters long; at most {limit:,} are allowed", key
        )


def _check_value(key: str, kind: str, value: Any, where: str) -> None:
    """``key``: the table's key (errors point at its line); ``kind``: what the value is, for its limit."""
    if isinstance(value, str):
        _check_string(key, kind, value, where)
    elif isinstance(value, list):
        if len(value) > MAX_ITEMS:
            raise RuleSyntaxError(
                "NC017", f"`{where}` lists {len(value):,} entries; at most {MAX_ITEMS} are allowed", key
            )
        for item in value:
            _check_value(key, kind, item, where)
    elif isinstance(value, dict):  # `box = { words = 60, small-print = "..." }`, `detect = {...}`
        for name, item in value.items():
            _check_value(key, str(name), item, f"{where}.{name}")


def check_values(table: dict) -> None:
    """Raise RuleSyntaxError (NC016, NC017) naming the first value of a rule or `[site]` table that
    is past its limit, before anything is compiled from it."""
    for key, value in table.items():
        _check_value(str(key), str(key), value, str(key))
