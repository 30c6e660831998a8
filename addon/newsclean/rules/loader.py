"""Read a rule file: TOML → ``FileSpec`` (specs.py), checked as far as the format goes, or errors
with their position. Nothing here compiles a selector or a regex: the engine does (engine/book).

A file that is not valid TOML (or whose layout is wrong) is rejected whole. A single bad rule is
skipped and reported while the file's other rules load: one typo must not switch a site off.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from .errors import RuleError, RuleSyntaxError, did_you_mean, printable
from .keys import ACTION_KEYS, ACTION_NAMES, DETECT_KEYS, RENAMED_KEYS, RULE_KEYS, SITE_KEYS, TOP_KEYS, list_switch
from .limits import check_values, nesting_error, nesting_too_deep, read_rule_bytes
from .specs import DEFAULT_FILE_KEY, LIST_MODES, MODES, STRAY_MODES, FileSpec, RuleSpec

_DOMAIN = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class RuleFileError(Exception):
    """The file as a whole cannot be used (syntax, layout, name)."""

    def __init__(self, errors: list[RuleError]):
        super().__init__("; ".join(map(str, errors)))
        self.errors = errors


def file_key(path: Path) -> str | None:
    """`inquirer.net.toml` → `inquirer.net`; `_default.toml` → `_default`; None if not a rule file name."""
    stem = path.name[: -len(".toml")] if path.name.endswith(".toml") else None
    if stem is None:
        return None
    if stem == DEFAULT_FILE_KEY:
        return stem
    stem = stem.lower()
    return stem if _DOMAIN.match(stem) else None


def is_valid_name(name: str) -> bool:
    return bool(_NAME.match(name))


class Positions:
    """Where tables and keys are in the text, so errors can say `path:line:col`.

    tomllib returns values without positions; rule files are simple enough (one `[[rule]]` table a
    rule, `key = value` lines) that a line scan finds them.
    """

    _HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\"']+)\s*\]\]?")
    _KEY = re.compile(r"^(\s*)([A-Za-z0-9_\-\"']+)\s*=\s*")

    def __init__(self, text: str):
        self.tables: dict[tuple[str, int | None], int] = {}
        self.keys: dict[tuple[str, int | None, str], tuple[int, int]] = {}
        table: tuple[str, int | None] = ("", None)
        counts: dict[str, int] = {}
        in_multiline = None
        for lineno, line in enumerate(text.splitlines(), start=1):
            if in_multiline:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            header = self._HEADER.match(line)
            if header:
                name = header.group(2).strip("\"'")
                if header.group(1) == "[[":
                    index = counts.get(name, 0)
                    counts[name] = index + 1
                    table = (name, index)
                else:
                    table = (name, None)
                self.tables.setdefault(table, lineno)
                continue
            key = self._KEY.match(line)
            if key:
                name = key.group(2).strip("\"'")
                self.keys.setdefault((*table, name), (lineno, key.end() + 1))
                rest = line[key.end():]
                for quote in ('"""', "'''"):
                    if rest.count(quote) % 2 == 1:
                        in_multiline = quote

    def of_table(self, table: str, index: int | None) -> tuple[int, int]:
        return self.tables.get((table, index), 1), 1

    def of_key(self, table: str, index: int | None, key: str | None) -> tuple[int, int]:
        if key is not None and (table, index, key) in self.keys:
            return self.keys[(table, index, key)]
        return self.of_table(table, index)


class _LazyPositions:
    """Positions are only needed when something is wrong: scan the text then, not on every load."""

    def __init__(self, text: str):
        self._text = text
        self._positions: Positions | None = None

    def __getattr__(self, name):
        if self._positions is None:
            self._positions = Positions(self._text)
        return getattr(self._positions, name)


def _toml_error(path: str, err: tomllib.TOMLDecodeError) -> RuleError:
    line = getattr(err, "lineno", None)
    col = getattr(err, "colno", None)
    message = getattr(err, "msg", None) or str(err)
    found = re.search(r"\(at line (\d+), column (\d+)\)", str(err))
    if line is None and found:
        line, col = int(found.group(1)), int(found.group(2))
    message = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", message)
    return RuleError("NC001", message, path, line or 1, col or 1)


