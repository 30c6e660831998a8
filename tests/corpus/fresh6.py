"""A sixth blind family of injected junk: new wordings, languages and markups, for one honest measurement.

Written without reading the detector, its rules, its word lists, the README, the benchmarks or the
repository's history: only the existing generators (tests/corpus/junk.py, blind.py, fresh.py, fresh2.py,
fresh3.py, fresh4*.py, fresh5*.py), pages.py and measure.py were read, to stay clear of their
vocabularies and markups, and a few corpus pages, to see how real sites write these pieces (nothing of a
page was copied). The words are in tests/corpus/fresh6_words.py: English in registers the others leave
alone (business papers' paid programmes, Indian portals' impact features, shopping pages' commission
notes, newsletter sponsorship reads, SMS and messaging-channel sign-ups), the big languages in regional
forms (Argentine, Chilean, Colombian, Mexican and Iberian Spanish; Brazilian and European Portuguese;
Québécois, Belgian and Swiss French; Swiss and Austrian German; Egyptian, Gulf and Moroccan Arabic; Dari;
romanised Hindi; Hong Kong Cantonese; Nynorsk), and 30 languages no family touches (Scots, Cornish, Manx,
Northern Sami, Upper Sorbian, Kashubian, Silesian, Low German, Sardinian, Corsican, Friulian, Bhojpuri,
Maithili, Dhivehi, Tibetan, Tetum, Minangkabau, Balinese, Fijian, Tongan, Wolof, Bambara, Ewe, Kabyle,
Tigrinya, Greenlandic, Quechua, Sakha, Bashkir, Kirundi): 66 languages in all (LANGUAGES).

The markups are ad servers, widgets, newsletter tools, CMSs and front-end stacks the other families do not
name. Ads (here): Magnite, OpenX, Index Exchange, AdButler, Adhese, AdRiver, Seznam SSP, Admatic, Admicro,
i-mobile, fluct, ClickForce, Onead, Mobon, Tencent GDT, Alimama Tanx, Adgebra, vdo.ai, Innity, Setupad,
Snigel, Optidigital, Improve Digital, Monumetric, Infolinks, Adcash, ExoClick, Aniview, Vidazoo, Brid.tv,
JW Player, Glomex, Vidoomy, Advanced Ads, WP AdCenter, Site Kit, Skimlinks and Awin affiliate boxes,
Strossle, Ligatus, Nativery and Content.ad native cards; and (fresh6_slots.py) slots as Knockout,
AngularJS, Marko, Stencil, Aurelia, Fresh, Unpoly, Inertia, jQuery Mobile and elm-ui render them, in
Carbon, Spectrum, Vaadin, Clarity, PatternFly, Primer, Blueprint, Element Plus, Quasar, Vant, Layui,
WeUI, Arco, TDesign, Naive UI, Materialize, Spectre and Tachyons, with UnoCSS attributify, Panda CSS,
StyleX, Stitches and styled-components names, in TownNews BLOX, Escenic, Labrador, Craft, Umbraco and
Storyblok templates, data-* only, attribute-less and legacy <embed> ones. Teasers (fresh6_teasers.py,
fresh6_boxes.py): Japanese WordPress themes' blog cards (Cocoon, SWELL, AFFINGER, JIN), Ameba and Zhihu
link cards, WeChat article lists, Duda, Builder.io, Prismic, Contentstack, Sitefinity, Kentico, BLOX and
Escenic related links, Relap, popIn, Logly, Strossle, Shareaholic, LinkWithin, Contextual Related Posts,
Yuzo and RP4WP boxes, Glide, Embla, Keen, Tiny Slider and Glider carousels, CSS scroll-snap rails, the
kits and stacks above, timelines, ranked lists, lone headline paragraphs. Sign-ups (fresh6_forms.py,
fresh6_forms_ui.py): SendGrid, Emma, iContact, Benchmark, VerticalResponse, Customer.io, Omeda, Adestra,
Emarsys, Inxmail, rapidmail, Newsletter2Go, Sarbacane, Cakemail, Cyberimpact, Ecomail, SmartEmailing,
SALESmanago, Mailster, Icegram Express, Hustle, Popup Maker, Sumo, Hello Bar, Leadpages, Outseta,
Memberstack, Steady, Subscribe with Google, OneSignal, LINE, KakaoTalk, WhatsApp and Telegram channel
calls to action, SMS keywords; forms in the kits and stacks above; and plain ones in <dialog>, popover,
<details>, <aside>, <figure>, <table>, <search>, with name and consent fields, newsletter pickers, a
frequency <select>, a pitch with a lone button and link-only calls to action.

It is meant to be measured once, as it stands: tuning the detector on it would spend it.

    VOCAB                                   the words, keyed like junk.UNLISTED (fresh6_words.py)
    LANGUAGES                               the languages VOCAB holds
    ad_shapes(label, slot_id)               [(shape, html), ...] ad notices with their slots or cards
    teaser_shapes(label, title, links)      [(shape, html), ...] single-link teasers (fresh6_teasers.py)
                                            and story boxes (fresh6_boxes.py)
    newsletter_shapes(prompt, subtext, legal, button, link_text, action)
                                            [(shape, html), ...] sign-up forms, pitches and sign-up links
                                            (fresh6_forms.py, fresh6_forms_ui.py)

Every html string is one root element (for lxml.html.fragment_fromstring) with its texts escaped. Ads may
hold <script> tags (ad tags do; an ad's text is its notice); teasers and sign-ups never do. Some shapes
vary from call to call (which creative a slot holds, whether a form shows its subtext), chosen by stable
numbers from the texts, so one shape name covers a few variants.
"""

