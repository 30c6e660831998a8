"""The detector's scorer: hand-set weights over the signals, one score a kind of junk.

Each kind adds the evidence for it and takes off the evidence against it (a sentence of running
text, many words, a caption's media); the block's score is its best kind's. Every term that moved
the score is kept as a short phrase, so a removal says why ("email form; 14 words; after the story").
Weights are in points: at REMOVE or more the block goes, at MARK or more it is marked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...rules import words
from .blocks import LIST_TAGS
from .signals import MEDIA_NAMES, Signals
from .targets import JUNK_KINDS
from .wording import DIGIT, HAS_LETTER, label_ends, opens_with

_ASKS = re.compile(r"[?!？！¿¡]")  # a question or a call to the reader

REMOVE = 3.0
MARK = 2.0
KINDS = JUNK_KINDS


@dataclass(frozen=True)
class Score:
    kind: str
    points: float
    why: tuple[str, ...]

    def explain(self) -> str:
        return f"{self.kind} {self.points:.1f}: " + "; ".join(self.why)


class _Sum:
    """One kind's points as they are added up; its reasons written out only for the Score asked of it
    (`best` asks it of the winning kind alone)."""

    __slots__ = ("kind", "points", "terms")

    def __init__(self, kind: str):
        self.kind, self.points, self.terms = kind, 0.0, []

    def add(self, points: float, why: str) -> None:
        self.points += points
        self.terms.append((points, why))

    def score(self) -> Score:
        return Score(self.kind, round(self.points, 2), tuple(f"{why} ({points:+.1f})" for points, why in self.terms))


def _rounded(t: _Sum) -> float:
    return round(t.points, 2)  # (a Score's points: kinds that tie there, tie as Scores did)


def _quote(found) -> str:
    return ", ".join(dict.fromkeys(f"'{w}'" for w in found))


def _where(s: Signals, t: _Sum, points: float = 0.5) -> None:
    if s.position == "between":
        t.add(points, "between story paragraphs")
    elif s.position in ("after", "end"):
        t.add(points, "after the story")


def only_words(s: Signals, kind: str) -> bool:
    """Whether the block's evidence of a kind is its words alone: for an ad, no slot, empty box, paid
    link, ad's name or screen readers' name; for a sign-up, no field, service's frame, sign-up target
    or sign-up's name; for a promo, no share or network link and no promo's name."""
    if kind in s.tokens:
        return False
    if kind == "ad":
        return not (s.slot or s.empty_box or s.paid_links or s.unspoken or s.named)
    if kind == "newsletter":
        return not (s.email_input or s.signup_frame or s.signup_link)
    return not (s.share_links or s.social_links)


def _data(s: Signals, t: _Sum) -> None:
    """A listed word on a row of the story's data is the row's ("Inscrits : 31 402", "Abone sayısı: 6,4
    milyon", "Market share: 11%", "Sponsor tytularny: PKO Bank Polski" among the facts' other rows):
    a notice stands alone, a fact box's rows come in runs."""
    if s.rows and only_words(s, t.kind):
        t.add(-2.5, "a row of the story's data (one of a run of short lines)")


def ad(s: Signals) -> Score:
    return _ad(s).score()


def _ad(s: Signals) -> _Sum:
    t = _Sum("ad")
    if s.slot:
        t.add(2.5, "ad slot (iframe, <ins> or empty ad box)")
    paid = paid_card(s)
    if paid:
        # (a native ad's card, a banner: its link says it was paid for, rel="sponsored" — the link
        # is most of it; a review's verdict box with its "buy on Amazon" link is the review's)
        t.add(2.5, "a paid link (rel=sponsored)")
    if "ad" in s.tokens and s.words <= 10:
        t.add(1.5, f"ad class/id ({', '.join(s.tokens['ad'][:3])})")
    if s.words <= 10 and "ad" in s.vocab:
        t.add(2.0, f"ad word in a short line ({_quote(s.vocab['ad'])})")
        if "ad" in s.named and not s.links and s.vocab_share >= 0.6:
            # (`<section aria-label="Advertisement"><h2>Advertisement</h2></section>`: the region
            # says what it is as its line does — a heading "Advertising" of the story's own is no region)
            t.add(1.0, f"in a box named an ad for screen readers too ({_quote(s.named['ad'])})")
    elif s.words <= 10 and "ad" in s.named and not s.links:
        t.add(2.5, f"a short line in a box named an ad for screen readers ({_quote(s.named['ad'])})")
    # ("Story continues below advertisement", "Weiterlesen nach der Anzeige": a notice is its words or
    # names the ad; a live blog's "Die Sitzung wird nach der Mittagspause fortgesetzt" names the
    # story's own things, "La suite des débats après 21 h 30" a time)
    notice = not (s.story_term or DIGIT.search(s.text)) or "ad" in s.vocab or s.vocab_share > 0.5
    if s.words <= 12 and "continue" in s.vocab and "direction" in s.vocab and notice:
        t.add(2.0, f"'continues below' notice ({_quote(s.vocab['continue'] + s.vocab['direction'])})")
    if only_notice(s):
        # (a heading "Advertising" may be the story's own section: it is only marked)
        t.add(1.0, "nothing but an ad notice's words")  # "Anzeige", "ADVERTISEMENT", "Fortsetzung unten"
    if s.unspoken and 0 < s.words <= 4 and not s.links and not s.media and DIGIT.search(s.text) is None:
        # (a figure drawn for the eye, "$4.2 billion", is the story's: the number is read out elsewhere)
        t.add(2.0, "a short line hidden from screen readers (aria-hidden)")
    if s.empty_box and 0 < s.words <= 8 and not s.links and not s.sentences:
        t.add(2.0, "a short line over an empty box (a slot's label)")
    elif s.empty_box and not s.words and not s.media:
        t.add(1.0, "an empty box a script fills")
    elif (
        s.script and s.position == "between" and 0 < s.words <= 8 and not (s.links or s.sentences or s.media)
        and not (s.text_input or s.email_input or s.submit or s.textarea)
    ):
        # (an ad server's tag beside its label among the story's paragraphs, `<span>Anzeige</span>
        # <script src="…/invoke.js">`: the script draws the ad there. After the story, a sidebar's
        # widgets are drawn so under their titles too, and a comment form's field beside its label)
        t.add(2.0, "a short line beside a script that draws in its box")
    # (an interview's "Yes." twice, a song's refrain: a sentence said again is somebody's)
    said = s.sentences and not ("ad" in s.vocab or "continue" in s.vocab)
    if s.repeats >= 2 and s.words <= 10 and not s.heading and not s.links and not s.heads_prose and not said:
        t.add(1.5, f"same short line {s.repeats} times in the story")
    plain_line = 0 < s.words <= 8 and not (s.links or s.heading or s.media or s.sentences) and DIGIT.search(s.text) is None
    if plain_line and s.foreign:
        # (a few words between the story's paragraphs in another script, or in words the story's
        # language does not know, naming nothing of the story: a slot's label in the ad server's
        # language. Names are no such line: own.foreign_line wants a word in lower case)
        t.add(2.0, "a short line in another language than the story's, naming nothing of it")
    if t.points > 0 and len(s.typeset) >= 2 and plain_line:
        # ("ADVERTISEMENT" in small grey capitals mid-column: with other evidence of an ad only —
        # a story sets its subheads, its sign-off and a poem's lines so too)
        t.add(1.0, f"set as a notice ({', '.join(sorted(s.typeset))})")
    if 0 < s.words <= 4 and not s.links and not s.heading:
        t.add(0.5, f"{s.words} word(s) alone, no link")
    if t.points > 0:
        _where(s, t)
        if s.words > 25:
            t.add(-3.0, f"{s.words} words")
        if s.sentences and s.nonlink_words >= 8:
            t.add(-2.0, "holds a sentence")
        elif (
            s.sentences and s.words >= 4 and s.vocab_share < 0.5 and not (s.slot or s.empty_box or "ad" in s.tokens)
        ):  # ("Die Gemeinde hat Anzeige erstattet.": a sentence that uses the word, not a notice)
            t.add(-2.0, "a sentence using an ad word")
        if s.same_site_headlines:
            t.add(-1.0, "links to stories")
        if s.media and not (s.slot or paid) and "ad" not in s.tokens:
            t.add(-1.0, "holds media")
        _data(s, t)
    return t


def paid_card(s: Signals) -> bool:
    """A short block whose links are all marked as paid for (`rel="sponsored"`), none of them the
    site's headlines: a native ad's card or a banner, its label and its copy with it."""
    return (
        bool(s.paid_links) and s.paid_links >= s.links and not s.same_site_headlines
        and (s.words <= 12 or (s.words <= 25 and s.link_share >= 0.5))
    )


def only_notice(s: Signals) -> bool:
    """A line of a few words that is nothing but an ad notice's listed words — the slot's label
    ("Anzeige", "Publicidad:") or "the story goes on below" ("Fortsetzung unten") — not a heading."""
    return (
        0 < s.words <= 4 and s.vocab_share >= 0.6 and not s.links and not s.sentences and not s.heading
        and ("ad" in s.vocab or ("continue" in s.vocab and "direction" in s.vocab))
    )


def teaser(s: Signals) -> Score:
    return _teaser(s).score()


def _teaser(s: Signals) -> _Sum:
    t = _Sum("teaser")
    if s.cards >= 3 and s.same_site_headlines * 3 >= s.headline_links * 2:
        t.add(3.0, f"a list of {s.cards} story cards")
        if s.tag in ("ul", "ol") and not s.label and "teaser" not in s.tokens:
            t.add(-0.5, "a list without a title (the story's own?)")
    elif s.headline_links >= 2 and s.link_share >= 0.6:
        t.add(2.0, f"{s.headline_links} headline links, {s.link_share:.0%} link text")
        if s.headline_links >= 3:
            t.add(0.5, "three or more")
        if s.tag in ("ul", "ol") and not s.label and "teaser" not in s.tokens:
            t.add(-0.5, "a list without a title (the story's own?)")
    elif (
        s.headline_links == 1 and s.link_share >= 0.5 and _plain_words(s) <= 6 and s.tag not in ("li", "dt", "dd", "td")
        and (not s.media or "teaser" in s.tokens or link_card(s))  # (a linked photo with its caption is the story's)
        and not s.link_in_sentence  # ("Barcelona también <a>restringió el tráfico en 2020</a>.": a sentence's link)
    ):
        t.add(1.5, "one headline link standing alone" + (f" after '{s.label}'" if s.label else ""))
        if s.same_site_headlines and not s.label:
            t.add(1.0, "to a story of this site")
    if "teaser" in s.tokens and s.links and (s.headline_links or s.words <= 8 or "teaser" in s.label_vocab):
        # (a box named a card, a widget or a feed says what it is with a headline link, or its few
        # words: a candidate's card, a box of figures with a link to its source are the story's)
        t.add(1.5, f"teaser class/id ({', '.join(s.tokens['teaser'][:3])})")
    elif not s.links and not s.sentences and s.words <= 15 and "teaser" in s.tokens and "teaser" in s.vocab:
        # (a box named and titled as teasers whose links a script fills in: only its title is there)
        t.add(3.0, f"a teaser box by class/id and words, no links yet ({', '.join(s.tokens['teaser'][:3])})")
    # (a teaser's words are its label's, before its link — not a headline's own "related", nor a
    # sentence's "también", "anche", "juga" around its link)
    if s.label and s.label_words <= 6 and "teaser" in s.label_vocab and s.links and not s.link_in_sentence:
        t.add(1.5, f"teaser words ({_quote(s.label_vocab['teaser'])})")
    if s.label and _lettered(s.label) <= LINK_LABEL_WORDS and label_ends(s.label) and s.headline_links == 1:
        t.add(1.0, f"label '{s.label}' before the link")
    if t.points > 0:
        _where(s, t)
        if s.cards >= 3 or s.link_share >= 0.75:
            pass  # cards carry a line of text each: their sentences say nothing against them
        elif s.sentences and s.nonlink_words >= 8:
            t.add(-2.5, f"{s.nonlink_words} words of sentences outside links")
        elif s.nonlink_words > 25:
            t.add(-1.5, f"{s.nonlink_words} words outside links")
        if s.headline_links and s.offsite_links * 2 >= s.headline_links and not s.same_site_headlines:
            if "teaser" not in s.tokens and "teaser" not in s.label_vocab:  # (headline links: links)
                t.add(-2.0, "its links go to other sites (sources?)")
        if (s.tag in ("figure", "figcaption") and not s.headline_links) or (s.media and not s.links):
            t.add(-1.5, "a figure")
        if s.introduced and s.tag in LIST_TAGS and "teaser" not in s.tokens and "teaser" not in s.label_vocab:
            t.add(-2.5, "introduced by the story's sentence ('…:'): its own list")
    return t






def _plain_words(s: Signals) -> int:
    """Words outside links that are not numbers, dates or times: a card's "10 de febrero de 2021
    07:30 AM" is a dateline, not somebody's text."""
    if not s.label:
        return s.nonlink_words
    return sum(1 for w in s.label.split() if DIGIT.search(w) is None)


def link_card(s: Signals) -> bool:
    """A rich link card: a picture and one headline link to another story of this site, and no
    words but the link's, and no sentence: a headline, not a caption (a lead photo linked to its
    gallery carries its caption in the link, written in sentences)."""
    return (
        s.media and s.same_site_headlines == 1 and s.links <= 2 and not s.sentences
        and _plain_words(s) == 0 and s.link_share >= 0.9
    )


LINK_LABEL_WORDS = 4  # words of a label before a story's link ("Related story:", "Lesen Sie auch:")


def label_and_link(s: Signals) -> bool:
    """One headline link to another story of this site after a label of a few words that ends as a
    label does ("Scéal gaolmhar: <a>…</a>"), nothing else beside it, no sentence: what a caption
    never is (a caption says what a photo shows; it does not end in a colon before a headline)."""
    return (
        s.headline_links == 1 and s.same_site_headlines == 1 and s.links <= 2 and not s.sentences
        and bool(s.label) and _lettered(s.label) <= LINK_LABEL_WORDS and label_ends(s.label) and s.link_share >= 0.5
    )


def _lettered(label: str) -> int:
    """A label's words with letters (French sets its colon apart, "Pour aller plus loin :"; an arrow
    after a kicker, "On the same subject: →", is no word)."""
    return sum(1 for w in label.split() if HAS_LETTER.search(w))


def newsletter(s: Signals) -> Score:
    return _newsletter(s).score()


def _newsletter(s: Signals) -> _Sum:
    t = _Sum("newsletter")
    if s.email_input:
        t.add(3.0, "email field")
    elif s.signup_frame:
        t.add(3.0, "a newsletter service's sign-up form in a frame")
    elif s.text_input and s.submit and not s.search_form:
        t.add(1.0, "text field and button")
    # (a line whose links are all mail addresses — "Email her", "Write to the desk" — is a way to
    # reach somebody, a sign-off's or a contact's: its words for mail are no sign-up's)
    contact = s.links and s.mail_links >= s.links and not (s.email_input or s.signup_frame or s.signup_link)
    if s.words <= 60 and "newsletter" in s.vocab and not contact:
        t.add(2.0, f"sign-up words ({_quote(s.vocab['newsletter'])})")
    elif len(set(s.signup_words)) >= 2 and not contact:
        # (a blurb that says two things of a sign-up, "the briefing in your inbox": one word alone
        # is a story's as often — "enter your email at", "first appeared in our newsletter",
        # "you need to sign up in advance")
        t.add(2.0, f"sign-up words in its blurb ({_quote(s.signup_words)})")
    drawn = (s.frame or s.empty_box) and not (s.email_input or s.signup_frame)
    if drawn and "newsletter" in s.vocab and s.words <= DRAWN_FORM_WORDS and not contact:
        # (a prompt over an embedded form or a box a script draws one in — Google Forms, a form
        # service's widget: the form is not on the page, its prompt says what it is)
        t.add(1.0, "sign-up words over an embedded form or a box a script fills")
    if s.signup_link and s.words <= 40:
        t.add(2.0, "its link or form goes to a sign-up")
    if "newsletter" in s.tokens:
        t.add(1.5, f"newsletter class/id ({', '.join(s.tokens['newsletter'][:3])})")
    if t.points > 0:
        if s.submit or (s.links and s.words <= 15 and not contact):
            t.add(1.0, "a button or link to act on")
        _where(s, t)
        if s.search_form:
            t.add(-3.0, "a search form")
        if s.textarea:
            t.add(-3.0, "a comment form")
        if s.words > 80:
            t.add(-3.0, f"{s.words} words")
        _data(s, t)
    return t


DRAWN_FORM_WORDS = 15  # a prompt's words over a form drawn in (more: a caption, a story's line)


def promo(s: Signals) -> Score:
    return _promo(s).score()


def _promo(s: Signals) -> _Sum:
    t = _Sum("promo")
    # (buttons told apart by their words for screen readers, "Click to share on X (Opens in new
    # window)", say much in their links and nothing outside them)
    share_box = s.share_links >= 2 and (s.words <= 15 or (s.nonlink_words <= 15 and s.link_share >= 0.6))
    if share_box:
        t.add(3.0, f"{s.share_links} share buttons")
    elif s.share_links == 1 and s.words <= 6 and not s.sentences and not s.media:  # (a photo's "pin it")
        t.add(1.5, "a share button")
    elif s.social_links >= 2 and s.link_share >= 0.3:
        t.add(2.0, f"{s.social_links} links to social networks")
    elif s.social_links == 1 and s.words <= 12:
        t.add(1.5, "a link to a social network")
    call = bool((s.social_links or s.share_links) and s.words <= 10 and opens_with(s.text, "promo"))
    if call:  # "Follow us on Twitter and Facebook for more ...": the verb first, the networks linked
        t.add(2.0, f"a call to follow or share, with its links ({_quote(s.vocab.get('promo', ()))})")
    # (names of what a box holds — a poll, a rating, a callout, a league's promotion rows — name the
    # story's own boxes as often as the widgets asking the reader: they count beside what a promo
    # does, share or network links, a button, its words)
    acts = s.share_links or s.social_links or s.submit or "promo" in s.vocab or "self" in s.vocab
    named = "promo" in s.tokens and (acts or not _CONTENT_FORMS.issuperset(s.tokens["promo"]))
    if named and (s.links or s.submit or s.share_links) and s.words <= 30:
        t.add(1.5, f"promo class/id ({', '.join(s.tokens['promo'][:3])})")
        if s.words <= 4 and not s.sentences:
            t.add(0.5, "a small control of its own")
        elif s.own_tokens & {"promo"}:
            t.add(0.5, "named so itself, not only a part of it")
    if s.words <= 6 and "promo" in s.vocab:
        t.add(1.5, f"promo words ({_quote(s.vocab['promo'])})")
        if label_ends(s.text) or "self" in s.vocab:  # "Artikel teilen:", "Share this article"
            t.add(1.0, "a label for the article's buttons")
    asks = False
    if s.words <= 12 and "self" in s.vocab and _ASKS.search(s.text):
        # "Did you like this article?" with its buttons: the site speaking to the reader
        acts = s.links or s.submit or s.share_links or s.text_input
        asks = bool(acts) or asks_alone(s)
        t.add(2.0 if acts else 2.5 if asks else 1.0, f"asks or tells the reader about the article ({_quote(s.vocab['self'])})")
    if t.points > 0:
        if s.links or s.submit or s.share_links:  # (share buttons are mostly icons: links without words)
            t.add(0.5, "a link or button")
        _where(s, t)
        if s.words > 30 and not share_box:
            t.add(-3.0, f"{s.words} words")
        if s.sentences and s.nonlink_words >= 5 and not (call or asks):
            t.add(-2.5, "holds a sentence")
        _data(s, t)
    return t


_ASKS_AT_END = re.compile(r"[?？]\s*$")


_CONTENT_FORMS = frozenset(words.CONTENT_FORM_TOKENS)


def asks_alone(s: Signals) -> bool:
    """A short question on a line of its own, no heading ("War dieser Artikel nützlich?", "Kļūda
    rakstā?"): the site asking the reader about the article, not the story asking its own."""
    return 0 < s.words <= 6 and not s.heading and _ASKS_AT_END.search(s.text) is not None


_SCORERS = (_ad, _teaser, _newsletter, _promo)
# Story tokens that name what a photo, a chart or a video carries: never overruled by an empty box
# (a lazy image's placeholder is one).
_MEDIA_STORY_TOKENS = MEDIA_NAMES


_JUNK = frozenset(KINDS)
_CARD_DATES = frozenset(("date", "timestamp"))
_GENERIC_STORY_TOKENS = frozenset(("table", "box", "highlight", "summary"))  # wrappers' names, not media
# (and the thumbnails each card carries: `show-image`, `post-thumbnail` in a list of three cards or
# more, each a headline link to another story of the site, are the cards' pictures — a gallery's
# photos link to no story; a chart, a map, a video still name the story's own)
_CARD_PICTURES = frozenset(("image", "photo", "media", "caption", "figcaption"))
_CARD_STORY_TOKENS = _GENERIC_STORY_TOKENS | _CARD_DATES | _CARD_PICTURES


def story_names(s: Signals, own: set[str]) -> set[str]:
    """The names of the story's own furniture that a box's own class or id gives it ("sources",
    "byline"), which its parts carry too: not a generic wrapper's ("box", "table") nor a medium's
    (a "media" box holds promoted cards as often as photos), and none when the box is named for junk
    anywhere near its top."""
    if any(kind in s.tokens for kind in ("ad", "teaser", "newsletter", "promo")):
        return set()
    return (own & set(s.tokens.get("story", ()))) - _GENERIC_STORY_TOKENS - _MEDIA_STORY_TOKENS


def _slot_note(s: Signals, top: Score) -> bool:
    """An ad slot's label named like the story's furniture ("mid-break__note" over an empty box,
    "unit__caption" over an ad frame): the story token is a part's, not the block's own, and the
    block holds the slot and no media. A wrapper's generic name ("gn-box", "adf-box": a box, a
    table) names nothing of the story's, the block's own or not: its slot, its empty box or the
    script that draws in it says what it holds."""
    if top.kind != "ad" or s.media:
        return False
    generic = _GENERIC_STORY_TOKENS.issuperset(s.tokens["story"])
    if "story" in s.own_tokens and not generic:
        return False
    # (an ad frame or an ad-named component is a slot whatever its label's class says; an empty box
    # alone might be a lazy photo's placeholder, whose caption the story's media tokens protect)
    # (a script draws its ad where it stands among the story's paragraphs; after the story, a
    # sidebar's widgets are drawn so too)
    drawn = s.script and generic and s.position == "between"
    return s.slot or (s.empty_box and not _MEDIA_STORY_TOKENS.intersection(s.tokens["story"])) or drawn


def best(s: Signals) -> Score:
    top = max([f(s) for f in _SCORERS], key=_rounded).score()
    if top.points <= 0:
        return top
    extra = []
    teaser_box = top.kind == "teaser" and s.headline_links >= 2 and ("teaser" in s.tokens or "teaser" in s.vocab)
    # (a list of story cards in a "story-table" or a "box": generic wrappers' names do not make it
    # the story's; a chart's, a map's or a video's still do)
    # (nor do the dates each card carries: `news-date-time` in a list of cards is theirs, not the
    # story's dateline)
    teaser_box |= (
        top.kind == "teaser" and s.cards >= 3 and s.same_site_headlines >= 3
        and "story" in s.tokens and _CARD_STORY_TOKENS.issuperset(s.tokens["story"])
    )
    # (a rich link card in a wrapper named for media or captions: the card is not the story's photo)
    # (and a labelled link in one: a link embed's card, "Mwy am hyn:" as its figcaption)
    teaser_box |= (
        top.kind == "teaser" and (link_card(s) or label_and_link(s))
        and _MEDIA_STORY_TOKENS.issuperset(s.tokens.get("story", ()))
    )
    # (a box whose own class names both a medium and junk, `audio-promo`, `video-teaser`: the
    # medium is what the junk promotes, not the story's photo or sound)
    teaser_box |= (
        "story" in s.own_tokens and not _JUNK.isdisjoint(s.own_tokens)
        and _MEDIA_STORY_TOKENS.issuperset(s.tokens["story"])
    )
    # (a box's title or an empty box named for a kind of junk by its own class, beside a generic
    # wrapper's name: `c-newsletter_signup_box__title`, `box two-related-articles` a script fills)
    named_box = (
        top.kind in s.own_tokens and s.words <= 8 and _GENERIC_STORY_TOKENS.issuperset(s.tokens.get("story", ()))
    )
    # (an ad notice alone in or after the story, set as a "note": `<footer class="break-note">`; a
    # note of the story's, an editor's, says more than a notice's few listed words)
    label_note = top.kind == "ad" and set(s.tokens.get("story", ())) <= {"note"} and (
        (s.position == "between" and "ad" in s.vocab and 0 < s.words <= 4 and not s.links)
        or (s.position != "before" and only_notice(s))
    )
    # (a newsletter service's sign-up frame embedded as a figure, `<figure class="wp-block-embed">`
    # with its figcaption: the caption is the frame's, not a photo's of the story)
    frame_caption = top.kind == "newsletter" and s.signup_frame and _MEDIA_STORY_TOKENS.issuperset(s.tokens.get("story", ()))
    if (
        "story" in s.tokens and not teaser_box and not named_box and not label_note and not frame_caption
        and not _slot_note(s, top)
    ):
        extra.append((-1.5, f"the story's own furniture by class/id ({', '.join(s.tokens['story'][:3])})"))
    # A heading (or a line that is all bold) is the story's structure — a live blog's entry, a
    # listicle's item, a speaker's name — unless its words are nothing but a listed label.
    labelled_link = s.headline_links == 1 and label_ends(s.label)  # "READ: <a>…</a>" in a heading's type
    only_label = top.kind == "ad" and s.vocab_share >= 0.6  # "ADVERTISEMENT" set as a heading
    only_label |= top.kind == "promo" and s.vocab_share >= 0.6 and label_ends(s.text)  # <h6>Share:</h6>
    named = top.kind in s.tokens and s.words <= 8  # <h2 class="newsletter-signup__title">
    named |= top.kind == "ad" and ("ad" in s.named or s.unspoken)  # <section aria-label="Advertisement"><h2>…</h2>
    # (a heading over the story's next paragraph is its section's title, "Werbung" or "广告" in a
    # story about advertising: a slot's label is over the slot)
    section = s.titles_prose and not (s.slot or s.empty_box or named or s.headline_links)
    if s.heading and (section or not (s.slot or s.email_input or s.signup_frame or labelled_link or only_label or named)):
        extra.append((-1.5, "a heading of the story's"))
    elif s.tag in ("figure", "figcaption") and not (s.slot or s.email_input or s.signup_frame or s.headline_links):
        extra.append((-1.5, "a caption of the story's"))
    if not extra:
        return top
    points = top.points + sum(p for p, _ in extra)
    return Score(top.kind, round(points, 2), (*top.why, *(f"{why} ({p:+.1f})" for p, why in extra)))
