"""The mitmproxy addon: HTML pages of covered news sites are cleaned as they pass through.

The addon adapts flows to the engine and nothing more: it picks the responses that are pages
(GET, 200, HTML, a complete non-empty body), removes the content-encoding within the size cap
(body.py), hands the bytes to ``engine.cleaner.clean`` on one of a few cleaner threads (pages of
``newsclean_process_threshold`` bytes or more in a worker process, worker.py, so that the event loop is
not slowed by them; under load, concurrent pages too, so that both cores clean) within the page's
budget (dispatch.py), and serves what comes back — uncompressed UTF-8 with a
matching ``Content-Type`` charset, an ``X-Newsclean: removed=N; rules=...`` header, a
``Server-Timing: newsclean;dur=MS`` entry (decoding and cleaning, as browsers' developer tools show it)
and cache headers that keep cleaned copies apart from originals (cache.py). Whatever goes wrong, the original
response goes on unchanged (fail open) and the failure is logged once with the URL.

Options (``--set name=value`` with ``mitmdump -s addon/newsclean_mitmproxy.py``) are declared in
``load``; their help text is their documentation.

Per request, a reader can ask for the original page: add ``newsclean=off`` to the query
(``https://site/page?newsclean=off``; the parameter is removed before the request goes on) or send
the header ``X-Newsclean-Bypass: 1``; for the reader page (readability) instead of the cleaned one,
``newsclean=reader`` or ``X-Newsclean-Mode: reader`` (``clean`` the other way round, on a site whose
file says ``mode = "reader"``). Sites without a rule file of their own (``newsclean_sites``,
``newsclean_all_sites``) get the mode ``newsclean_unlisted_mode`` says. A site is switched off with
``enabled = false`` in its file.

Seam for the control API (and anything else that drives the proxy)
------------------------------------------------------------------
- ``NewsClean.state`` — a ``ProxyState`` (state.py) that lives as long as the addon: the rule book in
  force (``state.book``, swapped whole on reload), counters, the recent pages by URL with their
  reports, and the original bodies of the most recent pages for previews.
- ``NewsClean.control`` — ``None``, or a callable ``control(flow)`` returning ``None`` or an
  awaitable. The ``request`` hook calls it first for every request addressed to the proxy itself
  (``NewsClean.addressed_to_proxy(flow)``: the proxy's own port with any spelling of its address,
  selfloop.py); it answers by setting ``flow.response``. Such flows are marked
  ``flow.metadata[LOCAL] = True`` (already in ``requestheaders``) and are never cleaned.
- ``await NewsClean.reload_rules(force=True)`` — re-read the rule folders now (off the event loop),
  swap the new book in, and bring the covered hosts (and ``allow_hosts``) up to date.
"""

from __future__ import annotations

import asyncio
import gc
import inspect
import logging
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Callable, Optional

from mitmproxy import exceptions, http
from mitmproxy.net.http.headers import parse_content_type

from ..rules.book import BUNDLED_RULES, RuleBook, rule_dirs
from . import cache
from .dispatch import CLEANER_QUEUE, CLEANER_THREADS, DEFAULT_BUDGET_MS, Busy, Dispatch, OverBudget
from .scope import DomainError, Scope, normalise_domain
from .selfloop import LOOP_MESSAGE, LOOP_STATUS, LoopGuard, is_self
from .state import PageRecord, ProxyState, ReloadResult
from .worker import DEFAULT_TIMEOUT, DEFAULT_WORKERS, CleanerPool

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
DEFAULT_MAX_BYTES = 8 * 1024 * 1024
# From about this size a page's cleaning slows other flows more than the trip to a worker process
# costs it (bench.proxy_load); below it a thread is cheaper.
DEFAULT_PROCESS_THRESHOLD = 512 * 1024
WATCH_INTERVAL = 1.0  # seconds between looks at the rule folders

_RULE_OPTIONS = {"newsclean_rules", "newsclean_no_bundled"}
_SCOPE_OPTIONS = {"newsclean_sites", "newsclean_all_sites", "newsclean_tunnel_others"}
_PROCESS_OPTIONS = {
    "newsclean_process_threshold", "newsclean_process_workers", "newsclean_process_timeout", "newsclean_budget_ms",
    "newsclean_threads", "newsclean_queue",
}


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


def _loop_refusal() -> http.Response:
    return http.Response.make(LOOP_STATUS, LOOP_MESSAGE, {"Content-Type": "text/plain; charset=utf-8"})


