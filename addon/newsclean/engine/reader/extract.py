"""The story out of the rule-cleaned page: readability-lxml's pick — or, where that pick is a teaser,
a caption, a table or a box beside the story, the page's own box with the most prose — pruned of the
boxes and link lists readability keeps, with what readability dropped put back (restore.py), credit
lines and small print about the site taken out, and only reading markup left (sanitise.py). Every
block taken out of the story's text is noted (step, element, text) for the report: READER_REASONS.
"""

from __future__ import annotations

import copy
import re

import lxml.etree
import lxml.html
from readability import Document

from ..page import hides_itself, normalise
from ..report import describe_element
from .blocks import JUNK_NAMES, attached, credit_only, innermost_blocks, link_share, story_chars, text_units
from .restore import restore_dropped
from .sanitise import sanitise


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
    found = story_chars(article)
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
            if story_chars(alternative) > 4 * found + FALLBACK_BELOW or (
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
            if story_chars(alternative) > 2 * found + FALLBACK_BELOW:
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
        if text and len(text) <= 80 and len(text.split()) <= 8 and (_CREDIT_LINE.search(text) or credit_only(text)):
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
    kept = [el for el, text in innermost_blocks(body if body is not None else root) if len(text) >= 40 and text in held]
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
        size for unit, size in text_units(el).items()
        if unit.tag not in _CELLS and not any(a.tag in _CELLS for a in unit.iterancestors())
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
    total = max(story_chars(container), 1)
    for el in list(container.iter("nav", "aside", "footer", "form", "header")):
        if el.getparent() is not None and story_chars(el) < 0.3 * total:
            _take_out(el, "page-furniture", dropped)
    for el in list(container.iter(*_PRUNABLE)):
        if el is container or el.getparent() is None:
            continue
        if not attached(el, container):
            continue
        text = normalise(el.text_content())
        words = len(text.split())
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        story = story_chars(el)
        if story > 0.3 * total:
            continue
        if names.strip() and JUNK_NAMES.search(names) and words < 120:
            _take_out(el, "named-box", dropped)
        elif words and link_share(el, text) > 0.6 and words < 80:
            _take_out(el, "link-block", dropped)
        elif words <= 8 and _SHARE_WORDS.match(text):
            _take_out(el, "share-row", dropped)


def _detached_copy(el, url: str):
    copied = copy.deepcopy(el)
    copied.tail = None
    holder = lxml.html.Element("div")
    holder.append(copied)
    for junk in list(holder.iter("script", "style", "noscript", "template")):
        junk.drop_tree()
    for junk in [el for el in holder.iterdescendants() if isinstance(el.tag, str) and hides_itself(el)]:
        if junk.getparent() is not None:
            junk.drop_tree()
    holder.make_links_absolute(url, handle_failures="discard")
    return holder


def _container_fallback(root, url: str, paragraphs_only: bool = False, avoid_side_boxes: bool = False):
    """A copy of the page's element with the most prose (blocks credited to their parent, half to the
    grandparent; with ``paragraphs_only``, prose in table cells and list items left out), links made
    absolute: for pages where readability picks the wrong block."""
    body = root.find("body")
    scores: dict = {}
    for unit, size in text_units(body if body is not None else root).items():
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


def drop_repeated_heading(article, title: str, dropped: list | None = None) -> None:
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


def drop_byline_copy(article, byline: str, dropped: list | None = None) -> None:
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
