"""Text as the rules and the reader see it: normalised, label forms, an element's readable and own
text, the inline tags of a line, the body's text nodes gathered in one walk, and what hides an
element (the one definition of hidden)."""

from __future__ import annotations

import functools
import re

import lxml.etree
import lxml.html

# Inline styles that hide an element from the reader while leaving it in the DOM, as injected
# SEO/gambling spam does (see the seed page's `<div style="display:none">` block of links).
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden"
    r"|(?:left|top|right|text-indent)\s*:\s*-\s*\d{3,}"  # pushed off-screen: left:-9999px
    r"|(?:^|;)\s*(?:height|width|max-height)\s*:\s*0(?:px)?\s*(?:;|$)[^\"]*overflow\s*:\s*hidden"
    r"|font-size\s*:\s*0(?:px)?\s*(?:;|$)"
    r"|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)",
    re.IGNORECASE,
)

# Every alternative of _HIDDEN_STYLE needs one of these in the style, lowercased and without
# spaces: a cheap `in` test rules out most styled elements before the regex runs. (Measured: the
# same test as an XPath predicate with translate() costs four times as much.)
_HIDDEN_WORDS = ("none", "hidden", ":-", "font-size:0", "opacity:0")


def style_hides(style: str) -> bool:
    """Whether an inline style hides its element (see _HIDDEN_STYLE): the one definition the rules'
    `hidden`, the reader and the detector share."""
    squeezed = "".join(style.lower().split())
    return any(w in squeezed for w in _HIDDEN_WORDS) and _HIDDEN_STYLE.search(style) is not None


def hides_itself(el) -> bool:
    """Whether the element's own markup hides it: the `hidden` attribute or a hiding inline style."""
    return el.get("hidden") is not None or style_hides(el.get("style") or "")


_TEXTLESS = TEXTLESS_TAGS = ("script", "style", "noscript", "template")  # no text of theirs is the page's
_CODE = ("script", "style")  # never text to any rule (noscript and template hold some for text())

_VISIBLE_TEXT = lxml.etree.XPath("descendant::text()[not(parent::script or parent::style or parent::noscript)]")


def normalise(text: str) -> str:
    """Whitespace collapsed and trimmed: the form every text rule compares against."""
    return " ".join(text.split())


# What surrounds a label in templates: `- ADVERTISEMENT -`, `READ MORE:`, `(Anzeige)`, `▼ Trending`.
_LABEL_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


def label_form(text: str) -> str:
    """A short text as label rules compare it: folded, whitespace collapsed, punctuation and symbols
    trimmed from both ends (`- ADVERTISEMENT -` → `advertisement`, `READ MORE:` → `read more`),
    typographic apostrophes as plain ones (`Don’t miss` → `don't miss`)."""
    return _LABEL_EDGES.sub("", normalise(text).casefold()).replace("’", "'").replace("‘", "'")


_tostring = lxml.etree.tostring


def text_content(el) -> str:
    """All the text inside the element, as lxml.html's `text_content()` gives it (code included),
    from libxml2's text serialiser: the same string in half the time (that one runs an XPath)."""
    return _tostring(el, method="text", encoding=str, with_tail=False)


_UNREAD = frozenset(("script", "style", "noscript"))  # their own text nodes are none of the page's text


def visible_text(el, holders, known: dict) -> str:
    """What `_VISIBLE_TEXT` joins (the element's text without that of the code inside it), not
    normalised, built from its children: their own text from libxml2's text serialiser when no code
    is inside them, else built the same way. ``holders``: the elements with code inside; ``known``:
    the texts built so far for them (an element's ancestors are asked in turn, and each reuses its
    children's). One walk of the holders under it instead of an XPath over all its text nodes, each
    made a Python string with its parent's reference: a fifth of the time on the corpus's big
    wrappers."""
    got = known.get(el)
    if got is not None:
        return got
    stack = [el]
    while stack:  # children before their parent, each holder once (no recursion: pages nest deep)
        node = stack[-1]
        pending = [c for c in node if (c.tag in _UNREAD or c in holders) and c not in known and c.tag not in _CODE]
        if pending:
            stack.extend(pending)
            continue
        stack.pop()
        read = node.tag not in _UNREAD
        parts = [node.text] if read and node.text else []
        for child in node:
            tag = child.tag
            if isinstance(tag, str) and tag not in _CODE:
                parts.append(known[child] if tag in _UNREAD or child in holders else text_content(child))
            if read and child.tail:
                parts.append(child.tail)
        known[node] = "".join(parts)
    return known[el]


# Elements that flow within a line of text; any other (a paragraph, a list item, a cell, <br>)
# starts a new one.
INLINE_TAGS = frozenset(
    "a abbr b bdi bdo cite code data dfn em font i kbd label mark q s samp small span strong sub sup time tt u"
    .split()
)


