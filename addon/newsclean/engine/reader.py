"""Reader mode: the rule-cleaned page → one simple, readable page holding only the story.

The page's rules have already run on ``page.root`` when this is called, so junk inside the article
body (ad labels, teaser boxes, spam links) is gone before readability-lxml picks the article: it never
reaches the reader page. What the reader page holds: the title, byline and date where the page says
them (meta tags, Open Graph, JSON-LD, byline elements), the article with its images and links (absolute
URLs), a link to the original page, the site's language and direction. No scripts, no styles of the
site, no forms, no frames.
"""

from __future__ import annotations

import copy
import html
import json
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import lxml.etree
import lxml.html
from readability import Document

from ..rules.kinds import MARK_CLASS
from .document import OUTPUT_ENCODING
from .page import normalise
from .report import Removal, Report, describe_element, snippet

#: Query parameter (with value BYPASS_VALUE) that makes the proxy pass a page through untouched.
#: The reader page's "original page" link carries it, so following it shows the site as served.
BYPASS_PARAM = "newsclean"
BYPASS_VALUE = "off"

# Languages written right to left, for pages that give a lang but no dir.
_RTL_LANGS = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "ug", "ur", "yi"})

# Tags and attributes the reader page keeps; everything else goes (a whitelist, not a blacklist:
# whatever new trick a site uses to run code or track, it is not on this list).
_DROP_WITH_CONTENT = frozenset(
    {"script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
     "form", "input", "button", "select", "textarea", "svg", "math", "canvas", "link", "meta", "base", "title",
     "head", "dialog", "portal"}
)
_KEEP_TAGS = frozenset(
    {"p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "picture", "figure", "figcaption",
     "blockquote", "q", "cite", "em", "i", "strong", "b", "u", "s", "small", "sub", "sup", "mark", "abbr",
     "time", "code", "pre", "kbd", "var", "samp", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
     "tfoot", "tr", "th", "td", "caption", "video", "audio", "source", "div", "section", "span", "del", "ins",
     "bdi", "bdo", "wbr", "ruby", "rt", "rp", "details", "summary"}
)
_KEEP_ATTRS = {
    "a": ("href", "title"),
    "img": ("src", "srcset", "alt", "title", "sizes"),
    "source": ("src", "srcset", "type", "media", "sizes"),
    "video": ("src", "poster", "controls"),
    "audio": ("src", "controls"),
    "td": ("colspan", "rowspan"),
    "th": ("colspan", "rowspan", "scope"),
    "time": ("datetime",),
    "ol": ("start", "reversed", "type"),
    "abbr": ("title",),
    "q": ("cite",),
    "blockquote": ("cite",),
}
_KEEP_ANY = ("lang", "dir")
_URL_ATTRS = ("href", "src", "poster", "cite")
# Lazy-loading images keep the real address in one of these until a script swaps it in.
_LAZY_SRC = ("data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src", "data-srcset")
_SAFE_SCHEMES = ("http", "https", "mailto", "tel", "")

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_BYLINE_PREFIX = re.compile(r"^\s*(?:by|von|par|por|di|door|av|af)\s+", re.IGNORECASE)
_BYLINE_SELECTORS = lxml.etree.XPath(
    "//*[@itemprop='author'] | //*[@rel='author']"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')]"
    " | //*[contains(@class, 'byline') or contains(@id, 'byline')]"
    " | //*[contains(@class, 'author') or contains(@id, 'author')]"
)
_DATE_XPATH = lxml.etree.XPath("//*[@itemprop='datePublished'] | //time[@datetime]")

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


@dataclass
class Metadata:
    title: str = ""
    byline: str = ""
    date: str = ""  # as the page gives it (ISO when machine-readable)
    site_name: str = ""
    lang: str = ""
    direction: str = ""  # "ltr" | "rtl" | ""
    sources: tuple[str, ...] = ()  # where each field came from, for the report


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
    _drop_repeated_heading(article, meta.title, dropped)
    _drop_byline_copy(article, meta.byline, dropped)
    for step, element, text in dropped:
        report.removals.append(Removal(f"reader:{step}", READER_REASONS[step], "remove", element, snippet(text)))
    words = len(normalise(article.text_content()).split())
    report.mode = "reader"
    found = ", ".join(meta.sources) or "no title, byline or date found"
    report.detail = f"reader page: {words} words of article text (readability-lxml); {found}"
    return build_page(meta, article, page.url)


# -- metadata -------------------------------------------------------------------------------------
def metadata(root, url: str) -> Metadata:
    meta = Metadata()
    sources = []
    tags = _meta_tags(root)
    ld = _json_ld(root)

    title, src = _first(
        (ld.get("headline"), "JSON-LD headline"),
        (tags.get("og:title"), "og:title"),
        (tags.get("twitter:title"), "twitter:title"),
        (_h1_text(root), "h1"),
        (_title_text(root), "<title>"),
    )
    meta.title = title
    if src:
        sources.append(f"title from {src}")

    byline, src = _first(
        (ld.get("author"), "JSON-LD author"),
        (_not_url(tags.get("author")), "meta author"),
        (_not_url(tags.get("article:author")), "article:author"),
        (_not_url(tags.get("dc.creator")), "DC.creator"),
        (_not_url(tags.get("sailthru.author")), "sailthru.author"),
        *_byline_elements(root),
    )
    meta.byline = _BYLINE_PREFIX.sub("", byline)
    if src:
        sources.append(f"byline from {src}")

    date, src = _first(
        (ld.get("datePublished"), "JSON-LD datePublished"),
        (tags.get("article:published_time"), "article:published_time"),
        (tags.get("og:published_time"), "og:published_time"),
        (tags.get("datepublished"), "meta datePublished"),
        (tags.get("pubdate"), "meta pubdate"),
        (tags.get("publishdate"), "meta publishdate"),
        (tags.get("date"), "meta date"),
        (tags.get("dc.date"), "DC.date"),
        (tags.get("dcterms.created"), "DCTERMS.created"),
        (_date_element(root), "page markup"),
        (_date_beside_byline(root, meta.byline), "byline element"),
    )
    meta.date = date
    if src:
        sources.append(f"date from {src}")

    meta.site_name = tags.get("og:site_name", "")
    meta.lang = _language(root, tags)
    meta.direction = _direction(root, meta.lang)
    meta.sources = tuple(sources)
    return meta


