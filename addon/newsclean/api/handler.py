"""The control API: (method, path, headers, body) → (status, headers, JSON body), HTTP-agnostic.

Every page a user opens passes through the proxy that serves this API, so every one of them can
send it requests. What keeps them out, checked in this order before anything is read or written:

1. Origin: a request that carries an Origin must come from a browser extension
   (``chrome-extension://`` or ``moz-extension://``, optionally one given id); a web page's fetch or
   form post carries its own origin and is refused. CORS headers go to extension origins only.
2. Size: bodies over ``max_body`` bytes are refused (413).
3. Token: ``Authorization: Bearer <token>`` or ``X-Newsclean-Token: <token>``, nothing else (no
   cookie, no query parameter, no form field). A page cannot add such a header to a cross-origin
   request without a preflight, and preflights are answered for extension origins only.
4. Writes need ``Content-Type: application/json``, which an HTML form cannot send.

Paths are versioned: ``/newsclean/v1/...``. Rule edits go through ``RuleEditor`` (validated, atomic,
serialized, undoable) and are followed by a rule reload, so the next page load uses them.

Every refusal is ``{"error": <what is wrong, in words>, "code": <stable code>}`` with the HTTP status
that ``edit/refusals.py`` gives the code (one table for the guards, the body, the editor and the
disk); only a bug answers 500 "internal".
"""

from __future__ import annotations

import base64
import dataclasses
import hmac
import json
import logging
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urlsplit

from ..edit.editor import RuleEditor, validate_site
from ..edit.refusals import STATUS, EditError
from ..engine import preview
from ..engine.book.compile import parse_rule
from ..engine.hosts import registrable_domain
from ..engine.page import host_of
from ..rules.errors import RuleSyntaxError, printable
from ..stats import StatsError
from . import views
from .backend import Backend, NotCleaned
from .body import parse_object

log = logging.getLogger(__name__)

PREFIX = "/newsclean/"
API_PREFIX = "/newsclean/v1"
MAX_BODY = 64 * 1024
STATS_LIMIT = 1_000  # rules in a statistics answer (most matches first; `rules_total` says how many there are)
EXTENSION_SCHEMES = ("chrome-extension", "moz-extension")
ALLOWED_HEADERS = "Authorization, X-Newsclean-Token, Content-Type"
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_EXTENSION_ORIGIN = re.compile(r"^(chrome-extension|moz-extension)://([A-Za-z0-9_.@{}-]{1,128})$")
_NAME = r"(?P<name>[^/]+)"
_SITE = r"(?P<site>[^/]+)"
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class ApiResponse:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def json(self):
        return json.loads(self.body) if self.body else None


