"""What is on the page beside the story, and the story's headline: prose in the page's furniture
(comments, a sidebar, the footer, a consent dialog) is not the story's, and a short post is found
by its headline when its prose alone is too little to tell it from the page around it."""

from __future__ import annotations

import lxml.etree

from .targets import article_like, aside_name, links_here, names_kind, template_class, this_story


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


CARD_RUN = 3  # cards of one make side by side that make a box of them
CARD_EXTRA = 160  # characters a card may hold beside its blurb (its headline, its date, its kicker)
CARD_LEVELS = 3  # how far above its blurb a card's root may be


def card_blurbs(page, prose: list) -> set:
    """Prose that is a story card's blurb: the paragraph beside a headline link to another story of
    the site, in a card (up to CARD_LEVELS levels above it: a card's root, its inner wrapper, its
    text column) that holds little else, one of a run of cards (same tag and class, or same tag and
    a headline link of its own: a grid's cards differ in class by their layout). A box of related
    stories with blurbs is a box, not the story."""
    out = set()
    verdict: dict = {}
    for p in prose:
        size = len(page.text(p))
        node = p
        for _ in range(CARD_LEVELS):
            node = node.getparent()
            if node is None or node is page.body:
                break
            seen = verdict.get(node)
            if seen is None:
                seen = verdict[node] = _card(page, node, p, size)
            if seen:
                out.add(p)
                break
    return out


def _card(page, node, blurb, size: int) -> bool:
    if len(page.text(node)) > size + CARD_EXTRA:
        return False
    if not any(_headline_link(page, a) for a in node.iter("a") if not _within(a, blurb)):
        return False
    make = (node.tag, template_class(node.get("class")))
    run = 1
    for way in (False, True):
        for sibling in node.itersiblings(preceding=way):
            if not isinstance(sibling.tag, str):
                continue
            if not page.text(sibling) and names_kind(sibling, "ad"):
                continue  # (an ad's slot put between the cards does not end their run)
            if sibling.tag != node.tag:
                break
            if (sibling.tag, template_class(sibling.get("class"))) == make:
                if sibling.find(".//a") is None:
                    break
            elif not any(_headline_link(page, a) for a in sibling.iter("a")):
                break  # (a card of another make in the run, a grid's featured one: it holds a headline link too)
            run += 1
    return run >= CARD_RUN


def _headline_link(page, a) -> bool:
    """A link to another story of the site whose text reads as its headline (four words or more)."""
    href = a.get("href")
    if not article_like(href) or links_here(page.url, href) or this_story(page.url, href):
        return False
    host = page.link_host(a)
    if host and page.is_offsite(host):
        return False
    return len(page.text(a).split()) >= 4
