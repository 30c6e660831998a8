"""Per request and per response: the switches a reader sends (``newsclean=off|reader|clean``, the
bypass and mode headers' values), what makes a response a page to clean, and the headers a cleaned
page goes out with (``X-Newsclean``, the body's description). Plain functions over mitmproxy flows
and headers; the addon (addon.py) calls them."""

from __future__ import annotations

import gc
import logging
from collections.abc import Sequence

from mitmproxy import http
from mitmproxy.net.http.headers import parse_content_type

from . import cache
from .selfloop import LOOP_MESSAGE, LOOP_STATUS

log = logging.getLogger("newsclean.proxy")


LOCAL = "newsclean.local"  # flow.metadata: answered by the proxy itself (control API)
BYPASS = "newsclean.bypass"  # flow.metadata: the reader asked for the original
REVALIDATE = "newsclean.revalidate"  # flow.metadata: book tag of an ETag we unwrapped for the origin
MODE = "newsclean.mode"  # flow.metadata: "reader" or "clean" when set for this request, not by the site
BYPASS_PARAM = "newsclean"
BYPASS_PARAM_VALUE = "off"
SWITCH_VALUES = (BYPASS_PARAM_VALUE, "reader", "clean")  # what `newsclean=` may ask for
MODES = ("reader", "clean")
STATUS_HEADER = "X-Newsclean"
# Milliseconds the page spent being decoded and cleaned (off the event loop), as browsers' developer
# tools show it; added to any Server-Timing of the origin's.
TIMING_HEADER = "Server-Timing"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
WATCH_INTERVAL = 1.0  # seconds between looks at the rule folders


def take_switch(path: str) -> tuple[str, str | None]:
    """Remove ``newsclean=off|reader|clean`` from a request path's query, the rest of the path kept
    byte for byte; and say which was asked for ("off" over the others), or None."""
    base, sep, query = path.partition("?")
    if not sep:
        return path, None
    query, hash_sep, fragment = query.partition("#")
    parts = query.split("&")
    asked = set()
    kept = []
    for part in parts:
        name, eq, value = part.partition("=")
        if name == BYPASS_PARAM and eq and value in SWITCH_VALUES:
            asked.add(value)
        else:
            kept.append(part)
    if not asked:
        return path, None
    new = base + ("?" + "&".join(kept) if kept else "")
    switch = BYPASS_PARAM_VALUE if BYPASS_PARAM_VALUE in asked else sorted(asked)[-1]
    return new + (hash_sep + fragment if hash_sep else ""), switch


def not_a_page(flow: http.HTTPFlow, ctype: tuple | None = None) -> str | None:
    """Why this response is not a page to clean, or None if it is one. ``ctype``: the response's
    Content-Type as ``parse_content_type`` gives it, when the caller has parsed it already."""
    req, resp = flow.request, flow.response
    if req.method != "GET":
        return f"method {req.method}"
    if resp.status_code != 200:
        return f"status {resp.status_code}"
    if ctype is None:
        ctype = parse_content_type(resp.headers.get("content-type", ""))
    if ctype is None or f"{ctype[0]}/{ctype[1]}".lower() not in HTML_TYPES:
        return "not HTML"
    if resp.raw_content is None:
        return "streamed body"
    if not resp.raw_content:
        return "empty body"
    if resp.headers.get("content-disposition", "").lower().startswith("attachment"):
        return "download"
    if "content-range" in resp.headers:
        return "partial content"
    return None


# Headers that describe the origin's body and are replaced or dropped when the body is cleaned.
_CLEANED_BODY_DROPS = frozenset(
    {b"content-encoding", b"content-type", b"content-length", *(n.encode() for n in cache.BODY_DIGEST_HEADERS)}
)


def describe_cleaned_body(headers: http.Headers, length: int) -> None:
    """Make the headers describe a cleaned body of ``length`` bytes: uncompressed, UTF-8 HTML, its
    length (unless chunked), no digests of the origin's bytes. One pass over the fields: each
    ``Headers`` edit is a pass of its own, and seven of them cost about 50 µs a page."""
    fields = [field for field in headers.fields if field[0].lower() not in _CLEANED_BODY_DROPS]
    # The engine serialises HTML (also for an XHTML page) as UTF-8 and says so in <meta charset>.
    fields.append((b"content-type", b"text/html; charset=utf-8"))
    if not any(name.lower() == b"transfer-encoding" for name, _ in fields):
        fields.append((b"content-length", b"%d" % length))
    headers.fields = tuple(fields)


def status_header(removed: int, sources: Sequence[str], marked: int = 0, status: str | None = None) -> str:
    parts = [f"removed={removed}"]
    if marked:
        parts.append(f"marked={marked}")
    parts.append("rules=" + (",".join(sources) or "none"))
    if status:
        parts.append(f"status={status}")
    return "; ".join(parts)


def loop_refusal() -> http.Response:
    return http.Response.make(LOOP_STATUS, LOOP_MESSAGE, {"Content-Type": "text/plain; charset=utf-8"})


def freeze_long_lived() -> None:
    """Take what exists once the proxy is up (mitmproxy's own objects, the rule book) out of the cyclic
    garbage collector's walks. Cleaning a page allocates enough to set off full collections, which
    walk every tracked object: in mitmdump about 50 ms each (twice per 300 corpus pages, on whichever
    thread allocates, holding the GIL), about 15 ms with these frozen. Reference counting frees
    objects as before; only a cycle among these would stay (the rule book has none)."""
    gc.collect()
    gc.freeze()
