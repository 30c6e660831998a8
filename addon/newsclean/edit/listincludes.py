"""The files a kept list takes in with ``!#include``, fetched beside it when it is added or updated.

uBlock Origin's ``annoyances.txt`` is a list of a few lines that includes ``annoyances-others.txt``
from its own folder; the list loader reads an included file only from the list's own folder
(rules/filterlist.py). So with a list from a URL or a file come the files it includes, from the
same place: a name without a path, ending in ``.txt``, read relative to the list's source — on the
same server for a URL. Each is fetched as the list is (conditional GET with the ETag and
Last-Modified kept in the list's sidecar under ``includes``, the same size cap and checks) and
written in one step; one that fails keeps its last good version and says why, and the list itself
is taken whatever becomes of its includes. A file the list no longer includes, that came with it,
goes. A file of that name that is a list of its own (with a sidecar of its own) or that nobody
fetched is left alone.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from . import listfetch as F
from .atomic import write_atomic

MAX_INCLUDES = 20  # uBO's lists include one or two files; a list naming hundreds is not taken at its word
_INCLUDE = re.compile(r"^[ \t]*!#include[ \t]+(\S+)[ \t]*\r?$", re.MULTILINE)


@dataclass(frozen=True)
class Included:
    """What became of one included file: ``status`` as a list's (``added``, ``updated``, ``unchanged``,
    ``not-modified``, ``removed`` — no longer included —, ``kept`` — a list of its own or a file
    nobody fetched, left alone — or ``failed`` with ``code``)."""

    name: str
    status: str
    detail: str = ""
    code: str = ""

    def describe(self) -> str:
        if self.status == "failed":
            return f"{self.name}: FAILED [{self.code}] {self.detail}"
        return f"{self.name}: {self.status}" + (f" ({self.detail})" if self.detail else "")


def names_in(data: bytes) -> list[str]:
    """The names a list's ``!#include`` lines give, in order, each once (whatever ``!#if`` they are under:
    the loader decides which it takes)."""
    return list(dict.fromkeys(m.group(1) for m in _INCLUDE.finditer(data.decode("utf-8", errors="replace"))))


def _refusal(name: str, list_path: Path, source: str) -> str | None:
    if "/" in name or "\\" in name or not F._NAME.fullmatch(name) or not name.endswith(".txt"):
        return f"not a file name beside the list ending in .txt: {name!r} (the loader reads only those)"
    if name == list_path.name:
        return "the list includes itself"
    if F.is_url(source):
        where = urljoin(source, name)
        if urlsplit(where).netloc != urlsplit(source).netloc:
            return f"{where} is not on the list's server"
    return None


def refresh(list_path: Path, source: str, data: bytes, meta: dict, **fetch_options) -> tuple[Included, ...]:
    """Fetch the files ``data`` (the list as it now is) includes, from beside ``source``, into the list's
    folder; record them in ``meta["includes"]`` (the caller writes the sidecar). Never raises ListError."""
    known: dict = meta.get("includes") or {}
    names = names_in(data)
    out: list[Included] = []
    now: dict = {}
    for name in names[:MAX_INCLUDES]:
        why = _refusal(name, list_path, source)
        if why is not None:
            out.append(Included(name, "failed", why, "bad-include"))
            continue
        target = list_path.parent / name
        if name not in known and (target.exists() or F.meta_path(target).exists()):
            out.append(Included(name, "kept", "a file of that name is already in the folder (not fetched with this list)"))
            continue
        entry = dict(known.get(name) or {})
        out.append(_one(target, source, entry, **fetch_options))
        now[name] = entry
    for name in names[MAX_INCLUDES:]:
        out.append(Included(name, "failed", f"more than {MAX_INCLUDES} included files: not fetched", "too-many"))
    for name in known.keys() - now.keys():  # came with an earlier version, no longer included
        target = list_path.parent / name
        try:
            target.unlink(missing_ok=True)
            out.append(Included(name, "removed", "no longer included"))
        except OSError as err:
            now[name] = known[name]
            out.append(Included(name, "failed", f"cannot remove {target}: {err.strerror or err}", "write-failed"))
    if now or known:
        meta["includes"] = now
    return tuple(out)


def _one(target: Path, source: str, entry: dict, **fetch_options) -> Included:
    """Fetch one included file into ``target``, keeping ``entry`` (its part of the sidecar) up to date."""
    name = target.name
    stamp = F.now_iso()
    entry["checked_at"] = stamp
    try:
        if F.is_url(source):
            url = urljoin(source, name)
            entry["source"] = url
            have = target.is_file()
            got = F.fetch(url, entry.get("etag") if have else None, entry.get("last_modified") if have else None,
                          **fetch_options)
            if got.not_modified:
                entry.update(etag=got.etag, last_modified=got.last_modified, error=None)
                return Included(name, "not-modified")
            body = got.data
            F.check_list(body, got.content_type)
            entry.update(etag=got.etag, last_modified=got.last_modified)
        else:
            path = Path(source).expanduser().parent / name
            entry["source"] = str(path.resolve())
            body = F._read_file(path)
            F.check_list(body)
    except F.ListError as err:
        entry["error"] = {"code": err.code, "message": err.message, "at": stamp}
        kept = "the last good version stays" if target.is_file() else "there is no earlier version"
        return Included(name, "failed", f"{err.message}; {kept}", err.code)
    digest = hashlib.sha256(body).hexdigest()
    entry["error"] = None
    if digest == entry.get("sha256") and target.is_file():
        return Included(name, "unchanged")
    existed = target.is_file()
    try:
        write_atomic(target, body, not_before_ns=target.stat().st_mtime_ns if existed else 0)
    except OSError as err:
        entry["error"] = {"code": "write-failed", "message": f"cannot write {target}: {err.strerror or err}", "at": stamp}
        return Included(name, "failed", entry["error"]["message"], "write-failed")
    entry.update(fetched_at=stamp, bytes=len(body), sha256=digest)
    return Included(name, "updated" if existed else "added", f"{len(body):,} bytes")


__all__ = ["MAX_INCLUDES", "Included", "names_in", "refresh"]
