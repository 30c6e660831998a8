"""How much of a junk block goes: the block whole, only the parts that hold the evidence, or
nothing (marked).

Junk is often put into a wrapper of the story's own (a lead paragraph's `div`, a recipe's list
item, a `blockquote`): taking the wrapper whole would take the story's words with it. So a block
that scores as junk is looked into: when some of its parts score as junk on their own, and what is
left beside them reads as the story's (it shares a telling word with the story's prose, or the
block is one of the story's own templates, or it holds many words of its own), only those parts go
— with their companions (an empty slot box, a short label or title). When nothing is left but
companions, or what is left shares nothing with the story (a newsletter's blurb, a box's title),
the block goes whole. A big block or a story template that cannot be cut is marked, never taken.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..page import INLINE_TAGS
from . import blocks, score, signals

BIG_BLOCK = 40  # words outside links: a junk block with more is never taken whole
BIG_NEWSLETTER = 80  # the same for a sign-up box (its score already counts against more words)
NEWSLETTER_REST = 30  # words beside a sign-up form that are more than its prompt, blurb and small print
# (in a box whose own class names it a sign-up box, up to BIG_NEWSLETTER: the box says what it is)
BIG_CARDS = 300  # the same for a box of story cards (the cards make most of its text)
_WORD = blocks.WORD
_LISTS = frozenset(("ul", "ol", "dl", "table"))


@dataclass
class Finding:
    el: object
    signals: signals.Signals
    score: score.Score
    action: str  # remove | mark


@dataclass
class Parts:
    """What a block's parts say when some of them are junk on their own (`_parts`)."""

    junk: list  # Findings: the junk parts and their companions
    left: list  # the texts of the other parts (and the block's own words between them)
    top: float  # the best part's points
    cut_inside: bool  # a junk part was itself cut, not taken whole
    run_lines: bool  # a line left beside them is one of a run of the story's own lines
    titled: bool  # a box of links among them holds its own title
    captioned: bool  # a part left beside them holds a captioned picture


