"""Story boxes of the sixth blind family (tests/corpus/fresh6.py), written blind like the rest of it.

Boxes of several story links under a title: recommendation widgets as they render (Relap, popIn, Logly
lift, Shareaholic, LinkWithin), WordPress related-posts plugins (Contextual Related Posts, Yuzo, Related
Posts for WP), CMS lists (TownNews BLOX, Escenic, Sitefinity, Umbraco, Craft, Storyblok, Jimdo), a WeChat
"everyone is reading" list, Indian portals' web-story rails and video rows; carousels (Glide, Embla, Keen
Slider, Tiny Slider, Glider, CSS scroll-snap); UI kits (Carbon structured lists, Element Plus timelines,
Quasar lists, Vant cells, Layui timelines, WeUI media boxes, Arco lists, PatternFly data lists, Primer
rows, Blueprint menus, Materialize collections, Spectre tiles); stacks (Knockout foreach, AngularJS
ng-repeat, Fresh islands, Marko, Stencil, Panda CSS, styled-components) and plain ones (ranked lists with
<data>, a two-column table, <dl> by section, a lone <ol reversed>, a <section> of <article>s, headings
only).
"""

from __future__ import annotations

import re

from .blind import attr, text
from .fresh6_words import BYLINES, SECTIONS, b62, coin, date, hexid, num

_t, _a = text, attr


