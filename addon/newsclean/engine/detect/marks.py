"""What the form controls, frames, slots, media and empty boxes of the story's region say, found
once a page: each node's marks as bits, added up to its ancestors, so that a block's marks are a
lookup (`Marks.of`) rather than a walk of its own.
"""

from __future__ import annotations

import re

import lxml.etree

from .targets import AD_DATA_TEST, names_kind

_SEARCH_NAMES = re.compile(r"^(?:q|s|query|search|keywords?|k|term|suche|busca)$", re.IGNORECASE)
_MAIL_NAME = re.compile(r"mail", re.IGNORECASE)
_SIZE = re.compile(r"(?:^|;)\s*(?:min-)?height\s*:\s*(\d{2,4})px", re.IGNORECASE)
_RATIO = re.compile(r"(?:^|;)\s*aspect-ratio\s*:", re.IGNORECASE)  # space kept for what a script will put there
_SIGNUP_FRAME = re.compile(r"beehiiv|substack|mailchimp|list-manage|convertkit|sendinblue|brevo|newsletter|subscri", re.IGNORECASE)
_AD_FRAME = re.compile(r"doubleclick|googlesyndication|adservice|adnxs|adsystem|amazon-adsystem|/ads?[/?._-]|[/.]ads?\d*\.|advert|banner|taboola|outbrain|criteo|pubmatic|rubicon", re.IGNORECASE)
SIGNUP_TARGET = re.compile(
    r"newsletter|subscri|sign-?up|/register|/join\b|optin|opt-in|list-manage|/abonn|/suscri|/assin|/inscri|/nl/|mailchi|"
    r"/mailing(?:[-_]?lists?)?(?:[/?#]|$)",
    re.IGNORECASE,
)

# The ad sizes of the IAB's standard units (width, height): an empty box, a frame or an embedded
# object of one of these sizes is an ad's slot, whatever it is named.
_AD_SIZES = frozenset((
    (300, 250), (336, 280), (728, 90), (970, 90), (970, 250), (970, 66), (980, 90), (980, 120), (320, 50),
    (320, 100), (300, 50), (300, 100), (300, 600), (300, 1050), (160, 600), (120, 600), (468, 60), (234, 60),
    (240, 400), (250, 360), (580, 400), (750, 100), (750, 200), (750, 300), (930, 180),
))  # fmt: skip
_SIZE_PAIR = re.compile(r"(?<!\d)(\d{2,4})\s*[x×X*,]\s*(\d{2,4})(?!\d)")
_STYLE_WIDTH = re.compile(r"(?:^|[;\s])width\s*:\s*(\d{2,4})px", re.IGNORECASE)
_STYLE_HEIGHT = re.compile(r"(?:^|[;\s])height\s*:\s*(\d{2,4})px", re.IGNORECASE)
_WPAD = lxml.etree.XPath("descendant-or-self::*[@itemtype][contains(@itemtype, 'WPAdBlock')]")


def ad_sized(node) -> bool:
    """Whether the element is sized as a standard ad unit: its width and height attributes or its
    style's, or a size written into a class, id or data value (`arcad_300x250`,
    `data-sizes="[[300,250],[728,90]]"`)."""
    attrib = node.attrib
    width, height = attrib.get("width"), attrib.get("height")
    if width and height and width.isdigit() and height.isdigit() and (int(width), int(height)) in _AD_SIZES:
        return True
    style = attrib.get("style")
    if style:
        w, h = _STYLE_WIDTH.search(style), _STYLE_HEIGHT.search(style)
        if w and h and (int(w.group(1)), int(h.group(1))) in _AD_SIZES:
            return True
    for name, value in attrib.items():
        if name in _MEASURE_ATTRS or name == "style":
            continue
        for w, h in _SIZE_PAIR.findall(value):
            if (int(w), int(h)) in _AD_SIZES:
                return True
    return False


_MEDIA_TAGS = frozenset(("img", "picture", "video", "audio", "figure", "figcaption", "svg", "canvas", "object", "embed"))
# Form controls, frames, slots and media, found by tag (lxml filters the tags in C).
_CONTROL_TAGS = ("input", "button", "textarea", "ins", "iframe", *sorted(_MEDIA_TAGS))
_BOX_TAGS = ("div", "span", "section", "aside", "ins", "figure")
# An empty element named an ad is a slot on a box's tags and on a definition list's or a table's
# cell (`<dd class="commercial-break__slot">`) or a list item a script fills. (Not on every tag:
# each tag's elements are looked at one by one, paragraphs the most of all.)
_SLOT_TAGS = (*_BOX_TAGS, "dd", "dt", "td", "li")
_XPATH_SPACE = " \t\r\n"  # what XPath's normalize-space() strips (a no-break space is text)


