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
_DOCTYPE_BYTES = re.compile(rb"<!doctype", re.IGNORECASE)
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
    found = _labelled_encoding(data, http_charset)
    if found:
        return found
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return _DEFAULT_LEGACY
    return _DEFAULT_UTF8


_DEFAULT_UTF8 = Encoding("utf-8", "default")
_DEFAULT_LEGACY = Encoding("windows-1252", "default")  # bytes with no label that are not UTF-8


def _labelled_encoding(data: bytes, http_charset: str | None) -> Encoding | None:
    """The encoding the page says it is in (BOM, HTTP charset, `<meta>`), or None."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Encoding(codec, "bom")
    codec = _codec_for_label(http_charset)
    if codec:
        return Encoding(codec, "http")
    match = _META_CHARSET.search(data, 0, _PRESCAN_BYTES)
    if match:
        codec = _codec_for_label(match.group(1))
        if codec:
            return Encoding(codec, "meta")
    return None


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


_BODY_OR_HTML_END_BYTES = re.compile(rb"</(?:body|html)\s*>", re.IGNORECASE)
_COMMENT_BYTES = re.compile(rb"<!--.*?-->", re.DOTALL)


def _tail_is_closed(data: bytes) -> bool:
    """For UTF-8 bytes: True when `_reopen_tail` would leave the page as it is — nothing but
    whitespace, comments and closing tags after the last `</body>` (or `</html>`), or no closing tag
    at all. False when that is not so or cannot be told from the last few kilobytes (the text path
    then decides exactly)."""
    window = data[-_TAIL_WINDOWS[0] :]
    ends = list(_BODY_OR_HTML_END_BYTES.finditer(window))
    if not ends:
        return _BODY_OR_HTML_END_BYTES.search(data) is None
    bodies = [m for m in ends if m.group(0)[2:6].lower() == b"body"]
    if not bodies and len(window) < len(data):
        return False  # the last `</body>` may be further up
    start = (bodies or ends)[-1].start()
    rest = _BODY_OR_HTML_END_BYTES.sub(b"", window[start:])
    return not _COMMENT_BYTES.sub(b"", rest).strip()


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
    had_doctype: bool  # whether the page wrote one (libxml2 adds one to a page without)


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
    # collect_ids=False: libxml2 need not index `id` attributes for XPath's id(), which nothing here
    # calls (a rule's XPath may not, see rules.kinds.XPath): 4% of a parse on the corpus.
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=False, collect_ids=False)
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    return parser


def parse_page(data: bytes, http_charset: str | None = None) -> Parsed:
    """`parse`, with what else the engine needs to know of the page."""
    if not data or data.isspace():
        raise NotAPage("empty body")
    encoding = _labelled_encoding(data, http_charset)
    if encoding is None or (encoding.codec == "utf-8" and encoding.source != "bom"):
        parsed = _parse_utf8(data, encoding or _DEFAULT_UTF8)
        if parsed is not None:
            return parsed
        if encoding is None:  # said nothing: UTF-8 if the bytes are, else windows-1252
            encoding = sniff_encoding(data)
    try:
        text = data.decode(encoding.codec)
    except UnicodeDecodeError:
        # A page that says UTF-8 and is not: U+FFFD for the bad bytes, as in a browser.
        text = data.decode(encoding.codec, "replace")
    if encoding.source == "bom":
        text = text[1:]  # the BOM itself, decoded as U+FEFF
    if not _looks_like_markup(text):
        raise NotAPage("not HTML (no markup or binary content)")
    text = _reopen_tail(text)
    root, _ = _parse_bytes(text.encode("utf-8"))
    return Parsed(root, encoding, _DOCTYPE.search(text, 0, _PRESCAN_BYTES) is not None)


def _parse_utf8(data: bytes, encoding: Encoding) -> Parsed | None:
    """Most pages: UTF-8 bytes straight to libxml2, never decoded in Python. None when the bytes are
    not valid UTF-8 (libxml2 says so, and would replace them otherwise than a browser does), when
    content follows the closing tags (the text path reopens it), or when the start does not look like
    markup."""
    head = data[:_PRESCAN_BYTES]
    if b"<" not in head or b"\x00" in head or not _tail_is_closed(data):
        return None  # the text path decides (its prescan counts characters, not bytes)
    root, parser = _parse_bytes(data)
    if any(error.type_name == "ERR_INVALID_ENCODING" for error in parser.error_log):
        return None
    return Parsed(root, encoding, _DOCTYPE_BYTES.search(data, 0, _PRESCAN_BYTES) is not None)


def _parse_bytes(utf8: bytes):
    parser = _html_parser()
    try:
        root = lxml.etree.fromstring(utf8, parser=parser)
    except (lxml.etree.LxmlError, ValueError) as err:
        raise NotAPage(f"unparseable HTML: {err}") from err
    if root is None:  # only comments, a processing instruction or blanks
        raise NotAPage("unparseable HTML: the document is empty")
    if root.tag != "html":
        raise NotAPage("unparseable HTML: no document element")
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        # libxml2 stops at 256 levels of nesting ("Excessive depth in document") and leaves the rest
        # of the page out of the tree: a page cleaned from it would lose all of that.
        raise NotAPage("nesting deeper than the parser's limit (256 levels): not cleaned")
    return root, parser


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
    # etree's tostring, not lxml.html's: that one also deletes every `<meta http-equiv=Content-Type>`
    # with a regex over the output (the page's declaration, just rewritten to say UTF-8, went with it).
    out = lxml.etree.tostring(
        root, encoding=OUTPUT_ENCODING, doctype=root.getroottree().docinfo.doctype or None, method="html"
    )
    if not had_doctype and out[:9].upper() == b"<!DOCTYPE":
        out = out[out.index(b">") + 1 :].lstrip(b"\n")
    return out