def judge(page, story, block, sig, best, remove_at: float, depth: int = 0) -> list[Finding]:
    # A block of the story's own make, or one of the story's head with words of its own (a byline
    # and its date beside the share buttons): junk is cut out of it, it is never taken whole.
    template = blocks.signature(block.el) in story.templates or head_line(page, block, sig)
    # (a block after the story holding a paragraph in sentences — a how-to's next step, the story's
    # own beyond its lead — is cut as the story's template is: its paragraph is somebody's text; a
    # box of story cards holds its cards' blurbs so, and is judged as one)
    template = template or (best.kind != "teaser" and block.outside and _holds_prose(story, block.el))
    # A sign-up box carries its blurb and small print: it may hold more words and still go whole.
    big = sig.nonlink_words > _big_at(sig, best)
    if not template and not big and (
        sig.nonlink_words <= 3
        or (
            best.kind == "teaser" and sig.link_share >= 0.6 and sig.nonlink_words <= 12
            and not _holds_plain_line(block.el)
        )
    ) and not (sig.nonlink_words and _holds_run_line(page, story, block.el)):
        return [Finding(block.el, sig, best, "remove")]  # links and a title at most: nothing to cut out
    if template and lone_teaser(sig, best):
        return [Finding(block.el, sig, best, "remove")]  # a line of the story's make holding only a link to another story
    if sign_up_box(page, story, block.el, sig, best) and not template and not big:
        return [Finding(block.el, sig, best, "remove")]  # a sign-up box named so, with its field: whole
    if best.kind == "promo" and not template and not big:
        # A follow or share link at the end of a line of the story's ("-- By X. Follow @x"): the
        # link goes, the line stays — when there is a line of three words or more beside it, or
        # the story's date.
        parts = _parts(page, story, block, remove_at, titles=False, depth=depth, links=True)
        if parts is not None and (signals.words_in(" ".join(parts.left)) >= 3 or _dated(block.el)):
            return parts.junk
        return [Finding(block.el, sig, best, "remove")]
    # (a box of headline links as a whole: its items, one link a line, are its, not somebody's lines)
    box = best.kind == "teaser" and sig.headline_links >= 2 and sig.link_share >= 0.6 and not template
    parts = _parts(page, story, block, remove_at, titles=not template, depth=depth, box=box)
    if parts is None:
        # (a form put into a wrapper of the story's lead: the wrapper cannot be cut, so it is marked)
        keep_text = big or template or (best.kind == "newsletter" and _holds_story_line(page, story, block.el))
        return [Finding(block.el, sig, best, "mark" if keep_text else "remove")]
    junk, left = parts.junk, parts.left
    if parts.cut_inside or parts.run_lines:
        return junk  # a part of it was cut already, or the rest is the story's own lines
    if parts.captioned and best.kind != "teaser":
        return junk  # a captioned picture beside a form or a slot is the story's photo, not the box's
    if best.kind == "newsletter" and sum(1 for f in junk if f.signals.email_input) >= 2:
        return junk  # two sign-up forms, each a box of its own: what is beside them is not their blurb
    if not left:
        return [Finding(block.el, sig, best, "remove")]  # nothing but junk and its companions
    # The part holds more evidence than the whole: the junk is the part, the rest its surroundings.
    # (A sign-up box's blurb often talks of the story's topic, so for a newsletter only the
    # evidence and the words beside the form decide, not the words it shares.)
    # (A wrapper whose own class names a sign-up box is the box: its blurb goes with its form.)
    own_box = best.kind == "newsletter" and signals.names_kind(block.el, "newsletter")
    # (a box around its email field is judged by what is left beside the form, whatever its parts scored)
    # (not one named as the story's furniture: a form put beside the authors' bios leaves the bios)
    form_box = best.kind == "newsletter" and sig.email_input and "story" not in sig.tokens
    # (a card whose links are all paid for is the ad whole: its advertiser's name and copy with its label)
    if best.kind == "ad" and score.paid_card(sig) and not (big or template):
        return [Finding(block.el, sig, best, "remove")]
    if big or template or (parts.top > best.points and not (own_box or form_box)):
        return junk
    rest = " ".join(left)
    if best.kind == "newsletter":
        if signals.words_in(rest) > (BIG_NEWSLETTER if own_box else NEWSLETTER_REST):
            return junk  # more than a sign-up box says around its form: somebody's text
        if any(_reads_as_story(page, story, t) or _names_story_term(page, story, t) for t in left):
            return junk  # the story's own standfirst or line, with a form put in beside it
    elif best.kind == "teaser" and (signals.words_in(rest) > TITLE_WORDS or parts.titled):
        # A box of links carries a title; more beside it is somebody's (a recipe's list), and so is
        # a line beside a box that holds its title already.
        return junk
    elif _shares_story_words(page, story, rest):
        return junk
    return [Finding(block.el, sig, best, "remove")]


LONE_LABEL_WORDS = 6  # words of a label before a lone teaser's link ("Das könnte Dich auch interessieren:")


def _holds_prose(story, el) -> bool:
    """Whether the element holds a paragraph in sentences found outside the story's container."""
    elsewhere = story.elsewhere
    return bool(elsewhere) and any(node in elsewhere for node in el.iter())


def lone_teaser(sig, best) -> bool:
    """A paragraph that is one headline link to another story of the site, alone or after a label
    ("Lea aquí: <a>…</a>"): nothing of the story's is in it, though the story's template holds it."""
    return (
        best.kind == "teaser" and sig.headline_links == 1 and sig.links == 1 and sig.same_site_headlines == 1
        and not sig.media and sig.link_chars * 2 >= sig.chars
        and (sig.nonlink_words == 0 or (sig.nonlink_words <= LONE_LABEL_WORDS and signals.label_ends(sig.label)))
    )


def sign_up_box(page, story, el, sig, best) -> bool:
    """A sign-up box that says what it is: its own class names it so, it holds its email field,
    and no line of it reads as the story's — its title, blurb and small print go with the field."""
    return (
        best.kind == "newsletter" and sig.email_input and signals.names_kind(el, "newsletter")
        and not _holds_story_line(page, story, el)
    )