def _empty_leaves(root, named: bool = False):
    """Empty leaves a script fills, under the root: no child element, no text, and a style or
    data-* attributes (``named``: or a class or id, on the tags a slot is found on: `_SLOT_TAGS`)."""
    for el in root.iter(_SLOT_TAGS if named else _BOX_TAGS):
        if el is root or (el.text and el.text.strip(_XPATH_SPACE)):
            continue
        if len(el) and any(not _empty_holder(c) or (c.tail and c.tail.strip(_XPATH_SPACE)) for c in el):
            continue  # (a box around one empty holder, `<aside style=…><div id="slot-1"></div></aside>`, is empty too)
        attrib = el.attrib
        if "style" in attrib or any(name.startswith("data-") for name in attrib):
            yield el
        elif named and ("class" in attrib or "id" in attrib):
            yield el
        elif _made_id(el):
            yield el


LABEL_WORDS = 4  # words a box that keeps space for a unit may hold: the unit's label


def _labelled_boxes(root):
    """Boxes that keep space (a height in their style) for what a script puts there and hold no more
    than its label: `<div style="min-height:250px"><span>Contingut pagat</span></div>`."""
    for el in root.iter(_BOX_TAGS):
        style = el.get("style")
        if not style or not len(el):
            continue
        if _kept_height(style) and not _lazy_media(el):
            words = el.text_content().split()
            if 0 < len(words) <= LABEL_WORDS and next(el.iter("a", "img", "picture", "video", "svg", *_FIELD_TAGS), None) is None:
                yield el


_FIELD_TAGS = ("input", "button", "select", "textarea")


def _empty_holder(node) -> bool:
    """A comment, a ``<div>``/``<span>``/``<ins>`` with nothing in it, or the script that fills the
    box (an ad server's tag, `googletag.display("slot-1")`): what an empty box may hold."""
    tag = node.tag
    if not isinstance(tag, str):
        return True
    if tag == "script":
        return fills(node)
    return tag in ("div", "span", "ins") and not len(node) and not (node.text and node.text.strip(_XPATH_SPACE))


_DATA_SCRIPT = re.compile(r"json|template|html|text/plain", re.IGNORECASE)


def fills(script) -> bool:
    """A script that draws something where it stands (code, or a file to load), not a block of
    data for other code (`application/ld+json`, a template)."""
    kind = script.get("type")
    return not (kind and _DATA_SCRIPT.search(kind))


def named_slot(node) -> bool:
    """An empty box whose own class or id names it an ad (`<div class="ad sponsor-wrapper">`, `<div
    id="gpt-top">`): a slot a script fills, whatever its size, as the filter lists' generic names
    hide it."""
    return names_kind(node, "ad")


def _form_targets(root):
    for form in root.iter("form"):
        action = form.get("action")
        if action:
            yield form, action


# What a node holds, as bits: a block's marks are those of every node under it (Marks).
EMAIL, TEXT, SEARCH, SUBMIT, TEXTAREA, SLOT, MEDIA, SIGNUP_FRAME, EMPTY_BOX, FORM_SIGNUP, SCRIPT, FRAME = (1 << i for i in range(12))
# (FRAME: an embedded page — an iframe, an object, an embed — that is neither an ad's slot nor a
# sign-up service's: a video, a map, a post, or a form some other service draws; MEDIA with it)


# A design system's form controls are components (`<ion-input type="email">`, `<sl-input>`,
# `<md-outlined-text-field>`, `<fluent-text-field>`, `<ion-button type="submit">`): found by the
# last part of their tag, and read as the plain control they stand for.
# (the tests as XPath predicates, shared with signals' quick look: `*[COMPONENT_CONTROL_TEST]`)
COMPONENT_CONTROL_TEST = (
    "contains(name(), '-') and (substring(name(), string-length(name()) - 5) = '-input'"
    " or contains(name(), 'text-field') or contains(name(), 'textfield')"
    " or substring(name(), string-length(name()) - 6) = '-button')"
)
COMPONENT_LINK_TEST = "contains(name(), '-') and @href"  # a component that is a link: `<ion-item href>`
_COMPONENT_CONTROLS = lxml.etree.XPath(f"descendant-or-self::*[{COMPONENT_CONTROL_TEST}]")


def component_marks(node) -> int:
    """What a component that is a form control is: an email or text field, or a button."""
    if node.tag.endswith("-button"):
        return SUBMIT if (node.get("type") or "submit").lower() in ("submit", "button") else 0
    kind = (node.get("type") or "text").lower()
    label = " ".join(filter(None, (node.get("name"), node.get("label"), node.get("placeholder"), node.get("aria-label"))))
    if kind == "email" or (kind == "text" and _MAIL_NAME.search(label)):
        return EMAIL
    return TEXT if kind in ("text", "search") else 0


