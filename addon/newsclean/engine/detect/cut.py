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

from . import blocks, own, score, signals, targets, wording

BIG_BLOCK = 40  # words outside links: a junk block with more is never taken whole
BIG_NEWSLETTER = 80  # the same for a sign-up box (its score already counts against more words)
NEWSLETTER_REST = 30  # words beside a sign-up form that are more than its prompt, blurb and small print
# (in a box whose own class names it a sign-up box, up to BIG_NEWSLETTER: the box says what it is)
BIG_CARDS = 300  # the same for a box of story cards (the cards make most of its text)
_WORD = blocks.WORD
_TABLE_PARTS = frozenset(("thead", "tbody", "tfoot", "tr", "th", "td"))


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
    # (the story's headline is its own, in whatever box ahead of its paragraphs junk was put beside it)
    headline = block.position == "before" and _holds_headline(block.el)
    template = template or headline
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
            and not own.holds_plain_line(block.el)
        )
    ) and not (sig.nonlink_words and own.holds_run_line(page, story, block.el)):
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
        if parts is not None and (wording.words_in(" ".join(parts.left)) >= 3 or _dated(block.el)):
            return parts.junk
        return [Finding(block.el, sig, best, "remove")]
    # (a box of headline links as a whole: its items, one link a line, are its, not somebody's lines)
    box = best.kind == "teaser" and sig.headline_links >= 2 and sig.link_share >= 0.6 and not template
    parts = _parts(page, story, block, remove_at, titles=not template, depth=depth, box=box)
    if parts is None:
        # (a form put into a wrapper of the story's lead; a box put into a table's head or row
        # beside its section title — "Für den Mürbeteig:", one of a run of the titles of the
        # tables beside it: the wrapper cannot be cut, so it is marked)
        keep_text = (
            big or template or (best.kind == "newsletter" and own.holds_story_line(page, story, block.el))
            or (
                block.el.tag in _TABLE_PARTS and sig.nonlink_words and block.position in ("before", "between")
                and own.holds_run_line(page, story, block.el, beyond=True)
            )
        )
        return [Finding(block.el, sig, best, "mark" if keep_text else "remove")]
    junk, left = parts.junk, parts.left
    if parts.cut_inside or parts.run_lines:
        return junk  # a part of it was cut already, or the rest is the story's own lines
    if parts.captioned and best.kind != "teaser":
        return junk  # a captioned picture beside a form or a slot is the story's photo, not the box's
    if best.kind == "newsletter" and sum(1 for f in junk if f.signals.email_input) >= 2:
        return junk  # two sign-up forms, each a box of its own: what is beside them is not their blurb
    if not left and not headline:
        return [Finding(block.el, sig, best, "remove")]  # nothing but junk and its companions
    # The part holds more evidence than the whole: the junk is the part, the rest its surroundings.
    # (A sign-up box's blurb often talks of the story's topic, so for a newsletter only the
    # evidence and the words beside the form decide, not the words it shares.)
    # (A wrapper whose own class names a sign-up box is the box: its blurb goes with its form.)
    own_box = best.kind == "newsletter" and targets.names_kind(block.el, "newsletter")
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
        if wording.words_in(rest) > (BIG_NEWSLETTER if own_box else NEWSLETTER_REST):
            return junk  # more than a sign-up box says around its form: somebody's text
        if any(own.reads_as_story(page, story, t) or own.names_story_term(page, story, t) for t in left):
            return junk  # the story's own standfirst or line, with a form put in beside it
    elif best.kind == "teaser" and (wording.words_in(rest) > TITLE_WORDS or parts.titled):
        # A box of links carries a title; more beside it is somebody's (a recipe's list), and so is
        # a line beside a box that holds its title already.
        return junk
    elif own.shares_story_words(page, story, rest):
        return junk
    return [Finding(block.el, sig, best, "remove")]


LONE_LABEL_WORDS = 6  # words of a label before a lone teaser's link ("Das könnte Dich auch interessieren:")


