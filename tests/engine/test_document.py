"""Encodings decided from the bytes, never mojibake; what is not a page is refused, not guessed at."""

from __future__ import annotations

import codecs

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.engine import document
from newsclean.engine.document import NotAPage, parse, serialise, sniff_encoding

WORDS = {
    "windows-1252": "Café déjà vu — “quoted” naïve",
    "windows-1251": "Новости дня: правительство объявило",
    "shift_jis": "東京都は本日、新しい計画を発表した",
    "euc_jp": "東京都は本日、新しい計画を発表した",
    "gbk": "北京市政府今天宣布了新的计划",
    "iso8859_7": "Η κυβέρνηση ανακοίνωσε σήμερα",
    "utf-8": "Café, Новости, 東京, العربية",
}


LABELS = {"euc_jp": "euc-jp", "iso8859_7": "iso-8859-7", "shift_jis": "shift_jis", "gbk": "gbk"}


def page(charset_label: str | None, body: str) -> str:
    meta = f'<meta charset="{charset_label}">' if charset_label else ""
    return f"<!DOCTYPE html><html><head>{meta}<title>t</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize(
    "data,http,expected",
    [
        (codecs.BOM_UTF8 + b"<p>x</p>", "windows-1252", ("utf-8", "bom")),
        (codecs.BOM_UTF16_LE + "<p>x</p>".encode("utf-16-le"), None, ("utf-16-le", "bom")),
        (b'<meta charset="utf-8"><p>x</p>', "windows-1251", ("cp1251", "http")),
        (b'<meta charset="shift_jis"><p>x</p>', None, ("cp932", "meta")),  # WHATWG: Shift_JIS is windows-31j
        (b'<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">', None, ("euc_jp", "meta")),
        (b'<meta charset="iso-8859-1"><p>x</p>', None, ("cp1252", "meta")),  # the web reads latin-1 as 1252
        (b'<meta charset="utf-16"><p>x</p>', None, ("utf-8", "meta")),  # ASCII <meta> cannot mean UTF-16
        (b'<meta charset="no-such-thing"><p>caf\xc3\xa9</p>', None, ("utf-8", "default")),
        (b"<p>caf\xe9</p>", None, ("windows-1252", "default")),
        (b"<p>plain</p>", "bogus", ("utf-8", "default")),
    ],
)
def test_sniff_encoding(data, http, expected):
    found = sniff_encoding(data, http)
    assert (codecs.lookup(found.codec).name, found.source) == (codecs.lookup(expected[0]).name, expected[1])


@pytest.mark.parametrize("codec,text", WORDS.items())
@pytest.mark.parametrize("declared_in", ["meta", "http"])
def test_round_trip_without_mojibake(codec, text, declared_in):
    label = LABELS.get(codec, codec)
    html = page(label if declared_in == "meta" else None, text)
    root, encoding = parse(html.encode(codec), label if declared_in == "http" else None)
    assert root.xpath("string(//p)") == text
    out = serialise(root)
    reparsed = lxml.html.document_fromstring(out.decode("utf-8"))
    assert reparsed.xpath("string(//p)") == text
    assert reparsed.xpath("//meta/@charset") == ["utf-8"]


@pytest.mark.parametrize("name", ["content-type", "Content-Type"])
def test_http_equiv_is_rewritten_to_utf8(name):
    html = f'<html><head><meta http-equiv="{name}" content="text/html; charset=windows-1251"></head><body><p>Привет</p></body></html>'
    root, _ = parse(html.encode("cp1251"))
    out = serialise(root).decode("utf-8")
    assert "charset=utf-8" in out and "windows-1251" not in out and "Привет" in out
    # The declaration stays in the page (saying UTF-8), as the only one it has.
    reparsed = lxml.html.document_fromstring(out)
    assert reparsed.xpath(f"//meta[@http-equiv='{name}']/@content") == ["text/html; charset=utf-8"]


def test_meta_charset_added_when_page_declares_none():
    root, _ = parse("<html><head><title>x</title></head><body><p>Ünïcode</p></body></html>".encode("utf-8"))
    assert serialise(root).decode().count('charset="utf-8"') == 1


