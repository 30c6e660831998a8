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
from ..page import INLINE_TAGS, own_text
from . import blocks, links, style
from . import marks as M
from .targets import AD_DATA_ATTRS, AD_DATA_TEST, AD_UNIT, class_tokens, name_tokens, names_kind, template_class

_UNSPACED = words.UNSPACED
_SEA = words.SEA
_CJK = words.CJK
# A sentence end: a run of word characters (and closing quotes or brackets) holding a word
# character, then a full stop, question or exclamation mark, then a space or the end. Runs start
# only where one begins (the look-behind), so a long text without one costs one pass, not a pass
# from every character.
_SENTENCE_END = re.compile(r"(?<![\w)\"'”’»])[\w)\"'”’»]+[.!?。！？](?=\s|$)")
_WORD_CHAR = re.compile(r"\w")
HAS_LETTER = re.compile(r"[^\W\d_]")
DIGIT = re.compile(r"\d")
_LABEL_END = re.compile(r"[:»›>|▶►→\-–—]\s*$")
_TOKENS = words.token_sets()
_LINE_HEADS = frozenset(("h2", "h3", "h4", "h5", "h6", "strong", "b"))  # a line that is all of one of these
HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_SCAN_LIMIT = 200  # descendants looked at for tokens, forms and media (a candidate is a small block)


