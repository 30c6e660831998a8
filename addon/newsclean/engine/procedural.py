"""uBlock Origin's procedural operators and AdGuard's HTML rules on a page (the specs are
rules.procedural's): the CSS base selects, each operator in turn keeps, drops or moves the elements
it is given, as uBO's html-filtering.js and contentscript tasks do, one small function an operator.

They run from the root for the hosts that have them only (a site's filters: a few a page).
"""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

import cssselect
import lxml.etree
import lxml.html
import re2

from ..rules.filterlist import split_selector_list
from .listmatch import element_test
from .text import text_content

_TRANSLATOR = cssselect.HTMLTranslator()


@functools.lru_cache(maxsize=4096)
def _select(base: str, axis: str):
    """The CSS base as an XPath from a context element (``descendant-or-self::`` from the root,
    ``descendant::`` or ``child::`` inside `:has()`). None: cssselect cannot read it."""
    try:
        return lxml.etree.XPath(_TRANSLATOR.css_to_xpath(base, prefix=axis))
    except (cssselect.SelectorError, lxml.etree.XPathError, ValueError, TypeError):
        return None


@functools.lru_cache(maxsize=4096)
def _regex(pattern):
    options = re2.Options()
    options.case_sensitive = not pattern.fold
    return re2.compile(pattern.text, options=options)


def found(pattern, text: str) -> bool:
    if pattern.regex:
        return _regex(pattern).search(text) is not None
    return pattern.text in text


def _elements(items) -> list:
    return [el for el in items if isinstance(el, lxml.etree._Element) and isinstance(el.tag, str)]


def _self_test(base: str):
    tests = [element_test(s) for s in split_selector_list(base)]
    if any(t is None for t in tests):
        return None
    return lambda el: any(t(el) for t in tests)


def select(steps, page, within=None) -> list:
    """The elements ``steps`` yields: from the root, or (``within``) among the descendants of an
    element (a base starting with ``>`` among its children)."""
    base = steps.base
    if within is None:
        if base:
            xpath = _select(base, "descendant-or-self::")
            els = _elements(xpath(page.root)) if xpath is not None else []
        else:
            els = [page.root]
    else:
        if base.startswith(">"):
            xpath = _select(base[1:].strip(), "child::")
        else:
            xpath = _select(base or "*", "descendant::")
        els = _elements(xpath(within)) if xpath is not None else []
    return apply_ops(steps.ops, els, page, from_root=within is None and not base)


def test(steps, el, page) -> bool:
    """Whether ``el`` itself is what ``steps`` says (for `:not()`)."""
    if steps.base:
        check = _self_test(steps.base)
        if check is None or not check(el):
            return False
    return bool(apply_ops(steps.ops, [el], page, from_root=False))


def apply_ops(ops, els: list, page, from_root: bool = False) -> list:
    for name, arg in ops:
        if not els:
            return []
        els = OPERATORS[name](els, arg, page, from_root)
        from_root = False
    return els


def _has_text(els, pattern, page, _root):
    return [el for el in els if found(pattern, text_content(el))]


def _min_text_length(els, n, page, _root):
    return [el for el in els if len(text_content(el)) >= n]


def _upward(els, arg, page, _root):
    out = []
    for el in els:
        if isinstance(arg, int):
            up = el
            for _ in range(arg):
                up = up.getparent() if up is not None else None
        else:
            up = next((a for a in el.iterancestors() if test(arg, a, page)), None)
        if up is not None and up not in out:
            out.append(up)
    return out


def _has(els, steps, page, _root):
    return [el for el in els if select(steps, page, within=el)]


def _not(els, steps, page, _root):
    return [el for el in els if not test(steps, el, page)]


@functools.lru_cache(maxsize=1024)
def _xpath(expr: str):
    return lxml.etree.XPath(expr)


def _xpath_op(els, expr, page, from_root):
    try:
        xpath = _xpath(expr)
    except lxml.etree.XPathError:
        return []
    out = []
    for el in ([page.root] if from_root else els):
        try:
            result = xpath(el)
        except lxml.etree.XPathError:
            return []
        for item in _elements(result if isinstance(result, list) else ()):
            if item not in out:
                out.append(item)
    return out


def _matches_path(els, pattern, page, _root):
    parts = urlsplit(page.url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return els if found(pattern, path) else []


def _matches_attr(els, arg, page, _root):
    name, value = arg
    out = []
    for el in els:
        for key, got in el.items():
            if found(name, key) if name.regex else key == name.text:
                if value is None or (found(value, got) if value.regex else got == value.text):
                    out.append(el)
                    break
    return out


OPERATORS = {
    "has-text": _has_text, "min-text-length": _min_text_length, "upward": _upward, "has": _has, "not": _not,
    "xpath": _xpath_op, "matches-path": _matches_path, "matches-attr": _matches_attr,
}  # fmt: skip


def adguard(spec, page) -> list:
    """AdGuard's ``$$tag[...]``: ``tag-content`` in the element's HTML, ``max-length`` (8192 unless
    given) and ``min-length`` on its length, ``wildcard`` a glob over it, other attributes containing
    the value given."""
    special = dict(spec.attrs)
    max_length = int(special.get("max-length", 8192))
    min_length = int(special.get("min-length", 0))
    wildcard = special.get("wildcard")
    glob = re.compile(".*".join(re.escape(p) for p in wildcard.split("*")), re.S) if wildcard else None
    out = []
    for el in page.root.iter(spec.tag):
        if any(name not in ("tag-content", "max-length", "min-length", "wildcard") and value not in (el.get(name) or "\0")
               for name, value in spec.attrs):  # fmt: skip
            continue
        html = lxml.html.tostring(el, encoding="unicode", with_tail=False)
        if not min_length <= len(html) <= max_length:
            continue
        if "tag-content" in special and special["tag-content"] not in html:
            continue
        if glob is not None and not glob.search(html):
            continue
        out.append(el)
    return out


def run(spec, page) -> list:
    """The elements a procedural, HTML or AdGuard filter matches on the page."""
    if spec.steps is None:
        return adguard(spec, page)
    return select(spec.steps, page)
