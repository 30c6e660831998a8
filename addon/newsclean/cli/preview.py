"""`newsclean preview --url URL PAGE.html [-o OUT.html] [--png OUT.png]`: a picture of what the rules
do to a page — the page as it came, every removal outlined in its kind's colour (removed, marked,
hidden by a list) and labelled with its rule, and a side list of the removals with their text and
reason (engine/preview). The picture is static: the page's scripts, frames and plug-ins are taken out.

``--png`` renders it with playwright driving an installed Chromium (Debian's `chromium`, or
$NEWSCLEAN_CHROMIUM), JavaScript off; ``--offline`` lets no request leave (the page's images and style
sheets are not loaded). playwright is the optional extra `preview`: `pip install 'newsclean[preview]'`.

Exit status: 0 written, 1 the PNG could not be rendered (the browser failed), 2 usage (an input that
cannot be read, a URL that is not http(s), playwright or Chromium missing).
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
from pathlib import Path
from urllib.parse import urlsplit

from ..engine.page import host_of
from ..engine.preview import build
from .common import FINDINGS, OK, USAGE, json_option, load_book, read_input, rules_options, usage, write_json

WIDTH = 1400  # CSS pixels: a desktop page beside the side list
HEIGHT = 1000
RENDER_TIMEOUT_MS = 60_000


def register(sub) -> None:
    p = sub.add_parser(
        "preview", help="draw what the rules remove from a page: outlined, labelled, listed (HTML, or PNG)",
        description="Write the page with every removal outlined and labelled by its rule, and a side list. "
        "Exit 0 written, 1 the PNG could not be rendered, 2 usage.",
    )
    rules_options(p)
    p.add_argument("input", metavar="PAGE.html", help="the page as saved (- for stdin)")
    p.add_argument("--url", required=True, help="the page's URL (decides which site rules apply)")
    p.add_argument("-o", "--output", metavar="OUT.html", help="where to write the preview (default stdout, "
                   "unless --png or --json is given)")
    p.add_argument("--png", metavar="OUT.png", help="render the preview to a PNG with Chromium (needs playwright)")
    p.add_argument("--full-page", action="store_true", help="with --png: the whole page, not the first screen")
    p.add_argument("--width", type=int, default=WIDTH, help=f"with --png: the window's width (default {WIDTH})")
    p.add_argument("--offline", action="store_true",
                   help="with --png: let no request leave the browser (the page's images are not loaded)")
    p.add_argument("--mode", choices=("clean", "reader"), help="override the site's mode")
    json_option(p, "the removals drawn (rule, action, kind, element, text, reason, XPath)")
    p.set_defaults(func=cmd_preview)


def cmd_preview(args) -> int:
    if urlsplit(args.url).scheme not in ("http", "https") or not host_of(args.url):
        return usage("preview", f"--url {args.url!r} is not an http(s) URL with a host")
    if not 200 <= args.width <= 4000:
        return usage("preview", "--width must be between 200 and 4000")
    if args.png and not args.png.lower().endswith(".png"):
        return usage("preview", f"--png {args.png!r}: give a file name ending in .png")
    if args.json and args.output == "-":
        return usage("preview", "with --json the removals go to stdout: give -o OUT.html for the preview")
    data = read_input("preview", args.input)
    if data is None:
        return USAGE
    browser = None
    if args.png:
        browser, problem = find_chromium()
        if problem:
            return usage("preview", problem)
    book = load_book(args)
    preview = build(data, args.url, book, mode=args.mode)
    if args.output and args.output != "-":
        Path(args.output).write_bytes(preview.html)
    elif not args.png and not args.json or args.output == "-":
        sys.stdout.buffer.write(preview.html)
        sys.stdout.flush()
    status = OK
    if args.png:
        try:
            render_png(preview.html, Path(args.png), browser, width=args.width, full_page=args.full_page,
                       offline=args.offline)
        except Exception as err:  # noqa: BLE001 - playwright's errors are many; each is said, exit 1
            print(f"newsclean preview: could not render {args.png}: {str(err).splitlines()[0] if str(err) else err!r}",
                  file=sys.stderr)
            status = FINDINGS
    if args.json:
        write_json("-", {"output": args.output, "png": args.png if status == OK else None, **preview.to_dict()})
    counts = preview.counts()
    print(
        f"{preview.report.status}: {counts['removed']} removed, {counts['marked']} marked, {counts['hidden']} hidden; "
        f"{preview.to_dict()['outlined']} of {len(preview.items)} outlined",
        file=sys.stderr,
    )
    return status


def find_chromium() -> tuple[str | None, str]:
    """(the browser's path, "") or (None, what is missing and how to get it)."""
    try:  # said before any work is done
        importlib.import_module("playwright.sync_api")
    except ImportError:
        return None, "--png needs playwright: pip install 'newsclean[preview]' (it drives your Chromium)"
    exe = os.environ.get("NEWSCLEAN_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser") \
        or shutil.which("google-chrome")
    if not exe:
        return None, "--png needs Chromium: install it (Debian: apt install chromium) or set NEWSCLEAN_CHROMIUM"
    return exe, ""


def render_png(html: bytes, out: Path, browser: str, *, width: int = WIDTH, full_page: bool = False,
               offline: bool = False) -> None:
    """The preview as Chromium draws it, JavaScript off (the preview has none of its own either)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=browser, args=["--no-sandbox"])
        try:
            page = chromium.new_page(viewport={"width": width, "height": HEIGHT}, java_script_enabled=False)
            if offline:
                page.route("**/*", lambda route: route.abort())
            page.set_content(html.decode("utf-8"), wait_until="load", timeout=RENDER_TIMEOUT_MS)
            page.screenshot(path=str(out), full_page=full_page, timeout=RENDER_TIMEOUT_MS)
        finally:
            chromium.close()