def _first(*candidates) -> tuple[str, str]:
    for value, source in candidates:
        value = normalise(value) if isinstance(value, str) else ""
        if value:
            return value, source
    return "", ""


def _not_url(value: str | None) -> str | None:
    """``article:author`` is often a profile URL, which is not a name."""
    if value and not re.match(r"^\s*(?:https?:)?//", value):
        return value
    return None


def _meta_tags(root) -> dict:
    out: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = m.get("content")
        if key and content and key not in out:
            out[key] = content.strip()
    return out


def _json_ld(root) -> dict:
    """headline, author (names joined) and datePublished of the page's first Article-like JSON-LD."""
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for item in _ld_items(data):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if not any(isinstance(k, str) and (k.endswith("Article") or k in ("BlogPosting", "Report")) for k in kinds):
                continue
            out = {}
            if isinstance(item.get("headline"), str):
                out["headline"] = html.unescape(item["headline"])
            names = _ld_names(item.get("author"))
            if names:
                out["author"] = ", ".join(names)
            if isinstance(item.get("datePublished"), str):
                out["datePublished"] = item["datePublished"]
            return out
    return {}


def _ld_items(data, depth=0):
    if depth > 4:
        return
    if isinstance(data, list):
        for d in data:
            yield from _ld_items(d, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_items(data["@graph"], depth + 1)


def _ld_names(author) -> list[str]:
    items = author if isinstance(author, list) else [author]
    names = []
    for a in items:
        name = a.get("name") if isinstance(a, dict) else a
        if isinstance(name, str) and name.strip() and _not_url(name) is not None and name not in names:
            names.append(html.unescape(name.strip()))
    return names[:4]


def _h1_text(root) -> str:
    for h1 in root.iter("h1"):
        text = normalise(h1.text_content())
        if text:
            return text
    return ""


def _title_text(root) -> str:
    title = root.find(".//title")
    return normalise(title.text_content()) if title is not None else ""


def _byline_elements(root):
    """(text, source) of elements that look like a byline: short, and not the whole page's menu."""
    seen = 0
    for el in _BYLINE_SELECTORS(root):
        if not isinstance(el.tag, str) or el.tag in ("meta", "link", "script", "body", "html", "article", "main"):
            continue
        seen += 1
        if seen > 12:
            break
        # A link to the author's page inside the box is the name without the date beside it.
        named = [a for a in el.iter("a") if re.search(r"author|byline|people|profile|staff|journalist", a.get("href", ""))]
        text = normalise((named[0] if named else el).text_content())
        if 2 < len(text) <= 80:
            yield text, "byline element"


def _date_element(root) -> str:
    for el in _DATE_XPATH(root):
        value = el.get("datetime") or el.get("content") or el.text_content()
        if value and _YEAR.search(value):
            return value
    return ""


def _date_beside_byline(root, byline: str) -> str:
    """A date written next to the author's name (`Agence France-Presse / 08:14 AM February 04, 2025`)."""
    if not byline:
        return ""
    for el in _BYLINE_SELECTORS(root):
        if not isinstance(el.tag, str):
            continue
        text = normalise(el.text_content())
        if byline in text and len(text) <= 120:
            rest = text.replace(byline, " ", 1).strip(" /|·—–-,")
            if _YEAR.search(rest) and len(rest) <= 60:
                return rest
    return ""


def _language(root, tags: dict) -> str:
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        body = root.find("body")
        lang = body.get("lang") if body is not None else None
    if not lang:
        lang = tags.get("content-language") or _http_equiv(root, "content-language")
    if not lang and tags.get("og:locale"):
        lang = tags["og:locale"].replace("_", "-")
    lang = (lang or "").split(",")[0].strip()
    return lang if re.fullmatch(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*", lang) else ""


def _http_equiv(root, name: str) -> str:
    for m in root.iter("meta"):
        if (m.get("http-equiv") or "").lower() == name:
            return m.get("content") or ""
    return ""


def _direction(root, lang: str) -> str:
    for el in (root, root.find("body")):
        if el is not None and (el.get("dir") or "").lower() in ("ltr", "rtl"):
            return el.get("dir").lower()
    if lang and lang.split("-")[0].lower() in _RTL_LANGS:
        return "rtl"
    return ""


# -- the article ----------------------------------------------------------------------------------
def extract_article(root, url: str, dropped: list | None = None):
    """The story as a ``<div>`` of safe markup: readability-lxml's pick (or, where that pick holds far
    less story text than the page's own article container, that container), pruned, whitelisted, with
    absolute URLs. What it drops from the story's text is added to ``dropped`` (step, element, text)."""
    # readability mutates what it is given (it drops hidden elements before copying): give it a copy.
    doc = Document(copy.deepcopy(root), url=url)
    summary = doc.summary(html_partial=True, keep_all_images=True)
    try:
        article = lxml.html.fragment_fromstring(summary, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        article = lxml.html.Element("div")
    pruned: list = []
    prune(article, pruned)
    found = _story_chars(article)
    paragraphs = _paragraph_chars(article)
    # A teaser or a caption (too little prose), or a table or list (prose, but not in paragraphs):
    # readability took the wrong block, and the page's box with the most paragraph text is tried.
    if found < FALLBACK_BELOW or paragraphs < PARAGRAPHS_SHARE_BELOW * found:
        # The box with the most prose of any kind first, then (for a table or list picked) the box
        # with the most paragraph text.
        for paragraphs_only in (False, True) if found >= FALLBACK_BELOW else (False,):
            alternative = _container_fallback(root, url, paragraphs_only)
            if alternative is None:
                continue
            alternative_pruned: list = []
            prune(alternative, alternative_pruned)
            if _story_chars(alternative) > 4 * found + FALLBACK_BELOW or (
                found >= FALLBACK_BELOW and _paragraph_chars(alternative) > 2 * paragraphs + FALLBACK_BELOW
            ):
                article, pruned = alternative, alternative_pruned
                break
    elif _picked_from_side_box(article, root):
        # readability scored an author's bio, a disclosure or a comment highest: the page's box with
        # the most prose is the story when it holds much more.
        alternative = _container_fallback(root, url, avoid_side_boxes=True)
        if alternative is not None:
            alternative_pruned = []
            prune(alternative, alternative_pruned)
            if _story_chars(alternative) > 2 * found + FALLBACK_BELOW:
                article, pruned = alternative, alternative_pruned
    if dropped is not None:
        dropped.extend(pruned)
    restore_dropped(article, root)
    drop_credit_lines(article, dropped)
    drop_notices(article, dropped)
    sanitise(article, url)
    return article


#: What reader mode drops from the story's text, by step: the report's reason for each.
READER_REASONS = {
    "page-furniture": "Reader mode: navigation, header, footer, form or aside inside the story's box",
    "named-box": "Reader mode: a box named for sharing, related stories, comments or sign-ups",
    "link-block": "Reader mode: a block that is mostly links (a menu, a tag or teaser list)",
    "share-row": "Reader mode: a row of share buttons",
    "credit-line": "Reader mode: a line that only credits a picture or names a source",
    "notice": "Reader mode: small print about the site (copyright, follow us, newsletter, comments)",
    "repeated-title": "Reader mode: the headline repeated (the reader page's header shows it)",
    "byline-copy": "Reader mode: the byline repeated (the reader page's header shows it)",
}


def _take_out(el, step: str, dropped: list | None) -> None:
    """Drop the element from the story, noting what went (when it held text) for the report."""
    if dropped is not None:
        text = normalise(el.text_content())
        if text:
            dropped.append((step, describe_element(el), text))
    el.drop_tree()


# A line that only credits a picture or names a source: "Foto: Privat", "iStock.com",
# "(REUTERS/Denis Balibouse)", "Quelle: jorisvo / Fotolia.com", "Crédits photos : Bestimage".
_CREDIT_LINE = re.compile(
    r"^\(?\s*(?:quelle|source|sources|fuente|fonte|crédito|crédits?(?: photos?)?|credits?|foto|fotos|photo|photos|"
    r"bild|bilder|kuva|image|imagen|picture|copyright|©)\s*[:/]|^[\w.-]+\.(?:com|de|net|org)$"
    r"|^\(?\s*(?:reuters|afp|ap|dpa|epa|getty images|istock|shutterstock|imago|picture alliance)\s*/",
    re.IGNORECASE,
)


# Small print that speaks about the site, not the story: copyright, follow-us and newsletter lines,
# comment invitations, affiliate disclosures. (A report's own credit line, "Reporting by ...", stays:
# it is part of the report.)
_NOTICE = re.compile(
    r"^file photo:|this (?:document|article|material) is (?:subject to )?copyright|copyrighted property|all rights reserved"
    r"|written permission|^follow @|\bfollow (?:us|him|her|me) on\b|if you enjoyed (?:this|reading)"
    r"|join the conversation|comments? section|letters? to the editor|tell us what you think"
    r"|\b(?:sign up|subscribe)\b[^.]{0,60}\bnewsletter|\bnewsletter\b[^.]{0,60}\b(?:sign up|subscribe|anmelden|abonnier)"
    r"|\baffiliate[- ]?links?\b|\bcontains references to products\b",
    re.IGNORECASE,
)
NOTICE_MAX_WORDS = 50


def drop_notices(article, dropped: list | None = None) -> None:
    """Paragraphs of small print about the site (see _NOTICE) go, as the page's junk rules would."""
    for el in list(article.iter("p", "div", "figcaption", "li")):
        if el.getparent() is None or next(el.iter("p", "div", "ul", "ol", "table"), el) is not el:
            continue
        text = normalise(el.text_content())
        if text and len(text.split()) <= NOTICE_MAX_WORDS and _NOTICE.search(text):
            _take_out(el, "notice", dropped)


def drop_credit_lines(article, dropped: list | None = None) -> None:
    """Lines of the article that only credit a picture or name a source go: they are the page's
    small print, not the story (a caption keeps its words, without a credit of its own)."""
    for el in list(article.iter("p", "div", "figcaption", "span", "small", "cite", "em", "i")):
        if el.getparent() is None:
            continue
        # Inline elements only inside captions: elsewhere they are words of a sentence.
        if el.tag not in ("p", "div", "figcaption") and not any(a.tag in ("figcaption", "figure") for a in el.iterancestors()):
            continue
        text = normalise(el.text_content())
        if text and len(text) <= 80 and len(text.split()) <= 8 and (_CREDIT_LINE.search(text) or _credit_only(text)):
            _take_out(el, "credit-line", dropped)


# Class or id words of the boxes beside a story that readability sometimes takes for it.
_SIDE_BOX = re.compile(
    r"(?:^|[\s_-])(?:author-?(?:bio|description|box|info|details)|about-?(?:the-?)?author|disclosure|"
    r"advertiser-?disclosure|comments?|comment-?list|modal|popup)(?:$|[\s_-])",
    re.IGNORECASE,
)


def _in_side_box(el) -> bool:
    for box in (el, *list(el.iterancestors())[:SIDE_BOX_LEVELS]):
        if _SIDE_BOX.search(f"{box.get('class') or ''} {box.get('id') or ''}"):
            return True
    return False


SIDE_BOX_LEVELS = 4


def _picked_from_side_box(article, root) -> bool:
    """Most of the page's blocks that readability's pick holds sit in a box named for something beside
    the story (an author's bio, an advertiser disclosure, comments, a modal), within SIDE_BOX_LEVELS."""
    body = root.find("body")
    held = normalise(article.text_content())
    kept = [el for el, text in _units(body if body is not None else root) if len(text) >= 40 and text in held]
    return bool(kept) and sum(1 for el in kept if _in_side_box(el)) >= 0.5 * len(kept)


# Where readability's pick holds less prose than this (characters), the page's element with the most
# prose is tried instead: readability then took a teaser or a caption for the story.
FALLBACK_BELOW = 300
# Where less than this share of the pick's prose is in paragraphs (the rest in table cells or list
# items), the page's box with the most paragraph text is tried too.
PARAGRAPHS_SHARE_BELOW = 0.5


_CELLS = frozenset({"td", "th", "li"})


def _paragraph_chars(el) -> int:
    """Characters of prose in paragraphs: text blocks not inside a table or a list."""
    return sum(
        size for unit, size in _text_units(el).items()
        if unit.tag not in _CELLS and not any(a.tag in _CELLS for a in unit.iterancestors())
    )


# Class or id words of boxes that are not the story: sharing, related links, comments, sign-ups.
_JUNK_NAMES = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|recommend\w*|more-?stories|newsletter|subscri\w*|promo\w*"
    r"|advert\w*|ads?|sponsor\w*|comments?|sidebar|breadcrumbs?|tags?|author-?bio|toolbar|popup"
    r"|modal|cookie\w*|paywall|signup|teaser|outbrain|taboola|rating)(?:$|[\s_-])",
    re.IGNORECASE,
)
_SHARE_WORDS = re.compile(
    r"^(?:(?:share|teilen|tweet|facebook|twitter|whatsapp|pinterest|pint|linkedin|e-?mail|print|drucken|"
    r"copy link|link kopieren|baixar|save|merken|x|reddit|telegram|messenger|flipboard)[\s,|·•]*)+$",
    re.IGNORECASE,
)


# Blocks pruning may drop; inline elements (a link or a span in a sentence) are never dropped.
_PRUNABLE = ("div", "section", "ul", "ol", "dl", "p", "table", "ins", "figure")


def prune(container, dropped: list | None = None) -> None:
    """Drop what readability keeps but a reader does not want: boxes named for sharing, related
    stories, comments or sign-ups; blocks that are mostly links (menus, tag lists, teaser lists);
    rows of share buttons. A block holding much of the story's text is never dropped."""
    total = max(_story_chars(container), 1)
    for el in list(container.iter("nav", "aside", "footer", "form", "header")):
        if el.getparent() is not None and _story_chars(el) < 0.3 * total:
            _take_out(el, "page-furniture", dropped)
    for el in list(container.iter(*_PRUNABLE)):
        if el is container or el.getparent() is None:
            continue
        if not _attached(el, container):
            continue
        text = normalise(el.text_content())
        words = len(text.split())
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        story = _story_chars(el)
        if story > 0.3 * total:
            continue
        if names.strip() and _JUNK_NAMES.search(names) and words < 120:
            _take_out(el, "named-box", dropped)
        elif words and _link_share(el, text) > 0.6 and words < 80:
            _take_out(el, "link-block", dropped)
        elif words <= 8 and _SHARE_WORDS.match(text):
            _take_out(el, "share-row", dropped)


# -- what readability leaves out ---------------------------------------------------------------------
# readability-lxml scores blocks by their prose and keeps the best-scoring container's paragraphs: the
# story's subheadings (short, no commas), its standfirst (often in a box of its own above the body),
# figure captions, lists, and whole stretches of the story in a box of their own fall below its bar.
# They are put back from the rule-cleaned page — so junk the rules took out stays out — in page order,
# next to the story text around them, and only where the page shows them as part of the story: a gap
# between kept paragraphs when all of it reads as story (no link lists, no boxes named for sharing,
# comments or related stories), a subheading when story text follows it straight away, the paragraphs
# just above the first kept one and just below the last in the same box, a standfirst between the
# headline and the story, a caption beside a picture readability kept. Credit lines, bylines, dates
# and small print about the site are left out (and taken out of readability's own pick).

# Innermost blocks of text, in page order: what is compared between the page and readability's output.
_UNIT_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "blockquote", "dd", "dt", "pre", "td", "th",
     "caption", "div", "section", "address"}
)
_SUBHEADINGS = frozenset({"h2", "h3", "h4"})
# Class or id words of a standfirst (dek, summary, intro) under the headline.
_STANDFIRST_NAMES = re.compile(
    r"(?:^|[\s_-])(?:standfirst|dek|deck|summary|intro|introduction|lede|lead|leadtext|lead-?text|subtitle|"
    r"sub-?title|subhead\w*|sub-?headline|excerpt|abstract|description|strapline|kicker-?text|teaser-?text|"
    r"article-?summary|article-?lead|article-?intro|post-?excerpt|entry-?summary)(?:$|[\s_-])",
    re.IGNORECASE,
)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_OUT_OF_STORY = frozenset({"nav", "aside", "footer", "form", "header", "menu", "noscript", "template", "script", "style"})
# A subheading is a line, not a paragraph.
SUBHEADING_MAX_WORDS = 20
STANDFIRST_WORDS = (6, 90)


