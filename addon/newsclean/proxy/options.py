"""The addon's options: declared in ``load`` (their help text is their documentation) and applied in
``configure`` — the rule folders, the covered sites and mitmproxy's ``allow_hosts``, the cleaner
threads, worker processes and budget, the rule statistics' file. A part of ``NewsClean`` (addon.py),
kept apart to stay small."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Optional

from mitmproxy import exceptions

from ..edit.paths import config_dir
from ..rules.folders import BUNDLED_RULES, rule_dirs
from ..stats import FILE_NAME as STATS_FILE
from ..stats import StatsRecorder
from .dispatch import CLEANER_QUEUE, CLEANER_THREADS, DEFAULT_BUDGET_MS
from .listupdates import DEFAULT_HOURS
from .scope import DomainError, Scope, normalise_domain
from .switches import MODES
from .worker import DEFAULT_TIMEOUT, DEFAULT_WORKERS

log = logging.getLogger("newsclean.proxy")

DEFAULT_MAX_BYTES = 8 * 1024 * 1024
# From about this size a page's cleaning slows other flows more than the trip to a worker process
# costs it (bench.proxy_load); below it a thread is cheaper.
DEFAULT_PROCESS_THRESHOLD = 512 * 1024

_RULE_OPTIONS = {"newsclean_rules", "newsclean_no_bundled"}
_SCOPE_OPTIONS = {"newsclean_sites", "newsclean_all_sites", "newsclean_tunnel_others"}
_PROCESS_OPTIONS = {
    "newsclean_process_threshold", "newsclean_process_workers", "newsclean_process_timeout", "newsclean_budget_ms",
    "newsclean_threads", "newsclean_queue",
}
_STATS_OPTIONS = {"newsclean_stats", "newsclean_stats_file"}


class NewsCleanOptions:
    """``NewsClean``'s option hooks and what they set up."""

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
            "newsclean_lists_update_hours", str, f"{DEFAULT_HOURS:g}",
            "Fetch the filter lists added with `newsclean lists add` again when they were last checked this many "
            "hours ago (a conditional GET, on a thread; a list that fails keeps its last good version). A number, "
            "fractions allowed (0.5: half an hour); 0: never.",
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
        loader.add_option(
            "newsclean_stats", bool, True,
            "Keep rule statistics: how often each rule and list filter acted, on which sites, and when it last "
            "did (`newsclean stats` reads them, the extension's popup shows a rule's count). Written off the page "
            "path every few seconds; a file that cannot be used switches them off, said once, and pages are "
            "cleaned as ever.",
        )
        loader.add_option(
            "newsclean_stats_file", Optional[str], None,
            f"Where the rule statistics are kept (SQLite). Default: {STATS_FILE} in newsclean's config folder, "
            "beside your rules ($NEWSCLEAN_CONFIG, else ~/.config/newsclean).",
        )

    def configure(self, updated: set[str]) -> None:
        opts = self.options
        if not self._configured:
            # The first call sets up everything, whichever options it names (an embedding Master may
            # never update ours at all: see `running`).
            self._configured = True
            updated = (
                set(updated) | _RULE_OPTIONS | _SCOPE_OPTIONS | _PROCESS_OPTIONS | _STATS_OPTIONS | {"newsclean_max_bytes"}
            )
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
        if updated & _STATS_OPTIONS:
            self._stats_path = self._stats_file(opts)
            if self._running:
                self._start_stats()
        if "newsclean_lists_update_hours" in updated:
            list_update_hours(opts)  # validates
            self._schedule_list_updates()

    # -- rule statistics ------------------------------------------------------------------------
    @staticmethod
    def _stats_file(opts) -> Path | None:
        """The statistics' file the options name (None: switched off); a path that cannot be a file is refused."""
        if not opts.newsclean_stats:
            return None
        if opts.newsclean_stats_file is None:
            return config_dir() / STATS_FILE  # its folder is made when the writer starts
        path = Path(opts.newsclean_stats_file).expanduser()
        if path.is_dir():
            raise exceptions.OptionsError(f"newsclean_stats_file: {path} is a folder; name a file in it")
        if not path.parent.is_dir():
            raise exceptions.OptionsError(f"newsclean_stats_file: {path.parent} does not exist (mkdir -p {path.parent})")
        return path

    def _start_stats(self) -> None:
        """(Re)start the recorder on the file the options name, or stop it (called once running)."""
        old = self.stats
        if old is not None and self._stats_path == old.path and old.error is None:
            return
        self.stats = None
        if old is not None:
            old.close()
        path = self._stats_path
        if path is None:
            return
        if path.parent == config_dir():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                log.warning("newsclean: rule statistics are off: cannot make %s: %s", path.parent, err.strerror)
                return
        self.stats = StatsRecorder(path)

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


def list_update_hours(opts) -> float:
    """``newsclean_lists_update_hours`` as a number (mitmproxy's --set takes no float option)."""
    value = opts.newsclean_lists_update_hours
    try:
        hours = float(value)
    except ValueError:
        hours = -1.0
    if not hours >= 0 or hours == float("inf"):
        raise exceptions.OptionsError(f"newsclean_lists_update_hours must be 0 (never) or a number of hours, not {value!r}")
    return hours
