"""`newsclean snapshot URL`: save a page as a new test case beside the rules, its texts proposed.

The page comes from the running proxy's recent history (the control API keeps the original of the
pages it served last) or from the site; by default the proxy is asked first and the site fetched
when the proxy has no copy. The case goes to `<rules folder>/tests/<site>/<name>.html` and `.toml`
(your folder: --rules, else ~/.config/newsclean/rules), with must_go / must_stay proposed from what
the rules do to the page now and a comment asking you to confirm them. It is run once at the end,
as `newsclean test` will run it. Nothing is ever overwritten.

Exit status: 0 saved, 1 no page to save (the proxy has no copy and the fetch failed, ...), 2 usage.
"""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from ..edit.atomic import write_atomic
from ..edit.casecheck import run_case
from ..edit.editor import default_user_rules_dir
from ..edit.paths import validate_site
from ..edit.propose import case_toml, propose
from ..edit.refusals import EditError
from ..engine.book.rulebook import RuleBook
from ..engine.hosts import host_of, registrable_domain
from ..rules.cases import TESTS_DIR, covers, load_case
from ..rules.errors import printable
from ..rules.loader import is_valid_name
from ..rules.specs import DEFAULT_FILE_KEY
from . import pagesource
from .common import FINDINGS, OK, dirs, json_option, rules_options, write_json
from .test import shown_path

NAME_CHARS = 60


def register(sub) -> None:
    p = sub.add_parser(
        "snapshot", help="save a page as a new test case of its site, texts proposed from the rules' report",
        description="Save URL's page as tests/<site>/<name>.html + .toml in your rule folder: from the proxy's "
        "recent history, else fetched. Exit 0 saved, 1 no page, 2 usage.",
    )
    rules_options(p)
    p.add_argument("url", metavar="URL", help="the page's address, as the browser showed it")
    p.add_argument("--site", help="the site the case tests (default: the site file that covers the URL, else its domain)")
    p.add_argument("--name", help="the case's name (default: from the URL's last path part)")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--from-proxy", dest="source", action="store_const", const="proxy",
                        help="only from the running proxy's recent history (its control API)")
    source.add_argument("--fetch", dest="source", action="store_const", const="fetch",
                        help="only by fetching the URL (through $https_proxy / $http_proxy if set)")
    p.add_argument("--proxy", default=pagesource.DEFAULT_PROXY, metavar="URL",
                   help=f"the running proxy's address (default {pagesource.DEFAULT_PROXY})")
    p.add_argument("--confdir", help="the proxy's confdir, where its API token is (default ~/.mitmproxy)")
    p.add_argument("--token-file", help="the API token file (default newsclean-token in the confdir)")
    json_option(p, "what was saved (the case, its page, the proposed texts, whether it passes)")
    p.set_defaults(func=cmd_snapshot, source=None)


def _usage(message: str) -> int:
    print(f"newsclean snapshot: {printable(message)}", file=sys.stderr)
    return 2