def node_marks(node) -> int:
    tag = node.tag
    if tag == "input":
        kind = (node.get("type") or "text").lower()
        name = " ".join(filter(None, (node.get("name"), node.get("id"), node.get("placeholder"), node.get("aria-label"))))
        wants_email = (node.get("inputmode") or "").lower() == "email" or "email" in (node.get("autocomplete") or "").lower()
        if kind == "email" or (kind == "text" and (wants_email or _MAIL_NAME.search(name))):
            return EMAIL
        if kind in ("text", "search"):
            return TEXT | (SEARCH if kind == "search" or _SEARCH_NAMES.match(node.get("name") or "") else 0)
        return SUBMIT if kind in ("submit", "button", "image") else 0
    if tag == "button":
        return SUBMIT
    if tag == "textarea":
        return TEXTAREA
    if tag == "ins":
        return SLOT
    if tag in ("object", "embed"):  # a page, a plug-in's banner or a video, embedded
        src = node.get("data") or node.get("src") or ""
        if (_AD_FRAME.search(src) or ad_sized(node)) and not _IMAGE_REF.search(src):
            return SLOT
        return MEDIA if _IMAGE_REF.search(src) else MEDIA | FRAME
    if tag in _MEDIA_TAGS:
        return MEDIA
    if tag == "iframe":
        src = node.get("src") or node.get("data-src") or ""
        if not src or _AD_FRAME.search(src) or ad_sized(node):
            return SLOT
        return SIGNUP_FRAME if _SIGNUP_FRAME.search(src) else MEDIA | FRAME  # else: a video, a map, a post, a form
    return 0


_ACTIVE_TAGS = ("a", "input", "button", "iframe", "ins", "textarea", "form", "select")
_COMPONENT_LINKS = lxml.etree.XPath(f"descendant::*[{COMPONENT_LINK_TEST}]")
_ANY_CUSTOM = lxml.etree.XPath("boolean(descendant-or-self::*[contains(name(), '-')])")
# What every name of AD_DATA_ATTRS starts with (a test holds them together): a page whose bytes hold
# none of them, in any case, has no ad unit's data attribute.
AD_DATA_KEYS = (b"data-ad", b"data-google-query-id", b"data-freestar-ad")


def may_hold_ad_data(raw: bytes) -> bool:
    """Whether a page's bytes may hold an ad unit's data attribute (a quick look: names only)."""
    low = raw.lower()
    return any(key in low for key in AD_DATA_KEYS)


_ANY_AD_DATA = lxml.etree.XPath(f"boolean(descendant-or-self::*[{AD_DATA_TEST}])")


class Marks:
    """The marks of every element of the story's region, found once a page: the form controls,
    frames, slots, media, empty boxes and sign-up forms under each root (found by tag), each one's
    bits added to its ancestors up to the root. A block's marks are then a lookup."""

    def __init__(self, roots, raw: bytes | None = None):
        self.bits: dict = {}
        # What blocks of the region ask again and again, answered once a page (signals.py): the
        # class/id tokens near each block's top, the listed words of each short text.
        self.near: dict = {}
        self.listed: dict = {}
        # The elements with a link (``a[@href]``) at or under them, or a form control, frame or slot
        # under them: the blocks worth a measure whatever their words (look.worth_measuring).
        self.active: set = set()
        self.boxes: set = set()  # the empty boxes themselves (what has_empty_box looks for under a block)
        # Whether the region holds custom elements (<amp-ad>, <story-rail>) at all: blocks look for
        # components named as junk only then.
        self.custom = any(_ANY_CUSTOM(root) for root in roots)
        # Whether it holds an ad unit's data attributes (`data-ad-slot`) at all: the names near a
        # block's top are looked for them only then. (From the page's bytes when they are known: the
        # tree's XPath reads every element's attributes, some 2 ms a page.)
        self.ad_data = may_hold_ad_data(raw) if raw is not None else any(_ANY_AD_DATA(root) for root in roots)
        for root in roots:
            found = [(n, node_marks(n)) for n in root.iter(_CONTROL_TAGS)]
            controls = _COMPONENT_CONTROLS(root) if self.custom else []
            found += [(n, component_marks(n)) for n in controls]
            found += [(n, bits) for n in _empty_leaves(root, named=True) for bits in _leaf_marks(n)]
            found += [(n, SLOT) for n in _WPAD(root)]  # schema.org's type for an ad on a page
            found += [(n, EMPTY_BOX) for n in _labelled_boxes(root)]
            # (a script that draws where it stands: an ad server's tag beside its label)
            found += [(n, SCRIPT) for n in root.iter("script") if n is not root and fills(n)]
            self.boxes.update(n for n, bits in found if bits == EMPTY_BOX)
            found += [(form, FORM_SIGNUP) for form, action in _form_targets(root) if SIGNUP_TARGET.search(action)]
            for node, bits in found:
                if not bits:
                    continue
                el = node
                while el is not None:
                    have = self.bits.get(el, 0)
                    if have & bits == bits and el is not node:
                        break  # its ancestors have these bits already
                    self.bits[el] = have | bits
                    if el is root:
                        break
                    el = el.getparent()
            active = self.active
            nodes = root.iter(_ACTIVE_TAGS)
            if self.custom:  # (a component that is a link, `<ion-item href>`, or a form control)
                nodes = [*nodes, *_COMPONENT_LINKS(root), *controls]
            for node in nodes:
                if node.tag == "a" or ("-" in node.tag and node.get("href") is not None):
                    if node.get("href") is None:
                        continue
                    start = node  # the link itself counts (descendant-or-self)
                elif node is root:
                    continue
                else:
                    start = node.getparent()  # a control counts for what holds it
                el = start
                while el is not None and el not in active:  # (one there: its ancestors are too)
                    active.add(el)
                    if el is root:
                        break
                    el = el.getparent()

    def of(self, el) -> int:
        return self.bits.get(el, 0)


