"""Where a link goes and what names a template: the small facts about addresses and class names
the signals read (a story's address, a place on the page itself, a picture's file; the class of
a card's template without the names that number its copies)."""

from __future__ import annotations

import re
from functools import lru_cache

from ...rules import words

_ARTICLE_PATH = re.compile(r"(?:\d{4,}|[a-z0-9]+(?:[-_][a-z0-9]+){2,}|\.s?html?$)", re.IGNORECASE)

_NUMBERED = re.compile(r"\d")
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


@lru_cache(maxsize=8192)
def name_tokens(value: str) -> frozenset:
    """Tokens of a class or id value: `inline-ad__label` → inline, ad, label; `relatedStories` →
    related, stories (camelCase split), relatedstories (joined), as the filter lists' generic names
    are matched."""
    out: set[str] = set()
    for name in value.split():
        spaced = _CAMEL.sub("-", name).lower()
        parts = [p for p in _TOKEN_SPLIT.split(spaced) if p]
        out.update(parts)
        if len(parts) > 1:
            out.add("".join(parts))
            out.update(a + b for a, b in zip(parts, parts[1:]))
        if "__" in name:
            out -= _parts_of_junk(spaced)
    return frozenset(out)


def _parts_of_junk(spaced: str) -> set[str]:
    """A BEM element's names of the story's furniture when its block is named for junk: the caption
    of a `promo-slot__caption` is the slot's own line, not a caption of the story's."""
    head, _, element = spaced.partition("__")
    if _JUNK_NAMES.isdisjoint(_TOKEN_SPLIT.split(head)):
        return set()
    return (set(_TOKEN_SPLIT.split(element)) & _STORY_NAMES) - set(_TOKEN_SPLIT.split(head))


_TOKENS = words.token_sets()
#: The kinds of junk the detector scores (the story's own furniture, "story", is none of them).
JUNK_KINDS = ("ad", "teaser", "newsletter", "promo")
_JUNK_NAMES = frozenset().union(*(_TOKENS[kind] for kind in JUNK_KINDS))
_STORY_NAMES = _TOKENS["story"]


AD_DATA_ATTRS = frozenset(words.AD_DATA_ATTRS)
AD_UNIT = frozenset(("ad",))  # the token an ad unit's data attribute gives its element
# (the same names as an XPath predicate: `[@data-ad-client or @data-ad-slot or …]`)
AD_DATA_TEST = " or ".join(f"@{a}" for a in sorted(AD_DATA_ATTRS))


def class_tokens(el) -> set[str]:
    """Tokens of the element's class and id (`name_tokens` of each), and "ad" when it carries an
    ad unit's data attribute (`<ins data-ad-client data-ad-slot>`: rules.words.AD_DATA_ATTRS)."""
    out: set[str] = set()
    for value in (el.get("class"), el.get("id")):
        if value:
            out |= name_tokens(value)
    if not AD_DATA_ATTRS.isdisjoint(el.attrib.keys()):
        out |= AD_UNIT
    return out


def names_kind(el, kind: str) -> bool:
    """Whether the element's own class or id names a kind of junk (`newsletter-signup`, `ad-slot`)."""
    return not _TOKENS[kind].isdisjoint(class_tokens(el))


_ASIDE = frozenset(words.ASIDE_TOKENS)
# Words a name of the page's furniture is built with beside what it names (`comment-list`,
# `widget-area`, `l-col__sidebar`, `site-footer`): with any other word the name is a layout's
# that may hold the story (`content-with-sidebar`, `sticky-sidebar-parent`, `entry-footer`).
_FRAME = frozenset((
    "area", "wrap", "wrapper", "wrp", "container", "inner", "outer", "list", "box", "section", "region",
    "block", "col", "column", "holder", "body", "item", "items", "text", "form", "thread", "widget",
    "widgets", "left", "right", "top", "bottom", "primary", "secondary", "page", "site", "global",
))  # fmt: skip


@lru_cache(maxsize=4096)
def aside_name(value: str) -> bool:
    """Whether a class or id value names the page's furniture beside the story (`comment-list`,
    `widget-area`, `cookie-consent`, `sidebar-1`) — a name made of such words and the words of a
    frame only, not a layout's name that holds the story too (`content-with-sidebar-wrp`,
    `sticky-sidebar-parent`, `l-sidebar-fixed`)."""
    for name in value.split():
        parts = [p for p in _TOKEN_SPLIT.split(_CAMEL.sub("-", name).lower()) if p]
        if not parts:
            continue
        if "".join(parts) in _ASIDE:
            return True
        if _ASIDE.isdisjoint(parts):
            continue
        if all(p in _ASIDE or p in _FRAME or len(p) <= 2 or p.isdigit() for p in parts):
            return True
    return False


@lru_cache(maxsize=4096)
def _template_class(value: str) -> str:
    return " ".join(sorted(n for n in value.split() if _NUMBERED.search(n) is None and "--" not in n))


def template_class(value: str | None) -> str:
    """The class an element's template gives it, without the names that number its copies
    (`item ipos-1 irpos-1` and `item ipos-2 irpos-2` are one template: `item`) nor those that
    vary a copy (`c-card c-card--news` and `c-card c-card--tv`: `c-card`)."""
    return _template_class(value) if value else ""


_MEDIA_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|mp4|webm|mp3|pdf)$", re.IGNORECASE)


def article_like(href: str | None) -> bool:
    """Whether a link's target reads as a story's address (a dated or slugged path, an .html page),
    not a picture, a sound or a document (a photo linked to its full size is no story)."""
    if not href:
        return False
    path = href.split("?", 1)[0].split("#", 1)[0]
    if _MEDIA_FILE.search(path):
        return False
    if "//" in path:
        path = path.split("//", 1)[1].partition("/")[2]
    path = path.strip("/")
    return bool(path) and (path.count("/") >= 1 or _ARTICLE_PATH.search(path) is not None)


@lru_cache(maxsize=1024)
def _path_of(href: str) -> str:
    path = href.split("#", 1)[0].split("?", 1)[0]
    if "//" in path:
        path = path.split("//", 1)[1].partition("/")[2]
    return path.strip("/")


def this_story(page_url: str, href: str | None) -> bool:
    """Whether a link goes to the page's own address, with or without a query or a fragment (a live
    blog's post's permalink `?post=101`, a photo's lightbox `?photo=2`): this story, not another."""
    if not href or not href.startswith(("/", "http")):
        return False
    own = _path_of(page_url)
    return bool(own) and _path_of(href) == own


def links_here(page_url: str, href: str | None) -> bool:
    """Whether a link goes to a place on the page itself (`#section-2`, or the page's own address
    with a fragment): a table of contents, not another story."""
    if not href:
        return False
    if href.startswith("#"):
        return True
    if "#" not in href:
        return False
    return _path_of(href) == _path_of(page_url) or (not href.startswith(("/", "http")) and href.split("#", 1)[0] == "")
