"""Where the detector looks: the story's body, its prose paragraphs, and the blocks in and right
after it that are not prose — the candidates it judges.

The story is found from its prose: paragraphs with a sentence or two of their own words (not link
text). The container is the element that holds most of that prose (a paragraph's parent counts it
whole, its grandparent half, so a story cut into several wrappers is found whole). Candidates are
the largest subtrees of the container that hold no prose paragraph — a box between paragraphs, a
label, a lone link — plus the few blocks that follow the container (a newsletter module right
after the story).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree

from ...rules import words
from ..page import INLINE_TAGS
from . import aside, signup

PROSE_MIN_CHARS = 80  # own (non-link) characters of a prose paragraph
PROSE_MIN_UNSPACED = 30  # the same in scripts written without spaces
PROSE_NOMINATE = 40  # characters of one text node that make its block worth a look as prose
MIN_PROSE = 2  # fewer prose paragraphs than this: no story to judge blocks around (but see LONE_PROSE)
LONE_PROSE = 400  # ... unless the one there is this long (characters; a blog post in one <div> and <br>s)
LONE_PROSE_UNSPACED = 150  # the same in scripts written without spaces
AFTER_BLOCKS = 20  # blocks looked at after the container (its following siblings, then its parent's, ...)
AFTER_LEVELS = 8  # how many ancestors of the container that walk climbs
BEFORE_BLOCKS = 8  # blocks looked at before the container (its preceding siblings, then its parent's, ...)
BEFORE_LEVELS = 3  # how many ancestors of the container that walk climbs
AHEAD_SHARE = 2  # ...while each holds at most this many times the container's text
MAX_DEPTH = 3  # how far into a candidate that is not junk as a whole the detector looks

_UNSPACED = words.UNSPACED
SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "math"))
PROSE_TAGS = frozenset(("p", "div", "li", "blockquote", "td", "dd", "section", "article", "font", "span"))
# Never candidates: the story's headings and its own media (judged as look-alikes elsewhere).
_NEVER = frozenset(("h1", "br", "hr", "img", "picture", "source", "video", "audio", "wbr"))


@dataclass
class Block:
    el: object
    position: str  # "between" | "before" | "after" | "end"
    depth: int = 0  # 0: a largest prose-free subtree; more: a part of one
    outside: bool = False  # outside the story's container (before or after it)


@dataclass
class Story:
    container: object
    prose: list  # prose elements in document order
    prose_set: frozenset
    holders: frozenset  # the prose elements and all their ancestors up to the container
    blocks: list  # Block, in document order
    templates: frozenset = frozenset()  # signature() of the story's own blocks
    words: frozenset | None = None  # the prose's words (own.story_words), worked out when first asked
    links: dict = field(default_factory=dict)  # what signals know of each link, shared by all blocks
    marks: object = None  # signals.Marks of the region (the container and the blocks after it)
    signals: dict = field(default_factory=dict)  # element -> its Signals, measured once a page
    lines: dict | None = None  # own.run_line: per list or table of the story, its short lines by make
    makes: frozenset | None = None  # own.prose_make: the makes of the prose's paragraphs, when first asked
    scorer: object = None  # Signals -> score.Score: the hand scorer's best, or the learned one beside it
    short: bool = False  # a post of one paragraph found by its body's name: a box of links in it may be its own
    elsewhere: frozenset = frozenset()  # prose outside the container (a step after the story's lead, comments)
    tongue: tuple | None = None  # own.story_tongue: (script, language) of the prose, when first asked
    foreign: dict = field(default_factory=dict)  # own.foreign_line: short text -> whether it is foreign


def _link_chars(page, el) -> int:
    return sum(len(page.text(a)) for a in el.iter("a"))


def is_prose(page, el) -> bool:
    """A paragraph of the story: enough words of its own outside links, in sentences."""
    if el.tag not in PROSE_TAGS:
        return False
    text = page.text(el)
    size = len(text)
    if size < PROSE_MIN_UNSPACED or (size < PROSE_MIN_CHARS and _UNSPACED.search(text) is None):
        return False
    own = size - _link_chars(page, el)
    if own * 2 < size:
        return False
    unspaced = _UNSPACED.search(text) is not None
    if own < (PROSE_MIN_UNSPACED if unspaced else PROSE_MIN_CHARS):
        return False
    if unspaced:
        return True
    return len(text.split()) >= 12 and any(c in text for c in ".!?;:»”\"")


_IN_LINK = lxml.etree.XPath("boolean(ancestor::a)")
_HOLDS_H1 = lxml.etree.XPath("boolean(descendant::h1)")
_SENTENCE_MARK = re.compile("[.!?;:»”\"]")


def _prose_elements(page) -> list:
    """Prose paragraphs of the body, in document order, from the text nodes the page walk gathered
    already (no walk and no text serialising of its own): a block's own words are the text nodes
    it holds outside links, its link words those inside them. A block is prose when its own text
    is long enough, in sentences, and outweighs its links — ``<p>``s mostly, and ``<div>``s that
    write their text between ``<br>``s."""
    body_text = page.body_text
    own: dict = {}  # block -> [own chars, own spaces, link chars, has a sentence mark, unspaced]
    order = []
    # (a script written without spaces is looked for node by node only on a page that has one)
    any_unspaced = _UNSPACED.search(body_text.joined) is not None
    for text, owner in zip(body_text.texts, body_text.owners):
        if owner is None:
            continue
        in_link, tag = False, owner.tag
        while tag in INLINE_TAGS:  # a run inside <a>, <em>, <span>: its block holds it
            if tag == "a":
                in_link = True
            parent = owner.getparent()
            if parent is None:
                break
            owner, tag = parent, parent.tag
        entry = own.get(owner)
        if entry is None:
            entry = own[owner] = [0, 0, 0, False, False]
            order.append(owner)
        stripped = text.strip()
        if in_link:
            entry[2] += len(stripped)
            continue
        entry[0] += len(stripped)
        entry[1] += stripped.count(" ")
        if not entry[3] and _SENTENCE_MARK.search(stripped):
            entry[3] = True
        if any_unspaced and not entry[4] and _UNSPACED.search(stripped):
            entry[4] = True
    out = []
    for block in order:
        chars, spaces, link_chars, sentence, unspaced = own[block]
        if block.tag not in PROSE_TAGS or chars < link_chars:
            continue
        if unspaced:
            if chars < PROSE_MIN_UNSPACED:
                continue
        elif chars < PROSE_MIN_CHARS or spaces < 11 or not sentence:
            continue
        if block.tag == "p" and block.find(".//p") is not None:
            continue  # a <p> holding another (libxml2 keeps them through a table): the inner one counts
        if _IN_LINK(block):
            continue  # a card's blurb inside its link is no prose
        out.append(block)
    boxes = signup.boxes(page, out) if out else ()
    if boxes:  # a sign-up box's blurb is written in sentences too: it is the box's, not the story's
        out = [b for b in out if b not in boxes and not any(a in boxes for a in b.iterancestors())]
    if out:
        blurbs = aside.card_blurbs(page, out)
        if blurbs and len(blurbs) < len(out):  # (cards and nothing else: a page of them, judged as is)
            out = [p for p in out if p not in blurbs]
    return aside.beside_story(page, out) if out else out


# A list or a table: its items are rows of one make (the story's data, or a box's cards).
LIST_TAGS = frozenset(("ul", "ol", "dl", "table"))

# Words of four letters or more: what telling words are looked for among (cut.py reads the same).
WORD = re.compile(r"[^\W\d_]{4,}")
_MATCHER = words.matcher()


def tells(shared) -> bool:
    """Whether the words a text shares with the story are telling: one of eight letters or more, or
    three of five or more — names and terms, not the common words ("news", "information")."""
    return any(len(w) >= 8 for w in shared) or sum(1 for w in shared if len(w) >= 5) >= 3


def densest_container(page, paragraphs):
    """The element holding most of the paragraphs' text: a paragraph's parent counts its text
    whole, its grandparent half (a story cut into several wrappers is found whole). None when
    there are none. The stray detector finds its story the same way."""
    scores: dict = {}
    for p in paragraphs:
        size = len(page.text(p))
        parent = p.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0) + size
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0) + size / 2
    return max(scores, key=scores.get) if scores else None


def find_story(page) -> Story | None:
    prose = _prose_elements(page)
    if not prose:
        return None
    container = densest_container(page, prose)
    if container is None:
        return None
    article = page.article
    if (
        article is not None
        and article is not container
        and _within(container, article)
        and len(page.text(article)) <= 3 * len(page.text(container))
    ):
        container = article  # the page's own <article> holds the story and little else: judge inside it
    container = _whole(page, prose, container)
    short = None
    inside = [p for p in prose if _within(p, container)]
    if len(inside) < MIN_PROSE and not (inside and _lone_story(page, inside[0], container)):
        container = aside.headed(page, prose)
        if container is None:
            container = short = _named_body(prose)
        if container is None:
            return None
        inside = [p for p in prose if _within(p, container)]
    holders = set()
    for p in inside:
        holders.add(p)
        for a in p.iterancestors():
            if a is container or a in holders:
                break
            holders.add(a)
    # The story's own block templates: the tag and class of its prose and of what holds it. A
    # candidate made from one (`div.paragraph` around a subheading) is the story's: cut junk out of
    # it, never take it whole.
    templates = frozenset(signature(el) for el in holders if el.get("class"))
    story = Story(container, inside, frozenset(inside), frozenset(holders), [], templates, short=short is not None)
    story.elsewhere = frozenset(prose).difference(inside)
    story.blocks = [*_ahead(page, story, prose), *_candidates(page, story)]
    return story


def _lone_story(page, paragraph, container) -> bool:
    """One prose block long enough to be a story by itself (a post written in one block, its
    paragraphs between <br>s), inside a wrapper of its own (not the page's body: the blocks around
    it are then the post's, not the whole page)."""
    if container is page.body or container.tag in ("body", "html"):
        return False
    text = page.text(paragraph)
    return len(text) >= (LONE_PROSE_UNSPACED if _UNSPACED.search(text) else LONE_PROSE)


# How templates name a post's body: `entry-content`, `cb-entry-content`, `post-body`, `articleBody`.
_BODY_NAME = re.compile(r"(?:entry|post|article|story)[-_]?(?:content|body|text)\b", re.IGNORECASE)
BODY_LEVELS = 3  # how far above its paragraph a post's named body is looked for


def _named_body(prose: list):
    """The body of a post of one paragraph (a short blog post whose page's only other prose is its
    cookie notice): the nearest wrapper of a prose paragraph, a few levels up, that the template
    names a post's body (`<div class="entry-content">`, itemprop="articleBody") and that holds no
    other prose. None when no paragraph has one."""
    wanted = set(prose)
    for p in prose:
        node = p
        for _ in range(BODY_LEVELS):
            node = node.getparent()
            if node is None or node.tag in ("body", "html"):
                break
            if node.get("itemprop") == "articleBody" or _BODY_NAME.search(node.get("class") or ""):
                if sum(1 for el in node.iter() if el in wanted) == 1:
                    return node
                break
    return None


WHOLE_SHARE = 0.75  # of the page's prose, what a wrapper must hold to be the story's whole body
WHOLE_LEVELS = 3  # how far up the wrapper is looked for
GATHER = 1.5  # a wrapper holding this many times the prose found so far gathers more of the story
PROSE_SHARE = 0.5  # ... when at least this share of its text is that prose (not a page around it)


def _whole(page, prose: list, container):
    """The story's whole body when the densest element holds only a part of it: a story cut into
    sections (a column a few paragraphs, an ad between columns, each paragraph in a wrapper of its
    own) has its densest element in one section. Up to three levels up, the first wrapper that holds
    most of the page's prose (and is mostly that prose, not the page around it) is the story's body;
    else the highest wrapper on the way that gathers more of the prose (half again as much as
    found so far) and is still mostly prose — the page's other prose (comments, a footer's blurb)
    may keep any wrapper from holding most of it. Else the element stays."""
    sizes = {}
    for p in prose:
        sizes[p] = len(page.text(p))
    total = sum(sizes.values())
    held = sum(size for p, size in sizes.items() if _within(p, container))
    if held >= WHOLE_SHARE * total:
        return container
    under: dict = {}  # element -> characters of the prose under it, added up once for the levels above
    for p, size in sizes.items():
        for a in p.iterancestors():
            under[a] = under.get(a, 0) + size
    node, best = container, container
    for _ in range(WHOLE_LEVELS):
        node = node.getparent()
        if node is None or node is page.body or node.tag in ("body", "html"):
            break
        size = under.get(node, 0)
        mostly_prose = len(page.text(node)) * PROSE_SHARE <= size
        if size >= WHOLE_SHARE * total and mostly_prose:
            return node
        if size >= GATHER * held and mostly_prose:
            best, held = node, size
    return best


def previous_element(el):
    """The element right before this one among its siblings (comments skipped), or None."""
    return next(el.itersiblings(lxml.etree.Element, preceding=True), None)


def next_element(el):
    return next(el.itersiblings(lxml.etree.Element), None)


def signature(el) -> tuple:
    return (el.tag, el.get("class") or "")


def _within(el, top) -> bool:
    return any(a is top for a in el.iterancestors())


def _candidates(page, story: Story) -> list:
    out: list = []
    last = story.prose[-1]
    seen_prose = [False]
    holders, prose_set = story.holders, story.prose_set

    def visit(el, inside_prose: bool = False):
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in SKIP_TAGS:
                continue
            if inside_prose and tag in INLINE_TAGS:
                continue  # a paragraph's own words and links: its sentences, not a block
            if child in prose_set:
                seen_prose[0] = True
                visit(child, inside_prose=True)  # a box a paragraph holds (a teaser card, an ad slot)
                if child is last:
                    seen_prose[0] = "done"
                continue
            if child in holders:
                visit(child)
                continue
            if tag in _NEVER:
                continue
            if seen_prose[0] is False:
                position = "before"
            elif seen_prose[0] == "done":
                position = "end"
            else:
                position = "between"
            out.append(Block(child, position))

    visit(story.container)
    # What follows the story: the container's next siblings, then its parent's, and so up.
    after = 0
    node = story.container
    for _ in range(AFTER_LEVELS):
        for sib in node.itersiblings():
            if after >= AFTER_BLOCKS:
                break
            if not isinstance(sib.tag, str) or sib.tag in SKIP_TAGS or sib.tag in _NEVER:
                continue
            out.append(Block(sib, "after", outside=True))
            after += 1
        node = node.getparent()
        if node is None or node is page.body:
            break
    return out


def _ahead(page, story: Story, prose: list) -> list:
    """The blocks just before the story's container: its preceding siblings, then its parent's, and
    so up (nearest first, a few levels, while what the walk climbs to is mostly the story, not the
    page around it) — a sign-up box, a "Supported by" notice or a teaser put between the headline
    and the body. A block holding the page's headline (`<h1>`) or a prose
    paragraph (a standfirst outside the body) is looked into, never taken: its other parts are the
    candidates. In document order."""
    keep = set()  # the prose and all that holds it, up to the body
    for el in prose:
        for a in (el, *el.iterancestors()):
            if a in keep:
                break
            keep.add(a)
    out: list = []

    def take(el, depth: int) -> None:
        if len(out) >= BEFORE_BLOCKS or el.tag in _NEVER:
            return
        if el not in keep and not _HOLDS_H1(el):
            out.append(Block(el, "before", outside=True))
        elif depth < MAX_DEPTH and el.tag != "h1" and el not in story.prose_set:
            for child in reversed(el):  # nearest the story first
                if isinstance(child.tag, str) and child.tag not in SKIP_TAGS:
                    take(child, depth + 1)

    node = story.container
    size = len(page.text(node))
    for _ in range(BEFORE_LEVELS):
        for sib in node.itersiblings(preceding=True):
            if isinstance(sib.tag, str) and sib.tag not in SKIP_TAGS:
                take(sib, 0)
        node = node.getparent()
        if node is None or node is page.body or node.tag in ("body", "html"):
            break
        if len(page.text(node)) > AHEAD_SHARE * size:
            break  # the page around the story (its masthead, menus, side columns): not the story's head
    out.reverse()
    return out


def parts(block: Block, limit: int = MAX_DEPTH, links: bool = False) -> list:
    """The block's child blocks, for a look inside a candidate that is not junk as a whole
    (``links``: its links too, for cutting a link out of a line that is otherwise the story's)."""
    if block.depth >= limit:
        return []
    return [
        Block(c, block.position, block.depth + 1, block.outside)
        for c in block.el
        if isinstance(c.tag, str) and c.tag not in SKIP_TAGS and c.tag not in _NEVER
        and (c.tag not in INLINE_TAGS or (links and c.tag == "a"))
    ]