from __future__ import annotations

from .blind import attr, text
from .fresh6_boxes import box_shapes
from .fresh6_forms import newsletter_shapes
from .fresh6_slots import creative, slot_shapes
from .fresh6_teasers import single_shapes
from .fresh6_words import AD_COPY, BRANDS, LANGUAGES, PRODUCTS, VOCAB, hexid, pick

__all__ = ["LANGUAGES", "VOCAB", "ad_shapes", "newsletter_shapes", "teaser_shapes"]

_t, _a = text, attr


def teaser_shapes(label: str, title: str, links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Single-link teasers (label + links[0]) and boxes of several story links under a title."""
    return single_shapes(label, links) + box_shapes(title, links)


def ad_shapes(label: str, slot_id: int) -> list[tuple[str, str]]:
    """Ad notices: the label with its slot (empty, a frame, a tag, an <ins>, a banner) or a sponsored card."""
    return _server_shapes(label, slot_id) + slot_shapes(label, slot_id)


def _server_shapes(label: str, slot_id: int) -> list[tuple[str, str]]:
    lab = _t(label)
    sid = int(slot_id)
    s = str(sid)
    h = hexid(label, s)
    h2 = hexid(s, label, size=12)
    k = sid % 5 + 1
    net = 22000000 + sid % 700000
    body = creative(sid, h, s)
    brand = pick(BRANDS, label, s)
    br, ba = _t(brand), _a(brand)
    copy = _t(pick(AD_COPY, s, label, "copy"))
    prod, price = pick(PRODUCTS, label, s)
    pr, pa = _t(prod), _a(prod)
    mmt = f"{h[:8]}-{h2[:4]}-4{h2[4:7]}-b{h2[7:10]}-{h2}"
    return [
        # -- SSPs, ad servers and wrappers ---------------------------------------------------------
        ("magnite-demand-manager", f'<div class="mgnt-slot" data-rp-zone="{sid}" data-rp-size="15"><div class="mgnt-'
                                   f'slot__label">{lab}</div><div id="rp-{net}-{k}" style="min-height:250px"></div>'
                                   '</div>'),
        ("openx-afr", f'<div class="ox-unit"><span class="ox-unit__lbl">{lab}</span><iframe id="{h}" name="{h}" src="'
                      f'https://newsnet-d.openx.net/w/1.0/afr?auid={sid}&amp;cb=INSERT_RANDOM_NUMBER" frameborder="0" '
                      'scrolling="no" width="300" height="250"></iframe></div>'),
        ("index-exchange", f'<div class="ix-wrap" data-ix-site="{net}"><p class="ix-wrap__note">{lab}</p><div id="ix-'
                           f'incontent-{k}" data-ix-sizes="300x250,300x600"></div></div>'),
        ("adbutler-plc", f'<div class="ab-zone"><small>{lab}</small><div class="plc{sid}"></div><script type="text/'
                         f'javascript">var AdButler = AdButler || {{}}; AdButler.ads = AdButler.ads || []; AdButler.ads'
                         f'.push({{handler: function(opt){{ AdButler.register(1{s}, {sid}, [300,250], \'placement_'
                         f'{sid}_\'+opt.place, opt); }}, opt: {{ place: {k}, keywords: \'\', domain: \'servedbyadbutler'
                         '.com\' }});</script></div>'),
        ("adhese-position", f'<div class="adhese-wrapper"><span class="adhese-label">{lab}</span><div id="adhese_'
                            f'MIDDLE{k}" class="adhese-ad" data-format="middle{k}" data-location="_news_article_">'
                            '</div></div>'),
        ("adriver-banner", f'<div class="adriver-holder"><div class="adriver-holder__title">{lab}</div><div id="adrive'
                           f'r_banner_{sid}{k}"></div><script>new adriver("adriver_banner_{sid}{k}", {{sid: {sid}, bt:'
                           f' 52, bn: {k}}});</script></div>'),
        ("seznam-ssp", f'<div class="szn-ssp"><p class="szn-ssp__label">{lab}</p><div id="ssp-zone-{sid}" data-szn-ssp-'
                       f'ad="{{&quot;zoneId&quot;: {sid}, &quot;width&quot;: 480, &quot;height&quot;: 300}}"></div>'
                       '</div>'),
        ("admatic", f'<div class="admatic-box"><span>{lab}</span><ins data-publisher="adm-pub-{net}" data-ad-type="'
                    f'Banner" class="adm-ads-area" data-ad-network="{sid}" data-ad-sid="{k}" data-ad-width="300" '
                    'data-ad-height="250"></ins></div>'),
        ("admicro-zone", f'<div class="admicro-box"><div class="admicro-box__lbl">{lab}</div><div id="admzone{sid}">'
                         f'</div><script>admicroAD.unit.push(function () {{ admicroAD.show("admzone{sid}") }});</scrip'
                         't></div>'),
        ("i-mobile", f'<div class="imobile-wrap"><p class="imobile-wrap__pr">{lab}</p><div id="im-{h}"><script async '
                     'src="https://imp-adedge.i-mobile.co.jp/script/v1/spot.js?20220104"></script><script>(window.'
                     f'adsbyimobile=window.adsbyimobile||[]).push({{pid:{sid % 90000},mid:{sid % 900000},asid:{sid},'
                     f'type:"banner",display:"inline",elementid:"im-{h}"}})</script></div></div>'),
        ("fluct-unit", f'<div class="fluct-wrap"><span class="fluct-wrap__pr">{lab}</span><div class="fluct-unit-'
                       f'{sid}"></div></div>'),
        ("clickforce", f'<div class="cf-ad-wrap"><span class="cf-ad-wrap__txt">{lab}</span><div id="clickforceAd_'
                       f'{sid}" data-cf-zone="{sid}" style="width:300px;height:250px;margin:auto"></div></div>'),
        ("onead-inread", f'<div class="onead-outer"><p class="onead-outer__label">{lab}</p><div id="div-onead-ir-{k}" '
                         'class="onead-inread"></div></div>'),
        ("mobon-banner", f'<div class="mobon-area"><span class="mobon-area__lbl">{lab}</span><div id="mobonDivBanner_'
                         f'{sid}" class="mobon-banner" data-sno="{sid}"></div></div>'),
        ("tencent-gdt", f'<div class="gdt-holder"><span class="gdt-holder__tag">{lab}</span><ins class="gdt-ad" data-'
                        f'app-id="1{net}" data-pos-id="{net}{sid}" style="display:block;width:100%"></ins></div>'),
        ("alimama-tanx", f'<div class="tanx-holder"><em>{lab}</em><a style="display:none!important" id="tanx-a-mm_'
                         f'{net}_{sid}_{k}"></a><script type="text/javascript">document.write(\'<script src="https://'
                         f'p.tanx.com/ex?i=mm_{net}_{sid}_{k}"><\\/script>\');</script></div>'),
        ("adgebra", f'<div class="adg-wrap"><span class="adg-wrap__label">{lab}</span><div id="adg-native-{sid}" data-'
                    f'adg-pub="{net}" data-adg-slot="{k}"></div></div>'),
        ("vdo-ai", f'<div class="vdo-wrap"><p class="vdo-wrap__label">{lab}</p><div id="v-newsnet-{h[:6]}"></div>'
                   '<script data-cfasync="false">(function(v,d,o,ai){ai=d.createElement("script");ai.defer=true;ai.asy'
                   'nc=true;ai.src=v.location.protocol+o;d.head.appendChild(ai);})(window, document, "//a.vdo.ai/core/'
                   f'v-newsnet-{h[:6]}/vdo.ai.js");</script></div>'),
        ("innity-inpost", f'<div class="innity-box"><div class="innity-box__note">{lab}</div><div id="innity-in-post-'
                          f'{h}" class="innity-in-post"></div></div>'),
        ("setupad", f'<div class="setupad-wrap"><span class="setupad-wrap__title">{lab}</span><div id="setupad-'
                    f'{sid}-{k}" class="setupad-slot" data-setupad-size="300x250"></div></div>'),
        ("snigel-adngin", f'<div class="adngin-holder"><div class="adngin-holder__label">{lab}</div><div id="adngin-'
                          f'in_content_{k}-0"></div></div>'),
        ("optidigital", f'<div class="optidigital-adslot-wrapper"><span class="optidigital-label">{lab}</span><div '
                        f'class="optidigital-adslot" data-slot="Content_{k}" data-min-height="250"></div></div>'),
        ("improve-digital", f'<div class="azn-box"><p class="azn-box__label">{lab}</p><div data-improve-placement="'
                            f'{sid}" data-improve-size="300x250" id="idp-{h}"></div></div>'),
        ("monumetric", f'<div class="mmt-slot"><span class="mmt-slot__label">{lab}</span><div id="mmt-{mmt}"></div>'
                       f'<script type="text/javascript" data-cfasync="false">$MMT = window.$MMT || {{}}; $MMT.cmd = '
                       f'$MMT.cmd || [];$MMT.cmd.push(function(){{ $MMT.display.slots.push(["{mmt}"]); }})</script>'
                       '</div>'),
        ("infolinks", f'<div class="infolinks-box"><span class="infolinks-box__lbl">{lab}</span><div id="infolinks_'
                      f'{sid}" class="infolinks_main" data-pid="{net}" data-wsid="{k}"></div></div>'),
        ("adcash-banner", f'<div class="acx-wrap"><span>{lab}</span><div id="awn-z{sid}"></div><script type="text/'
                          f'javascript">aclib.runBanner({{ zoneId: \'{sid}\' }});</script></div>'),
        ("exoclick-ins", f'<div class="exo-wrap"><small class="exo-wrap__sm">{lab}</small><ins class="eas6a97888e" '
                         f'data-zoneid="{sid}"></ins></div>'),
        # -- video players ----------------------------------------------------------------------------
        ("aniview", f'<div class="aniview-wrap"><p class="aniview-wrap__label">{lab}</p><div id="AV{h}"><script async '
                    f'id="AV{h}s" type="text/javascript" src="https://tg1.aniview.com/api/adserver/spt?AV_TAGID='
                    f'{h}{h}&amp;AV_PUBLISHERID={h[:6]}"></script></div></div>'),
        ("vidazoo", f'<div class="vidazoo-holder"><span class="vidazoo-holder__tag">{lab}</span><div class="vidazoo-'
                    f'player-container" data-widget-id="{h}{h[:4]}" style="aspect-ratio:16/9"></div></div>'),
        ("brid-player", f'<div class="brid-outer"><div class="brid-outer__label">{lab}</div><div id="Brid_{sid}" '
                        'class="brid" style="width:16;height:9;"></div></div>'),
        ("jwplayer-outstream", f'<div class="jw-outstream"><span class="jw-outstream__label">{lab}</span><div id="'
                               f'jwplayer_{h}" class="jwplayer jw-reset jw-state-idle" tabindex="0" aria-label="Video '
                               'Player"><div class="jw-wrapper jw-reset"><div class="jw-media jw-reset"></div></div>'
                               '</div></div>'),
        ("glomex-integration", f'<div class="glomex-box"><p class="glomex-box__label">{lab}</p><glomex-integration '
                               f'integration-id="{h}{k}" playlist-id="v-{h2}"></glomex-integration></div>'),
        ("vidoomy", f'<div class="vidoomy-wrap"><span class="vidoomy-wrap__txt">{lab}</span><div class="vidoomy-'
                    f'container" data-vidoomy-id="{sid}"></div></div>'),
        # -- WordPress plugins ------------------------------------------------------------------------
        ("advanced-ads", f'<div class="advads-content advads-target" id="advads-{h}"><div class="advads-adlabel">{lab}'
                         f'</div>{body}</div>'),
        ("wp-adcenter", f'<div class="wpadcenter-ad-container"><div class="wpadcenter-ad-label">{lab}</div><div id="'
                        f'wpadcenter-ad-{sid}" class="wpadcenter-ad-inner wpadcenter-alignnone">{body}</div></div>'),
        ("site-kit-adsense", f'<div class="googlesitekit-adsense-wrap"><p class="googlesitekit-adsense-wrap__label">'
                             f'{lab}</p><div class="googlesitekit-placeholder" data-sk-slot="{sid}" style="min-height:'
                             '280px"></div></div>'),
        # -- affiliate boxes and native cards -------------------------------------------------------
        ("skimlinks-product", f'<div class="product-box"><p class="product-box__disclosure">{lab}</p><a class="product-'
                              f'box__link" href="https://go.skimresources.com/?id={net}X{sid}&amp;xs=1&amp;url=https%3A'
                              f'%2F%2Fshop.example.com%2Fp%2F{h}" rel="sponsored nofollow noopener" target="_blank">'
                              f'<img src="/shop/{h}.jpg" alt="{pa}" width="160" height="160"><span class="product-box__'
                              f'name">{pr}</span> <span class="product-box__price">{_t(price)}</span></a></div>'),
        ("awin-deal", f'<aside class="deal-widget"><header class="deal-widget__head">{lab}</header><ul class="deal-'
                      f'widget__list"><li><a href="https://www.awin1.com/cread.php?awinmid={sid}&amp;awinaffid='
                      f'{net}&amp;ued=https%3A%2F%2Fstore.example.com%2F{h}" rel="sponsored">{pr}</a> '
                      f'<b>{_t(price)}</b></li></ul></aside>'),
        ("strossle-native", f'<div class="strossle-widget" data-widget-id="{h}-{k}"><a class="strossle-item" href="'
                            f'https://strossle.example.net/c/{h}" rel="sponsored"><img class="strossle-item__img" src="'
                            f'/nat/{h}.jpg" alt=""><span class="strossle-item__title">{copy}</span><span class="'
                            f'strossle-item__label">{lab} · {br}</span></a></div>'),
        ("ligatus-native", f'<div class="ligatus-container" id="lig_{sid}"><div class="lig-header">{lab}</div><a class='
                           f'"lig-teaser" href="https://a-ssl.ligatus.com/?ids={sid}&amp;t=c&amp;c={h}" rel="sponsored"'
                           f'><span class="lig-teaser__brand">{br}</span><span class="lig-teaser__text">{copy}</span>'
                           '</a></div>'),
        ("nativery", f'<div id="nativery-{h}" class="nativery-widget"><div class="nat-head"><span class="nat-head__'
                     f'label">{lab}</span></div><div class="nat-card"><a href="https://nativery.example.com/c/{h}" '
                     f'rel="sponsored" title="{ba}"><span class="nat-card__title">{copy}</span></a></div></div>'),
        ("content-ad", f'<div id="contentad{sid}" class="ac_container"><div class="ac_title_bar"><span class="ac_'
                       f'title">{lab}</span></div><div class="ac_content"><a href="https://api.content-ad.net/click/'
                       f'{h}" rel="sponsored" class="ac_link"><img src="/cad/{h}.jpg" alt="" class="ac_img"><span '
                       f'class="ac_text">{copy}</span></a></div></div>'),
    ]  # fmt: skip