def _units(top) -> list:
    """Innermost text blocks under ``top`` in page order, with their text: (element, text)."""
    blocks = list(top.iter(*_UNIT_TAGS))
    holding: set = set()  # blocks with a block inside: one walk up from each block, stopping early
    for el in blocks:
        for a in el.iterancestors():
            if a in holding:
                break
            holding.add(a)
            if a is top:
                break
    out = []
    for el in blocks:
        if el in holding:
            continue
        text = normalise(el.text_content())
        if text:
            out.append((el, text))
    return out


def _hidden(el, top) -> bool:
    for a in (el, *el.iterancestors()):
        if a.get("hidden") is not None or a.get("aria-hidden") == "true" or _HIDDEN.search(a.get("style") or ""):
            return True
        if a is top:
            break
    return False


def _in_junk(el, top, story_boxes=frozenset()) -> bool:
    """Inside a box that is not the story (by tag or by class/id words) below ``top``. A box holding
    kept story text is the story's, whatever its name (a layout's "with-sidebar" wrapper)."""
    for a in (el, *el.iterancestors()):
        if a is top or a in story_boxes:
            return False
        if a.tag in _OUT_OF_STORY:
            return True
        names = f"{a.get('class') or ''} {a.get('id') or ''}"
        if names.strip() and _JUNK_NAMES.search(names):
            return True
    return False


