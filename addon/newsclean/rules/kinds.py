"""The rule kinds: each key a rule table may hold is one small class registered in a table.

A kind parses its own argument (raising ``RuleSyntaxError`` with a stable code), and then either
*finds* candidate elements on a page (a source, looked up through the page's indexes), *tests* an
element (a filter), *climbs* from a match to its container, or *acts* on the result. Each also
describes itself in words for `newsclean explain` and the extension.

Keys are documented for users in README.md ("Rule format"); keep the two in step.
"""

from __future__ import annotations

import functools
import re

from typing import Any, ClassVar

import cssselect
import lxml.etree
import re2

from ..engine.page import INLINE_TAGS, TEXTLESS_TAGS, Page, label_form, normalise, own_text, readable_text, text_content
from ..engine.report import SNIPPET_CHARS
from . import words
from .errors import RuleSyntaxError
from .lines import in_running_text, text_pieces as _text_pieces, unwrap

_TRANSLATOR = cssselect.HTMLTranslator()


def compile_css(selector: Any, key: str = "css") -> lxml.etree.XPath:
    if not isinstance(selector, str):
        raise RuleSyntaxError("NC003", f"`{key}` must be a string (a CSS selector)", key)
    if not selector.strip():
        raise RuleSyntaxError("NC005", f"`{key}` is empty", key)
    try:
        return lxml.etree.XPath(_TRANSLATOR.css_to_xpath(selector))
    except (cssselect.SelectorError, lxml.etree.XPathError) as err:
        raise RuleSyntaxError("NC005", f"invalid CSS selector {selector!r}: {err}", key) from None
    except RecursionError:  # `:not(:not(...))` hundreds deep: cssselect's parser recurses a level each
        raise RuleSyntaxError("NC005", f"CSS selector {selector[:60]!r}... is nested too deep to compile", key) from None


def compile_regex(pattern: Any, key: str):
    if not isinstance(pattern, str):
        raise RuleSyntaxError("NC003", f"`{key}` must be a string (an RE2 regex)", key)
    try:
        return _compiled(pattern)
    except re2.error as err:
        raise RuleSyntaxError("NC007", f"invalid regex {pattern!r}: {err}", key) from None


@functools.lru_cache(maxsize=4096)
def _compiled(pattern: str):
    """One compiled regex per pattern: rules sharing a vocabulary (the default spam rules) share
    the object, and so their answers in `regex_finds`."""
    options = re2.Options()
    options.log_errors = False
    return re2.compile(pattern, options=options)


_CACHED_TEXT_MAX = 300


@functools.lru_cache(maxsize=8192)
def _regex_finds_cached(regex, text: str) -> bool:
    return regex.search(text) is not None


def clear_caches() -> None:
    """Forget the answers kept across pages (benchmarks time a page as on its first visit)."""
    _regex_finds_cached.cache_clear()


# A regex searched in many texts at once: the texts one per line, the pattern in multi-line mode.
# Every match in one text is then a match in the lines (^ and $ hold at each line's ends, \b and
# \B see a newline where a text ends, as they see nothing); the lines may match where no text does
# (a negated class across a newline), so a match only says "test them one by one". Patterns that
# name the very start or end of the text, or switch multi-line mode off, are not batched.
_NOT_BATCHABLE = re.compile(r"\\[AzZ]|\(\?[a-zA-Z]*-[a-zA-Z]*m")
_BATCH_MIN = 4  # fewer texts: one search each costs no more


def batch_regex(pattern: str):
    """The multi-line form of a pattern for `finds_in_none`, or None when it cannot be batched."""
    if _NOT_BATCHABLE.search(pattern):
        return None
    try:
        return _compiled("(?m)" + pattern)
    except re2.error:
        return None


def finds_in_none(batch, texts: list[str]) -> bool:
    """True when the regex (its `batch_regex` form) matches none of the texts: one search instead
    of one a text (RE2's per-call cost is most of a search on a short text)."""
    return batch.search("\n".join(texts)) is None


def regex_finds(regex, text: str) -> bool:
    """Whether the regex finds a match in the text. Short texts repeat within a page and from page
    to page ("Facebook", "Read more", a site's menu): their answers are kept (bounded, by text,
    so they stay right as the page changes) and spare RE2's per-call cost, which is most of a
    search on a short text."""
    if len(text) > _CACHED_TEXT_MAX:
        return regex.search(text) is not None
    return _regex_finds_cached(regex, text)


