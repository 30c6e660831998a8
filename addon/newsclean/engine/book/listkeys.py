"""Where a list selector is filed, and the tables that answer an element's class, id, tag or link
(engine/book/listindex.py holds one for all lists' generic filters and one per host for its own).

A selector is filed under its last compound (the part the element itself must match): its id, else
its first class; else a condition on the ``id`` or ``class`` attribute's value (one RE2 set of all
of them); else an ``a[href...]`` condition (the page's links); else an uncommon tag (``amp-consent``).
"""

from __future__ import annotations

import re

import re2

from ..listmatch import attr_holds, parse_compound, split_complex

_PSEUDO = re.compile(r":(?![^\[]*\])")  # a colon outside an attribute selector


def _value_regex(op: str | None, value: str | None, fold: bool) -> str | None:
    """An attribute condition as a regex on the attribute's value (None: presence, no prefilter)."""
    if op is None or value is None:
        return None
    v = re.escape(value)
    pattern = {
        "=": f"^{v}$", "^=": f"^{v}", "$=": f"{v}$", "*=": v, "~=": rf"(?:^|\s){v}(?:\s|$)", "|=": f"^{v}(?:-|$)",
    }[op]  # fmt: skip
    return f"(?i:{pattern})" if fold else pattern


def index_key(selector: str) -> tuple | None:
    """Where a selector is filed: ("id", name), ("class", name), ("@id" | "@class", regex),
    ("tag", tag, attribute or None, regex or None); None when its last compound names none of
    these (``[title="Top"]``: not applied)."""
    parts = split_complex(selector)
    if not parts:
        return None
    last = parts[-1][1]
    cut = _PSEUDO.search(last)
    head = last[: cut.start()] if cut else last  # `div.x:not(.y)`: keyed by what comes before
    compound = parse_compound(head) if head else None
    if compound is None:
        return None
    if compound.id is not None:
        return ("id", compound.id)
    if compound.classes:
        return ("class", compound.classes[0])
    for name, op, value, fold in compound.attrs:
        if name in ("id", "class"):
            pattern = _value_regex(op, value, fold)
            if pattern is not None:
                return ("@" + name, pattern)
    if compound.tag == "a":  # links: their hrefs are one of the page's facts (Page.links)
        for name, op, value, fold in compound.attrs:
            if name == "href" and op in ("=", "^=", "$=", "*=") and value:
                return ("href", op, value, fold)
    if compound.tag and compound.tag not in COMMON_TAGS:
        for name, op, value, fold in compound.attrs:
            pattern = _value_regex(op, value, fold)
            if pattern is not None:
                return ("tag", compound.tag, name, pattern)
        if compound.attrs:
            return ("tag", compound.tag, compound.attrs[0][0], None)
        return ("tag", compound.tag, None, None)  # `amp-consent`: rare enough to try wherever it is
    return None


def left_ids(selector: str) -> tuple[str, ...]:
    """The ids that compounds left of the subject name (``#st-ami + div[class*=" "]``: st-ami), in
    the simple shapes: every compound matches an element of the page, so a page with no element of
    one of these ids has no match for the selector, whatever its subject's key finds."""
    ids = []
    for _comb, text in (split_complex(selector) or ())[:-1]:
        compound = parse_compound(text)
        if compound is not None and compound.id is not None:
            ids.append(compound.id)
    return tuple(ids)


#: Keys a value condition finds (``[class*=" "]`` holds for every element with two classes): an
#: entry filed under one that names ids on its left is tried only on pages that hold those ids.
WEAK_KEYS = frozenset(("@id", "@class"))


#: Tags too common to read every one's attributes in the body's walk: a selector whose last compound
#: is one of these with no id or class (`div[style^="..."]`, `[href="..."] > img`) is not applied
#: (yet) and counted, but for ``a[href...]`` (the page's links).
COMMON_TAGS = frozenset(
    "a abbr article aside b blockquote br button dd div dl dt em figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr i iframe img input label li main nav ol option p picture section select small source span strong "
    "svg table tbody td th thead tr u ul video".split()
)


