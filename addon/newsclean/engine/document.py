"""Bytes ⇄ DOM: decide a page's encoding, parse it, serialise it back.

Pages arrive in every charset. The encoding is decided from the bytes the way a browser does it
(BOM, then the HTTP charset, then ``<meta>``, then a default), never from a guess that would turn
``Café`` into ``CafÃ©``. Cleaned pages are always written back as UTF-8 and say so in their
``<meta charset>``; the caller sets the same in the Content-Type header.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import lxml.etree
import lxml.html
import webencodings

OUTPUT_ENCODING = "utf-8"

# The HTML spec's prescan reads 1024 bytes; real pages put <meta charset> later than that often
# enough that a larger window is worth its (tiny) cost.
_PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE
)
_DOCTYPE = re.compile(r"<!doctype", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class NotAPage(ValueError):
    """The bytes are not an HTML document we can clean (empty, binary, unparseable)."""


@dataclass(frozen=True)
class Encoding:
    codec: str  # a Python codec name
    source: str  # "bom" | "http" | "meta" | "default"


def _codec_for_label(label: str | bytes | None) -> str | None:
    """Map a charset label to a Python codec using the WHATWG label table.

    The web treats ``iso-8859-1`` and ``ascii`` as windows-1252, ``gb2312`` as gbk, and so on;
    webencodings holds that table so we do not keep our own.
    """
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    found = webencodings.lookup(label.strip())
    if found is None:
        return None
    name = found.codec_info.name
    # A document cannot declare itself UTF-16 in ASCII-compatible <meta>: the spec says UTF-8.
    if name.startswith("utf-16"):
        return "utf-8"
    return name


def sniff_encoding(data: bytes, http_charset: str | None = None) -> Encoding:
    return _sniff(data, http_charset)[0]


def _sniff(data: bytes, http_charset: str | None) -> tuple[Encoding, str | None]:
    """The encoding, and the decoded page when deciding took decoding it (no label anywhere: the
    bytes are UTF-8 if they decode as such)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Encoding(codec, "bom"), None
    codec = _codec_for_label(http_charset)
    if codec:
        return Encoding(codec, "http"), None
    match = _META_CHARSET.search(data, 0, _PRESCAN_BYTES)
    if match:
        codec = _codec_for_label(match.group(1))
        if codec:
            return Encoding(codec, "meta"), None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return Encoding("windows-1252", "default"), None
    return Encoding("utf-8", "default"), text


_BODY_OR_HTML_END = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)


# Where the search for closing tags starts, from the end of the page: the last `</body>` is
# nearly always within the last few kilobytes, and a whole-page regex scan costs a tenth of a parse.
_TAIL_WINDOWS = (4096, 65536)


def _last_closing_tags(text: str) -> list:
    """The `</body>`/`</html>` matches from the last `</body>` on (from the last `</html>` on when
    there is no `</body>`), found in growing windows from the end; the same as a whole-page scan."""
    for window in (*_TAIL_WINDOWS, len(text)):
        start = max(0, len(text) - window)
        ends = list(_BODY_OR_HTML_END.finditer(text, start))
        bodies = [m for m in ends if m.group(0)[2:6].lower() == "body"]
        # In a window, the last `</body>` of the page is found if any is; with none, an earlier
        # one may sit outside: look again, wider (the whole page at last).
        if bodies:
            return [m for m in ends if m.start() >= bodies[-1].start()]
        if start == 0:
            return [m for m in ends if m.start() >= ends[-1].start()] if ends else []
    return []


def _reopen_tail(text: str) -> str:
    """Let content written after ``</body>``/``</html>`` reach the body, as it does in a browser.

    libxml2 drops what follows ``</html>`` and hangs what follows ``</body>`` outside the body;
    hacked pages append their spam links exactly there, and rules must see what the reader sees.
    Only the closing tags from the last ``</body>`` on are touched.
    """
    tail = _last_closing_tags(text)
    if not tail:
        return text
    start = tail[0].start()
    rest = _BODY_OR_HTML_END.sub("", text[start:])
    if not re.sub(r"<!--.*?-->", "", rest, flags=re.DOTALL).strip():
        return text
    out, pos = [], 0
    for m in tail:
        out.append(text[pos:m.start()])
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _looks_like_markup(text: str) -> bool:
    head = text[:_PRESCAN_BYTES]
    return "<" in head and "\x00" not in head