HEAD_WORDS = 3  # words outside links a block before the story may hold and still be taken whole


HEAD_PARAGRAPH_WORDS = 8  # a paragraph of the story's head (its standfirst) holds this many words


def head_line(page, block, sig) -> bool:
    """A block before the story's container (between its headline and its body) with words of its
    own beside its links: a byline, a dateline, a kicker as often as a notice — but not a box of
    headline links (a strip of other stories carries their blurbs), unless it holds a paragraph of
    its own words without a link (the story's standfirst, with a box put into its wrapper)."""
    if not (block.outside and block.position == "before" and sig.nonlink_words > HEAD_WORDS):
        return False
    if sig.headline_links < 2 and sig.cards < 3:
        return True
    return any(
        p.find(".//a") is None and signals.words_in(page.text(p)) >= HEAD_PARAGRAPH_WORDS for p in block.el.iter("p")
    )


def _big_at(sig, best) -> int:
    """Words outside links a junk block may hold and still go whole: a sign-up box carries its
    blurb and small print, a box of story cards a line of text a card."""
    if best.kind == "newsletter":
        return BIG_NEWSLETTER
    if best.kind == "teaser" and sig.cards >= 3:
        return BIG_CARDS
    return BIG_BLOCK


def _parts(
    page, story, block, remove_at: float, titles: bool, depth: int, links: bool = False, box: bool = False
) -> Parts | None:
    """What the block's parts say (`Parts`), or None when no part is junk on its own. ``box``: the
    block is a box of headline links as a whole."""
    inner = blocks.parts(block, limit=blocks.MAX_DEPTH + 5, links=links)
    if not inner or depth > 6:
        return None
    own = " ".join(t for t in (block.el.text, *(c.tail for c in block.el)) if t and t.strip())
    judged = [(b, signals.measured(page, story, b.el, b.position)) for b in inner]
    signals.repeated_texts([s for _b, s in judged])
    scored = [(b, s, (story.scorer or score.best)(s)) for b, s in judged]
    kinds = {best.kind for _b, _s, best in scored if best.points >= remove_at}
    if not kinds:
        return None
    boxes = box or any(best.points >= remove_at and s.headline_links >= 2 for _b, s, best in scored)
    titled = _titled(scored, remove_at)
    titles = titles and not titled
    junk, left, cut_inside, run_lines, captioned = [], [own] if own else [], False, False, False
    # (an ad's label sits next to its slot: a short line further off is not its companion)
    ads = {i for i, (_b, _s, best) in enumerate(scored) if best.points >= remove_at and best.kind == "ad"}
    for i, (b, s, best) in enumerate(scored):
        near = kinds if i - 1 in ads or i + 1 in ads else kinds - {"ad"}
        if best.points >= remove_at:
            found = judge(page, story, b, s, best, remove_at, depth + 1)
            cut_inside |= not (len(found) == 1 and found[0].el is b.el and found[0].action == "remove")
            junk.extend(found)
        elif companion(s, near, titles, boxes) and (
            (box and _link_line(s))  # an item of the box: a run of such lines is its list
            or not (s.words and not s.vocab and (_own_line(page, story, b.el, s) or prose_make(page, story, b.el)))
        ):
            junk.append(Finding(b.el, s, best, "remove"))
        elif s.text:
            left.append(s.text)
            run_lines |= bool(s.words) and _own_line(page, story, b.el, s)
            captioned |= s.media and _captioned_picture(b.el)
    top = max(best.points for _b, _s, best in scored)
    return Parts(junk, left, top, cut_inside, run_lines, titled, captioned)


def _link_line(s: signals.Signals) -> bool:
    """A line that is a headline link and a few words beside it at most (a box's item)."""
    return s.headline_links >= 1 and s.link_share >= 0.5 and s.nonlink_words <= 6 and not s.media


def _captioned_picture(el) -> bool:
    """Whether an element holds a whole figure with its caption that is a picture (not an
    embedded frame, a form or a slot: a sign-up box's embed carries a caption too)."""
    return any(
        next(fig.iter("figcaption"), None) is not None
        and next(fig.iter("iframe", "embed", "object", "form", "input"), None) is None
        for fig in el.iter("figure")
    )


