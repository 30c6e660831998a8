"""A page made a static picture: its scripts, frames, plug-ins and refreshes taken out, so a preview
runs nothing of the page and asks the network for nothing but what the page shows (its images and
style sheets). Its addresses are made absolute against the page's own (lxml's `make_links_absolute`,
which reads the page's `<base>`; `srcset` here), so the picture looks the same wherever it is opened,
and the preview's own `#` links stay in the preview.

Belt and braces: what is taken out here is also forbidden by a Content-Security-Policy written first
in the head, so whatever a parse leaves that a browser would still run, it does not.
"""

from __future__ import annotations

from urllib.parse import urljoin

import lxml.etree
import lxml.html

# No script of any kind, no frame, no plug-in, no fetch, no form that posts; images, fonts, style
# sheets and media load as on the page.
CSP = "script-src 'none'; object-src 'none'; frame-src 'none'; child-src 'none'; worker-src 'none'; " \
      "connect-src 'none'; form-action 'none'; base-uri 'none'"

_DROPPED_TAGS = ("script", "portal")
# Plug-ins: the tag goes, what it holds stays (an <object>'s fallback content; libxml2 also hangs what
# follows an <embed> inside it, where a browser holds nothing).
_UNWRAPPED_TAGS = ("object", "embed", "applet")
# Links that load something the picture does not need (and that could be a script).
_DROPPED_LINK_RELS = {"preload", "modulepreload", "prefetch", "prerender", "dns-prefetch", "preconnect", "manifest",
                      "serviceworker"}
_URL_ATTRS = ("href", "src", "action", "formaction", "xlink:href", "data", "poster")


def make_static(root: lxml.html.HtmlElement, url: str) -> int:
    """Neutralise ``root`` in place; the number of things taken out or switched off."""
    done = 0
    for el in list(root.iter(*_DROPPED_TAGS)):
        _drop(el)
        done += 1
    for el in list(root.iter(*_UNWRAPPED_TAGS)):
        if el.getparent() is not None:
            el.drop_tag()
            done += 1
    for el in list(root.iter("link")):
        rels = set((el.get("rel") or "").lower().split())
        if rels & _DROPPED_LINK_RELS:
            _drop(el)
            done += 1
    for el in list(root.iter("meta")):
        if (el.get("http-equiv") or "").lower() in ("refresh", "content-security-policy", "set-cookie"):
            _drop(el)
            done += 1
    for el in root.iter("iframe", "frame"):
        # The frame keeps its size in the layout, empty, and says what it held.
        for attr in ("src", "srcdoc"):
            if el.get(attr) is not None:
                el.set(f"data-newsclean-{attr}", el.get(attr)[:300])
                del el.attrib[attr]
                done += 1
    for el in root.iter(lxml.etree.Element):
        attrs = el.attrib
        for name in [n for n in attrs if n.lower().startswith("on")]:
            del attrs[name]
            done += 1
        for name in _URL_ATTRS:
            value = attrs.get(name)
            if value is not None and value.strip().lower().replace("\t", "").replace("\n", "").startswith(
                ("javascript:", "vbscript:")
            ):
                attrs[name] = "#"
                done += 1
    if url:
        _absolute(root, url)
    _policy_first(root)
    return done


def _absolute(root, url: str) -> None:
    base = root.find(".//base[@href]")
    try:
        if base is not None:
            url = urljoin(url, base.get("href").strip())
        root.make_links_absolute(url, resolve_base_href=True, handle_failures="ignore")
    except ValueError:  # a URL that cannot be joined: the links stay as the page wrote them
        return
    for el in root.xpath("//*[@srcset]"):
        if "data:" in el.get("srcset"):  # its commas are not separators: left as written
            continue
        candidates = []
        for part in el.get("srcset").split(","):
            words = part.split()
            if words:
                candidates.append(" ".join([urljoin(url, words[0]), *words[1:]]))
        el.set("srcset", ", ".join(candidates))


def _drop(el) -> None:
    parent = el.getparent()
    if parent is not None:
        el.drop_tree()  # the tail text stays with the parent


def _policy_first(root) -> None:
    """The policy first in the head, before anything it must govern."""
    head = root.find("head")
    if head is None:
        head = lxml.html.Element("head")
        root.insert(0, head)
    policy = lxml.html.Element("meta")
    policy.set("http-equiv", "Content-Security-Policy")
    policy.set("content", CSP)
    head.insert(0, policy)