def _common_ancestor(elements):
    chains = [list(reversed([e, *e.iterancestors()])) for e in elements]
    common = None
    for level in zip(*chains):
        if all(x is level[0] for x in level):
            common = level[0]
        else:
            break
    return common


def restore_dropped(article, root) -> None:
    """Put back the story's blocks that readability dropped: runs of paragraphs, subheadings, lists and
    captions between kept story text, the paragraphs just above the first kept one, the standfirst."""
    body = root.find("body")
    units = _units(body if body is not None else root)
    out_units = _units(article)
    if not units or not out_units:
        return
    out_text = normalise(article.text_content())
    present = [len(text) >= 2 and text in out_text for _, text in units]
    story = [i for i, (el, text) in enumerate(units) if present[i] and len(text) >= 40]
    if not story:
        return
    first, last = story[0], story[-1]
    region = _common_ancestor([units[i][0] for i in story])
    if region is None:
        return
    by_text: dict[str, object] = {}
    for el, text in out_units:
        by_text.setdefault(text, el)
    story_boxes: set = set()  # every box holding kept story text
    for i in story:
        for a in units[i][0].iterancestors():
            if a in story_boxes:
                break
            story_boxes.add(a)

    def output_of(text: str):
        """The output block holding ``text`` (exactly, else the smallest one containing it)."""
        found = by_text.get(text)
        if found is not None:
            return found
        holders = [(len(t), el) for el, t in out_units if text in t]
        return min(holders, key=lambda h: h[0])[1] if holders else None

    kinds = {}
    pictures = {_picture_name(img) for img in article.iter("img")} - {""}

    def kind(i: int, top) -> str | None:
        if i not in kinds:
            el, text = units[i]
            what = None if _hidden(el, top) or _in_junk(el, top, story_boxes) else _block_kind(el, text)
            # A caption comes back only to a picture readability kept: with the picture gone, its
            # caption would describe nothing.
            if what == "caption" and not (_pictures_of(el) & pictures):
                what = None
            kinds[i] = what
        return kinds[i]

    copied_lists: set = set()

    def copy_of(i: int):
        el, _ = units[i]
        if kinds.get(i) == "item":
            holder = el.getparent()
            if holder is None or holder in copied_lists:
                return None
            copied_lists.add(holder)
            copied = _copy_block(holder)
            for child in list(copied):
                # Only its items of text: a sign-up box some sites nest in a list stays out.
                if child.tag != "li" or next(child.iter("p", "div", "section", "form", "h2", "h3", "h4"), None) is not None:
                    child.drop_tree()
            return copied
        copied = _copy_block(el)
        if el.tag in ("figcaption", "div", "section", "address", "dd", "dt"):
            copied.tag = "p"
        return copied

    # Gaps: blocks readability left out between two blocks of story text it kept. A gap holding only
    # paragraphs, subheadings, list items and captions (no link lists, nothing in a box named for
    # sharing, comments or related stories) comes back whole; otherwise only its subheadings that story
    # text follows, and its captions.
    anchor = None
    i = first
    while i <= last:
        if present[i]:
            found = output_of(units[i][1])
            if found is not None:
                anchor = found
            i += 1
            continue
        j = i
        while j <= last and not present[j]:
            j += 1
        # Photo credits and date lines inside a gap are left out without holding the rest back.
        gap = [k for k in range(i, j) if not (kind(k, region) is None and _is_page_line(units[k][1]))]
        whole = len(gap) <= MAX_GAP and all(kind(k, region) is not None for k in gap)
        # Otherwise its opening run of story blocks (up to the first block that is not story text,
        # without a subheading left hanging at its end) comes back, and further on only subheadings
        # that story text follows, and captions.
        opening = 0
        if not whole and len(gap) <= MAX_GAP:
            while opening < min(len(gap), MAX_OPENING):
                what = kind(gap[opening], region)
                if what is None or (what == "paragraph" and len(units[gap[opening]][1].split()) < 4):
                    break
                opening += 1
            while opening and kinds[gap[opening - 1]] == "heading":
                opening -= 1
        for n, k in enumerate(gap):
            what = kind(k, region)
            if anchor is None or what is None:
                continue
            if not whole and n >= opening and not (
                what == "caption" or (what == "heading" and _story_follows(units, present, k, last))
            ):
                continue
            copied = copy_of(k)
            if copied is not None:
                _place_after(article, anchor, copied)
                anchor = copied
        i = j
    # The lead: paragraphs just above the first kept one (readability often takes the body's box and
    # leaves the intro's), back to the headline or to the first block that is not story text.
    lead = []
    start = first  # the story starts with the short kept lines right above its first paragraph
    while start > 0 and present[start - 1] and units[start - 1][0].tag != "h1" and first - start < MAX_LEAD:
        start -= 1
    top = _box_of(units[first][0], LEAD_BOX_LEVELS)
    k = start - 1
    while k >= 0 and start - k <= MAX_LEAD and units[k][0].tag != "h1" and not present[k]:
        el, text = units[k]
        if top is None or not _attached(el, top):
            break
        if kind(k, top) is None:
            if _is_page_line(text) and not _in_junk(el, top, story_boxes):
                k -= 1  # a photo credit or a date between two paragraphs: left out, but no stop
                continue
            break
        lead.append(k)
        k -= 1
    # Short lines at the top of the lead are more likely labels or kickers than story: only a lead's
    # inner short lines (an interview's questions) come back.
    while lead and kinds[lead[-1]] in ("paragraph", "heading", "caption") and len(units[lead[-1]][1].split()) < 6:
        lead.pop()
    first_out = output_of(units[start][1])
    for k in reversed(lead):
        copied = copy_of(k)
        if copied is None:
            continue
        if first_out is not None:
            _place_before(article, first_out, copied)
        else:
            article.insert(0, copied)
    # The end: paragraphs just below the last kept one, in the same box, up to the first block that is
    # not story text.
    last_out = output_of(units[last][1])
    top = _box_of(units[last][0], TAIL_BOX_LEVELS)
    k = last + 1
    anchor = last_out
    while anchor is not None and k < len(units) and k - last <= MAX_TAIL and not present[k]:
        el, text = units[k]
        if not _attached(el, top):
            break
        what = kind(k, top)
        if what is None and _is_page_line(text) and not _in_junk(el, top, story_boxes):
            k += 1
            continue
        if what == "heading" and not (k + 1 < len(units) and kind(k + 1, top) in ("paragraph", "item")):
            break
        if what is None or (what == "paragraph" and len(text.split()) < 6):
            break
        copied = copy_of(k)
        if copied is not None:
            _place_after(article, anchor, copied)
            anchor = copied
        k += 1
    standfirst = _standfirst(root, units, present, (lead[-1] if lead else start), out_text)
    if standfirst is not None:
        copied = _copy_block(standfirst)
        copied.tag = "p"
        article.insert(0, copied)


