"""`newsclean run`: start the cleaning proxy (mitmproxy is imported only when this command runs)."""

from __future__ import annotations

from .common import rules_options


def register(sub) -> None:
    p = sub.add_parser("run", help="start the cleaning proxy")
    rules_options(p)
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--listen-host", default="127.0.0.1")
    p.add_argument("--all-sites", action="store_true", help="clean every HTML page with the default rules")
    p.add_argument("--site", action="append", default=[], metavar="DOMAIN",
                   help="an extra news domain to clean with the default rules (repeatable)")
    p.add_argument("--unlisted-mode", choices=("clean", "reader"), default="clean",
                   help="how to serve sites without a rule file of their own (--site, --all-sites): cleaned, "
                        "or as a reader page")
    p.add_argument("--confdir", help="mitmproxy's folder for its CA certificate (default ~/.mitmproxy)")
    said = p.add_mutually_exclusive_group()
    said.add_argument("-q", "--quiet", dest="verbosity", action="store_const", const="quiet", default="default",
                      help="after the banner, only warnings and errors (no line a cleaned page)")
    said.add_argument("-v", "--verbose", dest="verbosity", action="store_const", const="verbose",
                      help="mitmproxy's own lines too (every client and server connect and disconnect)")
    p.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", dest="set",
                   help="any newsclean_* or mitmproxy option, as mitmdump's --set takes it (repeatable), "
                        "e.g. --set newsclean_budget_ms=2000")
    p.set_defaults(func=cmd_run)


def cmd_run(args) -> int:
    from ..proxy.run import run_proxy  # mitmproxy is only imported by the commands that need it

    return run_proxy(args)
