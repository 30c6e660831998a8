"""Where `newsclean snapshot` gets a page: the running proxy's recent history (its control API), or
the site itself.

From the proxy: ``GET /newsclean/v1/original?url=URL`` on the proxy's own port with the API's token
(the page as the site sent it, content-encoding undone, kept for the most recent pages). From the
site: a plain GET that goes through $http_proxy / $https_proxy as any client's does, and asks a
newsclean proxy in the way for the original (``X-Newsclean-Bypass: 1``), never a cleaned copy.
"""

from __future__ import annotations

import base64
import binascii
import json
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from .. import __version__

DEFAULT_PROXY = "http://127.0.0.1:8080"
DEFAULT_CONFDIR = "~/.mitmproxy"  # as `newsclean run` (proxy/run.py, which imports mitmproxy)
TOKEN_FILE = "newsclean-token"
MAX_BYTES = 8 << 20  # the proxy's newsclean_max_bytes: it cleans no bigger page
TIMEOUT = 30.0


class NoPage(Exception):
    """The page could not be had from this source; the message says why, in words."""


@dataclass(frozen=True)
class FetchedPage:
    url: str  # where it came from (after redirects, for a fetch)
    data: bytes
    charset: str | None  # the charset its Content-Type named
    origin: str  # "the proxy's recent history (http://127.0.0.1:8080)", "https://... (fetched)"


def token_path(token_file: str | None, confdir: str | None) -> Path:
    if token_file:
        return Path(token_file).expanduser()
    return Path(confdir or DEFAULT_CONFDIR).expanduser() / TOKEN_FILE


def from_proxy(url: str, proxy: str, token_file: Path, timeout: float = TIMEOUT) -> FetchedPage:
    try:
        token = token_file.read_text(encoding="utf-8").strip()
    except OSError as err:
        raise NoPage(f"cannot read the proxy's token {token_file}: {err.strerror or err} "
                     "(`newsclean run` prints where it is; give --token-file or --confdir)") from None
    api = proxy.rstrip("/") + "/newsclean/v1/original?url=" + quote(url, safe="")
    request = urllib.request.Request(api, headers={"Authorization": f"Bearer {token}"})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # the proxy's own port, straight
    try:
        with opener.open(request, timeout=timeout) as answer:
            raw = answer.read(2 * MAX_BYTES)
    except urllib.error.HTTPError as err:
        said = _error_of(err)
        if err.code == 401:
            raise NoPage(f"the proxy at {proxy} refused the token in {token_file}: {said}") from None
        raise NoPage(f"the proxy at {proxy} answered {err.code}: {said}") from None
    except (urllib.error.URLError, OSError, ValueError) as err:
        reason = getattr(err, "reason", err)
        raise NoPage(f"no proxy answers at {proxy} ({reason}): start it with `newsclean run`, or give --proxy") from None
    try:
        answer = json.loads(raw)
        data = base64.b64decode(answer["body_base64"], validate=True)
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise NoPage(f"{proxy} did not answer as newsclean's control API does (is it newsclean's proxy?)") from None
    return FetchedPage(answer.get("url") or url, data, answer.get("http_charset"), f"the proxy's recent history ({proxy})")


def _error_of(err: urllib.error.HTTPError) -> str:
    try:
        return json.loads(err.read(64 * 1024))["error"]
    except (ValueError, KeyError, TypeError, OSError):
        return err.reason or "no reason given"


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> FetchedPage:
    request = urllib.request.Request(url, headers={
        "User-Agent": f"Mozilla/5.0 (compatible; newsclean/{__version__} snapshot)",
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
        "Accept-Encoding": "gzip, deflate",
        "X-Newsclean-Bypass": "1",  # a newsclean proxy on the way hands back the page as the site sent it
    })
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            final = answer.geturl()
            ctype = answer.headers.get_content_type()
            charset = answer.headers.get_content_charset()
            encoding = (answer.headers.get("Content-Encoding") or "identity").strip().lower()
            raw = answer.read(max_bytes + 1)
    except urllib.error.HTTPError as err:
        raise NoPage(f"{url} answered {err.code} {err.reason}") from None
    except (TimeoutError, urllib.error.URLError, OSError, ValueError) as err:
        raise NoPage(f"cannot fetch {url}: {getattr(err, 'reason', err)}") from None
    if ctype not in ("text/html", "application/xhtml+xml"):
        raise NoPage(f"{final} is not a page: its content type is {ctype}")
    data = _decoded(raw, encoding, max_bytes, final)
    if len(data) > max_bytes:
        raise NoPage(f"{final} is over {max_bytes} bytes: more than the proxy cleans")
    shown = f"{final} (fetched" + (f", via {_proxy_for(final)})" if _proxy_for(final) else ")")
    return FetchedPage(final, data, charset, shown)


def _decoded(raw: bytes, encoding: str, max_bytes: int, url: str) -> bytes:
    if encoding in ("identity", ""):
        return raw
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise NoPage(f"{url} came {encoding}-encoded, which snapshot does not undo: save it from the proxy instead")
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    try:
        inflater = zlib.decompressobj(wbits)
        return inflater.decompress(raw, max_bytes + 1)  # a bomb stops at the cap
    except zlib.error as err:
        raise NoPage(f"{url}: its {encoding} body does not decode: {err}") from None


def _proxy_for(url: str) -> str | None:
    scheme = url.split(":", 1)[0].lower()
    proxies = urllib.request.getproxies()
    if scheme not in proxies or urllib.request.proxy_bypass(url.split("/")[2] if "//" in url else url):
        return None
    return proxies[scheme]


def proxy_url_ok(value: str) -> bool:
    return value.startswith(("http://", "https://")) and bool(value.split("//", 1)[1].strip("/"))

