"""What the detector knows of a block: small named measurements, each computed once a block.

A signal reads the block's element (and the page's caches: text, links, hosts) and returns a
number or a short text; `measure` gathers them into one `Signals` value the scorer weighs. None of
them decides alone: words are one signal among shapes (links, forms, slots, sentences, position).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import lxml.etree

from ...rules import words
from ..page import INLINE_TAGS, own_text

_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SENTENCE_END = re.compile(r"\w[\w)\"'”’»]*[.!?。！？](?:\s|$)")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_LABEL_END = re.compile(r"[:»›>|▶►→\-–—]\s*$")
_TOKENS = words.token_sets()
_SOCIAL = tuple(words.SOCIAL_HOSTS)
_SEARCH_NAMES = re.compile(r"^(?:q|s|query|search|keywords?|k|term|suche|busca)$", re.IGNORECASE)
_MAIL_NAME = re.compile(r"mail", re.IGNORECASE)
_ARTICLE_PATH = re.compile(r"(?:\d{4,}|[a-z0-9]+(?:[-_][a-z0-9]+){2,}|\.s?html?$)", re.IGNORECASE)
_SIZE = re.compile(r"(?:^|;)\s*(?:min-)?height\s*:\s*(\d{2,4})px", re.IGNORECASE)
_SIGNUP_TARGET = re.compile(
    r"newsletter|subscri|sign-?up|/register|/join\b|optin|opt-in|list-manage|/abonn|/suscri|/assin|/inscri|/nl/|mailchi",
    re.IGNORECASE,
)
_SIGNUP_FRAME = re.compile(r"beehiiv|substack|mailchimp|list-manage|convertkit|sendinblue|brevo|newsletter|subscri", re.IGNORECASE)
_LINE_HEADS = frozenset(("h2", "h3", "h4", "h5", "h6", "strong", "b"))  # a line that is all of one of these
_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_AD_FRAME = re.compile(r"doubleclick|googlesyndication|adservice|adnxs|adsystem|amazon-adsystem|/ads?[/?._-]|[/.]ads?\d*\.|advert|banner|taboola|outbrain|criteo|pubmatic|rubicon", re.IGNORECASE)
_SCAN_LIMIT = 200  # descendants looked at for tokens, forms and media (a candidate is a small block)
def words_in(text: str) -> int:
    """Words of a text; in scripts written without spaces, one a two characters."""
    unspaced = len(_UNSPACED.findall(text))
    return len(text.split()) + (unspaced // 2 if unspaced else 0) - (1 if unspaced and " " not in text else 0)


def class_tokens(el) -> set[str]:
    """Tokens of the element's class and id: `inline-ad__label` → inline, ad, label; `relatedStories`
    → related, stories (camelCase split), relatedstories (joined)."""
    out: set[str] = set()
    for value in (el.get("class"), el.get("id")):
        if value:
            out |= _tokens_of(value)
    return out


@lru_cache(maxsize=8192)
def _tokens_of(value: str) -> frozenset:
    out: set[str] = set()
    for name in value.split():
        spaced = _CAMEL.sub("-", name).lower()
        parts = [p for p in _TOKEN_SPLIT.split(spaced) if p]
        out.update(parts)
        if len(parts) > 1:
            out.add("".join(parts))
            out.update(a + b for a, b in zip(parts, parts[1:]))
    return frozenset(out)


@dataclass
class Signals:
    tag: str
    text: str
    words: int
    chars: int
    link_chars: int = 0
    links: int = 0
    headline_links: int = 0
    same_site_headlines: int = 0
    offsite_links: int = 0
    social_links: int = 0
    label: str = ""  # the text outside links when it is short (a teaser's "READ:", a box's title)
    label_words: int = 0
    nonlink_words: int = 0
    sentences: int = 0  # sentence ends in the text outside links
    email_input: bool = False
    text_input: bool = False
    search_form: bool = False
    textarea: bool = False
    submit: bool = False
    slot: bool = False  # an iframe, an <ins>, or an empty element with an ad token
    empty_box: bool = False  # an element with no text and no media, sized or carrying data attributes
    signup_link: bool = False  # a link or form whose target names a sign-up (/newsletter, /subscribe)
    signup_frame: bool = False  # a frame from a newsletter service (its sign-up form inside)
    media: bool = False
    heading: bool = False  # the block is (or is only) a heading
    tokens: dict = field(default_factory=dict)  # list name -> the tokens seen
    vocab: dict = field(default_factory=dict)  # list name -> the words matched (in short text)
    cards: int = 0  # sibling elements of one template, each holding a headline link (a list of story cards)
    vocab_share: float = 0.0  # share of the (short) text's words that are listed words
    repeats: int = 1  # how many candidates of the page have this same short text
    position: str = "between"

    @property
    def link_share(self) -> float:
        return min(1.0, self.link_chars / self.chars) if self.chars else 0.0


def _is_headline(text: str) -> bool:
    n = words_in(text)
    if _UNSPACED.search(text):
        return len(text) >= 8
    return 4 <= n <= 30


def _card_headline(page, a) -> bool:
    """A rich link card: a link holding an image and text blocks, one of which reads as a headline."""
    if len(a) == 0:
        return False
    for n, node in enumerate(a.iterdescendants()):
        if n > 30:
            break
        if isinstance(node.tag, str) and node.tag not in ("img", "picture", "source", "svg", "br"):
            if _is_headline(page.text(node)) and len(node) <= 2:
                return True
    return False


def _article_like(href: str | None) -> bool:
    if not href:
        return False
    path = href.split("?", 1)[0].split("#", 1)[0]
    if "//" in path:
        path = path.split("//", 1)[1].partition("/")[2]
    path = path.strip("/")
    return bool(path) and (path.count("/") >= 1 or _ARTICLE_PATH.search(path) is not None)


_MATCHER = words.matcher()


def _vocab(text: str) -> dict:
    """The words of each named list the text holds (rules.words: one pass for all the lists)."""
    return _MATCHER.find(text)


def _anchor(page, a, cache: dict) -> tuple:
    """(text, words, offsite, social, headline, same-site headline, sign-up target) of a link,
    worked out once a page."""
    got = cache.get(a)
    if got is None:
        atext = page.text(a)
        href = a.get("href") or ""
        signup = _SIGNUP_TARGET.search(href) is not None if href else False
        if not atext:
            got = ("", 0, False, False, False, False, signup)
        else:
            host = page.link_host(a)
            offsite = page.is_offsite(host) if host else False
            social = bool(offsite and host and host.endswith(_SOCIAL))
            headline = bool(
                (_is_headline(atext) or (len(a) and _card_headline(page, a)))
                and (offsite or _article_like(a.get("href")))
            )
            got = (atext, words_in(atext), offsite, social, headline, headline and not offsite and bool(host), signup)
        cache[a] = got
    return got


def measure(page, el, position: str, cache: dict | None = None, marks: "Marks | None" = None) -> Signals:
    """The block's signals. ``cache``: what is known of the page's links (shared by the blocks of
    one page, so that a box and its parts do not look at the same links twice); ``marks``: the
    page's Marks (without them, the block's own elements are looked at)."""
    cache = {} if cache is None else cache
    text = page.text(el)
    s = Signals(tag=el.tag, text=text, words=words_in(text), chars=len(text), position=position)
    anchors = [el] if el.tag == "a" else el.iter("a")
    headlines = set()
    link_texts = []
    link_words = 0
    for a in anchors:
        atext, awords, offsite, social, headline, same, signup = _anchor(page, a, cache)
        s.signup_link |= signup
        if not atext:
            continue
        link_texts.append(atext)
        link_words += awords
        s.links += 1
        s.link_chars += len(atext)
        if offsite:
            s.offsite_links += 1
            s.social_links += social
        if headline:
            s.headline_links += 1
            headlines.add(a)
            s.same_site_headlines += same
    if not link_texts:
        s.nonlink_words = s.words if _HAS_LETTER.search(text) else 0
        nonlink = text
    else:
        s.nonlink_words = max(0, s.words - link_words)
        nonlink = None
    if s.nonlink_words <= 8:
        if nonlink is None:  # the words outside the links, spelled out only when they are few
            nonlink = text
            for t in link_texts:
                nonlink = nonlink.replace(t, " ", 1)
            nonlink = " ".join(nonlink.split())
        s.label = nonlink if _HAS_LETTER.search(nonlink) else ""
        s.label_words = words_in(s.label) if s.label else 0
        s.nonlink_words = s.label_words
    s.sentences = len(_SENTENCE_END.findall(text)) if text else 0
    _scan(el, s, marks)
    if len(headlines) >= 3:
        s.cards = _cards(page, el, headlines)
    if s.words <= 15:
        s.vocab = _vocab(text)
        if s.vocab and s.words:
            s.vocab_share = min(1.0, sum(len(w.split()) for found in s.vocab.values() for w in set(found)) / s.words)
    elif s.label:
        s.vocab = _vocab(s.label)
    return s


def _cards(page, el, headlines: set) -> int:
    """The longest run of siblings made from one template (same tag and class), each with a
    headline link in it, that makes most of the block's text: the shape of a box of story cards,
    whatever its title says."""
    best = 0
    total = len(page.text(el)) or 1
    for n, node in enumerate(el.iter()):
        if n >= _SCAN_LIMIT:
            break
        if len(node) < 3:
            continue
        groups: dict = {}
        for child in node:
            if isinstance(child.tag, str) and child.tag not in INLINE_TAGS:  # cards are blocks, not links in a line
                if any(a in headlines for a in child.iter("a")):
                    key = (child.tag, child.get("class") or "")
                    count, size = groups.get(key, (0, 0))
                    groups[key] = (count + 1, size + len(page.text(child)))
        for count, size in groups.values():
            if count > best and size * 2 >= total:
                best = count
    return best


_MEDIA_TAGS = frozenset(("img", "picture", "video", "audio", "figure", "figcaption", "svg", "canvas", "object", "embed"))
# Form controls, frames, slots and media: one compiled step finds them all.
_CONTROLS = lxml.etree.XPath(
    "descendant-or-self::*[self::input or self::button or self::textarea or self::ins or self::iframe"
    " or self::img or self::picture or self::video or self::audio or self::figure or self::figcaption"
    " or self::svg or self::canvas or self::object or self::embed]"
)
# Empty leaves a script fills: no child, no text, and a style or data-* attributes.
_EMPTY_LEAVES = lxml.etree.XPath(
    "descendant::*[self::div or self::span or self::section or self::aside or self::ins or self::figure]"
    "[not(*)][not(normalize-space())][@style or @*[starts-with(name(), 'data-')]]"
)
_FORM_TARGETS = lxml.etree.XPath("descendant-or-self::form/@action")


# What a node holds, as bits: a block's marks are those of every node under it (Marks).
EMAIL, TEXT, SEARCH, SUBMIT, TEXTAREA, SLOT, MEDIA, SIGNUP_FRAME, EMPTY_BOX, FORM_SIGNUP = (1 << i for i in range(10))


def _node_marks(node) -> int:
    tag = node.tag
    if tag == "input":
        kind = (node.get("type") or "text").lower()
        name = " ".join(filter(None, (node.get("name"), node.get("id"), node.get("placeholder"))))
        if kind == "email" or (kind == "text" and _MAIL_NAME.search(name)):
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
    if tag in _MEDIA_TAGS:
        return MEDIA
    if tag == "iframe":
        src = node.get("src") or node.get("data-src") or ""
        if not src or _AD_FRAME.search(src):
            return SLOT
        return SIGNUP_FRAME if _SIGNUP_FRAME.search(src) else MEDIA  # else: a video, a map, a post
    return 0


class Marks:
    """The marks of every element of the story's region, found once a page: one compiled step a
    root finds the form controls, frames, slots, media, empty boxes and sign-up forms, and each
    one's bits are added to its ancestors up to the root. A block's marks are then a lookup."""

    def __init__(self, roots):
        self.bits: dict = {}
        for root in roots:
            found = [(n, _node_marks(n)) for n in _CONTROLS(root)]
            found += [(n, EMPTY_BOX) for n in _EMPTY_LEAVES(root) if _sized_or_tagged(n)]
            found += [
                (a.getparent(), FORM_SIGNUP) for a in _FORM_TARGETS(root) if _SIGNUP_TARGET.search(a)
            ]
            for node, bits in found:
                if not bits:
                    continue
                for el in (node, *node.iterancestors()):
                    have = self.bits.get(el, 0)
                    if have & bits == bits and el is not node:
                        break  # its ancestors have these bits already
                    self.bits[el] = have | bits
                    if el is root:
                        break

    def of(self, el) -> int:
        return self.bits.get(el, 0)


def _scan(el, s: Signals, marks: "Marks | None" = None) -> None:
    """The block's elements that junk is scored on — form controls, frames and slots, media,
    empty boxes, sign-up targets (from the page's Marks, or by compiled XPath steps), and the
    class/id tokens near its top."""
    if marks is None:
        bits = 0
        for node in _CONTROLS(el):
            bits |= _node_marks(node)
        if any(_sized_or_tagged(node) for node in _EMPTY_LEAVES(el)):
            bits |= EMPTY_BOX
        if any(_SIGNUP_TARGET.search(t) for t in _FORM_TARGETS(el)):
            bits |= FORM_SIGNUP
    else:
        bits = marks.of(el)
    s.email_input = bool(bits & EMAIL)
    s.text_input = bool(bits & (TEXT | SEARCH))
    s.search_form = bool(bits & SEARCH)
    s.submit = bool(bits & SUBMIT)
    s.textarea = bool(bits & TEXTAREA)
    s.slot = bool(bits & SLOT)
    s.media = bool(bits & MEDIA)
    s.signup_frame = bool(bits & SIGNUP_FRAME)
    s.empty_box = bool(bits & EMPTY_BOX)
    if bits & FORM_SIGNUP and (s.text_input or s.email_input or s.submit):
        s.signup_link = True
    tokens: set[str] = set()
    for name in _NEAR_NAMES(el):
        tokens |= _tokens_of(name)
    for name, known in _TOKENS.items():
        hit = tokens & known
        if hit:
            s.tokens[name] = sorted(hit)
    s.heading = el.tag in _HEADINGS or (
        len(el) == 1 and el[0].tag in _LINE_HEADS and " ".join(el[0].text_content().split()) == s.text
    )
    if not s.text and not s.media and "ad" in s.tokens:
        s.slot = True


def _sized_or_tagged(node) -> bool:
    """An empty box a script fills: a height set in its style, or data-* attributes naming its slot."""
    sized = _SIZE.search(node.get("style") or "")
    if sized and int(sized.group(1)) >= 50:
        return True
    # (data-junk and data-nc-label mark junk for this project's measures: never evidence)
    return any(name.startswith("data-") and name not in _MEASURE_ATTRS for name in node.attrib) or node.tag == "ins"


_MEASURE_ATTRS = frozenset(("data-junk", "data-nc-label"))


_ACTIVE = lxml.etree.XPath(
    "boolean(descendant-or-self::a[@href] | descendant::input | descendant::button | descendant::iframe"
    " | descendant::ins | descendant::textarea | descendant::form | descendant::select)"
)
_NEAR_NAMES = lxml.etree.XPath("@class | @id | */@class | */@id | */*/@class | */*/@id")
_JUNK_KINDS = ("ad", "teaser", "newsletter", "promo")
_JUNK_TOKEN_SET = frozenset().union(*(words.TOKENS[t] for t in _JUNK_KINDS))


def worth_measuring(page, el, repeats: dict | None = None) -> bool:
    """A cheap look first, with compiled XPath steps and the word tables: a block is measured only
    when something any kind of junk is scored on may be there — a link, a form control, a frame or
    slot, a junk class/id in its first levels; and, for a short block, a listed word, a line that
    recurs among the page's candidates, or an empty box a script fills."""
    if _ACTIVE(el) or any(_tokens_of(name) & _JUNK_TOKEN_SET for name in _NEAR_NAMES(el)):
        return True
    text = page.text(el)
    if text.count(" ") >= 15:
        return False
    if text and (_MATCHER.find(text) or (repeats and repeats.get(text.casefold(), 0) >= 2)):
        return True
    return any(_sized_or_tagged(node) for node in _EMPTY_LEAVES(el))


def short_lines(page, els) -> dict:
    """How often each short line of text recurs among the given blocks (a site's own ad notice,
    repeated through the story whatever its words)."""
    counts: dict = {}
    for el in els:
        text = page.text(el)
        if text and text.count(" ") < 10 and _HAS_LETTER.search(text):
            key = text.casefold()
            counts[key] = counts.get(key, 0) + 1
    return counts


def has_evidence(s: Signals) -> bool:
    """Whether anything in the block could make a part of it junk: what a look inside needs."""
    return bool(
        s.headline_links or s.slot or s.empty_box or s.email_input or s.text_input or s.signup_link
        or s.signup_frame or s.social_links or s.vocab or any(t in s.tokens for t in _JUNK_KINDS)
    )


def repeated_texts(signals: list[Signals]) -> None:
    """Mark how often each short text without links recurs among the page's candidates (a site's
    ad notice repeated through the story, whatever its words)."""
    counts: dict[str, int] = {}
    for s in signals:
        if s.text and s.words <= 10 and not s.links and _HAS_LETTER.search(s.text):
            counts[s.text.casefold()] = counts.get(s.text.casefold(), 0) + 1
    for s in signals:
        if s.text and not s.links:
            s.repeats = counts.get(s.text.casefold(), 1)


def label_ends(label: str) -> bool:
    return bool(label) and _LABEL_END.search(label) is not None


__all__ = ["Signals", "measure", "repeated_texts", "class_tokens", "words_in", "own_text"]
