"""Climbs: from a match to the container that should go (`upward`, `widen`, `link-box`, `link-run`,
`box`). They apply in the order the rule writes them."""

from __future__ import annotations

from ....rules.errors import RuleSyntaxError
from .base import Climb, TakesBool, climb, compile_css, compile_regex
from .shapes import (
    BOX_WORDS_AFTER,
    BOX_WORDS_BEFORE,
    HEADINGS,
    SENTENCE_WORDS,
    grown_over_wrappers,
    has_headline_link,
    is_frame,
    is_in_link,
    link_box_shape,
    same_text_as_child,
    word_count,
    words_outside,
)


@climb
class Upward(Climb):
    """Like uBlock Origin's `:upward()`: N levels up, or the closest ancestor matching a selector."""

    key = "upward"
    value_doc = 'integer or CSS'
    doc = "climb N levels, or to the closest ancestor matching the selector (uBlock Origin's `:upward()`)"

    def __init__(self, steps: int | None, selector: str | None, xpath):
        self.steps, self.selector, self.xpath = steps, selector, xpath

    @classmethod
    def parse(cls, value):
        if isinstance(value, bool):
            raise RuleSyntaxError("NC003", "`upward` must be a number of levels or a CSS selector", cls.key)
        if isinstance(value, int):
            if not 1 <= value <= 32:
                raise RuleSyntaxError("NC009", f"`upward` levels must be between 1 and 32, not {value}", cls.key)
            return cls(value, None, None)
        if isinstance(value, str):
            return cls(None, value, compile_css(value, cls.key))
        raise RuleSyntaxError("NC003", "`upward` must be a number of levels or a CSS selector", cls.key)

    def apply(self, page, el):
        if self.steps is not None:
            for _ in range(self.steps):
                el = el.getparent()
                if el is None:
                    return None
            return el
        targets = page.select_set(self.xpath)
        for ancestor in el.iterancestors():
            if ancestor in targets:
                return ancestor
        return None

    def describe(self):
        return f"up {self.steps} level(s)" if self.steps else f"up to the closest `{self.selector}`"


@climb
class Widen(TakesBool, Climb):
    """Grow to the largest ancestor that holds no other text: the empty ad box around its label."""

    key = "widen"
    value_doc = 'bool'
    doc = 'grow to the largest ancestor that holds no other text (the empty ad box around its label)'

    def __init__(self, on: bool):
        self.on = on

    def apply(self, page, el):
        if not self.on:
            return el
        parent = el.getparent()
        while parent is not None and same_text_as_child(page, parent, el) and not page.is_guarded(parent):
            if parent.tag in ("td", "tr", "li") or parent.find(".//img") is not None and el.find(".//img") is None:
                break  # a table cell or list item is layout; an image beside the label may be content
            el, parent = parent, parent.getparent()
        return el

    def describe(self):
        return "widened to the box that holds nothing else"


#: a run of this many words outside links is a sentence: a teaser box never holds one


@climb
class LinkBox(TakesBool, Climb):
    """From a label to the box of links it heads: the nearest element holding the label and links
    to other stories with at most a few words between them (a section name, a date), and the
    wrappers around it that add no text: `<p>READ: <a>..</a></p>`, a "MOST READ" box, whose title
    may be a heading's link (any other link is a menu entry, not a label). Nothing when
    no link beside the label reads like a headline (three words or more: a list of tags is not a
    teaser box), or when a run of eight words outside links comes first."""

    key = "link-box"
    value_doc = 'bool'
    doc = (
        'from a label to the box of links it heads: the nearest ancestor with a headline-like link (3+ '
        'words) beside the label and only a few words between the links, plus empty wrappers; nothing if '
        'none, or if a run of 8 words outside links comes first; a label that is a link counts only as a '
        "heading's (a box title)"
    )

    def __init__(self, on: bool):
        self.on = on

    def apply(self, page, el):
        if not self.on:
            return el
        if is_in_link(el):
            # A label that is a link heads a box only as its title (`<h3><a>Most read</a></h3>`);
            # anywhere else it is a menu entry.
            el = next((up for up in el.iterancestors() if up.tag in HEADINGS), None)
            if el is None:
                return None
        start, cur = el, el
        while True:
            ok, has_link = link_box_shape(cur, start, None)
            if not ok:
                return None
            # A guarded element stops the climb; asked after its shape, which rules out the big
            # containers (they hold sentences) for less.
            if cur is not start and page.is_guarded(cur):
                return None
            if has_link:
                # Links beside the label: a teaser box if one reads like a headline (tags and menu
                # entries are a word or two), else no box at all.
                return grown_over_wrappers(page, cur) if has_headline_link(cur, start) else None
            parent = cur.getparent()
            if parent is None or is_frame(parent):
                return None
            cur = parent

    def describe(self):
        return "grown to the box of links the label heads"


