"""The teasers and story boxes of the fifth blind family (tests/corpus/fresh5.py), written blind like the rest.

One-link teasers as CMS editors, pastes and embeds leave them (WordPress embeds, post navigation and the
classic editor's coloured spans, Google Docs and Word pastes, Docusaurus, Hatena and note cards, Tumblr
link blocks, video, podcast and live teasers, <hgroup>, <cite>, a link as the root) and as front-end
stacks render them (Lit, Qwik, React Router, SolidStart, Alpine, Stimulus, Mantine, Material Web,
Foundation, Tailwind); boxes of several links from CMS and widget templates (WordPress query loops,
Newspack, Shopify, Gatsby, Tilda, 1C-Bitrix, DLE, Contao, Plone, Liferay, Sitecore SXA, Movable Type,
Hatena, Tistory, WP RSS Aggregator, Parse.ly, Dable, plista, ZergNet, SMI2), carousels (Swiper, Splide,
Slick, Owl, Flickity, Bootstrap, daisyUI, UIkit), UI kits (Bootstrap list groups, Foundation media
objects, Semantic UI items, Vuetify, Mantine, Headless UI tabs), custom elements whose links are not <a>
(Material Web lists, Ionic items, Fluent anchors), numbered most-read lists, Pico's classless <article>,
and boxes with no attributes at all.
"""

from __future__ import annotations

import re

from .blind import attr, text
from .fresh5_words import SECTIONS, choose, flag, hexid, num, uuid

_t, _a = text, attr


