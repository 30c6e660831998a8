"""The control API inside the proxy: a small mitmproxy addon beside ``NewsClean`` (the API itself,
api/, knows nothing of mitmproxy; this is its mitmproxy part).

It plugs into the seam ``NewsClean.control``: the ``request`` hook hands it every request addressed to
the proxy's own listen address and port (``http://127.0.0.1:8080/newsclean/v1/...``), and it answers
with ``http.Response.make`` (the flow is marked local, so ``response`` never cleans it). The API
itself (``handler.ControlAPI``) knows nothing of mitmproxy; it runs on a worker thread, since an edit
waits on a file lock and a preview cleans a page.

Where things are kept:
- the token: ``newsclean_token_file``, by default ``newsclean-token`` in mitmproxy's confdir (beside
  its CA), made on first run with mode 0600;
- rule edits: the user's rule folder, ``newsclean_rules``; without one, ``~/.config/newsclean/rules``
  (``$XDG_CONFIG_HOME``), which the proxy then loads too (at start if it exists, else after the first
  edit), so that an edit made from the browser is in force at once and after a restart.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Optional

from mitmproxy import exceptions, http

from ..api.backend import NotCleaned
from ..api.handler import ApiResponse, ControlAPI
from ..api.token import load_or_create_token
from ..edit.editor import RuleEditor, default_user_rules_dir
from ..engine.book.rulebook import RuleBook
from ..engine.cleaner import clean
from ..rules.folders import BUNDLED_RULES
from ..stats import StatsError
from ..stats import read as read_stats
from .addon import LOCAL
from .dispatch import Busy

log = logging.getLogger("newsclean.api")

TOKEN_FILE = "newsclean-token"
RELOAD_TIMEOUT = 60.0
# The API's own threads: a call may wait on a file lock and then on a rule reload, which runs on the
# event loop's default executor; sharing that executor would let waiting calls starve the reload.
API_THREADS = 4
# Bodies up to this size are read and answered as usual (a refusal is a JSON answer); a bigger one, or
# a chunked one, is judged on its headers and never read: the connection is closed at once.
DRAIN_LIMIT = 1024 * 1024


class ProxyBackend:
    """What the API reads from the running proxy (``NewsClean.state``), and how it asks for a reload."""

    def __init__(self, newsclean, owner: "ControlApiAddon"):
        self.newsclean = newsclean
        self.owner = owner

    @property
    def book(self) -> RuleBook:
        return self.newsclean.state.book

    def counters(self) -> dict:
        state = self.newsclean.state
        return {**state.counters.to_dict(), "recent_pages": len(state.history)}

    def recent_report(self, url: str) -> dict | None:
        rec = self.newsclean.state.record_for(url)
        if rec is None:
            return None
        if rec.report is not None:
            report = rec.report.to_dict()
        else:  # skipped before the engine ran (site off, too large) or failed: no removals to show
            report = {"url": rec.url, "status": rec.status, "detail": rec.detail, "removals": [], "rules": [],
                      "removed": 0, "marked": 0, "site": None, "files": [], "mode": None, "encoding": None}
        report["served"] = rec.to_dict()
        return report

    def recent_body(self, url: str) -> tuple[bytes, str | None] | None:
        rec = self.newsclean.state.record_for(url)
        if rec is None or rec.original is None:
            return None
        return rec.original, rec.http_charset

    def clean_page(self, body, url, book, charset, plan, extra_rules, trace=False):
        """On one of the proxy's cleaner threads, within ``newsclean_budget_ms``, as a page would be:
        a preview past the budget is answered "over-budget" and its thread, which cannot be stopped,
        runs on unread and counts as busy until it is done (so previews cannot pile up either)."""
        budget_ms = self.owner.options.newsclean_budget_ms if self.owner._master is not None else 0
        try:
            future = self.newsclean.dispatch.threads.submit(
                functools.partial(
                    clean, body, url, book, http_charset=charset, plan=plan, extra_rules=extra_rules, trace=trace
                )
            )
        except Busy as err:
            raise NotCleaned("busy", f"no preview now: {err}") from None
        try:
            return future.result(budget_ms / 1000 if budget_ms > 0 else None)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise NotCleaned("over-budget", f"the page was not cleaned within the {budget_ms} ms a page may take: no preview") from None

    def rule_stats(self, site: str | None, limit: int | None) -> dict:
        recorder = self.newsclean.stats
        if recorder is None:
            raise StatsError("no-stats", "no rule statistics are kept: the proxy runs with newsclean_stats=false")
        if recorder.error is not None:
            raise StatsError("stats-unavailable", f"rule statistics are off: {recorder.error}")
        data = read_stats(recorder.path, site, limit)
        return {**data, "pending": recorder.pending}  # counted, not written yet (within a few seconds)

    def reload_rules(self) -> RuleBook:
        """Called on the API's worker thread after an edit; the reload itself runs on the event loop
        (it updates mitmproxy options when the covered hosts change)."""
        loop = self.owner.loop
        if loop is None:  # not running (unit use): read the folders here
            self.newsclean.state.reload(force=True)
            return self.book
        future = asyncio.run_coroutine_threadsafe(self.owner.after_edit(), loop)
        future.result(RELOAD_TIMEOUT)
        return self.book


class ControlApiAddon:
    """Add it after ``NewsClean`` (it finds that addon when loaded, or takes it as an argument)."""

    def __init__(self, newsclean=None):
        self.newsclean = newsclean
        self.api: ControlAPI | None = None
        self.token_path: Path | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self._executor: concurrent.futures.ThreadPoolExecutor | None = None
        self._master = None

    @property
    def options(self):
        return self._master.options

    def load(self, loader) -> None:
        self._master = loader.master
        if self.newsclean is None:
            self.newsclean = loader.master.addons.get("newsclean")
        if self.newsclean is None:
            raise RuntimeError("the newsclean control API needs the NewsClean addon, added before it")
        loader.add_option(
            "newsclean_api", bool, True,
            "Serve the control API for the newsclean browser extension at http://<listen address>/newsclean/v1/ "
            "(every call needs the token; web pages are refused).",
        )
        loader.add_option(
            "newsclean_token_file", Optional[str], None,
            f"Where the control API's token is kept; made on first run, readable by you only. "
            f"Default: {TOKEN_FILE} in mitmproxy's confdir.",
        )
        loader.add_option(
            "newsclean_extension_ids", Sequence[str], [],
            "Accept API calls only from these extension ids (default: any chrome-extension:// or "
            "moz-extension:// origin that holds the token).",
        )
        self.newsclean.control = self.serve

    def configure(self, updated: set[str]) -> None:
        watched = {"newsclean_api", "newsclean_token_file", "confdir", "newsclean_rules", "newsclean_no_bundled",
                   "newsclean_extension_ids"}
        if not updated & watched:
            return
        opts = self.options
        if not opts.newsclean_api:
            self.api = None
            return
        self.token_path = Path(os.path.expanduser(
            opts.newsclean_token_file or os.path.join(opts.confdir, TOKEN_FILE)
        ))
        try:
            token = load_or_create_token(self.token_path)
        except (OSError, ValueError) as err:
            raise exceptions.OptionsError(f"newsclean_token_file: cannot use {self.token_path}: {err}") from None
        self.api = ControlAPI(
            ProxyBackend(self.newsclean, self),
            RuleEditor(self.user_rules_dir(), base_dirs=() if opts.newsclean_no_bundled else (BUNDLED_RULES,)),
            token,
            extension_ids=tuple(opts.newsclean_extension_ids),
        )

    def user_rules_dir(self) -> Path:
        folder = self.options.newsclean_rules
        return Path(folder).expanduser() if folder else default_user_rules_dir()

    def running(self) -> None:
        self.loop = asyncio.get_running_loop()
        # Edits made from the browser on an earlier run count from the start.
        if self.api is not None and not self.options.newsclean_rules and any(default_user_rules_dir().glob("*.toml")):
            self._adopt_user_folder()

    def done(self) -> None:
        self.loop = None
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def _adopt_user_folder(self) -> None:
        folder = default_user_rules_dir()
        log.info("newsclean: loading your rules from %s too", folder)
        self.options.update(newsclean_rules=str(folder))

    async def after_edit(self) -> None:
        """An edit landed on disk: make sure the proxy loads the folder it went to, then reload now."""
        if self.api is not None:
            loaded = {Path(d).resolve() for d in self.newsclean.state.dirs}
            if self.api.editor.user_dir.resolve() not in loaded and not self.options.newsclean_rules:
                self._adopt_user_folder()  # the option change loads the folder
                return
        await self.newsclean.reload_rules(force=True)

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        """A body too big to be worth reading is refused on the headers alone (Origin, declared size,
        token), before any of it is read: the connection is closed (mitmproxy can answer a request only
        once its body is in). A chunked body is never read (its size is not known in advance). Smaller
        bodies are read and answered with every guard by `serve`, as ever."""
        if flow.response is not None or not flow.metadata.get(LOCAL) or self.newsclean.control != self.serve:
            return
        req = flow.request
        chunked = "chunked" in req.headers.get("transfer-encoding", "").lower()
        declared = req.headers.get("content-length", "0").strip()
        size = int(declared) if declared.isdigit() else (0 if not declared else DRAIN_LIMIT + 1)
        if not chunked and size <= DRAIN_LIMIT:
            return
        if self.api is None:
            answer = _switched_off()
        else:
            answer = self.api.answer_on_headers(req.method, req.path, list(req.headers.items(multi=True)))
        why = f"{answer.status} {answer.json.get('error', '') if answer.body else ''}" if answer else "a chunked body"
        log.info("newsclean: control API: closed %s %s unread: %s", req.method, req.path.split("?")[0], why)
        flow.kill()

    async def serve(self, flow: http.HTTPFlow) -> None:
        """Answer a request addressed to the proxy itself."""
        req = flow.request
        if self.api is None:
            answer = _switched_off()
            flow.response = http.Response.make(answer.status, answer.body, answer.headers)
            return
        if self._executor is None:
            self._executor = concurrent.futures.ThreadPoolExecutor(API_THREADS, thread_name_prefix="newsclean-api")
        call = functools.partial(
            self.api.handle, req.method, req.path, list(req.headers.items(multi=True)), req.raw_content or b""
        )
        answer = await asyncio.get_running_loop().run_in_executor(self._executor, call)
        flow.response = http.Response.make(answer.status, answer.body, answer.headers)


def _switched_off() -> ApiResponse:
    return ApiResponse(
        404, b'{"error": "the control API is switched off (newsclean_api=false)"}\n', {"Content-Type": "application/json"}
    )