def _string(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise RuleSyntaxError("NC003", f"`{key}` must be a string, not {type(value).__name__}", key)
    return value


def _strings(value: Any, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleSyntaxError("NC003", f"`{key}` must be a string or a non-empty list of strings", key)
    return tuple(value)


def _bool(value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise RuleSyntaxError("NC003", f"`{key}` must be true or false", key)
    return value


class _TakesBool:
    """A kind whose value is `true` or `false`."""

    @classmethod
    def parse(cls, value):
        return cls(_bool(value, cls.key))


# ================================================================================================
# Matchers: sources and filters
# ================================================================================================


class Matcher:
    key: ClassVar[str]
    #: lower is cheaper; the cheapest source of a rule finds its candidates, the rest test them
    cost: ClassVar[int] = 100
    can_find: ClassVar[bool] = False
    #: True when the kind alone would pick out next to everything (see NC008)
    broad: bool = False
    #: True when find() may return more than the kind matches (the rule then tests it too)
    find_is_superset: ClassVar[bool] = False
    #: True when find() may serve as the rule's source of candidates although the kind alone is not
    #: a way to find elements a rule may be written with (see NC008)
    can_source: bool = False

    @property
    def find_cost(self) -> int:
        """What find() costs a page, to choose a rule's source of candidates (lower is cheaper)."""
        return self.cost

    @classmethod
    def parse(cls, value: Any) -> "Matcher":
        raise NotImplementedError

    def find(self, page: Page) -> list:
        raise NotImplementedError

    def test(self, page: Page, el) -> bool:
        raise NotImplementedError

    def index(self, page: Page) -> frozenset | set | None:
        """A set every matching element belongs to, if the page keeps one (a cheap first cut)."""
        return None

    def cut(self, page: Page, found: list) -> list:
        """The candidates that may match, by set membership before any per-element test runs
        (what is kept is tested still)."""
        index = self.index(page)
        return found if index is None else [el for el in found if el in index]

    def prune(self, page: Page, found: list) -> list:
        """The candidates (those that passed the cheaper filters) this kind may match, decided for
        all of them at once where it can be (what is kept is tested still)."""
        return found

    def describe(self) -> str:
        raise NotImplementedError


MATCHERS: dict[str, type[Matcher]] = {}


def matcher(cls):
    MATCHERS[cls.key] = cls
    return cls


_BROAD_SELECTORS = {"*", "html", "body", "html body", "div", "p", "span", "a"}


# What most site rules write: `.class`, `tag.class.other`, `#id`, `tag#id`, in a list. cssselect
# turns a class into a predicate libxml2 tests on every element; an attribute step
# (`@class[contains(., 'x')]`) visits only the attributes, at a half to a third of the cost, and the
# few elements it finds are checked exactly in Python.
_SIMPLE_SELECTOR = re.compile(r"\s*([a-zA-Z][a-zA-Z0-9]*)?(?:#([\w-]+)|((?:\.[\w-]+)+))\s*")


class SimpleSelector:
    def __init__(self, parts: tuple):
        self.parts = parts  # ((tag or None, id or None, classes), ...)
        steps = [
            f"descendant-or-self::*/@id[. = '{id_}']"
            if id_
            else f"descendant-or-self::*/@class[contains(., '{classes[0]}')]"
            for _tag, id_, classes in parts
        ]
        self.candidates = lxml.etree.XPath(" | ".join(dict.fromkeys(steps)))

    def matches(self, el) -> bool:
        for tag, id_, classes in self.parts:
            if tag is not None and el.tag != tag:
                continue
            if id_ is not None:
                if el.get("id") == id_:
                    return True
            elif set(classes).issubset((el.get("class") or "").split()):  # a browser's split
                return True
        return False


@functools.lru_cache(maxsize=4096)
def simple_selector(selector: str) -> SimpleSelector | None:
    """The selector list as a SimpleSelector when every selector in it is simple, else None (one
    object per selector text: rules sharing a selector share its selection on a page)."""
    parts = []
    for part in selector.split(","):
        found = _SIMPLE_SELECTOR.fullmatch(part)
        if found is None:
            return None
        tag, id_, classes = found.groups()
        parts.append((tag.lower() if tag else None, id_, tuple(classes.split(".")[1:]) if classes else ()))
    return SimpleSelector(tuple(parts))


@matcher
class Css(Matcher):
    key = "css"
    cost = 20
    can_find = True

    def __init__(self, selector: str, xpath):
        self.selector, self.xpath = selector, xpath
        self.broad = selector.strip().lower() in _BROAD_SELECTORS
        self.simple = simple_selector(selector)

    @classmethod
    def parse(cls, value):
        return cls(value, compile_css(value))

    def find(self, page):
        if self.simple is not None:
            return page.select_simple(self.simple)
        return page.select(self.xpath)

    def test(self, page, el):
        if self.simple is not None:
            return el in page.select_simple_set(self.simple)
        return el in page.select_set(self.xpath)

    def describe(self):
        return f"matches CSS `{self.selector}`"


# XPath's id() function: a name `id` not part of a longer name (`@id`, `my-id(` are not calls of it).
_ID_FUNCTION = re.compile(r"(?<![\w.:@$-])id\s*\(")
_XPATH_STRING = re.compile(r"'[^']*'|\"[^\"]*\"")


@matcher
class XPath(Matcher):
    key = "xpath"
    cost = 20
    can_find = True

    def __init__(self, expression: str, xpath):
        self.expression, self.xpath = expression, xpath
        self.broad = expression.replace(" ", "") in {"//*", "//node()", "/*", "//html", "//body", "//div", "//p"}

    @classmethod
    def parse(cls, value):
        value = _string(value, cls.key)
        if _ID_FUNCTION.search(_XPATH_STRING.sub("''", value)):
            # Pages are parsed without libxml2's index of `id` attributes (engine.document): id()
            # would find nothing, silently.
            raise RuleSyntaxError(
                "NC006", f"XPath {value!r} calls id(), which finds nothing here: write //*[@id='...']", cls.key
            )
        try:
            return cls(value, lxml.etree.XPath(value))
        except lxml.etree.XPathError as err:
            raise RuleSyntaxError("NC006", f"invalid XPath {value!r}: {err}", cls.key) from None

    def find(self, page):
        return page.select(self.xpath)

    def test(self, page, el):
        return el in page.select_set(self.xpath)

    def describe(self):
        return f"matches XPath `{self.expression}`"


# A page's text, as the prefilter reads it, is its body's text nodes joined by NUL (page.BodyText):
# the words of a text may be split across nodes (`<b>READ:</b> <a>`, `Salvador</a>,`) or separated
# by any whitespace. Whitespace as str.split() sees it (RE2's \s is ASCII only): \p{Z} has the
# no-break space.
_SPACE = r"[\s\p{Z}\x{85}\x{1c}-\x{1f}]"
_TEXT_GAP = rf"(?:{_SPACE}|\x00)+"
_NODE_EDGE = r"\x00*"


def text_pattern(literal: str) -> str:
    """An RE2 pattern that matches the joined text nodes of any page whose text contains ``literal``.

    A superset test (the DOM decides after); searching a page's text once for all of a plan's
    literals costs a fraction of looking for each in the tree."""
    words = [_NODE_EDGE.join(re2.escape(ch) for ch in word) for word in literal.split()]
    return _TEXT_GAP.join(words)


class _Literal(Matcher):
    cost = 40
    can_find = True

    def __init__(self, literal: str):
        self.literal = normalise(literal)
        self.needle = self.literal.casefold()
        if not self.needle:
            raise RuleSyntaxError("NC008", f"`{self.key}` is empty: it would match every element", self.key)
        self.text_pattern = text_pattern(self.literal)
        self.text_patterns = (self.text_pattern,)

    @classmethod
    def parse(cls, value):
        return cls(_string(value, cls.key))

    def find(self, page):
        if not page.may_contain(self.text_pattern):
            return []
        return [el for el in page.find_literal(self.needle) if self.test(page, el)]


@matcher
class Text(_Literal):
    """The element's whole text is this (whitespace and case do not matter)."""

    key = "text"

    def test(self, page, el):
        return page.folded(el) == self.needle

    def describe(self):
        return f"text is {self.literal!r}"


@matcher
class TextContains(_Literal):
    key = "text-contains"

    def test(self, page, el):
        return self.needle in page.folded(el)

    def describe(self):
        return f"text contains {self.literal!r}"


@matcher
class TextRegex(Matcher):
    """RE2 regex searched in the element's normalised text; case-sensitive unless `(?i)`."""

    key = "text-regex"
    cost = 90

    def __init__(self, pattern: str, regex):
        self.pattern, self.regex = pattern, regex
        self.broad = regex.search("") is not None
        self.batch = batch_regex(pattern)

    @classmethod
    def parse(cls, value):
        return cls(value, compile_regex(value, cls.key))

    def prune(self, page, found):
        # Most pages hold no spam: one search over the candidates' texts says so for all of them.
        if self.batch is None or len(found) < _BATCH_MIN:
            return found
        return [] if finds_in_none(self.batch, [page.text(el) for el in found]) else found

    def test(self, page, el):
        return regex_finds(self.regex, page.text(el))

    def describe(self):
        return f"text matches /{self.pattern}/"


def _named(value: Any, key: str, named: dict) -> str:
    """The pattern a `*-words` key names, or an NC009 that lists the names there are."""
    if not isinstance(value, str):
        raise RuleSyntaxError("NC003", f"`{key}` must be a string: the name of a word list", key)
    if value not in named:
        known = ", ".join(f"`{n}`" for n in sorted(named))
        raise RuleSyntaxError("NC009", f"`{key}` names no word list {value!r}; there are: {known}", key)
    return named[value]


@matcher
class TextWords(TextRegex):
    """The element's text holds words of one of newsclean's named lists (rules/words.py):
    `text-words = "spam"`. One list, many rules: written and compiled once."""

    key = "text-words"

    @classmethod
    def parse(cls, value):
        self = cls(pattern := _named(value, cls.key, words.TEXT_PATTERNS), compile_regex(pattern, cls.key))
        self.name = value
        return self

    def describe(self):
        return f"text holds words of the list `{self.name}`"


@matcher
class HrefHost(Matcher):
    """A link to one of these hosts or their subdomains."""

    key = "href-host"
    cost = 10
    can_find = True

    def __init__(self, hosts: tuple[str, ...]):
        self.hosts = tuple(h.lower().strip().lstrip(".") for h in hosts)

    @classmethod
    def parse(cls, value):
        return cls(_strings(value, cls.key))

    def _host_matches(self, host: str | None) -> bool:
        return bool(host) and any(host == h or host.endswith("." + h) for h in self.hosts)

    def find(self, page):
        return [a for a, _href, host in page.links if self._host_matches(host)]

    def test(self, page, el):
        return el.tag == "a" and self._host_matches(page.link_host(el))

    def describe(self):
        return "links to " + ", ".join(self.hosts)


@matcher
class HrefRegex(Matcher):
    key = "href-regex"
    cost = 12
    can_find = True

    def __init__(self, pattern: str, regex):
        self.pattern, self.regex = pattern, regex
        self.broad = regex.search("") is not None
        self.batch = batch_regex(pattern)

    @classmethod
    def parse(cls, value):
        return cls(value, compile_regex(value, cls.key))

    def prune(self, page, found):
        if self.batch is None or len(found) < _BATCH_MIN:
            return found
        hrefs = [href for href in map(page.link_href, found) if href is not None]
        return [] if finds_in_none(self.batch, hrefs) else found

    #: find() hands over every link; the rule tests the regex after the cheaper index cuts
    #: (off-site links, say), so it runs on few links instead of all of them
    find_is_superset = True

    def find(self, page):
        return [a for a, _href, _host in page.links]

    def test(self, page, el):
        href = page.link_href(el) if el.tag == "a" else None
        return href is not None and regex_finds(self.regex, href)

    def describe(self):
        return f"link target matches /{self.pattern}/"


@matcher
class HrefWords(HrefRegex):
    """The link's target looks like one of newsclean's named lists says (rules/words.py):
    `href-words = "spam"`."""

    key = "href-words"

    @classmethod
    def parse(cls, value):
        self = cls(pattern := _named(value, cls.key, words.TARGET_PATTERNS), compile_regex(pattern, cls.key))
        self.name = value
        return self

    def describe(self):
        return f"link target is of the list `{self.name}`"


@matcher
class Hidden(_TakesBool, Matcher):
    """Hidden from the reader by inline style (display:none, visibility:hidden, off-screen) or `hidden`."""

    key = "hidden"
    cost = 5  # a test reads the element's own attributes: before any other
    find_cost = 45  # finding them reads every element's `style`: other sources go first

    def __init__(self, hidden: bool):
        self.hidden = hidden
        self.can_find = hidden

    def find(self, page):
        return page.hidden

    def test(self, page, el):
        return page.is_hidden(el) == self.hidden

    def describe(self):
        return "is hidden" if self.hidden else "is not hidden"


@matcher
class LinkDensity(Matcher):
    """At least this share of the element's text is link text (1.0: a paragraph that is one link)."""

    key = "link-density"
    cost = 35  # elements without links are ruled out before any text is computed

    def __init__(self, share: float):
        self.share = share

    @classmethod
    def parse(cls, value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise RuleSyntaxError("NC003", "`link-density` must be a number between 0 and 1", cls.key)
        if not 0 < value <= 1:
            raise RuleSyntaxError("NC009", f"`link-density` must be in (0, 1], not {value}", cls.key)
        return cls(float(value))

    def test(self, page, el):
        return page.link_text_share(el) >= self.share

    def describe(self):
        return f"at least {self.share:.0%} of its text is links"


@matcher
class MaxWords(Matcher):
    key = "max-words"
    cost = 50

    def __init__(self, words: int):
        self.words = words

    @classmethod
    def parse(cls, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise RuleSyntaxError("NC003", "`max-words` must be an integer", cls.key)
        if value < 1:
            raise RuleSyntaxError("NC009", f"`max-words` must be at least 1, not {value}", cls.key)
        return cls(value)

    def test(self, page, el):
        return len(page.text(el).split()) <= self.words

    def describe(self):
        return f"at most {self.words} words"


@matcher
class Offsite(_TakesBool, Matcher):
    """Every link in the element (or the element, if it is a link) goes to another site."""

    key = "offsite"
    cost = 8  # a link's host is known from the page's link table; verdicts are kept per host

    # As a source (hidden-link-block, hidden-spam-text): the elements holding an off-site link,
    # from the page's link table — the rule then tests that all their links are off-site. Dearer
    # than any other source but `hidden` (a text or label absent from the page costs nothing).
    find_cost = 42
    find_is_superset = True

    def __init__(self, offsite: bool):
        self.offsite = offsite
        self.can_source = offsite

    def find(self, page):
        return page.offsite_link_holders

    def cut(self, page, found):
        if not self.offsite:
            return found
        # Links are most candidates: those to the page's own site go by set membership.
        anchors = page.offsite_anchors
        return [el for el in found if el in anchors or el.tag != "a"]

    def test(self, page, el):
        if el.tag == "a":
            if self.offsite:
                return el in page.offsite_anchors
            host = page.link_host(el)
            return bool(host) and not page.is_offsite(host)
        # The first link to the page's own site settles it (a page's wrapper holds hundreds).
        any_host = False
        for a in el.iter("a"):
            host = page.link_host(a)
            if host:
                any_host = True
                if not page.is_offsite(host):
                    return not self.offsite
        return any_host and self.offsite

    def describe(self):
        return "links only to other sites" if self.offsite else "links only within the site"


@matcher
class Within(Matcher):
    """Inside the article body (`"article"`) or inside an element matching a CSS selector."""

    key = "within"
    cost = 70

    def __init__(self, scope: str, xpath):
        self.scope, self.xpath = scope, xpath

    @classmethod
    def parse(cls, value):
        value = _string(value, cls.key)
        if value == "article":
            return cls(value, None)
        return cls(value, compile_css(value, cls.key))

    def test(self, page, el):
        if self.xpath is None:
            scope = page.article
            if scope is None:
                return True  # no article container on the page: the whole page is the scope
            return any(a is scope for a in el.iterancestors())
        scopes = page.select_set(self.xpath)
        return any(a in scopes for a in el.iterancestors())

    def describe(self):
        return "inside the article" if self.scope == "article" else f"inside `{self.scope}`"


# -- labels and shapes of injected junk (rules/_default.toml) -------------------------------------

#: containers a junk box never grows into: the page's own frame
_FRAME = frozenset(("html", "body", "main", "article", "nav", "form"))


def _is_frame(node) -> bool:
    """The page's frame: <body>, <main>, <article>, navigation, forms, and the page's own header
    and footer (a <header> or <footer> inside a section is just that section's top or bottom)."""
    tag = node.tag
    if tag in _FRAME:
        return True
    if tag in ("header", "footer"):
        parent = node.getparent()
        return parent is None or parent.tag in ("body", "html") or node.get("role") in ("banner", "contentinfo")
    return False


_MEDIA = ("img", "picture", "video", "audio", "canvas", "svg", "object", "embed")


def _has_media(page, el) -> bool:
    """Whether the element holds an image or other media (kept while the page does not change)."""
    key = ("media", el)
    found = page.shapes.get(key)
    if found is None:
        found = page.shapes[key] = next(el.iter(*_MEDIA), None) is not None
    return found


def _in_link(el) -> bool:
    return el.tag == "a" or any(a.tag == "a" for a in el.iterancestors())


# A space-separated token with a letter or digit in it (not "|", "•", "-"), for ASCII text.
_ASCII_WORD = re.compile(r"(?<!\S)\S*?[A-Za-z0-9]\S*")


def _words(text: str) -> int:
    """Words of a text; in scripts written without spaces (CJK, Thai), two characters make a word."""
    if text.isascii():
        return len(_ASCII_WORD.findall(text))
    words = sum(1 for token in text.split() if any(ch.isalnum() for ch in token))
    wide = sum(1 for ch in text if ord(ch) >= 0x0E00 and ch.isalpha())
    return max(words, wide // 2) if wide > words else words


# A label is an element's own text, so it is one whole text node: the pattern asks for a node
# (between NULs, see text_pattern) holding the label's words — a superset that stays cheap for
# RE2 with hundreds of labels.


def label_text_pattern(written: str) -> str:
    variants = dict.fromkeys((written, written.replace("'", "’"), written.replace("’", "'")))
    cores = []
    for variant in variants:  # "Don’t miss" is as common as "Don't miss"
        cores.append(f"{_SPACE}+".join(re2.escape(word) for word in variant.split()))
    # No ASCII letter or digit may touch the label inside its node ("More" must not match "More
    # news about..."); other characters may (a superset: the DOM decides).
    return f"(?:^|\x00)[^\x00a-zA-Z0-9]*(?:{'|'.join(cores)})[^\x00a-zA-Z0-9]*(?:\x00|$)"


def _labels(value: Any, key: str, duplicates: list | None = None) -> dict[str, str]:
    """A list of labels → {label form: text pattern}, in the order written; a label whose form is
    one written before is added to ``duplicates`` as (label, the one before)."""
    out: dict[str, str] = {}
    first: dict[str, str] = {}
    for text in _strings(value, key):
        form = label_form(text)
        if not form:
            raise RuleSyntaxError("NC008", f"`{key}` entry {text!r} has no letters or digits", key)
        if form in first and duplicates is not None:
            duplicates.append((text, first[form]))
        first.setdefault(form, text)
        written = normalise(text).strip(" :|-–—•·»›>«‹<*()[]")
        pattern = label_text_pattern(written)
        out[form] = f"{out[form]}|{pattern}" if form in out and pattern not in out[form] else pattern
    return out


class _LabelList(Matcher):
    cost = 38
    can_find = True

    def __init__(self, patterns: dict[str, str]):
        self.labels = tuple(patterns)
        self.label_set = frozenset(patterns)
        self.longest = max(map(len, patterns), default=0)
        self._patterns = patterns
        self._pattern_set = frozenset(patterns.values())
        self.label_patterns = patterns  # label form -> its text pattern (for the page's one scan)
        #: one prefilter entry per label: a page pays only for the labels its text holds
        self.text_patterns = tuple(patterns.values())

    @classmethod
    def parse(cls, value):
        duplicates: list = []
        self = cls(_labels(value, cls.key, duplicates))
        #: labels written twice (label, as written first): the loader's NC019 warnings
        self.duplicates = tuple(duplicates)
        return self

    def _starts(self, page):
        """Elements whose own text is one of the labels, in the order of the list."""
        hits = page.text_hits
        if hits is None:
            present = list(self.labels)
        else:
            if hits.isdisjoint(self._pattern_set):  # the common case: one C set test
                return []
            present = [label for label in self.labels if self._patterns[label] in hits]
        owners = page.own_text_owners(present)
        return [el for label in present for el in owners.get(label, ()) if page.is_attached(el)]

    def _quoted(self) -> str:
        shown = ", ".join(repr(label) for label in self.labels[:4])
        return shown + (f" (+{len(self.labels) - 4} more)" if len(self.labels) > 4 else "")


@matcher
class OwnText(_LabelList):
    """The element's own text (outside its child elements) is one of these labels; case, spacing
    and the punctuation around a label do not matter (`<b>READ:</b>`, `<p>Related: <a>..</a></p>`)."""

    key = "own-text"

    def find(self, page):
        return self._starts(page)

    def test(self, page, el):
        return label_form(own_text(el)) in self.label_set

    def describe(self):
        return f"own text is a label: {self._quoted()}"


@matcher
class LabelBox(_LabelList):
    """The largest element whose whole text is made of these labels: an ad slot box with its
    "Advertisement" label (and, say, a "Skip advertisement" link) and no other text.

    A label inside a link or inside a sentence does not start a box; a box does not grow into a
    table cell or list item, the page's frame, the article container, or around an image."""

    key = "label-box"

    def _only_labels(self, el) -> bool:
        pieces = []
        only_labels, length = True, 0
        for text, _, _ in _text_pieces(el):
            if text.isspace():
                continue
            form = label_form(text)
            if not form:
                continue
            pieces.append(form)
            length += len(form)
            only_labels = only_labels and form in self.label_set
            # Past the longest label, the pieces can only pass one by one: stop at the first that
            # does not (a box grows up to whole sections of the page; most of them fail early).
            if not only_labels and length > self.longest:
                return False
        if not pieces:
            return False
        return only_labels or label_form(" ".join(pieces)) in self.label_set

    def _only_labels_at(self, page, el) -> bool:
        """`_only_labels`, once per element while the page does not change: the starts of one
        page climb into the same boxes (12,000 slots in one wrapper ask about it 12,000 times)."""
        key = (self, el)
        verdict = page.shapes.get(key)
        if verdict is None:
            verdict = page.shapes[key] = self._only_labels(el)
        return verdict

    def _grow(self, page, el):
        while True:
            parent = el.getparent()
            if (
                parent is None
                or _is_frame(parent)
                or parent.tag in ("li", "td", "th", "tr", "table", "tbody", "ul", "ol", "dl")
                or not self._only_labels_at(page, parent)
                or page.is_guarded(parent)  # last: the others settle most parents for less
            ):
                return el
            if _has_media(page, parent) and not _has_media(page, el):
                return el  # an image beside the label may be the story's
            el = parent

    def find(self, page):
        out, seen = [], set()
        memo = page.shapes
        for el in self._starts(page):
            if _in_link(el) or in_running_text(el, memo) or not self._only_labels_at(page, el):
                continue
            box = self._grow(page, el)
            if box not in seen:
                seen.add(box)
                out.append(box)
        return out

    def test(self, page, el):
        return self._only_labels(el)

    def describe(self):
        return f"box holding only labels: {self._quoted()}"


@matcher
class InText(_TakesBool, Matcher):
    """Whether the element sits inside running text (words right before or after it)."""

    key = "in-sentence"
    cost = 95  # walks the element's line: after the cheaper tests have cut the candidates down

    def __init__(self, in_text: bool):
        self.in_text = in_text

    def test(self, page, el):
        return in_running_text(el, page.shapes) == self.in_text

    def describe(self):
        return "inside a sentence" if self.in_text else "not inside a sentence"


@matcher
class AfterSentence(_TakesBool, Matcher):
    """Whether an inline element was put after a sentence had ended: the text before it on its
    line ends a sentence (". ! ? …") and what follows it, if anything, starts a new one —
    `…the deal done.<a>situs togel</a>` or `…on Friday. <a>slot gacor</a> The change…`, not
    `…said Mr. <a>Smith</a> yesterday` (a word of the sentence)."""

    key = "after-sentence"
    cost = 90

    def __init__(self, after: bool):
        self.after = after

    def test(self, page, el):
        return appended_after_sentence(el) == self.after

    def describe(self):
        return "after a sentence has ended" if self.after else "not after a sentence has ended"


_SENTENCE_ENDED = re.compile(r"[.!?…。！？][\"'”’»)\]]*\s*$")


def appended_after_sentence(el) -> bool:
    cur = el
    while True:  # the text right before it on its line, looking through inline wrappers
        prev = cur.getprevious()
        before = (prev.tail if prev is not None else cur.getparent().text if cur.getparent() is not None else "") or ""
        if before.strip() or prev is not None:
            break
        parent = cur.getparent()
        if parent is None or parent.tag not in INLINE_TAGS:
            break
        cur = parent
    if not before.strip() or not _SENTENCE_ENDED.search(before):
        return False
    after = (cur.tail or "").strip()
    return not after or after[0].isupper() or not after[0].isalpha()


@matcher
class InLink(_TakesBool, Matcher):
    """Whether the element is a link or inside one."""

    key = "in-link"
    cost = 25

    def __init__(self, in_link: bool):
        self.in_link = in_link

    def test(self, page, el):
        return _in_link(el) == self.in_link

    def describe(self):
        return "is or is inside a link" if self.in_link else "is not inside a link"


# ================================================================================================
# Climbs: from a match to the container that should go
# ================================================================================================


class Climb:
    key: ClassVar[str]

    def apply(self, page: Page, el):
        raise NotImplementedError


CLIMBS: dict[str, type[Climb]] = {}


def climb(cls):
    CLIMBS[cls.key] = cls
    return cls


@climb
class Upward(Climb):
    """Like uBlock Origin's `:upward()`: N levels up, or the closest ancestor matching a selector."""

    key = "upward"

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
class Widen(_TakesBool, Climb):
    """Grow to the largest ancestor that holds no other text: the empty ad box around its label."""

    key = "widen"

    def __init__(self, on: bool):
        self.on = on

    def apply(self, page, el):
        if not self.on:
            return el
        parent = el.getparent()
        while parent is not None and _same_text_as_child(page, parent, el) and not page.is_guarded(parent):
            if parent.tag in ("td", "tr", "li") or parent.find(".//img") is not None and el.find(".//img") is None:
                break  # a table cell or list item is layout; an image beside the label may be content
            el, parent = parent, parent.getparent()
        return el

    def describe(self):
        return "widened to the box that holds nothing else"


#: a run of this many words outside links is a sentence: a teaser box never holds one
_SENTENCE_WORDS = 8


def _link_box_shape(el, start, spare) -> tuple[bool, bool]:
    """(``el`` is links with at most a few words between them, ``el`` has a link beside ``start``).

    The start element's own text (the box's label) is not counted against it; a link that holds
    the whole label (a title link) is not "beside" it, a start that is itself a link is. ``spare`` is the most
    words allowed outside links, or None for "a few": 40% of the box's words, at least three."""
    total = other = run = 0
    for text, in_link, is_label in _text_pieces(el, start):
        words = _words(text)
        total += words
        if in_link or is_label:
            run = 0
            continue
        other += words
        run += words
        if run >= _SENTENCE_WORDS:
            return False, False
    limit = max(3, 0.4 * total) if spare is None else spare
    return other <= limit, start.tag == "a" or any(not _is_title_link(a, start) for a in el.iter("a"))


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))

#: a link to another story reads like a headline; shorter ones are tags and menu entries
_HEADLINE_WORDS = 3


def _has_headline_link(el, start) -> bool:
    return any(
        not _is_title_link(a, start) and _words(normalise(text_content(a))) >= _HEADLINE_WORDS for a in el.iter("a")
    )


def _is_title_link(a, start) -> bool:
    """The link that holds a box's title (`<h3><a>Most read</a></h3>`): not a teaser beside it."""
    if not any(up is start for up in a.iterancestors()):
        return False
    return normalise(text_content(a)) == normalise(text_content(start))


def _same_text_as_child(page, parent, el) -> bool:
    """Whether ``parent``'s text is ``el``'s (``page.text``): nothing else in it has words.

    Read from the parent's own text and its other children, so that a parent holding a story
    answers at its first paragraph instead of building its whole text; where a child is code,
    <noscript> or <template> (which the parent's text and the child's count differently), the
    two texts are compared."""
    if parent.tag in TEXTLESS_TAGS or el.tag in TEXTLESS_TAGS:
        return page.text(parent) == page.text(el)
    own = parent.text
    if own and not own.isspace():
        return False
    for child in parent:
        tail = child.tail
        if tail and not tail.isspace():
            return False
        if child is el:
            continue
        tag = child.tag
        if tag.__class__ is not str:
            continue  # a comment's content is no text
        if tag in TEXTLESS_TAGS:
            return page.text(parent) == page.text(el)
        if page.text(child):
            return False
    return True


def _grown_over_wrappers(page, el):
    """``el`` grown over ancestors that add no text of their own (empty wrappers, the slot box)."""
    while True:
        parent = el.getparent()
        if parent is None or _is_frame(parent) or not _same_text_as_child(page, parent, el) or page.is_guarded(parent):
            return el
        el = parent


@climb
class LinkBox(_TakesBool, Climb):
    """From a label to the box of links it heads: the nearest element holding the label and links
    to other stories with at most a few words between them (a section name, a date), and the
    wrappers around it that add no text: `<p>READ: <a>..</a></p>`, a "MOST READ" box, whose title
    may be a heading's link (any other link is a menu entry, not a label). Nothing when
    no link beside the label reads like a headline (three words or more: a list of tags is not a
    teaser box), or when a run of eight words outside links comes first."""

    key = "link-box"

    def __init__(self, on: bool):
        self.on = on

    def apply(self, page, el):
        if not self.on:
            return el
        if _in_link(el):
            # A label that is a link heads a box only as its title (`<h3><a>Most read</a></h3>`);
            # anywhere else it is a menu entry.
            el = next((up for up in el.iterancestors() if up.tag in _HEADINGS), None)
            if el is None:
                return None
        start, cur = el, el
        while True:
            ok, has_link = _link_box_shape(cur, start, None)
            if not ok:
                return None
            # A guarded element stops the climb; asked after its shape, which rules out the big
            # containers (they hold sentences) for less.
            if cur is not start and page.is_guarded(cur):
                return None
            if has_link:
                # Links beside the label: a teaser box if one reads like a headline (tags and menu
                # entries are a word or two), else no box at all.
                return _grown_over_wrappers(page, cur) if _has_headline_link(cur, start) else None
            parent = cur.getparent()
            if parent is None or _is_frame(parent):
                return None
            cur = parent

    def describe(self):
        return "grown to the box of links the label heads"


@climb
class LinkRun(Climb):
    """From a link to the largest element holding nothing but links and at most N other words: a
    run of spam links in its paragraph, `<p><a>x</a> | <a>y</a></p>` (separators are no words)."""

    key = "link-run"

    def __init__(self, spare: int):
        self.spare = spare

    @classmethod
    def parse(cls, value):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < _SENTENCE_WORDS:
            raise RuleSyntaxError("NC009", f"`link-run` must be a number of words from 0 to {_SENTENCE_WORDS - 1}", cls.key)
        return cls(value)

    def apply(self, page, el):
        if _words(page.text(el)) >= _SENTENCE_WORDS:
            return None  # a link as long as a sentence is no spam run (and may be the story's)
        start, box, cur = el, None, el
        while True:
            ok, has_link = _link_box_shape(cur, start, self.spare)
            if ok and any(_words(page.text(a)) >= _SENTENCE_WORDS for a in cur.iter("a")):
                ok = False
            if not ok:
                return box
            if cur is not start and page.is_guarded(cur):  # after its shape, as in LinkBox
                return box
            if has_link:
                box = cur
            parent = cur.getparent()
            if parent is None or _is_frame(parent):
                return box
            cur = parent

    def describe(self):
        return f"grown to the run of links around it (at most {self.spare} other words)"


_CONTROLS = frozenset(("form", "button", "label", "select", "option", "textarea"))


def _words_outside(el, start, small_print) -> tuple[int, int, int]:
    """Words of ``el`` outside ``start`` and form controls, less the runs of text (between block
    edges) that ``small_print`` (a regex, or None) claims: (before start, after it, longest run)."""
    run: list[str] = []
    counts = [0, 0]
    longest = 0
    after = False

    def flush() -> None:
        nonlocal longest
        text = " ".join(run)
        run.clear()
        if text.strip() and (small_print is None or small_print.search(text) is None):
            words = _words(text)
            counts[after] += words
            longest = max(longest, words)

    stack = [(el, False)]
    while stack:
        node, closing = stack.pop()
        if not isinstance(node.tag, str):  # a comment: only its tail shows
            if node.tail:
                run.append(node.tail)
            continue
        tag = node.tag
        if closing:
            if node is not el:
                if tag not in INLINE_TAGS:
                    flush()
                if node.tail:
                    run.append(node.tail)
            continue
        skip = node is start or tag in _CONTROLS or tag in ("script", "style", "noscript", "template")
        if skip or tag not in INLINE_TAGS:
            flush()
        if node is start:
            after = True
        stack.append((node, True))
        if skip:
            continue
        if node.text:
            run.append(node.text)
        for child in reversed(node):
            stack.append((child, False))
    flush()
    return counts[0], counts[1], longest


#: what a box may hold besides its start, its form controls and its small print: nothing before
#: the prompt, less than a sentence after it ("Our editors' picks, every weekday at 7am.")
_BOX_WORDS_BEFORE = 0
_BOX_WORDS_AFTER = _SENTENCE_WORDS - 1


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
            if parent is None or _is_frame(parent):
                return el
            if _words(page.text(parent)) > self.words or page.is_guarded(parent):
                return el
            before, after, longest = _words_outside(parent, start, self.small_print)
            if before > _BOX_WORDS_BEFORE or after > _BOX_WORDS_AFTER or longest >= _SENTENCE_WORDS:
                return el
            el = parent

    def describe(self):
        extra = f", small print /{self.pattern}/" if self.pattern else ""
        return f"grown to the largest box of at most {self.words} words and nothing else but small print{extra}"


# ================================================================================================
# Actions
# ================================================================================================


class Action:
    name: ClassVar[str]
    #: destructive actions are guarded (article container, share of paragraph text) and blocked by `keep`
    destructive: ClassVar[bool] = True
    #: whether nested matches collapse to the outermost
    outermost_only: ClassVar[bool] = True

    def __init__(self, rule_table: dict):
        pass

    @classmethod
    def parse(cls, table: dict, matchers) -> "Action":
        return cls(table)

    def apply(self, page: Page, el, rule) -> str | None:
        """Do it; return the text that went (or was flagged), or None when nothing changed."""
        raise NotImplementedError


ACTIONS: dict[str, type[Action]] = {}

#: keys that belong to a particular action (validated by it)
ACTION_KEYS = {"class": "mark"}


def action(cls):
    ACTIONS[cls.name] = cls
    return cls


@action
class Remove(Action):
    name = "remove"

    def apply(self, page, el, rule):
        text = readable_text(el, SNIPPET_CHARS)
        page.forget_text_around(el)
        el.drop_tree()  # keeps the tail text, which belongs to the parent
        return text


@action
class Unwrap(Action):
    """Drop the tag, keep its text: a spam link inside a real sentence."""

    name = "unwrap"

    def apply(self, page, el, rule):
        text = readable_text(el, SNIPPET_CHARS)
        page.forget_text_around(el)
        unwrap(el)
        return text


@action
class DropText(Action):
    """Remove only the matching text fragment(s) from the element's text nodes."""

    name = "drop-text"
    outermost_only = False

    def __init__(self, table):
        self.fragments = []

    @classmethod
    def parse(cls, table, matchers):
        self = cls(table)
        for m in matchers:
            if isinstance(m, TextRegex):
                self.fragments.append(m.regex)
            elif isinstance(m, (Text, TextContains)):
                self.fragments.append(re2.compile("(?i)" + re2.escape(m.literal).replace("\\ ", "\\s+")))
        if not self.fragments:
            raise RuleSyntaxError(
                "NC009", "`drop-text` needs `text`, `text-contains` or `text-regex` to say which text goes", "action"
            )
        return self

    def cuts(self, page, el) -> int:
        """Characters (whitespace not counted) the fragments make up in the element's text: what
        applying would take, for the guard to weigh beforehand."""
        text = page.text(el)
        found = 0
        for regex in self.fragments:
            for m in regex.finditer(text):
                found += len(m.group(0)) - m.group(0).count(" ")
            text = regex.sub("", text)
        return found

    def apply(self, page, el, rule):
        dropped = []

        def cut(s):
            if not s:
                return s
            for regex in self.fragments:
                dropped.extend(m.group(0) for m in regex.finditer(s))
                s = regex.sub("", s)
            return s

        el.text = cut(el.text)
        for child in el.iterdescendants():
            if child.tag not in ("script", "style"):
                child.text = cut(child.text)
            child.tail = cut(child.tail)
        page.forget_all_text()  # texts below and above this element changed
        return normalise(" ".join(dropped)) or None


MARK_CLASS = "newsclean-mark"


@action
class Mark(Action):
    """Keep the element but flag it: a class and a `data-newsclean` attribute naming the rule."""

    name = "mark"
    destructive = False
    outermost_only = False

    def __init__(self, table):
        css_class = table.get("class", MARK_CLASS)
        if not isinstance(css_class, str) or not css_class.strip() or " " in css_class.strip():
            raise RuleSyntaxError("NC009", "`class` must be one CSS class name", "class")
        self.css_class = css_class.strip()

    def apply(self, page, el, rule):
        classes = (el.get("class") or "").split()
        if self.css_class not in classes:
            el.set("class", " ".join([*classes, self.css_class]))
        el.set("data-newsclean", rule.id)
        el.set("title", f"newsclean: {rule.reason}")
        return readable_text(el, SNIPPET_CHARS)


@action
class Keep(Action):
    """Protect the element and its content: later rules may not remove or unwrap any of it."""

    name = "keep"
    destructive = False
    outermost_only = False

    def apply(self, page, el, rule):
        page.protect(el)
        return None