@dataclass(frozen=True)
class Parsed:
    root: lxml.html.HtmlElement
    encoding: Encoding
    source: str  # the decoded page

    @property
    def had_doctype(self) -> bool:
        return _DOCTYPE.search(self.source, 0, _PRESCAN_BYTES) is not None


def parse(data: bytes, http_charset: str | None = None) -> tuple[lxml.html.HtmlElement, Encoding]:
    """Parse page bytes into an lxml tree; raise NotAPage for anything that is not a page."""
    parsed = parse_page(data, http_charset)
    return parsed.root, parsed.encoding


# lxml.html's own lookup picks an element class in Python for every element Python touches (a call
# per element, a quarter of the rules' time on the corpus). Every element here is a plain
# HtmlElement (text_content, drop_tree, drop_tag, make_links_absolute): the lookup stays in C.
_ELEMENT_CLASSES = lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def _html_parser() -> lxml.html.HTMLParser:
    """libxml2 gets UTF-8 bytes and is told so: this overrides whatever <meta> or <?xml?> says,
    which is what we want since the encoding has been decided before."""
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=False)
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    return parser


def parse_page(data: bytes, http_charset: str | None = None) -> Parsed:
    """`parse`, keeping the decoded source too."""
    if not data or data.isspace():
        raise NotAPage("empty body")
    encoding, text = _sniff(data, http_charset)
    raw = data
    if text is None:
        try:
            text = data.decode(encoding.codec)
        except UnicodeDecodeError:
            text = data.decode(encoding.codec, "replace")  # as a browser shows it: U+FFFD for bad bytes
            raw = None
    if encoding.source == "bom":
        text = text[1:]  # the BOM itself, decoded as U+FEFF
        raw = None
    if not _looks_like_markup(text):
        raise NotAPage("not HTML (no markup or binary content)")
    reopened = _reopen_tail(text)
    if reopened is not text or encoding.codec != "utf-8":
        raw = None
    utf8 = raw if raw is not None else reopened.encode("utf-8")
    try:
        root = lxml.html.document_fromstring(utf8, parser=_html_parser())
    except (lxml.etree.ParserError, ValueError) as err:
        raise NotAPage(f"unparseable HTML: {err}") from err
    if root is None or root.tag != "html":
        raise NotAPage("unparseable HTML: no document element")
    return Parsed(root, encoding, reopened)


def _declare_utf8(root: lxml.html.HtmlElement) -> None:
    head = root.find("head")
    declared = False
    for meta in root.iter("meta"):
        if meta.get("charset") is not None:
            meta.set("charset", OUTPUT_ENCODING)
            declared = True
        elif (meta.get("http-equiv") or "").lower() == "content-type":
            meta.set("content", f"text/html; charset={OUTPUT_ENCODING}")
            declared = True
    if not declared:
        if head is None:
            head = lxml.html.Element("head")
            root.insert(0, head)
        meta = lxml.html.Element("meta", charset=OUTPUT_ENCODING)
        head.insert(0, meta)


def serialise(root: lxml.html.HtmlElement, had_doctype: bool = True) -> bytes:
    """The tree as UTF-8 bytes, ``<meta charset>`` saying UTF-8, and the page's own doctype (or none:
    libxml2 gives a page without one an HTML 4.0 doctype, which the browser must not get)."""
    _declare_utf8(root)
    out = lxml.html.tostring(
        root, encoding=OUTPUT_ENCODING, doctype=root.getroottree().docinfo.doctype or None, method="html"
    )
    if not had_doctype and out[:9].upper() == b"<!DOCTYPE":
        out = out[out.index(b">") + 1 :].lstrip(b"\n")
    return out
