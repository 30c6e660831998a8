"""Filter lists kept current in a rules folder's ``lists/``: added from a URL or a file, updated with a
conditional GET, each beside a small sidecar (``NAME.json``: where it came from, the server's ETag and
Last-Modified, when it was fetched and checked, what went wrong last).

A download becomes the list only when it is one: not empty, not an HTML page (a captive portal, a
server's error page), not cut short (fewer bytes than its Content-Length), not over the size cap,
and with at least one filter or list comment in it. Anything else keeps the last good version and
says why, with a stable code. The file is replaced in one step (atomic.py), so the proxy, which
reloads a changed list as it reloads an edited rule file, never reads half of one.
"""

from __future__ import annotations

import datetime
import hashlib
import http.client
import json
import re
import socket
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .. import __version__
from ..rules.filterlist import CosmeticFilter, parse_line
from ..rules.folders import LISTS_DIR
from ..rules.procedural import ProceduralFilter
from .atomic import write_atomic

MAX_LIST_BYTES = 32 << 20  # EasyList is about 2 MiB; the biggest lists people run stay under 10
TIMEOUT = 30.0  # seconds for the connection and for each read
TOTAL_TIME = 120.0  # seconds for a whole download
META_SUFFIX = ".json"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|title|meta)\b", re.I | re.S)


