"""The reader page itself — a header (site, title, byline, date, a link to the original page), the
article, a style sheet of its own and a Content-Security-Policy no script passes — and ``render``,
reader mode's way in: metadata, then the article, then the page, every drop in the report.
"""

from __future__ import annotations

import html
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import lxml.html

from ..book.kinds import MARK_CLASS
from ..document import OUTPUT_ENCODING
from ..page import normalise
from ..report import Removal, Report, snippet
from .extract import READER_REASONS, drop_byline_copy, drop_repeated_heading, extract_article
from .metadata import Metadata, metadata

#: Query parameter (with value BYPASS_VALUE) that makes the proxy pass a page through untouched.
#: The reader page's "original page" link carries it, so following it shows the site as served.
BYPASS_PARAM = "newsclean"
BYPASS_VALUE = "off"

# The reader page's own style sheet (the site's are not carried over).
READER_STYLE = (
    "html{background:#fbfaf7;color:#1d1d1d}"
    "body{margin:0;font:1.125rem/1.6 Georgia,'Times New Roman',serif}"
    "main{max-width:40rem;margin:0 auto;padding:1.5rem 1.25rem 4rem}"
    "header.newsclean-head{border-bottom:1px solid #ddd;margin-bottom:1.5rem}"
    "h1{font-size:1.9rem;line-height:1.2;margin:.3rem 0 .6rem}"
    ".newsclean-site,.newsclean-byline,.newsclean-original{font:.9rem/1.4 system-ui,sans-serif;color:#555;margin:.3rem 0}"
    ".newsclean-original{margin-bottom:1rem}"
    "img,video{max-width:100%;height:auto}"
    "figure{margin:1.5rem 0}figcaption{font-size:.9rem;color:#555}"
    "a{color:#1a4f9c}blockquote{margin:1rem 0;padding-left:1rem;border-inline-start:3px solid #ccc}"
    "pre{overflow:auto}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.25rem .5rem}"
    f".{MARK_CLASS}{{opacity:.45;outline:1px dashed #c60;outline-offset:2px}}.{MARK_CLASS}:hover{{opacity:1}}"
)


def original_url(url: str) -> str:
    """The page's URL with the proxy's bypass switch added (any earlier value of it replaced)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != BYPASS_PARAM]
    query.append((BYPASS_PARAM, BYPASS_VALUE))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


def render(page, report: Report) -> bytes:
    """The reader page for ``page`` (whose tree the rules have cleaned) as UTF-8 bytes."""
    meta = metadata(page.root, page.url)
    dropped: list = []
    article = extract_article(page.root, page.url, dropped)
    drop_repeated_heading(article, meta.title, dropped)
    drop_byline_copy(article, meta.byline, dropped)
    for step, element, text in dropped:
        report.add(Removal(f"reader:{step}", READER_REASONS[step], "remove", element, snippet(text)))
    words = len(normalise(article.text_content()).split())
    report.mode = "reader"
    found = ", ".join(meta.sources) or "no title, byline or date found"
    report.detail = f"reader page: {words} words of article text (readability-lxml); {found}"
    return build_page(meta, article, page.url)


def build_page(meta: Metadata, article, url: str) -> bytes:
    esc = html.escape
    lang = f' lang="{esc(meta.lang)}"' if meta.lang else ""
    direction = f' dir="{meta.direction}"' if meta.direction else ""
    title = meta.title or urlsplit(url).hostname or url
    head_lines = []
    if meta.site_name:
        head_lines.append(f'<p class="newsclean-site">{esc(meta.site_name)}</p>')
    head_lines.append(f"<h1>{esc(title)}</h1>")
    byline_parts = []
    if meta.byline:
        byline_parts.append(f'<span class="newsclean-author">{esc(meta.byline)}</span>')
    if meta.date:
        byline_parts.append(_time(meta.date))
    if byline_parts:
        head_lines.append(f'<p class="newsclean-byline">{" · ".join(byline_parts)}</p>')
    head_lines.append(
        f'<p class="newsclean-original"><a href="{esc(original_url(url))}" rel="noreferrer">'
        "Original page</a> (reader view by newsclean)</p>"
    )
    body = lxml.html.tostring(article, encoding="unicode", method="html")
    page = (
        "<!DOCTYPE html>\n"
        f"<html{lang}{direction}>\n<head>\n"
        f'<meta charset="{OUTPUT_ENCODING}">\n'
        # No script runs on a reader page, whatever slipped through: the browser enforces it.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'; object-src 'none'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(title)}</title>\n"
        f'<style id="newsclean-reader-style">{READER_STYLE}</style>\n'
        "</head>\n<body>\n<main class=\"newsclean-reader\">\n"
        f'<header class="newsclean-head">\n{chr(10).join(head_lines)}\n</header>\n'
        f'<article class="newsclean-article">\n{body}\n</article>\n'
        "</main>\n</body>\n</html>\n"
    )
    return page.encode(OUTPUT_ENCODING)


def _time(value: str) -> str:
    shown = value
    machine = ""
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
        shown = f"{when.day} {when:%B %Y}"
        machine = when.isoformat()
    except ValueError:
        pass
    attr = f' datetime="{html.escape(machine)}"' if machine else ""
    return f"<time{attr}>{html.escape(shown)}</time>"
