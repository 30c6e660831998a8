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
from .report import Report

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
    article = extract_article(page.root, page.url)
    _drop_repeated_heading(article, meta.title)
    _drop_byline_copy(article, meta.byline)
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
def extract_article(root, url: str):
    """The story as a ``<div>`` of safe markup: readability-lxml's pick (or, where that pick holds far
    less story text than the page's own article container, that container), pruned, whitelisted, with
    absolute URLs."""
    # readability mutates what it is given (it drops hidden elements before copying): give it a copy.
    doc = Document(copy.deepcopy(root), url=url)
    summary = doc.summary(html_partial=True, keep_all_images=True)
    try:
        article = lxml.html.fragment_fromstring(summary, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        article = lxml.html.Element("div")
    prune(article)
    found = _story_chars(article)
    if found < FALLBACK_BELOW:
        alternative = _container_fallback(root, url)
        if alternative is not None:
            prune(alternative)
            if _story_chars(alternative) > 4 * found + FALLBACK_BELOW:
                article = alternative
    sanitise(article, url)
    return article


# Where readability's pick holds less prose than this (characters), the page's element with the most
# prose is tried instead: readability then took a teaser or a caption for the story.
FALLBACK_BELOW = 300

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


def prune(container) -> None:
    """Drop what readability keeps but a reader does not want: boxes named for sharing, related
    stories, comments or sign-ups; blocks that are mostly links (menus, tag lists, teaser lists);
    rows of share buttons. A block holding much of the story's text is never dropped."""
    total = max(_story_chars(container), 1)
    for el in list(container.iter("nav", "aside", "footer", "form", "header")):
        if el.getparent() is not None and _story_chars(el) < 0.3 * total:
            el.drop_tree()
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
            el.drop_tree()
        elif words and _link_share(el, text) > 0.6 and words < 80:
            el.drop_tree()
        elif words <= 8 and _SHARE_WORDS.match(text):
            el.drop_tree()


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


def _container_fallback(root, url: str):
    """A copy of the page's element with the most prose (blocks credited to their parent, half to the
    grandparent), links made absolute: for pages where readability picks the wrong block."""
    body = root.find("body")
    scores: dict = {}
    for unit, size in _text_units(body if body is not None else root).items():
        if any(a.tag in ("nav", "aside", "footer", "form", "header") for a in unit.iterancestors()):
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


def _drop_repeated_heading(article, title: str) -> None:
    """The page header shows the title: a copy of it at the top of the article would read twice."""
    if not title:
        return
    wanted = title.casefold()
    for h in article.iter("h1", "h2"):
        text = normalise(h.text_content()).casefold()
        if text and (text == wanted or (len(text) > 20 and text in wanted)):
            h.drop_tree()
        break


def _drop_byline_copy(article, byline: str) -> None:
    """The header shows the byline: a short block near the top that repeats it goes."""
    if not byline:
        return
    for i, el in enumerate(article.iter("p", "div", "span", "address")):
        if i > 8:
            break
        text = normalise(el.text_content())
        if byline in text and len(text) <= max(150, len(byline) + 60):
            el.drop_tree()
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