def _titled(scored, remove_at: float) -> bool:
    """Whether a box of links among the parts opens with a title of its own (words before its
    first link, not a date after each): a short line beside it is not its title."""
    return any(
        best.points >= remove_at and best.kind == "teaser" and s.headline_links >= 2 and s.label
        and _opens_with_title(b.el)
        for b, s, best in scored
    )


def _opens_with_title(el) -> bool:
    """Whether the element's first words come before its first link (a rank's number, "1", before
    a ranked list's first link is not a title)."""
    for node in el.iter():
        if node.tag == "a":
            return False
        if (
            isinstance(node.tag, str) and node.tag not in blocks.SKIP_TAGS
            and node.text and signals.HAS_LETTER.search(node.text)
        ):
            return True
    return False


def _dated(el) -> bool:
    """Whether the block carries a date of its own (a `<time>` among its children): a byline's or
    a dateline's line, with share buttons beside it, not a box of buttons."""
    return any(c.tag == "time" for c in el)


def companion(s: signals.Signals, kinds: set, titles: bool = True, boxes: bool = False) -> bool:
    """A part that goes with a junk part beside it: an empty box; a short line beside an ad slot
    (its label, whatever the words); a box's or a form's title; more links beside a box of links;
    a line with the same kind's words. Never a table or list of words without links."""
    if not s.words and not s.media:
        return True
    if s.tag in _LISTS and not s.links:
        return False  # a table or list of its own words is somebody's data, not a label
    short_line = s.words <= 6 and not s.links and not s.media
    if short_line and "ad" in kinds:
        return True
    if short_line and titles and kinds & {"teaser", "newsletter"}:
        return True
    if short_line and "promo" in kinds and signals.label_ends(s.text):
        return True  # "Share this:" before the buttons
    if boxes and s.links and s.link_share >= 0.5 and s.nonlink_words <= 6:
        return True  # more links beside a box of links
    return short_line and any(k in s.vocab for k in kinds)


def _shares_story_words(page, story, text: str) -> bool:
    """Whether a text shares telling words with the story's prose: one of eight letters or more,
    or three of five or more — the story's own names and terms, not a blurb from elsewhere (which
    shares only the common words: "news", "breaking", "information"). Long words are mostly names
    and terms; no frequency table is loaded on the page path."""
    return blocks.tells({w.casefold() for w in _WORD.findall(text)} & story_words(page, story))


STORY_LINE_WORDS = 12


def _reads_as_story(page, story, text: str) -> bool:
    """A text beside a sign-up form that is the story's, not the box's blurb: a line of twelve words
    or more that shares telling words with the story's prose (a blurb talks of the inbox; a
    standfirst, often without a full stop, of the story)."""
    return signals.words_in(text) >= STORY_LINE_WORDS and _shares_story_words(page, story, text)


def _names_story_term(page, story, text: str) -> bool:
    """A short line beside a sign-up form that names one of the story's own terms (a word of ten
    letters or more from its prose: "Das Konzeptpapier finden Sie hier:") is the story's line
    introducing what follows, not the box's prompt."""
    shared = {w.casefold() for w in _WORD.findall(text)} & story_words(page, story)
    return any(len(w) >= 10 for w in shared)


def _holds_story_line(page, story, el) -> bool:
    """Whether a line of the element's own text (anywhere inside it) reads as the story's."""
    return any(
        node.tag == "h1" or _reads_as_story(page, story, page.text(node))
        for node in el.iter()
        if isinstance(node.tag, str) and node.tag not in INLINE_TAGS and signals.own_text(node).strip()
    )


RUN_LINE_WORDS = 12  # a line of a run (an ingredient, a table's section title) is short
_LIST_LEVELS = 4