# Longest run of dropped blocks put back between two kept ones, and longest lead put back above.
MAX_GAP = 40
MAX_OPENING = 10
MAX_LEAD = 12
# The lead is looked for in the box this many levels above the first kept block (never the body),
# the end in the box this many levels above the last.
LEAD_BOX_LEVELS = 4
TAIL_BOX_LEVELS = 4
MAX_TAIL = 20


def _box_of(el, levels: int):
    box = el
    for _ in range(levels):
        parent = box.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        box = parent
    return box


# Lines that are about the page, not the story: photo credits, bylines, datelines, video players.
_CREDIT = re.compile(
    r"(?:^|[\s(|/:])(?:foto|photo|photos|picture|bild|bilder|kuva|credit|credits|courtesy|image|imagen|"
    r"getty|shutterstock|reuters|afp|dpa|epa|ap|istock|alamy|ddp|keystone|imago)\b\s*(?::|/|\)|$)|©|\(c\)",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"\b(?:1[89]|20)\d\d\b.*\b\d{1,2}[:.]\d\d\b|\b\d{1,2}[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)\b"
    r"|^(?:by|von|par|por|di|door|written by|geschrieben von)\s|\b(?:updated|published|aktualisiert|veröffentlicht)\b"
    r"|copyright|all rights reserved|alle rechte vorbehalten|\b(?:photograph|photo|foto|bild) (?:by|von)\b",
    re.IGNORECASE,
)
_CODE = re.compile(r"\bvar\s+\w+\s*=|\bfunction\s*\(|\.push\(\s*function|googletag\.|__ATA\.|window\.\w+\s*=")
_GALLERY = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}\b")  # "1/50 United goin down": a slide of a gallery
_PLAYER = re.compile(
    r"\b(?:your video will play|video will play|now playing|watch now|on youtube|click to|sign up|subscribe"
    r"|newsletter|registrieren|werden sie mitglied|exklusive angebote|jetzt (?:kaufen|bestellen|anmelden)"
    r"|explore further|read more|mehr lesen|weiterlesen|lesen sie auch|leer más|lire aussi)\b",
    re.IGNORECASE,
)