def parse_site_table(table, where) -> dict:
    """Validate `[site]`; return only the keys it sets. `where(key)` → (line, col)."""
    if not isinstance(table, dict):
        raise RuleSyntaxError("NC003", "`site` must be a table: write `[site]`", None)
    check_values(table)
    out: dict = {}
    for key, value in table.items():
        if key not in SITE_KEYS:
            raise RuleSyntaxError("NC002", f"unknown key `{key}` in [site]{did_you_mean(key, SITE_KEYS)} (known: {', '.join(sorted(SITE_KEYS))})", key)
        if key in ("enabled", "defaults"):
            if not isinstance(value, bool):
                raise RuleSyntaxError("NC003", f"`{key}` must be true or false", key)
            out[key] = value
        elif key == "mode":
            if value not in MODES:
                raise RuleSyntaxError("NC009", f"`mode` must be one of {', '.join(MODES)}, not {value!r}", key)
            out[key] = value
        elif key == "lists":
            if value not in LIST_MODES:
                raise RuleSyntaxError("NC009", f"`lists` must be one of {', '.join(LIST_MODES)}, not {value!r}", key)
            out[key] = value
        elif key == "stray":
            if value not in STRAY_MODES:
                raise RuleSyntaxError("NC009", f"`stray` must be one of {', '.join(STRAY_MODES)}, not {value!r}", key)
            out[key] = value
        elif key == "detect":
            out.update(_parse_detect(value, key))
        elif key == "article":  # a CSS selector: compiled (and its syntax checked) by the engine
            if not isinstance(value, str):
                raise RuleSyntaxError("NC003", f"`{key}` must be a string (a CSS selector)", key)
            if not value.strip():
                raise RuleSyntaxError("NC005", f"`{key}` is empty", key)
            out[key] = value
        elif key == "disable":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise RuleSyntaxError("NC003", "`disable` must be a list of default rule names", key)
            for entry in value:
                try:
                    list_switch(entry)
                except ValueError as err:
                    raise RuleSyntaxError("NC009", f"`disable` entry {err}", key) from None
            out[key] = frozenset(value)
        elif key == "guard":
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise RuleSyntaxError("NC003", "`guard` must be a number between 0 and 1", key)
            if not 0 < value <= 1:
                raise RuleSyntaxError("NC009", f"`guard` must be in (0, 1], not {value}", key)
            out[key] = float(value)
    return out


def _parse_detect(value, key) -> dict:
    """`detect = false`, or `detect = { remove = 3.5, mark = 2.5 }` (thresholds in the detector's points)."""
    if isinstance(value, bool):
        return {"detect": value}
    if not isinstance(value, dict):
        raise RuleSyntaxError("NC003", "`detect` must be true, false or a table such as { remove = 3.5, mark = 2.5 }", key)
    out: dict = {}
    for name, v in value.items():
        if name not in DETECT_KEYS:
            raise RuleSyntaxError("NC002", f"unknown key `{name}` in `detect`{did_you_mean(name, DETECT_KEYS)} (known: {', '.join(sorted(DETECT_KEYS))})", key)
        if name == "enabled":
            if not isinstance(v, bool):
                raise RuleSyntaxError("NC003", "`detect.enabled` must be true or false", key)
            out["detect"] = v
        else:
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 < v <= 100:
                raise RuleSyntaxError("NC003", f"`detect.{name}` must be a number of points above 0", key)
            out[f"detect_{name}"] = float(v)
    # Against the defaults for the one not given (3 to remove, 2 to mark: SiteSettings).
    remove, mark = out.get("detect_remove", 3.0), out.get("detect_mark", 2.0)
    if mark > remove:
        raise RuleSyntaxError("NC009", f"`detect.mark` ({mark:g}) must not be above `detect.remove` ({remove:g})", key)
    return out


