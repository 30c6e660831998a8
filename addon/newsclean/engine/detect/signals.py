"""What the detector knows of a block: small named measurements, each computed once a block.

A signal reads the block's element (and the page's caches: text, links, hosts) and returns a
number or a short text; `measure` gathers them into one `Signals` value the scorer weighs. None of
them decides alone: words are one signal among shapes (links, forms, slots, sentences, position).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree

from ...rules import words
from ..page import INLINE_TAGS
from . import links, style
from . import marks as M
from .look import (
    NEAR_CUSTOM,
    NOTICE_WORDS,
    UNSPOKEN_WORDS,
    near_tokens,
    region_name,
    spoken_name,
    under_media,
    unspoken,
)  # fmt: skip
from .targets import JUNK_KINDS, class_tokens, name_tokens, template_class
from .wording import HAS_LETTER, listed, sentence_ends, words_in

_TOKENS = words.token_sets()
_LINE_HEADS = frozenset(("h2", "h3", "h4", "h5", "h6", "strong", "b"))  # a line that is all of one of these
HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_SCAN_LIMIT = 200  # descendants looked at for tokens, forms and media (a candidate is a small block)


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
    share_links: int = 0  # links to a network's share endpoint (share buttons, with or without text)
    mail_links: int = 0  # links to a mail address (`mailto:`, not a share): somebody to write to
    paid_links: int = 0  # links marked as paid for (`rel="sponsored"`), with words or a picture
    label: str = ""  # the text outside links when it is short (a teaser's "READ:", a box's title)
    label_words: int = 0
    nonlink_words: int = 0
    sentences: int = 0  # sentence ends in the text, up to SENTENCES_CAP
    email_input: bool = False
    text_input: bool = False
    search_form: bool = False
    textarea: bool = False
    submit: bool = False
    slot: bool = False  # an iframe, an <ins>, or an empty element with an ad token
    empty_box: bool = False  # an element with no text and no media, sized or carrying data attributes
    script: bool = False  # a script that draws where it stands (code or a file to load; not a block of data)
    signup_link: bool = False  # a link or form whose target names a sign-up (/newsletter, /subscribe)
    signup_frame: bool = False  # a frame from a newsletter service (its sign-up form inside)
    media: bool = False
    frame: bool = False  # an embedded page that is no ad's slot nor a sign-up service's (marks.FRAME)
    heading: bool = False  # the block is (or is only) a heading
    tokens: dict = field(default_factory=dict)  # list name -> the tokens seen
    own_tokens: set = field(default_factory=set)  # the lists the element's own class/id names
    vocab: dict = field(default_factory=dict)  # list name -> the words matched (in short text)
    label_vocab: dict = field(default_factory=dict)  # the same in the label alone (the words outside links)
    signup_words: tuple = ()  # sign-up words of a longer blurb that has a way to sign up (a link, a button, a field)
    link_in_sentence: bool = False  # a link that goes on a sentence: its text begins in lower case, or words follow it
    named: dict = field(default_factory=dict)  # the same for the name a block with text gives itself (aria-label)
    unspoken: bool = False  # a short line hidden from screen readers (aria-hidden="true"): drawn for the eye
    typeset: frozenset = frozenset()  # a short line's cues of a notice's type (style.py: small, centred, grey, capitals)
    cards: int = 0  # sibling elements of one template, each holding a headline link (a list of story cards)
    vocab_share: float = 0.0  # share of the (short) text's words that are listed words
    repeats: int = 1  # how many candidates of the page have this same short text
    heads_prose: bool = False  # the first element of a box whose next one is the story's prose
    rows: bool = False  # one of a run of the story's short lines, or a box of such rows (a fact box, a table)
    introduced: bool = False  # right after a paragraph of the story that ends in a colon ("Here is what we know:")
    titles_prose: bool = False  # a heading whose next element is a paragraph of the story (a section's title)
    story_term: bool = False  # a "goes on" line naming a word of the story's (a live blog's "the debate goes on")
    foreign: bool = False  # a short line among the story's paragraphs in another language, naming nothing of the story's
    position: str = "between"

    @property
    def link_share(self) -> float:
        return min(1.0, self.link_chars / self.chars) if self.chars else 0.0


_MATCHER = words.matcher()


def measure(page, el, position: str, cache: dict | None = None, marks: "M.Marks | None" = None) -> Signals:
    """The block's signals. ``cache``: what is known of the page's links (shared by the blocks of
    one page, so that a box and its parts do not look at the same links twice); ``marks``: the
    page's Marks (without them, the block's own elements are looked at)."""
    cache = {} if cache is None else cache
    text = page.text(el)
    s = Signals(tag=el.tag, text=text, words=words_in(text, normalised=True), chars=len(text), position=position)
    if el.tag == "a":
        anchors = [el]
    elif marks is None or marks.custom:  # (a component's links: `<ion-item href>`, `<md-list-item href>`)
        anchors = _LINKS(el)
    else:
        anchors = el.iter("a")
    headlines = set()
    link_texts = []
    link_words = link_chars = offsite_links = social_links = headline_links = same_site = share_links = mail_links = 0
    signup_link = False
    paid_links = 0
    for a in anchors:
        got = cache.get(a)
        if got is None:
            got = links.anchor(page, a, cache)
        atext, awords, offsite, social, headline, same, signup, share, mail, paid = got
        signup_link |= signup
        share_links += share
        paid_links += paid
        if not atext:
            continue
        mail_links += mail  # (counted as `links` is: links with words)
        link_texts.append(atext)
        link_words += awords
        link_chars += len(atext)
        if offsite:
            offsite_links += 1
            social_links += social
        if headline:
            headline_links += 1
            headlines.add(a)
            same_site += same
    s.signup_link, s.share_links, s.links, s.link_chars = signup_link, share_links, len(link_texts), link_chars
    s.mail_links, s.paid_links = mail_links, paid_links
    s.offsite_links, s.social_links, s.headline_links, s.same_site_headlines = (
        offsite_links, social_links, headline_links, same_site
    )
    if not link_texts:
        s.nonlink_words = s.words if HAS_LETTER.search(text) else 0
        nonlink = text
    else:
        s.nonlink_words = max(0, s.words - link_words)
        nonlink = None
    if s.nonlink_words <= 8:
        if nonlink is None:  # the words outside the links, spelled out only when they are few
            nonlink = " ".join(_outside_links(text, link_texts).split())
        s.label = nonlink if HAS_LETTER.search(nonlink) else ""
        s.label_words = words_in(s.label) if s.label else 0
        s.nonlink_words = s.label_words
        if s.label:
            s.label_vocab = listed(s.label, marks)
            s.link_in_sentence = _in_sentence(text, link_texts)
    s.sentences = sentence_ends(text) if text else 0
    _scan(el, s, marks)
    if len(headlines) >= 3:
        s.cards = _cards(page, el, headlines)
    if not text:
        name = spoken_name(el)
        if name:  # an empty box's label for screen readers (aria-label="Advertisement"): its words
            s.vocab = listed(name, marks)
    elif s.words <= PROMPT_WORDS:
        s.vocab = listed(text, marks)
        name = region_name(el)
        if name:  # a box that tells screen readers what it is (<section aria-label="Anzeige">): its words
            s.named = listed(name, marks)
        if s.words <= UNSPOKEN_WORDS:
            s.unspoken = unspoken(el)
        if s.words <= NOTICE_WORDS and not link_texts and not under_media(el):
            s.typeset = frozenset(style.cues(el, text))
        if s.vocab and s.words:
            s.vocab_share = min(1.0, sum(len(w.split()) for found in s.vocab.values() for w in set(found)) / s.words)
    elif s.label:
        s.vocab = listed(s.label, marks)
    if PROMPT_WORDS < s.words <= BLURB_WORDS and (s.signup_link or s.submit or s.links) and not (s.email_input or s.signup_frame):
        # (a sign-up box's blurb says more than a prompt: "Get the morning briefing in your inbox,
        # five stories before breakfast" beside its button or link — its words for a sign-up count
        # there, outside its links — "Order Reprints | Today's Paper | Subscribe" after a print
        # edition's note are a menu's; a box with an email field or a service's frame is told by them)
        if nonlink is None:
            nonlink = _outside_links(text, link_texts)
        s.signup_words = tuple(listed(nonlink, marks).get("newsletter", ()))
    return s


def _outside_links(text: str, link_texts: list) -> str:
    """The block's text with each link's words taken out once (spaces where they were)."""
    for t in link_texts:
        text = text.replace(t, " ", 1)
    return text


PROMPT_WORDS = 15  # up to this many words, a block's listed words are all looked for
BLURB_WORDS = 60  # up to this many, a block with a way to sign up is searched for sign-up words


def _in_sentence(text: str, link_texts: list) -> bool:
    """Whether the block's links go on a sentence of its words rather than follow a label: a link's
    text begins in lower case ("Barcelona también <a>restringió el tráfico</a>."), or words follow
    the last link up to the sentence's end ("Anche la stazione <a>Barberini</a> era chiusa per
    mesi.") — a teaser's label comes before its headline, which begins as a headline does (and a
    card's date after it ends no sentence)."""
    for t in link_texts:
        first = HAS_LETTER.search(t)
        if first is not None and first.group().islower():
            return True
    tail = text.rsplit(link_texts[-1], 1)[-1] if link_texts else ""
    return HAS_LETTER.search(tail) is not None and _ENDS_SENTENCE.search(tail) is not None