def _block_kind(el, text: str) -> str | None:
    """What a text block is, for putting it back: "heading", "caption", "paragraph", "item", or None
    for anything else (link lists, table cells, blocks that are mostly links, credit and date lines)."""
    links = _link_share(el, text)
    words = len(text.split())
    if _PLAYER.search(text) or (words <= 24 and _DATELINE.search(text)) or _GALLERY.match(text):
        return None
    if el.tag in _SUBHEADINGS:
        return "heading" if _is_subheading(el, text) else None
    in_figure = words <= 60 and any(a.tag == "figure" and next(a.iter("img"), None) is not None for a in el.iterancestors())
    if el.tag == "figcaption" or in_figure or (words <= 12 and _CREDIT.search(text)):
        return "caption" if words >= 3 and links < 0.5 and not _credit_only(text) else None
    if el.tag == "li":
        # Judged as a whole list: one linked ingredient does not make a recipe's list a link list.
        holder = el.getparent()
        if holder is None or holder.tag not in ("ul", "ol"):
            return None
        listed = normalise(holder.text_content())
        return "item" if _link_share(holder, listed) < 0.5 else None
    if links >= 0.5:
        return None
    if _CODE.search(text) or (words < 3 and not _CJK_TEXT.search(text)):
        return None  # a chart's axis labels, a stray word, a script's text shown as text
    if el.tag in ("p", "blockquote", "pre", "dd", "dt", "address"):
        return "paragraph"
    if el.tag in ("div", "section") and len(text.split()) >= 6:
        return "paragraph"
    return None


