"""Edits of a user's rule files: add, delete, switch off a rule; switch a site off; undo.

Every edit is a read-modify-write of one site file in the user's rule folder, never of the bundled
rules (a user file extends the bundled one, and a rule of the same name replaces it: see
``RuleBook._build_plan``). The rules of an edit:

- validate before writing: the new rule with ``parse_rule``, then the whole new text with
  ``parse_rule_text``; a failed edit writes nothing and says why;
- keep what people wrote: comments and layout survive (tomlkit; added rules are appended as text);
- atomic: a temporary file in the same folder, fsync, ``os.replace``, fsync of the folder, so a reader
  (the proxy, or a crash) sees the old file or the new one, never half of one (``atomic.py``);
- serialized: a lock per file, held across threads (``threading.Lock``) and processes (``flock``),
  around the read, the check and the write, so no acknowledged edit is lost to a racing one;
- undoable: the version before each edit is kept in ``.history/<site>/``, bounded in entries and
  bytes (``history.py``);
- a folder that cannot be written (read-only, full, not a folder) is a refusal that names it
  (``refusals.write_failure``), with nothing left written.
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import tomlkit
import tomlkit.items

from ..engine.book.compile import load_rule_file, parse_rule, parse_rule_text
from ..engine.book.model import Rule, RuleFile
from ..rules.errors import RuleSyntaxError
from ..rules.folders import BUNDLED_RULES
from ..rules.limits import read_rule_bytes
from ..rules.loader import RuleFileError, is_valid_name
from ..rules.specs import DEFAULT_FILE_KEY
from . import history, tomledit
from .atomic import temporaries, write_atomic
from .history import History, text_hash
from .paths import config_dir, default_user_rules_dir, validate_site
from .refusals import EditError, write_failure

# Where the API and the CLI have long imported these from.
__all__ = ["EditError", "EditResult", "RuleEditor", "config_dir", "default_user_rules_dir", "validate_site"]

HISTORY_DIR = history.DIR
HISTORY_LIMIT = history.LIMIT
HISTORY_BYTES = history.MAX_BYTES


@dataclass(frozen=True)
class EditResult:
    site: str
    path: str
    action: str  # what was done, in words: "added rule picked-tags"
    rule: str | None = None  # the name of the rule the edit was about
    details: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"site": self.site, "path": self.path, "action": self.action, "rule": self.rule, **self.details}

class RuleEditor:
    """Edits the files of one user rule folder. Safe to share between threads and processes."""

    _locks: dict[str, threading.Lock] = {}
    _locks_guard = threading.Lock()

    def __init__(self, user_dir: str | os.PathLike, base_dirs=(BUNDLED_RULES,), history_limit: int = HISTORY_LIMIT,
                 history_bytes: int = HISTORY_BYTES):
        self.user_dir = Path(user_dir)
        user = self.user_dir.resolve()
        # Never the folder being edited, even when it is also given as a base (``--rules rules/``).
        self.base_dirs = tuple(Path(d) for d in base_dirs if Path(d).resolve() != user)
        self.history_limit = history_limit
        self.history_bytes = history_bytes

    # -- paths and locks ------------------------------------------------------------------------
    def path_for(self, site: str) -> Path:
        return self.user_dir / f"{validate_site(site)}.toml"

    def _history_dir(self, site: str) -> Path:
        return self.user_dir / HISTORY_DIR / site

    def _history(self, site: str) -> History:
        return History(self._history_dir(site), self.history_limit, self.history_bytes)

    @contextmanager
    def _locked(self, site: str):
        """Hold the file's lock: first against this process's threads, then against other processes.
        A folder that cannot be written (read-only, full, a file in its way) is an ``EditError`` that
        names it, raised from wherever the write failed: each step undoes its own part first."""
        path = self.path_for(site)
        key = str(path.resolve())
        with self._locks_guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            try:
                history = self._history_dir(site)
                history.mkdir(parents=True, exist_ok=True, mode=0o700)
                fd = os.open(history / "lock", os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as err:
                raise write_failure(err, self.user_dir) from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                self._sweep_temporaries(site)
                yield path
            except OSError as err:
                raise write_failure(err, self.user_dir) from None
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)

    def _sweep_temporaries(self, site: str) -> None:
        """Temporary files left by a writer that died: whoever holds the lock owns the only live ones."""
        folder = self.user_dir
        stale = temporaries(folder / f"{site}.toml") + list(folder.glob(f".{site}.toml.*.tmp"))  # and older names
        stale += list(self._history_dir(site).glob(".*.tmp"))
        for path in stale:
            try:
                path.unlink()
            except OSError:
                pass

    # -- atomic writes ---------------------------------------------------------------------------
    _write_atomic = staticmethod(write_atomic)

    @staticmethod
    def _read(path: Path) -> tuple[str | None, int]:
        try:
            data, mtime_ns = read_rule_bytes(path)  # a FIFO or a device is refused, not waited on
            return data.decode("utf-8"), mtime_ns
        except FileNotFoundError:
            return None, 0
        except RuleSyntaxError as err:
            raise EditError(err.code, f"{path}: {err.message}: fix or remove it by hand first", on_disk=True) from None
        except UnicodeDecodeError:
            raise EditError("NC012", f"{path} is not UTF-8 text: fix or remove it by hand first", on_disk=True) from None
        except OSError as err:  # a file that may not be read is not a folder that may not be written
            raise EditError("NC012", f"{path} cannot be read: {err.strerror}: fix its permissions", on_disk=True) from None

    # -- history -----------------------------------------------------------------------------------
    def _entries(self, site: str) -> list[Path]:
        return self._history(site).entries()

    def history(self, site: str) -> list[dict]:
        """The edits that can be undone, newest first: [{"action", "time"}]."""
        return self._history(validate_site(site)).listing()

    # -- the edit cycle ----------------------------------------------------------------------------
    def _commit(self, site: str, change, action: str, rule: str | None = None) -> EditResult:
        """Under the lock: read the file, let ``change(text) -> (new text, details)`` edit it,
        validate the result, keep the old version for undo, write the new one atomically."""
        with self._locked(site) as path:
            old_text, old_mtime = self._read(path)
            before = None
            if old_text is not None:
                try:
                    before = parse_rule_text(old_text, str(path), site)
                except RuleFileError as err:
                    raise EditError(
                        err.errors[0].code, f"{err.errors[0]}: the file must be fixed by hand first", err.errors, on_disk=True
                    ) from None
            new_text, details = change(old_text)
            action = details.pop("action", action)
            if new_text == old_text:
                return EditResult(site, str(path), "no change", rule, {**details, "changed": False})
            after = self._validate(path, site, new_text)
            if before is not None and len(after.errors) > len(before.errors):
                new_errors = [e for e in after.errors if e not in before.errors] or list(after.errors)
                raise EditError(new_errors[0].code, f"the edit would break a rule: {new_errors[0]}", new_errors)
            history = self._history(site)
            entry = history.remember(old_text, new_text, action)
            try:
                self._write_atomic(path, new_text.encode("utf-8"), old_mtime)
            except BaseException:
                entry.unlink(missing_ok=True)
                raise
            history.trim()  # only now: a failed write above leaves every older version as it was
            return EditResult(site, str(path), action, rule, {**details, "changed": True})

    @staticmethod
    def _parse(path: Path, site: str, text: str) -> RuleFile | None:
        try:
            return parse_rule_text(text, str(path), site)
        except RuleFileError:
            return None

    @staticmethod
    def _validate(path: Path, site: str, text: str) -> RuleFile:
        try:
            return parse_rule_text(text, str(path), site)
        except RuleFileError as err:
            raise EditError(err.errors[0].code, f"the edit would make the file invalid: {err.errors[0]}", err.errors) from None

    @staticmethod
    def _document(path: Path, text: str | None) -> tomlkit.TOMLDocument:
        try:
            return tomlkit.parse(text or "")
        except tomlkit.exceptions.TOMLKitError as err:
            raise EditError("NC001", f"{path} is not valid TOML ({err}): fix it by hand first", on_disk=True) from None

    # -- what the other folders say about a site ----------------------------------------------------
    def base_files(self, site: str) -> list[RuleFile]:
        """The site's files in the folders below the user's (bundled), parsed; unreadable ones skipped."""
        out = []
        for folder in self.base_dirs:
            path = folder / f"{site}.toml"
            if path.is_file():
                try:
                    out.append(load_rule_file(path))
                except RuleFileError:
                    continue
        return out

    def base_defaults(self) -> list[RuleFile]:
        """The default rule files in the folders below the user's."""
        return self.base_files(DEFAULT_FILE_KEY)

    def _base_rule(self, site: str, name: str) -> Rule | None:
        for f in reversed(self.base_files(site)):
            for rule in f.rules:
                if rule.name == name:
                    return rule
        return None

    def _default_rule(self, name: str) -> Rule | None:
        for f in reversed(self.base_defaults()):
            for rule in f.rules:
                if rule.name == name:
                    return rule
        return None

    def _effective_disable(self, site: str, user_text: str | None) -> set[str]:
        disable: set[str] | None = None
        for f in self.base_files(site):
            if "disable" in f.settings:
                disable = set(f.settings["disable"])
        if user_text is not None:
            user = self._parse(Path(site), site, user_text)
            if user is not None and "disable" in user.settings:
                disable = set(user.settings["disable"])
        return disable or set()

    # -- edits -----------------------------------------------------------------------------------------
    def add_rule(self, site: str, table: dict, comment: str | None = None) -> EditResult:
        """Append a rule (a dict of rule keys, as JSON gives it). A missing name is made up."""
        site = validate_site(site)
        if not isinstance(table, dict) or not table:
            raise EditError("NC003", "a rule is an object of rule keys (reason, css, text, action, ...)")
        table = {str(k): tomledit.check_value(str(k), v) for k, v in table.items()}
        name = table.get("name")
        if name is not None and (not isinstance(name, str) or not is_valid_name(name)):
            raise EditError("NC009", "`name` must be 1-64 letters, digits, `-`, `_` or `.`, starting with a letter or digit")
        path = self.path_for(site)
        try:  # the rule on its own first: its message names the key at fault
            parse_rule({**table, "name": name or "new-rule"}, site, 0, str(path), 1)
        except RuleSyntaxError as err:
            raise EditError(err.code, f"invalid rule: {err.message}" + (f" (key `{err.key}`)" if err.key else "")) from None
        taken_elsewhere = {r.name for f in self.base_files(site) for r in f.rules if r.name}

        def change(text):
            user = self._parse(path, site, text) if text is not None else None
            taken = taken_elsewhere | ({r.name for r in user.rules if r.name} if user else set())
            rule_name = name or tomledit.new_name(table, taken)
            if rule_name in taken:
                raise EditError("NC010", f"a rule named {rule_name!r} already exists for {site}; choose another name", on_disk=True)
            ordered = {"name": rule_name, "reason": table["reason"]}
            ordered.update((k, v) for k, v in table.items() if k not in ordered)
            return tomledit.append_table(text, site, ordered, comment), {"name": rule_name, "action": f"added rule {rule_name}"}

        result = self._commit(site, change, "added a rule")
        return EditResult(result.site, result.path, result.action, result.details["name"], result.details)

    def delete_rule(self, site: str, name: str) -> EditResult:
        """Delete a rule of the user's file. A bundled rule cannot be deleted, only switched off."""
        site = validate_site(site)
        tomledit.check_name(name)
        path = self.path_for(site)

        def change(text):
            doc = self._document(path, text)
            index = tomledit.rule_index(doc, name)
            if index is None:
                if self._base_rule(site, name) or self._default_rule(name):
                    raise EditError("bundled-rule", f"{name!r} is a bundled rule: switch it off instead of deleting it")
                raise EditError("no-rule", f"no rule named {name!r} in {path}")
            return tomledit.remove_table(doc, index), {}

        return self._commit(site, change, f"deleted rule {name}", name)

    def set_rule_enabled(self, site: str, name: str, enabled: bool) -> EditResult:
        """Switch a rule off or on. For a rule of the user's file, its `enabled` key; for a bundled site
        rule, an override of the same name in the user's file; for a default rule, `[site] disable`."""
        site = validate_site(site)
        tomledit.check_name(name)
        if not isinstance(enabled, bool):
            raise EditError("NC003", "`enabled` must be true or false")
        path = self.path_for(site)
        word = "on" if enabled else "off"

        def change(text):
            doc = self._document(path, text)
            index = tomledit.rule_index(doc, name)
            if index is not None:
                table = doc["rule"][index]
                if enabled:
                    if "enabled" in table:
                        del table["enabled"]
                else:
                    table["enabled"] = False
                return tomlkit.dumps(doc), {"via": "user rule"}
            bundled = self._base_rule(site, name)
            if bundled is not None:
                if enabled:
                    return text, {"via": "bundled rule (already on)"}
                override = {k: v for k, v in bundled.table.items() if k != "enabled"}
                override["enabled"] = False
                return tomledit.append_table(text, site, override, f"switched off: replaces the bundled rule {name!r}"), {
                    "via": "override of a bundled rule"
                }
            if self._default_rule(name) is not None:
                disable = self._effective_disable(site, text)
                disable = disable - {name} if enabled else disable | {name}
                doc, site_table = tomledit.site_table(doc, text, site)
                site_table["disable"] = sorted(disable)
                return tomlkit.dumps(doc), {"via": "[site] disable"}
            raise EditError("no-rule", f"no rule named {name!r} for {site}")

        return self._commit(site, change, f"switched rule {name} {word}", name)

    def set_site_enabled(self, site: str, enabled: bool) -> EditResult:
        """`[site] enabled = false`: the proxy passes the site's pages through untouched."""
        site = validate_site(site)
        if not isinstance(enabled, bool):
            raise EditError("NC003", "`enabled` must be true or false")
        path = self.path_for(site)

        def change(text):
            return self._switched_site_text(self._document(path, text), text, site, enabled), {"enabled": enabled}

        return self._commit(site, change, f"switched the site {'on' if enabled else 'off'}")

    def _switched_site_text(self, doc, text: str | None, site: str, enabled: bool) -> str | None:
        """The file's text with the site switched, touching only `[site] enabled`, so that switching off
        and back on gives the file's bytes back. Off: the key is set in place, or written under the
        table's last key (above the comments that follow it, which tomlkit counts as the table's but are
        usually about the next table). On: the key goes when nothing below the user's file switches the
        site off (it is on by default), and a `[site]` left empty goes with it."""
        on_below = self._base_site_enabled(site)
        if enabled and on_below:
            site_table = doc.get("site")
            if not isinstance(site_table, tomlkit.items.Table) or "enabled" not in site_table:
                return text  # on already
            if site_table.value.item("enabled").trivia.comment:
                site_table["enabled"] = True  # a commented line is the user's own: keep it, switched
            else:
                del site_table["enabled"]
                if not any(k is not None for k, _ in site_table.value.body):
                    return tomledit.without_empty_site(tomlkit.dumps(doc))
            return tomlkit.dumps(doc)
        doc, site_table = tomledit.site_table(doc, text, site)
        tomledit.put_key(site_table, "enabled", enabled)
        return tomlkit.dumps(doc)

    def _base_site_enabled(self, site: str) -> bool:
        """Whether the site is on as far as the folders below the user's say (the last one that says)."""
        enabled = True
        for f in self.base_files(site):
            enabled = f.settings.get("enabled", enabled)
        return enabled

    def undo(self, site: str) -> EditResult:
        """Put back the version before the last edit. Refused when the file was changed by hand since
        (undoing would lose that change)."""
        site = validate_site(site)
        with self._locked(site) as path:
            entries = self._entries(site)
            if not entries:
                raise EditError("nothing-to-undo", f"no edit of {site} to undo")
            newest = entries[-1]
            try:
                entry = json.loads(newest.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                newest.unlink(missing_ok=True)
                raise EditError("nothing-to-undo", f"the last saved version of {site} is unreadable") from None
            current, mtime = self._read(path)
            if text_hash(current) != entry.get("after_sha256"):
                raise EditError("changed-since", f"{path} was changed since the last edit; undo would lose that change")
            previous = entry.get("previous")
            if previous is None:
                path.unlink(missing_ok=True)
            else:
                self._write_atomic(path, previous.encode("utf-8"), mtime)
            newest.unlink()
            return EditResult(site, str(path), f"undid: {entry.get('action', 'last edit')}")