@climb
class LinkRun(Climb):
    """From a link to the largest element holding nothing but links and at most N other words: a
    run of spam links in its paragraph, `<p><a>x</a> | <a>y</a></p>` (separators are no words)."""

    key = "link-run"
    value_doc = 'integer 0–7'
    doc = (
        'from a link to the largest ancestor holding nothing but links and at most N other words (a run '
        'of spam links); never for a link of 8+ words'
    )

    def __init__(self, spare: int):
        self.spare = spare

    @classmethod
    def parse(cls, value):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < SENTENCE_WORDS:
            raise RuleSyntaxError("NC009", f"`link-run` must be a number of words from 0 to {SENTENCE_WORDS - 1}", cls.key)
        return cls(value)

    def apply(self, page, el):
        if word_count(page.text(el)) >= SENTENCE_WORDS:
            return None  # a link as long as a sentence is no spam run (and may be the story's)
        start, box, cur = el, None, el
        while True:
            ok, has_link = link_box_shape(cur, start, self.spare)
            if ok and any(word_count(page.text(a)) >= SENTENCE_WORDS for a in cur.iter("a")):
                ok = False
            if not ok:
                return box
            if cur is not start and page.is_guarded(cur):  # after its shape, as in LinkBox
                return box
            if has_link:
                box = cur
            parent = cur.getparent()
            if parent is None or is_frame(parent):
                return box
            cur = parent

    def describe(self):
        return f"grown to the run of links around it (at most {self.spare} other words)"


@climb
class Box(Climb):
    """Grow to the largest element with at most N words of text (a sign-up box around its prompt),
    short of the page's frame and the article container. Besides the start and its form controls,
    the box may hold the small print the rule names and, after the start, less than a sentence (a
    subtitle, a button); nothing else before it:

        box = 60
        box = { words = 60, small-print = "(?i)e-?mail|privacy|unsubscribe" }
    """

    key = "box"
    value_doc = 'integer or `{ words = N, small-print = "regex" }`'
    doc = (
        'grow to the largest ancestor with at most N words that holds, besides the start and form '
        'controls, only small print the regex claims and (after the start) less than a sentence: a '
        'sign-up box around its prompt'
    )

    def __init__(self, words: int, small_print=None, pattern: str | None = None):
        self.words, self.small_print, self.pattern = words, small_print, pattern

    @classmethod
    def parse(cls, value):
        pattern = None
        if isinstance(value, dict):
            unknown = set(value) - {"words", "small-print"}
            if unknown:
                raise RuleSyntaxError("NC002", f"unknown key `{sorted(unknown)[0]}` in `box` (known: words, small-print)", cls.key)
            pattern = value.get("small-print")
            value = value.get("words")
        if isinstance(value, bool) or not isinstance(value, int):
            raise RuleSyntaxError("NC003", "`box` must be a number of words or { words = N, small-print = \"regex\" }", cls.key)
        if not 1 <= value <= 500:
            raise RuleSyntaxError("NC009", f"`box` must be between 1 and 500 words, not {value}", cls.key)
        regex = compile_regex(pattern, cls.key) if pattern is not None else None
        return cls(value, regex, pattern)

    def apply(self, page, el):
        start = el
        while True:
            parent = el.getparent()
            if parent is None or is_frame(parent):
                return el
            if word_count(page.text(parent)) > self.words or page.is_guarded(parent):
                return el
            before, after, longest = words_outside(parent, start, self.small_print)
            if before > BOX_WORDS_BEFORE or after > BOX_WORDS_AFTER or longest >= SENTENCE_WORDS:
                return el
            el = parent

    def describe(self):
        extra = f", small print /{self.pattern}/" if self.pattern else ""
        return f"grown to the largest box of at most {self.words} words and nothing else but small print{extra}"
