"""engine/preview/static.py: a page made a static picture — nothing of it runs, its addresses are absolute."""

from __future__ import annotations

import lxml.html

from newsclean.engine.preview.static import CSP, make_static

PAGE = """<html><head><base href="/news/"><meta http-equiv="refresh" content="0;url=https://elsewhere.test/">
<link rel="stylesheet" href="site.css"><link rel="preload" as="script" href="big.js">
<script src="tracker.js"></script><script>document.write('x')</script></head>
<body onload="go()"><p onclick="steal()">Story text <a href="javascript:alert(1)">link</a> and
<a href=" JaVaScRiPt:alert(2)">another</a>.</p>
<img src="pics/a.png" srcset="pics/a-2x.png 2x, /pics/a-3x.png 3x" alt="pic">
<iframe src="https://ads.test/frame" width="300" height="250"></iframe><iframe srcdoc="<script>x()</script>"></iframe>
<object data="movie.swf"></object><embed src="plugin.swf">
<p>After the frames</p></body></html>"""
URL = "https://paper.test/2025/story.html"


def made_static():
    root = lxml.html.document_fromstring(PAGE)
    done = make_static(root, URL)
    return root, done, lxml.html.tostring(root, encoding="unicode")


def test_nothing_of_the_page_can_run():
    root, done, html = made_static()
    assert root.findall(".//script") == [] and root.findall(".//object") == [] and root.findall(".//embed") == []
    assert 'data="' not in html and "plugin.swf" not in html
    assert "javascript:" not in html.lower() and "onclick" not in html and "onload" not in html
    assert "refresh" not in html and "preload" not in html
    for frame in root.iter("iframe"):
        assert frame.get("src") is None and frame.get("srcdoc") is None
    assert root.find(".//iframe").get("data-newsclean-src") == "https://ads.test/frame"
    assert done >= 10


def test_the_policy_comes_first_in_the_head():
    root, _, _ = made_static()
    first = root.find("head")[0]
    assert first.tag == "meta" and first.get("http-equiv") == "Content-Security-Policy" and first.get("content") == CSP
    assert "script-src 'none'" in CSP and "frame-src 'none'" in CSP and "connect-src 'none'" in CSP


def test_addresses_are_absolute_against_the_page_and_its_base():
    root, _, _ = made_static()
    assert root.find(".//base") is None  # read, then taken out: the preview's own # links stay in it
    assert root.find(".//link").get("href") == "https://paper.test/news/site.css"
    img = root.find(".//img")
    assert img.get("src") == "https://paper.test/news/pics/a.png"
    assert img.get("srcset") == "https://paper.test/news/pics/a-2x.png 2x, https://paper.test/pics/a-3x.png 3x"


def test_the_page_s_text_stays():
    root, _, _ = made_static()
    text = root.text_content()
    assert "Story text" in text and "After the frames" in text and "another" in text
