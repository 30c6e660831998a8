"""What the detector knows of a link, worked out once a page: its words, whether it goes to another
site or a social network, whether it reads as a headline of a story (its text, or the card an
empty "stretched" link is laid over), and whether it goes to a sign-up page or shares the page.
"""

from __future__ import annotations

import re

from ...rules import words
from ..page import INLINE_TAGS
from . import marks as M
from . import signals, wording
from .targets import article_like, links_here, this_story

_UNSPACED = words.UNSPACED
_SOCIAL = tuple(words.SOCIAL_HOSTS)
# A link that shares the page it is on: a network's share endpoint, whatever the link's text (share
# buttons are mostly icons) and whatever the page's language.
_SHARE_TARGET = re.compile(
    r"sharer|/share(?:article|\.php|/?\?|$)|/intent/(?:tweet|post)|/pin/create|/submit\?url=|wa\.me/\?|"
    r"whatsapp://send|whatsapp\.com/send|t\.me/share|telegram\.me/share|/sharing/|addtoany\.com/add_to|"
    r"mailto:\?(?:subject|body)=|[?&](?:share|sharer)=",
    re.IGNORECASE,
)
# What every match of SIGNUP_TARGET and of _SHARE_TARGET holds, lower-cased: an address in ASCII
# (nearly all) that holds none of these cannot match, whatever the case, and is not searched.
_SIGNUP_KEYS = (
    "newsletter", "subscri", "sign", "/register", "/join", "optin", "opt-in", "list-manage", "/abonn", "/suscri",
    "/assin", "/inscri", "/nl/", "mailchi", "/mailing",
)  # fmt: skip
_SHARE_KEYS = ("shar", "/intent/", "/pin/create", "/submit?url=", "wa.me/?", "whatsapp", "addtoany.com/add_to", "mailto:?")


_HASHTAG_PAGE = re.compile(r"/(?:hashtag|explore/tags|tags?|search)/|/search\?|[?&]q=%23", re.IGNORECASE)
_SIGNUP_KEY = re.compile("|".join(map(re.escape, _SIGNUP_KEYS)))  # (one search, not one `in` a key)
_SHARE_KEY = re.compile("|".join(map(re.escape, _SHARE_KEYS)))


def _targets(href: str) -> tuple[bool, bool]:
    """(sign-up target, share target) of a link's address."""
    if not href:
        return False, False
    if href.isascii():
        low = href.lower()
        signup = _SIGNUP_KEY.search(low) is not None and M.SIGNUP_TARGET.search(href) is not None
        share = _SHARE_KEY.search(low) is not None and _SHARE_TARGET.search(href) is not None
        return signup, share
    return M.SIGNUP_TARGET.search(href) is not None, _SHARE_TARGET.search(href) is not None



# (a newsletter's or a membership's words, or a newsletter service's host: another site's "/join" there
# is a sign-up)
_STRONG_SIGNUP = re.compile(
    r"newsletter|subscri|suscri|sign-?up|optin|opt-in|list-manage|mailchi|eepurl|/mailing|substack|beehiiv|"
    r"buttondown|convertkit|mailerlite|memberful|steadyhq|ghost\.io|campaign-archive",
    re.IGNORECASE,
)


def _weak_signup_only(href: str) -> bool:
    """Whether a sign-up target says only "register", "join", "enrol" (no newsletter, subscription
    or mailing list)."""
    return _STRONG_SIGNUP.search(href) is None


def _is_headline(text: str) -> bool:
    if _UNSPACED.search(text):
        return len(text) >= 8
    return 4 <= len(text.split()) <= 30  # (words_in of a text in a spaced script)


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


OVERLAY_CARD_WORDS = 40  # a card a link is laid over: its headline, label, byline and date


def overlaid_card(page, a):
    """The card an empty link is laid over (a "stretched" link: `<div class="card"><a href="/story">
    </a><img><h4>Headline</h4><p>By X</p></div>`, the whole card its target): the link's parent,
    when it holds a heading that reads as a headline, no other link with words, and few words.
    Clicking anywhere on the card follows the link, so the card's words are the link's. None
    otherwise (an anchor, an icon's link to a profile, an empty link in a line of text)."""
    href = a.get("href")
    if not article_like(href) or this_story(page.url, href):
        return None  # (a card's target is another story, not a profile, a section or this story)
    card = a.getparent()
    if card is None or card.tag in INLINE_TAGS or card.tag in ("p", "li", "td", "body", "article", "main", "figure"):
        return None
    if next(card.iter("figcaption"), None) is not None:
        return None  # (a photo with its caption, its lightbox link laid over it, is the story's)
    if not any(_is_headline(page.text(h)) for h in card.iter(*signals.HEADINGS)):
        return None
    if any(page.text(other) for other in card.iter("a") if other is not a):
        return None
    return card if 0 < wording.words_in(page.text(card), normalised=True) <= OVERLAY_CARD_WORDS else None


def anchor(page, a, cache: dict) -> tuple:
    """(text, words, offsite, social, headline, same-site headline, sign-up target, share target,
    mail address, paid) of a link, worked out once a page. Paid: marked `rel="sponsored"`, as the
    web's convention asks of a link somebody paid for (an ad's, a native ad's, an affiliate's)."""
    got = cache.get(a)
    if got is None:
        href = a.get("href")
        # (an anchor with no target, `<a name>` or the `<a href="">` a script fills in, goes
        # nowhere yet: its words are the block's own, not a link's)
        atext = page.text(a) if href and href.strip() else ""
        signup, share = _targets(href or "")
        if signup and _weak_signup_only(href):
            # (another site's "/inscription", "/register", "/join": a school's, an exam's, a
            # party's enrolment the story points to — a sign-up there is a newsletter's or a list's)
            host = page.link_host(a)
            signup = not (host and page.is_offsite(host))
        # (a `mailto:` address writes to somebody — a reporter, the desk: a contact, no sign-up)
        mail = bool(href) and not share and href.lstrip()[:7].lower() == "mailto:"
        paid = "sponsored" in (a.get("rel") or "").lower().split()
        card = a
        if not atext and len(a) == 0:
            card = overlaid_card(page, a)
            atext = page.text(card) if card is not None else ""
        if not atext:
            got = ("", 0, False, False, False, False, signup, share, mail, paid)
        else:
            host = page.link_host(a)
            offsite = page.is_offsite(host) if host else False
            # (a hashtag's page on a network, `twitter.com/hashtag/RedForEd`, is a topic the story
            # names, not the site's profile to follow)
            social = bool(offsite and host and host.endswith(_SOCIAL)) and _HASHTAG_PAGE.search(href or "") is None
            headline = bool(
                (_is_headline(atext) or (len(card) and _card_headline(page, card)))
                and (offsite or article_like(href))
                and not (not offsite and links_here(page.url, href))
            )
            same = headline and not offsite and bool(host)
            got = (atext, wording.words_in(atext, normalised=True), offsite, social, headline, same, signup, share, mail, paid)
        cache[a] = got
    return got