class ListError(Exception):
    """A list that could not be added or updated: ``code`` (stable, for scripts), ``message`` (why)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Outcome:
    """What ``add`` or ``update`` did to one list: ``status`` is ``added``, ``updated``, ``unchanged``
    (same bytes), ``not-modified`` (the server said 304), ``local`` (no source to fetch from) or
    ``failed`` (``code`` and ``detail`` say why; the last good version stays)."""

    name: str
    status: str
    detail: str = ""
    code: str = ""
    path: str = ""
    includes: tuple = ()  # listincludes.Included: what became of the files the list includes

    @property
    def failed(self) -> bool:
        return self.status == "failed"


def now_iso() -> str:
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def lists_folder(rules_dir: Path) -> Path:
    return Path(rules_dir) / LISTS_DIR


def meta_path(list_path: Path) -> Path:
    return list_path.with_suffix(META_SUFFIX)


def read_meta(list_path: Path) -> dict:
    """The list's sidecar, or {} when there is none (a list put in the folder by hand) or it is unreadable."""
    try:
        data = json.loads(meta_path(list_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_meta(list_path: Path, meta: dict) -> None:
    path = meta_path(list_path)
    write_atomic(path, (json.dumps(meta, indent=2, sort_keys=True) + "\n").encode("utf-8"))


def check_name(name: str) -> str:
    if not _NAME.fullmatch(name or ""):
        raise ListError("bad-name", f"a list's name is letters, digits, `.`, `_` and `-` (at most 100), not {name!r}")
    return name


def name_from(source: str) -> str:
    """``https://x/easylist.txt?v=2`` → ``easylist``; ``/path/mine.txt`` → ``mine``."""
    path = urlsplit(source).path if is_url(source) else source
    stem = Path(path.rstrip("/")).name.rsplit(".", 1)[0] if "." in Path(path).name else Path(path.rstrip("/")).name
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip(".-_")[:100]
    return stem or (urlsplit(source).hostname or "list").replace(".", "-")


def is_url(source: str) -> bool:
    return urlsplit(source).scheme.lower() in ("http", "https")


# -- what a download must be to become the list --------------------------------------------------------
def check_list(data: bytes, content_type: str = "") -> tuple[int, int]:
    """Raise ListError unless ``data`` is a filter list; (element-hiding filters, other filter lines)."""
    if not data.strip():
        raise ListError("empty", "the body is empty")
    if b"\0" in data[:65536]:
        raise ListError("not-text", "the body is binary, not a text filter list")
    mime = content_type.split(";")[0].strip().lower()
    if mime in ("text/html", "application/xhtml+xml") or _HTML_START.match(data[:4096]):
        raise ListError("html", "the server sent an HTML page (an error or login page?), not a filter list")
    text = data.decode("utf-8", errors="replace")
    cosmetic = other = comments = 0
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if line.startswith("!") or (line.startswith("[") and line.endswith("]")):
            comments += 1
            continue
        parsed = parse_line(number, line)
        if isinstance(parsed, (CosmeticFilter, ProceduralFilter)):
            cosmetic += 1
        elif parsed is not None and parsed[0] != "bad-line":
            other += 1
    if not cosmetic and not comments:
        raise ListError("no-filters", "no element-hiding filter and no `!` comment: not a filter list")
    return cosmetic, other


# -- fetching ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Fetched:
    not_modified: bool
    data: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    url: str = ""
    content_type: str = ""


def fetch(url: str, etag: str | None = None, last_modified: str | None = None, *, timeout: float = TIMEOUT,
          max_bytes: int = MAX_LIST_BYTES, total_time: float = TOTAL_TIME) -> Fetched:
    """GET ``url`` (through $https_proxy / $http_proxy when set), conditional when an ETag or a
    Last-Modified is known. Raises ListError with the reason for any answer but 200 or 304."""
    if not is_url(url):
        raise ListError("bad-url", f"{url!r} is not an http(s) URL")
    headers = {"User-Agent": f"newsclean/{__version__} (filter list update)", "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    deadline = time.monotonic() + total_time
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            length = answer.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise ListError("too-large", f"the list is {int(length):,} bytes, over the cap of {max_bytes:,} bytes")
            raw = _read_capped(answer, max_bytes, deadline)
            if length and length.isdigit() and len(raw) < int(length):  # read(n) meets an early close quietly
                raise ListError("truncated", f"the download was cut short: {len(raw):,} bytes of {int(length):,}")
            data = _decoded(raw, answer.headers.get("Content-Encoding", ""), max_bytes)
            return Fetched(False, data, answer.headers.get("ETag"), answer.headers.get("Last-Modified"),
                           answer.geturl(), answer.headers.get("Content-Type", ""))
    except urllib.error.HTTPError as err:
        if err.code == 304:
            return Fetched(True, etag=err.headers.get("ETag") or etag,
                           last_modified=err.headers.get("Last-Modified") or last_modified, url=url)
        raise ListError("http-error", f"the server answered {err.code} {err.reason}") from None
    except http.client.IncompleteRead as err:
        raise ListError("truncated", f"the download was cut short: {len(err.partial):,} bytes of "
                        f"{len(err.partial) + (err.expected or 0):,}") from None
    except (TimeoutError, socket.timeout):
        raise ListError("timeout", f"no answer within {timeout:g} s") from None
    except urllib.error.URLError as err:
        reason = err.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise ListError("timeout", f"no answer within {timeout:g} s") from None
        raise ListError("network", f"cannot reach {urlsplit(url).netloc}: {getattr(reason, 'strerror', None) or reason}") from None
    except (http.client.HTTPException, ConnectionError, OSError) as err:
        raise ListError("network", f"the download failed: {type(err).__name__}: {err}"[:300]) from None


def _read_capped(answer, max_bytes: int, deadline: float) -> bytes:
    chunks, size = [], 0
    while True:
        chunk = answer.read(1 << 16)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise ListError("too-large", f"the list is over the cap of {max_bytes:,} bytes")
        if time.monotonic() > deadline:
            raise ListError("timeout", "the download took too long")
        chunks.append(chunk)


def _decoded(raw: bytes, encoding: str, max_bytes: int) -> bytes:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return raw
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise ListError("bad-encoding", f"the server sent the list as {encoding!r}, which newsclean cannot decode")
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    try:
        inflater = zlib.decompressobj(wbits)
        out = inflater.decompress(raw, max_bytes + 1)
        if len(out) > max_bytes:
            raise ListError("too-large", f"the list is over the cap of {max_bytes:,} bytes once decompressed")
        if not inflater.eof:
            raise ListError("truncated", "the compressed download was cut short")
        return out
    except zlib.error as err:
        raise ListError("truncated", f"the compressed download is broken: {err}") from None


# -- add and update ---------------------------------------------------------------------------------
def add(rules_dir: Path, source: str, name: str | None = None, **fetch_options) -> Outcome:
    """Put a new list into ``rules_dir/lists/``: downloaded (``source`` an http(s) URL) or copied (a
    file). Raises ListError when the name is taken or bad (nothing is written), or when the source
    is no filter list."""
    name = check_name(name or name_from(source))
    folder = lists_folder(rules_dir)
    target = folder / f"{name}.txt"
    if target.exists():
        raise ListError("exists", f"a list named {name!r} is already in {folder} (`newsclean lists update {name}` "
                        "refreshes it; --name gives the new one another name)")
    meta: dict = {"name": name}
    if is_url(source):
        got = fetch(source, **fetch_options)
        data = got.data
        check_list(data, got.content_type)
        meta.update(source=source, etag=got.etag, last_modified=got.last_modified)
    else:
        path = Path(source).expanduser()
        data = _read_file(path)
        check_list(data)
        meta["source"] = str(path.resolve())
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now_iso()
    meta.update(fetched_at=stamp, checked_at=stamp, bytes=len(data), sha256=hashlib.sha256(data).hexdigest(), error=None)
    write_atomic(target, data)
    included = _includes(target, meta["source"], data, meta, fetch_options)
    write_meta(target, meta)
    return Outcome(name, "added", f"{len(data):,} bytes from {source}", path=str(target), includes=included)


def _includes(list_path: Path, source: str, data: bytes, meta: dict, fetch_options: dict) -> tuple:
    from .listincludes import refresh  # (it fetches with this module's functions)

    return refresh(list_path, source, data, meta, **fetch_options)


def _read_file(path: Path) -> bytes:
    if not path.is_file():
        raise ListError("no-file", f"{path} is not a file")
    if path.stat().st_size > MAX_LIST_BYTES:
        raise ListError("too-large", f"{path} is over the cap of {MAX_LIST_BYTES:,} bytes")
    try:
        return path.read_bytes()
    except OSError as err:
        raise ListError("unreadable", f"cannot read {path}: {err.strerror or err}") from None


def update(list_path: Path, **fetch_options) -> Outcome:
    """Fetch the list again from its source (a conditional GET; a file is read again). Whatever goes
    wrong, the list stays as it was and the sidecar records why (``error``)."""
    name = list_path.stem
    meta = read_meta(list_path)
    source = meta.get("source")
    if not source:
        return Outcome(name, "local", "no source recorded (put in the folder by hand): left as it is", path=str(list_path))
    stamp = now_iso()
    meta["checked_at"] = stamp
    try:
        if is_url(source):
            known = list_path.is_file()  # a list whose file went missing is fetched whole
            got = fetch(source, meta.get("etag") if known else None, meta.get("last_modified") if known else None,
                        **fetch_options)
            if got.not_modified:
                meta.update(etag=got.etag, last_modified=got.last_modified, error=None)
                included = _includes(list_path, source, _current(list_path), meta, fetch_options)
                write_meta(list_path, meta)
                return Outcome(name, "not-modified", "the server says it has not changed", path=str(list_path),
                               includes=included)
            data = got.data
            check_list(data, got.content_type)
            meta.update(etag=got.etag, last_modified=got.last_modified)
        else:
            data = _read_file(Path(source))
            check_list(data)
    except ListError as err:
        meta["error"] = {"code": err.code, "message": err.message, "at": stamp}
        _write_meta_quietly(list_path, meta)
        kept = "the last good version stays" if list_path.is_file() else "there is no earlier version"
        return Outcome(name, "failed", f"{err.message}; {kept}", err.code, str(list_path))
    digest = hashlib.sha256(data).hexdigest()
    meta["error"] = None
    if digest == meta.get("sha256") and list_path.is_file():
        included = _includes(list_path, source, data, meta, fetch_options)
        write_meta(list_path, meta)
        return Outcome(name, "unchanged", "same content as before", path=str(list_path), includes=included)
    try:
        old_mtime = list_path.stat().st_mtime_ns if list_path.exists() else 0
        write_atomic(list_path, data, not_before_ns=old_mtime)
    except OSError as err:
        meta["error"] = {"code": "write-failed", "message": f"cannot write {list_path}: {err.strerror or err}", "at": stamp}
        _write_meta_quietly(list_path, meta)
        return Outcome(name, "failed", meta["error"]["message"] + "; the last good version stays", "write-failed",
                       str(list_path))
    meta.update(fetched_at=stamp, bytes=len(data), sha256=digest)
    included = _includes(list_path, source, data, meta, fetch_options)
    write_meta(list_path, meta)
    return Outcome(name, "updated", f"{len(data):,} bytes", path=str(list_path), includes=included)


def _current(list_path: Path) -> bytes:
    try:
        return list_path.read_bytes()
    except OSError:
        return b""


def _write_meta_quietly(list_path: Path, meta: dict) -> None:
    try:
        write_meta(list_path, meta)
    except OSError:
        pass  # a read-only folder: the outcome still says what happened


def sourced_lists(rules_dir: Path) -> list[Path]:
    """The lists of the folder that have a sidecar (those ``update`` can fetch again), by name."""
    folder = lists_folder(rules_dir)
    if not folder.is_dir():
        return []
    return sorted(p.with_suffix(".txt") for p in folder.glob(f"*{META_SUFFIX}") if read_meta(p.with_suffix(".txt")).get("source"))


def due(list_path: Path, hours: float, now: float | None = None) -> bool:
    """Whether the list was last checked ``hours`` or more ago (never checked: due)."""
    checked = read_meta(list_path).get("checked_at")
    try:
        when = datetime.datetime.strptime(checked, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
    except (TypeError, ValueError):
        return True
    return (now if now is not None else time.time()) - when.timestamp() >= hours * 3600
