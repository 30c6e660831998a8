"""``newsclean run``: mitmproxy in this process, the addon loaded, a banner that says how to use it.

mitmproxy's ``DumpMaster`` is not used: it calls ``sys.exit(1)`` when anything logs an error during
start-up, and prints every flow. A plain ``Master`` with the default addons, the terminal log and
ours keeps start-up errors ours to report (a busy port is a clear message and exit status 1).
"""

from __future__ import annotations

import asyncio
import logging
import os
import shlex
import sys
from pathlib import Path

from mitmproxy import addons, exceptions, master, options

from .addon import NewsClean
from .control import ControlApiAddon
from .stop import Stopper

DEFAULT_CONFDIR = "~/.mitmproxy"
CA_FILE = "mitmproxy-ca-cert.pem"
# What the terminal shows (`newsclean run --quiet / --verbose`): see _OnlyNewsclean.
VERBOSITIES = ("quiet", "default", "verbose")
# Big downloads through a browsing proxy should stream, not sit in memory until complete. Pages over
# this size are never cleaned anyway (newsclean_max_bytes is smaller).
STREAM_LARGE_BODIES = "16m"


def make_master(
    *,
    listen_host: str = "127.0.0.1",
    port: int = 8080,
    confdir: str | None = None,
    rules: str | None = None,
    no_bundled: bool = False,
    sites: list[str] | tuple[str, ...] = (),
    all_sites: bool = False,
    verbosity: str = "default",
    extra_addons=(),
    **more_options,
) -> tuple[master.Master, NewsClean]:
    """A ready-to-run mitmproxy Master with the newsclean addon (call with an event loop running).

    ``verbosity`` (VERBOSITIES): what the terminal log shows, see ``_OnlyNewsclean``.
    Raises ``mitmproxy.exceptions.OptionsError`` with a readable message for bad options.
    """
    if verbosity not in VERBOSITIES:
        raise ValueError(f"verbosity must be one of {VERBOSITIES}, not {verbosity!r}")
    opts = options.Options(listen_host=listen_host, listen_port=port, confdir=confdir or DEFAULT_CONFDIR)
    m = master.Master(opts, with_termlog=True)
    if verbosity != "verbose":
        m.addons.get("termlog").logger.addFilter(_OnlyNewsclean())
    m.addons.add(*addons.default_addons())
    addon = NewsClean()
    m.addons.add(addon, ControlApiAddon(addon), *extra_addons)  # the extension's API, on the same port
    m.options.update(
        newsclean_rules=rules,
        newsclean_no_bundled=no_bundled,
        newsclean_sites=list(sites),
        newsclean_all_sites=all_sites,
        newsclean_stream_others=True,
        stream_large_bodies=STREAM_LARGE_BODIES,
        # mitmproxy's own level switch, as mitmdump -q uses it: warnings and errors only
        termlog_verbosity="warn" if verbosity == "quiet" else "info",
        **more_options,
    )
    return m, addon


def ca_cert_path(m: master.Master) -> Path:
    return Path(os.path.expanduser(m.options.confdir)) / CA_FILE


def banner(m: master.Master, addon: NewsClean) -> str:
    """What a user needs to start reading: where the proxy is, what it covers, how to trust its CA."""
    host, port = _listen_address(m)
    proxy = f"http://{host}:{port}"
    ca = ca_cert_path(m)
    book = addon.state.book
    rules = sum(len(f.rules) for f in book.files)
    folders = " + ".join(str(d) for d in book.dirs) or "(none)"
    scope = addon.scope
    example = min(scope.site_domains or scope.extra_domains or {"example.com"})
    q = shlex.quote
    trust = "newsclean trust" + ("" if m.options.confdir == DEFAULT_CONFDIR else f" --confdir {q(m.options.confdir)}")
    lines = [
        f"newsclean proxy on {proxy}",
        f"  covers {addon.scope.describe()}"
        + ("; sites without a rule file as reader pages" if m.options.newsclean_unlisted_mode == "reader" else ""),
        f"  rules: {len(book.files)} file(s), {rules} rule(s), {len(book.errors)} error(s) from {folders}"
        + (" (reloaded when they change)" if m.options.newsclean_watch else ""),
        "",
        f"CA certificate (needed for HTTPS sites): {ca}",
        f"  Chromium/Chrome and Firefox on Linux trust it after:  {trust}   (--print shows its certutil commands)",
        f"  Chromium: start it with:  chromium --proxy-server={proxy}",
        f"  Firefox: Settings > Network Settings > Manual proxy configuration: HTTP Proxy {host}, Port {port},",
        "    'Also use this proxy for HTTPS'. (Elsewhere import the CA: Settings > Privacy & Security > Certificates.)",
        "",
        "Check it works (a covered page shows an X-Newsclean header):",
        f"  curl -s -o /dev/null -D - -x {proxy} --cacert {q(str(ca))} https://{example}/ | grep -i x-newsclean",
        "",
        "Original page: add ?newsclean=off to its URL; the reader page: ?newsclean=reader. Stop with Ctrl-C.",
    ]
    api = m.addons.get("controlapiaddon")
    if api is not None and api.api is not None:
        lines[-1:-1] = [
            f"Browser extension (extension/ in the repository): proxy address {proxy}, token in {api.token_path}",
            "",
        ]
    return "\n".join(lines)