_ENDS_SENTENCE = re.compile(r"[\w)][.!?。！？][\"'”’»)]*\s*$")


def measured(page, story, el, position: str) -> Signals:
    """The block's signals, measured once a page (a block is met again when its box is looked
    into, cut, or given its title), with what its place in the story says (context.py)."""
    got = story.signals.get(el)
    if got is None:
        got = story.signals[el] = measure(page, el, position, story.links, story.marks)
        context.place(page, story, el, got)
    return got


def _cards(page, el, headlines: set) -> int:
    """The longest run of siblings made from one template (same tag and class), each with a
    headline link in it, that makes most of the block's text: the shape of a box of story cards,
    whatever its title says."""
    best = 0
    total = len(page.text(el)) or 1
    holders = set()  # the headline links and every element up to the block that holds one
    for a in headlines:
        node = a
        while node is not None and node not in holders:
            holders.add(node)
            if node is el:
                break
            node = node.getparent()
    for n, node in enumerate(el.iter()):
        if n >= _SCAN_LIMIT:
            break
        if len(node) < 3:
            continue
        groups: dict = {}
        for child in node:
            if isinstance(child.tag, str) and child.tag not in INLINE_TAGS:  # cards are blocks, not links in a line
                if child in holders:
                    key = (child.tag, template_class(child.get("class")))
                    count, size = groups.get(key, (0, 0))
                    groups[key] = (count + 1, size + len(page.text(child)))
        for count, size in groups.values():
            if count > best and size * 2 >= total:
                best = count
    return best


