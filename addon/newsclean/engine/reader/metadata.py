"""The reader page's header: title, byline, date, site name, language and direction, from what the
page says of itself — JSON-LD, meta tags (Open Graph, Dublin Core, ...), byline and date elements,
``<html lang dir>`` — each field from the first source that has it, the sources named for the report.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

import lxml.etree

from ..page import normalise

# Languages written right to left, for pages that give a lang but no dir.
_RTL_LANGS = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "ug", "ur", "yi"})


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_BYLINE_PREFIX = re.compile(r"^\s*(?:by|von|par|por|di|door|av|af)\s+", re.IGNORECASE)
_BYLINE_SELECTORS = lxml.etree.XPath(
    "//*[@itemprop='author'] | //*[@rel='author']"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')]"
    " | //*[contains(@class, 'byline') or contains(@id, 'byline')]"
    " | //*[contains(@class, 'author') or contains(@id, 'author')]"
)
_DATE_XPATH = lxml.etree.XPath("//*[@itemprop='datePublished'] | //time[@datetime]")


@dataclass
class Metadata:
    title: str = ""
    byline: str = ""
    date: str = ""  # as the page gives it (ISO when machine-readable)
    site_name: str = ""
    lang: str = ""
    direction: str = ""  # "ltr" | "rtl" | ""
    sources: tuple[str, ...] = ()  # where each field came from, for the report


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
