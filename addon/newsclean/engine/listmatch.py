"""A list filter's CSS selector as a test of one element, read right to left as a browser does.

Lists hold tens of thousands of selectors and the index tries each only on the elements that carry
its key (engine/book/listindex.py), so what a selector costs is one test of one element. Most are
compounds of a few simple shapes (``div.ad#top[data-x^="y"]``): those are tested in Python on the
element's tag and attributes, with no XPath; a compound with a pseudo-class (``:not(.x)``,
``:nth-child(2)``) is compiled by cssselect into an XPath test of the element itself
(``self::div[...]``); combinators (`` ``, ``>``, ``+``, ``~``) walk to the parent, the ancestors or
the siblings from the element the last compound matched. A selector that neither can read is None:
it is skipped (cssselect cannot read a pseudo-class only a browser knows).
"""

from __future__ import annotations

import functools
import re

import cssselect
import lxml.etree

_TRANSLATOR = cssselect.HTMLTranslator()

_IDENT = r"-?(?:[A-Za-z_]|[^\x00-\x7f])(?:[\w-]|[^\x00-\x7f])*"
_TAG = re.compile(rf"\*|{_IDENT}")
_PART = re.compile(
    rf"""\#(?P<id>(?:[\w-]|[^\x00-\x7f])+)
      |\.(?P<cls>{_IDENT})
      |\[\s*(?P<attr>[\w:-]+)\s*(?:(?P<op>[~|^$*]?=)\s*
          (?:"(?P<dq>[^"\\]*)"|'(?P<sq>[^'\\]*)'|(?P<bare>{_IDENT}))\s*(?P<flag>[iIsS])?\s*)?\]""",
    re.X,
)


class Compound:
    """``tag#id.class[attr op value]``: every part must hold on the element."""

    __slots__ = ("tag", "id", "classes", "attrs")

    def __init__(self, tag, ident, classes, attrs):
        self.tag, self.id, self.classes, self.attrs = tag, ident, classes, attrs

    def __call__(self, el) -> bool:
        if self.tag is not None and el.tag != self.tag:
            return False
        if self.id is not None and el.get("id") != self.id:
            return False
        if self.classes:
            have = (el.get("class") or "").split()
            for name in self.classes:
                if name not in have:
                    return False
        for name, op, value, fold in self.attrs:
            got = el.get(name)
            if got is None:
                return False
            if op is not None and not attr_holds(op, value, got.lower() if fold else got):
                return False
        return True


def attr_holds(op: str, value: str, got: str) -> bool:
    """CSS attribute operators (Selectors Level 4): ``=``, ``~=``, ``|=``, ``^=``, ``$=``, ``*=``."""
    if op == "=":
        return got == value
    if op == "^=":
        return bool(value) and got.startswith(value)
    if op == "*=":
        return bool(value) and value in got
    if op == "$=":
        return bool(value) and got.endswith(value)
    if op == "~=":
        return value in got.split()
    return got == value or got.startswith(value + "-")  # |=


def parse_compound(text: str) -> Compound | None:
    """A compound of the simple shapes, or None (a pseudo-class, an escape: left to XPath)."""
    pos, tag = 0, None
    found = _TAG.match(text)
    if found:
        tag = None if found.group() == "*" else found.group().lower()
        pos = found.end()
    ident, classes, attrs = None, [], []
    while pos < len(text):
        found = _PART.match(text, pos)
        if found is None:
            return None
        pos = found.end()
        if found.group("id") is not None:
            if ident is not None and ident != found.group("id"):
                return Compound("", None, (), ())  # two ids: matches nothing
            ident = found.group("id")
        elif found.group("cls") is not None:
            classes.append(found.group("cls"))
        else:
            value = next((v for v in found.group("dq", "sq", "bare") if v is not None), None)
            fold = (found.group("flag") or "").lower() == "i"
            if value is not None and fold:
                value = value.lower()
            attrs.append((found.group("attr").lower(), found.group("op"), value, fold))
    return Compound(tag, ident, tuple(classes), tuple(attrs))


