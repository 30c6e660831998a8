"""Ad notices of the seventh blind family (tests/corpus/fresh7.py) as ad servers, networks and players tag them.

SSPs and wrappers (Kargo, Ogury, Unruly, Undertone, Adagio, Livewrapped, Adnami, Projectagora, Reklamstore,
Yieldbird, R2B2, TenMax, Zucks, Ad Generation, Sublime, Invibes, Gourmet Ads, PubGuru, Newor Media, Hashtag
Labs' htlbid, iq digital's adtiles), small ad servers and plugins (AdGlare, AdPlugg, WordAds), networks that
sell on impressions or clicks (PropellerAds, Coinzilla, Bitmedia, Adblade, AdSkeeper, Adnow, Kiosked), video
players that carry ads (ShowHeroes, Dailymotion, Kaltura, Digiteka Ultimedia, AnyClip, nexxPlay, Minute
Media's Voltax, Brightcove), native cards (Adyoulike, Polar, Bidtellect, Zemanta, Engageya, Yahoo native) and
affiliate widgets (Rakuten, Coupang Partners).
"""

from __future__ import annotations

from .blind import attr, text
from .fresh7_words import AD_COPY, BRANDS, PRODUCTS, hexid, num, pick

_t, _a = text, attr


def creative(sid: int, h: str) -> str:
    """What a slot holds once filled (or not): varies with the slot."""
    return [
        f'<div id="slot-{h}" style="width:300px;height:250px"></div>',
        f'<iframe title="3rd party ad content" src="about:blank" id="frame-{h}" width="300" height="250" '
        'scrolling="no" marginwidth="0" marginheight="0" frameborder="0"></iframe>',
        f'<a href="https://ads.example.net/click/{h}" rel="sponsored noopener" target="_blank"><img src="https://'
        f'ads.example.net/creative/{h}.webp" width="320" height="100" alt=""></a>',
        f'<div class="slot-fill" data-size="728x90" data-slot-id="{sid}"></div>',
    ][sid % 4]


