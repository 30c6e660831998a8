"""Keep cleaned pages and originals apart in the browser's cache.

A browser revalidates a cached page (``If-None-Match`` / ``If-Modified-Since``) and, on ``304 Not
Modified``, shows its stored copy again. If that copy was cleaned with rules that have changed since,
or was an original fetched before the site was covered (or through a bypass), a plain pass-through
of the 304 would keep the wrong version on screen. So every page the proxy inspects:

- gets a weak ETag that wraps the origin's with a tag of the rule book in force
  (``"abc"`` → ``W/"nc-1a2b3c4d-s-abc"``); weak, since the bytes are not the origin's (and a weak
  tag is never used for ``If-Range``, so a cleaned copy is never stitched to an original range);
- loses ``Last-Modified`` (a date cannot say which rules made the copy);
- is ``Cache-Control: private, no-cache``: stored, but revalidated each time it is shown;
- varies on ``X-Newsclean-Bypass`` and ``X-Newsclean-Mode``, the per-request "show me the original"
  and "show me the reader page" headers (a reader page's ETag carries a tag of its own: output_tag).

On the way to the origin a wrapped ETag made with the current rules is unwrapped, so an unchanged
page costs a 304 (no body, no cleaning); one made with other rules is dropped, so the origin sends
the page whole and it is cleaned again. A page navigation that carries a validator the proxy did not
make (a copy cached before the site was covered) is asked for whole too.
"""

from __future__ import annotations

import hashlib
import re

from mitmproxy import http

BYPASS_HEADER = "X-Newsclean-Bypass"
MODE_HEADER = "X-Newsclean-Mode"  # per request: "reader" or "clean" instead of the site's mode
_OURS = re.compile(r'^W/"nc-([0-9a-f]{8})-([sw])-(.*)"$', re.DOTALL)
_NAVIGATION_DESTS = {"document", "iframe", "frame"}
# Headers describing the origin's exact bytes: wrong once the body is rewritten.
BODY_DIGEST_HEADERS = ("content-md5", "digest", "content-digest", "repr-digest")


def output_tag(book_tag: str, mode: str | None) -> str:
    """The tag of what the proxy serves: the rule book's, or — when a request or the choice for
    sites without a rule file sets the mode — one of its own for that mode, so a reader page and a
    cleaned page of one URL never pass for each other on revalidation."""
    if mode is None:
        return book_tag
    return hashlib.sha1(f"{book_tag}:{mode}".encode()).hexdigest()[:8]


def wrap_etag(etag: str, book_tag: str) -> str:
    """The origin's ETag, marked with the rule book that made (or inspected) the copy."""
    etag = etag.strip()
    if etag.startswith("W/"):
        strength, inner = "w", etag[2:]
    else:
        strength, inner = "s", etag
    inner = inner.strip('"')
    return f'W/"nc-{book_tag}-{strength}-{inner}"'


def unwrap_etag(etag: str) -> tuple[str, str] | None:
    """``(book_tag, origin's ETag)`` for an ETag this proxy made, else None."""
    m = _OURS.match(etag.strip())
    if not m:
        return None
    tag, strength, inner = m.groups()
    return tag, (f'W/"{inner}"' if strength == "w" else f'"{inner}"')


def _split_etags(value: str) -> list[str]:
    # ETags are quoted and cannot contain '"', so commas between quoted strings split the list.
    return [part.strip() for part in re.findall(r'\s*((?:W/)?"[^"]*"|\*)\s*(?:,|$)', value)]


def is_navigation(request: http.Request) -> bool:
    """A request for a page to show (not a script's fetch of a resource)."""
    dest = request.headers.get("sec-fetch-dest")
    if dest is not None:
        return dest.lower() in _NAVIGATION_DESTS
    return "text/html" in request.headers.get("accept", "")


def prepare_conditional(request: http.Request, book_tag: str) -> bool:
    """Rewrite a request's validators for the origin; return True if one of ours was unwrapped.

    Returns whether a 304 for this request must get its ETag wrapped again (see ``mark_revalidated``).
    """
    headers = request.headers
    value = headers.get("if-none-match")
    navigation = is_navigation(request)
    unwrapped = False
    dropped = False
    if value is not None:
        out = []
        for etag in _split_etags(value):
            ours = unwrap_etag(etag)
            if ours is None:
                if etag == "*" or not navigation:
                    out.append(etag)
                else:
                    dropped = True  # a copy we did not make: ask for the page whole
            elif ours[0] == book_tag:
                out.append(ours[1])
                unwrapped = True
            else:
                dropped = True  # made with other rules: ask for the page whole
        if out:
            headers["if-none-match"] = ", ".join(out)
        else:
            del headers["if-none-match"]
    if "if-modified-since" in headers and (navigation or dropped):
        # Inspected pages never carry Last-Modified, so a date refers to a copy we did not make; and
        # without an If-None-Match the origin would answer 304 by date for a copy we just refused.
        del headers["if-modified-since"]
    return unwrapped


def _add_vary(headers: http.Headers, name: str) -> None:
    values = [v.strip() for v in ",".join(headers.get_all("vary")).split(",") if v.strip()]
    if "*" in values or any(v.lower() == name.lower() for v in values):
        return
    headers["vary"] = ", ".join(values + [name])


def mark_inspected(headers: http.Headers, book_tag: str) -> None:
    """Cache headers for a page the proxy inspected (cleaned or not) under the given rule book."""
    etag = headers.get("etag")
    if etag:
        headers["etag"] = wrap_etag(etag, book_tag)
    headers.pop("last-modified", None)
    directives = {d.strip().split("=")[0].lower() for d in ",".join(headers.get_all("cache-control")).split(",")}
    headers["cache-control"] = "private, no-store" if "no-store" in directives else "private, no-cache"
    _add_vary(headers, BYPASS_HEADER)
    _add_vary(headers, MODE_HEADER)


def mark_revalidated(headers: http.Headers, book_tag: str) -> None:
    """A 304 for a copy we made: keep the browser's stored ETag and cache headers ours."""
    mark_inspected(headers, book_tag)


def mark_original(headers: http.Headers) -> None:
    """An original served on request (bypass): keep it apart from the cleaned copy of the same URL."""
    _add_vary(headers, BYPASS_HEADER)
