"""What the learned scorer reads of a block: a table of small named features of its `Signals`.

Each feature is a number (a yes/no is 1.0 or 0.0; counts are capped, sizes taken as logarithms, so
that no one block's size outweighs the rest). The hand scorer's points per kind are features too:
the learned weights say how far to trust each kind's hand-set evidence beside the raw signals. The
weights over these are fitted on the hand-labelled pages of the tuning set
(`python -m bench.detect_fit`) and read from weights.json (weights.py).
"""

from __future__ import annotations

import math

from . import score
from .signals import Signals
from .targets import JUNK_KINDS
from .wording import label_ends

_KINDS = JUNK_KINDS
_VOCAB = ("ad", "teaser", "newsletter", "promo", "self", "continue")


def _log(n: float) -> float:
    return math.log1p(max(0.0, n))


def _cap(n: float, top: float) -> float:
    return float(min(n, top))


def _yes(value) -> float:
    return 1.0 if value else 0.0


# name -> (what it measures, the function of the block's Signals and its hand scores by kind)
FEATURES: dict = {
    # -- the hand scorer's verdicts (score.py): its points per kind, and its best after what the
    #    story's own furniture (class names, headings, captions) takes off
    "hand_ad": ("hand-set points as an ad", lambda s, h: h["ad"]),
    "hand_teaser": ("hand-set points as teasers", lambda s, h: h["teaser"]),
    "hand_newsletter": ("hand-set points as a sign-up box", lambda s, h: h["newsletter"]),
    "hand_promo": ("hand-set points as a share or follow promo", lambda s, h: h["promo"]),
    "hand_best": ("hand-set score", lambda s, h: h["best"]),
    # -- size and text
    "log_words": ("words (log)", lambda s, h: _log(s.words)),
    "log_own_words": ("words outside links (log)", lambda s, h: _log(s.nonlink_words)),
    "few_words": ("four words or fewer", lambda s, h: _yes(0 < s.words <= 4)),
    "no_words": ("no text", lambda s, h: _yes(s.words == 0)),
    "sentences": ("sentence ends, up to 3", lambda s, h: _cap(s.sentences, 3)),
    "own_sentence": ("a sentence of eight words outside links", lambda s, h: _yes(s.sentences and s.nonlink_words >= 8)),
    "label_end": ("its short text ends as a label (':', '»')", lambda s, h: _yes(label_ends(s.label))),
    # -- links
    "link_share": ("share of its text in links", lambda s, h: s.link_share),
    "links": ("links, up to 5", lambda s, h: _cap(s.links, 5)),
    "headline_links": ("headline links, up to 5", lambda s, h: _cap(s.headline_links, 5)),
    "same_site_headlines": ("headline links to this site, up to 5", lambda s, h: _cap(s.same_site_headlines, 5)),
    "one_headline": ("exactly one headline link", lambda s, h: _yes(s.headline_links == 1)),
    "offsite_links": ("links to other sites, up to 5", lambda s, h: _cap(s.offsite_links, 5)),
    "social_links": ("links to social networks, up to 3", lambda s, h: _cap(s.social_links, 3)),
    "share_links": ("share buttons, up to 3", lambda s, h: _cap(s.share_links, 3)),
    "cards": ("story cards of one template, up to 6", lambda s, h: _cap(s.cards, 6)),
    "link_card": ("a rich link card (picture and one headline)", lambda s, h: _yes(score.link_card(s))),
    # -- forms, slots, media
    "email_input": ("email field", lambda s, h: _yes(s.email_input)),
    "text_input": ("text field", lambda s, h: _yes(s.text_input)),
    "search_form": ("search form", lambda s, h: _yes(s.search_form)),
    "textarea": ("comment box", lambda s, h: _yes(s.textarea)),
    "submit": ("a button", lambda s, h: _yes(s.submit)),
    "signup": ("a sign-up target or frame", lambda s, h: _yes(s.signup_link or s.signup_frame)),
    "slot": ("ad slot", lambda s, h: _yes(s.slot)),
    "empty_box": ("an empty box a script fills", lambda s, h: _yes(s.empty_box)),
    "media": ("holds a picture or video", lambda s, h: _yes(s.media)),
    # -- shape and place
    "heading": ("a heading or a line all bold", lambda s, h: _yes(s.heading)),
    "list_tag": ("a list (ul/ol)", lambda s, h: _yes(s.tag in ("ul", "ol"))),
    "figure_tag": ("a figure or caption", lambda s, h: _yes(s.tag in ("figure", "figcaption"))),
    "item_tag": ("a list item or cell", lambda s, h: _yes(s.tag in ("li", "dt", "dd", "td"))),
    "between": ("between story paragraphs", lambda s, h: _yes(s.position == "between")),
    "after": ("after the story", lambda s, h: _yes(s.position in ("after", "end"))),
    "before": ("before the story", lambda s, h: _yes(s.position == "before")),
    "repeated": ("the same short line again in the story", lambda s, h: _yes(s.repeats >= 2)),
    "typeset": ("cues of a notice's type (small, centred, grey, capitals), up to 3", lambda s, h: _cap(len(s.typeset), 3)),
    "heads_prose": ("first line over the story's prose", lambda s, h: _yes(s.heads_prose)),
    # -- names and words (evidence, not gates)
    **{
        f"token_{k}": (f"{k} class/id near its top", (lambda k: lambda s, h: _yes(k in s.tokens))(k))
        for k in (*_KINDS, "story")
    },
    "own_token": ("its own class/id names a kind of junk", lambda s, h: _yes(s.own_tokens & set(_KINDS))),
    **{f"words_{k}": (f"{k} words", (lambda k: lambda s, h: _yes(k in s.vocab))(k)) for k in _VOCAB},
    "vocab_share": ("share of its short text that is listed words", lambda s, h: s.vocab_share),
}
NAMES = tuple(FEATURES)


def kind_points(s: Signals) -> dict:
    """The hand scorer's points per kind."""
    return {f.__name__: f(s).points for f in (score.ad, score.teaser, score.newsletter, score.promo)}


def hand_scores(s: Signals) -> dict:
    """The hand scorer's points per kind and its best (with what speaks for the story's own)."""
    return {**kind_points(s), "best": score.best(s).points}


def vector(s: Signals, hand: dict | None = None) -> dict:
    """The block's features by name."""
    hand = hand_scores(s) if hand is None else hand
    return {name: float(f(s, hand)) for name, (_about, f) in FEATURES.items()}


def about(name: str) -> str:
    return FEATURES[name][0]