def cmd_snapshot(args) -> int:
    url = urlunsplit(urlsplit(args.url.strip())._replace(fragment=""))  # a #fragment is never sent
    host = host_of(url)
    if urlsplit(url).scheme not in ("http", "https") or not host:
        return _usage(f"{args.url!r} is not an http(s) URL with a host")
    if not pagesource.proxy_url_ok(args.proxy):
        return _usage(f"--proxy must be an http:// address such as {pagesource.DEFAULT_PROXY}")
    folder = Path(args.rules).expanduser() if args.rules else default_user_rules_dir()
    if folder.exists() and not folder.is_dir():
        return _usage(f"{folder} is not a folder")
    book = RuleBook.load([d for d in dirs(args) if d.is_dir()])  # a new --rules folder is made below
    site, problem = _site(args.site, host, book)
    if problem:
        return _usage(problem)
    cases = folder / TESTS_DIR / site
    if args.name is not None:
        if not is_valid_name(args.name):
            return _usage(f"--name {args.name!r}: letters, digits, `-`, `_` and `.`, at most 64")
        name = args.name
        if (cases / f"{name}.toml").exists() or (cases / f"{name}.html").exists():
            return _usage(f"a case named {name!r} is already in {shown_path(cases)}: choose another --name")
    else:
        name = _free_name(cases, _name_from(url))

    page = _get_page(url, args)
    if page is None:
        return 1
    if not covers(site, host_of(page.url)):  # a redirect to another site
        print(f"newsclean snapshot: {page.url} is not on {site}: give --site, or the URL it redirects to",
              file=sys.stderr)
        return 1
    for err in book.errors:
        print(err.render(), file=sys.stderr)
    proposal = propose(page.data, page.url, book, page.charset)
    if proposal.status == "skipped" and not proposal.must_stay and not proposal.must_go:
        print(f"newsclean snapshot: nothing to save: {proposal.detail or 'not a page'}", file=sys.stderr)
        return 1
    if not proposal.must_go and not proposal.must_stay:
        print("newsclean snapshot: nothing to propose (no removal, no paragraph of a story): not saved", file=sys.stderr)
        return 1

    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    text = case_toml(proposal, printable(page.origin), when)
    try:
        cases.mkdir(parents=True, exist_ok=True)
        html_path, toml_path = cases / f"{name}.html", cases / f"{name}.toml"
        write_atomic(html_path, page.data)
        write_atomic(toml_path, text.encode("utf-8"))
    except OSError as err:
        print(f"newsclean snapshot: cannot write in {cases}: {err.strerror or err}", file=sys.stderr)
        return 1

    case = load_case(toml_path, site)
    outcome = run_case(case.spec, page.data, book) if case.problem is None else None
    passes = outcome is not None and outcome.passed
    why = "" if passes else str(case.problem if outcome is None else "; ".join(f.message for f in outcome.failures))
    if args.json:
        write_json("-", {
            "saved": True, "site": site, "name": name, "url": page.url, "origin": page.origin,
            "charset": page.charset, "size": len(page.data), "page": str(html_path), "case": str(toml_path),
            "must_go": [{"text": text, "rule": rule} for text, rule in proposal.must_go],
            "must_stay": list(proposal.must_stay), "passes": passes, "problem": why or None,
        })
        return OK if passes else FINDINGS
    print(f"page from {printable(page.origin)}: {len(page.data)} bytes" +
          (f", charset {page.charset}" if page.charset else ""))
    print(f"wrote {shown_path(html_path)}")
    print(f"wrote {shown_path(toml_path)}:")
    for line in text.splitlines():
        print(f"  {line}")
    if not proposal.must_go:
        print("note: the rules removed nothing from this page, so must_go is empty: add the junk you see")
    if not passes:
        print(f"the new case does not pass as proposed: {printable(why)}")
        return FINDINGS
    rules = f" --rules {shown_path(folder)}" if args.rules else ""
    print(f"it passes with the rules as they are. Confirm its texts (see its first lines), then: "
          f"newsclean test {site}{rules}")
    return OK


def _site(given: str | None, host: str, book: RuleBook) -> tuple[str, str]:
    """(site, problem): the site folder the case goes to."""
    if given is not None:
        if given == DEFAULT_FILE_KEY:
            return given, ""
        try:
            site = validate_site(given.strip().rstrip("."))
        except EditError as err:
            return "", f"--site: {err.message}"
        if not covers(site, host):
            return "", f"{host} is not on {site}: a case's URL must be on the site it tests"
        return site, ""
    site = book.site_key(host) or registrable_domain(host)
    try:
        return validate_site(site), ""
    except EditError:
        return "", f"{host} names no site (an address, not a domain): give --site"


def _name_from(url: str) -> str:
    """`/1987654/mrt-3-to-run-extended-hours` → `mrt-3-to-run-extended-hours`; `/` → the host."""
    parts = [p for p in urlsplit(url).path.split("/") if p]
    for part in reversed(parts):
        stem = re.sub(r"\.(html?|php|aspx?|cms)$", "", part.lower())
        slug = re.sub(r"[^a-z0-9]+", "-", stem).strip("-")
        if re.search(r"[a-z]", slug):
            return slug[:NAME_CHARS].rstrip("-")
    return re.sub(r"[^a-z0-9]+", "-", host_of(url)).strip("-")[:NAME_CHARS] or "page"


def _free_name(cases: Path, name: str) -> str:
    candidate, n = name, 1
    while (cases / f"{candidate}.toml").exists() or (cases / f"{candidate}.html").exists():
        n += 1
        candidate = f"{name}-{n}"
    return candidate


def _get_page(url: str, args):
    """The page from the source asked for; by default the proxy, then the site. None: said why."""
    token = pagesource.token_path(args.token_file, args.confdir)
    if args.source in (None, "proxy"):
        try:
            return pagesource.from_proxy(url, args.proxy, token)
        except pagesource.NoPage as err:
            if args.source == "proxy":
                print(f"newsclean snapshot: {printable(str(err))}", file=sys.stderr)
                return None
            print(f"not from the proxy: {printable(str(err))}; fetching {printable(url)}",
                  file=sys.stderr if args.json else sys.stdout)
    try:
        return pagesource.fetch(url)
    except pagesource.NoPage as err:
        print(f"newsclean snapshot: {printable(str(err))}", file=sys.stderr)
        return None