def _list_of(el):
    """What holds the list or table an element is an item of (within a few levels): a recipe's
    tables, one a part, are one run; and the rows of a table laid out in `<div>`s (a drug's facts,
    `<div class="row"><div class="label">…</div><div>…</div></div>` a row). None when it is in none."""
    for level, a in enumerate(el.iterancestors()):
        if level >= _LIST_LEVELS:
            break
        if a.tag in _LISTS:
            return a.getparent() if a.getparent() is not None else a  # its sibling lists count too
    for level, a in enumerate((el, *el.iterancestors())):  # (the element may be a row itself)
        parent = a.getparent()
        if level > _LIST_LEVELS or parent is None:
            return None
        if a.get("class") and _rows(a, parent):
            return parent
    return None


ROWS = 2  # other rows of an element's make, without links, that make a table of rows of it


def _rows(el, parent) -> bool:
    """Whether the element is one of a table's rows laid out in boxes: at least ROWS siblings of its
    make (tag and class) hold no link and a short line or two (a label and its value) — data, not a
    box's cards nor the story's paragraphs each in a wrapper of its own."""
    make = blocks.signature(el)
    n = 0
    for sib in parent:
        if (
            sib is not el and isinstance(sib.tag, str) and blocks.signature(sib) == make and sib.find(".//a") is None
            and len(sib.text_content().split()) <= RUN_LINE_WORDS
        ):
            n += 1
            if n >= ROWS:
                return True
    return False


def _line_key(el) -> tuple:
    parent = el.getparent()
    return (parent.tag if parent is not None else None, el.tag, el.get("class") or "")


def run_line(page, story, el) -> bool:
    """Whether a short line is one of a run of the story's own lines — a recipe's ingredients, a
    table's section titles ("Für den Mürbeteig:", "Für die Füllung:"): in the same list or table,
    elements of its make (its parent's tag, its tag and class) hold other texts. A label or a box's
    title put in beside the story's lines is one of a kind there."""
    root = _list_of(el)
    if root is None:
        return False
    runs = story.lines if story.lines is not None else {}
    story.lines = runs
    index = runs.get(root)
    if index is None:
        index = runs[root] = {}
        for node in root.iter():
            if isinstance(node.tag, str) and node.tag not in INLINE_TAGS and node.tag not in blocks.SKIP_TAGS:
                text = page.text(node).strip()
                if text and signals.words_in(text) <= RUN_LINE_WORDS:
                    seen = index.setdefault(_line_key(node), set())
                    if len(seen) < 3:
                        seen.add(text)
    seen = index.get(_line_key(el))
    return seen is not None and bool(seen - {page.text(el).strip()})


def _own_line(page, story, el, s) -> bool:
    """A short line that is the story's, whatever junk is put beside it: one of a run of its lines,
    or one naming a term of its prose."""
    return run_line(page, story, el) or _names_story_term(page, story, s.text)


def _holds_run_line(page, story, el) -> bool:
    """Whether a short line of the story's runs is among the element's parts (not inside a link)."""
    return any(
        run_line(page, story, node)
        for node in el.iterdescendants()
        if isinstance(node.tag, str) and node.tag not in INLINE_TAGS and _has_line(node)
    )


def _line_text(node) -> list[str]:
    """The texts of the element's own line: its text and its inline children's, links left out."""
    out = [node.text or ""]
    for c in node:
        if isinstance(c.tag, str) and c.tag in INLINE_TAGS and c.tag != "a":
            out.extend(_line_text(c))
        out.append(c.tail or "")
    return out


def _has_line(node) -> bool:
    """Whether the element holds a line of text of its own (in its inline children too: a
    paragraph whose words are all in a `<span>`), outside links."""
    return bool("".join(_line_text(node)).strip())


PLAIN_LINE_WORDS = 3


def _holds_plain_line(el) -> bool:
    """Whether a box holds, beside its links rather than in a card (links to one place), a line of
    three words or more with no link that is one of a kind there and no label (a verdict, a
    section's title, a note): a box of headline links holds its title and its cards' kickers and
    bylines, not that — such a box is looked into, not taken whole."""
    makes: dict = {}
    for node in el.iter():
        if not isinstance(node.tag, str) or node.tag in INLINE_TAGS or node.tag in blocks.SKIP_TAGS:
            continue
        line = " ".join(" ".join(_line_text(node)).split())
        if signals.words_in(line) < PLAIN_LINE_WORDS or signals.label_ends(line):
            continue  # short, or a label before what it introduces ("... findest du hier:")
        if next(node.iter("a"), None) is not None:
            continue  # a link's, or a box's
        if any(_card(a) for a in _between(node, el)):
            continue  # in a card (its kicker, its byline)
        key = _make(node)
        makes[key] = makes.get(key, 0) + 1
    return any(n == 1 for n in makes.values())