def _holds_headline(el) -> bool:
    """Whether the element holds an `h1`: the story's headline is never a part (blocks.parts), so
    nothing says it is left beside the junk but this."""
    return next(el.iter("h1"), None) is not None


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
        and (sig.nonlink_words == 0 or (sig.nonlink_words <= LONE_LABEL_WORDS and wording.label_ends(sig.label)))
    )


def sign_up_box(page, story, el, sig, best) -> bool:
    """A sign-up box that says what it is: its own class names it so, it holds its email field,
    and no line of it reads as the story's — its title, blurb and small print go with the field."""
    return (
        best.kind == "newsletter" and sig.email_input and targets.names_kind(el, "newsletter")
        and not own.holds_story_line(page, story, el)
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
    if score.only_notice(sig):
        return False  # ("Статията продължава след рекламата": nothing but a notice's words, no byline)
    if sig.headline_links < 2 and sig.cards < 3:
        return True
    return any(
        p.find(".//a") is None and wording.words_in(page.text(p)) >= HEAD_PARAGRAPH_WORDS for p in block.el.iter("p")
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
    loose = " ".join(t for t in (block.el.text, *(c.tail for c in block.el)) if t and t.strip())
    judged = [(b, signals.measured(page, story, b.el, b.position)) for b in inner]
    signals.repeated_texts([s for _b, s in judged])
    scored = [(b, s, (story.scorer or score.best)(s)) for b, s in judged]
    kinds = {best.kind for _b, _s, best in scored if best.points >= remove_at}
    if not kinds:
        return None
    boxes = box or any(best.points >= remove_at and s.headline_links >= 2 for _b, s, best in scored)
    titled = _titled(scored, remove_at)
    titles = titles and not titled
    junk, left, cut_inside, run_lines, captioned = [], [loose] if loose else [], False, False, False
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
            or not (s.words and not s.vocab and (own.own_line(page, story, b.el, s) or own.prose_make(page, story, b.el)))
        ):
            junk.append(Finding(b.el, s, _as_companion(best, kinds, scored), "remove"))
        elif s.text:
            left.append(s.text)
            run_lines |= bool(s.words) and own.own_line(page, story, b.el, s)
            captioned |= s.media and _captioned_picture(b.el)
    top = max(best.points for _b, _s, best in scored)
    return Parts(junk, left, top, cut_inside, run_lines, titled, captioned)


def _as_companion(best, kinds: set, scored) -> "score.Score":
    """A companion's score as the report gives it: its own, when it scores as one of the kinds that
    go beside it; else the kind of the surest junk beside it, with what it is (an empty slot, a
    label, a title or an item of the box: a line that scores nothing on its own)."""
    if best.kind in kinds and best.points > 0:
        return best
    lead = max((b for _b, _s, b in scored if b.kind in kinds), key=lambda b: b.points)
    return score.Score(lead.kind, best.points, (f"goes with the {lead.kind} beside it", *best.why))


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
            and node.text and wording.HAS_LETTER.search(node.text)
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
    if s.tag in blocks.LIST_TAGS and not s.links:
        return False  # a table or list of its own words is somebody's data, not a label
    short_line = s.words <= 6 and not s.links and not s.media
    if short_line and "ad" in kinds:
        return True
    if short_line and titles and kinds & {"teaser", "newsletter"}:
        return True
    if short_line and "promo" in kinds and wording.label_ends(s.text):
        return True  # "Share this:" before the buttons
    if boxes and s.links and s.link_share >= 0.5 and s.nonlink_words <= 6:
        return True  # more links beside a box of links
    return short_line and any(k in s.vocab for k in kinds)


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
    if not (wording.label_ends(s.text) or listed or any(k in s.tokens for k in kinds)):
        return None  # a line of the story's (its sign-off, a subheading) just before an injected box
    if lone_link and not wording.label_ends(s.text):
        return None  # a lone headline link's label is written as one: "Read also:", "Lue myös:"
    if not listed and own.own_line(page, story, prev, s):
        return None  # one of a run of the story's lines ("Für den Mürbeteig:", "Für die Füllung:")
    why = (*f.score.why, f"the title of the box after it: '{s.text}'")
    return Finding(prev, s, score.Score(f.score.kind, f.score.points, why), "remove")
