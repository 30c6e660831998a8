"""Per-page facts that rules ask for, each computed at most once per page.

A rule never walks the tree on its own if the page can answer from an index: the links, the
hidden elements, the text of an element, the article container. Everything here is lazy, so a
page that no rule asks about costs nothing beyond its parse.
"""

from __future__ import annotations

import re
from functools import cached_property
from urllib.parse import urljoin

import lxml.etree
import lxml.html

from .hosts import host_of, link_host, registrable_domain
from .text import (
    _TEXTLESS,
    INLINE_TAGS,
    TEXTLESS_TAGS,
    BodyText,
    _label_word,
    _may_hold_label,
    _words_regex,
    hides_itself,
    label_form,
    normalise,
    own_text,
    readable_text,
    style_hides,
    text_content,
    visible_text,
)

# The page's module has long been where these are imported from: they stay importable from here.
__all__ = [
    "INLINE_TAGS", "TEXTLESS_TAGS", "Page", "hides_itself", "host_of", "label_form", "link_host", "normalise",
    "own_text", "readable_text", "registrable_domain", "style_hides", "text_content",
]


# XPath's `//` is `descendant-or-self::node()/child::`, a walk that libxml2 merges step by step:
# the plain descendant axes below cost a third less on the corpus.
_STYLE_OR_HIDDEN = lxml.etree.XPath("descendant-or-self::*/@style | descendant-or-self::*/@hidden")


# Where the story's body may be: itemprop=articleBody first, else the largest <article>, <main>
# or role=main. Attribute steps, not predicates on every element: libxml2 walks them five times
# faster.
_ARTICLE_BODY = lxml.etree.XPath("descendant::*/@itemprop[. = 'articleBody']")
_ROLE_MAIN = lxml.etree.XPath("descendant::*/@role[. = 'main']")



# Elements of a subtree `is_guarded` looks through before it works the article container out.
_GUARD_SCAN = 64

# A CSS selector that is a tag name, as cssselect writes it in XPath.
_BARE_TAG = re.compile(r"descendant-or-self::([a-z][a-z0-9]*)")


