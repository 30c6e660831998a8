"""Matchers on links: `href-host`, `href-regex`, `href-words`, `link-density`, `offsite`."""

from __future__ import annotations

from ....rules import words
from ....rules.errors import RuleSyntaxError
from .base import (
    BATCH_MIN,
    Matcher,
    TakesBool,
    batch_regex,
    compile_regex,
    finds_in_none,
    matcher,
    regex_finds,
    strings_of,
)
from .text import NamedList


@matcher
class HrefHost(Matcher):
    """A link to one of these hosts or their subdomains."""

    key = "href-host"
    value_doc = 'string or list'
    doc = 'links (`<a>`) to these hosts or their subdomains'
    cost = 10
    can_find = True

    def __init__(self, hosts: tuple[str, ...]):
        self.hosts = tuple(h.lower().strip().lstrip(".") for h in hosts)

    @classmethod
    def parse(cls, value):
        return cls(strings_of(value, cls.key))

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
    value_doc = 'RE2 regex'
    doc = 'links whose absolute URL matches'
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
        if self.batch is None or len(found) < BATCH_MIN:
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
class HrefWords(NamedList, HrefRegex):
    """The link's target looks like one of newsclean's named lists says (rules/words.py):
    `href-words = "spam"`."""

    key = "href-words"
    value_doc = 'name of a word list'
    doc = 'links whose URL looks like the named list says (`"spam"`: a spam page\'s address)'
    lists = words.TARGET_PATTERNS
    says = "link target is of the list `{name}`"


@matcher
class LinkDensity(Matcher):
    """At least this share of the element's text is link text (1.0: a paragraph that is one link)."""

    key = "link-density"
    value_doc = 'number in (0, 1]'
    doc = "at least this share of the element's text is link text"
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
class Offsite(TakesBool, Matcher):
    """Every link in the element (or the element, if it is a link) goes to another site."""

    key = "offsite"
    value_doc = 'bool'
    doc = "every link in the element goes to another site (`true`), or stays on the page's site (`false`)"
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
