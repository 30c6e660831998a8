"""A fourth blind family of injected junk: new wordings, languages and markups, for one honest measurement.

Written without reading the detector, its rules, its word lists, the README or the benchmarks: only the
existing generators (tests/corpus/junk.py, blind.py, fresh.py, fresh2.py, fresh3.py), pages.py, measure.py
and test_junk.py were read, to stay clear of their vocabularies and markups, and corpus pages, to see how
real sites write things. The words are in tests/corpus/fresh4_words.py: English in registers the others do
not use, the big languages in regional forms and other phrasings, and 37 languages hardly any family
touches (Luxembourgish, Maltese, Frisian, Breton, Romansh, Belarusian, Kyrgyz, Tatar, Turkmen, Pashto,
Kurdish, Sindhi, Odia, Assamese, Uyghur, Javanese, Sundanese, Cebuano, Ilocano, Māori, Samoan, Hawaiian,
Malagasy, Kinyarwanda, Luganda, Oromo, Lingala, Shona, Xhosa, Sesotho, Setswana, Twi, Guarani, Yiddish,
Haitian Creole, Papiamento ...). The markups are the ways ad servers, recommendation widgets, newsletter
tools, CMSs and front-end stacks write these pieces that the other families do not: AdSense auto ads,
Kevel, Equativ (Smart AdServer), Criteo, Xandr, Broadstreet, Freestar, Raptive, Mediavine, Ezoic, Teads,
Amazon native ads, Yahoo! JAPAN, Naver and Sina portals, Joomla banners, TYPO3 and Blogger widgets,
Outbrain and Taboola as rendered, Jetpack and YARPP related posts, Elementor, Webflow CMS lists, AEM core
components, Hugo (PaperMod) and Jekyll themes, microformats, Substack embedded posts, Contentful and
Sanity preview attributes, Next.js images, Nuxt (Vue 3 SSR fragment comments), Astro islands, SvelteKit
links, Angular emulated encapsulation, React Native Web, MUI, Ant Design and shadcn/ui, the ARIA feed
pattern, <marquee> tickers, old table-and-font CMS markup, right-to-left boxes; and sign-ups from
Klaviyo, Buttondown, MailerLite, Campaign Monitor, Constant Contact, ActiveCampaign, Jetpack, Sailthru,
CleverReach, Mailjet, beehiiv's newer embed, Mautic, AcyMailing, TYPO3 powermail, Gravity Forms, WPForms,
Elementor, Webflow, Blogger's follow-by-email, Angular reactive forms, MUI text fields and old tables.

It is meant to be measured once, as it stands: tuning the detector on it would spend it.

    VOCAB                                   the words, keyed like junk.UNLISTED (fresh4_words.py)
    ad_shapes(label, slot_id)               [(shape, html), ...] ad notices with (mostly) empty slots
    teaser_shapes(label, title, links)      [(shape, html), ...] single-link teasers and story boxes
    newsletter_shapes(prompt, subtext, legal, button, link_text, action)
                                            [(shape, html), ...] sign-up forms and sign-up links
                                            (fresh4_forms.py)

Every html string is one root element (for lxml.html.fragment_fromstring) with its texts escaped.
"""

from __future__ import annotations

import re

from .blind import attr, stable_number, text
from .fresh4_forms import newsletter_shapes
from .fresh4_words import LANGUAGES, VOCAB

__all__ = ["LANGUAGES", "VOCAB", "ad_shapes", "newsletter_shapes", "teaser_shapes"]

_t, _a = text, attr


def _n(*parts: str) -> int:
    return stable_number(*parts, digits=8)


def _hex(*parts: str) -> str:
    """Eight lowercase hex digits, as build tools and embed codes put in ids and class names."""
    return format(stable_number(*parts, digits=10), "x")[-8:]