def _is_page_line(text: str) -> bool:
    """A line about the page rather than the story: a photo credit, a byline or a date."""
    words = len(text.split())
    return words <= 24 and (_credit_only(text) or bool(_DATELINE.search(text)))


def _credit_only(text: str) -> bool:
    """A credit line ("Foto: Reuters", "TebNad/Shutterstock.com"), or a caption that is little more."""
    found = _CREDIT.search(text)
    if found is None:
        return "/" in text and len(text.split()) <= 2 and len(text) <= 40 and not _CJK_TEXT.search(text)
    return len(text.split()) <= 6 or found.start() < 3


def _place_after(article, anchor, new) -> None:
    """Right after ``anchor`` in the output, but never inside a list, table, quote or figure."""
    anchor = _outside_containers(article, anchor)
    anchor.addnext(new)


def _place_before(article, anchor, new) -> None:
    anchor = _outside_containers(article, anchor)
    anchor.addprevious(new)


def _outside_containers(article, anchor):
    while anchor.getparent() is not None and anchor.getparent() is not article and (
        anchor.getparent().tag in ("ul", "ol", "dl", "table", "tbody", "thead", "tr", "li", "blockquote", "figure")
        or anchor.tag in ("li", "dd", "dt", "td", "th", "tr")
    ):
        anchor = anchor.getparent()
    return anchor


def _picture_name(img) -> str:
    """The file name of an image (its address as written varies: relative, absolute, lazy)."""
    for name in ("src", *_LAZY_SRC):
        value = (img.get(name) or "").strip()
        if value and not value.startswith("data:"):
            return value.split(",")[0].split()[0].split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    return ""


def _pictures_of(el) -> set:
    """File names of the pictures of the figure (or the caption's box) that ``el`` describes."""
    box = next((a for a in el.iterancestors() if a.tag == "figure"), None)
    if box is None:
        box = el.getparent()
    return {_picture_name(img) for img in box.iter("img")} - {""} if box is not None else set()


def _is_subheading(el, text: str) -> bool:
    words = len(text.split())
    return 1 <= words <= SUBHEADING_MAX_WORDS and _link_share(el, text) < 0.5


def _story_follows(units, present, i: int, last: int) -> bool:
    """The next text block after a subheading (captions aside) is story text readability kept."""
    for j in range(i + 1, last + 1):
        el, text = units[j]
        if el.tag == "figcaption" or any(a.tag == "figure" for a in el.iterancestors()):
            continue
        return present[j] and len(text) >= 40
    return False


def _standfirst(root, units, present, first: int, out_text: str):
    """A summary paragraph between the headline and the story's first kept paragraph: named so by its
    class or id, or the page's own description shown as text."""
    described = ""
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or "").lower()
        if key in ("og:description", "description", "twitter:description") and m.get("content"):
            described = normalise(m.get("content"))
            break
    start = 0
    for j in range(first - 1, -1, -1):
        if units[j][0].tag == "h1":
            start = j + 1
            break
    else:
        if first > 40:
            return None  # no headline: only the blocks just above the story are candidates
        start = max(0, first - 12)
    for j in range(start, first):
        el, text = units[j]
        if present[j] or text in out_text:
            continue
        words = len(text.split())
        if not STANDFIRST_WORDS[0] <= words <= STANDFIRST_WORDS[1] or _link_share(el, text) > 0.3:
            continue
        if _hidden(el, None) or any(a.tag in _OUT_OF_STORY - {"header"} for a in el.iterancestors()):
            continue
        named = any(
            _STANDFIRST_NAMES.search(f"{a.get('class') or ''} {a.get('id') or ''}")
            for a in (el, *list(el.iterancestors())[:2])
        )
        if named or (described and (text == described or (len(described) > 60 and described in text))):
            return el
    return None


def _copy_block(el):
    copied = copy.deepcopy(el)
    copied.tail = None
    return copied


def _attached(el, top) -> bool:
    for a in el.iterancestors():
        if a is top:
            return True
    return False


def _link_share(el, text: str) -> float:
    if el.tag == "a":
        return 1.0
    linked = sum(len(normalise(a.text_content())) for a in el.iter("a"))
    return linked / max(len(text), 1)


_INLINE = frozenset(
    {"a", "span", "b", "strong", "em", "i", "u", "s", "small", "big", "font", "abbr", "cite", "q", "sub", "sup",
     "time", "mark", "code", "br", "img", "label", "bdi", "bdo", "del", "ins", "wbr"}
)
_CJK_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_TEXT_NODES = lxml.etree.XPath(".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]")


def _text_units(top) -> dict:
    """Block element -> characters of prose written directly in it (its inline children included),
    for blocks with at least 40 such characters, mostly outside links. `<p>`s, and the `<div>`s with
    `<br>`s that some sites write paragraphs as."""
    chars: dict = {}
    linked: dict = {}
    for t in _TEXT_NODES(top):
        owner = t.getparent()
        if t.is_tail:
            owner = owner.getparent()
        in_link = False
        while owner is not None and owner.tag in _INLINE:
            in_link = in_link or owner.tag == "a"
            owner = owner.getparent()
        if owner is None:
            continue
        size = len(t.strip())
        if _CJK_TEXT.search(t):
            size *= 3  # a CJK character carries about a word: 40 of them are a paragraph
        chars[owner] = chars.get(owner, 0) + size
        if in_link:
            linked[owner] = linked.get(owner, 0) + size
    return {el: n for el, n in chars.items() if n >= 40 and linked.get(el, 0) < 0.5 * n}