def _scan(el, s: Signals, marks: "M.Marks | None" = None) -> None:
    """The block's elements that junk is scored on — form controls, frames and slots, media,
    empty boxes, sign-up targets (from the page's Marks, or by compiled XPath steps), and the
    class/id tokens near its top."""
    bits = marks.of(el) if marks is not None else M.of_block(el)
    s.email_input = bool(bits & M.EMAIL)
    s.text_input = bool(bits & (M.TEXT | M.SEARCH))
    s.search_form = bool(bits & M.SEARCH)
    s.submit = bool(bits & M.SUBMIT)
    s.textarea = bool(bits & M.TEXTAREA)
    s.slot = bool(bits & M.SLOT)
    s.media = bool(bits & M.MEDIA)
    s.frame = bool(bits & M.FRAME)
    s.signup_frame = bool(bits & M.SIGNUP_FRAME)
    s.empty_box = bool(bits & M.EMPTY_BOX)
    s.script = bool(bits & M.SCRIPT)
    if bits & M.FORM_SIGNUP and (s.text_input or s.email_input or s.submit):
        s.signup_link = True
    tokens = near_tokens(el, marks)  # (shared: read, never changed)
    customs = NEAR_CUSTOM(el) if marks is None or marks.custom else ()
    for custom in customs:  # <amp-ad>, <gpt-ad>, <ad-slot>: a component's name is a class name
        named = name_tokens(custom.tag.replace(":", "-"))
        tokens = tokens | named
        if named & _TOKENS["ad"] and custom.find(".//a") is None and words_in(custom.text_content()) <= 8:
            s.slot = True  # empty, or its caption alone inside
    own = None
    if tokens:  # (the element's own names are among them: none there, none of its own)
        for name, known in _TOKENS.items():
            hit = tokens & known
            if hit:
                s.tokens[name] = sorted(hit)
                if own is None:
                    own = class_tokens(el)
                if own & known:
                    s.own_tokens.add(name)
    s.heading = el.tag in HEADINGS or (
        len(el) == 1 and el[0].tag in _LINE_HEADS and " ".join(el[0].text_content().split()) == s.text
    )
    if not s.text and not s.media and "ad" in s.tokens:
        s.slot = True
    if "story" in s.own_tokens and s.slot and not s.media and (own & _TOKENS["story"]) <= MEDIA_NAMES:
        s.own_tokens.discard("story")  # a "media-break" holding an ad's slot and no medium: the slot's box


# Links: an <a>, or a component that is one (a custom element with a target: Ionic's `<ion-item
# href>`, Material Web's `<md-list-item type="link" href>`).
_LINKS = lxml.etree.XPath(f"descendant-or-self::a | descendant::*[{M.COMPONENT_LINK_TEST}]")
# Story tokens that name what a photo, a chart or a video carries.
MEDIA_NAMES = frozenset((
    "caption", "figcaption", "credit", "image", "photo", "media", "video", "audio", "gallery", "map", "chart",
    "graphic", "tweet",
))  # fmt: skip

def has_evidence(s: Signals) -> bool:
    """Whether anything in the block could make a part of it junk: what a look inside needs."""
    return bool(
        s.headline_links or s.slot or s.empty_box or s.email_input or s.text_input or s.signup_link
        or s.signup_frame or s.social_links or s.share_links or s.vocab or any(t in s.tokens for t in JUNK_KINDS)
    )


def repeated_texts(signals: list[Signals]) -> None:
    """Mark how often each short text without links recurs among the page's candidates (a site's
    ad notice repeated through the story, whatever its words)."""
    counts: dict[str, int] = {}
    for s in signals:
        if s.text and s.words <= 10 and not s.links and HAS_LETTER.search(s.text):
            counts[s.text.casefold()] = counts.get(s.text.casefold(), 0) + 1
    for s in signals:
        if s.text and not s.links:
            s.repeats = counts.get(s.text.casefold(), 1)


__all__ = ["Signals", "has_evidence", "measure", "measured", "repeated_texts"]


# (context.py reads the signals' names above: imported once they are all defined)
from . import context  # noqa: E402
