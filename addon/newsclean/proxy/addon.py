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

Options (``--set name=value`` with ``mitmdump -s addon/newsclean_mitmproxy.py``) are declared in options.py
(``load``); their help text is their documentation.

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
- ``NewsClean.stats`` — the rule statistics' recorder (``stats.StatsRecorder``: every page the engine
  cleaned is counted, off the page path), or ``None`` when they are off or not started yet.
- ``await NewsClean.reload_rules(force=True)`` — re-read the rule folders now (off the event loop),
  swap the new book in, and bring the covered hosts (and ``allow_hosts``) up to date.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from typing import Callable, Optional

from mitmproxy import http
from mitmproxy.net.http.headers import parse_content_type

from ..engine.book.rulebook import RuleBook
from ..engine.hosts import registrable_domain
from ..stats import StatsRecorder
from . import cache
from .dispatch import Busy, Dispatch, OverBudget
from .listupdates import run_updates
from .options import NewsCleanOptions, list_update_hours
from .scope import Scope
from .selfloop import LoopGuard, is_self
from .state import PageRecord, ProxyState, ReloadResult
from .switches import (
    BYPASS,
    BYPASS_PARAM_VALUE,
    HTML_TYPES,
    LOCAL,
    MODE,
    MODES,
    REVALIDATE,
    STATUS_HEADER,
    TIMING_HEADER,
    WATCH_INTERVAL,
    describe_cleaned_body,
    freeze_long_lived,
    loop_refusal,
    not_a_page,
    status_header,
    take_switch,
)
from .worker import CleanerPool

log = logging.getLogger("newsclean.proxy")


class NewsClean(NewsCleanOptions):
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
        self._lists_task: asyncio.Task | None = None  # the filter lists' update schedule
        self._listen: list[tuple[str, int]] = []
        self.loops = LoopGuard()  # the proxy's own server connections, to refuse requests that come back
        self._configured = False
        self._stopping = False  # `done` was called: pages still at work are abandoned, not failures
        self._master = None  # the Master that loaded us (not mitmproxy's global ctx: tests and
        # benchmarks run more than one Master in a process)
        # The rule statistics' recorder (options.py): started once running, on the file the options name.
        self.stats: StatsRecorder | None = None
        self._stats_path = None
        self._running = False

    @property
    def options(self):
        return self._master.options

    @property
    def cleaner_pool(self) -> CleanerPool:
        return self.dispatch.pool

    # -- lifecycle ----------------------------------------------------------------------------
    def running(self) -> None:
        if not self._configured:
            self.configure(set())
        freeze_long_lived()
        self._running = True
        self._start_stats()
        if self.options.newsclean_watch and self._watch_task is None:
            self._watch_task = asyncio.get_running_loop().create_task(self._watch(), name="newsclean rule watcher")
        self._schedule_list_updates()

    def done(self) -> None:
        self._stopping = True
        self._stop_watching()
        self._schedule_list_updates(stop=True)
        self.dispatch.close()
        stats, self.stats = self.stats, None
        if stats is not None:
            stats.close()  # what waits is written (within half a second)

    def _stop_watching(self) -> None:
        if self._watch_task is not None:
            self._watch_task.cancel()
            self._watch_task = None

    def _schedule_list_updates(self, stop: bool = False) -> None:
        """(Re)start the filter lists' update schedule for the current option (none at 0)."""
        if self._lists_task is not None:
            self._lists_task.cancel()
            self._lists_task = None
        hours = list_update_hours(self.options)
        if stop or not hours:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # configured before the loop runs: `running` starts it
            return
        self._lists_task = loop.create_task(run_updates(self, hours), name="newsclean filter list updates")

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
            flow.response = loop_refusal()  # a tunnel to itself: never opened

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        if self.loops.from_self(flow.client_conn.peername, flow.client_conn.sockname):
            # This request was sent by this proxy to itself, under a name that resolved here.
            flow.metadata[LOCAL] = True
            flow.response = loop_refusal()
            log.warning("newsclean: refused a request the proxy sent to itself: %s", flow.request.pretty_url)
        elif self.addressed_to_proxy(flow):
            flow.metadata[LOCAL] = True

    async def request(self, flow: http.HTTPFlow) -> None:
        if flow.response is not None:
            return  # answered already by another addon (or refused in `requestheaders`)
        if flow.metadata.get(LOCAL) or self.addressed_to_proxy(flow):
            flow.metadata[LOCAL] = True
            if self.control is None:
                flow.response = loop_refusal()
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
        if self.stats is not None:  # an append: the writer thread sums and writes it
            self.stats.record(registrable_domain(host), report)
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