def _card(el) -> bool:
    """Whether an element's links all go to one place (a story card: its picture and its headline)."""
    targets = {a.get("href") for a in el.iter("a")}
    return len(targets) == 1


def _between(node, top):
    """The ancestors of ``node`` below ``top``."""
    for a in node.iterancestors():
        if a is top:
            return
        yield a


def prose_make(page, story, el) -> bool:
    """Whether a line is of the make of the story's paragraphs (its parent's tag and class, its
    tag and class: a subheading `<p><strong>1. Choose the Right Pot</strong></p>` in the story's
    paragraph wrapper): the story's own line, not a label put in beside a slot."""
    if story.makes is None:
        story.makes = frozenset(_make(p) for p in story.prose)
    return _make(el) in story.makes


def _make(el) -> tuple:
    parent = el.getparent()
    if parent is None:
        return (None, None, el.tag, el.get("class") or "")
    return (parent.tag, parent.get("class") or "", el.tag, el.get("class") or "")


def story_words(page, story) -> frozenset:
    if story.words is None:
        found: set = set()
        for p in story.prose:
            found.update(_WORD.findall(page.text(p)))
        story.words = frozenset(map(str.casefold, found))  # each word folded once
    return story.words


TITLE_WORDS = 8  # a box's title is a short line


def box_title(page, story, f: Finding) -> Finding | None:
    """The title written just before a box that goes ("Other people are reading" over a box of
    story cards, "Get the newsletter" over a sign-up form), when the title is its own element: a
    short line without links, media or a sentence — the box's previous sibling, or its wrapper's
    when the box opens the wrapper — that reads as a label: it ends in a colon or an arrow, or
    holds listed words or class names of a box. A line that does not could be the story's own (its
    sign-off, a subheading) with a box put in after it: it stays."""
    sig = f.signals
    box = f.score.kind == "newsletter" or (f.score.kind == "teaser" and (sig.headline_links >= 2 or sig.cards >= 3))
    lone_link = f.score.kind == "teaser" and sig.headline_links == 1 and not sig.label
    if f.action != "remove" or not (box or lone_link):
        return None
    el, prev = f.el, None
    for _ in range(3):
        prev = blocks.previous_element(el)
        parent = el.getparent()
        if prev is not None or parent is None or parent is story.container or parent in story.holders:
            break
        el = parent
    if prev is None or prev in story.holders or prev.tag in ("h1", "img", "figure", "picture", "br", "hr"):
        return None
    s = signals.measured(page, story, prev, sig.position)
    if s.links or s.media or not s.words or s.words > TITLE_WORDS or s.sentences or s.text_input:
        return None
    kinds = ("teaser", "newsletter", "promo")
    # mostly listed words, not one ("Auch HDMA mithilfe von ..."); over a sign-up form, its words
    listed = any(k in s.vocab for k in kinds) and (s.vocab_share >= 0.5 or "newsletter" in s.vocab and f.score.kind == "newsletter")
    if not (signals.label_ends(s.text) or listed or any(k in s.tokens for k in kinds)):
        return None  # a line of the story's (its sign-off, a subheading) just before an injected box
    if lone_link and not signals.label_ends(s.text):
        return None  # a lone headline link's label is written as one: "Read also:", "Lue myös:"
    if not listed and _own_line(page, story, prev, s):
        return None  # one of a run of the story's lines ("Für den Mürbeteig:", "Für die Füllung:")
    why = (*f.score.why, f"the title of the box after it: '{s.text}'")
    return Finding(prev, s, score.Score(f.score.kind, f.score.points, why), "remove")