def test_doctype_kept():
    root, _ = parse(b"<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert serialise(root).startswith(b"<!DOCTYPE html>")


def test_no_doctype_added_to_a_page_without_one():
    # libxml2 gives such a page an HTML 4.0 Transitional doctype; the reader's browser must not get it.
    parsed = document.parse_page(b"<html><body><p>x</p></body></html>")
    assert not parsed.had_doctype
    assert serialise(parsed.root, parsed.had_doctype).startswith(b"<html>")


def test_xml_declaration_with_encoding_is_fine():
    html = '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>Café</p></body></html>'
    root, enc = parse(html.encode("latin-1"))
    assert root.xpath("string(//p)") == "Café"


@pytest.mark.parametrize(
    "html",
    [
        b"<html><body><p>story</p></body></html><a href='https://spam.vip/'>slot gacor</a>",
        b"<html><body><p>story</p></body></html>\n<!-- x --><p><a href='https://spam.vip/'>slot gacor</a></p>\n",
        b"<html><body><p>story</p></body><a href='https://spam.vip/'>slot gacor</a></html>",
        b"<html><body><p>story</p></html><a href='https://spam.vip/'>slot gacor</a>",
    ],
)
def test_content_after_closing_tags_is_parsed_into_the_body(html):
    # Spam anchors are injected after </html> on hacked pages: the DOM must see what the browser shows.
    root, _ = parse(html)
    assert root.xpath("string(//body)").strip().endswith("slot gacor")


@pytest.mark.parametrize("declared", [b'<meta charset="utf-8">', b""])
@pytest.mark.parametrize(
    "bad, shown",
    [
        (b"\xe2\x82", "\ufffd"),  # a truncated sequence is one U+FFFD in a browser (libxml2 makes two)
        (b"\xc0\xaf", "\ufffd\ufffd"),  # an overlong form: one per byte
        (b"\xed\xa0\x80", "\ufffd\ufffd\ufffd"),  # a surrogate
        (b"\x80", "\ufffd"),
    ],
)
def test_invalid_utf8_reads_as_in_a_browser(declared, bad, shown):
    # Pages are parsed from their bytes without decoding them first; bad bytes in a page that says
    # UTF-8 must still read as a browser shows them, and a page that says nothing is windows-1252.
    data = b"<html><head>" + declared + b"</head><body><p>caf" + bad + b" ok</p><p>\xc3\xa9</p></body></html>"
    root, encoding = parse(data)
    if declared:
        assert encoding.codec == "utf-8"
        assert root.xpath("string(//p)") == "caf" + shown + " ok"
        assert root.xpath("string(//p[2])") == "é"
    else:
        assert encoding.codec == "windows-1252"
        assert root.xpath("string(//p)") == "caf" + bad.decode("windows-1252", "replace") + " ok"


def test_valid_utf8_without_a_label_is_utf8():
    root, encoding = parse("<html><body><p>Café “déjà”</p></body></html>".encode())
    assert (encoding.codec, encoding.source) == ("utf-8", "default")
    assert root.xpath("string(//p)") == "Café “déjà”"


def _closing_tags_by_whole_scan(text: str) -> list:
    """What _last_closing_tags must equal: every closing tag found in one scan of the whole page."""
    ends = list(document._BODY_OR_HTML_END.finditer(text))
    if not ends:
        return []
    bodies = [m for m in ends if m.group(0)[2:6].lower() == "body"]
    start = (bodies or ends)[-1].start()
    return [m.span() for m in ends if m.start() >= start]


PIECES = ["</body>", "</BODY >", "</html>", "</Html>", "x" * 5000, "<p>a</p>", "<a href=x>spam</a>", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_closing_tags_found_from_the_end_as_by_a_whole_scan(pieces):
    # The search starts in windows from the end of the page (4 KiB, 64 KiB, all of it); a `</body>`
    # far from the end, with only `</html>`s after it, must still be found.
    text = "".join(pieces)
    assert [m.span() for m in document._last_closing_tags(text)] == _closing_tags_by_whole_scan(text)


def test_closing_tags_inside_scripts_before_the_end_are_left_alone():
    html = b"<html><body><script>var s = '</body>';</script><p>story</p></body></html>\n"
    root, _ = parse(html)
    assert "</body>" in root.xpath("string(//script)")


@pytest.mark.parametrize(
    "data,why",
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not HTML"),
        (b"just some words, no markup at all", "not HTML"),
        (bytes(range(256)) * 4, "not HTML"),
    ],
)
def test_not_a_page(data, why):
    with pytest.raises(NotAPage, match=why):
        parse(data)


def test_output_encoding_constant():
    assert document.OUTPUT_ENCODING == "utf-8"
