"""The guard: no page loses more than a share of its text to all of its removals together.

Rules, the detector and the stray-paragraph check each take a little; twelve rules that each take
one paragraph of twelve empty the article as surely as one rule taking them all. The guard keeps one
ledger per page of what every removal took, and admits a new removal only while the page's total
stays within the share (the site's `guard`, 40% by default). What it holds back is said in the
report: the rule's outcome names it (`held`), and the detector and stray checks mark instead of
removing, so the reader still sees the text, dimmed.

What is weighed: characters outside links, whitespace not counted — a story's words, not the
headlines of a box of links to other stories (the detector weighs its own removals so too). On a
page that writes its text in <p> (they hold a quarter of its words outside links or more) the
paragraphs' text is the measure, so a menu or a link list costs nothing; on pages written in <div>s
and <br>s all of the body's text is.

Cheap: a removal of a label or a link passes on its own size; the page's totals are counted at most
once a page, when removals add up to more than a few sentences, as the tree is then plus what was
taken from it.
"""

from __future__ import annotations

from dataclasses import dataclass

import lxml.etree

#: Below this many characters (about 20 words) taken in all, a page's share says little (a stub page,
#: a list of links): no share is enforced.
GUARD_MIN_CHARS = 100

# Paragraphs not inside another (libxml2 lets a <p> hold one through a table or a list): the inner
# one's text is its outer one's already, and counted twice it made a removal look larger than its
# own text (the guard relies on it never being so).
_OUTER_PARAGRAPHS = lxml.etree.XPath("descendant::p[not(ancestor::p)]")


def _solid_chars(text: str) -> int:
    """Characters that are not whitespace (a few C counts, no split of a long text)."""
    return len(text) - sum(text.count(ws) for ws in " \n\t\r\xa0\f\v")


@dataclass(frozen=True)
class Take:
    """What one removal takes: its characters outside links, those of them in paragraphs, and its
    characters in links (to know the page's totals as it came, from the tree later on)."""

    chars: int = 0
    in_paragraphs: int = 0
    links: int = 0

    def __add__(self, other: "Take") -> "Take":
        if other is NOTHING or self is NOTHING:  # the first removal weighed, an element with no text: no new Take
            return self if other is NOTHING else other
        return Take(self.chars + other.chars, self.in_paragraphs + other.in_paragraphs, self.links + other.links)


NOTHING = Take()


class Guard:
    """One page's ledger. Ask `admits` before a removal, `record` what it took after."""

    def __init__(self, page, share: float):
        self.page = page
        self.share = share
        self.taken = NOTHING
        self._body_chars: int | None = None  # all the body's, before any removal
        self._totals: tuple[int, int] | None = None  # outside links: (body, paragraphs), as it came

    # -- measuring -------------------------------------------------------------------------------
    def _link_chars(self, el) -> int:
        return sum(self.page.chars(a) for a in el.iter("a"))

    def take_of(self, el) -> Take:
        """What removing the element (still in the tree) would take."""
        page = self.page
        own = page.chars(el)
        if not own:
            return NOTHING
        in_link, in_paragraph = el.tag == "a", el.tag == "p"
        for a in el.iterancestors("a", "p"):  # libxml2 skips the other ancestors
            if a.tag == "a":
                in_link = True
            else:
                in_paragraph = True
        if in_link:
            return Take(0, 0, own)
        links = self._link_chars(el)
        if in_paragraph:
            return Take(own - links, own - links, links)
        paragraphs = sum(page.chars(p) - self._link_chars(p) for p in _OUTER_PARAGRAPHS(el))
        return Take(own - links, paragraphs, links)

    def _body(self) -> int:
        if self._body_chars is None:  # the body's text as `admits` pinned it before the first removal
            body_text = self.page.body_text
            self._body_chars = _solid_chars(body_text.joined) - max(0, len(body_text.texts) - 1)
        return self._body_chars

    def _outside_links(self) -> tuple[int, int]:
        """The body's and the paragraphs' characters outside links, as the page came: the tree as it
        is now, plus what was taken from it. Counted once."""
        if self._totals is None:
            page, taken = self.page, self.taken
            links = self._link_chars(page.body) + taken.links
            paragraphs = sum(page.chars(p) - self._link_chars(p) for p in _OUTER_PARAGRAPHS(page.root))
            self._totals = (max(0, self._body() - links), paragraphs + taken.in_paragraphs)
        return self._totals

    @property
    def text_in_paragraphs(self) -> bool:
        """Whether the page writes its text in <p> at all. Many write it in <div>s and <br>s; there
        the guard weighs all text, or a few junk <p>s would count as the whole story."""
        body, paragraphs = self._outside_links()
        return paragraphs * 4 >= body

    @property
    def total(self) -> int:
        """The page's text as it came, in the guard's measure."""
        body, paragraphs = self._outside_links()
        return paragraphs if paragraphs * 4 >= body else body

    def weight(self, take: Take) -> int:
        return take.in_paragraphs if self.text_in_paragraphs else take.chars

    # -- deciding ----------------------------------------------------------------------------------
    def admits(self, takes) -> str:
        """'' when the removals (their `Take`s) fit beside what the page lost already; else why not."""
        new = sum(takes, NOTHING)
        # The body's text is read (Page.body_text: kept, never read again) before anything is removed,
        # whatever is asked first; it is counted only when a page's removals come to be weighed.
        self.page.body_text
        if self.taken.chars + new.chars <= GUARD_MIN_CHARS:  # a label, a link, a short line or two
            return ""
        total = self.total
        before, removed = self.weight(self.taken), self.weight(self.taken + new)
        if not total or removed <= self.share * total or removed <= GUARD_MIN_CHARS:
            return ""
        if before:
            return (
                f"guard: held back, with the page's earlier removals ({before / total:.0%}) it would take "
                f"{removed / total:.0%} of the page's text (limit {self.share:.0%})"
            )
        return f"guard: held back, it would take {removed / total:.0%} of the page's text (limit {self.share:.0%})"

    def record(self, take: Take) -> None:
        self.taken = self.taken + take