def _slug(href: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", href.lower()).strip("-")[-40:] or "post"


# ------------------------------------------------------------------------------------------------
# Ads
# ------------------------------------------------------------------------------------------------


def ad_shapes(label: str, slot_id: int) -> list[tuple[str, str]]:
    """Ad notices: the label and an empty slot element (no text in it), some the label alone."""
    lab = _t(label)
    al = _a(label)
    sid = int(slot_id)
    h = _hex(label, str(sid))
    ng = f"_ngcontent-ng-c{_n(label, 'ng')}"
    return [
        ("adsense-auto-placed", '<div class="google-auto-placed ap_container" style="width:100%;height:auto;'
                                f'clear:both;text-align:center"><p class="ap-label">{lab}</p><ins data-ad-format='
                                '"auto" class="adsbygoogle adsbygoogle-noablate" data-ad-client="ca-pub-7'
                                f'{sid:08d}" data-adsbygoogle-status="done" style="display:block;margin:auto">'
                                f'<div id="aswift_{sid % 9}_host" style="height:280px"></div></ins></div>'),
        ("kevel-placement", f'<div class="kevel-zone" id="azk{sid}" data-kevel-site="{sid}" data-kevel-adtypes='
                            f'"5,16"><span class="kevel-zone__disclosure">{lab}</span></div>'),
        ("equativ-sas", f'<div class="ad-unit-nogam sas-holder"><div class="sas-holder__mention">{lab}</div><div '
                        f'id="sas_{sid}" data-format-id="{sid % 997}"></div></div>'),
        ("criteo-zone", f'<div class="crt-wrap"><small class="crt-wrap__lbl">{lab}</small><div id="crt-{sid}" '
                        f'data-criteo-zoneid="{sid}" style="width:300px;height:250px;margin:0 auto"></div></div>'),
        ("xandr-ast", f'<div class="apn-holder" data-apn-placement="{sid}"><span class="apn-holder__label">{lab}'
                      f'</span><div id="apn_ad_{sid}" data-ast-sizes="300x250"></div></div>'),
        ("broadstreet-zone", f'<div class="bs-inline"><p class="bs-inline__note">{lab}</p><broadstreet-zone '
                             f'zone-id="{sid}" keywords="article" soft-keywords="true"></broadstreet-zone></div>'),
        ("freestar-incontent", f'<div class="fs-incontent"><div class="fs-incontent__tag">{lab}</div><div '
                               f'align="center" data-freestar-ad="__336x280" id="site_incontent_{sid % 9}"></div>'
                               '</div>'),
        ("raptive-content", f'<div class="adthrive-ad adthrive-content adthrive-content-{sid % 9} adthrive-ad-cls" '
                            f'data-google-query-id="CK{h}" style="min-height:250px"><span class="adthrive-label">'
                            f'{lab}</span><div id="google_ads_iframe_/18190176,15510053/AdThrive_Content_{sid % 9}'
                            f'_{h}_0__container__"></div></div>'),
        ("mediavine-box", f'<div class="mv-ad-box" data-slotid="content_{sid % 9}_wrapper"><div class="mv-ad-'
                          f'label">{lab}</div><div id="content_{sid % 9}" data-blocklist="{sid}"></div></div>'),
        ("ezoic-placeholder", f'<div id="ezoic-pub-ad-placeholder-{sid % 700 + 100}"><span class="ezoic-ad '
                              f'medrectangle-3 medrectangle-3{sid % 9} adtester-container" data-ez-name="'
                              f'story_mid_{sid}"><span class="ezoic-ad-label">{lab}</span><span id="div-gpt-ad-'
                              f'story_mid_{sid}-0" ezaw="300" ezah="250" class="ezoic-ad"></span></span></div>'),
        ("teads-inread", f'<div class="teads-inread sm-screen" style="margin:0 auto"><div class="teads-ui-'
                         f'component-label" style="font-size:11px">{lab}</div><div class="teads-player" data-'
                         f'pid="{sid}" style="width:100%;height:0;padding-bottom:56.25%"></div></div>'),
        ("amazon-native", f'<div class="shop-native"><h6 class="shop-native__hd">{lab}</h6><div id="amzn-assoc-ad-'
                          f'{h}-4b1e-8c2d-{sid:012d}"></div></div>'),
        ("yahoo-japan-yads", f'<div class="yjAdsWrap"><span class="yjAdsWrap__label">{lab}</span><div id="yads_'
                             f'{sid}" class="yads_ad_item" data-yads-pos="middle"></div></div>'),
        ("naver-blind-label", f'<div class="section_ad nv_mid"><em class="blind">{lab}</em><div id="nmap_'
                              f'{sid}" class="ad_frame" style="height:250px"></div></div>'),
        ("sina-ins", f'<div class="sinaads-wrap" id="ad_{sid}"><ins class="sinaads" data-ad-pdps="PDPS'
                     f'{sid:012d}"></ins><span class="sinaads-wrap__tip">{lab}</span></div>'),
        ("joomla-bannergroup", f'<div class="moduletable banner-inline"><div class="bannergroup"><div class="'
                               f'bannerheader">{lab}</div><div class="banneritem"><a href="/index.php?option=com_'
                               f'banners&amp;task=click&amp;id={sid % 97}" target="_blank" rel="noopener noreferrer">'
                               f'<img src="/images/banners/b{sid}.jpg" alt="" width="300" height="250"></a></div>'
                               '</div></div>'),
        ("typo3-frame-html", f'<div id="c{sid}" class="frame frame-default frame-type-html frame-layout-0"><p '
                             f'class="text-center small">{lab}</p><div class="adzone" data-zone="{sid}"></div>'
                             '</div>'),
        ("blogger-html-widget", f'<div class="widget HTML" data-version="2" id="HTML{sid % 9}"><h3 class="title">'
                                f'{lab}</h3><div class="widget-content"><div id="bnr-{sid}"></div></div></div>'),
        ("astro-island-slot", f'<div class="ad-break" data-astro-cid-{h}=""><span data-astro-cid-{h}="">{lab}'
                              f'</span><astro-island uid="Z{h}" component-url="/_astro/AdSlot.{h}.js" '
                              'component-export="default" client="visible" props="{}" ssr=""></astro-island></div>'),
        ("angular-component", f'<app-inline-ad {ng}="" _nghost-ng-c{_n(label, "host")}=""><div {ng}="" class="'
                              f'inline-ad-caption">{lab}</div><div {ng}="" class="inline-ad-slot" id="io-{sid}">'
                              '</div></app-inline-ad>'),
        ("gpt-3rd-party-iframe", f'<div class="story-insert"><p class="story-insert__tag">{lab}</p><iframe '
                                 f'id="google_ads_iframe_/{sid}/news_0" title="3rd party ad content" name="gam_'
                                 f'{sid}" width="300" height="250" scrolling="no" marginwidth="0" marginheight="0" '
                                 'frameborder="0" tabindex="0"></iframe></div>'),
        ("old-table-font", '<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td align="center">'
                           f'<font face="Verdana, Arial" size="1" color="#999999">{lab}</font><br><img src="/images/'
                           f'spacer.gif" width="300" height="250" border="0" alt="" name="bn{sid}"></td></tr></table>'),
        ("rtl-label-box", f'<div dir="rtl" class="i3lan-box" style="text-align:center"><div class="i3lan-box__'
                          f'title">{lab}</div><div id="i3lan-{sid}" class="i3lan-box__slot" style="min-height:'
                          '250px"></div></div>'),
        ("mui-caption-only", '<span class="MuiTypography-root MuiTypography-overline css-1lf0oxs" style="display:'
                             f'block;text-align:center">{lab}</span>'),
        ("aria-note-only", f'<div role="note" aria-label="{al}" class="rn-sep"><span aria-hidden="true">—</span> '
                           f'<span>{lab}</span> <span aria-hidden="true">—</span></div>'),
    ]  # fmt: skip


# ------------------------------------------------------------------------------------------------
# Teasers
# ------------------------------------------------------------------------------------------------


def teaser_shapes(label: str, title: str, links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Single-link teasers (label + links[0]) and boxes of several story links under a title."""
    lab = _t(label)
    ttl = _t(title)
    at = _a(title)
    links = list(links) or [("", "/")]
    h0, u0 = _t(links[0][0]), _a(links[0][1])
    bid = _hex(title, *(u for _, u in links))
    ng = f"_ngcontent-ng-c{_n(title, 'ng')}"

    def each(fmt) -> str:
        return "".join(fmt(i, _t(h), _a(u), _slug(u)) for i, (h, u) in enumerate(links))

    return [
        # -- one link ---------------------------------------------------------------------------
        ("papermod-paginav", f'<nav class="paginav"><a class="next" href="{u0}"><span class="title">{lab}</span>'
                             f'<br><span>{h0}</span></a></nav>'),
        ("substack-embedded-post", f'<div class="embedded-post-wrap"><a class="embedded-post" native="true" '
                                   f'href="{u0}"><div class="embedded-post-header"><span class="embedded-post-'
                                   f'publication-name">{lab}</span></div><div class="embedded-post-title-wrapper">'
                                   f'<div class="embedded-post-title">{h0}</div></div></a></div>'),
        ("contentful-entry", f'<div class="embedded-entry" data-contentful-entry-id="{bid}" data-contentful-field-'
                             f'id="relatedStory" data-contentful-locale="en-US"><span class="embedded-entry__eyebrow">'
                             f'{lab}</span> <a href="{u0}">{h0}</a></div>'),
        ("sanity-stega-link", f'<p class="pt-related" data-sanity="id={bid};type=article;path=body[_key==&quot;'
                              f'{bid[:6]}&quot;]"><b>{lab}</b> <a href="{u0}">{h0}</a></p>'),
        ("sveltekit-preload", f'<div class="also"><span class="also-k">{lab}</span> <a href="{u0}" '
                              f'data-sveltekit-preload-data="hover">{h0}</a></div>'),
        ("aem-cmp-teaser", f'<div class="teaser aem-GridColumn aem-GridColumn--default--12"><div class="cmp-teaser">'
                           f'<div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">{lab}</p><h3 class='
                           f'"cmp-teaser__title"><a class="cmp-teaser__title-link" href="{u0}">{h0}</a></h3></div>'
                           '</div></div>'),
        ("rtl-inline", f'<p dir="rtl" class="inline-rel" style="text-align:right"><strong>{lab}</strong> '
                       f'<a href="{u0}">{h0}</a></p>'),
        ("old-table-single", '<table border="0" cellpadding="3" cellspacing="0" width="100%" bgcolor="#F2F2F2"><tr>'
                             f'<td><font face="Arial" size="2"><b>{lab}</b> <a href="{u0}">{h0}</a></font></td></tr>'
                             '</table>'),
        ("rnw-link", f'<div class="css-175oi2r r-1awozwy r-18u37iz"><div dir="auto" class="css-1rynq56 r-bcqeeo '
                     f'r-qvutc0 r-37j5jr">{lab}</div><a href="{u0}" role="link" class="css-175oi2r r-1loqt21">'
                     f'<div dir="auto" class="css-1rynq56 r-bcqeeo r-qvutc0 r-1b43r93">{h0}</div></a></div>'),
        # -- several links ----------------------------------------------------------------------
        ("outbrain-rendered", f'<div class="OUTBRAIN" data-widget-id="AR_{len(links)}" data-ob-template="news">'
                              '<div class="ob-widget ob-feed-layout"><div class="ob-widget-header"><span class="ob-'
                              f'widget-text">{ttl}</span></div><ul class="ob-widget-items-container">'
                              + each(lambda i, h, u, s: f'<li class="ob-dynamic-rec-container ob-recIndex-{i}">'
                                     f'<a class="ob-dynamic-rec-link" href="{u}"><span class="ob-unit ob-rec-text">'
                                     f'{h}</span></a></li>')
                              + "</ul></div></div>"),
        ("taboola-rbox", f'<div id="taboola-below-article-{bid}" class="trc_related_container"><div class="trc_'
                         f'rbox_container"><div class="trc_rbox_header"><span class="trc_rbox_header_span">{ttl}'
                         '</span></div><div class="trc_rbox_outer">'
                         + each(lambda i, h, u, s: f'<div class="videoCube trc_spotlight_item syndicatedItem" data-'
                                f'item-id="~~V1~~{bid}{i}"><a class="item-thumbnail-href" href="{u}"><span class='
                                f'"video-label-box"><span class="video-label video-title">{h}</span></span></a></div>')
                         + "</div></div></div>"),
        ("jetpack-related", f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">'
                            f'<em>{ttl}</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">'
                            + each(lambda i, h, u, s: f'<div class="jp-relatedposts-post jp-relatedposts-post{i}" '
                                   'data-post-format="false"><h4 class="jp-relatedposts-post-title"><a class="jp-'
                                   f'relatedposts-post-a" href="{u}">{h}</a></h4></div>')
                            + "</div></div>"),
        ("yarpp-list", f"<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'><h3>{ttl}</h3><ol>"
                       + each(lambda i, h, u, s: f'<li><a href="{u}" rel="bookmark" title="{_a(links[i][0])}">{h}'
                              '</a></li>')
                       + "</ol></div>"),
        ("elementor-posts", '<div class="elementor-widget elementor-widget-posts"><div class="elementor-widget-'
                            f'container"><h4 class="elementor-heading-title">{ttl}</h4><div class="elementor-posts-'
                            'container elementor-posts elementor-posts--skin-classic elementor-grid">'
                            + each(lambda i, h, u, s: '<article class="elementor-post elementor-grid-item"><div '
                                   'class="elementor-post__text"><h3 class="elementor-post__title"><a href="'
                                   f'{u}">{h}</a></h3></div></article>')
                            + "</div></div></div>"),
        ("webflow-dyn-list", f'<div class="related-wrap"><div class="related-heading">{ttl}</div><div role="list" '
                             'class="w-dyn-list"><div role="list" class="w-dyn-items">'
                             + each(lambda i, h, u, s: f'<div role="listitem" class="w-dyn-item"><a href="{u}" '
                                    f'class="related-link w-inline-block"><div class="related-title">{h}</div></a>'
                                    '</div>')
                             + "</div></div></div>"),
        ("aem-cmp-list", f'<div class="list aem-GridColumn"><h2 class="cmp-title__text">{ttl}</h2><ul class="cmp-'
                         'list">'
                         + each(lambda i, h, u, s: f'<li class="cmp-list__item"><a class="cmp-list__item-link" '
                                f'href="{u}"><span class="cmp-list__item-title">{h}</span></a></li>')
                         + "</ul></div>"),
        ("blogger-popular-posts", f'<div class="widget PopularPosts" data-version="2" id="PopularPosts1"><h3 class='
                                  f'"title">{ttl}</h3><div class="widget-content popular-posts"><ul>'
                                  + each(lambda i, h, u, s: f'<li><div class="item-title"><a href="{u}">{h}</a>'
                                         '</div></li>')
                                  + "</ul></div></div>"),
        ("jekyll-related", f'<div class="related"><h2>{ttl}</h2><ul class="related-posts">'
                           + each(lambda i, h, u, s: f'<li><h3><a href="{u}">{h} <small><time datetime="2024-03-'
                                  f'{i + 4:02d}">0{i + 4} Mar 2024</time></small></a></h3></li>')
                           + "</ul></div>"),
        ("microformats-h-feed", f'<section class="h-feed"><h2 class="p-name">{ttl}</h2>'
                                + each(lambda i, h, u, s: f'<article class="h-entry"><a class="u-url p-name" '
                                       f'href="{u}">{h}</a></article>')
                                + "</section>"),
        ("nextjs-image-cards", f'<div class="more-grid"><h2>{ttl}</h2>'
                               + each(lambda i, h, u, s: f'<a href="{u}" class="more-card"><img alt="" loading="lazy" '
                                      'width="320" height="180" decoding="async" data-nimg="1" style="color:'
                                      f'transparent" srcset="/_next/image?url=%2Fimg%2F{s}.jpg&amp;w=384&amp;q=75 1x" '
                                      f'src="/_next/image?url=%2Fimg%2F{s}.jpg&amp;w=384&amp;q=75"><h3>{h}</h3></a>')
                               + "</div>"),
        ("nuxt-fragments", f'<section class="recirc"><h2 class="recirc__title"><!--[-->{ttl}<!--]--></h2><ul><!--[-->'
                           + each(lambda i, h, u, s: f'<li><a href="{u}" class=""><!--[-->{h}<!--]--></a></li>')
                           + "<!--]--></ul></section>"),
        ("angular-list", f'<app-related-stories {ng}="" _nghost-ng-c{_n(title, "host")}=""><h3 {ng}="" class="rs-'
                         f'title">{ttl}</h3><ul {ng}="">'
                         + each(lambda i, h, u, s: f'<li {ng}="" class="ng-star-inserted"><a {ng}="" href="{u}">{h}'
                                '</a></li>')
                         + "<!--bindings={}--></ul></app-related-stories>"),
        ("ant-design-list", f'<div class="ant-list ant-list-split"><div class="ant-list-header">{ttl}</div><div '
                            'class="ant-spin-nested-loading"><div class="ant-spin-container"><ul class="ant-list-'
                            'items">'
                            + each(lambda i, h, u, s: f'<li class="ant-list-item"><a href="{u}">{h}</a></li>')
                            + "</ul></div></div></div>"),
        ("aria-feed", f'<div role="feed" aria-busy="false" aria-labelledby="feed-{bid}" class="feed"><h2 id="feed-'
                      f'{bid}">{ttl}</h2>'
                      + each(lambda i, h, u, s: f'<article aria-posinset="{i + 1}" aria-setsize="{len(links)}" '
                             f'aria-labelledby="fi-{bid}-{i}" tabindex="0"><a id="fi-{bid}-{i}" href="{u}">{h}</a>'
                             '</article>')
                      + "</div>"),
        ("yahoo-japan-newsfeed", f'<section class="newsFeed"><h2 class="newsFeed_title">{ttl}</h2><ul class="'
                                 'newsFeed_list">'
                                 + each(lambda i, h, u, s: f'<li class="newsFeed_item"><a class="newsFeed_item_link" '
                                        f'href="{u}"><div class="newsFeed_item_title">{h}</div></a></li>')
                                 + "</ul></section>"),
        ("naver-media-end", f'<div class="media_end_linked"><h4 class="media_end_linked_title">{ttl}</h4><ul '
                            'class="media_end_linked_list">'
                            + each(lambda i, h, u, s: f'<li class="media_end_linked_item"><a href="{u}" class="'
                                   f'media_end_linked_item_inner"><strong class="media_end_linked_item_title">{h}'
                                   '</strong></a></li>')
                            + "</ul></div>"),
        ("sina-list-009", f'<div class="blk-related" id="related-{bid}"><h3 class="tit">{ttl}</h3><ul class="list_'
                          '009">'
                          + each(lambda i, h, u, s: f'<li><a href="{u}" target="_blank">{h}</a> <span>(06月'
                                 f'{10 + i}日)</span></li>')
                          + "</ul></div>"),
        ("old-table-raquo", '<table width="100%" cellpadding="2" cellspacing="0" border="0" bgcolor="#EEEEEE"><tr>'
                            f'<td><b><font face="Arial" size="2">{ttl}</font></b></td></tr><tr><td><font size="2">'
                            + "<br>".join(f'&raquo; <a href="{_a(u)}">{_t(h)}</a>' for h, u in links)
                            + "</font></td></tr></table>"),
        ("marquee-ticker", f'<div class="ticker" role="marquee" aria-label="{at}"><b class="ticker__label">{ttl}'
                           '</b><marquee behavior="scroll" scrollamount="3" onmouseover="this.stop()" '
                           'onmouseout="this.start()">'
                           + " | ".join(f'<a href="{_a(u)}">{_t(h)}</a>' for h, u in links)
                           + "</marquee></div>"),
        ("rtl-box", f'<div dir="rtl" class="akhbar-box"><h3 class="akhbar-box__title">{ttl}</h3><ul>'
                    + each(lambda i, h, u, s: f'<li><a href="{u}">{h}</a></li>')
                    + "</ul></div>"),
    ]  # fmt: skip