def words_in(text: str, normalised: bool = False) -> int:
    """Words of a text; in scripts written without spaces, one a two characters of CJK and one a
    four of Thai, Lao, Myanmar or Khmer (whose words are spelt out in letters and marks:
    "เนื้อหาที่ได้รับการสนับสนุน", 27 characters, is five words). ``normalised``: the text is as
    `Page.text` gives it (words apart by one space, none at the ends), so its words are its spaces
    and one, counted without splitting it."""
    split = (text.count(" ") + 1 if text else 0) if normalised else len(text.split())
    if _UNSPACED.search(text) is None:
        return split
    sea = len(_SEA.findall(text))
    cjk = len(_CJK.findall(text)) if sea == 0 else len(_UNSPACED.findall(text)) - sea
    # (a word or two of them, shorter than a count's unit, is still a word: not an empty line)
    return max(1, split + cjk // 2 + sea // 4 - (1 if " " not in text else 0))



def near_tokens(el, marks: "M.Marks | None" = None) -> frozenset:
    """Tokens of the class and id names in the element's first three levels (itself, its children
    and theirs), worked out once a page when the page's Marks are given."""
    if marks is not None:
        got = marks.near.get(el)
        if got is None:
            got = marks.near[el] = _near(el, marks.ad_data)
        return got
    return _near(el)


def _near(el, ad_data: bool = True) -> frozenset:
    if len(el):
        near = frozenset().union(*map(name_tokens, _NEAR_NAMES(el)))
        # (an ad unit's data attribute there, `data-ad-slot`: looked for on a page that has one)
        return near | AD_UNIT if ad_data and _NEAR_AD_DATA(el) else near
    # (a leaf — a paragraph, a link, an empty box — has its own names only: no XPath call for them)
    names, ident = el.get("class"), el.get("id")
    if ad_data and not AD_DATA_ATTRS.isdisjoint(el.attrib.keys()):
        return frozenset(class_tokens(el))
    if names is None:
        return name_tokens(ident) if ident is not None else frozenset()
    return name_tokens(names) if ident is None else name_tokens(names) | name_tokens(ident)


def listed(text: str, marks: "M.Marks | None" = None) -> dict:
    """The words of each named list the text holds (rules.words: one pass for all the lists),
    looked up once a page for a text when the page's Marks are given (a block's text is asked
    whether it is worth measuring, then measured). The answer is shared: read it, never change it."""
    if marks is None:
        return _MATCHER.find(text)
    got = marks.listed.get(text)
    if got is None:
        got = marks.listed[text] = _MATCHER.find(text)
    return got


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
        if s.words <= NOTICE_WORDS and not link_texts and not _under_media(el):
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


SENTENCES_CAP = 3  # sentence ends counted: the scorers ask whether there is one (the features, up to 3)


def sentence_ends(text: str) -> int:
    """Sentence ends in the text, up to SENTENCES_CAP (a long block stops being searched there)."""
    n = 0
    for end in _SENTENCE_END.finditer(text):
        if _WORD_CHAR.search(end.group()):
            n += 1
            if n >= SENTENCES_CAP:
                break
    return n


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
    s.signup_frame = bool(bits & M.SIGNUP_FRAME)
    s.empty_box = bool(bits & M.EMPTY_BOX)
    s.script = bool(bits & M.SCRIPT)
    if bits & M.FORM_SIGNUP and (s.text_input or s.email_input or s.submit):
        s.signup_link = True
    tokens = near_tokens(el, marks)  # (shared: read, never changed)
    customs = _NEAR_CUSTOM(el) if marks is None or marks.custom else ()
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


# Story tokens that name what a photo, a chart or a video carries.
MEDIA_NAMES = frozenset((
    "caption", "figcaption", "credit", "image", "photo", "media", "video", "audio", "gallery", "map", "chart",
    "graphic", "tweet",
))  # fmt: skip

_ACTIVE = lxml.etree.XPath(
    "boolean(descendant-or-self::a[@href] | descendant::input | descendant::button | descendant::iframe"
    " | descendant::ins | descendant::textarea | descendant::form | descendant::select"
    f" | descendant-or-self::*[{M.COMPONENT_LINK_TEST}] | descendant::*[{M.COMPONENT_CONTROL_TEST}])"
)
# (One XPath call, not a walk of the block's children in Python: reading the names attribute by
# attribute cost less in the detector's own time, yet made the whole process slower — the floor
# itself read 2.4 ms against 1.4 ms in the same `bench.engine` run. The same happens with this
# XPath returning plain strings (`smart_strings=False`, 40% less time in near_tokens): the floor
# read 2.5-2.9 ms against 1.6-1.7 ms. What the smart strings do: each keeps its element, so the
# ones kept as keys of name_tokens' cache keep their pages' trees alive — 163 MiB more after the
# 454 corpus pages than with plain strings (32 MiB). Why freeing them slows the floor was not found.)
# Links: an <a>, or a component that is one (a custom element with a target: Ionic's `<ion-item
# href>`, Material Web's `<md-list-item type="link" href>`).
_LINKS = lxml.etree.XPath(f"descendant-or-self::a | descendant::*[{M.COMPONENT_LINK_TEST}]")
_NEAR_NAMES = lxml.etree.XPath("@class | @id | */@class | */@id | */*/@class | */*/@id")
_NEAR_AD_DATA = lxml.etree.XPath(f"boolean(self::*[{AD_DATA_TEST}] | *[{AD_DATA_TEST}] | */*[{AD_DATA_TEST}])")
_NEAR_CUSTOM = lxml.etree.XPath("self::*[contains(name(), '-')] | *[contains(name(), '-')] | */*[contains(name(), '-')]")
_JUNK_KINDS = ("ad", "teaser", "newsletter", "promo")
_JUNK_TOKEN_SET = frozenset().union(*(words.TOKENS[t] for t in _JUNK_KINDS))


def worth_measuring(page, el, repeats: dict | None = None, marks: "M.Marks | None" = None) -> bool:
    """A cheap look first, with compiled XPath steps and the word tables: a block is measured only
    when something any kind of junk is scored on may be there — a link, a form control, a frame or
    slot, a junk class/id in its first levels; and, for a short block, a listed word, a line that
    recurs among the page's candidates, a line hidden from screen readers, or an empty box a script
    fills."""
    if (el in marks.active if marks is not None else _ACTIVE(el)) or not _JUNK_TOKEN_SET.isdisjoint(near_tokens(el, marks)):
        return True
    if (marks is None or marks.custom) and any(name_tokens(c.tag) & _JUNK_TOKEN_SET for c in _NEAR_CUSTOM(el)):
        return True  # <amp-ad>, <ad-slot>
    text = page.text(el)
    if text.count(" ") >= 15:
        return False
    if text and (listed(text, marks) or (repeats and repeats.get(text.casefold(), 0) >= 2)):
        return True
    if text and text.count(" ") < UNSPOKEN_WORDS and DIGIT.search(text) is None and unspoken(el):
        return True  # a short line drawn for the eye alone, whatever its words (an ad's divider; not a figure)
    if (
        text and text.count(" ") < NOTICE_WORDS and DIGIT.search(text) is None and len(style.cues(el, text)) >= 2
        and not _under_media(el)
    ):
        return True  # a short line set as a notice (small grey capitals, centred), whatever its words
    if not text and (name := spoken_name(el)) and listed(name, marks):
        return True
    bits = marks.of(el) if marks is not None else M.of_block(el)
    if bits & M.SLOT:
        return True  # a slot found by its size or its type, named as nothing
    if text and bits & (M.SCRIPT | M.EMPTY_BOX) and text.count(" ") < 8:
        # a short line beside a script that draws there (an ad server's tag and its label), or in a
        # box that keeps space for what a script puts there
        return True
    return M.has_empty_box(el, marks)


_MEDIA_BESIDE = lxml.etree.XPath(
    "boolean(self::*[local-name() = 'img' or local-name() = 'picture' or local-name() = 'figure' or local-name() = 'video'"
    " or local-name() = 'iframe'] | descendant::img | descendant::picture | descendant::video | descendant::iframe)"
)


def _under_media(el) -> bool:
    """Whether the line comes right after a picture or a video (the element before it holds one):
    its small centred type is a caption's or a credit's, not a notice's."""
    prev = blocks.previous_element(el)
    return prev is not None and _MEDIA_BESIDE(prev)


def spoken_name(el) -> str:
    """What a screen reader says for an element without text of its own: its ``aria-label`` (or
    ``aria-roledescription``, ``title``) — how an empty ad slot often says what it is."""
    return region_name(el) or el.get("title") or ""


def region_name(el) -> str:
    """The name a box with text of its own gives screen readers (``aria-label``,
    ``aria-roledescription``; not ``title``, a tooltip): a region's name says what the region is,
    whatever its text says."""
    return el.get("aria-label") or el.get("aria-roledescription") or ""


UNSPOKEN_WORDS = 4
NOTICE_WORDS = 8  # the most words of a line whose type is looked at (style.cues)


def unspoken(el) -> bool:
    """Whether a short line is hidden from screen readers: the element, or the one element it
    wraps, says ``aria-hidden="true"`` — a label drawn for the eye (an ad's divider), never a line
    of the story, which is read out."""
    while True:
        if (el.get("aria-hidden") or "").strip().lower() == "true":
            return True
        if len(el) != 1 or (el.text or "").strip():
            return False
        el = el[0]
        if not isinstance(el.tag, str):
            return False


def short_lines(page, els) -> dict:
    """How often each short line of text recurs among the given blocks (a site's own ad notice,
    repeated through the story whatever its words)."""
    counts: dict = {}
    for el in els:
        text = page.text(el)
        if text and text.count(" ") < 10 and HAS_LETTER.search(text):
            key = text.casefold()
            counts[key] = counts.get(key, 0) + 1
    return counts


def has_evidence(s: Signals) -> bool:
    """Whether anything in the block could make a part of it junk: what a look inside needs."""
    return bool(
        s.headline_links or s.slot or s.empty_box or s.email_input or s.text_input or s.signup_link
        or s.signup_frame or s.social_links or s.share_links or s.vocab or any(t in s.tokens for t in _JUNK_KINDS)
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


def label_ends(label: str) -> bool:
    """A line that ends as a label does, before what it introduces ("Read more:", "Lesen Sie
    auch »") — not a quotation closed by a guillemet («Storming the Sazerac»)."""
    if not label or _LABEL_END.search(label) is None:
        return False
    end = label.rstrip()[-1]
    for opening, closing in (("«", "»"), ("‹", "›")):
        if end == closing and label.count(opening) >= label.count(closing):
            return False  # it closes a quotation
    return True


def opens_with(text: str, kind: str) -> bool:
    """Whether the text's first word (or two) is one of a list's ("Follow us on ...", "Síguenos")."""
    head = " ".join(text.split()[:2])
    return bool(head) and kind in _MATCHER.find(head)



__all__ = ["Signals", "measure", "repeated_texts", "class_tokens", "names_kind", "words_in", "own_text"]


# (context.py reads the signals' names above: imported once they are all defined)
from . import context  # noqa: E402
