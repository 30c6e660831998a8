"""One-link teasers of the seventh blind family (tests/corpus/fresh7.py), written blind like the rest of it.

A label and one story link as newsrooms' templates and editors leave them: local TV stations' video links
with a running time, public television's segment links, SNO (student newspaper) sites' inline relations,
Quintype's also-read element, Vox Chorus related links, podcasts' episode cards with an <audio>, trade
press kickers, hyperlocal newsletters' "worth a click" lines; link previews from Notion pages, MkDocs
admonitions, Asciidoctor sidebars, Discourse oneboxes, Mastodon status cards, Iframely and Embedly; as
ASP.NET Web Forms, PrimeFaces, Polymer and Riot render them; styled with W3.CSS, MDB notes, Cirrus tiles,
Basscss, Atomizer and JSS; and plain ones: a <mark> kicker, a label after the headline, a <video> figure and
a lone headline behind an arrow.
"""

from __future__ import annotations

import re

from .blind import attr, text
from .fresh7_words import SECTIONS, SOURCES, coin, hexid, minutes, num, pick

_t, _a = text, attr


def _host(href: str) -> str:
    return href.split("/")[2] if "//" in href else "www.example.com"


def _slug(href: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", href.lower()).strip("-")[-40:] or "story"


def single_shapes(label: str, links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A label and links[0] (one shape carries the headline alone, as some sites print it)."""
    lab = _t(label)
    links = list(links) or [("", "/")]
    h0, u0, a0, s0 = _t(links[0][0]), _a(links[0][1]), _a(links[0][0]), _slug(links[0][1])
    host = _t(_host(links[0][1]))
    key = (label, links[0][1])
    h = hexid(*key)
    n = num(*key, digits=5)
    dur = minutes(*key)
    sec = _t(pick(SECTIONS, *key))
    src = _t(pick(SOURCES, *key))
    img = f"/resizer/v2/{h}.jpg?auth={h}{n}&amp;width=400&amp;height=225"
    em = f"<em>{h0}</em>" if coin(*key) else h0
    return [
        # -- newsrooms' templates -----------------------------------------------------------------------
        ("local-tv-video", f'<div class="inline-video-link"><span class="inline-video-link__label">{lab}</span> <a '
                           f'class="inline-video-link__a" href="{u0}"><span class="inline-video-link__dur">{dur}'
                           f'</span> <span class="inline-video-link__title">{h0}</span></a></div>'),
        ("pbs-segment", f'<div class="related-segment"><p class="related-segment__kicker">{lab}</p><a class="related-'
                        f'segment__title" href="{u0}"><span class="icon-play" aria-hidden="true"></span>{h0}</a>'
                        '</div>'),
        ("sno-inline", f'<div class="sno-story-related sno-related-inline"><p class="sno-related-label">{lab}</p><p '
                       f'class="sno-related-title"><a href="{u0}" rel="bookmark">{h0}</a></p></div>'),
        ("quintype-also-read", f'<div class="story-element story-element-also-read"><div class="also-read-container">'
                               f'<span class="also-read-title">{lab}</span><a class="also-read-headline" href="{u0}">'
                               f'{h0}</a></div></div>'),
        ("chorus-related-link", f'<p class="c-related-link"><strong class="c-related-link__label">{lab}</strong> <a '
                                f'class="c-related-link__a" href="{u0}">{h0}</a></p>'),
        ("episode-card", f'<div class="episode-card"><span class="episode-card__label">{lab}</span><a class="episode-'
                         f'card__title" href="{u0}">{h0}</a><span class="episode-card__len">{dur}</span><audio '
                         f'preload="none" src="https://media.example.net/ep/{h}.mp3"></audio></div>'),
        ("trade-kicker", f'<div class="rel-inline rel-inline--trade"><span class="rel-inline__kicker">{lab}</span> '
                         f'<span class="rel-inline__sec">{sec}</span> <a class="rel-inline__hl" href="{u0}">{h0}</a>'
                         '</div>'),
        ("worth-a-click", f'<p class="nl-line"><b>{lab}</b> <a href="{u0}">{h0}</a> <i>({host})</i></p>'),
        ("video-figure", f'<figure class="video-promo"><video poster="{img}" preload="none" muted playsinline>'
                         f'</video><figcaption><span class="video-promo__label">{lab}</span> <a href="{u0}">{h0}</a>'
                         '</figcaption></figure>'),
        # -- link previews --------------------------------------------------------------------------------
        ("notion-link-to-page", f'<div class="notion-text-block"><p class="notion-semantic-string">{lab}</p><a class='
                                f'"notion-page-link" href="{u0}"><span class="notion-page-link__icon">📄</span><span '
                                f'class="notion-page-link__title">{h0}</span></a></div>'),
        ("mkdocs-admonition", f'<div class="admonition tip"><p class="admonition-title">{lab}</p><p><a href="{u0}">'
                              f'{h0}</a></p></div>'),
        ("asciidoctor-sidebar", f'<div class="sidebarblock"><div class="content"><div class="title">{lab}</div><div '
                                f'class="paragraph"><p><a href="{u0}">{h0}</a></p></div></div></div>'),
        ("discourse-onebox", f'<div class="cooked-onebox"><p>{lab}</p><aside class="onebox allowlistedgeneric" data-'
                             f'onebox-src="{u0}"><header class="source"><a href="{u0}" target="_blank" rel="noopener">'
                             f'{host}</a></header><article class="onebox-body"><h3><a href="{u0}" target="_blank" '
                             f'rel="noopener">{h0}</a></h3></article></aside></div>'),
        ("mastodon-status-card", f'<div class="status-card-wrap"><p class="status-card-wrap__label">{lab}</p><a '
                                 f'class="status-card" href="{u0}" target="_blank" rel="noopener"><div class="status-'
                                 f'card__content"><span class="status-card__host">{host}</span><strong class="status-'
                                 f'card__title" title="{a0}">{h0}</strong></div></a></div>'),
        ("iframely", f'<div class="iframely-wrap"><span class="iframely-wrap__label">{lab}</span><div class="iframely-'
                     f'embed"><div class="iframely-responsive" style="padding-bottom:52.5%"><a href="{u0}" data-'
                     f'iframely-url="//cdn.iframely.com/{h}">{h0}</a></div></div></div>'),
        ("embedly-card", f'<blockquote class="embedly-card" data-card-controls="0"><h4><a href="{u0}">{h0}</a></h4><p>'
                         f'{lab}</p></blockquote>'),
        # -- stacks -----------------------------------------------------------------------------------------
        ("aspnet-hyperlink", f'<div class="relatedInline"><span id="ctl00_MainContent_lblRelated" class="related'
                             f'Caption">{lab}</span> <a id="ctl00_MainContent_hlRelated" href="{u0}">{h0}</a></div>'),
        ("primefaces-outputlink", f'<div id="j_idt{n}" class="ui-outputpanel ui-widget related-panel"><span class="'
                                  f'related-panel__caption">{lab}</span> <a href="{u0}" class="ui-link ui-widget">'
                                  f'{h0}</a></div>'),
        ("polymer-scope", f'<div class="style-scope news-related-link"><span class="style-scope news-related-link '
                          f'label">{lab}</span> <a class="style-scope news-related-link" href="{u0}">{h0}</a></div>'),
        ("riot-tag", f'<div data-is="related-link" class="related-link-tag"><b ref="label">{lab}</b> <a ref="link" '
                     f'href="{u0}">{h0}</a></div>'),
        # -- kits and naming schemes ------------------------------------------------------------------------
        ("w3css-leftbar", f'<div class="w3-panel w3-leftbar w3-border-blue w3-pale-blue"><p><b>{lab}</b> <a href="{u0}"'
                          f' class="w3-hover-text-blue">{h0}</a></p></div>'),
        ("mdb-note", f'<p class="note note-primary"><strong>{lab}</strong> <a href="{u0}">{em}</a></p>'),
        ("cirrus-tile", f'<div class="tile u-items-center"><div class="tile__container"><p class="tile__subtitle u-'
                        f'text-uppercase">{lab}</p><p class="tile__title m-0"><a href="{u0}">{h0}</a></p></div></div>'),
        ("basscss-line", f'<p class="border-left border-blue pl2 my2"><span class="caps bold h6 blue">{lab}</span> '
                         f'<a class="black" href="{u0}">{h0}</a></p>'),
        ("atomizer-line", f'<p class="Fw(b) Mb(12px) Fz(15px)"><span class="C($c-fuji-purple) Tt(u) Mend(6px)">{lab}'
                          f'</span><a class="C($c-fuji-blue-1-b) Td(n) Td(u):h" href="{u0}">{h0}</a></p>'),
        ("jss-line", f'<div class="jss{n % 300 + 100}"><span class="jss{n % 300 + 101}">{lab}</span> <a class="jss'
                     f'{n % 300 + 102}" href="{u0}">{h0}</a></div>'),
        # -- plain -------------------------------------------------------------------------------------
        ("mark-kicker", f'<p><mark class="kicker">{lab}</mark> <a href="{u0}">{h0}</a></p>'),
        ("label-after", f'<p class="story-ref"><a href="{u0}">{h0}</a> <small class="story-ref__tag">{lab}</small> '
                        f'<small class="story-ref__src">{src}</small></p>'),
        ("image-left", f'<div class="media-inline"><img class="media-inline__img" src="{img}" alt="{a0}" width="120" '
                       f'height="68" loading="lazy"><div class="media-inline__body"><div class="media-inline__lbl">'
                       f'{lab}</div><a href="{u0}" data-slug="{_a(s0)}">{h0}</a></div></div>'),
        ("lone-headline-arrow", f'<p class="more-link">► <a href="{u0}">{h0}</a></p>'),
    ]  # fmt: skip
