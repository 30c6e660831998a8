"""One-link teasers of the sixth blind family (tests/corpus/fresh6.py), written blind like the rest of it.

A label and one story link as editors, themes and embeds leave them: Japanese WordPress themes' blog cards
(Cocoon, SWELL, AFFINGER, JIN), Ameba and Zhihu link cards, a WeChat article's "past picks" line, Duda,
Builder.io, Prismic, Contentstack, Sitefinity, Kentico, TownNews BLOX and Escenic inline relations, the
way Colombian, Chilean and Indian portals print "read also" paragraphs; as front-end stacks render them
(Knockout, AngularJS, Marko, Stencil, Aurelia, Unpoly, Intercooler, elm-ui) and UI kits style them
(Carbon, Spectrum, Primer, Element Plus, Materialize, Layui, WeUI, Tachyons, UnoCSS); and plain ones: a
lone headline paragraph, a label inside the link, <h5>, <nav>, <q>, <article> with a <header>, a
right-to-left paragraph, a paragraph with a pipe, a byline and a time.
"""

from __future__ import annotations

import re

from .blind import attr, text
from .fresh6_words import BYLINES, SECTIONS, b62, coin, date, hexid, num, pick

_t, _a = text, attr


def _slug(href: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", href.lower()).strip("-")[-36:] or "story"


def _host(href: str) -> str:
    return href.split("/")[2] if "//" in href else "www.example.com"


def single_shapes(label: str, links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A label and links[0] (a few shapes carry the headline alone, as some sites print them)."""
    lab = _t(label)
    links = list(links) or [("", "/")]
    h0, u0, a0, s0 = _t(links[0][0]), _a(links[0][1]), _a(links[0][0]), _slug(links[0][1])
    host = _a(_host(links[0][1]))
    key = (label, links[0][1])
    h = hexid(*key)
    n = num(*key, digits=6)
    sec = _t(pick(SECTIONS, *key))
    by = _t(pick(BYLINES, *key))
    when = _t(date(n % 3, n))
    img = f"/wp-content/uploads/2024/03/{s0}-320x180.jpg"
    arrow = pick(["»", "→", "▸", "⇒", "☞", "◆"], *key)
    bold = coin(*key)  # some editors bold the headline too
    hb = f"<strong>{h0}</strong>" if bold else h0
    return [
        # -- Japanese and Chinese blog and platform cards -------------------------------------------
        ("cocoon-blogcard", f'<div class="blogcard-block"><p class="blogcard-label">{lab}</p><a href="{u0}" title="'
                            f'{a0}" class="blogcard-wrap internal-blogcard-wrap a-wrap cf"><div class="blogcard '
                            'internal-blogcard ib-left cf"><figure class="blogcard-thumbnail internal-blogcard-'
                            f'thumbnail"><img src="{img}" alt="" class="blogcard-thumb-image" width="160" height="90">'
                            f'</figure><div class="blogcard-content internal-blogcard-content"><div class="blogcard-'
                            f'title internal-blogcard-title">{h0}</div></div></div></a></div>'),
        ("swell-blogcard", f'<div class="p-blogCard -internal" data-type="type1" data-onclick="clickLink"><div class="'
                           f'p-blogCard__caption">{lab}</div><div class="p-blogCard__inner"><span class="p-blogCard__'
                           f'caption">{host}</span><div class="p-blogCard__thumb c-postThumb"><figure class="c-post'
                           f'Thumb__figure"><img src="{img}" alt="" class="c-postThumb__img" width="320" height="180">'
                           f'</figure></div><div class="p-blogCard__body"><a class="p-blogCard__title" href="{u0}">'
                           f'{h0}</a></div></div></div>'),
        ("affinger-cardbox", f'<div class="st-cardbox"><div class="st-cardbox-label"><span class="st-cardbox-label-'
                             f'text">{lab}</span></div><div class="clearfix kanren st-cardbox-t"><dl class="clearfix">'
                             f'<dt><a href="{u0}"><img src="{img}" alt="" width="100" height="100"></a></dt><dd><h5 '
                             f'class="st-cardbox-t"><a href="{u0}" class="st-cardbox-link">{h0}</a></h5></dd></dl>'
                             '</div></div>'),
        ("jin-kanren", f'<div class="jin-flexbox kanren-box"><span class="kanren-box__tag">{lab}</span><div class="'
                       f'kanren-box__item"><a href="{u0}" class="kanren-box__link"><span class="kanren-box__ttl">{h0}'
                       f'</span><span class="kanren-box__date">{when}</span></a></div></div>'),
        ("ameba-ogp-card", f'<div class="ogpCard_root"><p class="ogpCard_lead">{lab}</p><article class="ogpCard_wrap" '
                           f'contenteditable="false" style="display:inline-block;max-width:100%"><a class="ogpCard_'
                           f'link" data-ogp-card-log="" href="{u0}" rel="noopener noreferrer" target="_blank"><span '
                           f'class="ogpCard_content"><span class="ogpCard_title">{h0}</span><span class="ogpCard_url">'
                           f'{host}</span></span></a></article></div>'),
        ("zhihu-linkcard", f'<p class="ztext-lead"><span class="ztext-lead__label">{lab}</span><a target="_blank" href'
                           f'="{u0}" data-draft-node="block" data-draft-type="link-card" class="LinkCard new"><span '
                           f'class="LinkCard-contents"><span class="LinkCard-title two-line">{h0}</span><span class="'
                           f'LinkCard-desc">{host}</span></span></a></p>'),
        ("wechat-section", f'<section data-role="paragraph" style="margin:16px 0;"><p style="font-size:15px;color:#576b'
                           f'95;"><span style="font-weight:bold;">{lab}</span></p><p style="font-size:15px;"><a target'
                           f'="_blank" href="{u0}" textvalue="{a0}" data-itemshowtype="0" linktype="text" data-linktyp'
                           f'e="2">{h0}</a></p></section>'),
        # -- site builders and headless CMSs --------------------------------------------------------
        ("duda-paragraph", f'<div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="'
                           f'{h[:7]}"><p class="text-align-left m-size-14"><span style="font-weight:700;">{lab}</span> '
                           f'<a href="{u0}" runtime_url="{u0}" type="url">{h0}</a></p></div>'),
        ("builder-block", f'<div class="builder-block builder-{h}" builder-id="builder-{h}"><div class="builder-text">'
                          f'<p><em>{lab}</em> <a href="{u0}">{h0}</a></p></div></div>'),
        ("prismic-slice", f'<section data-slice-type="related_link" data-slice-variation="default" class="slice-'
                          f'related"><p class="slice-related__label">{lab}</p><a class="slice-related__link" href="'
                          f'{u0}">{h0}</a></section>'),
        ("contentstack-cslp", f'<div class="embedded-entry inline-related" data-cslp="article.blt{h}.en-us.related_'
                              f'link" data-sys-entry-uid="blt{h}"><span data-cslp="article.blt{h}.en-us.related_link.'
                              f'label">{lab}</span> <a href="{u0}">{h0}</a></div>'),
        ("sitefinity-content-block", f'<div class="sfContentBlock sf-Long-text"><p><span class="related-label">{lab}'
                                     f'</span>&nbsp;<a href="{u0}" sfref="[Telerik.Sitefinity.News.Model.NewsItem]'
                                     f'{h}">{h0}</a></p></div>'),
        ("kentico-widget", f'<div class="kentico-widget widget-related" data-kentico-widget-type="RelatedLink"><span '
                           f'class="widget-related__caption">{lab}</span><a href="{u0}" class="widget-related__a">{h0}'
                           '</a></div>'),
        # -- news CMSs ------------------------------------------------------------------------------
        ("blox-inline-related", f'<div class="tnt-inline-relcontent tnt-inline-article"><span class="tnt-inline-label">'
                                f'{lab}</span> <a href="{u0}" class="tnt-asset-link" aria-label="{a0}">{h0}</a></div>'),
        ("escenic-relation", f'<div class="relation relation--inline" data-relation-type="relatedStory"><p class="'
                             f'relation__label">{lab}</p><h4 class="relation__title"><a href="{u0}">{h0}</a></h4>'
                             f'<p class="relation__meta">{by} · {when}</p></div>'),
        ("font-secondary-p", f'<p class="font--secondary"><b>{lab}</b> <a href="{u0}">{hb}</a></p>'),
        ("indian-pipe-bold", f'<p><strong>{lab}</strong> <a href="{u0}" target="_blank" rel="noopener">{hb}</a> | '
                             f'<a href="/{_a(sec.lower())}/">{sec}</a></p>'),
        # -- front-end stacks -----------------------------------------------------------------------
        ("knockout-text", f'<p class="related" data-bind="visible: related"><span data-bind="text: label">{lab}</span> '
                          f'<a data-bind="attr: {{ href: url }}, text: title" href="{u0}">{h0}</a></p>'),
        ("angularjs-href", f'<div class="inline-rel ng-scope" ng-if="::story.related"><span class="ng-binding">{lab}'
                           f'</span> <a ng-href="{u0}" href="{u0}" class="ng-binding">{h0}</a></div>'),
        ("marko-component", f'<div data-marko-key="@rel s{n % 90}" class="RelLine"><span data-marko-key="@lbl s'
                            f'{n % 90}">{lab}</span> <a data-marko-key="@a s{n % 90}" href="{u0}">{h0}</a></div>'),
        ("stencil-related", f'<inline-related class="hydrated" s-id="{n % 50}"><!--r.{n % 50}--><span c-id="{n % 50}.0'
                            f'.0.0" class="label">{lab}</span><a c-id="{n % 50}.1.0.1" href="{u0}">{h0}</a>'
                            '</inline-related>'),
        ("aurelia-route", f'<p class="au-target" au-target-id="{n % 90}"><b>{lab}</b> <a route-href="route: story; '
                          f'params.bind: {{ id: s.id }}" class="au-target" au-target-id="{n % 90 + 1}" href="{u0}">{h0}'
                          '</a></p>'),
        ("unpoly-follow", f'<div class="rel-up"><span class="rel-up__lbl">{lab}</span> <a href="{u0}" up-follow '
                          f'up-instant up-preload up-target=".story">{h0}</a></div>'),
        ("intercooler-link", f'<p class="ic-related"><em>{lab}</em> <a href="{u0}" ic-get-from="{u0}" ic-target="#'
                             f'main" ic-push-url="true">{h0}</a></p>'),
        ("elm-ui-link", f'<div class="s r wf ccy spacing-8-8"><div class="s t wc ccy fs{n % 7 + 12}">{lab}</div><a '
                        f'class="s lnk wc ccy" href="{u0}"><div class="s t wc">{h0}</div></a></div>'),
        # -- UI kits --------------------------------------------------------------------------------
        ("carbon-clickable-tile", f'<a class="cds--tile cds--tile--clickable rel-tile" href="{u0}"><span class="cds--'
                                  f'label">{lab}</span><span class="cds--type-productive-heading-02">{h0}</span></a>'),
        ("spectrum-link", f'<div class="rel-sp"><sp-detail size="s">{lab}</sp-detail> <a class="spectrum-Link '
                          f'spectrum-Link--quiet" href="{u0}">{h0}</a></div>'),
        ("primer-flash", f'<div class="flash flash-full mb-3"><span class="text-bold">{lab}</span> <a class="Link--'
                         f'primary" href="{u0}">{h0}</a></div>'),
        ("element-plus-link", f'<div class="rel-el"><span class="el-tag el-tag--info el-tag--small el-tag--light"><span'
                              f' class="el-tag__content">{lab}</span></span> <a class="el-link el-link--primary is-'
                              f'underline" href="{u0}"><span class="el-link__inner">{h0}</span></a></div>'),
        ("materialize-chip", f'<p><span class="chip">{lab}</span><a class="teal-text text-darken-2" href="{u0}">{h0}'
                             '</a></p>'),
        ("layui-quote", f'<blockquote class="layui-elem-quote layui-quote-nm"><span class="layui-badge layui-bg-gray">'
                        f'{lab}</span> <a href="{u0}" class="layui-font-blue">{h0}</a></blockquote>'),
        ("weui-cell-access", f'<a class="weui-cell weui-cell_access" href="{u0}"><span class="weui-cell__hd">{lab}'
                             f'</span><span class="weui-cell__bd">{h0}</span><span class="weui-cell__ft"></span></a>'),
        ("tachyons-link", f'<p class="f5 lh-copy bl bw2 b--dark-blue pl3"><span class="b dark-blue">{lab}</span> <a '
                          f'class="link dim navy underline-hover" href="{u0}">{h0}</a></p>'),
        ("unocss-link", f'<p border="l-4 amber-500" p="l-3" my-6><span font-bold text-amber-700>{lab}</span> <a '
                        f'text-blue-700 underline href="{u0}">{h0}</a></p>'),
        # -- plain ----------------------------------------------------------------------------------
        ("lone-headline", f'<p><a href="{u0}"><strong>{h0}</strong></a></p>'),
        ("lone-headline-arrow", f'<p class="{b62(*key)[:5]}">{arrow} <a href="{u0}">{h0}</a></p>'),
        ("label-in-link", f'<p><a href="{u0}" class="inline-more">{lab} {h0}</a></p>'),
        ("h5-label-link", f"<h5>{lab} <a href=\"{u0}\">{h0}</a></h5>"),
        ("nav-single", f'<nav aria-label="{_a(label)}" class="story-next"><span>{lab}</span> <a href="{u0}">{h0}</a>'
                       '</nav>'),
        ("q-quoted", f'<p class="see-too">{lab} <q><a href="{u0}">{h0}</a></q></p>'),
        ("article-header", f'<article class="mini-teaser"><header><span class="mini-teaser__kicker">{lab}</span> '
                           f'<span class="mini-teaser__section">{sec}</span></header><h4><a href="{u0}">{h0}</a></h4>'
                           f'<footer><time>{when}</time></footer></article>'),
        ("rtl-paragraph", f'<p dir="rtl" style="text-align:right"><b>{lab}</b> <a href="{u0}">{h0}</a></p>'),
        ("byline-time", f'<div class="also"><p class="also__lbl">{lab}</p><p class="also__hed"><a href="{u0}">{h0}</a>'
                        f'</p><p class="also__by">{by} <time datetime="2024-03-1{n % 9}">{when}</time></p></div>'),
    ]  # fmt: skip