def readable_text(el, limit: int | None = None, page=None) -> str:
    """The element's text as a reader sees it, for reports: blocks and line breaks kept apart by a
    space (`<li>Podcasts</li><li>The day's news</li>` reads "Podcasts The day's news", where
    `text_content()` runs them together as "PodcastsThe day's news"), code, <noscript> and
    <template> left out, whitespace collapsed. Rules compare `Page.text`, whose spacing is the
    page's own. With ``limit``, the walk may stop once the text is longer than that (a report
    keeps the first few hundred characters of a removal; hidden spam blocks hold thousands). With
    ``page`` (engine.page.Page), one line of text is the page's own text of the element, which the
    guard has read before a removal (no code inside: the same string)."""
    if el.tag in _TEXTLESS:
        return ""
    for node in el.iterdescendants():
        if node.tag not in INLINE_TAGS:  # a block, a line break, code or a comment inside
            break
    else:  # one line of text (a label, a link, a teaser paragraph): libxml2's text is the reader's
        return normalise(text_content(el)) if page is None else page.text(el)
    parts: list[str] = []
    add = parts.append
    counted, size, check_at = 0, 0, (limit * 2 if limit else None)
    walker = lxml.etree.iterwalk(el, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if event == "start":
            tag = node.tag
            if tag not in INLINE_TAGS:
                add(" ")
            if tag in _TEXTLESS:
                walker.skip_subtree()
            elif node.text:
                add(node.text)
        elif event == "end":
            if node.tag not in INLINE_TAGS:
                add(" ")
            if node is not el and node.tail:
                add(node.tail)
        elif node.tail:  # a comment or processing instruction: only its tail shows
            add(node.tail)
        if check_at is not None and len(parts) - counted > 32:  # now and then, not at every piece
            size += sum(map(len, parts[counted:]))
            counted = len(parts)
            if size > check_at:
                text = normalise("".join(parts))
                if len(text) > limit:
                    return text
                check_at *= 2  # mostly whitespace so far: look further
    return normalise("".join(parts))


def own_text(el) -> str:
    """The element's text outside its child elements (what `own-text` rules compare)."""
    if not isinstance(el.tag, str) or el.tag in _TEXTLESS:
        return ""
    return " ".join([el.text or "", *(c.tail or "" for c in el)])


@functools.lru_cache(maxsize=1024)
def _words_regex(words: tuple[str, ...]) -> re.Pattern:
    """One search for any of the words (plain literals: Python's re is fine and linear here)."""
    return re.compile("|".join(re.escape(w) for w in words))


def _label_word(label: str) -> str | None:
    """The label's longest word that XPath's translate() can lower-case (one character to one)."""
    words = [w for w in label.split() if "'" not in w and '"' not in w and all(len(c.casefold()) == 1 for c in w)]
    return max(words, key=len) if words else None


def _may_hold_label(text: str) -> bool:
    """A label's text node is short; a long one is a paragraph (whitespace aside)."""
    return len(text) < 200 or len(normalise(text)) < 160


_UNASKED = (None,)  # BodyText: a value the host's cache holds no answer for


class BodyText:
    """The body's text nodes that are not blank or code, with the element that owns each (a tail's
    is its parent), and all of them joined by NUL — a character no text node can hold, so it marks
    their edges and counting it maps a position back to its node. One walk over the elements
    (reading an element's text and tail costs less than text node objects from XPath, which carry
    their parent each); the prefilter and the label scan both read it.

    With ``keys`` (the host's filter lists, engine.book.listindex.HostLists) the same walk reads
    each element's class, id and tag and keeps the elements a list filter may match, with the
    filters to try on each (``list_hits``): the lists cost no walk of their own."""

    __slots__ = ("texts", "owners", "joined", "_folded", "list_hits")

    def __init__(self, body, keys=None):
        texts, owners = [], []
        add_text, add_owner = texts.append, owners.append
        hits: list = []
        # Element objects are not held past the walk: lxml would reuse them when the rules reach the
        # same elements again, but hundreds of live objects a page set off the cyclic collector four
        # times as often (measured: slower overall, though faster in a best-of-N timing). The
        # elements a list filter may match are few (about twenty a page on the corpus with all
        # shared lists) and are kept.
        if keys is None:
            for el in body.iter():
                text = el.text
                if text and not text.isspace():
                    tag = el.tag
                    if isinstance(tag, str) and tag not in _CODE:  # not a comment's or the code's
                        add_text(text)
                        add_owner(el)
                tail = el.tail
                if tail and not tail.isspace() and el is not body:
                    add_text(tail)
                    add_owner(el.getparent())
        else:
            add_hit = hits.append
            by_id, tags, needed = keys.by_id, keys.tags, keys.NEEDED
            # Filters that need an id on their left (an ancestor or an earlier sibling) are left out
            # of the class answers until the walk meets such an id (its answer starts with NEEDED).
            by_class, class_hits = keys.by_class_lean, keys.class_hits_lean
            if keys.needed_ids and keys.needed_at_root(body):
                by_class, class_hits = keys.by_class, keys.class_hits
            if tags and next(body.iter(*keys.tag_names), None) is None:
                tags = None  # none of the lists' uncommon tags here (libxml2 looks, in C): no tag read an element
            # A value not asked yet gets _UNASKED, which is true: the common answer (asked, nothing
            # there) costs one test.
            class_answer, id_answer = by_class.get, by_id.get
            for el in body.iter():
                text = el.text
                if text and not text.isspace():
                    tag = el.tag
                    if isinstance(tag, str) and tag not in _CODE:
                        add_text(text)
                        add_owner(el)
                tail = el.tail
                if tail and not tail.isspace() and el is not body:
                    add_text(tail)
                    add_owner(el.getparent())
                value = el.get(b"class")  # bytes: lxml does not encode the name at every call
                if value and (found := class_answer(value, _UNASKED)):
                    if found is _UNASKED:
                        found = class_hits(value)
                    if found:
                        add_hit((found, el))
                value = el.get(b"id")
                if value and (found := id_answer(value, _UNASKED)):
                    if found is _UNASKED:
                        found = keys.id_hits(value)
                    if found:
                        add_hit((found, el))
                        if found[0] is needed:
                            class_answer, class_hits = keys.by_class.get, keys.class_hits
                if tags and (tag := el.tag) in tags:
                    found = keys.tag_hits(tag, el)
                    if found:
                        add_hit((found, el))
        self.texts, self.owners, self.list_hits = texts, owners, hits
        self.joined = "\0".join(texts)
        self._folded = None

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = self.joined.casefold()
        return self._folded
