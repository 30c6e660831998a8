"""Ad slots of the sixth blind family (tests/corpus/fresh6.py) as front-end stacks, UI kits and CMS themes write them.

The notice with its slot as Knockout, AngularJS, Marko, Stencil, Aurelia, Fresh islands, Unpoly, Inertia,
jQuery Mobile and Elm render it; as the IBM Carbon, Adobe Spectrum, Vaadin, Clarity, PatternFly, Primer,
Blueprint, Element Plus, Quasar, Vant, Layui, WeUI, Arco, TDesign, Naive UI, Materialize, Spectre and
Tachyons kits style it; with UnoCSS attributify, Panda CSS, StyleX, Stitches and styled-components
names; in TownNews BLOX, Escenic, Labrador, Craft, Umbraco and Storyblok templates; and with data-*
attributes only, no attributes at all, <object>-less legacy <embed>s, <picture> banners and native cards.
"""

from __future__ import annotations

from .blind import attr, text
from .fresh6_words import AD_COPY, BRANDS, b62, coin, hexid, num, pick

_t, _a = text, attr


def creative(sid: int, h: str, key: str) -> str:
    """What a slot holds: nothing yet, a frame, a tag, an <ins>, a picture banner or a small native card."""
    brand = pick(BRANDS, key, h)
    copy = pick(AD_COPY, h, key)
    return pick([
        f'<div id="slot-{h}" style="min-height:250px"></div>',
        f'<iframe src="https://ads.newsnet-example.org/serve?z={sid}&amp;sz=300x250" width="300" height="250" '
        'frameborder="0" scrolling="no" title="advert"></iframe>',
        f'<div id="z{sid}"></div><script src="https://ads.newsnet-example.org/z.js?id={sid}" async></script>',
        f'<ins id="ins-{h}" data-zone-id="{sid}" style="display:inline-block;width:300px;height:250px"></ins>',
        f'<a href="https://ads.newsnet-example.org/clk?c={h}" rel="sponsored noopener" target="_blank"><picture>'
        f'<source media="(max-width: 600px)" srcset="/ads/{h}-320x100.png"><img src="/ads/{h}-728x90.png" '
        f'alt="{_a(brand)}" width="728" height="90"></picture></a>',
        f'<a class="nc" href="https://ads.newsnet-example.org/clk?c={h}" rel="sponsored"><img src="/ads/{h}-sq.jpg" '
        f'alt="" width="96" height="96"><span class="nc__copy">{_t(copy)}</span><span class="nc__by">{_t(brand)}'
        '</span></a>',
    ], key, h, str(sid))  # fmt: skip