def split_complex(selector: str) -> list[tuple[str, str]] | None:
    """``a > b.c d`` → [("", "a"), (">", "b.c"), (" ", "d")]: each compound with the combinator
    before it; brackets, parentheses, quotes and escapes are read whole. None when it is not one
    selector (it starts or ends on a combinator, has two in a row, or leaves a bracket open)."""
    sel = selector.strip()
    if not sel or sel[0] in ">+~":
        return None
    parts: list[tuple[str, str]] = []
    cur: list[str] = []
    comb, depth, quote, i = "", 0, None, 0
    while i < len(sel):
        ch = sel[i]
        if ch == "\\":  # an escape: the next character, or up to 6 hex digits and one space
            hexes = re.match(r"[0-9a-fA-F]{1,6} ?", sel[i + 1:i + 8])
            step = 1 + (hexes.end() if hexes else 1)
            cur.append(sel[i:i + step])
            i += step
            continue
        if quote:
            quote = None if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif depth == 0 and ch in _SPACE_OR_COMBINATOR:
            j, explicit = i, []
            while j < len(sel) and sel[j] in _SPACE_OR_COMBINATOR:
                if sel[j] in ">+~":
                    explicit.append(sel[j])
                j += 1
            if len(explicit) > 1 or j == len(sel):
                return None
            parts.append((comb, "".join(cur)))
            cur, comb, i = [], explicit[0] if explicit else " ", j
            continue
        cur.append(ch)
        i += 1
    if quote or depth:
        return None
    parts.append((comb, "".join(cur)))
    return parts


_SPACE_OR_COMBINATOR = frozenset(" \t\n\r\f>+~")


def _xpath_test(compound: str):
    try:
        return lxml.etree.XPath(_TRANSLATOR.css_to_xpath(compound, prefix="self::"))
    except (cssselect.SelectorError, lxml.etree.XPathError, ValueError, TypeError):
        return None


def compound_test(text: str):
    """A test of one element for one compound: Python for the simple shapes, else XPath (None: unreadable)."""
    found = parse_compound(text)
    if found is not None:
        return found
    xpath = _xpath_test(text)
    return None if xpath is None else (lambda el, _x=xpath: bool(_x(el)))


class Selector:
    """A complex selector as tests from right to left: ``self(el)`` says whether ``el`` matches."""

    __slots__ = ("steps",)

    def __init__(self, steps):
        self.steps = steps  # [(test, combinator to the next step on the left)], the last compound first

    def __call__(self, el) -> bool:
        return _match(self.steps, 0, el)


def _match(steps, i, el) -> bool:
    test, comb = steps[i]
    if not test(el):
        return False
    if i + 1 == len(steps):
        return True
    if comb == ">":
        parent = el.getparent()
        return parent is not None and _match(steps, i + 1, parent)
    if comb == " ":
        return any(_match(steps, i + 1, a) for a in el.iterancestors())
    if comb == "+":
        for sibling in el.itersiblings(preceding=True):
            if isinstance(sibling.tag, str):
                return _match(steps, i + 1, sibling)
        return False
    return any(_match(steps, i + 1, s) for s in el.itersiblings(preceding=True) if isinstance(s.tag, str))


@functools.lru_cache(maxsize=50000)
def element_test(selector: str):
    """The selector as a test of one element (a Compound, or a Selector for a complex one); None
    when a part of it cannot be read."""
    parts = split_complex(selector)
    if not parts:
        return None
    steps = []
    for comb, text in reversed(parts):  # each with the combinator to the compound on its left
        test = compound_test(text)
        if test is None:
            return None
        steps.append((test, comb))
    if len(steps) == 1:
        return steps[0][0]
    return Selector(tuple(steps))


@functools.lru_cache(maxsize=20000)
def find_xpath(selector: str):
    """The selector as an XPath finding its matches from the root (None: cssselect cannot read it)."""
    try:
        return lxml.etree.XPath(_TRANSLATOR.css_to_xpath(selector))
    except (cssselect.SelectorError, lxml.etree.XPathError, ValueError, TypeError):
        return None


@functools.lru_cache(maxsize=50000)
def class_need(selector: str):
    """What the selector's subject must have in its ``class`` attribute, when its last compound is
    one of the simple shapes (its test is then a Compound, which reads the attribute just so):
    (class names, (op, value, fold) conditions on ``class``); None when it asks nothing of it or
    the compound is left to XPath. Asked once per class value (the index's cache), it spares the
    walk's elements the filters their class rules out (``.ad.leaderboard`` on every ``.ad``)."""
    parts = split_complex(selector)
    compound = parse_compound(parts[-1][1]) if parts else None
    if compound is None:
        return None
    conditions = tuple((op, value, fold) for name, op, value, fold in compound.attrs if name == "class")
    if not compound.classes and not conditions:
        return None
    return compound.classes, conditions


def class_admits(need, value: str) -> bool:
    """Whether a (non-empty) ``class`` value meets a `class_need`, as Compound tests it."""
    classes, conditions = need
    if classes:
        have = value.split()
        for name in classes:
            if name not in have:
                return False
    for op, want, fold in conditions:
        if op is not None and not attr_holds(op, want, value.lower() if fold else value):
            return False
    return True
