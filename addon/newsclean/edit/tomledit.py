"""The edits' way with TOML text: values checked before tomlkit sees them, comments that stay one
line, rules appended as text, a rule's table taken out with the comments that trail it, the
`[site]` table found or written where a person would put it, and one key set where it belongs."""

from __future__ import annotations

import math
import re

import tomlkit
import tomlkit.items

from ..rules.loader import Positions as _Positions
from ..rules.loader import is_valid_name
from .refusals import EditError

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")


def clean_comment(text: str, limit: int = 200) -> str:
    """One line of comment text: control characters (newlines) out, so it cannot add TOML of its own;
    lone surrogates out, so it can be written as UTF-8."""
    text = _CONTROL.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def not_text(value) -> bool:
    return any(_SURROGATE.search(v) for v in ([value] if isinstance(value, str) else value))


def check_value(key: str, value):
    """The JSON types a rule value may have; everything else is refused before tomlkit sees it."""
    if isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        if not_text(value):
            raise EditError("bad-unicode", f"`{key}` holds a lone surrogate (such as \\ud800): it is not text")
        return value
    if isinstance(value, bool) or isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise EditError("NC003", f"`{key}` must be a finite number")
        return value
    raise EditError("NC003", f"`{key}` must be a string, number, true/false or a list of strings")


def new_file_header(site: str) -> str:
    return (
        f"# Your rules for {site}. They extend the bundled file of the same name; a rule here with\n"
        "# the name of a bundled rule replaces it.\n"
    )

def new_name(table: dict, taken: set[str]) -> str:
    """`picked-<words of the anchor>`: readable in the file and in the extension's list."""
    source = next((table[k] for k in ("text", "text-contains", "css", "href-host") if isinstance(table.get(k), str)), "")
    words = re.findall(r"[a-z0-9]+", source.lower())[:4]
    stem = ("picked-" + "-".join(words))[:56].rstrip("-") if words else "picked"
    name, n = stem, 2
    while name in taken:
        name, n = f"{stem}-{n}", n + 1
    return name


def check_name(name) -> None:
    if not isinstance(name, str) or not is_valid_name(name):
        raise EditError("NC009", "a rule name is 1-64 letters, digits, `-`, `_` or `.`")

def rule_index(doc, name: str) -> int | None:
    rules = doc.get("rule")
    if not isinstance(rules, (list, tomlkit.items.AoT)):
        return None
    for i, table in enumerate(rules):
        if isinstance(table, dict) and table.get("name") == name:
            return i
    return None

def remove_table(doc, index: int) -> str:
    """Delete one `[[rule]]`, keeping the comments that trail it: in tomlkit they sit in the rule's
    body but are written above the next rule (and usually are about it). Returns the document's text."""
    aot = doc["rule"]
    if not isinstance(aot, tomlkit.items.AoT):
        raise EditError("NC003", "rules in this file are not `[[rule]]` tables: edit it by hand", on_disk=True)
    body = aot[index].value.body
    last_key = max((i for i, (k, _) in enumerate(body) if k is not None), default=-1)
    trailing = [item for k, item in body[last_key + 1:] if isinstance(item, tomlkit.items.Comment)]
    del aot[index]
    target = aot[index - 1] if index > 0 else None
    if target is None and trailing:  # the first rule: the table written before the rules, if any
        items = [item for _, item in doc.body]
        pos = next(i for i, item in enumerate(items) if item is aot)
        target = next((it for it in reversed(items[:pos]) if isinstance(it, tomlkit.items.Table)), None)
    if target is not None and trailing:
        target.value.append(None, tomlkit.items.Whitespace("\n"))
        for comment in trailing:
            target.value.append(None, comment)
        trailing = []
    text = tomlkit.dumps(doc)
    if trailing:  # nothing above to hang them on: put them back as text above the next rule
        lines = text.splitlines(keepends=True)
        at = min(_Positions(text).tables.values(), default=len(lines) + 1) - 1
        block = "".join(c.as_string() for c in trailing)
        head = "".join(lines[:at])
        if head and not head.endswith("\n\n"):
            head += "\n"
        text = head + block + "".join(lines[at:])
    return text

def site_table(doc, text: str | None, site: str):
    """The document's `[site]` table; when there is none, one is written above the first table."""
    if "site" in doc:
        return doc, doc["site"]
    if text is None:
        new_text = new_file_header(site) + "\n[site]\n"
    else:
        first_table = min(_Positions(text).tables.values(), default=None)
        if first_table is None:
            new_text = text + ("\n" if text.strip() and not text.endswith("\n\n") else "") + "[site]\n"
        else:
            lines = text.splitlines(keepends=True)
            at = first_table - 1
            while at > 0 and lines[at - 1].lstrip().startswith("#"):
                at -= 1  # above the comment that introduces the first table, not between them
            new_text = "".join(lines[:at]) + "[site]\n\n" + "".join(lines[at:])
    doc = tomlkit.parse(new_text)
    return doc, doc["site"]

def append_table(text: str | None, site: str, table: dict, comment: str | None) -> str:
    """The text with one more `[[rule]]` at its end: appended as text, so nothing above it moves."""
    block = tomlkit.document()
    aot = tomlkit.aot()
    aot.append(tomlkit.item(table))
    block.append("rule", aot)
    base = text if text is not None else new_file_header(site)
    if base and not base.endswith("\n"):
        base += "\n"
    if base.strip() and not base.endswith("\n\n"):
        base += "\n"
    lead = f"# {clean_comment(comment)}\n" if comment else ""
    return base + lead + tomlkit.dumps(block).strip("\n") + "\n"


def put_key(table, key: str, value) -> None:
    """Set ``key`` in a tomlkit table: in place when it is there (its comment stays), else on a new line
    under the table's last key rather than after the comments that end the table."""
    if key in table or not isinstance(table, tomlkit.items.Table):
        table[key] = value
        return
    body = table.value.body
    last_key = max((i for i, (k, _) in enumerate(body) if k is not None), default=-1)
    if last_key + 1 < len(body):
        table.value._insert_at(last_key + 1, key, value)  # tomlkit has no public insert
    else:
        table.add(key, value)


def without_empty_site(text: str) -> str:
    """The text without a `[site]` table left with no keys, when it has the shape `site_table` writes
    (the header, then a blank line or the end): the comments under it belong to what follows and stay.
    A `[site]` written with a comment under it is the user's: it stays."""
    line = _Positions(text).tables.get(("site", None))
    if line is None:
        return text
    lines = text.splitlines(keepends=True)
    at = line - 1
    if at + 1 < len(lines) and not lines[at + 1].strip():
        del lines[at : at + 2]
    elif at + 1 == len(lines):
        del lines[at]
        if at > 0 and not lines[at - 1].strip():
            del lines[at - 1]
    return "".join(lines)
