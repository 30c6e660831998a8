"""The reader page's markup: a whitelist of reading tags and attributes (whatever new trick a site
uses to run code or track, it is not on the list), absolute http(s) links only, lazy images given
their real address, a paragraph the stray detector flagged kept labelled.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from ..book.kinds import MARK_CLASS

# Tags and attributes the reader page keeps; everything else goes (a whitelist, not a blacklist:
# whatever new trick a site uses to run code or track, it is not on this list).
_DROP_WITH_CONTENT = frozenset(
    {"script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
     "form", "input", "button", "select", "textarea", "svg", "math", "canvas", "link", "meta", "base", "title",
     "head", "dialog", "portal"}
)
_KEEP_TAGS = frozenset(
    {"p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "picture", "figure", "figcaption",
     "blockquote", "q", "cite", "em", "i", "strong", "b", "u", "s", "small", "sub", "sup", "mark", "abbr",
     "time", "code", "pre", "kbd", "var", "samp", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
     "tfoot", "tr", "th", "td", "caption", "video", "audio", "source", "div", "section", "span", "del", "ins",
     "bdi", "bdo", "wbr", "ruby", "rt", "rp", "details", "summary"}
)
_KEEP_ATTRS = {
    "a": ("href", "title"),
    "img": ("src", "srcset", "alt", "title", "sizes"),
    "source": ("src", "srcset", "type", "media", "sizes"),
    "video": ("src", "poster", "controls"),
    "audio": ("src", "controls"),
    "td": ("colspan", "rowspan"),
    "th": ("colspan", "rowspan", "scope"),
    "time": ("datetime",),
    "ol": ("start", "reversed", "type"),
    "abbr": ("title",),
    "q": ("cite",),
    "blockquote": ("cite",),
}
_KEEP_ANY = ("lang", "dir")
_URL_ATTRS = ("href", "src", "poster", "cite")
# Lazy-loading images keep the real address in one of these until a script swaps it in.
LAZY_SRC = ("data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src", "data-srcset")
_SAFE_SCHEMES = ("http", "https", "mailto", "tel", "")


def sanitise(container, url: str) -> None:
    """Keep only reading markup: whitelisted tags and attributes, http(s) links, no scripts anywhere."""
    for el in list(container.iter()):
        if el is container:
            continue
        if not isinstance(el.tag, str):  # comments, processing instructions
            _drop(el)
            continue
        tag = el.tag.lower()
        if tag in _DROP_WITH_CONTENT:
            _drop(el)
        elif tag not in _KEEP_TAGS:
            el.drop_tag()
    for el in container.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag
        if tag in ("img", "source"):
            _unlazy(el)
        keep = _KEEP_ATTRS.get(tag, ()) + _KEEP_ANY
        marked = MARK_CLASS in (el.get("class") or "").split()
        for name in list(el.attrib):
            if name in keep or (marked and name in ("data-newsclean", "title")):
                continue
            del el.attrib[name]
        if marked:
            el.set("class", MARK_CLASS)  # a paragraph the stray detector flagged stays labelled
        for name in _URL_ATTRS:
            if el.get(name) is not None:
                absolute = _safe_url(el.get(name), url)
                if absolute is None:
                    del el.attrib[name]
                else:
                    el.set(name, absolute)
        if el.get("srcset"):
            el.set("srcset", _absolute_srcset(el.get("srcset"), url))
    for img in list(container.iter("img")):
        if not img.get("src") and not img.get("srcset"):
            _drop(img)
    container.attrib.clear()


def _drop(el) -> None:
    if el.getparent() is not None:
        el.drop_tree()


def _unlazy(img) -> None:
    src = (img.get("src") or "").strip()
    if src and not src.startswith("data:"):
        return
    for name in LAZY_SRC:
        value = (img.get(name) or "").strip()
        if value and not value.startswith("data:"):
            if name.endswith("srcset"):
                img.set("srcset", value)
            else:
                img.set("src", value)
            return
    if src.startswith("data:"):
        del img.attrib["src"]


def _safe_url(value: str, base: str) -> str | None:
    value = value.strip()
    try:
        absolute = urljoin(base, value)
        scheme = urlsplit(absolute).scheme.lower()
    except ValueError:
        return None
    return absolute if scheme in _SAFE_SCHEMES else None


def _absolute_srcset(srcset: str, base: str) -> str:
    out = []
    for candidate in srcset.split(","):
        parts = candidate.strip().split()
        if not parts:
            continue
        absolute = _safe_url(parts[0], base)
        if absolute:
            out.append(" ".join([absolute, *parts[1:]]))
    return ", ".join(out)
