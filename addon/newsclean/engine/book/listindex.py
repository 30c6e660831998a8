"""The filter lists indexed once per rule book, as adblock-rust keeps them: which filters could
match, asked of an element's class, id or tag, so that 70,000 filters cost a few lookups a page.

A generic selector is keyed by its last compound (the part the element itself must match): its id,
else its first class; else a condition on the ``id`` or ``class`` attribute's value
(``[id^="div-gpt-ad"]``, one regex of all of them); else its tag (``a[href="#top"]``,
``amp-consent``), the tag's elements prefiltered by one regex of the value conditions on their first
attribute. Site selectors are found by host name (its parents and entities too) and keyed the same
way; the host's procedural and HTML filters run from the root. The page's body walk
(engine.text.BodyText) asks ``class_hits``/``id_hits``/``tag_hits`` of each element and keeps what
they answer; answers are cached per class or id value, per host.
"""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass

import re2

from ...rules.filterlist import host_keys, split_selector_list
from ..listmatch import attr_holds, parse_compound, split_complex

#: cached answers per host (class and id values seen on its pages): a bound, a host has many pages
_CACHE_BOUND = 50000


@dataclass(frozen=True)
class ListEntry:
    """One selector of one filter, with where it comes from (for the report)."""

    selector: str
    list: str
    line: int
    text: str
    exclude: tuple[str, ...] = ()  # hosts where a generic filter does not apply


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

    def add(self, key: tuple, entry: ListEntry) -> None:
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

    __slots__ = ("exact", "buckets", "others", "_others", "suffixes", "_ends", "_ends_len", "inner", "folded")

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

    def hits(self, href: str, out: list) -> None:
        found = self.exact.get(href)
        if found:
            out.append(found)
        head = _url_head(href)
        if head is not None:
            for prefix, entries in self.buckets.get(head, ()):
                if href.startswith(prefix):
                    out.append(entries)
        if self._others and href.startswith(self._others):
            out.extend(e for p, e in self.others.items() if href.startswith(p))
        if self._ends and href.endswith(self._ends):
            for n in self._ends_len:
                found = self.suffixes.get(href[-n:])
                if found:
                    out.append(found)
        for part, entries in self.inner.items():
            if part in href:
                out.append(entries)
        if self.folded:
            low = href.lower()
            for op, v, e in self.folded:
                if attr_holds(op, v, low):
                    out.append((e,))


class HostLists:
    """What the lists say for one host: the generic table (unless the host switches it off), its
    own filters (keyed, and those run from the root), the selectors excepted there."""

    def __init__(self, generic: KeyTable | None, own: KeyTable, rooted: tuple, excepted: frozenset, names: tuple,
                 procedural: tuple = ()):  # fmt: skip
        self.generic = generic
        self.own = own
        self.rooted = rooted  # ListEntry: run with XPath from the root (no key)
        self.procedural = procedural  # (ListEntry, ProceduralFilter) for this host
        self.excepted = excepted
        self.names = names
        tables = [t for t in (generic, own) if t]
        self._tables = tables
        self.tags = frozenset(tag for t in tables for tag in t.tags)
        self.by_class: dict = {}  # class attribute value -> tuple of entry tuples (the walk's cache)
        self.by_id: dict = {}

    def applies(self, entry: ListEntry) -> bool:
        return entry.selector not in self.excepted and not (entry.exclude and any(x in self.names for x in entry.exclude))

    def __bool__(self) -> bool:
        return bool(self._tables or self.rooted or self.procedural)

    def class_hits(self, value: str) -> tuple:
        out: list = []
        for table in self._tables:
            table.class_hits(value, out)
        return _cached(self.by_class, value, tuple(out))

    def id_hits(self, value: str) -> tuple:
        out: list = []
        for table in self._tables:
            table.id_hits(value, out)
        return _cached(self.by_id, value, tuple(out))

    def link_hits(self, links) -> list:
        """[(entry tuples, anchor)] for the page's links (Page.links) an ``a[href...]`` filter names."""
        sets = [t.href for t in self._tables if t.href is not None]
        if not sets:
            return []
        hits, seen = [], {}  # href -> what it hits: a page links to the same place many times
        for a, href, _host in links:
            found = seen.get(href)
            if found is None:
                out: list = []
                for table in sets:
                    table.hits(href, out)
                found = seen[href] = tuple(out)
            if found:
                hits.append((found, a))
        return hits

    def tag_hits(self, tag: str, el) -> tuple:
        out: list = []
        for table in self._tables:
            table.tag_hits(tag, el, out)
        return tuple(out)


