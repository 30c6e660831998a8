"""The filter lists indexed once per rule book, as adblock-rust keeps them: which filters could
match, asked of an element's class, id or tag, so that 70,000 filters cost a few lookups a page.

A generic selector is keyed by its last compound (engine/book/listkeys.py: its id, else its first
class, else a condition on the ``id`` or ``class`` value, else an ``a[href...]`` condition, else an
uncommon tag). Site selectors are found by host name (its parents and entities too) and keyed the same
way; the host's procedural and HTML filters run from the root. The page's body walk
(engine.text.BodyText) asks ``class_hits``/``id_hits``/``tag_hits`` of each element and keeps what
they answer, and ``link_hits`` of the page's links; answers are cached per class, id or href value,
per host.
"""

from __future__ import annotations

import dataclasses
import gc
from dataclasses import dataclass

from ...rules.filterlist import host_keys, split_selector_list
from ..listmatch import class_admits, class_need
from .listkeys import WEAK_KEYS, KeyTable, index_key, left_ids

__all__ = ["HostLists", "ListEntry", "ListIndex", "index_key"]

#: cached answers per host (class and id values seen on its pages): a bound, a host has many pages
_CACHE_BOUND = 50000
#: hrefs: a site's pages share their menus, but each page brings a hundred links of its own
_HREF_BOUND = 4096


@dataclass(frozen=True)
class ListEntry:
    """One selector of one filter, with where it comes from (for the report)."""

    selector: str
    list: str
    line: int
    text: str
    exclude: tuple[str, ...] = ()  # hosts where a generic filter does not apply
    needs: tuple[str, ...] = ()  # ids the page must hold for it to match (listkeys.left_ids; weak keys only)


#: What ``id_hits`` adds, first, for an id some entry needs: the page holds it (the entry is not a filter)
NEEDED = (ListEntry("", "", 0, ""),)


def _gated(entry: ListEntry, key: tuple) -> ListEntry:
    """The entry with the ids it needs, when it is filed under a weak key (else as it is)."""
    if key[0] in WEAK_KEYS:
        needs = left_ids(entry.selector)
        if needs:
            return dataclasses.replace(entry, needs=needs)
    return entry


class HostLists:
    """What the lists say for one host: the generic table (unless the host switches it off), its
    own filters (keyed, and those run from the root), the selectors excepted there."""

    NEEDED = NEEDED

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
        self.tag_names = tuple(sorted(self.tags))  # for lxml's iter(), which finds them in C
        # ids that entries filed under a weak key need (ListEntry.needs): the walk notes where they are
        self.needed_ids = frozenset(i for t in tables for e in t.weak_entries() for i in e.needs)
        self.by_class: dict = {}  # class attribute value -> tuple of entry tuples (the walk's cache)
        self.by_class_lean: dict = {}  # the same without the entries that need ids (before the walk meets one)
        self.by_id: dict = {}
        self.by_href: dict = {}  # href -> tuple of entry tuples (link_hits' cache)
        self._href_sets = tuple(t.href for t in tables if t.href is not None)

    def applies(self, entry: ListEntry) -> bool:
        return entry.selector not in self.excepted and not (entry.exclude and any(x in self.names for x in entry.exclude))

    def __bool__(self) -> bool:
        return bool(self._tables or self.rooted or self.procedural)

    def class_hits(self, value: str, lean: bool = False) -> tuple:
        """The entry tuples filed under the value's classes (or a condition on it), each without the
        entries whose own class conditions the value fails: those could match no element of it.
        ``lean``: also without the entries that need ids (for the walk, until it meets one)."""
        out: list = []
        for table in self._tables:
            table.class_hits(value, out)
        kept = []
        for entries in out:
            admitted = tuple(e for e in entries if (need := class_need(e.selector)) is None or class_admits(need, value))
            if admitted:
                kept.append(admitted if len(admitted) < len(entries) else entries)
        full = _cached(self.by_class, value, tuple(kept))
        groups = [_without_needs(entries) for entries in full]
        thin = full if all(g is e for g, e in zip(groups, full)) else tuple(g for g in groups if g)
        _cached(self.by_class_lean, value, thin)
        return thin if lean else full

    def class_hits_lean(self, value: str) -> tuple:
        return self.class_hits(value, lean=True)

    def needed_at_root(self, body) -> bool:
        """Whether the root or one of its children (the body's ancestor and siblings, which its walk
        does not meet) has an id some entry needs."""
        root = body.getparent()
        return root is not None and any(el.get("id") in self.needed_ids for el in (root, *root))

    def id_hits(self, value: str) -> tuple:
        out: list = [NEEDED] if value in self.needed_ids else []
        for table in self._tables:
            table.id_hits(value, out)
        return _cached(self.by_id, value, tuple(out))

    def link_hits(self, links) -> list:
        """[(entry tuples, anchor)] for the page's links (Page.links) an ``a[href...]`` filter names."""
        sets = self._href_sets
        if not sets:
            return []
        hits = []
        seen = self.by_href  # href -> what it hits: a page links to the same place many times, a site's pages too
        for a, href, _host in links:
            found = seen.get(href)
            if found is None:
                out: list = []
                for table in sets:
                    table.hits(href, out)
                found = _cached(seen, href, tuple(out), _HREF_BOUND)
            if found:
                hits.append((found, a))
        return hits

    def tag_hits(self, tag: str, el) -> tuple:
        out: list = []
        for table in self._tables:
            table.tag_hits(tag, el, out)
        return tuple(out)


def _without_needs(entries: tuple) -> tuple:
    return entries if not any(e.needs for e in entries) else tuple(e for e in entries if not e.needs)


def _cached(cache: dict, value: str, found: tuple, bound: int = _CACHE_BOUND) -> tuple:
    if len(cache) > bound:
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
                    generic.add(key, _gated(entry, key))
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

        def on(kind: str) -> bool:  # (a switch's `~host` keeps it on for that host and below)
            named = self.switches.get(kind, ())
            return not any(k in named for k in keys) or any("~" + k in named for k in keys)

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
                            own.add(key, _gated(entry, key))
                for entry, spec in self.procedural.get(k, ()):
                    if not any(x in keys for x in spec.exclude) and spec.selector not in excepted:
                        procedural.append((entry, spec))
        generic = self.generic if on("generichide") else None
        return HostLists(generic, own.freeze(), tuple(rooted), frozenset(excepted), tuple(keys), tuple(procedural))