def _leaf_marks(node) -> tuple[int, ...]:
    """What an empty leaf is: a box a script fills (sized, or data-* attributes; a box's tag) or a
    lazy photo's placeholder, and a slot when it is named an ad or sized as one (any slot tag)."""
    out = ()
    attrib = node.attrib
    if node.tag in _BOX_TAGS and (
        "style" in attrib or any(name.startswith("data-") for name in attrib) or _made_id(node)
    ):
        if _sized_or_tagged(node):
            out = (MEDIA if _lazy_media(node) else EMPTY_BOX,)
    if (named_slot(node) or ad_sized(node)) and not _lazy_media(node):
        out = (*out, SLOT)
    return out


def _sized_or_tagged(node) -> bool:
    """An empty box a script fills: a height set in its style, data-* attributes naming its slot, or
    an id a script made to find it by (`adfox_170986952f5`, `yandex_rtb_R-A-85118-6`)."""
    style = node.get("style") or ""
    if _kept_height(style) or _RATIO.search(style):
        return True
    if _made_id(node):
        return True
    # (data-junk and data-nc-label mark junk for this project's measures: never evidence)
    return any(name.startswith("data-") and name not in _MEASURE_ATTRS for name in node.attrib) or node.tag == "ins"


def _kept_height(style: str) -> bool:
    """Whether a style keeps a height for the box (50 px or more): space for what a script puts there."""
    sized = _SIZE.search(style)
    return bool(sized) and int(sized.group(1)) >= 50


def _made_id(node) -> bool:
    """An id made for a box by a script, to find it by: not a span's (WordPress's `<span
    id="more-27529">` marks where a post's teaser ends, in the middle of a sentence)."""
    ident = node.get("id")
    return bool(ident) and node.tag != "span" and _MADE_ID.search(ident) is not None


# An id made by a script for its copy of a unit: five digits in a row, or a run of hex digits.
_MADE_ID = re.compile(r"\d{5,}|(?<![0-9a-z])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}(?![0-9a-z])", re.IGNORECASE)


_MEASURE_ATTRS = frozenset(("data-junk", "data-nc-label"))




_IMAGE_REF = re.compile(r"\.(?:jpe?g|png|webp|gif|avif|svg)\b|^data:image/", re.IGNORECASE)


def _lazy_media(node) -> bool:
    """An empty box that is a photo not loaded yet (a lazy loader's placeholder): an attribute names
    an image file. Media, not a slot: a credit line beside it is a caption."""
    return any(_IMAGE_REF.search(value) for value in node.attrib.values())


def has_empty_box(el, marks: Marks | None = None) -> bool:
    """Whether an empty box a script fills is under the element (not the element itself). With the
    region's Marks, a lookup: an empty box is a leaf, so the element's EMPTY_BOX bit is one under
    it unless the element is that box."""
    if marks is not None:
        return bool(marks.of(el) & EMPTY_BOX) and el not in marks.boxes
    return any(_sized_or_tagged(node) and not _lazy_media(node) for node in _empty_leaves(el))


def of_block(el) -> int:
    """The marks of one block, without the page's Marks."""
    bits = 0
    for node in el.iter(_CONTROL_TAGS):
        bits |= node_marks(node)
    for node in _COMPONENT_CONTROLS(el):
        bits |= component_marks(node)
    for node in _empty_leaves(el, named=True):
        for leaf in _leaf_marks(node):
            bits |= leaf
    if _WPAD(el):
        bits |= SLOT
    for _box in _labelled_boxes(el):
        bits |= EMPTY_BOX
    if any(fills(n) for n in el.iter("script") if n is not el):
        bits |= SCRIPT
    if any(SIGNUP_TARGET.search(action) for _form, action in _form_targets(el)):
        bits |= FORM_SIGNUP
    return bits
