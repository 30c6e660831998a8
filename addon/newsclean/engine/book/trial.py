"""A compiled rule tried once on a small built-in page before it is let in.

Some rules compile and still fail on every page: an XPath whose value is a number (`count(//a)`)
or that calls a function nobody registered, a selector list long enough to overflow libxml2's
XPath recursion. Tried here at load, such a rule is refused with its error (NC018) instead of
turning every page of its sites into `status=error`.

The trial finds the rule's targets and also runs each condition and climb on an element of each
common tag, so a filter that would only run behind a finder that finds nothing here is tried too;
a list of labels is compiled as a page's prefilter compiles it. Nothing is changed on the page
(actions are the engine's own code, not the rule's), so one parsed page serves many trials.
"""

from __future__ import annotations

import threading

from ...rules.errors import RuleSyntaxError
from ..document import parse_page
from ..page import Page

TRIAL_URL = "https://www.example.com/news/2024/05/trial-story"

# The shapes rules look for: an article with paragraphs and a link in a sentence, a labelled ad
# slot, a teaser paragraph, a sign-up box, a hidden block of off-site links, links appended after
# the page, a list, a table, an image, a line break, code and a comment.
TRIAL_PAGE = b"""<!doctype html>
<html><head><meta charset="utf-8"><title>Trial story</title><style>p{margin:0}</style></head>
<body><header><nav><a href="/">Home</a> | <a href="/news/">News</a></nav></header>
<main><article id="story" class="article-body" itemprop="articleBody">
<h1>The council weighs the harbour plan</h1>
<p>The council met on Tuesday. Critics <a href="https://other.example.org/report">said</a> the plan
was late, and <b>members</b> spoke at length.<br>A second line.</p>
<div class="ad-slot"><span>Advertisement</span></div>
<p><b>READ:</b> <a href="/news/2024/05/another-story-about-the-harbour">Another story about the harbour</a></p>
<figure><img src="/a.jpg" alt="harbour"><figcaption>The harbour at dawn.</figcaption></figure>
<ul><li><a href="/news/one-more-story-here">One more story here</a></li><li>Plain item</li></ul>
<table><tr><td>Cell</td><th>Head</th></tr></table>
<aside class="newsletter"><p>Sign up for our newsletter</p><form><input type="email">
<button>Subscribe</button></form><small>We respect your privacy.</small></aside>
<p>The deal was done.<a href="https://slot-gacor.example.net/">situs slot gacor</a> The change
followed.</p><!-- a comment --><script>var x = 1;</script>
</article></main>
<div style="display:none"><a href="https://spam.example.net/1">casino online</a>
<a href="https://spam.example.net/2">judi bola</a></div>
<footer><p>Footer text</p></footer>
<a href="https://spam.example.net/3">appended link</a></body></html>"""

_local = threading.local()
#: trials one Page serves before a fresh one (its caches keep each selector's few matches)
_PAGE_USES = 512
_SAMPLE_TAGS = ("a", "p", "span", "div", "b", "li", "td", "aside", "small", "h1")


def _trial_page() -> tuple[Page, list]:
    """This thread's trial page and its body's elements (rules are loaded on more than one
    thread). The page is shared by trials: nothing changes its tree, and what it keeps (texts,
    selections) are answers about that tree."""
    uses = getattr(_local, "uses", _PAGE_USES)
    if uses >= _PAGE_USES:
        page = Page(parse_page(TRIAL_PAGE).root, TRIAL_URL)
        # An element of each tag rules are most about: a condition's own code runs alike on
        # elements of one tag (its selector or regex once a page), and a small sample keeps a trial
        # cheap for 1,000 site files.
        first = {el.tag: el for el in reversed(list(page.body.iter())) if isinstance(el.tag, str)}
        _local.page, _local.elements, uses = page, [first[tag] for tag in _SAMPLE_TAGS], 0
    _local.uses = uses + 1
    return _local.page, _local.elements


def _prefilter_class():
    from .rulebook import TextPrefilter  # the book imports the loader, which imports this module

    return TextPrefilter


def try_rule(rule) -> None:
    """Run the rule's conditions, climbs and target search on the trial page; raise
    RuleSyntaxError (NC018) naming the rule and the key whose code failed."""
    page, elements = _trial_page()
    key = None
    try:
        # A list of labels compiles into one RE2 set with the plan's other texts: one that outgrows
        # RE2's memory would fail each page's prefilter. (A single text is far below that.)
        labels = {p: form for m in rule.matchers for form, p in getattr(m, "label_patterns", {}).items()}
        if labels:
            key = next(m.key for m in rule.matchers if getattr(m, "label_patterns", None))
            _prefilter_class()(set(labels), labels)
        for matcher in rule.matchers:
            key = matcher.key
            if matcher.can_find or matcher.can_source:
                matcher.find(page)
            for el in elements:
                matcher.test(page, el)
        for climb in rule.climbs:
            key = climb.key
            for el in elements:
                if el is not page.body:
                    climb.apply(page, el)
        key = None
        rule.targets(page)
    except Exception as err:  # noqa: BLE001 - whatever the rule's code raises, the rule is refused
        name = rule.name or rule.id
        where = f" (its `{key}`)" if key else ""
        detail = f"{type(err).__name__}: {err}"[:300]
        raise RuleSyntaxError(
            "NC018", f"rule {name!r} fails when tried on a small test page{where}: {detail}", key
        ) from None