def server_shapes(label: str, slot_id: int) -> list[tuple[str, str]]:
    lab = _t(label)
    sid = int(slot_id)
    s = str(sid)
    h = hexid(label, s)
    h2 = hexid(s, label, size=12)
    k = sid % 6 + 1
    pub = 10000 + sid % 80000
    body = creative(sid, h)
    brand = pick(BRANDS, label, s)
    br, ba = _t(brand), _a(brand)
    copy = _t(pick(AD_COPY, s, label))
    prod, price = pick(PRODUCTS, label, s, "p")
    pr, pa = _t(prod), _a(prod)
    n = num(label, s, digits=6)
    return [
        # -- SSPs, wrappers and ad servers -------------------------------------------------------------
        ("kargo", f'<div class="kargo-slot"><div class="kargo-slot__disclosure">{lab}</div><div id="kargo-ad-{sid}" '
                  f'data-kargo-placement="middle_{k}" style="min-height:250px"></div></div>'),
        ("ogury", f'<div class="ogy-inarticle"><span class="ogy-inarticle__mention">{lab}</span><div id="ogy-'
                  f'{h}" data-ogy-ad-unit="{h2}"></div></div>'),
        ("unruly", f'<div class="unruly-frame"><p class="unruly-frame__text">{lab}</p><div id="unruly-player-{sid}">'
                   f'</div><script>window.unruly=window.unruly||{{}};window.unruly.native={{siteId:{pub}}};</script>'
                   '</div>'),
        ("undertone", f'<div class="ut-inline"><div class="ut-inline__label">{lab}</div><div id="undertone_{sid}" '
                      f'class="ut-ad" data-ut-zone="{pub}"></div></div>'),
        ("adagio", f'<div class="adg-attn"><small class="adg-attn__small">{lab}</small><div data-adagio-adunit="'
                   f'article_{k}" id="adagio-{h}">{body}</div></div>'),
        ("livewrapped", f'<div class="lw-wrap"><span class="lw-wrap__caption">{lab}</span><div id="lw-{pub}-{k}" '
                        f'class="lwad" data-lw-tagid="{h2}"></div></div>'),
        ("adnami-topscroll", f'<div class="adnm-container"><div class="adnm-label">{lab}</div><div class="adnm-html-'
                             f'topscroll-frame-wrapper" id="adnm-{h}"></div></div>'),
        ("projectagora", f'<div class="pa-adbox"><p class="pa-adbox__lbl">{lab}</p><div id="pa-inarticle-{k}" '
                         f'data-pa-slot="{sid}"></div><script src="https://cdn.projectagora.net/tag/{pub}.js" async>'
                         '</script></div>'),
        ("reklamstore", f'<div class="rs-holder"><span class="rs-holder__title">{lab}</span><div class="reklamstore-'
                        f'ad" data-rs-zone="{sid}" data-rs-size="300x250"></div></div>'),
        ("yieldbird", f'<div class="yb-slot"><div class="yb-slot__label">{lab}</div><div id="yb-{h}" data-yb-'
                      f'placement="srodtekst_{k}"></div></div>'),
        ("r2b2", f'<div class="r2b2-box"><span>{lab}</span><script src="//delivery.r2b2.cz/get/news.example/'
                 f'generic/300x250/{k}" async></script></div>'),
        ("tenmax", f'<div class="tenmax-ad"><p class="tenmax-ad__text">{lab}</p><div id="tenmax-{sid}" data-tmx-'
                   f'uid="{h2}"></div></div>'),
        ("zucks", f'<div class="zucks-wrap"><span class="zucks-wrap__pr">{lab}</span><div id="zucksad_{h}">'
                  f'<script src="https://j.zucks.net.zimg.jp/j?f={pub}"></script></div></div>'),
        ("ad-generation", f'<div class="adg-js"><div class="adg-js__label">{lab}</div><script src="//i.socdm.com/sdk'
                          f'/js/adg-script-loader.js?id={sid}&amp;targetID=adg_{sid}&amp;displayid={k}&amp;adType='
                          'RECT&amp;async=true"></script></div>'),
        ("sublime-skin", f'<div class="sublime-zone"><p class="sublime-zone__label">{lab}</p><div id="sublime-'
                         f'{sid}" class="sublime-banner"></div></div>'),
        ("invibes", f'<div class="ivs-inarticle"><span class="ivs-inarticle__tag">{lab}</span><div id="invibes-'
                    f'in-article-{k}"></div></div>'),
        ("gourmet-ads", f'<div class="gmad-box"><div class="gmad-box__label">{lab}</div><div id="gmad-{sid}" '
                        f'class="gmad-unit" data-gmad-size="300x250">{body}</div></div>'),
        ("pubguru", f'<div class="pg-ad-wrap"><p class="pg-ad-wrap__text">{lab}</p><pubguru data-pg-ad="'
                    f'desktop_in_content_{k}"></pubguru></div>'),
        ("newor-waldo", f'<div class="waldo-wrapper"><span class="waldo-wrapper__lbl">{lab}</span><div id="waldo-'
                        f'tag-{pub}"></div></div>'),
        ("htlbid", f'<div class="htl-ad-box"><span class="htl-ad-box__text">{lab}</span><div class="htlad-in_'
                   f'content_{k}" data-unit="phone-in_content_{k}" data-sizes="300x250"></div></div>'),
        ("iq-adtile", f'<div class="iqd-tile"><div class="iqd-tile__marker">{lab}</div><div id="iqadtile{k + 7}" '
                      'class="iqadtile_wrapper"></div></div>'),
        ("adglare", f'<div class="adglare-box"><small>{lab}</small><span id="zone{sid}"></span><script async src='
                    f'"https://news.engine.adglare.net/?{sid}"></script></div>'),
        ("adplugg", f'<div class="adplugg-box"><p>{lab}</p><div class="adplugg-tag" data-adplugg-zone="in_article'
                    f'_{k}"></div></div>'),
        ("wordads", f'<div class="wordads-ad-wrapper"><div class="wordads-ad-title">{lab}</div><div class="wordads-'
                    f'ad-controls"><span class="wordads-report">Report this ad</span></div><div id="atatags-{pub}'
                    f'{k}" class="wordads-tag">{body}</div></div>'),
        # -- networks sold by impression or click -----------------------------------------------------
        ("propellerads", f'<div class="pa-banner"><span class="pa-banner__txt">{lab}</span><script async="async" '
                         f'data-cfasync="false" src="//pl{sid}.profitablecpmrate.com/{h}/invoke.js"></script><div '
                         f'id="container-{h}{h2}"></div></div>'),
        ("coinzilla", f'<div class="cz-wrap"><p class="cz-wrap__label">{lab}</p><div class="coinzilla" data-zone'
                      f'="C-{h}{k}"></div><script>window.coinzilla_display = window.coinzilla_display || []; '
                      f'coinzilla_display.push({{"zone": "{h}{k}", "width": "300", "height": "250"}});</script>'
                      '</div>'),
        ("bitmedia", f'<div class="bmi-wrap"><span class="bmi-wrap__label">{lab}</span><ins class="{h}{h2}" style="'
                     'display:inline-block;width:1px;height:1px;"></ins></div>'),
        ("adblade", f'<div class="adblade-container"><div class="adblade-container__hd">{lab}</div><ins class="'
                    f'adbladeads" data-cid="{sid}-{n}" data-host="web.adblade.com" data-tag-type="2" data-width="'
                    '600" data-height="300" style="display:none"></ins></div>'),
        ("adskeeper", f'<div class="ask-widget"><p class="ask-widget__head">{lab}</p><div data-type="_mgwidget" '
                      f'data-widget-id="{n}" id="AdskeeperComposite{n}"></div></div>'),
        ("adnow", f'<div class="adnow-block"><span class="adnow-block__title">{lab}</span><div id="SC_TBlock_{n}" '
                  'class="SC_TBlock">loading...</div></div>'),
        ("kiosked", f'<div class="kiosked-unit"><span class="kiosked-unit__lbl">{lab}</span><div class="kskdDiv" '
                    f'data-kiosked-id="{h}" data-kiosked-format="inline"></div></div>'),
        # -- video players ---------------------------------------------------------------------------
        ("showheroes", f'<div class="sh-outstream"><p class="sh-outstream__label">{lab}</p><div class="showheroes-'
                       f'player" data-sh-unit="{h}-{h2}"></div><script async src="https://static.showheroes.com/'
                       'publishertag.js"></script></div>'),
        ("dailymotion", f'<div class="dm-player-box"><div class="dm-player-box__label">{lab}</div><script src="https:'
                        f'//geo.dailymotion.com/player/x{h[:5]}.js" data-video="x{h2[:7]}"></script></div>'),
        ("kaltura", f'<div class="kaltura-outstream"><span>{lab}</span><div id="kaltura_player_{sid}" style="width:'
                    f'100%;aspect-ratio:16/9"></div></div>'),
        ("ultimedia", f'<div id="ultimedia_wrapper" class="ult-box"><div class="ult-box__mention">{lab}</div><div '
                      f'class="ultimedia" data-mdtk="{h}" data-zone="{k}" data-type="sticky"></div></div>'),
        ("anyclip", f'<div class="anyclip-box"><p class="anyclip-box__label">{lab}</p><script src="//player.anyclip'
                    f'.com/anyclip-widget/lre-widget/prod/v1/src/lre.js" pubname="newsdesk" widgetname="{h}_{sid}">'
                    '</script></div>'),
        ("nexxplay", f'<div class="nexx-holder"><div class="nexx-holder__label">{lab}</div><div id="player_{sid}" '
                     f'class="nexxplay" data-nexx-domain="{pub}" data-nexx-mode="outstream"></div></div>'),
        ("voltax", f'<div class="mm-video-wrapper"><span class="mm-video-wrapper__lbl">{lab}</span><div class="mm-'
                   f'player" data-voltax-player-id="{h}" data-voltax-content="{h2}"></div></div>'),
        ("brightcove", f'<div class="bc-outstream"><p class="bc-outstream__label">{lab}</p><video-js data-account="'
                       f'{n}{k}" data-player="{h}" data-embed="default" data-ad-config-id="ima3" controls></video-js>'
                       '</div>'),
        # -- native cards ----------------------------------------------------------------------------
        ("adyoulike", f'<div class="adyoulike" data-placement="{h2}"><a class="ayl-card" href="https://fo-'
                      f'api.omnitagjs.com/fo-api/cl/{h}" rel="sponsored nofollow"><span class="ayl-card__disclosure">'
                      f'{lab}</span><span class="ayl-card__title">{copy}</span><span class="ayl-card__brand">{br}'
                      '</span></a></div>'),
        ("polar-native", f'<div class="polar-sponsored" data-polar-placement="{sid}"><a class="polar-card" href="'
                         f'/sponsored/{h}"><img class="polar-card__img" src="/polar/{h}.jpg" alt=""><span class="'
                         f'polar-card__label">{lab}</span><strong class="polar-card__title">{copy}</strong><span '
                         f'class="polar-card__sponsor">{br}</span></a></div>'),
        ("bidtellect", f'<div class="btx-native"><div class="btx-native__label">{lab}</div><a href="https://'
                       f'clk.bidtellect.com/{h}" rel="sponsored" class="btx-native__card" title="{ba}">{copy}</a>'
                       '</div>'),
        ("zemanta", f'<div class="zem-unit"><p class="zem-unit__head">{lab}</p><ul class="zem-unit__list"><li><a '
                    f'href="https://r1.zemanta.com/c/{h}" rel="sponsored">{copy}</a> <span class="zem-src">{br}'
                    '</span></li></ul></div>'),
        ("engageya", f'<div id="engageya_{sid}" class="eng_widget"><div class="eng_widget_title">{lab}</div><div '
                     f'class="eng_ww_item"><a href="https://recs.engageya.com/click/{h}" rel="sponsored"><span class='
                     f'"eng_ww_title">{copy}</span></a></div></div>'),
        ("yahoo-native", f'<div class="ynative-ad"><a class="ynative-ad__link" href="https://beap.gemini.yahoo.com'
                         f'/mbclk?bv=1.0.0&amp;es={h}" rel="sponsored"><span class="ynative-ad__badge">{lab}</span> '
                         f'<span class="ynative-ad__hl">{copy}</span> <span class="ynative-ad__src">{br}</span></a>'
                         '</div>'),
        # -- affiliate widgets -----------------------------------------------------------------------
        ("rakuten-widget", f'<div class="rakuten-aff"><p class="rakuten-aff__note">{lab}</p><a href="https://click.'
                           f'linksynergy.com/deeplink?id={h}&amp;mid={pub}&amp;murl=https%3A%2F%2Fshop.example.com'
                           f'%2F{h2}" rel="sponsored nofollow"><img src="/aff/{h}.jpg" alt="{pa}" width="120" '
                           f'height="120"> {pr} <b>{_t(price)}</b></a></div>'),
        ("coupang-partners", f'<div class="cp-partners"><div class="cp-partners__notice">{lab}</div><iframe src="'
                             f'https://coupa.ng/{h}" width="120" height="240" frameborder="0" scrolling="no" '
                             'referrerpolicy="unsafe-url"></iframe></div>'),
    ]  # fmt: skip
