"""Text blocks of a page, as extraction and restoring both see them: the blocks that hold prose and
how much (``text_units``), the innermost text blocks in page order (``innermost_blocks``), how much of
a block is link text, and what a block is — a subheading, a caption, a paragraph, a list item, or a
line about the page rather than the story (a photo credit, a byline, a date, a video player).
"""

from __future__ import annotations

import re

import lxml.etree

from ...rules import words
from ..page import INLINE_TAGS, normalise

# Walking up from a text to the block that holds it: the page's inline tags (page.INLINE_TAGS, the one
# definition), and the void and edit elements that sit inside a line of text.
_INLINE = INLINE_TAGS | {"big", "del", "ins", "br", "img", "wbr"}
_CJK_TEXT = words.CJK
_TEXT_NODES = lxml.etree.XPath(".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]")


def text_units(top) -> dict:
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


def story_chars(el) -> int:
    """Characters of prose the element holds (see text_units)."""
    return sum(text_units(el).values())


def attached(el, top) -> bool:
    """``el`` is still inside ``top`` (not dropped with a box around it)."""
    for a in el.iterancestors():
        if a is top:
            return True
    return False


def link_share(el, text: str) -> float:
    """How much of the block's text (``text``, its normalised text) is link text."""
    if el.tag == "a":
        return 1.0
    linked = sum(len(normalise(a.text_content())) for a in el.iter("a"))
    return linked / max(len(text), 1)


# Innermost blocks of text, in page order: what is compared between the page and readability's output.
_UNIT_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "blockquote", "dd", "dt", "pre", "td", "th",
     "caption", "div", "section", "address"}
)


def innermost_blocks(top) -> list:
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


# Class or id words of boxes that are not the story: sharing, related links, comments, sign-ups.
JUNK_NAMES = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|recommend\w*|more-?stories|newsletter|subscri\w*|promo\w*"
    r"|advert\w*|ads?|sponsor\w*|comments?|sidebar|breadcrumbs?|tags?|author-?bio|toolbar|popup"
    r"|modal|cookie\w*|paywall|signup|teaser|outbrain|taboola|rating)(?:$|[\s_-])",
    re.IGNORECASE,
)


_SUBHEADINGS = frozenset({"h2", "h3", "h4"})
# A subheading is a line, not a paragraph.
SUBHEADING_MAX_WORDS = 20

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


def block_kind(el, text: str) -> str | None:
    """What a text block is, for putting it back: "heading", "caption", "paragraph", "item", or None
    for anything else (link lists, table cells, blocks that are mostly links, credit and date lines)."""
    links = link_share(el, text)
    words = len(text.split())
    if _PLAYER.search(text) or (words <= 24 and _DATELINE.search(text)) or _GALLERY.match(text):
        return None
    if el.tag in _SUBHEADINGS:
        return "heading" if _is_subheading(el, text) else None
    in_figure = words <= 60 and any(a.tag == "figure" and next(a.iter("img"), None) is not None for a in el.iterancestors())
    if el.tag == "figcaption" or in_figure or (words <= 12 and _CREDIT.search(text)):
        return "caption" if words >= 3 and links < 0.5 and not credit_only(text) else None
    if el.tag == "li":
        # Judged as a whole list: one linked ingredient does not make a recipe's list a link list.
        holder = el.getparent()
        if holder is None or holder.tag not in ("ul", "ol"):
            return None
        listed = normalise(holder.text_content())
        return "item" if link_share(holder, listed) < 0.5 else None
    if links >= 0.5:
        return None
    if _CODE.search(text) or (words < 3 and not _CJK_TEXT.search(text)):
        return None  # a chart's axis labels, a stray word, a script's text shown as text
    if el.tag in ("p", "blockquote", "pre", "dd", "dt", "address"):
        return "paragraph"
    if el.tag in ("div", "section") and len(text.split()) >= 6:
        return "paragraph"
    return None


def is_page_line(text: str) -> bool:
    """A line about the page rather than the story: a photo credit, a byline or a date."""
    words = len(text.split())
    return words <= 24 and (credit_only(text) or bool(_DATELINE.search(text)))


def credit_only(text: str) -> bool:
    """A credit line ("Foto: Reuters", "TebNad/Shutterstock.com"), or a caption that is little more."""
    found = _CREDIT.search(text)
    if found is None:
        return "/" in text and len(text.split()) <= 2 and len(text) <= 40 and not _CJK_TEXT.search(text)
    return len(text.split()) <= 6 or found.start() < 3


def _is_subheading(el, text: str) -> bool:
    words = len(text.split())
    return 1 <= words <= SUBHEADING_MAX_WORDS and link_share(el, text) < 0.5
