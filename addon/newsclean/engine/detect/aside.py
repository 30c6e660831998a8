"""What is on the page beside the story, and the story's headline: prose in the page's furniture
(comments, a sidebar, the footer, a consent dialog) is not the story's, and a short post is found
by its headline when its prose alone is too little to tell it from the page around it."""

from __future__ import annotations

import lxml.etree

from .targets import aside_name


def _within(el, top) -> bool:
    return el is top or any(a is top for a in el.iterancestors())


def title_heading(page):
    """The story's headline: the ``<h1>`` or ``<h2>`` that is the page's ``og:title`` or
    ``<title>``, else the longest whose words a title holds or that holds a title's; None when none
    does. A site's name in an ``<h1>`` of the header is in the title too ("Headline – Site"), and
    often as long as the headline: the ``og:title`` is the headline alone."""
    titles = [page.root.findtext("head/title") or ""]
    titles += _OG_TITLE(page.root)
    titles = [" ".join(t.split()).casefold() for t in titles]
    titles = [t for t in titles if len(t) >= 4]
    if not titles:
        return None
    best, best_rank = None, (False, 3)
    for heading in page.root.iter("h1", "h2"):
        text = " ".join(page.text(heading).split()).casefold()
        rank = (text in titles, len(text))
        if rank > best_rank and any(text in t or t in text for t in titles):
            best, best_rank = heading, rank
    return best


_OG_TITLE = lxml.etree.XPath("/html/head/meta[@property='og:title']/@content")


_ASIDE_TAGS = frozenset(("footer", "nav"))


def _in_article(page, el) -> bool:
    """Within an ``<article>`` or the page's own article element: a ``<footer>`` there is the
    story's (its print note, its corrections), not the page's."""
    article = page.article
    return any(a.tag == "article" or a is article for a in el.iterancestors())


def beside_story(page, prose: list) -> list:
    """The prose without what sits in the page's furniture beside the story: a ``<footer>`` or a
    ``<nav>`` of the page (not of an article), a wrapper whose class or id names comments, a sidebar, the footer or a consent
    dialog (targets.aside_name) — unless
    it holds the story's headline or the page's own article element (a layout's
    `content-sidebar-wrap` around both)."""
    verdict: dict = {}
    anchors = None
    body = page.body
    out = []
    for p in prose:
        beside = False
        for a in p.iterancestors():
            if a is body:
                break
            seen = verdict.get(a)
            if seen is None:
                seen = False
                value, ident = a.get("class"), a.get("id")
                named = (value and aside_name(value)) or (ident and aside_name(ident))
                if named or (a.tag in _ASIDE_TAGS and not _in_article(page, a)):
                    if anchors is None:
                        anchors = [x for x in (title_heading(page), page.article) if x is not None]
                    seen = not any(_within(x, a) for x in anchors)
                verdict[a] = seen
            if seen:
                beside = True
                break
        if not beside:
            out.append(p)
    return out


HEADED_LEVELS = 4  # how far above the headline and its first paragraph their common wrapper may be


def headed(page, prose: list):
    """A short post's body: the wrapper of the story's headline (title_heading) and the first
    prose paragraph after it, when it is close above both (a blog post of one paragraph and
    pictures, its comments and sidebar around it). None when there is no such headline."""
    heading = title_heading(page)
    if heading is None:
        return None
    wanted = set(prose)
    node = heading
    for _ in range(HEADED_LEVELS):  # the first paragraph after the headline, in its wrappers' reach
        parent = node.getparent()
        if parent is None or parent is page.body or parent.tag in ("body", "html"):
            return None
        for sibling in node.itersiblings():
            for el in sibling.iter():
                if el in wanted:
                    return parent
        node = parent
    return None