def _story_chars(el) -> int:
    """Characters of prose the element holds (see _text_units)."""
    return sum(_text_units(el).values())


def _detached_copy(el, url: str):
    copied = copy.deepcopy(el)
    copied.tail = None
    holder = lxml.html.Element("div")
    holder.append(copied)
    for junk in list(holder.iter("script", "style", "noscript", "template")):
        junk.drop_tree()
    for junk in list(holder.xpath(".//*[@hidden or contains(translate(@style, ' ', ''), 'display:none')]")):
        junk.drop_tree()
    holder.make_links_absolute(url, handle_failures="discard")
    return holder


def _container_fallback(root, url: str, paragraphs_only: bool = False, avoid_side_boxes: bool = False):
    """A copy of the page's element with the most prose (blocks credited to their parent, half to the
    grandparent; with ``paragraphs_only``, prose in table cells and list items left out), links made
    absolute: for pages where readability picks the wrong block."""
    body = root.find("body")
    scores: dict = {}
    for unit, size in _text_units(body if body is not None else root).items():
        if any(a.tag in ("nav", "aside", "footer", "form", "header") for a in unit.iterancestors()):
            continue
        if paragraphs_only and (unit.tag in _CELLS or any(a.tag in _CELLS for a in unit.iterancestors())):
            continue
        if avoid_side_boxes and _in_side_box(unit):
            continue
        if unit.tag != "p":
            scores[unit] = scores.get(unit, 0) + size
        parent = unit.getparent()
        if parent is None or parent.tag in ("body", "html"):
            continue
        scores[parent] = scores.get(parent, 0) + size
        grand = parent.getparent()
        if grand is not None and grand.tag not in ("body", "html"):
            scores[grand] = scores.get(grand, 0) + size / 2
    if not scores:
        return None
    return _detached_copy(max(scores, key=scores.get), url)


def sanitise(container, url: str) -> None:
    """Keep only reading markup: whitelisted tags and attributes, http(s) links, no scripts anywhere."""
    for el in list(container.iter()):
        if el is container:
            continue
        if not isinstance(el.tag, str):  # comments, processing instructions
            _drop(el)
            continue
        tag = el.tag.lower()
        if tag in _DROP_WITH_CONTENT:
            _drop(el)
        elif tag not in _KEEP_TAGS:
            el.drop_tag()
    for el in container.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag
        if tag in ("img", "source"):
            _unlazy(el)
        keep = _KEEP_ATTRS.get(tag, ()) + _KEEP_ANY
        marked = MARK_CLASS in (el.get("class") or "").split()
        for name in list(el.attrib):
            if name in keep or (marked and name in ("data-newsclean", "title")):
                continue
            del el.attrib[name]
        if marked:
            el.set("class", MARK_CLASS)  # a paragraph the stray detector flagged stays labelled
        for name in _URL_ATTRS:
            if el.get(name) is not None:
                absolute = _safe_url(el.get(name), url)
                if absolute is None:
                    del el.attrib[name]
                else:
                    el.set(name, absolute)
        if el.get("srcset"):
            el.set("srcset", _absolute_srcset(el.get("srcset"), url))
    for img in list(container.iter("img")):
        if not img.get("src") and not img.get("srcset"):
            _drop(img)
    container.attrib.clear()


def _drop(el) -> None:
    if el.getparent() is not None:
        el.drop_tree()


def _unlazy(img) -> None:
    src = (img.get("src") or "").strip()
    if src and not src.startswith("data:"):
        return
    for name in _LAZY_SRC:
        value = (img.get(name) or "").strip()
        if value and not value.startswith("data:"):
            if name.endswith("srcset"):
                img.set("srcset", value)
            else:
                img.set("src", value)
            return
    if src.startswith("data:"):
        del img.attrib["src"]


def _safe_url(value: str, base: str) -> str | None:
    value = value.strip()
    try:
        absolute = urljoin(base, value)
        scheme = urlsplit(absolute).scheme.lower()
    except ValueError:
        return None
    return absolute if scheme in _SAFE_SCHEMES else None


def _absolute_srcset(srcset: str, base: str) -> str:
    out = []
    for candidate in srcset.split(","):
        parts = candidate.strip().split()
        if not parts:
            continue
        absolute = _safe_url(parts[0], base)
        if absolute:
            out.append(" ".join([absolute, *parts[1:]]))
    return ", ".join(out)


def _drop_repeated_heading(article, title: str, dropped: list | None = None) -> None:
    """The page header shows the title: a copy of it in the article (a heading at its top, or the
    headline repeated as a line of its own elsewhere) would read twice."""
    if not title:
        return
    wanted = title.casefold()
    for h in article.iter("h1", "h2"):
        text = normalise(h.text_content()).casefold()
        if text and (text == wanted or (len(text) > 20 and text in wanted)):
            _take_out(h, "repeated-title", dropped)
        break
    for el in list(article.iter("h1", "h2", "h3", "h4", "p", "div", "span", "figcaption")):
        if el.getparent() is None or len(el):
            continue  # only lines without blocks inside
        if normalise(el.text_content()).casefold() == wanted:
            _take_out(el, "repeated-title", dropped)


def _drop_byline_copy(article, byline: str, dropped: list | None = None) -> None:
    """The header shows the byline: a short block near the top that repeats it goes."""
    if not byline:
        return
    for i, el in enumerate(article.iter("p", "div", "span", "address")):
        if i > 8:
            break
        text = normalise(el.text_content())
        if byline in text and len(text) <= max(150, len(byline) + 60):
            _take_out(el, "byline-copy", dropped)
            break


# -- the page -------------------------------------------------------------------------------------
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
