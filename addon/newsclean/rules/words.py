"""Named word lists the detector reads as evidence (never as a gate): stems and short phrases of
what junk says, by role, in many languages, and the class/id tokens templates give it.

Plain data: no DOM, no engine. The named word lists are vocabulary.toml's, by list and by
language (`LANGUAGES_OF`), joined into `LISTS`. A list is matched as a whole-word alternation,
case-folded; a stem ending in ``*`` matches any ending (``advert*``: advert, advertisement, advertising). Where a
language writes no spaces between words (Chinese, Japanese, Thai), entries match anywhere.
Entries and texts are compared without the accents of Latin, Greek and Cyrillic letters (`fold`):
"publicite" finds "Publicité", "reklama" finds "Reklāma", as readers type and sites misspell them.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache
from importlib import resources

# The named word lists, by list and by language, are data: vocabulary.toml beside this module
# (what each list is for, and the words left out and why, are said there). Read once, at import.
_VOCABULARY = tomllib.loads(resources.files(__package__).joinpath("vocabulary.toml").read_text("utf-8"))
#: {list name: {language: its entries}}: which languages a list speaks (ISO 639-1 codes where there
#: is one, else ISO 639-3, with a script or region subtag: "zh-Hant", "sr-Latn").
LANGUAGES_OF: dict[str, dict[str, tuple[str, ...]]] = {
    name: {lang: tuple(entries) for lang, entries in table.items()} for name, table in _VOCABULARY.items()
}


def _joined(name: str) -> tuple[str, ...]:
    return tuple(entry for entries in LANGUAGES_OF[name].values() for entry in entries)


# What an ad notice says: the slot's label, "sponsored", content a partner paid for.
AD_WORDS = _joined("ad")
# "... continues below", "weiter nach", "la suite après": words of a notice that the story goes on.
CONTINUE_WORDS = _joined("continue")
# What a teaser says before its link or over its box.
TEASER_WORDS = _joined("teaser")
# What a newsletter or subscription prompt says.
NEWSLETTER_WORDS = _joined("newsletter")
# What other injected furniture says: follow us, get the app, share, donate, comment.
PROMO_WORDS = _joined("promo")
# How a page names itself when it speaks to its reader ("Did you like this article?").
SELF_WORDS = _joined("self")
# Where a notice says the story goes on: "below", "after", "unten", "après".
DIRECTION_WORDS = _joined("direction")

# Class and id tokens of templates' furniture (split on - _ and camelCase, case-folded).
AD_TOKENS = (
    "ad", "ads", "adv", "advert", "advertisement", "advertising", "adslot", "adunit", "adbox", "adblock",
    "adsense", "adsbygoogle", "dfp", "gpt", "doubleclick", "banner", "bnr", "sponsor", "sponsored", "billboard",
    "leaderboard", "mpu", "skyscraper", "teads", "outstream", "inread", "anzeige", "werbung", "publicidad",
    "reklama", "iklan", "commercial", "adzone", "adcontainer", "adwrap", "admanager", "googletag",
    "reklam", "reklame", "annonce", "annons", "anuncio", "anuncios", "publicite", "pubblicita", "mainos",
    "hirdetes", "oglas", "reclame", "advertentie", "advertorial", "sponsorship", "promoted", "preroll",
    # ad servers' and ad plugins' own names
    "advads", "adthrive", "raptive", "mediavine", "ezoic", "freestar", "adngin", "snigel", "prebid", "pbjs",
)  # fmt: skip
# Data attributes an ad unit's script reads, by name: AdSense's `<ins data-ad-client data-ad-slot
# data-ad-format>`, Google Publisher Tag's `data-google-query-id` on a filled slot, the ad plugins'
# `data-ad-unit`/`data-adunit`/`data-ad-placement`, and the names the filter lists hide whatever the
# element (`[data-ad-module]`, `[data-ad-width]`, `[data-ad-name]`, `[data-ad-manager-id]`,
# `[data-ad-cls]`, `[data-freestar-ad]`). Names, not prefixes: a player's `data-ad-config-id`, a
# region's `data-ad-exclude` and an image's `data-adaptive` are no ad units.
AD_DATA_ATTRS = (
    "data-ad-client", "data-ad-slot", "data-ad-format", "data-google-query-id", "data-ad-unit", "data-adunit",
    "data-ad-unit-path", "data-adslot", "data-ad-placement", "data-ad-module", "data-ad-width", "data-ad-height",
    "data-ad-name", "data-ad-manager-id", "data-ad-cls", "data-freestar-ad", "data-ad-size", "data-ad-sizes",
)  # fmt: skip
TEASER_TOKENS = (
    "related", "relacionadas", "recommend", "recommended", "recommendations", "recirc", "recirculation",
    "teaser", "teasers", "outbrain", "taboola", "trending", "popular", "mostread", "readmore", "readnext",
    "readalso", "alsoread", "more", "moreon", "morestories", "upnext", "next", "suggested", "feed", "widget",
    "linkbox", "card", "cards", "mustread", "dontmiss", "youmaylike", "further", "zergnet", "plista",
    "ligatus", "revcontent", "mgid", "ob", "tbl", "rel", "crosslink", "internallink", "storylink",
)  # fmt: skip
NEWSLETTER_TOKENS = (
    "newsletter", "newsletters", "signup", "subscribe", "subscription", "optin", "opt", "nl", "email",
    "mailchimp", "mc", "inbox", "paywall", "piano", "regwall",
)  # fmt: skip
PROMO_TOKENS = (
    "share", "sharing", "social", "follow", "app", "download", "promo", "promotion", "donate", "podcast",
    "cta", "callout", "comments", "comment", "sharebar", "toolbar", "rating", "survey", "feedback",
    "voting", "poll", "reactions", "sharedaddy",
)  # fmt: skip
# Promo tokens that name what a box holds (a poll, a rating, a league's promotion rows): the story's
# own boxes are named so as often as the widgets asking the reader; they count beside a promo's doing.
CONTENT_FORM_TOKENS = ("poll", "voting", "survey", "rating", "reactions", "callout", "promotion")
# Tokens of the story's own furniture that resembles junk.
STORY_TOKENS = (
    "caption", "figcaption", "credit", "byline", "author", "dateline", "quote", "pullquote", "blockquote",
    "correction", "editor", "note", "update", "timestamp", "date", "source", "sources", "footnote",
    "disclaimer", "bio", "subhead", "subheading", "chapter", "toc", "highlight", "summary", "lede",
    "factbox", "infobox", "box", "gallery", "photo", "image", "media", "video", "audio", "map", "chart",
    "table", "graphic", "tweet", "twitter-tweet", "twittertweet", "instagram-media", "instagrammedia",
    "tiktok-embed", "tiktokembed",
)  # fmt: skip

# Tokens of the page's furniture around the story that holds sentences of its own — comments, a
# sidebar's widgets, the footer, a cookie or consent dialog: none of it is the story's prose.
ASIDE_TOKENS = (
    "comment", "comments", "commentlist", "commentslist", "disqus", "respond", "widgetarea", "sidebar",
    "footer", "colophon", "cookie", "cookies", "consent", "gdpr", "dsgvo", "privacy", "modal", "popup",
)  # fmt: skip

# Hosts of social networks (a box of links only to these is a follow/share box).
SOCIAL_HOSTS = (
    "facebook.com", "twitter.com", "x.com", "instagram.com", "linkedin.com", "pinterest.com", "reddit.com",
    "whatsapp.com", "wa.me", "t.me", "telegram.me", "youtube.com", "tiktok.com", "flipboard.com",
    "news.google.com", "plus.google.com", "vk.com", "line.me", "weibo.com", "threads.net", "bsky.app",
)  # fmt: skip

# Gambling and SEO spam, for the rules' `text-words = "spam"` (what a spam link says) and
# `href-words = "spam"` (what a spam page's address looks like): RE2 patterns, each compiled once
# however many rules name it.
SPAM_TEXT = r"(?i)\b(?:gacor|togel|toto(?:gel|macau| macau| togel| slot| online)|judi(?: ?bola| ?online| ?slot)?|maxwin|sbobet|bandar ?(?:q|qq|togel|bola|slot|judi)|domino ?qq|poker ?qq|sabung ?ayam|sv388|scatter hitam|mahjong ways?|pg ?soft|pragmatic ?play|slot ?(?:gacor|online|demo|deposit|dana|pulsa|thailand|server|maxwin|terpercaya|resmi)|(?:situs|link|daftar|demo|rtp|agen|akun) ?(?:slot|togel|toto|judi|bola|casino)|rtp ?(?:slot|live)|(?:online|live|crypto) casino|casino (?:online|bonus|terpercaya)|poker online|bet online|sports ?betting|viagra|cialis|kamagra|levitra|replica watch(?:es)?|essay writing|(?:instagram|tiktok) followers|buy followers|payday loans?|[a-z]{2,}(?:4d|55|66|69|77|88|99|123|138|168|188|303|365|368|777|888|999)|[a-z]{2,}slot)\b"
SPAM_TARGET = r"(?i)^(?:https?:)?//[^/?#]*(?:gacor|togel|toto(?:macau|gel|slot|[0-9])|judi(?:bola|online|slot)|situsjudi|agenjudi|maxwin|sbobet|bandar(?:q|qq|togel|bola|slot|judi)|dominoqq|slot|casino|kasino|poker|viagra|cialis|replicawatch|essay|[a-z]{2,}(?:4d|55|66|69|77|88|99|123|138|168|188|303|365|368|777|888|999))|[/=_.-](?:gacor|togel|maxwin|sbobet|slot[-_](?:gacor|online|demo|deposit|dana|pulsa|thailand|server|maxwin)|judi[-_]?(?:bola|online|slot)|situs[-_](?:slot|togel|toto|judi)|toto[-_](?:macau|togel|slot)|(?:agen|bandar)[-_]?(?:bola|togel|slot|judi)|bandarq?q|domino[-_]?qq|sabung[-_]ayam|mahjong[-_]ways|rtp[-_](?:slot|live)|scatter[-_]hitam|(?:online|live|crypto)[-_]casino|casino[-_](?:online|bonus)|poker[-_]online|sports[-_]betting|bet[-_]online|viagra|cialis|replica[-_]watch(?:es)?|essay[-_]writing|buy[-_](?:instagram[-_])?followers|payday[-_]loans?|[a-z]{2,}(?:4d|55|66|69|77|88|99|123|138|168|188|303|365|368|777|888|999)|[a-z]{2,}slot)(?:$|[/=_.?&#-])"

#: Named patterns a rule's `text-words` may name: searched in the element's text.
TEXT_PATTERNS = {"spam": SPAM_TEXT}
#: Named patterns a rule's `href-words` may name: searched in a link's target.
TARGET_PATTERNS = {"spam": SPAM_TARGET}

LISTS = {
    "ad": AD_WORDS, "continue": CONTINUE_WORDS, "teaser": TEASER_WORDS, "newsletter": NEWSLETTER_WORDS,
    "promo": PROMO_WORDS, "direction": DIRECTION_WORDS, "self": SELF_WORDS,
}  # fmt: skip
TOKENS = {"ad": AD_TOKENS, "teaser": TEASER_TOKENS, "newsletter": NEWSLETTER_TOKENS, "promo": PROMO_TOKENS, "story": STORY_TOKENS}

#: Scripts by their Unicode blocks, one definition for the rules, the detector, reader and stray.
#: CJK: kana, the ideographs (extension A, unified, compatibility) and Hangul syllables: what counts
#: and cuts as characters, not words (a word count of 0 for a Japanese sentence says nothing).
CJK_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
#: Alphabets written without spaces between words: Thai, Lao, Myanmar, Khmer. A word of them takes
#: some four characters (its letters and the vowel and tone marks over and under them), where a
#: CJK word takes one or two.
SEA_RANGES = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
#: Written without spaces between words: CJK, and the alphabets above.
UNSPACED_RANGES = SEA_RANGES + CJK_RANGES
CJK = re.compile(f"[{CJK_RANGES}]")
SEA = re.compile(f"[{SEA_RANGES}]")
UNSPACED = re.compile(f"[{UNSPACED_RANGES}]")
_UNSPACED = UNSPACED


# The vowel signs and other marks of a word in Hebrew, Arabic, the Indic scripts, Tibetan, Myanmar
# and Khmer belong to the word (they are no word characters to `\w`; the dandas are left out).
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0963\u0966-\u0dff"
    "\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff"
)
_WORD = re.compile(f"[\\w{_MARKS}]+(?:['’][\\w{_MARKS}]+)?")
# The combining accents Latin, Greek and Cyrillic letters decompose into (not the vowel signs of
# Indic scripts, Thai or Arabic, which are letters of the word).
_ACCENTS = re.compile("[\u0300-\u036f]")


def fold(text: str) -> str:
    """Text as the lists compare it: case-folded, typographic apostrophes plain, without the accents
    of Latin, Greek and Cyrillic letters ("Publicité" and "publicite", "ещё" and "еще" alike)."""
    folded = text.casefold().replace("’", "'")
    if folded.isascii():
        return folded
    return unicodedata.normalize("NFC", _ACCENTS.sub("", unicodedata.normalize("NFD", folded)))


class Matcher:
    """All the named lists looked up at once, word by word: exact words in a table, stems by their
    first three letters, phrases by their words in a row, entries in unspaced scripts as
    substrings. One pass over a short text's words instead of one regex a list."""

    def __init__(self, lists: dict):
        self.exact: dict[str, set] = {}
        self.stems: dict[str, list] = {}
        self.phrases: dict[str, list] = {}  # first word -> [(words, name)]
        self.unspaced: list = []
        for name, entries in lists.items():
            for entry in entries:
                word = fold(entry.rstrip("*"))
                stem = entry.endswith("*")
                if _UNSPACED.search(word):
                    self.unspaced.append((word, name))
                    continue
                parts = _WORD.findall(word.replace("-", " "))
                if len(parts) > 1:
                    known = self.phrases.setdefault(parts[0], [])
                    if (tuple(parts), stem, name) not in known:
                        known.append((tuple(parts), stem, name))
                elif stem:
                    self.stems.setdefault(word[:3], []).append((word, name))
                else:
                    self.exact.setdefault(word, set()).add(name)

    def find(self, text: str) -> dict[str, list[str]]:
        """{list name: [the words of it the text holds, as the text writes them (case-folded)]}."""
        said = text.casefold().replace("’", "'")
        out: dict[str, list[str]] = {}
        written = _WORD.findall(said)
        tokens = written if said.isascii() else [fold(w) for w in written]
        for i, token in enumerate(tokens):
            for name in self.exact.get(token, ()):
                out.setdefault(name, []).append(written[i])
            for stem, name in self.stems.get(token[:3], ()):
                if token.startswith(stem):
                    out.setdefault(name, []).append(written[i])
            for words_, stem, name in self.phrases.get(token, ()):
                n = len(words_)
                got = tokens[i : i + n]
                if len(got) == n and got[:-1] == list(words_[:-1]) and (
                    got[-1] == words_[-1] or (stem and got[-1].startswith(words_[-1]))
                ):
                    out.setdefault(name, []).append(" ".join(written[i : i + n]))
        if self.unspaced and _UNSPACED.search(said):
            folded = fold(said)
            for word, name in self.unspaced:
                if word in folded:
                    out.setdefault(name, []).append(word)
        return out


@lru_cache(maxsize=None)
def matcher() -> Matcher:
    return Matcher(LISTS)


def token_sets() -> dict[str, frozenset]:
    return {name: frozenset(tokens) for name, tokens in TOKENS.items()}
