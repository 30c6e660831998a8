"""The reader page's markup: no script gets through, links are absolute and safe, lazy images get
their real address, a flagged paragraph stays labelled."""

from __future__ import annotations

import lxml.html

from newsclean.engine.book.kinds import MARK_CLASS
from newsclean.engine.reader.sanitise import sanitise

from .pages import page, parse, reader_page, text


def test_scripts_handlers_and_unsafe_links_inside_the_article_go():
    body = (
        "<p onclick='steal()'>Click handler paragraph has plenty of words for the extractor to keep it in.</p>"
        "<script>document.write('x')</script><iframe src='https://ads.example.net/frame'></iframe>"
        "<p>A <a href='javascript:alert(1)'>bad link</a> and a <a href='/rel/path'>relative link</a> in prose"
        " that is long enough to be kept by the extractor.</p>"
        "<p><img src='data:image/gif;base64,R0lGOD' data-src='/img/lazy.jpg' alt='lazy'>"
        "Lazy image paragraph has words enough to be kept in the story as well.</p>"
    )
    root = reader_page(page(body=body))
    article = root.find(".//article")
    assert not root.xpath("//script | //iframe") and not root.xpath("//@*[starts-with(name(), 'on')]")
    hrefs = {text(a): a.get("href") for a in article.iter("a")}
    assert not (hrefs["bad link"] or "").lower().startswith("javascript")
    assert hrefs["relative link"] == "https://news.example.com/rel/path"
    assert article.find(".//img").get("src") == "https://news.example.com/img/lazy.jpg"
    assert "Click handler paragraph" in text(article)


def test_seed_reader_keeps_stray_marks_labelled(seed_reader):
    root = parse(seed_reader.body)
    marked = root.xpath(f"//article//*[contains(@class, '{MARK_CLASS}')]")
    assert [text(p)[:40] for p in marked] == [
        "“It has been a profound honor to serve a",
        "Miguel Mapa, founder and chief executive",
    ]
    assert all(p.get("data-newsclean") == "stray" and p.get("title") for p in marked)
    assert f".{MARK_CLASS}{{opacity:.45" in text(root.find(".//style"))


def test_only_whitelisted_markup_stays_and_urls_are_made_absolute():
    box = lxml.html.fragment_fromstring(
        "<div class='story' style='x'><custom-box data-x='1'>Kept <em class='e'>text</em></custom-box><!-- a comment -->"
        "<p style='color:red' lang='de'>Absatz <a href='mailto:a@b.example' target='_blank'>mail</a>"
        " <a href='data:text/html,x'>data</a></p>"
        "<img src='data:image/gif;base64,R0lG' data-srcset='/s.jpg 1x, javascript:x 2x'><img alt='no address'>"
        f"<p class='x {MARK_CLASS}' data-newsclean='stray' title='flagged' onclick='x()'>Flagged</p><form>f</form></div>"
    )
    sanitise(box, "https://news.example.com/a/b")
    out = lxml.html.tostring(box, encoding="unicode")
    assert out == (
        "<div>Kept <em>text</em><p lang=\"de\">Absatz <a href=\"mailto:a@b.example\">mail</a> <a>data</a></p>"
        "<img srcset=\"https://news.example.com/s.jpg 1x\">"
        f"<p data-newsclean=\"stray\" title=\"flagged\" class=\"{MARK_CLASS}\">Flagged</p></div>"
    )