def read_rule(table: dict, key: str, index: int, path: str, line: int) -> RuleSpec:
    """One `[[rule]]` table → RuleSpec, checked as far as the format goes (known keys, value types,
    name, reason, the action and its keys). Raises RuleSyntaxError naming the key at fault."""
    if not isinstance(table, dict):
        raise RuleSyntaxError("NC003", "each rule must be a table: write `[[rule]]`", None)
    written = table
    table = {RENAMED_KEYS.get(k, k): v for k, v in table.items()}
    for k in table:
        if k not in RULE_KEYS:
            raise RuleSyntaxError("NC002", f"unknown key `{k}` in a rule{did_you_mean(k, RULE_KEYS)}", k)
    check_values(table)  # before anything is compiled from a value
    name = table.get("name")
    if name is not None and (not isinstance(name, str) or not is_valid_name(name)):
        raise RuleSyntaxError(
            "NC009", "`name` must be 1-64 letters, digits, `-`, `_` or `.`, starting with a letter or digit", "name"
        )
    reason = table.get("reason")
    if reason is None:
        raise RuleSyntaxError("NC004", "rule has no `reason`", None)
    if not isinstance(reason, str) or not reason.strip():
        raise RuleSyntaxError("NC003", "`reason` must be a non-empty string", "reason")
    enabled = table.get("enabled", True)
    if not isinstance(enabled, bool):
        raise RuleSyntaxError("NC003", "`enabled` must be true or false", "enabled")
    action = table.get("action", "remove")
    if action not in ACTION_NAMES:
        raise RuleSyntaxError("NC009", f"unknown action {action!r} (one of {', '.join(ACTION_NAMES)})", "action")
    for k, owner in ACTION_KEYS.items():
        if k in table and action != owner:
            raise RuleSyntaxError("NC002", f"`{k}` only applies to action = \"{owner}\"", k)
    return RuleSpec(
        key=key, index=index, path=path, line=line, name=name, reason=reason.strip(), enabled=enabled, action=action,
        table=table, written=dict(written), renamed=tuple(k for k in written if k in RENAMED_KEYS),
    )


def read_rule_text(text: str, path: str, key: str, mtime_ns: int = 0) -> FileSpec:
    """A rule file's text → FileSpec. Raises RuleFileError when the file as a whole is unusable;
    a rule the format turns down is left out with its error (``FileSpec.errors``)."""
    deep = nesting_too_deep(text)  # tomllib recurses once a level: bounded before it runs
    if deep is not None:
        err = nesting_error()
        raise RuleFileError([RuleError(err.code, err.message, path, *deep)])
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise RuleFileError([_toml_error(path, err)]) from None
    except RecursionError:  # not expected past the bound above; a file must not stop the loader
        err = nesting_error()
        raise RuleFileError([RuleError(err.code, err.message, path)]) from None
    pos = _LazyPositions(text)
    for top in data:
        if top not in TOP_KEYS:
            line, col = pos.of_key("", None, top)
            if (top, None) in pos.tables:
                line, col = pos.of_table(top, None)
            raise RuleFileError(
                [RuleError("NC002", f"unknown top-level key `{top}` (a file holds `[site]` and `[[rule]]` tables)", path, line, col)]
            )
    settings: dict = {}
    if "site" in data:
        if key == DEFAULT_FILE_KEY:
            line, col = pos.of_table("site", None)
            raise RuleFileError([RuleError("NC002", "`[site]` has no meaning in _default.toml", path, line, col)])
        try:
            settings = parse_site_table(data["site"], None)
        except RuleSyntaxError as err:
            line, col = pos.of_key("site", None, err.key)
            raise RuleFileError([RuleError(err.code, err.message, path, line, col)]) from None
    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list):
        line, col = pos.of_key("", None, "rule")
        raise RuleFileError([RuleError("NC003", "rules are written as `[[rule]]` tables", path, line, col)])
    rules, errors = [], []
    for index, table in enumerate(raw_rules):
        line, _ = pos.of_table("rule", index)
        try:
            rules.append(read_rule(table, key, index, path, line))
        except RuleSyntaxError as err:
            eline, ecol = pos.of_key("rule", index, err.key)
            errors.append(RuleError(err.code, err.message, path, eline, ecol, rule=index + 1))
    return FileSpec(key=key, path=path, mtime_ns=mtime_ns, rules=tuple(rules), settings=settings,
                    errors=tuple(errors), text=text)


def read_rule_file(path: Path) -> FileSpec:
    """Read one file into its spec. Raises RuleFileError (with positions) when it cannot be used."""
    spath = str(path)
    key = file_key(path)
    if key is None:
        raise RuleFileError([RuleError("NC011", f"'{printable(path.name)}' is not a domain name or _default", spath)])
    try:
        data, mtime_ns = read_rule_bytes(path)
        text = data.decode("utf-8")
    except RuleSyntaxError as err:  # not a regular file, or too big: not read at all
        raise RuleFileError([RuleError(err.code, err.message, spath)]) from None
    except (OSError, UnicodeDecodeError) as err:
        raise RuleFileError([RuleError("NC012", f"cannot read the file: {err}", spath)]) from None
    return read_rule_text(text, spath, key, mtime_ns)