def freeze_long_lived() -> None:
    """Take what exists once the proxy is up (mitmproxy's own objects, the rule book) out of the cyclic
    garbage collector's walks. Cleaning a page allocates enough to set off full collections, which
    walk every tracked object: in mitmdump about 50 ms each (twice per 300 corpus pages, on whichever
    thread allocates, holding the GIL), about 15 ms with these frozen. Reference counting frees
    objects as before; only a cycle among these would stay (the rule book has none)."""
    gc.collect()
    gc.freeze()


class NewsClean:
    def __init__(self) -> None:
        self.state = ProxyState()
        self.scope = Scope()
        # the cleaner threads, and worker processes for big pages (and concurrent ones under load)
        self.dispatch = Dispatch()
        self.control: Optional[Callable[[http.HTTPFlow], object]] = None
        self._scope_book: RuleBook | None = None
        self._managed_allow_hosts: list[str] | None = None  # what we last set allow_hosts to
        self._told_hosts_are_users = False
        self._watch_task: asyncio.Task | None = None
        self._listen: list[tuple[str, int]] = []
        self.loops = LoopGuard()  # the proxy's own server connections, to refuse requests that come back
        self._configured = False
        self._stopping = False  # `done` was called: pages still at work are abandoned, not failures
        self._master = None  # the Master that loaded us (not mitmproxy's global ctx: tests and
        # benchmarks run more than one Master in a process)

    @property
    def options(self):
        return self._master.options

    @property
    def cleaner_pool(self) -> CleanerPool:
        return self.dispatch.pool

    # -- options ------------------------------------------------------------------------------
    def load(self, loader) -> None:
        self._master = loader.master
        loader.add_option(
            "newsclean_rules", Optional[str], None,
            f"Your rule folder. Its *.toml files extend or override the bundled rules ({BUNDLED_RULES}): "
            "a file named like a bundled one adds to it (same rule name replaces), a new domain adds a site.",
        )
        loader.add_option(
            "newsclean_no_bundled", bool, False, "Load only the rules in newsclean_rules, not the bundled ones.",
        )
        loader.add_option(
            "newsclean_sites", Sequence[str], [],
            "An extra news domain to clean with the default rules (repeatable; a domain covers its subdomains).",
        )
        loader.add_option(
            "newsclean_all_sites", bool, False,
            "Clean every HTML page with the default rules, and open the TLS of every host to do so.",
        )
        loader.add_option(
            "newsclean_unlisted_mode", str, "clean",
            "How to serve pages of sites that have no rule file of their own (newsclean_sites, "
            "newsclean_all_sites): clean (the default rules) or reader (the default rules, then a readable "
            "article page).",
            choices=MODES[::-1],
        )
        loader.add_option(
            "newsclean_max_bytes", int, DEFAULT_MAX_BYTES,
            "Largest page to clean, in bytes after content decoding; bigger pages pass untouched.",
        )
        loader.add_option(
            "newsclean_process_threshold", int, DEFAULT_PROCESS_THRESHOLD,
            "Pages of this many bytes or more (after content decoding) are cleaned in a worker process, so "
            "that the proxy keeps answering other requests at full speed meanwhile; smaller pages are cleaned "
            "on a thread, which costs them less, except under load: a page that arrives while another is "
            "being cleaned on a thread goes to a free worker process, so that two cores clean. 0: every page "
            "in a worker process; a value over newsclean_max_bytes: none, never.",
        )
        loader.add_option(
            "newsclean_process_workers", int, DEFAULT_WORKERS,
            "Worker processes for big pages (started with the first big page; each holds its own copy of the rules).",
        )
        loader.add_option(
            "newsclean_process_timeout", int, DEFAULT_TIMEOUT,
            "Seconds a worker process may spend on one page; past that the original page is served and the "
            "worker is replaced.",
        )
        loader.add_option(
            "newsclean_budget_ms", int, DEFAULT_BUDGET_MS,
            "Milliseconds a page may take from its arrival (decoding and cleaning, on a thread or in a worker "
            "process); past that it is served as it came, logged once, and its report says so. A worker process "
            "over the budget is killed and replaced; a thread over it is left to finish and its result dropped.",
        )
        loader.add_option(
            "newsclean_threads", int, CLEANER_THREADS,
            "Threads that clean pages. A page that finds them all busy (and no worker process free) waits in "
            "a short queue (newsclean_queue), its budget running.",
        )
        loader.add_option(
            "newsclean_queue", int, -1,
            f"Pages that may wait for a cleaner thread; one that finds the queue full is served unchanged at "
            f"once. -1: {CLEANER_QUEUE} a thread.",
        )
        loader.add_option(
            "newsclean_watch", bool, True, "Reload rule files when they change on disk (looked at every second).",
        )
        loader.add_option(
            "newsclean_tunnel_others", bool, True,
            "Set allow_hosts so that only covered sites are intercepted and every other host is tunnelled "
            "untouched (its TLS never opened). Not applied with newsclean_all_sites, or when you set "
            "allow_hosts or ignore_hosts yourself.",
        )
        loader.add_option(
            "newsclean_stream_others", bool, False,
            "Stream responses that will not be cleaned (other hosts, non-HTML) instead of buffering them: "
            "faster downloads, but other addons then do not see those bodies.",
        )

    def configure(self, updated: set[str]) -> None:
        opts = self.options
        if not self._configured:
            # The first call sets up everything, whichever options it names (an embedding Master may
            # never update ours at all: see `running`).
            self._configured = True
            updated = set(updated) | _RULE_OPTIONS | _SCOPE_OPTIONS | _PROCESS_OPTIONS | {"newsclean_max_bytes"}
        if "newsclean_max_bytes" in updated and opts.newsclean_max_bytes <= 0:
            raise exceptions.OptionsError(
                f"newsclean_max_bytes must be a positive number of bytes, not {opts.newsclean_max_bytes}"
            )
        if updated & _PROCESS_OPTIONS:
            self._configure_processes(opts)
        if updated & _RULE_OPTIONS:
            self.state.load(self._rule_dirs(opts))
        if "newsclean_sites" in updated:
            self._extra_domains(opts.newsclean_sites)  # validates
        if updated & (_RULE_OPTIONS | _SCOPE_OPTIONS):
            self._refresh_scope(force=True)
        elif updated & {"allow_hosts", "ignore_hosts"} and self._managed_allow_hosts is not None:
            if list(opts.allow_hosts) != self._managed_allow_hosts:
                self._managed_allow_hosts = None  # the user took allow_hosts over
        if updated & {"listen_host", "listen_port", "mode"}:
            self._listen = []
        if "newsclean_watch" in updated and self._watch_task is not None and not opts.newsclean_watch:
            self._stop_watching()

    def _configure_processes(self, opts) -> None:
        if opts.newsclean_process_threshold < 0:
            raise exceptions.OptionsError(
                "newsclean_process_threshold must be 0 (every page in a worker process) or a number of bytes, "
                f"not {opts.newsclean_process_threshold}"
            )
        if opts.newsclean_process_workers < 1:
            raise exceptions.OptionsError(
                f"newsclean_process_workers must be at least 1, not {opts.newsclean_process_workers}"
            )
        if opts.newsclean_process_timeout < 1:
            raise exceptions.OptionsError(
                f"newsclean_process_timeout must be at least 1 second, not {opts.newsclean_process_timeout}"
            )
        if opts.newsclean_budget_ms < 1:
            raise exceptions.OptionsError(
                f"newsclean_budget_ms must be at least 1 millisecond, not {opts.newsclean_budget_ms}"
            )
        if opts.newsclean_threads < 1:
            raise exceptions.OptionsError(f"newsclean_threads must be at least 1, not {opts.newsclean_threads}")
        if opts.newsclean_queue < -1:
            raise exceptions.OptionsError(f"newsclean_queue must be -1 (the default) or more, not {opts.newsclean_queue}")
        self.dispatch.threads.configure(opts.newsclean_threads, None if opts.newsclean_queue == -1 else opts.newsclean_queue)
        self.cleaner_pool.configure(opts.newsclean_process_workers, opts.newsclean_process_timeout)

    def _rule_dirs(self, opts) -> list[Path]:
        folder = opts.newsclean_rules
        if folder:
            path = Path(folder).expanduser()
            if not path.exists() and path.parent.is_dir():
                try:  # a new rule folder: made, so that rules picked in the extension have a home
                    path.mkdir()
                    log.info("newsclean: created the rule folder %s", path)
                except OSError as err:
                    raise exceptions.OptionsError(f"newsclean_rules: cannot create {folder}: {err.strerror}") from None
            if not path.exists():
                raise exceptions.OptionsError(f"newsclean_rules: {folder} does not exist (create it: mkdir -p {folder})")
            if not path.is_dir():
                raise exceptions.OptionsError(f"newsclean_rules: {folder} is not a folder")
        elif opts.newsclean_no_bundled:
            raise exceptions.OptionsError("newsclean_no_bundled needs newsclean_rules: there would be no rules at all")
        return rule_dirs(Path(folder).expanduser() if folder else None, bundled=not opts.newsclean_no_bundled)

    @staticmethod
    def _extra_domains(values) -> frozenset[str]:
        out = set()
        for value in values:
            try:
                out.add(normalise_domain(value))
            except DomainError as err:
                raise exceptions.OptionsError(f"newsclean_sites: {err}") from None
        return frozenset(out)

    def _refresh_scope(self, force: bool = False) -> None:
        """Rebuild which hosts are covered when the book or the options changed; keep allow_hosts in step."""
        book = self.state.book
        if not force and book is self._scope_book:
            return
        opts = self.options
        self.scope = Scope(
            site_domains=frozenset(book.site_domains),
            extra_domains=self._extra_domains(opts.newsclean_sites),
            all_sites=opts.newsclean_all_sites,
        )
        self._scope_book = book
        self._sync_allow_hosts()

    def _sync_allow_hosts(self) -> None:
        opts = self.options
        current = list(opts.allow_hosts)
        ours = self._managed_allow_hosts
        if not opts.newsclean_tunnel_others:
            if ours is not None and current == ours:
                self._managed_allow_hosts = None
                opts.update(allow_hosts=[])
            return
        if opts.ignore_hosts or (current and current != ours):
            if not self._told_hosts_are_users:
                self._told_hosts_are_users = True
                log.info("newsclean: allow_hosts/ignore_hosts are set by you and left as they are")
            return
        wanted = self.scope.allow_hosts()
        if current != wanted:
            self._managed_allow_hosts = wanted
            opts.update(allow_hosts=wanted)
        else:
            self._managed_allow_hosts = wanted

    # -- lifecycle ----------------------------------------------------------------------------
    def running(self) -> None:
        if not self._configured:
            self.configure(set())
        freeze_long_lived()
        if self.options.newsclean_watch and self._watch_task is None:
            self._watch_task = asyncio.get_running_loop().create_task(self._watch(), name="newsclean rule watcher")

    def done(self) -> None:
        self._stopping = True
        self._stop_watching()
        self.dispatch.close()

    def _stop_watching(self) -> None:
        if self._watch_task is not None:
            self._watch_task.cancel()
            self._watch_task = None

    async def _watch(self) -> None:
        """Look at the rule folders every second, off the per-page path; swap in a new book on change."""
        while True:
            await asyncio.sleep(WATCH_INTERVAL)
            try:
                await asyncio.to_thread(self.state.reload)
                self._refresh_scope()
            except Exception:  # noqa: BLE001 - the watcher must outlive any one bad reload
                log.exception("newsclean: reloading the rules failed; the rules in force stay")

    async def reload_rules(self, force: bool = True) -> ReloadResult:
        """Re-read the rule folders now (for the control API); covered hosts follow the new book."""
        result = await asyncio.to_thread(self.state.reload, force)
        self._refresh_scope()
        return result

    # -- requests -----------------------------------------------------------------------------
    def addressed_to_proxy(self, flow: http.HTTPFlow) -> bool:
        """Whether the request is for the proxy itself (its listen address and port, in any spelling of a
        loopback, unspecified or listen address; selfloop.py), not for a web site."""
        req = flow.request
        return is_self(req.host, req.port, self._listen_addresses())

    def _listen_addresses(self) -> list[tuple[str, int]]:
        if self._listen:
            return self._listen
        server = self._master.addons.get("proxyserver")
        addrs = [(str(a[0]), int(a[1])) for a in server.listen_addrs()] if server else []
        if addrs:
            self._listen = addrs  # known once the servers are up
            return addrs
        return [(self.options.listen_host or "127.0.0.1", self.options.listen_port or 8080)]

    # -- the proxy's own connections coming back to it (selfloop.py) -----------------------------
    def server_connected(self, data) -> None:
        self.loops.server_connected(data.server.sockname, data.server.peername)

    def server_disconnected(self, data) -> None:
        self.loops.server_disconnected(data.server.sockname, data.server.peername)

    def http_connect(self, flow: http.HTTPFlow) -> None:
        client = flow.client_conn
        if self.addressed_to_proxy(flow) or self.loops.from_self(client.peername, client.sockname):
            flow.metadata[LOCAL] = True
            flow.response = _loop_refusal()  # a tunnel to itself: never opened

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        if self.loops.from_self(flow.client_conn.peername, flow.client_conn.sockname):
            # This request was sent by this proxy to itself, under a name that resolved here.
            flow.metadata[LOCAL] = True
            flow.response = _loop_refusal()
            log.warning("newsclean: refused a request the proxy sent to itself: %s", flow.request.pretty_url)
        elif self.addressed_to_proxy(flow):
            flow.metadata[LOCAL] = True

    async def request(self, flow: http.HTTPFlow) -> None:
        if flow.response is not None:
            return  # answered already by another addon (or refused in `requestheaders`)
        if flow.metadata.get(LOCAL) or self.addressed_to_proxy(flow):
            flow.metadata[LOCAL] = True
            if self.control is None:
                flow.response = _loop_refusal()
                return
            answer = self.control(flow)
            if inspect.isawaitable(answer):
                await answer
            return
        req = flow.request
        host = req.pretty_host
        if not self.scope.covers(host):
            return
        path, switch = take_switch(req.path)
        if switch:
            req.path = path
        if req.headers.pop(cache.BYPASS_HEADER, "0").strip() not in ("", "0"):
            switch = BYPASS_PARAM_VALUE
        asked_mode = req.headers.pop(cache.MODE_HEADER, "").strip().lower()
        if switch is None and asked_mode in MODES:
            switch = asked_mode
        if switch == BYPASS_PARAM_VALUE:
            flow.metadata[BYPASS] = True
            return
        mode = switch or self._unlisted_mode(host)
        if mode:
            flow.metadata[MODE] = mode
        tag = cache.output_tag(self.state.book_tag, mode)
        if cache.prepare_conditional(req, tag):
            flow.metadata[REVALIDATE] = tag

    def _unlisted_mode(self, host: str) -> str | None:
        """The mode chosen for sites without a rule file, when it is not the default rules' own."""
        mode = self.options.newsclean_unlisted_mode
        if mode == "clean" or self.state.book.plan_for(host).site is not None:
            return None
        return mode

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        """With newsclean_stream_others, let what will never be cleaned stream through unbuffered."""
        if not self.options.newsclean_stream_others or flow.metadata.get(LOCAL):
            return
        req, resp = flow.request, flow.response
        if self.scope.covers(req.pretty_host):
            ctype = parse_content_type(resp.headers.get("content-type", ""))
            html = ctype is not None and f"{ctype[0]}/{ctype[1]}".lower() in HTML_TYPES
            # Headers of in-scope pages and 304s may still change in `response`: those are buffered.
            if html or resp.status_code == 304 or flow.metadata.get(BYPASS):
                return
        resp.stream = True

    # -- responses ----------------------------------------------------------------------------
    async def response(self, flow: http.HTTPFlow) -> None:
        resp = flow.response
        if resp is None or flow.metadata.get(LOCAL):
            return
        req = flow.request
        host = req.pretty_host  # parsed from the Host header on each access: once here
        if not self.scope.covers(host):
            return
        if flow.metadata.get(BYPASS):
            if resp.status_code in (200, 304):
                cache.mark_original(resp.headers)
                resp.headers[STATUS_HEADER] = status_header(0, (), status="bypassed")
                self.state.counters.bypassed += 1
            return
        if resp.status_code == 304 and REVALIDATE in flow.metadata:
            cache.mark_revalidated(resp.headers, flow.metadata[REVALIDATE])
            return
        ctype = parse_content_type(resp.headers.get("content-type", ""))
        if not_a_page(flow, ctype) is not None:
            return
        url = req.pretty_url
        try:
            await self._clean_page(flow, url, host, ctype[2].get("charset"))
        except (Busy, OverBudget) as err:  # served as it came, said in its header, its record and one line
            self._served_as_it_came(flow, url, host, err)
        except Exception as err:  # noqa: BLE001 - fail open: the original goes on unchanged
            if self._stopping:  # its worker was stopped with the proxy: not a failure of the page
                log.debug("newsclean: %s abandoned as the proxy stops: %s: %s", url, type(err).__name__, err)
                return
            self.state.counters.failures += 1
            self.state.record(PageRecord(url, "error", time.time(), detail=f"{type(err).__name__}: {err}"))
            log.warning("newsclean: left %s as it was: %s: %s", url, type(err).__name__, err, exc_info=True)

    async def _clean_page(self, flow: http.HTTPFlow, url: str, host: str, charset: str | None) -> None:
        resp = flow.response
        mode = flow.metadata.get(MODE)  # None: the site's own
        book, counters = self.state.book, self.state.counters
        tag = cache.output_tag(self.state.book_tag, mode)
        plan = book.plan_for(host)
        ctype = resp.headers.get("content-type", "")
        max_bytes = self.options.newsclean_max_bytes
        rec = PageRecord(
            url, "", time.time(), sources=plan.sources, content_type=ctype, http_charset=charset, book_tag=tag
        )
        counters.pages += 1
        headers = resp.headers.copy()  # changes are built here and put in place at the end, at once
        cache.mark_inspected(headers, tag)

        if not plan.settings.enabled:
            counters.skipped += 1
            rec.status, rec.detail = "skipped", "site switched off in its rule file (enabled = false)"
        elif len(resp.raw_content) > max_bytes:
            counters.too_large += 1
            rec.status, rec.size = "too-large", len(resp.raw_content)
        if rec.status:
            headers[STATUS_HEADER] = status_header(0, plan.sources, status=rec.status)
            self.state.record(rec)
            resp.headers = headers
            return

        opts = self.options
        done = await self.dispatch.clean(
            resp.raw_content, resp.headers.get("content-encoding", "").strip().lower(), url, host, book, plan,
            charset, mode, max_bytes=max_bytes, process_threshold=opts.newsclean_process_threshold,
            budget_ms=opts.newsclean_budget_ms,
        )
        data, result, where = done.data, done.result, done.where
        rec.elapsed_ms = done.elapsed_ms
        rec.size = len(data) if data is not None else len(resp.raw_content)
        if result is None:
            counters.too_large += 1
            rec.status = "too-large"
            if data is None:
                rec.detail = f"over {max_bytes} bytes once decoded: passed on as it came"
            headers[STATUS_HEADER] = status_header(0, plan.sources, status=rec.status)
            self.state.record(rec)
            resp.headers = headers
            return

        report = result.report
        rec.report, rec.status, rec.detail, rec.original = report, report.status, report.detail, data
        rec.removed, rec.marked = report.removed, report.marked
        body = None
        if result.changed:
            body = result.body
            describe_cleaned_body(headers, len(body))
            counters.cleaned += 1
            counters.removals += report.removed
            counters.marked += report.marked
            log.info(
                "newsclean: cleaned %s: removed=%d marked=%d rules=%s (%.1f ms%s)",
                url, report.removed, report.marked, ",".join(plan.sources) or "none", rec.elapsed_ms, where,
            )
        elif report.status == "error":
            counters.failures += 1  # the engine logged it with the URL and returned the original
        elif report.status == "skipped":
            counters.skipped += 1
        else:
            counters.unchanged += 1
        headers[STATUS_HEADER] = status_header(
            report.removed, plan.sources, report.marked, None if result.changed else report.status
        )
        headers.add(TIMING_HEADER, f"newsclean;dur={rec.elapsed_ms:.2f}")
        self.state.record(rec)
        resp.headers = headers
        if body is not None:
            resp.raw_content = body

    def _served_as_it_came(self, flow: http.HTTPFlow, url: str, host: str, err: Exception) -> None:
        """A page over its budget, or one that found every cleaner busy: the original, marked as inspected."""
        resp = flow.response
        status = "over-budget" if isinstance(err, OverBudget) else "busy"
        counters = self.state.counters
        if status == "busy":
            counters.busy += 1
        else:
            counters.over_budget += 1
        plan = self.state.book.plan_for(host)
        tag = cache.output_tag(self.state.book_tag, flow.metadata.get(MODE))
        headers = resp.headers.copy()
        cache.mark_inspected(headers, tag)
        headers[STATUS_HEADER] = status_header(0, plan.sources, status=status)
        self.state.record(PageRecord(
            url, status, time.time(), sources=plan.sources, content_type=resp.headers.get("content-type", ""),
            size=len(resp.raw_content or b""), book_tag=tag, detail=str(err),
        ))
        resp.headers = headers
        log.warning("newsclean: served %s as it came: %s", url, err)