class KeyTable:
    """Entries by key: ids, classes, value regexes of ``id``/``class`` and tags (one table for the
    generic filters of all lists, one small one per host for its own)."""

    def __init__(self):
        self.ids: dict = {}
        self.classes: dict = {}
        self.attr: dict = {"@id": ([], []), "@class": ([], [])}  # -> (patterns, entries)
        self.tags: dict = {}  # tag -> {attribute or None: (patterns, entries)}
        self.href: list = []  # (op, value, fold, entry) of `a[href...]`

    def add(self, key: tuple, entry) -> None:
        kind = key[0]
        if kind == "id":
            self.ids.setdefault(key[1], []).append(entry)
        elif kind == "class":
            self.classes.setdefault(key[1], []).append(entry)
        elif kind == "href":
            self.href.append((key[1], key[2], key[3], entry))
        elif kind == "tag":  # by (attribute, whether a value prefilters): a presence test stands alone
            patterns, entries = self.tags.setdefault(key[1], {}).setdefault((key[2], key[3] is not None), ([], []))
            patterns.append(key[3])
            entries.append(entry)
        else:
            patterns, entries = self.attr[kind]
            patterns.append(key[1])
            entries.append(entry)

    def freeze(self) -> "KeyTable":
        self.ids = {k: tuple(v) for k, v in self.ids.items()}
        self.classes = {k: tuple(v) for k, v in self.classes.items()}
        self.attr = {k: _union(p, e) for k, (p, e) in self.attr.items() if e}
        tags: dict = {}
        for tag, by_attr in self.tags.items():
            groups = tags[tag] = {}  # attribute (None: the tag alone) -> tuple of entries or ValueSet
            for (attr, _valued), (p, e) in by_attr.items():
                groups.setdefault(attr, []).append(_union(p, e))
        self.tags = {tag: {attr: tuple(found) for attr, found in groups.items()} for tag, groups in tags.items()}
        self.href = HrefSet(self.href) if self.href else None
        return self

    def __bool__(self) -> bool:
        return bool(self.ids or self.classes or self.attr or self.tags or self.href)

    def weak_entries(self):
        """The entries filed under a WEAK_KEYS condition (after `freeze`)."""
        for found in self.attr.values():
            yield from (found.entries() if isinstance(found, ValueSet) else found)

    def class_hits(self, value: str, out: list) -> None:
        for name in value.split():
            found = self.classes.get(name)
            if found:
                out.append(found)
        self._attr_hits("@class", value, out)

    def id_hits(self, value: str, out: list) -> None:
        found = self.ids.get(value.strip())
        if found:
            out.append(found)
        self._attr_hits("@id", value, out)

    def _attr_hits(self, kind: str, value: str, out: list) -> None:
        values = self.attr.get(kind)
        if values is not None:
            values.hits(value, out)

    def tag_hits(self, tag: str, el, out: list) -> None:
        groups = self.tags.get(tag)
        if not groups:
            return
        for found in groups.get(None, ()):
            out.append(found)
        for name, value in el.items():  # one call for the element's few attributes, not a get per group
            for found in groups.get(name, ()):
                if isinstance(found, ValueSet):
                    found.hits(value, out)
                else:
                    out.append(found)


class ValueSet:
    """Many value conditions searched in one pass (an RE2 set): which entries' conditions a value meets."""

    __slots__ = ("_set", "_entries")

    def __init__(self, patterns: list, entries: list):
        by_pattern: dict[str, list] = {}
        for pattern, entry in zip(patterns, entries):
            by_pattern.setdefault(pattern, []).append(entry)
        options = re2.Options()
        options.max_mem = 64 << 20
        self._set = re2.Set.SearchSet(options)
        for pattern in by_pattern:
            self._set.Add(pattern)
        self._set.Compile()
        self._entries = [tuple(e) for e in by_pattern.values()]

    def hits(self, value: str, out: list) -> None:
        for i in self._set.Match(value) or ():
            out.append(self._entries[i])

    def entries(self):
        return (e for entries in self._entries for e in entries)