def _json_bytes(data) -> bytes:
    """UTF-8 JSON. A file name that is not UTF-8 (``b"\\xff.toml"`` in a rule folder) reaches Python as
    a string with a surrogate escape, which UTF-8 cannot encode: such strings are shown escaped."""
    text = json.dumps(data, ensure_ascii=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(_printable_strings(data), ensure_ascii=False).encode("utf-8")


def _printable_strings(data):
    if isinstance(data, str):
        return printable(data) if _SURROGATE.search(data) else data
    if isinstance(data, dict):
        return {_printable_strings(k): _printable_strings(v) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [_printable_strings(v) for v in data]
    return data


class Headers:
    """Case-insensitive view of request headers given as a mapping or a list of pairs."""

    def __init__(self, headers):
        items = headers.items() if hasattr(headers, "items") else headers
        self._values: dict[str, list[str]] = {}
        for k, v in items:
            self._values.setdefault(str(k).lower(), []).append(str(v))

    def get(self, name: str, default=None):
        values = self._values.get(name.lower())
        return values[0] if values else default

    def count(self, name: str) -> int:
        return len(self._values.get(name.lower(), ()))


class ControlAPI:
    """The API's routes and guards. ``handle`` is synchronous and may block (file locks, a preview
    clean): the proxy calls it off the event loop."""

    def __init__(
        self,
        backend: Backend,
        editor: RuleEditor,
        token: str,
        *,
        max_body: int = MAX_BODY,
        extension_ids: tuple[str, ...] = (),
    ):
        if not token or len(token) < 16:
            raise ValueError("the control API needs a token of at least 16 characters")
        self.backend = backend
        self.editor = editor
        self._token = token.encode("utf-8")
        self.max_body = max_body
        self.extension_ids = frozenset(extension_ids)  # empty: any extension origin
        self._routes = [
            ("GET", re.compile(r"/status"), self.get_status),
            ("GET", re.compile(r"/report"), self.get_report),
            ("GET", re.compile(r"/original"), self.get_original),
            ("GET", re.compile(r"/annotated"), self.get_annotated),
            ("POST", re.compile(r"/preview"), self.post_preview),
            ("GET", re.compile(r"/stats"), self.get_stats),
            ("GET", re.compile(rf"/sites/{_SITE}"), self.get_site),
            ("PATCH", re.compile(rf"/sites/{_SITE}"), self.patch_site),
            ("GET", re.compile(rf"/sites/{_SITE}/rules"), self.get_rules),
            ("POST", re.compile(rf"/sites/{_SITE}/rules"), self.post_rule),
            ("PATCH", re.compile(rf"/sites/{_SITE}/rules/{_NAME}"), self.patch_rule),
            ("DELETE", re.compile(rf"/sites/{_SITE}/rules/{_NAME}"), self.delete_rule),
            ("POST", re.compile(rf"/sites/{_SITE}/undo"), self.post_undo),
        ]

    # -- the guards ----------------------------------------------------------------------------------
    def is_extension_origin(self, origin: str | None) -> bool:
        if not origin:
            return False
        found = _EXTENSION_ORIGIN.match(origin)
        return bool(found) and (not self.extension_ids or found.group(2) in self.extension_ids)

    def _cors(self, origin: str | None) -> dict[str, str]:
        if self.is_extension_origin(origin):
            return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}
        return {"Vary": "Origin"}

    def _answer(self, status: int, data, origin: str | None = None, extra: dict | None = None) -> ApiResponse:
        body = b"" if data is None else _json_bytes(data)
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
            **self._cors(origin),
            **(extra or {}),
        }
        return ApiResponse(status, body, headers)

    def _error(self, code: str, message: str, origin=None, extra=None, **more) -> ApiResponse:
        return self._answer(STATUS[code], {"error": message, "code": code, **more}, origin, extra)

    def _authorized(self, headers: Headers) -> bool:
        presented = []
        auth = headers.get("authorization")
        if auth:
            scheme, _, value = auth.strip().partition(" ")
            if scheme.lower() == "bearer" and value.strip():
                presented.append(value.strip())
        if headers.get("x-newsclean-token"):
            presented.append(headers.get("x-newsclean-token").strip())
        if not presented or headers.count("authorization") > 1 or headers.count("x-newsclean-token") > 1:
            return False
        return all(hmac.compare_digest(p.encode("utf-8"), self._token) for p in presented)

    def handle(self, method: str, target: str, headers, body: bytes | None) -> ApiResponse:
        try:
            return self._handle(method.upper(), target, Headers(headers), body or b"")
        except Exception:  # noqa: BLE001 - a bug here must answer 500, never take the proxy down
            log.exception("newsclean: control API failed on %s %s", method, printable(target.split("?")[0]))
            return self._error("internal", "internal error (see the proxy's log)")

    def answer_on_headers(self, method: str, target: str, headers) -> ApiResponse | None:
        """What ``handle`` answers whatever the body: a refusal by the guards that need no body (Origin,
        path and method, the declared Content-Length, the token, in ``handle``'s order) or a preflight's
        answer; None when only the body can decide. Lets the proxy refuse before reading a body."""
        try:
            return self._guards(method.upper(), target, Headers(headers), None)[0]
        except Exception:  # noqa: BLE001 - as in `handle`
            log.exception("newsclean: control API failed on %s %s", method, printable(target.split("?")[0]))
            return self._error("internal", "internal error (see the proxy's log)")

    def _guards(self, method: str, target: str, headers: Headers, body: bytes | None):
        """(answer, None) when the request is answered before its body is looked at, else
        (None, (origin, parts, path, route_path)). ``body`` None: only the declared size is known."""
        origin = headers.get("origin")
        if headers.count("origin") > 1 or (origin is not None and not self.is_extension_origin(origin)):
            # Not even CORS headers: the page learns nothing, not even whether the API is there.
            refusal = "requests from web pages are refused: only the newsclean extension may call"
            return self._error("origin", refusal), None
        parts = urlsplit(target)
        path = parts.path
        if not path.startswith(API_PREFIX + "/"):
            return self._error("not-found", f"unknown path; the API lives under {API_PREFIX}/", origin), None
        route_path = path[len(API_PREFIX):]
        allowed = [m for m, pattern, _ in self._routes if pattern.fullmatch(route_path)]
        if method == "OPTIONS":  # a CORS preflight: no token is sent with it, so it reveals nothing
            if origin is None:
                return self._error("preflight", "preflight refused", origin), None
            if not allowed:
                return self._error("not-found", f"no such endpoint: {path}", origin), None
            wanted = (headers.get("access-control-request-method") or "").upper()
            if wanted not in allowed:
                return self._error("method", f"{wanted or '?'} is not allowed here", origin), None
            extra = {
                "Access-Control-Allow-Methods": ", ".join(sorted(set(allowed))),
                "Access-Control-Allow-Headers": ALLOWED_HEADERS,
                "Access-Control-Max-Age": "600",
            }
            if (headers.get("access-control-request-private-network") or "").lower() == "true":
                extra["Access-Control-Allow-Private-Network"] = "true"
            return self._answer(204, None, origin, extra), None
        if not allowed:
            return self._error("not-found", f"no such endpoint: {path}", origin), None
        if method not in allowed:
            allow = {"Allow": ", ".join(sorted(set(allowed)))}
            return self._error("method", f"{method} is not allowed here", origin, allow), None
        declared = headers.get("content-length")
        size = len(body) if body is not None else 0
        if size > self.max_body or (declared and declared.strip().isdigit() and int(declared) > self.max_body):
            return self._error("too-large", f"request body over {self.max_body} bytes", origin), None
        if not self._authorized(headers):
            return self._error(
                "token", "a valid token is required (Authorization: Bearer <token>, or X-Newsclean-Token)",
                origin, {"WWW-Authenticate": 'Bearer realm="newsclean"'},
            ), None
        return None, (origin, parts, path, route_path)

    def _handle(self, method: str, target: str, headers: Headers, body: bytes) -> ApiResponse:
        answer, context = self._guards(method, target, headers, body)
        if answer is not None:
            return answer
        origin, parts, path, route_path = context
        data = None
        if method in WRITE_METHODS:
            ctype = (headers.get("content-type") or "").split(";")[0].strip().lower()
            if ctype != "application/json":
                return self._error("content-type", "send the body as JSON with Content-Type: application/json", origin)
            try:
                data = parse_object(body)
            except EditError as err:
                return self._answer(err.status, err.to_dict(), origin)
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        for m, pattern, view in self._routes:
            found = pattern.fullmatch(route_path)
            if m == method and found:
                params = {k: unquote(v) for k, v in found.groupdict().items()}
                try:
                    status, result = view(query=query, data=data, **params)
                except EditError as err:
                    return self._answer(err.status, err.to_dict(), origin)
                return self._answer(status, result, origin)
        return self._error("not-found", f"no such endpoint: {path}", origin)  # unreachable: `allowed` said so

    # -- endpoints ----------------------------------------------------------------------------------
    def get_status(self, query, data):
        return 200, views.status_view(self.backend.book, self.backend.counters(), self.editor)

    def _url(self, value) -> str:
        if not isinstance(value, str) or not value.strip():
            raise EditError("url", "give the page's URL (`url`)")
        url = views.page_url(value.strip())
        if urlsplit(url).scheme not in ("http", "https") or not host_of(url):
            raise EditError("url", "the URL must be an http(s) URL with a host")
        return url

    def get_report(self, query, data):
        url = self._url(query.get("url"))
        book = self.backend.book
        site = views.site_for_url(book, url)
        out = {"url": url, "site": site, "site_enabled": views.site_enabled(book, site)}
        report = self.backend.recent_report(url)
        if report is None:
            return STATUS["no-report"], {**out, "report": None, "error": "no recent copy of this page went through the proxy", "code": "no-report"}
        return 200, {**out, "report": views.report_view(report)}

    def get_original(self, query, data):
        """The last copy of a page as its site sent it (content-encoding undone), for `newsclean
        snapshot`: base64 in the JSON, with the charset its Content-Type named."""
        url = self._url(query.get("url"))
        copy = self.backend.recent_body(url)
        if copy is None:
            raise EditError("no-copy", "no recent copy of this page went through the proxy: load it through the proxy first")
        body, charset = copy
        return 200, {
            "url": url,
            "site": views.site_for_url(self.backend.book, url),
            "http_charset": charset,
            "size": len(body),
            "body_base64": base64.b64encode(body).decode("ascii"),
        }

    def get_annotated(self, query, data):
        """The picture of what the rules did to the last copy of a page (engine/preview): the page as
        it came, each removal outlined and labelled, and the side list, as HTML in the JSON (the
        extension shows it in a sandboxed frame), with the removals it drew."""
        url = self._url(query.get("url"))
        copy = self.backend.recent_body(url)
        if copy is None:
            raise EditError("no-copy", "no recent copy of this page went through the proxy: load it through the proxy first")
        body, charset = copy
        book = self.backend.book
        try:
            result = self.backend.clean_page(body, url, book, charset, book.plan_for(host_of(url)), (), trace=True)
        except NotCleaned as err:
            raise EditError(err.code, str(err)) from None
        picture = preview.render(body, result, charset)
        return 200, {**picture.to_dict(), "html": picture.html.decode("utf-8")}

    def get_stats(self, query, data):
        """How often each rule acted, on how many pages and sites, when it last did (`?site=`: the
        rules that acted on that site, with their figures there too)."""
        site = query.get("site")
        try:
            return 200, self.backend.rule_stats(registrable_domain(validate_site(site)) if site else None, STATS_LIMIT)
        except StatsError as err:
            raise EditError(err.code, err.message) from None

    def _site(self, site: str) -> str:
        return validate_site(site)

    def get_site(self, query, data, site):
        return 200, views.site_view(self.backend.book, self.editor, self._site(site))

    def get_rules(self, query, data, site):
        view = views.site_view(self.backend.book, self.editor, self._site(site))
        return 200, {"site": view["site"], "rules": view["rules"], "errors": view["errors"]}

    def _edited(self, result, status: int = 200):
        book = self.backend.reload_rules()
        errors = [e.to_dict() for e in book.errors if e.path == result.path]
        return status, {**result.to_dict(), "ok": True, "rule_errors": errors}

    def patch_site(self, query, data, site):
        enabled = data.get("enabled")
        if not isinstance(enabled, bool) or set(data) != {"enabled"}:
            raise EditError("NC003", 'send {"enabled": true} or {"enabled": false}')
        return self._edited(self.editor.set_site_enabled(self._site(site), enabled))

    def post_rule(self, query, data, site):
        rule = data.get("rule")
        if not isinstance(rule, dict):
            raise EditError("NC003", 'send {"rule": {"reason": ..., "css"|"text"|...: ...}}')
        comment = None
        source = data.get("source_url")
        if isinstance(source, str) and source.strip():
            comment = f"picked on {source.strip()[:300]}"
        return self._edited(self.editor.add_rule(self._site(site), rule, comment=comment), status=201)

    def patch_rule(self, query, data, site, name):
        enabled = data.get("enabled")
        if not isinstance(enabled, bool) or set(data) != {"enabled"}:
            raise EditError("NC003", 'send {"enabled": true} or {"enabled": false}')
        return self._edited(self.editor.set_rule_enabled(self._site(site), name, enabled))

    def delete_rule(self, query, data, site, name):
        return self._edited(self.editor.delete_rule(self._site(site), name))

    def post_undo(self, query, data, site):
        return self._edited(self.editor.undo(self._site(site)))

    def post_preview(self, query, data):
        """What a proposed rule would remove from the last copy of a page, before it is saved."""
        url = self._url(data.get("url"))
        table = data.get("rule")
        if not isinstance(table, dict):
            raise EditError("NC003", 'send {"url": ..., "rule": {...}}')
        book = self.backend.book
        site = views.site_for_url(book, url) or host_of(url)
        try:
            rule = parse_rule({**table, "name": "proposed"}, f"{site}-preview", 0, "<proposed rule>", 1)
        except RuleSyntaxError as err:
            raise EditError(err.code, f"invalid rule: {err.message}" + (f" (key `{err.key}`)" if err.key else "")) from None
        copy = self.backend.recent_body(url)
        if copy is None:
            raise EditError("no-copy", "no recent copy of this page went through the proxy: reload it first")
        body, charset = copy
        plan = book.plan_for(host_of(url))
        if not plan.settings.enabled:  # show what the rule would do once the site is back on
            plan = dataclasses.replace(plan, settings=dataclasses.replace(plan.settings, enabled=True))
        try:
            result = self.backend.clean_page(body, url, book, charset, plan, (rule,))
        except NotCleaned as err:
            raise EditError(err.code, str(err)) from None
        outcome = next((o for o in result.report.rules if o.rule == rule.id), None)
        removals = [r for r in result.report.removals if r.rule == rule.id]
        return 200, {
            "url": url,
            "site": views.site_for_url(book, url),
            "rule": {"description": rule.describe(), "action": rule.action_name},
            "matched": outcome.matched if outcome else 0,
            "applied": outcome.applied if outcome else 0,
            "note": outcome.note if outcome else result.report.detail,
            "removals": [dataclasses.asdict(r) for r in removals],
        }