def slot_shapes(label: str, slot_id: int) -> list[tuple[str, str]]:
    lab, al = _t(label), _a(label)
    sid = int(slot_id)
    s = str(sid)
    h = hexid(label, s, "slots")
    k = sid % 7 + 1
    body = creative(sid, h, label)
    c1, c2, c3 = b62(label, s, "1"), b62(label, s, "2"), b62(label, s, "3")
    under = coin(label, s, "under")  # some themes print the notice under the slot
    ko = num(label, s, digits=3)
    return [
        # -- front-end stacks ---------------------------------------------------------------------
        ("knockout-bound", f'<div class="inline-ad" data-bind="visible: adReady, css: {{ loaded: adReady }}"><p data-'
                           f'bind="text: adLabel">{lab}</p><div data-bind="attr: {{ id: \'ko-slot-{sid}\' }}" id="ko-'
                           f'slot-{sid}"></div></div>'),
        ("angularjs-ng", f'<div class="ad-break ng-scope" ng-if="ads.enabled" ng-controller="AdCtrl as ads"><span '
                         f'class="ng-binding">{lab}</span><div dfp-ad-slot="/{sid}/article" ng-attr-id="{{{{ads.id}}}}'
                         f'" id="ng-ad-{k}"></div></div>'),
        ("marko-keyed", f'<div data-marko-key="@ad {k}" class="Ad"><span data-marko-key="@label {k}">{lab}</span><div '
                        f'data-marko-key="@slot {k}" id="m-{h}"></div></div>'),
        ("stencil-hydrated", f'<news-adslot class="hydrated" unit="/{sid}/inline" s-id="{k}"><!--r.{k}--><span class='
                             f'"label" c-id="{k}.0.0.0">{lab}</span><div class="frame" c-id="{k}.1.0.1"></div>'
                             '</news-adslot>'),
        ("aurelia-au-target", f'<div class="promo-unit au-target" au-target-id="{k}{k}"><span class="au-target" au-'
                              f'target-id="{k}{k + 1}">{lab}</span><div class="au-target" au-target-id="{k}{k + 2}" '
                              f'ref="slotEl" id="au-{h}"></div></div>'),
        ("fresh-island", f'<div class="ad-island"><!--frsh-adslot_default:{k}--><p class="ad-island__label">{lab}</p>'
                         f'<div id="fi-{h}" class="ad-island__slot"></div><!--/frsh-adslot_default:{k}--></div>'),
        ("unpoly-hungry", f'<div class="placement" up-hungry up-id="placement-{k}" up-keep><p class="placement__text">'
                          f'{lab}</p><div class="placement__frame" id="up-{sid}"></div></div>'),
        ("inertia-page", f'<div class="ad-rect" data-inertia-component="AdRect" data-position="{k}"><span class="ad-'
                         f'rect__label">{lab}</span>{body}</div>'),
        ("jquery-mobile", f'<div data-role="content" class="ui-content ad-area"><div class="ui-bar ui-bar-a"><h6 '
                          f'class="ui-mini">{lab}</h6></div><div data-role="none" id="jqm-ad-{sid}"></div></div>'),
        ("elm-ui", f'<div class="s c wc hc ccx" style="min-height:270px"><div class="s e wc ccx"><p class="s p '
                   f'fs{k}">{lab}</p></div><div class="s e wf hf" id="elm-ad-{sid}"></div></div>'),
        # -- UI kits --------------------------------------------------------------------------------
        ("carbon-tile", f'<div class="cds--tile cds--tile--light ad-tile"><p class="cds--label cds--label--'
                        f'disabled">{lab}</p><div class="cds--aspect-ratio cds--aspect-ratio--4x3" id="cds-{h}">'
                        '</div></div>'),
        ("spectrum-well", f'<sp-theme color="light" scale="medium"><div class="spectrum-Well"><sp-detail size="s">'
                          f'{lab}</sp-detail><div class="slot" id="sp-{h}"></div></div></sp-theme>'),
        ("vaadin-details", f'<vaadin-vertical-layout theme="spacing-xs" style="align-items:center"><span class="text-'
                           f'secondary text-xs">{lab}</span><div id="vd-{sid}" style="width:300px;height:250px"></div>'
                           '</vaadin-vertical-layout>'),
        ("clarity-card", f'<div class="card clr-align-self-center"><div class="card-header card-header-sm">{lab}</div>'
                         f'<div class="card-block">{body}</div></div>'),
        ("patternfly-panel", f'<div class="pf-v5-c-panel pf-m-raised"><div class="pf-v5-c-panel__header"><small class='
                             f'"pf-v5-u-color-200">{lab}</small></div><div class="pf-v5-c-panel__main"><div class="pf-'
                             f'v5-c-panel__main-body" id="pf-{h}"></div></div></div>'),
        ("primer-box", f'<div class="Box Box--condensed color-bg-subtle mx-auto my-4"><div class="Box-header py-1">'
                       f'<span class="f6 color-fg-muted text-uppercase">{lab}</span></div><div class="Box-body d-flex '
                       f'flex-justify-center">{body}</div></div>'),
        ("blueprint-card", f'<div class="bp5-card bp5-elevation-0 ad-card"><div class="bp5-text-muted bp5-text-small">'
                           f'{lab}</div><div class="bp5-skeleton" id="bp-{sid}" style="height:250px"></div></div>'),
        ("element-plus-card", f'<div class="el-card is-never-shadow ad-card"><div class="el-card__header"><span class='
                              f'"el-text el-text--info el-text--small">{lab}</span></div><div class="el-card__body">'
                              f'{body}</div></div>'),
        ("quasar-card", f'<div class="q-card q-card--flat q-card--bordered ad-q"><div class="q-card__section q-card__'
                        f'section--vert text-caption text-grey-7 text-center">{lab}</div><div class="q-card__section '
                        f'q-card__section--vert" id="qs-{h}"></div></div>'),
        ("vant-cell", f'<div class="van-cell-group van-cell-group--inset"><div class="van-cell van-cell--borderless">'
                      f'<div class="van-cell__title"><span>{lab}</span></div></div><div class="van-cell" id="van-'
                      f'{sid}"></div></div>'),
        ("layui-card", f'<div class="layui-card"><div class="layui-card-header layui-font-12 layui-font-gray">{lab}</d'
                       f'iv><div class="layui-card-body">{body}</div></div>'),
        ("weui-panel", f'<div class="weui-panel weui-panel_access"><div class="weui-panel__hd">{lab}</div><div class='
                       f'"weui-panel__bd" id="weui-ad-{sid}"></div></div>'),
        ("arco-divider", f'<div class="arco-divider arco-divider-horizontal arco-divider-with-text"><span class="arco-'
                         f'divider-text arco-divider-text-center">{lab}</span></div>'),
        ("tdesign-space", f'<div class="t-space t-space-vertical t-space-align-center"><div class="t-space-item">'
                          f'<span class="t-tag t-tag--default t-size-s t-tag--light">{lab}</span></div><div class="t-'
                          f'space-item" id="td-{h}"></div></div>'),
        ("naive-ui-card", '<div class="n-card n-card--bordered" style="--n-padding-top:8px"><div class="n-card-header'
                          f'"><div class="n-card-header__main">{lab}</div></div><div class="n-card__content">{body}'
                          '</div></div>'),
        ("materialize-panel", f'<div class="card-panel grey lighten-5 center-align z-depth-0"><span class="grey-text '
                              f'text-darken-1">{lab}</span><div class="ad-frame" id="mz-{sid}"></div></div>'),
        ("spectre-panel", f'<div class="panel text-center"><div class="panel-header"><div class="panel-subtitle text-'
                          f'gray">{lab}</div></div><div class="panel-body">{body}</div></div>'),
        ("tachyons", f'<div class="mv4 tc bt bb b--light-gray pv3"><p class="f7 ttu tracked gray mt0 mb2">{lab}</p>'
                     f'<div class="dib w-100 mw6 h5 bg-near-white" id="tc-{h}"></div></div>'),
        # -- CSS-in-JS and atomic CSS ---------------------------------------------------------------
        ("unocss-attributify", f'<div flex="~ col" items-center my-8 gap-1><span text="xs gray-400" uppercase '
                               f'tracking-widest>{lab}</span><div w-300px h-250px bg-gray-100 id="uno-{h}"></div></div'
                               '>'),
        ("panda-css", f'<div class="d_flex flex-d_column ai_center my_8 gap_1"><span class="fs_xs c_gray.500 tt_'
                      f'uppercase">{lab}</span><div class="w_300px h_250px bg_gray.100" id="pd-{h}"></div></div>'),
        ("stylex-atomic", f'<div class="x78zum5 xdt5ytf x6s0dn4 x1xmf6yo"><span class="x1j61zf2 x1fcty0u x1q0q8m5">'
                          f'{lab}</span><div class="x1fu8urw x1k7ftzy" id="sx-{h}"></div></div>'),
        ("stitches", f'<div class="c-{c1} c-{c1}-iPJLV-css"><span class="c-{c2} c-{c2}-kgqbUC-variant-caption">'
                     f'{lab}</span><div class="c-{c3}" id="st-{sid}"></div></div>'),
        ("styled-components", f'<div class="sc-{c1[:4]}{c2[:2]} {c3}{c1[:1]}"><p class="sc-{c2[:4]}{c3[:2]} {c1}'
                              f'{c2[:1]}">{lab}</p><div class="sc-{c3[:4]}{c1[:2]} {c2}{c3[:1]}" id="sc-ad-{sid}"></di'
                              'v></div>'),
        # -- news CMS templates ---------------------------------------------------------------------
        ("blox-tncms", f'<div class="tnt-ads-container tnt-ads-in-story"><div class="tnt-ads-label">{lab}</div><div '
                       f'id="tncms-region-article_instory_{k}" class="tncms-region"><div id="tncms-block-{sid}" '
                       'class="tncms-block"><div class="tnt-ads" data-tnt-ads-pos="instory" data-tnt-ads-sizes='
                       '"300x250"></div></div></div></div>'),
        ("escenic-ad-widget", f'<div class="widget ad-widget escenic-widget" data-widget-id="{sid}"><div class="ad-'
                              f'widget__inner"><span class="ad-widget__notice">{lab}</span><div class="ad-widget__'
                              f'container" id="ece-ad-{k}"></div></div></div>'),
        ("labrador-column", f'<div class="column adnuntius-ad small-12 large-12"><div class="content"><div class="ad-'
                            f'label-text">{lab}</div><div id="lab-ad-{h}" class="lab-adslot"></div></div></div>'),
        ("craft-matrix-block", f'<div class="matrix-block matrix-block--adSlot" data-block-type="adSlot"><p class="'
                               f'matrix-block__eyebrow">{lab}</p>{body}</div>'),
        ("umbraco-block-grid", f'<div class="umb-block-grid__layout-item" data-content-element-type-alias="adBlock" '
                               f'data-col-span="12"><div class="ad-block"><small>{lab}</small><div id="umb-{h}">'
                               '</div></div></div>'),
        ("storyblok-blok", f'<div data-blok-c="{{&quot;name&quot;:&quot;ad_slot&quot;,&quot;id&quot;:{sid}}}" '
                           f'data-blok-uid="{sid}-ad_slot" class="ad-slot-blok"><span>{lab}</span><div class="ad-'
                           f'slot-blok__frame" id="sb-{h}"></div></div>'),
        # -- plain and legacy -------------------------------------------------------------------------
        ("label-under-slot", '<div class="rect-wrap">'
                             + (f'{body}<p class="rect-wrap__note">{lab}</p>' if under else
                                f'<p class="rect-wrap__note">{lab}</p>{body}')
                             + "</div>"),
        ("data-only", f'<div data-placement="in-article" data-index="{k}"><div data-role="caption">{lab}</div><div '
                      f'data-role="frame" data-sizes="300x250|320x50"></div></div>'),
        ("no-attrs-p-hr", f"<div><hr><p><small>{lab}</small></p><div></div><hr></div>"),
        ("legacy-embed", f'<div align="center"><font face="Verdana" size="1" color="#999999">{lab}</font><br><embed '
                         f'src="/banners/{h}.swf" width="468" height="60" type="application/x-shockwave-flash" '
                         'quality="high"></div>'),
        ("aria-region-label", f'<div role="region" aria-label="{al}" class="adzone"><span aria-hidden="true" class="'
                              f'adzone__txt">{lab}</span><div class="adzone__box" id="adz-{ko}{k}"></div></div>'),
        ("figure-native", f'<figure class="promo-card"><a href="https://ads.newsnet-example.org/clk?c={h}" rel="'
                          f'sponsored"><img src="/ads/{h}-card.jpg" alt="" width="400" height="225"></a><figcaption>'
                          f'<span class="promo-card__notice">{lab}</span> <span class="promo-card__copy">'
                          f'{_t(pick(AD_COPY, s, label))}</span></figcaption></figure>'),
    ]  # fmt: skip