def _listen_address(m: master.Master) -> tuple[str, int]:
    server = m.addons.get("proxyserver")
    addrs = server.listen_addrs() if server else []
    if addrs:
        host, port = str(addrs[0][0]), int(addrs[0][1])
    else:
        host, port = m.options.listen_host, m.options.listen_port
    if host in ("", "0.0.0.0", "::"):
        host = "127.0.0.1"
    return (f"[{host}]" if ":" in host else host), port


class _Announce:
    """Prints the banner once the servers are up, or stops the proxy if none could listen."""

    def __init__(self, m: master.Master, out=None):
        self.master = m
        self.out = out or sys.stdout
        self.failed = False

    def running(self) -> None:
        m = self.master
        server = m.addons.get("proxyserver")
        if server is not None and not server.listen_addrs():
            self.failed = True
            print(
                f"newsclean run: cannot listen on {m.options.listen_host}:{m.options.listen_port} "
                "(see the error above; is another proxy running there? try --port)",
                file=sys.stderr,
            )
            m.shutdown()
            return
        print(banner(m, m.addons.get("newsclean")), file=self.out, flush=True)


def _setup_logging() -> None:
    # As mitmdump does: the terminal log filters by level (termlog_verbosity), so let records through,
    # except the chatter of the libraries under mitmproxy.
    logging.getLogger().setLevel(logging.DEBUG)
    for name in ("tornado", "asyncio", "hpack", "quic", "urwid"):
        logging.getLogger(name).setLevel(logging.WARNING)
    server_log = logging.getLogger("mitmproxy.addons.proxyserver")
    if not any(isinstance(f, _NoMitmproxyHint) for f in server_log.filters):
        server_log.addFilter(_NoMitmproxyHint())


class _OnlyNewsclean(logging.Filter):
    """The terminal log without mitmproxy's chatter: newsclean's own lines (one a cleaned page, rule
    reloads) and warnings and errors from anything. mitmproxy logs every client and server connect
    and disconnect at INFO, the level of newsclean's lines, so its termlog_verbosity cannot tell them
    apart: this filter sits on the terminal log's handler; `newsclean run --verbose` leaves it off."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or record.name == "newsclean" or record.name.startswith("newsclean.")


class _NoMitmproxyHint(logging.Filter):
    """A busy port: mitmproxy's message ends in its own hint ("Try specifying a different port by
    using `--mode regular@8082`"), an option newsclean does not take; newsclean's line after it
    says what to do (`--port`). Keep the error, drop that hint."""

    HINT = "\nTry specifying a different port"

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.HINT in message:
            record.msg, record.args = message.split(self.HINT, 1)[0], None
        return True


async def serve(args, out=None) -> int:
    _setup_logging()
    try:
        m, addon = make_master(
            listen_host=args.listen_host,
            port=args.port,
            confdir=args.confdir,
            rules=args.rules,
            no_bundled=args.no_bundled,
            sites=args.site,
            all_sites=args.all_sites,
            newsclean_unlisted_mode=getattr(args, "unlisted_mode", "clean"),
            verbosity=getattr(args, "verbosity", "default"),
        )
        m.options.set(*getattr(args, "set", ()))  # mitmproxy's own parsing; an unknown name is an error
    except exceptions.OptionsError as err:
        print(f"newsclean run: {err}", file=sys.stderr)
        return 2
    announce = _Announce(m, out)
    m.addons.add(announce)
    # Ctrl-C and SIGTERM: stop within stop.GRACE seconds whatever is stuck; a second one at once.
    Stopper(m, addon.cleaner_pool.worker_pids).install()
    await m.run()
    # Connections still open when the proxy stops are cancelled with the loop's other tasks; asyncio's
    # stream protocol then reports each as "Exception in callback ... CancelledError" on stderr, once
    # mitmproxy's own handler is gone. A stop is not an error: say nothing of those.
    asyncio.get_running_loop().set_exception_handler(_quiet_about_cancelled)
    return 1 if announce.failed else 0


def _quiet_about_cancelled(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    if not isinstance(context.get("exception"), asyncio.CancelledError):
        loop.default_exception_handler(context)


def run_proxy(args) -> int:
    """Entry point of ``newsclean run`` (args: rules, no_bundled, port, listen_host, all_sites, site,
    unlisted_mode, confdir, verbosity)."""
    try:
        return asyncio.run(serve(args))
    except KeyboardInterrupt:
        return 0
