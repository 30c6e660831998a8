"""What of a box is the story's own: its lines and runs, the words of its prose.

Junk is put beside the story's own lines — in a recipe's list of ingredients, a table of facts, a
paragraph's wrapper — and a box that scores as junk may hold one. These tell them: a line that is
one of a run of the story's short lines (same make, other texts), a line of the make of the story's
paragraphs, a line that shares telling words with the story's prose or names one of its terms.
cut.py asks them before it takes a box whole; context.py asks whether a block is a row of the
story's data.
"""

from __future__ import annotations

from ..page import INLINE_TAGS, own_text
from ..stray import terms
from . import blocks, wording

_WORD = blocks.WORD


def shares_story_words(page, story, text: str) -> bool:
    """Whether a text shares telling words with the story's prose: one of eight letters or more,
    or three of five or more — the story's own names and terms, not a blurb from elsewhere (which
    shares only the common words: "news", "breaking", "information"). Long words are mostly names
    and terms; no frequency table is loaded on the page path."""
    return blocks.tells({w.casefold() for w in _WORD.findall(text)} & story_words(page, story))


def story_tongue(page, story) -> tuple:
    """(script, language) of the story's prose: the script most of its letters are in, and the
    language its common words say (stray.terms.story_language), else the page's declared one."""
    if story.tongue is None:
        texts = [page.text(p) for p in story.prose[:12]]
        declared = page.root.get("lang") if isinstance(page.root.tag, str) else None
        story.tongue = (wording.script_of(" ".join(texts)), terms.story_language(texts, declared))
    return story.tongue


FOREIGN_LETTERS = 3  # the shortest word a line's language is judged by


def foreign_line(page, story, text: str) -> bool:
    """Whether a short line is written in another script than the story's prose, or in its script
    but in none of the words the story's language knows (wordfreq's list of it: a label of a slot
    in the ad server's language, not a subheading of the story's). Not a line of names, in capitals
    and initials without a word in lower case ("CherryMedia CCTV", "DAMERINI"): a credit or a table's
    names, whatever their language. False when nothing tells: a language without a list, a line
    without words long enough to judge."""
    known = story.foreign.get(text)  # (the quick look asks, then the block's measure: once a text)
    if known is None:
        known = story.foreign[text] = _foreign(page, story, text)
    return known


def _foreign(page, story, text: str) -> bool:
    script, lang = story_tongue(page, story)
    own_script = wording.script_of(text)
    if own_script is None or script is None:
        return False
    said = [w for w in _WORD.findall(text) if len(w) >= FOREIGN_LETTERS and not w.isdigit()]
    if any(w.lower() != w.upper() for w in said) and not any(w.islower() for w in said):
        return False  # names and initials ("CherryMedia CCTV", "DAMERINI"): any language's
    if own_script != script:
        return True
    if not lang or wording.UNSPACED.search(text):
        return False  # (a text without spaces has no words to look up: "南山书屋二楼" is one run)
    known = [terms.known_word(lang, w) for w in said]
    return bool(said) and None not in known and not any(known)


STORY_LINE_WORDS = 12


def reads_as_story(page, story, text: str) -> bool:
    """A text beside a sign-up form that is the story's, not the box's blurb: a line of twelve words
    or more that shares telling words with the story's prose (a blurb talks of the inbox; a
    standfirst, often without a full stop, of the story)."""
    return wording.words_in(text) >= STORY_LINE_WORDS and shares_story_words(page, story, text)


def names_story_term(page, story, text: str) -> bool:
    """A short line beside a sign-up form that names one of the story's own terms (a word of ten
    letters or more from its prose: "Das Konzeptpapier finden Sie hier:") is the story's line
    introducing what follows, not the box's prompt."""
    shared = {w.casefold() for w in _WORD.findall(text)} & story_words(page, story)
    return any(len(w) >= 10 for w in shared)


def holds_story_line(page, story, el) -> bool:
    """Whether a line of the element's own text (anywhere inside it) reads as the story's."""
    return any(
        node.tag == "h1" or reads_as_story(page, story, page.text(node))
        for node in el.iter()
        if isinstance(node.tag, str) and node.tag not in INLINE_TAGS and own_text(node).strip()
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
        if a.tag in blocks.LIST_TAGS:
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
        index = runs[root] = _run_index(page, root)
    seen = index.get(_line_key(el))
    return seen is not None and bool(seen - {page.text(el).strip()})


def _run_index(page, root, leave_out=frozenset()) -> dict:
    """The short lines of a list or table by make (up to three texts each), in one walk; ``leave_out``:
    elements whose lines do not count (a block's own)."""
    index: dict = {}
    for node in root.iter():
        if (
            isinstance(node.tag, str) and node.tag not in INLINE_TAGS and node.tag not in blocks.SKIP_TAGS
            and node not in leave_out
        ):
            text = page.text(node).strip()
            if text and wording.words_in(text) <= RUN_LINE_WORDS:
                seen = index.setdefault(_line_key(node), set())
                if len(seen) < 3:
                    seen.add(text)
    return index


def own_line(page, story, el, s) -> bool:
    """A short line that is the story's, whatever junk is put beside it: one of a run of its lines,
    or one naming a term of its prose."""
    return run_line(page, story, el) or names_story_term(page, story, s.text)


def holds_run_line(page, story, el, beyond: bool = False) -> bool:
    """Whether a short line of the story's runs is among the element's parts (not inside a link);
    ``beyond``: of a run that reaches past the element (a table's section title in its head, the
    other titles in the tables beside it), not one of the element's own rows."""
    lines = [
        node for node in el.iterdescendants()
        if isinstance(node.tag, str) and node.tag not in INLINE_TAGS and _has_line(node)
    ]
    if not beyond:
        return any(run_line(page, story, node) for node in lines)
    inside = frozenset(el.iter())
    outside: dict = {}  # list or table -> its short lines outside the element, by make (one walk each)
    for node in lines:
        root = _list_of(node)
        if root is None:
            continue
        index = outside.get(root)
        if index is None:
            index = outside[root] = _run_index(page, root, inside)
        seen = index.get(_line_key(node))
        if seen is not None and seen - {page.text(node).strip()}:
            return True
    return False


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


def holds_plain_line(el) -> bool:
    """Whether a box holds, beside its links rather than in a card (links to one place), a line of
    three words or more with no link that is one of a kind there and no label (a verdict, a
    section's title, a note): a box of headline links holds its title and its cards' kickers and
    bylines, not that — such a box is looked into, not taken whole."""
    makes: dict = {}
    for node in el.iter():
        if not isinstance(node.tag, str) or node.tag in INLINE_TAGS or node.tag in blocks.SKIP_TAGS:
            continue
        line = " ".join(" ".join(_line_text(node)).split())
        if wording.words_in(line) < PLAIN_LINE_WORDS or wording.label_ends(line):
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