class Page:
    def __init__(self, root: lxml.html.HtmlElement, url: str, article_selector=None, prefilter=None, list_keys=None):
        self.root = root
        # The page's bytes as served, when its encoding writes ASCII as ASCII (set by the cleaner;
        # None: not known): a quick look for markup the tree's walks would pay to find (detect.marks).
        self.raw: bytes | None = None
        # The host's filter lists (engine.book.listindex.HostLists), whose keys the body's one walk
        # looks for (BodyText.list_hits); None: no list applies here.
        self.list_keys = list_keys
        # The plan's engine.book.rulebook.TextPrefilter: which literal texts and labels the page's text can
        # hold, found in one pass when a rule first asks. None: every text may be there.
        self._prefilter = prefilter
        self.url = url
        self.host = host_of(url)
        self._article_selector = article_selector  # compiled XPath from the site file, or None
        self._text: dict = {}
        self._visible: dict = {}  # element with code inside -> its text without the code's, not normalised
        self._selections: dict = {}
        self._owners_by_label: dict = {}
        self._offsite_hosts: dict = {}  # host -> whether it is another site's
        self._hidden_verdicts: dict = {}  # element -> is_hidden
        #: answers about the tree's shape that rules share (a line's words, a box's labels), kept
        #: only while the tree stays as it is: emptied by every change (forget_text_around)
        self.shapes: dict = {}
        self.protected: set = set()  # elements a `keep` rule protects (with their subtrees)
        self._protected_ancestors: set = set()

    # -- text ---------------------------------------------------------------------------------
    def text(self, el) -> str:
        """The element's visible text, normalised. Computed once per element."""
        cached = self._text.get(el)
        if cached is None:
            if el.tag in _TEXTLESS or not isinstance(el.tag, str):
                cached = ""
            elif el in self._script_holders:
                cached = normalise(visible_text(el, self._script_holders, self._visible))
            else:
                cached = normalise(text_content(el))  # no script inside: the fast C path
            self._text[el] = cached
        return cached

    @cached_property
    def _script_holders(self) -> frozenset:
        """Elements with a script/style inside, whose text must skip that code."""
        holders = set()
        for code in self.root.iter(*_TEXTLESS):
            holders.update(code.iterancestors())
        return frozenset(holders)

    def forget_text_around(self, el) -> None:
        """Before a removal: the text of every ancestor is about to change (later rules must see
        the page as it is now)."""
        for ancestor in el.iterancestors():
            self._text.pop(ancestor, None)
            self._visible.pop(ancestor, None)
        self.shapes.clear()

    def forget_all_text(self) -> None:
        """After text changed anywhere (a `drop-text` edit): every element's text is asked anew."""
        self._text.clear()
        self._visible.clear()
        self.shapes.clear()

    def folded(self, el) -> str:
        return self.text(el).casefold()

    @cached_property
    def body(self):
        body = self.root.find("body")
        return body if body is not None else self.root

    @cached_property
    def text_nodes(self) -> list:
        """(folded text, element that holds it) for every non-blank text node of the body outside
        code and <noscript>: from the walk the prefilter made already (BodyText)."""
        body_text = self.body_text
        return [
            (normalise(text).casefold(), owner)
            for text, owner in zip(body_text.texts, body_text.owners)
            if owner is not None and owner.tag != "noscript"
        ]

    _own_text_index = None  # set once the full index has been built

    @cached_property
    def own_text_index(self) -> dict:
        """Elements by their own text (the text outside their child elements) in `label_form`:
        `<p>READ: <a>..</a></p>` is under "read", `<span>- Advertisement -</span>` under "advertisement"."""
        parts: dict = {}
        for text, owner in self.text_nodes:
            parts.setdefault(owner, []).append(text)
        index: dict = {}
        for owner, texts in parts.items():
            index.setdefault(label_form(" ".join(texts)), []).append(owner)
        self._own_text_index = index
        return index

    def own_text_owners(self, labels) -> dict:
        """{label form: elements whose own text has that form} for a few labels.

        One search over the body's text nodes (BodyText, joined) finds the short ones holding a
        distinctive word of a label; only their owners get their own text compared. (Measured on
        the corpus: libxml2's translate() or contains() on every text node costs several times as
        much.)"""
        missing = {label for label in labels if label not in self._owners_by_label}
        if missing:
            # Every label the page holds is looked for in the same pass: one pass a page, not
            # one per label rule.
            missing |= {label for label in self._text_labels if label not in self._owners_by_label}
            if self._own_text_index is not None:
                index = self._own_text_index
                self._owners_by_label.update({label: index.get(label, []) for label in missing})
            else:
                words = [_label_word(label) for label in missing]
                if None in words:
                    index = self.own_text_index
                    self._owners_by_label.update({label: index.get(label, []) for label in missing})
                else:
                    self._owners_by_label.update(self._scan_labels(missing, _words_regex(tuple(sorted(set(words))))))
        return {label: self._owners_by_label[label] for label in labels}

    def _scan_labels(self, labels: set, words) -> dict:
        """Owners of the labels: the body's text, case-folded once, searched for the labels' words;
        only the short text nodes that hold one get their owner's own text compared."""
        found: dict = {label: [] for label in labels}
        body_text = self.body_text
        texts, owners, folded = body_text.texts, body_text.owners, body_text.folded
        seen = set()
        node, counted = 0, 0
        for hit in words.finditer(folded):
            node += folded.count("\0", counted, hit.start())
            counted = hit.start()
            owner = owners[node]
            if owner is None or owner in seen or owner.tag in _TEXTLESS or not _may_hold_label(texts[node]):
                continue
            seen.add(owner)
            form = label_form(own_text(owner))
            if form in found:
                found[form].append(owner)
        return found

    @cached_property
    def body_text(self) -> "BodyText":
        return BodyText(self.body, self.list_keys)

    @cached_property
    def text_hits(self) -> frozenset | None:
        """The plan's text patterns the page's text holds (None: no prefilter, any may be there)."""
        if self._prefilter is None:
            return None
        return self._prefilter.hits(self.body_text.joined)

    @cached_property
    def _text_labels(self) -> frozenset:
        """Label forms of the plan whose pattern the page's text holds."""
        hits = self.text_hits
        return frozenset() if hits is None else self._prefilter.labels_in(hits)

    def may_contain(self, text_pattern: str) -> bool:
        """False when the page's text cannot hold the text (decided by the plan's prefilter)."""
        hits = self.text_hits
        return hits is None or text_pattern in hits

    def find_literal(self, needle: str) -> list:
        """The smallest elements whose folded text contains ``needle`` (already folded)."""
        found = []
        seen = set()
        for text, owner in self.text_nodes:
            if needle in text and owner not in seen and self.is_attached(owner):
                seen.add(owner)
                found.append(owner)
        if not found and needle in self.folded(self.body):
            # The needle spans several text nodes (`<b>READ:</b> <a>...</a>`): descend from the body
            # into whichever children still contain it, and stop where none does.
            stack = [self.body]
            while stack:
                el = stack.pop()
                inner = [c for c in el if isinstance(c.tag, str) and needle in self.folded(c)]
                if inner:
                    stack.extend(reversed(inner))
                elif el is not self.body and needle in self.folded(el):
                    found.append(el)
        return found

    # -- links ----------------------------------------------------------------------------------
    @cached_property
    def links(self) -> list:
        """(anchor, href as written, host) for every ``<a href>`` of the page."""
        out = []
        add, host = out.append, self.host
        # Most of a page's links are to itself, root-relative or absolute: their host is known
        # without taking the URL apart.
        own = (f"https://{host}/", f"http://{host}/") if host else ()
        for a in self.root.iter("a"):
            href = a.get("href")
            if href:
                if (href[0] == "/" and href[1:2] != "/") or href.startswith(own):
                    add((a, href, host))
                else:
                    add((a, href, link_host(href, host)))
        return out

    @cached_property
    def _link_info(self) -> dict:
        return {a: (href, host) for a, href, host in self.links}

    def link_host(self, a) -> str | None:
        info = self._link_info.get(a) or self._component_link(a)
        return info[1] if info else None

    def link_href(self, a) -> str | None:
        """The link's absolute URL (resolved against the page's URL when asked for, not before)."""
        info = self._link_info.get(a) or self._component_link(a)
        if not info:
            return None
        href = info[0].strip()
        head = href[:8].lower()
        if head.startswith(("https://", "http://")):
            return href  # the common case needs no urljoin (which costs more than the test itself)
        if href.startswith("//"):
            return self._scheme + ":" + href
        try:
            return urljoin(self.url, href)
        except ValueError:
            return None

    def _component_link(self, el) -> tuple | None:
        """(href, host) of a component that is a link (`<ion-item href>`): not among the page's
        ``<a>`` links, which rules act on."""
        href = el.get("href") if el.tag != "a" and isinstance(el.tag, str) else None
        if not href:
            return None
        return href, (self.host if href[0] == "/" and href[1:2] != "/" else link_host(href, self.host))

    @cached_property
    def _scheme(self) -> str:
        return (self.url.split(":", 1)[0] or "https").lower()

    @cached_property
    def offsite_anchors(self) -> frozenset:
        """Every link to another site."""
        links = self.links
        # A page's few hundred links go to a few dozen hosts: one verdict a host.
        offsite = {host for host in {host for _a, _href, host in links} if host and self.is_offsite(host)}
        return frozenset([a for a, _href, host in links if host in offsite])

    @cached_property
    def site_domain(self) -> str:
        return registrable_domain(self.host) if self.host else ""

    def is_offsite(self, host: str | None) -> bool:
        """A link to another site (not the page's registrable domain or a subdomain of it)."""
        verdict = self._offsite_hosts.get(host)
        if verdict is None:
            domain = self.site_domain
            verdict = bool(host and domain) and not (host == domain or host.endswith("." + domain))
            self._offsite_hosts[host] = verdict
        return verdict

    def link_text_share(self, el) -> float:
        """Share of the element's text that sits inside links (1.0 for a paragraph that is one link)."""
        total = len(self.text(el))
        if not total:
            return 0.0
        if el.tag == "a":
            return 1.0
        anchors = list(el.iter("a"))
        if not anchors:
            return 0.0
        linked = sum(len(self.text(a)) for a in anchors)
        return min(1.0, linked / total)

    # -- hidden elements --------------------------------------------------------------------------
    @cached_property
    def hidden(self) -> list:
        """The body's elements hidden by their `style` or `hidden` attribute, in document order."""
        out = []
        for attr in _STYLE_OR_HIDDEN(self.body):  # attribute values, in document order
            if attr.attrname == "style" and not style_hides(attr):
                continue
            el = attr.getparent()
            if not out or out[-1] is not el:
                out.append(el)
        return out

    def is_hidden(self, el) -> bool:
        """Whether the element is one of `hidden`, from its own attributes (no scan of the page)."""
        verdict = self._hidden_verdicts.get(el)
        if verdict is None:
            verdict = self._hidden_verdicts[el] = self._is_hidden(el)
        return verdict

    def _is_hidden(self, el) -> bool:
        if not hides_itself(el):
            return False
        # `hidden` is the body's (the frame around it is never a candidate)
        body = self.body
        return el is body or any(a is body for a in el.iterancestors())

    @cached_property
    def offsite_link_holders(self) -> list:
        """Every element holding a link to another site (the links and all their ancestors), in
        document order: the candidates of a rule about off-site links, found from the link table
        instead of a walk over the page. Each link's chain of ancestors is climbed up to the first
        one seen already and emitted from the top: taken link by link in document order, that is
        the document's order (a node first seen on a later link's chain lies after every earlier
        link's chain)."""
        out, seen = [], set()
        offsite = self.offsite_anchors
        for a, _href, _host in self.links:
            if a not in offsite:
                continue
            chain = []
            for el in (a, *a.iterancestors()):
                if el in seen:
                    break
                seen.add(el)
                chain.append(el)
            out.extend(reversed(chain))
        return out

    # -- selectors ------------------------------------------------------------------------------
    def select(self, xpath: lxml.etree.XPath) -> list:
        """Elements a compiled selector matches, evaluated once per page (before any removal) for
        all the rules that use the same selector."""
        key = xpath.path
        found = self._selections.get(key)
        if found is None:
            bare_tag = _BARE_TAG.fullmatch(key)
            if bare_tag:  # `a`, `p`: libxml2's XPath walk costs several times lxml's tag iteration
                found = list(self.root.iter(bare_tag.group(1)))
            else:
                found = [el for el in xpath(self.root) if isinstance(el, lxml.etree._Element)]
            self._selections[key] = found
        return found

    def select_simple(self, selector) -> list:
        """Elements matching a list of simple selectors (rules.kinds.SimpleSelector), in document
        order: its attribute-step XPath finds the few elements whose class or id may match, and
        each is checked exactly."""
        found = self._selections.get(selector)
        if found is None:
            found = []
            last = None
            for attr in selector.candidates(self.root):
                el = attr.getparent()
                if el is not last and selector.matches(el):
                    found.append(el)
                last = el
            self._selections[selector] = found
        return found

    def select_simple_set(self, selector) -> set:
        key = (selector, "set")
        found = self._selections.get(key)
        if found is None:
            found = self._selections[key] = set(self.select_simple(selector))
        return found

    def select_set(self, xpath: lxml.etree.XPath) -> set:
        key = (xpath.path, "set")
        found = self._selections.get(key)
        if found is None:
            found = set(self.select(xpath))
            self._selections[key] = found
        return found

    # -- structure ------------------------------------------------------------------------------
    @cached_property
    def article(self):
        """The container of the story's body, or None when the page does not show one."""
        if self._article_selector is not None:
            found = self.select(self._article_selector)
            if found:
                return found[0]
        for attr in _ARTICLE_BODY(self.root):
            return attr.getparent()
        candidates = list(self.root.iter("article", "main"))
        roles = [attr.getparent() for attr in _ROLE_MAIN(self.root)]
        if roles:  # in document order with the others: the first of equal sizes wins
            extra = set(roles).difference(candidates)
            tags = {el.tag for el in extra} | {"article", "main"}
            wanted = extra.union(candidates)
            candidates = [el for el in self.root.iter(*tags) if el in wanted]
        if len(candidates) == 1:  # most pages: no sizes to compare, only whether it holds any text
            only = candidates[0]
            return only if any(self.text(p) for p in only.iter("p")) else None
        best, best_len = None, 0
        for el in candidates:
            size = sum(len(self.text(p)) for p in el.iter("p"))
            if size > best_len:
                best, best_len = el, size
        return best

    def is_guarded(self, el) -> bool:
        """Whether `guarded` holds the element — without working out the article container when the
        element is small and holds nothing the container could be (an <article> or <main>, an
        itemprop=articleBody or role=main element): most removals are a label or a box of links."""
        if "guarded" in self.__dict__ or self._article_selector is not None:
            return el in self.guarded
        if el is self.root or el is self.body or (el.tag == "head" and el.getparent() is self.root):
            return True
        for seen, node in enumerate(el.iter()):
            tag = node.tag
            if (
                seen >= _GUARD_SCAN
                or tag in ("article", "main")
                or (tag.__class__ is str and (node.get("itemprop") == "articleBody" or node.get("role") == "main"))
            ):
                return el in self.guarded
        return False

    @cached_property
    def guarded(self) -> frozenset:
        """Elements no rule may remove: the page's frame and everything that holds the article."""
        keep = {self.root, self.body}
        head = self.root.find("head")
        if head is not None:
            keep.add(head)
        if self.article is not None:
            keep.add(self.article)
            keep.update(self.article.iterancestors())
        keep.update(self.root.iter("main", "article"))
        return frozenset(keep)

    # -- how much text -------------------------------------------------------------------------
    def chars(self, el) -> int:
        """Characters of the element's visible text, whitespace not counted."""
        text = self.text(el)
        return len(text) - text.count(" ")

    def is_attached(self, el) -> bool:
        """False once the element (or an ancestor) has been removed by an earlier rule."""
        # The root tops the ancestors of an element still in the tree; libxml2 climbs, and only the
        # ancestors of the root's tag become Python objects.
        root = self.root
        return el is root or root in el.iterancestors(root.tag)

    # -- protection (the `keep` action) ----------------------------------------------------------
    def protect(self, el) -> None:
        self.protected.add(el)
        self._protected_ancestors.update(el.iterancestors())

    def is_protected(self, el) -> bool:
        if el in self.protected or el in self._protected_ancestors:
            return True
        return any(a in self.protected for a in el.iterancestors()) if self.protected else False