def _cached(cache: dict, value: str, found: tuple) -> tuple:
    if len(cache) > _CACHE_BOUND:
        cache.clear()
    cache[value] = found
    return found


class ListIndex:
    """All loaded lists, indexed once: generic selectors by key, site selectors by host name,
    exceptions and switches by host. ``for_host`` answers per host (kept)."""

    def __init__(self, lists):
        gc_was = gc.isenabled()
        gc.disable()  # tens of thousands of small objects: the collector would walk them over and over
        try:
            self._index(lists)
        finally:
            if gc_was:
                gc.enable()
        self._hosts: dict[str, HostLists] = {}

    def _index(self, lists) -> None:
        self.lists = tuple(lists)
        generic = KeyTable()
        specific: dict[str, list[tuple[ListEntry, tuple[str, ...]]]] = {}
        self.procedural: dict[str, list] = {}  # host -> [(ListEntry, ProceduralFilter, exclude)]
        self.excepted_everywhere: set[str] = set()
        self.excepted: dict[str, set[str]] = {}
        self.switches: dict[str, set[str]] = {}
        self.unkeyed = 0
        for fl in self.lists:
            for kind, hosts in fl.switches.items():
                self.switches.setdefault(kind, set()).update(hosts)
            for p in getattr(fl, "procedural", ()):
                entry = ListEntry(p.text, fl.name, p.line, p.text, p.exclude)
                for host in p.include:
                    self.procedural.setdefault(host, []).append((entry, p))
            for f in fl.filters:
                for selector in split_selector_list(f.selector):
                    if f.exception:
                        if f.include:
                            for host in f.include:
                                self.excepted.setdefault(host, set()).add(selector)
                        else:
                            self.excepted_everywhere.add(selector)
                        continue
                    entry = ListEntry(selector, fl.name, f.line, f.text, f.exclude)
                    if f.include:
                        for host in f.include:
                            specific.setdefault(host, []).append((entry, f.exclude))
                        continue
                    key = index_key(selector)
                    if key is None:
                        self.unkeyed += 1
                        continue
                    generic.add(key, entry)
        self.generic = generic.freeze()
        self.specific = {k: tuple(v) for k, v in specific.items()}

    @property
    def filters(self) -> int:
        return sum(len(fl.filters) for fl in self.lists)

    def for_host(self, host: str) -> HostLists:
        found = self._hosts.get(host)
        if found is None:
            if len(self._hosts) > 4096:  # a bound: a proxy meets many hosts
                self._hosts.clear()
            found = self._hosts[host] = self._build(host)
        return found

    def _build(self, host: str) -> HostLists:
        keys = host_keys(host)
        on = lambda kind: not any(k in self.switches.get(kind, ()) for k in keys)  # noqa: E731
        if not on("elemhide"):
            return HostLists(None, KeyTable().freeze(), (), frozenset(), tuple(keys))
        excepted = set(self.excepted_everywhere)
        for k in keys:
            excepted |= self.excepted.get(k, set())
        own, rooted, procedural = KeyTable(), [], []
        if on("specifichide"):
            for k in keys:
                for entry, exclude in self.specific.get(k, ()):
                    if not any(x in keys for x in exclude) and entry.selector not in excepted:
                        key = index_key(entry.selector)
                        if key is None:
                            rooted.append(entry)
                        else:
                            own.add(key, entry)
                for entry, spec in self.procedural.get(k, ()):
                    if not any(x in keys for x in spec.exclude) and spec.selector not in excepted:
                        procedural.append((entry, spec))
        generic = self.generic if on("generichide") else None
        return HostLists(generic, own.freeze(), tuple(rooted), frozenset(excepted), tuple(keys), tuple(procedural))