def _slug(href: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", href.lower()).strip("-")[-40:] or "post"


_CURRENT = ' class="current"'


def _date(i: int, style: int) -> str:
    d = 3 + i
    return [f"2024-05-{d:02d}", f"{d:02d}.05.2024", f"May {d}, 2024", f"{d + 1}h", f"2024年5月{d}日", f"{d}/05/24"][
        style % 6
    ]


def teaser_shapes(label: str, title: str, links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Single-link teasers (label + links[0]) and boxes of several story links under a title."""
    lab, ttl, at = _t(label), _t(title), _a(title)
    links = list(links) or [("", "/")]
    h0, u0, a0, s0 = _t(links[0][0]), _a(links[0][1]), _a(links[0][0]), _slug(links[0][1])
    key = (title, *(u for _, u in links))
    bid = hexid(*key)
    n = num(*key, digits=5)
    ds = n % 6  # how this box prints dates
    sec = _t(choose(SECTIONS, *key))
    arrow = choose(["👉", "➡️", "▶", "►", "📌", "🔗"], label, links[0][1])
    lit = f"<!--?lit${n}{bid[:4]}$-->"
    sub = links[: 3 if flag(*key) else len(links)]  # some boxes show only three

    def each(fmt, items=None) -> str:
        items = links if items is None else items
        return "".join(fmt(i, _t(h), _a(u), _slug(u), _date(i, ds)) for i, (h, u) in enumerate(items))

    return [
        # -- one link ---------------------------------------------------------------------------
        ("wp-embed-figure", '<figure class="wp-block-embed is-type-wp-embed is-provider-news wp-block-embed-news"><div '
                            f'class="wp-block-embed__wrapper"><blockquote class="wp-embedded-content" data-secret="'
                            f'{bid}"><a href="{u0}">{h0}</a></blockquote></div><figcaption class="wp-element-caption">'
                            f'{lab}</figcaption></figure>'),
        ("classic-editor-red", f'<p><span style="color:#ff0000;"><strong>{lab}</strong></span> <a href="{u0}" '
                               f'target="_blank" rel="noopener"><strong>{h0}</strong></a></p>'),
        ("gdocs-paste", '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-'
                        f'size:11pt;font-family:Arial;font-weight:700;vertical-align:baseline;">{lab} </span><a href="'
                        f'{u0}" style="text-decoration:none;"><span style="font-size:11pt;font-family:Arial;color:'
                        f'#1155cc;text-decoration:underline;">{h0}</span></a></p>'),
        ("word-paste", f'<p class="MsoNormal"><b><span style="mso-bidi-font-weight:normal">{lab}</span></b><span> '
                       f'<a href="{u0}"><span style="color:#0563C1">{h0}</span></a></span></p>'),
        ("hgroup-kicker", f'<hgroup class="inline-story"><p class="inline-story__kicker">{lab}</p><h3 class="inline-'
                          f'story__hed"><a href="{u0}">{h0}</a></h3></hgroup>'),
        ("link-as-root", f'<a class="story-embed" href="{u0}"><img class="story-embed__img" src="/img/{s0}-160.jpg" '
                         f'alt="" width="160" height="90"><span class="story-embed__label">{lab}</span> <span class="'
                         f'story-embed__title">{h0}</span></a>'),
        ("sr-only-label", f'<aside class="related-link"><span class="sr-only">{lab}</span><a href="{u0}" class="'
                          f'related-link__a">{h0}</a></aside>'),
        ("emoji-arrow", f"<p>{arrow} <b>{lab}</b> <a href=\"{u0}\">{h0}</a></p>"),
        ("next-up-bar", f'<div class="next-up" data-next-url="{u0}"><span class="next-up__label">{lab}</span> <a class='
                        f'"next-up__link" href="{u0}">{h0}</a><div class="next-up__progress" role="progressbar" aria-'
                        'valuenow="0" aria-valuemin="0" aria-valuemax="100"></div></div>'),
        ("video-teaser", f'<div class="vid-tease"><span class="vid-tease__eyebrow">{lab}</span><a class="vid-tease__'
                         f'link" href="{u0}"><span class="vid-tease__thumb"><img src="/video/{s0}.jpg" alt=""><span '
                         f'class="vid-tease__dur">{n % 7 + 1}:{n % 60:02d}</span></span><span class="vid-tease__title">'
                         f'{h0}</span></a></div>'),
        ("podcast-teaser", f'<div class="audio-promo"><p class="audio-promo__label">🎧 {lab}</p><p class="audio-promo__'
                           f'title"><a href="{u0}">{h0}</a></p><p class="audio-promo__meta">{n % 40 + 12} min</p>'
                           '</div>'),
        ("live-badge", f'<div class="live-link"><span class="live-link__badge"><span class="live-link__dot" aria-'
                       f'hidden="true"></span>LIVE</span> <span class="live-link__label">{lab}</span> <a href="{u0}">'
                       f'{h0}</a></div>'),
        ("tailwind-not-prose", '<div class="not-prose my-6 rounded-xl border-l-4 border-sky-500 bg-sky-50 p-4"><p '
                               f'class="text-xs font-bold uppercase text-sky-700">{lab}</p><a class="mt-1 block font-'
                               'serif text-lg underline decoration-sky-300 underline-offset-4" href="'
                               f'{u0}">{h0}</a></div>'),
        ("foundation-callout", f'<div class="callout primary small"><p><strong>{lab}</strong> <a href="{u0}">{h0}</a>'
                               '</p></div>'),
        ("mantine-badge", '<div class="m_4081bf90 mantine-Group-root" style="--group-gap:8px"><span class="m_347db0ec '
                          'mantine-Badge-root" data-variant="light" data-size="sm"><span class="m_5add502a mantine-'
                          f'Badge-label">{lab}</span></span><a class="mantine-focus-auto m_849cf0da '
                          'mantine-Anchor-root" '
                          f'href="{u0}">{h0}</a></div>'),
        ("material-web-button", f'<div class="rel-chip"><span class="md-typescale-label-large">{lab}</span> <md-text-'
                                f'button href="{u0}" trailing-icon>{h0}<md-icon slot="icon">arrow_forward</md-icon>'
                                '</md-text-button></div>'),
        ("lit-story-link", f'<story-link href="{u0}">{lit}<span class="kicker">{lab}</span>{lit}<a href="{u0}">{h0}'
                           '</a></story-link>'),
        ("qwik-paragraph", f'<p q:key="rel" class="rel"><!--qv q:id=r1 q:key=Rel--><b>{lab}</b> <a href="{u0}">{h0}'
                           '</a><!--/qv--></p>'),
        ("react-router-discover", f'<div class="rr-related"><span>{lab}</span> <a href="{u0}" data-discover="true">'
                                  f'{h0}</a></div>'),
        ("solidstart-link", f'<div data-hk="0-0-0-1-0-2" class="rel-line"><span data-hk="0-0-0-1-0-3">{lab}</span> '
                            f'<a data-hk="0-0-0-1-0-4" href="{u0}">{h0}</a></div>'),
        ("alpine-hover", f'<div x-data="{{ open: false }}" class="tease-inline"><span class="tease-inline__label">{lab}'
                         f'</span> <a href="{u0}" x-on:mouseenter="open = true">{h0}</a></div>'),
        ("stimulus-prefetch", f'<p data-controller="prefetch" data-prefetch-url-value="{u0}"><strong>{lab}</strong> '
                              f'<a href="{u0}" data-action="mouseover->prefetch#load" data-turbo-frame="_top">{h0}</a>'
                              '</p>'),
        ("tumblr-npf-link", f'<div class="npf_link" data-npf="{{&quot;type&quot;:&quot;link&quot;,&quot;url&quot;:'
                            f'&quot;{u0}&quot;}}"><a href="{u0}" class="npf_link_a"><div class="link-block"><p class='
                            f'"npf_link_site">{lab}</p><p class="npf_link_title">{h0}</p></div></a></div>'),
        ("hatena-blogcard", f'<div class="hatena-embed"><p class="hatena-embed__lead">{lab}</p><iframe class="embed-'
                            'card embed-blogcard" scrolling="no" frameborder="0" '
                            'style="display:block;width:100%;height:'
                            f'190px;max-width:500px;margin:10px 0px;" title="{a0}" src="https://hatenablog-parts.com/'
                            f'embed?url={u0}"></iframe><cite class="hatena-citation"><a href="{u0}">{h0}</a></cite>'
                            '</div>'),
        ("note-embed", f'<figure class="embedded-service" data-src="{u0}"><figcaption>{lab}</figcaption><a class="'
                       f'external-article-widget" href="{u0}"><strong class="external-article-widget__title">{h0}'
                       '</strong><em class="external-article-widget__url">note.com</em></a></figure>'),
        ("docusaurus-pagination", '<nav class="pagination-nav" aria-label="Docs pages"><a class="pagination-nav__link '
                                  f'pagination-nav__link--next" href="{u0}"><div class="pagination-nav__sublabel">{lab}'
                                  f'</div><div class="pagination-nav__label">{h0}</div></a></nav>'),
        ("wp-post-navigation", '<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div '
                               f'class="nav-next"><a href="{u0}" rel="next"><span class="meta-nav">{lab}</span> <span '
                               f'class="post-title">{h0}</span></a></div></div></nav>'),
        ("cite-dash", f'<p class="pull-link"><cite>{lab}</cite> — <a href="{u0}">{h0}</a></p>'),
        ("no-attributes-underline", f'<div><u>{lab}</u><br><a href="{u0}">{h0}</a></div>'),
        # -- several links ----------------------------------------------------------------------
        ("wp-query-loop", f'<div class="wp-block-query is-layout-flow wp-block-query-is-layout-flow"><h2 class="wp-'
                          f'block-heading">{ttl}</h2><ul class="wp-block-post-template is-layout-flow">'
                          + each(lambda i, h, u, s, d: f'<li class="wp-block-post post-{n + i} post type-post status-'
                                 'publish format-standard hentry category-news"><h3 class="wp-block-post-title"><a '
                                 f'href="{u}" target="_self">{h}</a></h3><div class="wp-block-post-date"><time '
                                 f'datetime="2024-05-{3 + i:02d}">{d}</time></div></li>')
                          + "</ul></div>"),
        ("newspack-homepage-articles", '<div class="wp-block-newspack-blocks-homepage-articles wpnbha show-image image-'
                                       f'aligntop ts-3 is-3 is-landscape"><h2 class="article-section-title"><span>{ttl}'
                                       '</span></h2><div data-posts="">'
                                       + each(lambda i, h, u, s, d: f'<article class="post-has-image" data-post-id="'
                                              f'{n + i}"><figure class="post-thumbnail"><a href="{u}"><img src="/img/'
                                              f'{s}-400.jpg" alt=""></a></figure><div class="entry-wrapper"><h3 class='
                                              f'"entry-title"><a href="{u}">{h}</a></h3><div class="entry-meta"><time '
                                              f'class="entry-date published">{d}</time></div></div></article>', sub)
                                       + "</div></div>"),
        ("shopify-blog", f'<div class="blog-articles"><h2 class="title inline-richtext">{ttl}</h2><ul class="grid grid'
                         '--3-col-desktop article-card-wrapper">'
                         + each(lambda i, h, u, s, d: '<li class="grid__item"><div class="card-wrapper animate-arrow '
                                'underline-links-hover"><div class="card article-card card--standard"><div '
                                'class="card__'
                                'content"><div class="card__information"><h3 class="card__heading h2"><a href="'
                                f'{u}" class="full-unstyled-link">{h}</a></h3><div class="article-card__info caption-'
                                f'with-letter-spacing h5"><span class="circle-divider"><time>{d}</time></span></div>'
                                '</div></div></div></div></li>', sub)
                         + "</ul></div>"),
        ("gatsby-image-cards", f'<section class="related-posts"><h2>{ttl}</h2>'
                               + each(lambda i, h, u, s, d: f'<a href="{u}" class="related-posts__card"><div data-'
                                      'gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-'
                                      f'constrained"><img data-main-image="" src="/static/{s}.webp" alt="" style='
                                      f'"opacity:1"></div><h3>{h}</h3></a>')
                               + "</section>"),
        ("tilda-feed", f'<div class="t-rec t-rec_pt_30" data-record-type="{n % 900}"><div class="t-feed"><div class="'
                       f't-section__title t-title t-title_xs">{ttl}</div><ul class="t-feed__container t-container">'
                       + each(lambda i, h, u, s, d: '<li class="t-feed__post t-item t-width t-feed__grid-col t-col '
                              f't-col_4"><a class="t-feed__link" href="{u}"><div class="t-feed__textwrapper"><div '
                              f'class="t-feed__post-title t-name t-name_xs">{h}</div><span class="t-feed__post-date '
                              f't-uptitle t-uptitle_xs">{d}</span></div></a></li>')
                       + "</ul></div></div>"),
        ("bitrix-news-list", f'<div class="news-list"><h3>{ttl}</h3>'
                             + each(lambda i, h, u, s, d: f'<p class="news-item" id="bx_{n}_{i}"><span class="news-'
                                    f'date-time">{d}</span> <a href="{u}"><b>{h}</b></a><br></p>')
                             + "</div>"),
        ("dle-related", f'<div class="related-block"><div class="related-block__title">{ttl}</div><ul>'
                        + each(lambda i, h, u, s, d: f'<li><a href="{u}">{h}</a></li>')
                        + "</ul></div>"),
        ("contao-newslist", f'<div class="mod_newslist block"><h2>{ttl}</h2>'
                            + each(lambda i, h, u, s, d: f'<div class="layout_latest arc_1 block '
                                                         f'{"first " if i == 0 else ""}'
                                   f'{"even" if i % 2 == 0 else "odd"}"><p class="info"><time datetime="2024-05-'
                                   f'{3 + i:02d}">{d}</time></p><h3><a href="{u}" title="{_a(links[i][0])}">{h}</a>'
                                   '</h3>'
                                   '</div>')
                            + "</div>"),
        ("plone-portlet", f'<aside class="portlet portletCollection"><header class="portletHeader"><a href="/news">'
                          f'{ttl}</a></header><ul class="portletContent">'
                          + each(lambda i, h, u, s, d: f'<li class="portletItem {"odd" if i % 2 == 0 else "even"}"><a '
                                 f'href="{u}" class="tile contenttype-news-item">{h}<span class="portletItemDetails">'
                                 f'{d}</span></a></li>')
                          + "</ul></aside>"),
        ("liferay-asset-publisher", '<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_'
                                    f'AssetPublisherPortlet_INSTANCE_{bid}"><div class="portlet-content"><h2 class='
                                    f'"portlet-title-text">{ttl}</h2><div class="portlet-body"><ul class="list-'
                                    'unstyled">'
                                    + each(lambda i, h, u, s, d: '<li class="list-group-item list-group-item-flex">'
                                           '<div class="autofit-col autofit-col-expand"><p class="list-group-title">'
                                           f'<a href="{u}">{h}</a></p></div></li>')
                                    + "</ul></div></div></section>"),
        ("sitecore-sxa-link-list", f'<div class="component link-list col-12"><div class="component-content"><h3>{ttl}'
                                   '</h3><ul>'
                                   + each(lambda i, h, u, s, d: f'<li class="item{i} {"odd" if i % 2 == 0 else "even"}'
                                          f'"><div class="field-link"><a href="{u}" data-variantitemid="{{'
                                          f'{uuid(u).upper()}}}" data-variantfieldname="Link">{h}</a></div></li>')
                                   + "</ul></div></div>"),
        ("movable-type-widget", f'<div class="widget-recent-entries widget-archives widget"><h3 class="widget-header">'
                                f'{ttl}</h3><div class="widget-content"><ul>'
                                + each(lambda i, h, u, s, d: f'<li><a href="{u}">{h}</a></li>')
                                + "</ul></div></div>"),
        ("hatena-related", '<div class="hatena-module hatena-module-related-entries"><div class="hatena-module-title">'
                           f'{ttl}</div><div class="hatena-module-body"><ul class="related-entries hatena-urllist '
                           'urllist-with-thumbnails">'
                           + each(lambda i, h, u, s, d: '<li class="urllist-item related-entries-item"><div class="'
                                  f'urllist-item-inner related-entries-item-inner"><a href="{u}" class="urllist-title-'
                                  f'link related-entries-title-link urllist-title related-entries-title">{h}</a><div '
                                  f'class="urllist-date-link related-entries-date-link"><time>{d}</time></div></div>'
                                  '</li>')
                           + "</ul></div></div>"),
        ("tistory-another-category", f'<div class="another_category another_category_color_gray"><h4>{ttl}</h4><table>'
                                     + each(lambda i, h, u, s, d: f'<tr><th><a href="{u}"{_CURRENT if i == 0 else ""}'
                                            f'>{h}</a>&nbsp;&nbsp;<span>({i % 3})</span></th><td>'
                                            f'{_date(i, 0).replace("-", ".")}</td></tr>')
                                     + "</table></div>"),
        ("wp-rss-aggregator", f'<div class="wprss-feed-items"><h3>{ttl}</h3><ul class="rss-aggregator wpra-list-'
                              'template">'
                              + each(lambda i, h, u, s, d: f'<li class="wpra-item feed-item"><a href="{u}" target="_'
                                     'blank" rel="nofollow">'
                                     f'{h}</a><div class="wprss-feed-meta"><span class="feed-date">{d}</span></div>'
                                     '</li>')
                              + "</ul></div>"),
        ("parsely-recommended", f'<div class="parsely-recommended-widget" data-parsely-widget="recs"><h3 '
                                'class="parsely-'
                                f'recommended-widget__title">{ttl}</h3><ul class="parsely-recommended-widget__list">'
                                + each(lambda i, h, u, s, d: '<li class="parsely-recommended-widget__item"><a class="'
                                       f'parsely-recommended-widget__link" href="{u}" data-parsely-rank="{i + 1}">{h}'
                                       '</a></li>')
                                + "</ul></div>"),
        ("dable-widget", f'<div id="dablewidget_{bid}" data-widget_id="{bid[:6]}" class="dable-widget"><div class="'
                         f'dable_widget_header"><span class="dable_widget_title">{ttl}</span></div><ul class="dable_'
                         'widget_list">'
                         + each(lambda i, h, u, s, d: f'<li class="dable_item"><a href="{u}" class="dable_link"><img '
                                f'src="https://static.dable.io/thumb/{s}.jpg" alt=""><span class="dable_title">{h}'
                                '</span></a></li>')
                         + "</ul></div>"),
        ("plista-widget", f'<div class="plista_widget_belowArticle"><div class="plista_widget_underArticle"><div '
                          f'class="plista_title">{ttl}</div>'
                          + each(lambda i, h, u, s, d: f'<div class="itemLinkPET" data-plista-pos="{i}"><a href="{u}" '
                                 f'class="plistaItem"><span class="itemTitle">{h}</span></a></div>')
                          + "</div></div>"),
        ("zergnet-widget", f'<div id="zergnet-widget-{n}"><div class="zerglayoutcl"><div class="zergheader">{ttl}</div>'
                           + each(lambda i, h, u, s, d: f'<div class="zergentity"><a href="{u}" target="_blank" class='
                                  f'"zergimg"><img src="/z/{s}.jpg" alt=""></a><div class="zergheadline"><a href="{u}" '
                                  f'target="_blank">{h}</a></div></div>', sub)
                           + "</div></div>"),
        ("smi2-partners", f'<div class="smi2-box"><div class="smi2-box__head">{ttl}</div><div id="unit_{n}">'
                          + each(lambda i, h, u, s, d: f'<div class="smi2-item"><a href="{u}" target="_blank"><img src='
                                 f'"/smi/{s}.jpg" alt=""><span class="smi2-item__title">{h}</span></a></div>')
                          + "</div></div>"),
        ("swiper", f'<div class="rail-swiper"><h3 class="rail-swiper__title">{ttl}</h3><div class="swiper swiper-'
                   'initialized swiper-horizontal"><div class="swiper-wrapper" aria-live="polite">'
                   + each(lambda i, h, u, s, d: f'<div class="swiper-slide{" swiper-slide-active" if i == 0 else ""}" '
                          f'role="group" aria-label="{i + 1} / {len(links)}"><a href="{u}"><img src="/img/{s}.jpg" '
                          f'alt="" loading="lazy"><span>{h}</span></a></div>')
                   + '</div><div class="swiper-button-prev"></div><div class="swiper-button-next"></div></div></div>'),
        ("splide", f'<section class="splide" aria-label="{at}"><h2 class="splide-heading">{ttl}</h2><div class='
                   '"splide__track"><ul class="splide__list">'
                   + each(lambda i, h, u, s, d: f'<li class="splide__slide"><a href="{u}">{h}</a></li>')
                   + "</ul></div></section>"),
        ("slick", f'<div class="related-slick"><h4>{ttl}</h4><div class="slick-slider slick-initialized"><div class='
                  '"slick-list draggable"><div class="slick-track" style="opacity:1">'
                  + each(lambda i, h, u, s, d: '<div class="slick-slide'
                         f'{" slick-current slick-active" if i == 0 else ""}" data-slick-index="{i}" aria-hidden="'
                         f'{"false" if i == 0 else "true"}"><div><a href="{u}">'
                         f'{h}</a></div></div>')
                  + "</div></div></div></div>"),
        ("owl-carousel", f'<div class="owl-block"><h3 class="owl-block__title">{ttl}</h3><div class="owl-carousel '
                         'owl-theme owl-loaded owl-drag"><div class="owl-stage-outer"><div class="owl-stage">'
                         + each(lambda i, h, u, s, d: f'<div class="owl-item{" active" if i < 3 else ""}"><div class="'
                                f'item"><a href="{u}"><img src="/img/{s}.jpg" alt=""><h4>{h}</h4></a></div></div>')
                         + "</div></div></div></div>"),
        ("flickity", f'<div class="carousel-block"><p class="carousel-block__title">{ttl}</p><div class="carousel is-'
                     'draggable" tabindex="0"><div class="flickity-viewport"><div class="flickity-slider">'
                     + each(lambda i, h, u, s, d: f'<div class="carousel-cell{" is-selected" if i == 0 else ""}"><a '
                            f'href="{u}">{h}</a></div>')
                     + "</div></div></div></div>"),
        ("bootstrap-carousel", f'<div id="rc-{bid}" class="carousel slide" data-bs-ride="carousel"><h3 class="h6 '
                               f'text-uppercase">{ttl}</h3><div class="carousel-inner">'
                               + each(lambda i, h, u, s, d: f'<div class="carousel-item{" active" if i == 0 else ""}">'
                                      f'<img src="/img/{s}.jpg" class="d-block w-100" alt=""><div class="carousel-'
                                      f'caption d-none d-md-block"><h5><a href="{u}">{h}</a></h5></div></div>')
                               + f'</div><button class="carousel-control-prev" type="button" '
                                 f'data-bs-target="#rc-{bid}" '
                               'data-bs-slide="prev"><span class="carousel-control-prev-icon" aria-hidden="true">'
                               '</span>'
                               '</button></div>'),
        ("daisyui-carousel", f'<div class="my-8"><h3 class="mb-2 text-lg font-bold">{ttl}</h3><div class="carousel '
                             'carousel-center rounded-box space-x-4">'
                             + each(lambda i, h, u, s, d: f'<div class="carousel-item w-64"><a class="card '
                                                          'card-compact '
                                    f'bg-base-100 shadow" href="{u}"><div class="card-body"><h2 class="card-title text-'
                                    f'base">{h}</h2></div></a></div>')
                             + "</div></div>"),
        ("uikit-slider", f'<div class="uk-margin-medium"><h3 class="uk-heading-line"><span>{ttl}</span></h3><div uk-'
                         'slider="finite: true"><ul class="uk-slider-items uk-child-width-1-3@m uk-grid">'
                         + each(lambda i, h, u, s, d: f'<li><div class="uk-card uk-card-default uk-card-body"><a '
                                                      'class="'
                                f'uk-link-heading" href="{u}">{h}</a></div></li>')
                         + "</ul></div></div>"),
        ("bootstrap-list-group", f'<div class="card my-4"><div class="card-header fw-bold">{ttl}</div><div class="list-'
                                 'group list-group-flush">'
                                 + each(lambda i, h, u, s, d: f'<a href="{u}" class="list-group-item list-group-item-'
                                        f'action">{h} <small class="text-body-secondary">{d}</small></a>')
                                 + "</div></div>"),
        ("foundation-media-object", f'<div class="grid-x grid-margin-x"><h4 class="cell">{ttl}</h4>'
                                    + each(lambda i, h, u, s, d: '<div class="media-object cell"><div class="media-'
                                           f'object-section"><img class="thumbnail" src="/img/{s}-96.jpg" alt=""></div>'
                                           f'<div class="media-object-section main-section"><h5><a href="{u}">{h}</a>'
                                           '</h5></div></div>', sub)
                                    + "</div>"),
        ("semantic-ui-items", f'<div class="ui segment"><h4 class="ui header">{ttl}</h4><div class="ui divided items">'
                              + each(lambda i, h, u, s, d: f'<div class="item"><div class="content"><a class="header" '
                                     f'href="{u}">{h}</a><div class="meta"><span class="category">{sec}</span></div>'
                                     '</div></div>')
                              + "</div></div>"),
        ("vuetify-list", f'<div class="v-card v-theme--light v-card--density-compact"><div class="v-card-title">{ttl}'
                         '</div><div class="v-list v-list--density-default" role="listbox">'
                         + each(lambda i, h, u, s, d: f'<a class="v-list-item v-list-item--link" href="{u}"><div '
                                                      'class="'
                                f'v-list-item__content"><div class="v-list-item-title">{h}</div><div class="v-list-'
                                f'item-subtitle">{d}</div></div></a>')
                         + "</div></div>"),
        ("mantine-simplegrid", f'<div class="mantine-Stack-root"><h3 class="mantine-Title-root" data-order="3">{ttl}'
                               '</h3><div class="m_2415a157 mantine-SimpleGrid-root">'
                               + each(lambda i, h, u, s, d: '<a class="m_e615b15f mantine-Card-root m_1b7284a3 mantine-'
                                      f'Paper-root" data-with-border="true" href="{u}"><p class="m_b6d8b162 mantine-'
                                      f'Text-root" data-fw="600">{h}</p></a>')
                               + "</div></div>"),
        ("headlessui-tabs", '<div class="tab-box"><div role="tablist" aria-orientation="horizontal"><button role="tab" '
                            f'type="button" aria-selected="true" data-headlessui-state="selected" id="headlessui-tabs-'
                            f'tab-{bid}">{ttl}</button></div><div role="tabpanel" data-headlessui-state="selected" '
                            f'aria-labelledby="headlessui-tabs-tab-{bid}"><ol>'
                            + each(lambda i, h, u, s, d: f'<li><a href="{u}">{h}</a></li>')
                            + "</ol></div></div>"),
        ("material-web-list", f'<div class="md-rel"><h2 class="md-typescale-title-medium">{ttl}</h2><md-list>'
                              + each(lambda i, h, u, s, d: f'<md-list-item type="link" href="{u}"><div slot="headline">'
                                     f'{h}</div><div slot="supporting-text">{d}</div></md-list-item>')
                              + "</md-list></div>"),
        ("ionic-list", f'<ion-list><ion-list-header><ion-label>{ttl}</ion-label></ion-list-header>'
                       + each(lambda i, h, u, s, d: f'<ion-item href="{u}" detail="true"><ion-label><h3>{h}</h3><p>{d}'
                              '</p></ion-label></ion-item>')
                       + "</ion-list>"),
        ("fluent-anchors", f'<fluent-card class="rel-card"><h3>{ttl}</h3>'
                           + each(lambda i, h, u, s, d: f'<fluent-anchor href="{u}" appearance="hypertext">{h}'
                                  '</fluent-anchor><br>')
                           + "</fluent-card>"),
        ("lit-list", f'<related-stories>{lit}<h3>{ttl}</h3><ul>{lit}'
                     + each(lambda i, h, u, s, d: f'<li><a href="{u}">{lit}{h}</a></li>')
                     + "</ul></related-stories>"),
        ("qwik-list", f'<section q:key="rel" class="rel"><!--qv q:key=Related q:id=a--><h2>{ttl}</h2><ul>'
                      + each(lambda i, h, u, s, d: f'<li q:key="{i}"><a href="{u}">{h}</a></li>')
                      + "</ul><!--/qv--></section>"),
        ("react-router-nav", f'<nav aria-label="{at}" class="rr-more"><p class="rr-more__title">{ttl}</p><ul>'
                             + each(lambda i, h, u, s, d: f'<li><a href="{u}" data-discover="true">{h}</a></li>')
                             + "</ul></nav>"),
        ("ember-list", f'<div id="ember{n % 900 + 100}" class="ember-view story-rail"><h3 class="story-rail__title">'
                       f'{ttl}</h3>'
                       + each(lambda i, h, u, s, d: f'<a id="ember{n % 900 + 101 + i}" class="ember-view story-rail__'
                              f'link" href="{u}">{h}</a>')
                       + "</div>"),
        ("phoenix-stream", f'<div class="more-box"><h3>{ttl}</h3><div id="stories" phx-update="stream">'
                           + each(lambda i, h, u, s, d: f'<div id="stories-{n + i}"><a href="{u}" data-phx-link="'
                                  f'redirect" data-phx-link-state="push">{h}</a></div>')
                           + "</div></div>"),
        ("emotion-most-read", f'<div class="css-{bid[:7]} e1{bid[1:6]}0"><h2 class="css-{bid[2:9]} e1{bid[1:6]}1">'
                              f'{ttl}</h2><ol class="css-{bid[:6]}x e1{bid[1:6]}2">'
                              + each(lambda i, h, u, s, d: f'<li class="css-{bid[3:9]}"><span class="css-{bid[4:9]}a" '
                                     f'aria-hidden="true">{i + 1}</span><a class="css-{bid[1:7]}" href="{u}">{h}</a>'
                                     '</li>')
                              + "</ol></div>"),
        ("tailwind-ol-decimal", f'<div class="rounded-2xl bg-neutral-50 p-5"><h2 class="mb-3 text-sm font-bold '
                                f'uppercase tracking-wide">{ttl}</h2><ol class="list-decimal space-y-2 pl-5 marker:'
                                'font-bold marker:text-red-600">'
                                + each(lambda i, h, u, s, d: f'<li><a class="hover:underline" href="{u}">{h}</a></li>')
                                + "</ol></div>"),
        ("kicker-grid", f'<section class="more-grid-5"><header class="more-grid-5__head"><h2>{ttl}</h2></header>'
                        + each(lambda i, h, u, s, d: f'<article class="card5"><a class="card5__media" href="{u}"><img '
                               f'srcset="/img/{s}-320.jpg 320w, /img/{s}-640.jpg 640w" sizes="(min-width: 768px) 33vw, '
                               f'100vw" alt=""></a><p class="card5__section">{sec}</p><h3 class="card5__hed"><a href="'
                               f'{u}">{h}</a></h3><time class="card5__time">{d}</time></article>', sub)
                        + "</section>"),
        ("pico-article", f"<article><header>{ttl}</header>"
                         + each(lambda i, h, u, s, d: f'<p><a href="{u}">{h}</a></p>')
                         + "</article>"),
        ("no-attributes-section", f"<section><h2>{ttl}</h2><ul>"
                                  + each(lambda i, h, u, s, d: f'<li><a href="{u}">{h}</a> <small>{d}</small></li>')
                                  + "</ul></section>"),
        ("no-attributes-br", f"<div><b>{ttl}</b><br>"
                             + "<br>".join(f'<a href="{_a(u)}">{_t(h)}</a>' for h, u in links)
                             + "</div>"),
        ("bullet-characters", f'<p class="more-links"><strong>{ttl}</strong><br>'
                              + "<br>".join(f'• <a href="{_a(u)}">{_t(h)}</a>' for h, u in links)
                              + "</p>"),
    ]  # fmt: skip
