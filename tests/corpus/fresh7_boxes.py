"""Story boxes of the seventh blind family (tests/corpus/fresh7.py): a title over several story links.

Newsroom templates (local TV newscast rails with running times, podcasts' recent-episode lists, SNO student
sites' story grids, Quintype collections, Vox Chorus rock lists, trade-press brief lists, hyperlocal
newsletters' bullet lists), the lists of Discourse (suggested topics), MkDocs Material, Eleventy, Hexo,
Pelican, Wagtail, Concrete CMS and Forem; Swiffy Slider, Blaze Slider, egjs Flicking, bxSlider and
lightSlider carousels; Tabler, Framework7, Ark UI tabs, W3.CSS and MDB lists; ASP.NET DataList, PrimeFaces
DataList, Marionette collection views, Polymer's dom-repeat and Riot loops; Atomizer, Griffel, Compiled,
Tamagui and JSS class names.
"""

from __future__ import annotations

from .blind import attr, text
from .fresh7_words import SECTIONS, SOURCES, coin, hexid, minutes, num, pick

_t, _a = text, attr


def box_shapes(title: str, links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    ttl = _t(title)
    links = list(links) or [("", "/")]
    key = (title, *(u for _h, u in links))
    bid = hexid(*key)
    n = num(*key, digits=4)
    rows = [(i, _t(h), _a(u), hexid(u, str(i))) for i, (h, u) in enumerate(links)]
    sec = [_t(pick(SECTIONS, u, "sec")) for _h, u in links]
    src = [_t(pick(SOURCES, u, "src")) for _h, u in links]
    dur = [minutes(u, "dur") for _h, u in links]
    numbered = coin(*key)

    def each(fmt) -> str:
        return "".join(fmt(i, h, u, x) for i, h, u, x in rows)

    def thumb(x: str, w: int = 160) -> str:
        return f'<img src="/media/thumbs/{x}-{w}.jpg" alt="" width="{w}" height="{w * 9 // 16}" loading="lazy">'

    return [
        # -- newsroom templates ---------------------------------------------------------------------------
        ("local-tv-newscasts", f'<div class="video-rail"><h2 class="video-rail__title">{ttl}</h2><ul class="video-rail'
                               '__list">' + each(lambda i, h, u, x: f'<li class="video-rail__item"><a href="{u}">'
                               f'{thumb(x)}<span class="video-rail__dur">{dur[i]}</span><span class="video-rail__hl">'
                               f'{h}</span></a></li>') + '</ul></div>'),
        ("podcast-episodes", f'<section class="episode-list"><h3 class="episode-list__title">{ttl}</h3>'
                             + each(lambda i, h, u, x: f'<div class="episode-list__row"><span class="episode-list__no">'
                             f'Ep. {n % 200 + 40 - i}</span> <a href="{u}">{h}</a> <span class="episode-list__len">'
                             f'{dur[i]}</span></div>') + '</section>'),
        ("sno-story-grid", f'<div class="sno-widget sno-story-grid"><div class="sno-widget-title"><h2>{ttl}</h2></div>'
                           + each(lambda i, h, u, x: f'<div class="sno-story-grid-item"><a href="{u}">{thumb(x, 240)}'
                           f'</a><h3 class="sno-story-grid-headline"><a href="{u}">{h}</a></h3></div>') + '</div>'),
        ("quintype-collection", f'<div class="collection-container"><h2 class="collection-name">{ttl}</h2><div class'
                                '="collection-stories">' + each(lambda i, h, u, x: f'<div class="story-card"><a class'
                                f'="story-card-link" href="{u}"><span class="story-card-section">{sec[i]}</span><h3 '
                                f'class="story-card-headline">{h}</h3></a></div>') + '</div></div>'),
        ("chorus-rock-list", f'<div class="c-rock-list"><h2 class="c-rock-list__title">{ttl}</h2><ul class="c-rock-'
                             'list__items">' + each(lambda i, h, u, x: f'<li class="c-rock-list__item"><h3 class="c-'
                             f'rock-list__headline"><a href="{u}">{h}</a></h3></li>') + '</ul></div>'),
        ("trade-briefs", f'<aside class="brief-list"><div class="brief-list__head">{ttl}</div>'
                         + each(lambda i, h, u, x: f'<div class="brief-list__item"><span class="brief-list__sec">'
                         f'{sec[i]}</span><a class="brief-list__hl" href="{u}">{h}</a><span class="brief-list__src">'
                         f'{src[i]}</span></div>') + '</aside>'),
        ("hyperlocal-bullets", f'<div class="nl-section"><p class="nl-section__hed"><strong>{ttl}</strong></p><ul '
                               'class="nl-section__list">' + each(lambda i, h, u, x: f'<li>📍 <a href="{u}">{h}</a>'
                               '</li>') + '</ul></div>'),
        # -- CMSs, static sites, forums ---------------------------------------------------------------------
        ("discourse-suggested", f'<div class="suggested-topics"><h3 class="suggested-topics-title">{ttl}</h3><table '
                                'class="topic-list"><tbody>' + each(lambda i, h, u, x: f'<tr class="topic-list-item">'
                                f'<td class="main-link"><a class="title raw-link raw-topic-link" href="{u}">{h}</a>'
                                f'</td><td class="num posts">{n % 40 + i}</td></tr>') + '</tbody></table></div>'),
        ("mkdocs-nav", f'<nav class="md-nav md-nav--secondary" aria-label="{_a(title)}"><label class="md-nav__title">'
                       f'{ttl}</label><ul class="md-nav__list">' + each(lambda i, h, u, x: '<li class="md-nav__item">'
                       f'<a class="md-nav__link" href="{u}">{h}</a></li>') + '</ul></nav>'),
        ("eleventy-postlist", f'<section class="more-posts"><h2>{ttl}</h2><ol reversed class="postlist">'
                              + each(lambda i, h, u, x: f'<li class="postlist-item"><a href="{u}" class="postlist-'
                              f'link">{h}</a> <time class="postlist-date" datetime="2024-04-{12 - i:02d}">Apr '
                              f'{12 - i}</time></li>') + '</ol></section>'),
        ("hexo-widget", f'<div class="widget-wrap"><h3 class="widget-title">{ttl}</h3><div class="widget"><ul>'
                        + each(lambda i, h, u, x: f'<li><a href="{u}">{h}</a></li>') + '</ul></div></div>'),
        ("pelican-posts", f'<section class="body more-articles"><h1>{ttl}</h1><ol id="posts-list" class="hfeed">'
                          + each(lambda i, h, u, x: f'<li><article class="hentry"><header><h2 class="entry-title"><a '
                          f'href="{u}" rel="bookmark">{h}</a></h2></header></article></li>') + '</ol></section>'),
        ("wagtail-related", f'<div class="block-related_pages"><div class="related-pages"><h2 class="related-pages__'
                            f'heading">{ttl}</h2>' + each(lambda i, h, u, x: f'<a class="related-pages__link" href="'
                            f'{u}">{h}</a>') + '</div></div>'),
        ("concrete-page-list", f'<div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>'
                               f'{ttl}</h5></div><div class="ccm-block-page-list-pages">'
                               + each(lambda i, h, u, x: '<div class="ccm-block-page-list-page-entry"><div class="ccm-'
                               f'block-page-list-title"><a href="{u}" target="_self">{h}</a></div></div>')
                               + '</div></div>'),
        ("forem-card", f'<section class="crayons-card crayons-card--secondary"><header class="crayons-card__header"><h3'
                       f' class="crayons-subtitle-1">{ttl}</h3></header><div>' + each(lambda i, h, u, x: '<div class="'
                       f'crayons-link crayons-link--contentful"><a href="{u}">{h}</a><div class="crayons-tag '
                       f'crayons-tag--monochrome">#{sec[i]}</div></div>') + '</div></section>'),
        # -- carousels --------------------------------------------------------------------------------
        ("swiffy-slider", f'<div class="swiffy-box"><h3 class="swiffy-box__title">{ttl}</h3><div class="swiffy-slider '
                          'slider-item-show3 slider-nav-round"><ul class="slider-container">'
                          + each(lambda i, h, u, x: f'<li><a href="{u}">{thumb(x)}<span>{h}</span></a></li>')
                          + '</ul><button type="button" class="slider-nav" aria-label="Go left"></button><button '
                          'type="button" class="slider-nav slider-nav-next" aria-label="Go right"></button></div>'
                          '</div>'),
        ("blaze-slider", f'<div class="blaze-box"><h3>{ttl}</h3><div class="blaze-slider"><div class="blaze-container">'
                         '<div class="blaze-track-container"><div class="blaze-track">'
                         + each(lambda i, h, u, x: f'<div class="blaze-slide"><a href="{u}">{h}</a></div>')
                         + '</div></div></div></div></div>'),
        ("egjs-flicking", f'<div class="flick-box"><strong class="flick-box__title">{ttl}</strong><div class="flicking-'
                          'viewport"><div class="flicking-camera">' + each(lambda i, h, u, x: '<div class="flicking-'
                          f'panel card-panel"><a href="{u}">{thumb(x, 200)}<p class="card-panel__tit">{h}</p></a>'
                          '</div>') + '</div></div></div>'),
        ("bxslider", f'<div class="bx-box"><h4 class="bx-box__title">{ttl}</h4><div class="bx-wrapper"><div class="bx-'
                     'viewport" style="height:210px"><ul class="bxslider">' + each(lambda i, h, u, x: '<li style="'
                     f'float:left;width:300px"><a href="{u}">{h}</a></li>') + '</ul></div><div class="bx-controls">'
                     '</div></div></div>'),
        ("lightslider", f'<div class="ls-box"><div class="ls-box__title">{ttl}</div><div class="lSSlideOuter"><div '
                        'class="lSSlideWrapper usingCss"><ul class="lightSlider lsGrab lSSlide">'
                        + each(lambda i, h, u, x: f'<li class="lslide"><a href="{u}">{thumb(x, 180)}<b>{h}</b></a>'
                        '</li>') + '</ul></div></div></div>'),
        # -- kits -------------------------------------------------------------------------------------
        ("tabler-list-group", f'<div class="card"><div class="card-header"><h3 class="card-title">{ttl}</h3></div>'
                              '<div class="list-group list-group-flush list-group-hoverable">'
                              + each(lambda i, h, u, x: '<div class="list-group-item"><div class="row align-items-'
                              f'center"><div class="col text-truncate"><a href="{u}" class="text-reset d-block">{h}'
                              f'</a><div class="d-block text-secondary text-truncate mt-n1">{src[i]}</div></div></div>'
                              '</div>') + '</div></div>'),
        ("framework7-list", f'<div class="f7-related"><div class="block-title">{ttl}</div><div class="list media-list">'
                            '<ul>' + each(lambda i, h, u, x: f'<li><a href="{u}" class="item-link item-content"><div '
                            f'class="item-inner"><div class="item-title">{h}</div></div></a></li>')
                            + '</ul></div></div>'),
        ("ark-tabs", f'<div data-scope="tabs" data-part="root" data-orientation="horizontal" class="tabs-box"><div '
                     f'data-scope="tabs" data-part="list" role="tablist"><button data-scope="tabs" data-part="trigger"'
                     f' role="tab" aria-selected="true" id="tabs:{bid}:trigger-0">{ttl}</button></div><div data-'
                     f'scope="tabs" data-part="content" role="tabpanel" aria-labelledby="tabs:{bid}:trigger-0"><ol>'
                     + each(lambda i, h, u, x: f'<li><a href="{u}">{h}</a></li>') + '</ol></div></div>'),
        ("w3css-ul", f'<div class="w3-card-2 w3-margin-top"><header class="w3-container w3-light-grey"><h4>{ttl}</h4>'
                     '</header><ul class="w3-ul w3-hoverable">' + each(lambda i, h, u, x: f'<li><a href="{u}" class="'
                     f'w3-text-dark-grey">{h}</a></li>') + '</ul></div>'),
        ("mdb-list", f'<div class="mdb-related"><h5 class="fw-bold mb-3">{ttl}</h5><ul class="list-group list-group-'
                     'light">' + each(lambda i, h, u, x: '<li class="list-group-item px-0"><a href="'
                     f'{u}" class="ripple" data-mdb-ripple-init>{h}</a></li>') + '</ul></div>'),
        # -- stacks -----------------------------------------------------------------------------------
        ("aspnet-datalist", f'<div class="relatedBox"><span id="ctl00_MainContent_lblRelatedTitle" class="relatedBox'
                            f'Title">{ttl}</span><table id="ctl00_MainContent_dlRelated" cellspacing="0" style="'
                            'border-collapse:collapse;"><tbody>' + each(lambda i, h, u, x: f'<tr><td><a id="ctl00_'
                            f'MainContent_dlRelated_ctl0{i}_hlTitle" href="{u}">{h}</a></td></tr>')
                            + '</tbody></table></div>'),
        ("primefaces-datalist", f'<div id="j_idt{n}" class="ui-datalist ui-widget"><div class="ui-datalist-header ui-'
                                f'widget-header ui-corner-top">{ttl}</div><div class="ui-datalist-content ui-widget-'
                                'content"><ul class="ui-datalist-data">' + each(lambda i, h, u, x: '<li class="ui-'
                                f'datalist-item"><a href="{u}" class="ui-link ui-widget">{h}</a></li>')
                                + '</ul></div></div>'),
        ("marionette-collection", f'<div data-region="related" class="js-related"><h3 class="related-view__title">{ttl}'
                                  '</h3><ul class="related-collection">' + each(lambda i, h, u, x: '<li class="related-'
                                  f'item-view" data-cid="view{n + i}"><a href="{u}">{h}</a></li>') + '</ul></div>'),
        ("polymer-repeat", f'<div class="style-scope news-more-list"><h3 class="style-scope news-more-list">{ttl}</h3>'
                           + each(lambda i, h, u, x: f'<a class="style-scope news-more-list item" href="{u}">{h}</a>')
                           + '<dom-repeat class="style-scope news-more-list" style="display: none;"></dom-repeat>'
                           '</div>'),
        ("riot-each", f'<div data-is="more-stories" class="more-stories-tag"><h4 ref="title">{ttl}</h4><ul>'
                      + each(lambda i, h, u, x: f'<li each="{{story in stories}}"><a href="{u}">{h}</a></li>')
                      + '</ul></div>'),
        # -- naming schemes ---------------------------------------------------------------------------
        ("atomizer-stream", f'<div class="Bgc(#fff) Bdrs(8px) P(16px) My(20px)"><h3 class="Fz(18px) Fw(800) Mb(10px)">'
                            f'{ttl}</h3><ul class="M(0) P(0) List(n)">' + each(lambda i, h, u, x: '<li class="Py(8px) '
                            f'Bdb Bdc($c-fuji-grey-c)"><a class="C(#000) Fw(b) Td(n)" href="{u}">{h}</a> <span class="'
                            f'Fz(12px) C($c-fuji-grey-h)">{src[i]}</span></li>') + '</ul></div>'),
        ("griffel", f'<div class="fui-Card ___1k2lj5o f1u8nyg f10pi13n"><div class="fui-CardHeader ___zkncyx0"><span '
                    f'class="fui-Subtitle2 ___1h4v4qz">{ttl}</span></div>' + each(lambda i, h, u, x: '<a class="fui-'
                    f'Link ___1rxvrpe f2hkw1w" href="{u}">{h}</a>') + '</div>'),
        ("compiled", f'<div class="_1e0c1txw _2lx21bp4 _1bah1yb4"><h3 class="_11c8wadc _1wyb1ul8">{ttl}</h3>'
                     + each(lambda i, h, u, x: f'<a class="_4bfu1r31 _1hmsglyw _ajmmnqa1" href="{u}">{h}</a>')
                     + '</div>'),
        ("tamagui", f'<div class="is_YStack _dsp-flex _fd-column _gap-t-space-2"><span class="is_H4 _fow-700">{ttl}'
                    '</span>' + each(lambda i, h, u, x: '<a class="is_Anchor _col-color12 _textDecorationLine-none" '
                    f'href="{u}" role="link">{h}</a>') + '</div>'),
        ("jss-list", f'<div class="jss{n % 300 + 200}"><h2 class="jss{n % 300 + 201}">{ttl}</h2><ul class="jss'
                     f'{n % 300 + 202}">' + each(lambda i, h, u, x: f'<li class="jss{n % 300 + 203}"><a href="{u}">'
                     + (f'<span class="jss{n % 300 + 204}">{i + 1}</span> ' if numbered else '') + f'{h}</a></li>')
                     + '</ul></div>'),
    ]  # fmt: skip