def _union(patterns: list, entries: list):
    """The entries as found by value (a ValueSet), or as they are for presence tests."""
    if any(p is None for p in patterns):
        return tuple(entries)
    return ValueSet(patterns, entries)


_URL_STARTS = frozenset("hH/")


def _url_head(value: str) -> str | None:
    """Four characters past a URL's scheme and ``www.`` (``https://www.ads.x/`` → ``ads.``): the
    bucket of a link prefix. None for what is not an absolute URL (``/story``, ``#top``)."""
    if value[:1] not in _URL_STARTS:  # most links (`/story`, `#top`, `?page=2`): at once
        return None
    for scheme in ("https://", "http://", "//"):
        if value.startswith(scheme):
            rest = value[len(scheme):]
            if rest.startswith("www."):
                rest = rest[4:]
            return rest[:4] if len(rest) >= 4 else None
    return None


class HrefSet:
    """``a[href="..."]``, ``[href^=]``, ``[href$=]``, ``[href*=]`` by a link's href: a dict for
    whole values and for suffixes by length, prefixes bucketed by the four characters after the
    scheme (a link tries the few of its bucket, not the hundreds there are)."""

    __slots__ = ("exact", "buckets", "others", "_others", "suffixes", "_ends", "_ends_len", "inner", "_inner", "folded")

    def __init__(self, conditions):
        self.exact, prefixes, self.suffixes, self.inner = {}, {}, {}, {}
        self.folded = []  # (op, value, entry): the few with the `i` flag
        for op, value, fold, entry in conditions:
            if fold:
                self.folded.append((op, value, entry))
                continue
            table = {"=": self.exact, "^=": prefixes, "$=": self.suffixes, "*=": self.inner}[op]
            table.setdefault(value, []).append(entry)
        self.buckets: dict = {}  # head -> ((prefix, entries), ...)
        self.others: dict = {}  # prefixes with no head (`mailto:`, `/out/`), tried with one startswith
        for prefix, entries in prefixes.items():
            head = _url_head(prefix)
            (self.others if head is None else self.buckets.setdefault(head, {}))[prefix] = tuple(entries)
        self.buckets = {head: tuple(found.items()) for head, found in self.buckets.items()}
        self._others = tuple(self.others)
        for table in (self.exact, self.suffixes, self.inner):
            for value, entries in table.items():
                table[value] = tuple(entries)
        self._ends = tuple(self.suffixes)
        self._ends_len = sorted({len(p) for p in self.suffixes})
        self._inner = tuple(self.inner.items())

    def hits(self, href: str, out: list) -> None:
        found = self.exact.get(href)
        if found:
            out.append(found)
        # _url_head, written out: a page brings some hundred hrefs the host's cache has not seen
        if href.startswith("https://"):
            rest = href[8:]
        elif href.startswith("http://"):
            rest = href[7:]
        elif href.startswith("//"):
            rest = href[2:]
        else:
            rest = None
        if rest is not None:
            if rest.startswith("www."):
                rest = rest[4:]
            if len(rest) >= 4:
                for prefix, entries in self.buckets.get(rest[:4], ()):
                    if href.startswith(prefix):
                        out.append(entries)
        if self._others and href.startswith(self._others):
            out.extend(e for p, e in self.others.items() if href.startswith(p))
        if self._ends and href.endswith(self._ends):
            for n in self._ends_len:
                found = self.suffixes.get(href[-n:])
                if found:
                    out.append(found)
        for part, entries in self._inner:
            if part in href:
                out.append(entries)
        if self.folded:
            low = href.lower()
            for op, v, e in self.folded:
                if attr_holds(op, v, low):
                    out.append((e,))