def _slug(href: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", href.lower()).strip("-")[-36:] or "story"


def box_shapes(title: str, links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    ttl, at = _t(title), _a(title)
    links = list(links) or [("", "/")]
    key = (title, *(u for _, u in links))
    bid = hexid(*key)
    n = num(*key, digits=6)
    ds = n % 9
    few = links[:2] if coin(*key, "few") else links[:3]  # some boxes show two or three
    c1, c2 = b62(*key, "1"), b62(*key, "2")

    def each(fmt, items=None) -> str:
        items = links if items is None else items
        out = []
        for i, (hd, u) in enumerate(items):
            sec = _t(SECTIONS[(n + i) % len(SECTIONS)])
            by = _t(BYLINES[(n + 3 * i) % len(BYLINES)])
            out.append(fmt(i, _t(hd), _a(u), _slug(u), _t(date(i, ds)), sec, by))
        return "".join(out)

    def img(s: str, w: int = 300, hgt: int = 169) -> str:
        return f'<img src="/images/{s}-{w}x{hgt}.jpg" alt="" width="{w}" height="{hgt}" loading="lazy">'

    return [
        # -- recommendation widgets and plugins -----------------------------------------------------
        ("relap-widget", f'<div class="relap-default-wrapper" data-relap-id="{bid}"><div class="relap-default__'
                         f'title">{ttl}</div><div class="relap-default__items">'
                         + each(lambda i, hd, u, s, d, sec, by: f'<a class="relap-default__item" href="{u}?utm_source='
                                f'relap" data-relap-pos="{i}"><span class="relap-default__image">{img(s, 200, 112)}'
                                f'</span><span class="relap-default__item-title">{hd}</span></a>')
                         + "</div></div>"),
        ("popin-recommend", f'<div id="_popIn_recommend"><div class="_popIn_recommend_header">{ttl}</div><ul class="_'
                            'popIn_recommend_articles">'
                            + each(lambda i, hd, u, s, d, sec, by: f'<li class="_popIn_recommend_article _popIn_'
                                   f'recommend_article_{i}"><a href="{u}"><div class="_popIn_recommend_art_title">{hd}'
                                   f'</div><div class="_popIn_recommend_art_date">{d}</div></a></li>')
                            + '</ul><div class="_popIn_recommend_credit">popIn</div></div>'),
        ("logly-lift", f'<div id="logly-lift-{n}" class="logly-lift-wrapper"><div class="logly-lift-head"><span class='
                       f'"logly-lift-head-title">{ttl}</span></div><ul class="logly-lift-list">'
                       + each(lambda i, hd, u, s, d, sec, by: f'<li class="logly-lift-item"><a class="logly-lift-link" '
                              f'href="{u}"><span class="logly-lift-thumb">{img(s, 120, 120)}</span><span class="logly-'
                              f'lift-title">{hd}</span></a></li>')
                       + "</ul></div>"),
        ("shareaholic-recs", f'<div class="shareaholic-canvas shareaholic-ui" data-app="recommendations" data-app-id="'
                             f'{n}"><div class="shr-recommendations-title">{ttl}</div><ul class="shr-recommendations">'
                             + each(lambda i, hd, u, s, d, sec, by: f'<li class="shr-recommendation"><a class="shr-'
                                    f'recommendation-link" href="{u}"><div class="shr-image">{img(s, 180, 100)}</div>'
                                    f'<div class="shr-recommendation-title">{hd}</div></a></li>')
                             + "</ul></div>"),
        ("linkwithin", f'<div class="linkwithin_div"><div class="linkwithin_text">{ttl}</div><table class="linkwithin_'
                       'posts" cellspacing="0" cellpadding="0"><tr>'
                       + each(lambda i, hd, u, s, d, sec, by: f'<td class="linkwithin_post"><a href="{u}" class="'
                              f'linkwithin_link"><div class="linkwithin_img_{i}">{img(s, 100, 100)}</div><div class="'
                              f'linkwithin_title">{hd}</div></a></td>', few)
                       + "</tr></table></div>"),
        ("contextual-related-posts", f'<div class="crp_related crp-rounded-thumbs"><h3>{ttl}</h3><ul>'
                                     + each(lambda i, hd, u, s, d, sec, by: f'<li><a href="{u}" class="crp_link post-'
                                            f'{n % 9000 + i}"><figure>{img(s, 150, 150)}</figure><span class="crp_title'
                                            f'">{hd}</span></a><span class="crp_date">{d}</span></li>')
                                     + '</ul><div class="crp_clear"></div></div>'),
        ("yuzo-related", f'<div class="yuzo_related_post style-1"><div class="yuzo_title"><h4>{ttl}</h4></div><div '
                         'class="yuzo_wraps">'
                         + each(lambda i, hd, u, s, d, sec, by: f'<div class="relatedthumb yuzo-list"><a href="{u}" '
                                f'class="image-list"><div class="yuzo-img-wrap">{img(s, 160, 90)}</div></a><a href="'
                                f'{u}" class="link-list yuzo__title">{hd}</a></div>')
                         + "</div></div>"),
        ("rp4wp", f'<div class="rp4wp-related-posts rp4wp-related-post"><h3>{ttl}</h3><ul class="rp4wp-posts-list">'
                  + each(lambda i, hd, u, s, d, sec, by: f'<li class="rp4wp-col rp4wp-col-first"><div class="rp4wp-'
                         f'related-post-image"><a href="{u}">{img(s, 150, 150)}</a></div><div class="rp4wp-related-'
                         f'post-content"><a href="{u}">{hd}</a></div></li>')
                  + "</ul></div>"),
        # -- CMS lists ------------------------------------------------------------------------------
        ("blox-headline-list", f'<div class="tnt-headline-list card panel"><div class="card-headline"><h3 class="tnt-'
                               f'title"><span class="tnt-section-tag">{ttl}</span></h3></div><ul class="list-unstyled">'
                               + each(lambda i, hd, u, s, d, sec, by: f'<li><article class="tnt-asset-type-article">'
                                      f'<h4 class="tnt-headline"><a href="{u}" class="tnt-asset-link">{hd}</a></h4><sp'
                                      f'an class="tnt-date asset-date">{d}</span></article></li>')
                               + "</ul></div>"),
        ("escenic-teaserlist", f'<section class="teaser-list teaser-list--related" data-ece-widget="list"><h2 class="'
                               f'teaser-list__title">{ttl}</h2>'
                               + each(lambda i, hd, u, s, d, sec, by: f'<article class="teaser teaser--small"><a class='
                                      f'"teaser__link" href="{u}"><span class="teaser__kicker">{sec}</span><span '
                                      f'class="teaser__title">{hd}</span></a><span class="teaser__byline">{by}</span>'
                                      '</article>')
                               + "</section>"),
        ("sitefinity-newslist", f'<div class="sfnewsListWrp"><h2 class="sfnewsListTitle">{ttl}</h2><ul class="sfnews'
                                'List sfnewsListTitleDateSummary">'
                                + each(lambda i, hd, u, s, d, sec, by: f'<li class="sfnewsListItem"><h3 class="sfnews'
                                       f'Title"><a href="{u}">{hd}</a></h3><div class="sfnewsMetaInfo">{d}</div></li>')
                                + "</ul></div>"),
        ("umbraco-related", f'<div class="umb-block-list related-block" data-content-element-type-alias="relatedNews">'
                            f'<h3 class="related-block__heading">{ttl}</h3>'
                            + each(lambda i, hd, u, s, d, sec, by: f'<div class="related-block__item"><a href="{u}">'
                                   f'{hd}</a></div>')
                            + "</div>"),
        ("craft-entries", f'<aside class="entries entries--related"><p class="entries__heading">{ttl}</p><ol class="'
                          'entries__list">'
                          + each(lambda i, hd, u, s, d, sec, by: f'<li class="entries__entry" data-entry-id="{n + i}">'
                                 f'<a href="{u}" class="entries__link">{hd}</a> <span class="entries__cat">{sec}'
                                 '</span></li>')
                          + "</ol></aside>"),
        ("storyblok-grid", f'<div class="grid-blok" data-blok-c="{{&quot;name&quot;:&quot;teaser_grid&quot;}}" data-'
                           f'blok-uid="{n}-teaser_grid"><h2 class="grid-blok__title">{ttl}</h2><div class="grid-blok__'
                           'cols">'
                           + each(lambda i, hd, u, s, d, sec, by: f'<div class="grid-blok__col" data-blok-uid="{n}-'
                                  f'{i}-teaser"><a href="{u}">{img(s)}<span>{hd}</span></a></div>')
                           + "</div></div>"),
        ("jimdo-blog-list", f'<div class="j-module n j-blogSelection"><h2 class="j-blog-headline">{ttl}</h2><div '
                            'class="blogselection">'
                            + each(lambda i, hd, u, s, d, sec, by: f'<div class="j-blogarticle"><div class="j-blog-'
                                   f'meta"><span class="datetime">{d}</span></div><h2 class="j-blog-headline"><a href="'
                                   f'{u}">{hd}</a></h2></div>', few)
                            + "</div></div>"),
        ("wechat-everyone-reads", f'<section class="rich_media_area_extra"><p style="font-weight:bold;text-align:'
                                  f'center;">{ttl}</p>'
                                  + each(lambda i, hd, u, s, d, sec, by: f'<section style="padding:6px 0;border-bottom:'
                                         f'1px solid #eee;"><a href="{u}" data-linktype="2">{hd}</a></section>')
                                  + "</section>"),
        ("web-stories-rail", f'<div class="webstories-rail"><div class="webstories-rail__head"><h2>{ttl}</h2><a href="'
                             f'/web-stories/" class="webstories-rail__all">View All</a></div><div class="webstories-'
                             'rail__track">'
                             + each(lambda i, hd, u, s, d, sec, by: f'<a class="webstory-card" href="{u}"><span class='
                                    f'"webstory-card__poster" style="background-image:url(/ws/{s}.jpg)"></span><span '
                                    f'class="webstory-card__title">{hd}</span></a>')
                             + "</div></div>"),
        ("video-row", f'<section class="video-row"><h3 class="video-row__title">{ttl}</h3><div class="video-row__list">'
                      + each(lambda i, hd, u, s, d, sec, by: f'<a class="video-row__item" href="{u}"><span class="'
                             f'video-row__thumb">{img(s, 240, 135)}<span class="video-row__dur">0{i + 1}:'
                             f'{17 + 7 * i}</span></span><span class="video-row__name">{hd}</span></a>')
                      + "</div></section>"),
        # -- carousels ------------------------------------------------------------------------------
        ("glide-carousel", f'<div class="related-glide glide glide--ltr glide--carousel glide--swipeable"><h3 class="'
                           f'related-glide__title">{ttl}</h3><div class="glide__track" data-glide-el="track"><ul class='
                           '"glide__slides">'
                           + each(lambda i, hd, u, s, d, sec, by: f'<li class="glide__slide'
                                  f'{" glide__slide--active" if i == 0 else ""}"><a href="{u}">{img(s)}<span>{hd}'
                                  '</span></a></li>')
                           + '</ul></div><div class="glide__arrows" data-glide-el="controls"><button class="glide__'
                           'arrow glide__arrow--left" data-glide-dir="&lt;" aria-label="Previous">‹</button><button '
                           'class="glide__arrow glide__arrow--right" data-glide-dir="&gt;" aria-label="Next">›</button>'
                           '</div></div>'),
        ("embla-carousel", f'<section class="embla"><h2 class="embla__heading">{ttl}</h2><div class="embla__viewport">'
                           '<div class="embla__container">'
                           + each(lambda i, hd, u, s, d, sec, by: f'<div class="embla__slide"><a class="embla__slide__'
                                  f'link" href="{u}">{img(s)}<p class="embla__slide__title">{hd}</p></a></div>')
                           + "</div></div></section>"),
        ("keen-slider", f'<div class="keen-wrap"><p class="keen-wrap__title">{ttl}</p><div class="keen-slider" style="'
                        'display:flex;overflow:hidden">'
                        + each(lambda i, hd, u, s, d, sec, by: f'<div class="keen-slider__slide number-slide{i + 1}" '
                               f'style="min-width:280px"><a href="{u}">{hd}</a><span class="keen-date">{d}</span></div'
                               '>')
                        + "</div></div>"),
        ("tiny-slider", f'<div class="tns-outer" id="tns{n % 90}-ow"><div class="tns-title">{ttl}</div><div class="'
                        f'tns-inner" id="tns{n % 90}-iw"><div class="related-slider tns-slider tns-carousel tns-'
                        f'subpixel tns-horizontal" id="tns{n % 90}">'
                        + each(lambda i, hd, u, s, d, sec, by: '<div class="tns-item'
                                                               f'{" tns-slide-active" if i < 2 else ""}"'
                               f' id="tns{n % 90}-item{i}"><a href="{u}">{img(s, 220, 124)}<h4>{hd}</h4></a></div>')
                        + "</div></div></div>"),
        ("glider-track", f'<div class="glider-contain"><h3>{ttl}</h3><div class="glider draggable"><div class="glider-'
                         'track">'
                         + each(lambda i, hd, u, s, d, sec, by: f'<div class="glider-slide{" active" if i == 0 else ""}'
                                f'" data-gslide="{i}"><a href="{u}">{hd}</a></div>')
                         + "</div></div></div>"),
        ("scroll-snap-rail", f'<div class="rail" style="display:grid;grid-auto-flow:column;overflow-x:auto;scroll-'
                             f'snap-type:x mandatory"><h2 class="rail__title" style="grid-column:1/-1">{ttl}</h2>'
                             + each(lambda i, hd, u, s, d, sec, by: f'<a class="rail__card" style="scroll-snap-align:'
                                    f'start" href="{u}"><span class="rail__cat">{sec}</span>{hd}</a>')
                             + "</div>"),
        # -- UI kits --------------------------------------------------------------------------------
        ("carbon-structured-list", f'<div class="cds--structured-list cds--structured-list--condensed"><div class="'
                                   f'cds--structured-list-thead"><div class="cds--structured-list-row cds--structured-'
                                   f'list-row--header-row"><div class="cds--structured-list-th">{ttl}</div></div></div>'
                                   '<div class="cds--structured-list-tbody">'
                                   + each(lambda i, hd, u, s, d, sec, by: f'<div class="cds--structured-list-row"><div '
                                          f'class="cds--structured-list-td"><a class="cds--link" href="{u}">{hd}</a>'
                                          f'</div><div class="cds--structured-list-td">{d}</div></div>')
                                   + "</div></div>"),
        ("element-plus-timeline", f'<div class="rel-timeline"><h4 class="rel-timeline__title">{ttl}</h4><ul class="el-'
                                  'timeline">'
                                  + each(lambda i, hd, u, s, d, sec, by: '<li class="el-timeline-item"><div class="el-'
                                         'timeline-item__tail"></div><div class="el-timeline-item__node el-timeline-'
                                         'item__node--normal"></div><div class="el-timeline-item__wrapper"><div class='
                                         f'"el-timeline-item__content"><a href="{u}">{hd}</a></div><div class="el-'
                                         f'timeline-item__timestamp is-bottom">{d}</div></div></li>')
                                  + "</ul></div>"),
        ("quasar-list", f'<div class="q-list q-list--bordered q-list--separator"><div class="q-item__label q-item__'
                        f'label--header">{ttl}</div>'
                        + each(lambda i, hd, u, s, d, sec, by: f'<a class="q-item q-item-type row no-wrap q-item--'
                               f'clickable q-link cursor-pointer" href="{u}"><div class="q-item__section column q-item'
                               f'__section--main justify-center"><div class="q-item__label">{hd}</div><div class="q-it'
                               f'em__label q-item__label--caption text-caption">{sec}</div></div></a>')
                        + "</div>"),
        ("vant-cell-group", f'<div class="van-cell-group"><div class="van-cell-group__title">{ttl}</div><div class="'
                            'van-cell-group__body">'
                            + each(lambda i, hd, u, s, d, sec, by: f'<a class="van-cell van-cell--clickable" href="'
                                   f'{u}"><div class="van-cell__title"><span>{hd}</span></div><i class="van-badge__'
                                   'wrapper van-icon van-icon-arrow van-cell__right-icon"></i></a>')
                            + "</div></div>"),
        ("layui-timeline", f'<div class="layui-card"><div class="layui-card-header">{ttl}</div><div class="layui-card-'
                           'body"><ul class="layui-timeline">'
                           + each(lambda i, hd, u, s, d, sec, by: '<li class="layui-timeline-item"><i class="'
                                  'layui-icon layui-timeline-axis"></i><div class="layui-timeline-content layui-text">'
                                  f'<h3 class="layui-timeline-title">{d}</h3><p><a href="{u}">{hd}</a></p></div></li>')
                           + "</ul></div></div>"),
        ("weui-media-box", f'<div class="weui-panel weui-panel_access"><div class="weui-panel__hd">{ttl}</div><div '
                           'class="weui-panel__bd">'
                           + each(lambda i, hd, u, s, d, sec, by: f'<a href="{u}" class="weui-media-box weui-media-box_'
                                  f'appmsg"><div class="weui-media-box__hd">{img(s, 60, 60)}</div><div class="weui-'
                                  f'media-box__bd"><strong class="weui-media-box__title">{hd}</strong><p class="weui-'
                                  f'media-box__desc">{by}</p></div></a>')
                           + "</div></div>"),
        ("arco-list", f'<div class="arco-list arco-list-small arco-list-split"><div class="arco-list-header">{ttl}'
                      '</div><div class="arco-list-content">'
                      + each(lambda i, hd, u, s, d, sec, by: f'<div class="arco-list-item"><div class="arco-list-item-'
                             f'main"><a class="arco-link" href="{u}">{hd}</a></div><div class="arco-list-item-extra">'
                             f'{sec}</div></div>')
                      + "</div></div>"),
        ("patternfly-data-list", f'<div class="related-pf"><h3 class="pf-v5-c-title pf-m-md">{ttl}</h3><ul class="pf-'
                                 f'v5-c-data-list pf-m-compact" role="list" aria-label="{at}">'
                                 + each(lambda i, hd, u, s, d, sec, by: '<li class="pf-v5-c-data-list__item"><div '
                                        'class="pf-v5-c-data-list__item-row"><div class="pf-v5-c-data-list__item-'
                                        'content"><div class="pf-v5-c-data-list__cell"><a href="'
                                        f'{u}">{hd}</a></div></div></div></li>')
                                 + "</ul></div>"),
        ("primer-box-rows", f'<div class="Box"><div class="Box-header"><h3 class="Box-title">{ttl}</h3></div>'
                            + each(lambda i, hd, u, s, d, sec, by: f'<div class="Box-row d-flex flex-items-center"><a '
                                   f'class="Link--primary flex-auto" href="{u}">{hd}</a><span class="color-fg-muted f6'
                                   f'">{d}</span></div>')
                            + "</div>"),
        ("blueprint-menu", f'<ul class="bp5-menu bp5-elevation-1"><li class="bp5-menu-header"><h6 class="bp5-heading">'
                           f'{ttl}</h6></li>'
                           + each(lambda i, hd, u, s, d, sec, by: f'<li><a class="bp5-menu-item" href="{u}"><div class='
                                  f'"bp5-text-overflow-ellipsis bp5-fill">{hd}</div></a></li>')
                           + "</ul>"),
        ("materialize-collection", f'<ul class="collection with-header"><li class="collection-header"><h4>{ttl}</h4>'
                                   '</li>'
                                   + each(lambda i, hd, u, s, d, sec, by: f'<a href="{u}" class="collection-item">{hd}'
                                          f'<span class="badge">{sec}</span></a>')
                                   + "</ul>"),
        ("spectre-tiles", f'<div class="rel-spectre"><h5 class="text-bold">{ttl}</h5>'
                          + each(lambda i, hd, u, s, d, sec, by: f'<div class="tile tile-centered"><div class="tile-'
                                 f'content"><div class="tile-title"><a href="{u}">{hd}</a></div><small class="tile-'
                                 f'subtitle text-gray">{d}</small></div></div>')
                          + "</div>"),
        # -- front-end stacks -----------------------------------------------------------------------
        ("knockout-foreach", f'<div class="most-read-ko"><h3 data-bind="text: title">{ttl}</h3><ol data-bind="foreach:'
                             ' stories">'
                             + each(lambda i, hd, u, s, d, sec, by: f'<li><a data-bind="attr: {{ href: url }}, text: '
                                    f'headline" href="{u}">{hd}</a></li>')
                             + "</ol></div>"),
        ("angularjs-repeat", f'<div class="related ng-scope" ng-controller="RelatedCtrl"><h4 class="ng-binding">{ttl}'
                             '</h4><ul>'
                             + each(lambda i, hd, u, s, d, sec, by: f'<li ng-repeat="s in related track by s.id" class='
                                    f'"ng-scope"><a ng-href="{{{{s.url}}}}" href="{u}" class="ng-binding">{hd}</a></li'
                                    '>')
                             + "</ul></div>"),
        ("fresh-island-list", f'<div class="rel-island"><!--frsh-relatedlist_default:0--><h3>{ttl}</h3><ul>'
                              + each(lambda i, hd, u, s, d, sec, by: f'<li><a href="{u}" f-client-nav>{hd}</a></li>')
                              + "</ul><!--/frsh-relatedlist_default:0--></div>"),
        ("marko-list", f'<section data-marko-key="@box r{n % 80}" class="MoreBox"><h2>{ttl}</h2>'
                       + each(lambda i, hd, u, s, d, sec, by: f'<p data-marko-key="@item[{i}] r{n % 80}"><a href="{u}">'
                              f'{hd}</a></p>')
                       + "</section>"),
        ("panda-css-list", f'<aside class="bdr_md bd_1px_solid bd-c_gray.200 p_4"><h3 class="fs_lg fw_bold mb_2">{ttl}'
                           '</h3><ul class="d_flex flex-d_column gap_2">'
                           + each(lambda i, hd, u, s, d, sec, by: f'<li><a class="c_blue.700 hover:td_underline" href="'
                                  f'{u}">{hd}</a></li>')
                           + "</ul></aside>"),
        ("styled-components-cards", f'<div class="sc-{c1[:5]} {c2}"><h2 class="sc-{c2[:5]} {c1}">{ttl}</h2>'
                                    + each(lambda i, hd, u, s, d, sec, by: f'<a class="sc-{c1[1:6]} {c2[::-1]}" href="'
                                           f'{u}">{img(s, 160, 90)}<span class="sc-{c2[1:6]} {c1[::-1]}">{hd}</span>'
                                           '</a>')
                                    + "</div>"),
        # -- plain ----------------------------------------------------------------------------------
        ("ranked-data", f'<div class="top-list"><h3>{ttl}</h3><ol class="top-list__ol">'
                        + each(lambda i, hd, u, s, d, sec, by: f'<li><data value="{i + 1}" class="top-list__rank">'
                               f'{i + 1}</data> <a href="{u}">{hd}</a></li>')
                        + "</ol></div>"),
        ("ol-reversed", f'<section><h4>{ttl}</h4><ol reversed>'
                        + each(lambda i, hd, u, s, d, sec, by: f'<li><a href="{u}">{hd}</a></li>')
                        + "</ol></section>"),
        ("two-column-table", f'<table class="newsbox" width="100%" border="0"><thead><tr><th colspan="2" align="left">'
                             f'{ttl}</th></tr></thead><tbody>'
                             + each(lambda i, hd, u, s, d, sec, by: f'<tr><td class="newsbox__date" nowrap>{d}</td><td>'
                                    f'<a href="{u}">{hd}</a></td></tr>')
                             + "</tbody></table>"),
        ("dl-by-section", f'<div class="by-section"><p class="by-section__title">{ttl}</p><dl>'
                          + each(lambda i, hd, u, s, d, sec, by: f'<dt>{sec}</dt><dd><a href="{u}">{hd}</a></dd>')
                          + "</dl></div>"),
        ("section-articles", f'<section class="more-coverage" aria-label="{at}"><h2>{ttl}</h2>'
                             + each(lambda i, hd, u, s, d, sec, by: f'<article><h3><a href="{u}">{hd}</a></h3><p>{by}'
                                    f'</p></article>', few)
                             + "</section>"),
        ("headings-only", f'<div><h3>{ttl}</h3>'
                          + each(lambda i, hd, u, s, d, sec, by: f'<h4><a href="{u}">{hd}</a></h4>')
                          + "</div>"),
    ]  # fmt: skip
