"""Shape heuristics the label matchers and the climbs share: the page's frame, media, words, the
shape of a box of links and of a sign-up box. Plain functions over lxml elements; no rule kind here."""

from __future__ import annotations

import re

from ...page import INLINE_TAGS, TEXTLESS_TAGS, normalise, text_content
from ..lines import text_pieces as _text_pieces

# -- labels and shapes of injected junk (rules/_default.toml) -------------------------------------

#: containers a junk box never grows into: the page's own frame
_FRAME = frozenset(("html", "body", "main", "article", "nav", "form"))


def is_frame(node) -> bool:
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


def has_media(page, el) -> bool:
    """Whether the element holds an image or other media (kept while the page does not change)."""
    key = ("media", el)
    found = page.shapes.get(key)
    if found is None:
        found = page.shapes[key] = next(el.iter(*_MEDIA), None) is not None
    return found


def is_in_link(el) -> bool:
    return el.tag == "a" or any(a.tag == "a" for a in el.iterancestors())


# A space-separated token with a letter or digit in it (not "|", "•", "-"), for ASCII text.
_ASCII_WORD = re.compile(r"(?<!\S)\S*?[A-Za-z0-9]\S*")


def word_count(text: str) -> int:
    """Words of a text; in scripts written without spaces (CJK, Thai), two characters make a word."""
    if text.isascii():
        return len(_ASCII_WORD.findall(text))
    words = sum(1 for token in text.split() if any(ch.isalnum() for ch in token))
    wide = sum(1 for ch in text if ord(ch) >= 0x0E00 and ch.isalpha())
    return max(words, wide // 2) if wide > words else words


# A label is an element's own text, so it is one whole text node: the pattern asks for a node
# (between NULs, see text_pattern) holding the label's words — a superset that stays cheap for
# RE2 with hundreds of labels.


SENTENCE_WORDS = 8


def link_box_shape(el, start, spare) -> tuple[bool, bool]:
    """(``el`` is links with at most a few words between them, ``el`` has a link beside ``start``).

    The start element's own text (the box's label) is not counted against it; a link that holds
    the whole label (a title link) is not "beside" it, a start that is itself a link is. ``spare`` is the most
    words allowed outside links, or None for "a few": 40% of the box's words, at least three."""
    total = other = run = 0
    for text, in_link, is_label in _text_pieces(el, start):
        words = word_count(text)
        total += words
        if in_link or is_label:
            run = 0
            continue
        other += words
        run += words
        if run >= SENTENCE_WORDS:
            return False, False
    limit = max(3, 0.4 * total) if spare is None else spare
    return other <= limit, start.tag == "a" or any(not _is_title_link(a, start) for a in el.iter("a"))


HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))

#: a link to another story reads like a headline; shorter ones are tags and menu entries
_HEADLINE_WORDS = 3


def has_headline_link(el, start) -> bool:
    return any(
        not _is_title_link(a, start) and word_count(normalise(text_content(a))) >= _HEADLINE_WORDS for a in el.iter("a")
    )


def _is_title_link(a, start) -> bool:
    """The link that holds a box's title (`<h3><a>Most read</a></h3>`): not a teaser beside it."""
    if not any(up is start for up in a.iterancestors()):
        return False
    return normalise(text_content(a)) == normalise(text_content(start))


def same_text_as_child(page, parent, el) -> bool:
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


def grown_over_wrappers(page, el):
    """``el`` grown over ancestors that add no text of their own (empty wrappers, the slot box)."""
    while True:
        parent = el.getparent()
        if parent is None or is_frame(parent) or not same_text_as_child(page, parent, el) or page.is_guarded(parent):
            return el
        el = parent


_CONTROLS = frozenset(("form", "button", "label", "select", "option", "textarea"))


def words_outside(el, start, small_print) -> tuple[int, int, int]:
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
            words = word_count(text)
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
BOX_WORDS_BEFORE = 0
BOX_WORDS_AFTER = SENTENCE_WORDS - 1
