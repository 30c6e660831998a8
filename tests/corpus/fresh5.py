"""A fifth blind family of injected junk: new wordings, languages and markups, for one honest measurement.

Written without reading the detector, its rules, its word lists, the README or the benchmarks: only the
existing generators (tests/corpus/junk.py, blind.py, fresh.py, fresh2.py, fresh3.py, fresh4*.py), pages.py
and measure.py were read, to stay clear of their vocabularies and markups, and a few corpus pages, to see
how real sites write things. The words are in tests/corpus/fresh5_words.py: English in registers the
others do not use (public-radio underwriting, magazines' special sections, local-news funding notes), the
big languages (Spanish, Portuguese, French, German, Italian, Dutch, Polish, Russian, Ukrainian, Turkish,
Arabic, Persian, Hindi, Bengali, Urdu, Indonesian, Vietnamese, Thai, Japanese, Korean, Chinese) in
phrasings no family has used, 46 smaller languages in other words than before, and a few no family
touches (Bosnian, Occitan, Asturian, Latin, Tajik, Chichewa, Tok Pisin, Faroese): 77 languages in all.

The markups are the ways ad servers, recommendation widgets, newsletter tools, CMSs and front-end stacks
write these pieces that the other families do not. Ads (here): Google Ad Manager SafeFrames and
googletag.display placeholders, Amazon TAM, Nativo, Sharethrough, TripleLift, GumGum, Seedtag, PubMatic
OpenWrap, Sovrn, Carbon Ads, BuySellAds, EthicalAds, Revcontent, MGID, Yieldmo, Connatix, Primis, ex.co,
Playwire, Venatus, Publift Fuse, Yandex RTB, Adfox, AdOcean, Adform, Adnuntius, Ströer, Yieldlove, Kakao
AdFit, Geniee, MicroAd, Baidu Union, Times Colombia, Media.net, Adsterra, Admixer, AdPushup, Dianomi,
Sortable, WordPress Ad Inserter, WP Quads, AdRotate and Newspack Ads, <fencedframe> and attributionsrc,
<picture> banners with rel="sponsored", srcdoc iframes, native cards with an advertiser's headline, and
the same slots as Lit, Qwik, SolidStart, Blazor, Ember, Alpine, Stimulus, Livewire, Phoenix LiveView,
Vuetify, daisyUI, Tailwind arbitrary values, Foundation, UIkit, Semantic UI, Mantine, Material Web,
Emotion and vanilla-extract write them, data-testid-only and attribute-less ones. Teasers and boxes
(fresh5_teasers.py): WordPress query loops, embeds, post navigation and classic-editor, Google Docs and
Word pastes, Newspack, Shopify, Gatsby, Docusaurus, Hatena, note, Tistory, Tilda, 1C-Bitrix, DLE,
Contao, Plone, Liferay, Sitecore SXA, Movable Type, WP RSS Aggregator, Parse.ly, Dable, plista, ZergNet,
SMI2, Swiper, Splide, Slick, Owl, Flickity and Bootstrap carousels, Ionic, Fluent and Material Web
elements whose links are not <a>, Pico's classless <article>, <hgroup>, <cite>. Sign-ups (fresh5_forms.py,
fresh5_forms_ui.py): Marketo, Pardot, Eloqua, Zoho Campaigns, GetResponse, AWeber, Moosend, Omnisend,
Drip, EmailOctopus, Flodesk, Revue, Listmonk, Sendy, MailPoet, the Newsletter plugin, Contact Form 7,
Ninja Forms, Formidable, Fluent Forms, Forminator, Typeform, Tally, Jotform, OptinMonster, Bloom, Thrive
Leads, SendFox, Stibee, UniSender, SendPulse, RD Station, Acumbamail, FreshMail, Mag2, TinyLetter,
dotdigital, Salesforce CloudPages, Poool, Zephr, Pelcro, Memberful, Shopify, Framer and Carrd, and forms
as Lit, Qwik, React Router, SolidStart, Alpine, Livewire, Stimulus, Phoenix, Blazor, Material Web,
Shoelace, Fluent, Ionic, daisyUI, Foundation, UIkit, Semantic UI, Pure.css, Vuetify, PrimeVue, Mantine
and Tailwind write them, classless HTML5 forms, <details>, <section role="complementary">, <figure>,
customized built-in elements and email-template tables.

It is meant to be measured once, as it stands: tuning the detector on it would spend it.

    VOCAB                                   the words, keyed like junk.UNLISTED (fresh5_words.py)
    ad_shapes(label, slot_id)               [(shape, html), ...] ad notices with their slots or cards
    teaser_shapes(label, title, links)      [(shape, html), ...] single-link teasers and story boxes
                                            (fresh5_teasers.py)
    newsletter_shapes(prompt, subtext, legal, button, link_text, action)
                                            [(shape, html), ...] sign-up forms, pitches and sign-up links
                                            (fresh5_forms.py, fresh5_forms_ui.py)

Every html string is one root element (for lxml.html.fragment_fromstring) with its texts escaped. Some
shapes change from call to call (which creative a slot holds, whether a form shows its subtext), chosen
by stable numbers from the texts, so a shape name covers a few variants.
"""

from __future__ import annotations

from .blind import attr, text
from .fresh5_forms import newsletter_shapes
from .fresh5_teasers import teaser_shapes
from .fresh5_words import AD_HEADLINES, ADVERTISERS, LANGUAGES, VOCAB, choose, flag, hexid, uuid

__all__ = ["LANGUAGES", "VOCAB", "ad_shapes", "newsletter_shapes", "teaser_shapes"]

_t, _a = text, attr


def _creative(sid: int, h: str, brand: str) -> str:
    """What a slot holds once the page has run a little: nothing, a frame, a tag, an <ins>, a banner."""
    return choose([
        f'<div id="slot-{h}" style="min-height:250px"></div>',
        f'<iframe src="https://serve.adnet-example.com/if?z={sid}" width="300" height="250" frameborder="0" '
        'scrolling="no" loading="lazy"></iframe>',
        f'<div id="z{sid}"></div><script async src="https://cdn.adnet-example.com/tag.js?zone={sid}"></script>',
        f'<ins data-zone="{sid}" data-format="300x250" style="display:inline-block;width:300px;height:250px"></ins>',
        f'<a href="https://click.adnet-example.com/c?{h}" rel="sponsored noopener" target="_blank"><picture><source '
        f'type="image/webp" srcset="/creatives/{h}-300.webp"><img src="/creatives/{h}-300.jpg" alt="{_a(brand)}" '
        'width="300" height="250"></picture></a>',
        f'<a href="https://click.adnet-example.com/c?{h}" rel="sponsored"><img src="/banners/{h}.gif" width="300" '
        'height="250" alt="" border="0"></a>',
    ], str(sid), h)  # fmt: skip


# ------------------------------------------------------------------------------------------------
# Ads
# ------------------------------------------------------------------------------------------------


def ad_shapes(label: str, slot_id: int) -> list[tuple[str, str]]:
    """Ad notices: the label with its slot (empty, a frame, a tag, a banner) or a sponsored card."""
    lab, al = _t(label), _a(label)
    sid = int(slot_id)
    s = str(sid)
    h = hexid(label, s)
    u = uuid(label, s)
    k = sid % 9 + 1
    net = 21000000 + sid % 900000
    brand = choose(ADVERTISERS, label, s)
    br, ba = _t(brand), _a(brand)
    copy = _t(choose(AD_HEADLINES, s, label))
    body = _creative(sid, h, brand)
    e = f"e1{h[:5]}"  # an Emotion label
    b = f"b-{h}{sid % 90 + 10}"  # a Blazor scope
    ember = sid % 900 + 100
    before = flag(label, s)  # some wrappers put the notice under the slot
    return [
        # -- ad servers and exchanges -------------------------------------------------------------
        ("gam-safeframe", f'<div class="dfp-unit dfp-unit--inline" data-ad-position="inline{k}"><p class="dfp-unit__'
                          f'disclosure">{lab}</p><div id="gpt-inline-{k}-{h}" data-google-query-id="CI{h.upper()}Pq0" '
                          'style="min-width:300px;min-height:250px"><div id="google_ads_iframe_/'
                          f'{net}/news/inline_{k}__container__" style="border:0pt none"><iframe id="google_ads_iframe_/'
                          f'{net}/news/inline_{k}" title="3rd party ad content" width="300" height="250" '
                          'scrolling="no" '
                          'marginwidth="0" marginheight="0" frameborder="0" sandbox="allow-forms allow-popups allow-'
                          'popups-to-escape-sandbox allow-same-origin allow-scripts allow-top-navigation-by-user-'
                          'activation" data-is-safeframe="true" tabindex="0" data-google-container-id="3"></iframe>'
                          '</div></div></div>'),
        ("gpt-display-script", f'<div class="story-break" id="story-break-{k}"><span class="story-break__tag">{lab}'
                               f'</span><div id="sb-{h}"><script>googletag.cmd.push(function(){{googletag.display('
                               f'"sb-{h}");}});</script></div></div>'),
        ("amazon-tam", f'<div class="tam-holder"><div class="tam-holder__label">{lab}</div><div id="apstag-{h}" '
                       f'data-aps-slot="/{net}/article/mid" data-aps-sizes="300x250,336x280"><iframe id="apstag-f-'
                       f'iframe-{k}" frameborder="0" marginwidth="0" marginheight="0" scrolling="no" width="300" '
                       'height="250"></iframe></div></div>'),
        ("pubmatic-openwrap", f'<div class="pwt-slot" data-pm-slot="Article_Mid_{k}@300x250"><em class="pwt-slot__'
                              f'disclosure">{lab}</em><div id="pm-{sid}"></div></div>'),
        ("sovrn-lijit", f'<div class="sovrn-unit"><div class="sovrn-unit__note">{lab}</div><script type="text/'
                        f'javascript" src="//ap.lijit.com/www/delivery/fpi.js?z={sid}&amp;width=300&amp;height=250">'
                        '</script></div>'),
        ("gumgum-inscreen", f'<div class="gg-inscreen" data-gg-zone="{h}" data-gg-pub="{sid}"><span class="gg-'
                            f'inscreen__label">{lab}</span><div id="gumgum_inscreen_{sid}" style="min-height:90px">'
                            '</div></div>'),
        ("seedtag-inarticle", f'<div class="st-inarticle" data-st-slot="inarticle-{k}"><div class="st-inarticle__'
                              f'caption">{lab}</div><div id="seedtag_{sid}" class="st-inarticle__player" style="aspect-'
                              'ratio:16/9"></div></div>'),
        ("yieldmo", f'<div class="ym-container"><p class="ym-container__label">{lab}</p><div id="ym_{sid}{k}" '
                    'class="ym" data-lazy-load="true"></div></div>'),
        ("playwire-ramp", f'<div class="pw-incontent"><span class="pw-incontent__lbl">{lab}</span><div data-pw-desk='
                          f'"med_rect_btf" data-pw-mobi="med_rect_btf" id="pwMedRectBtf{k}"></div></div>'),
        ("venatus", f'<div class="vm-wrap"><small class="vm-wrap__small">{lab}</small><div class="vm-placement" '
                    f'data-id="{h[:6]}{sid}"></div></div>'),
        ("publift-fuse", f'<div class="fuse-slot"><span class="fuse-slot__label">{lab}</span><div data-fuse="{sid}{k}" '
                         f'data-fuse-zone="incontent_{k}" style="min-height:280px"></div></div>'),
        ("yandex-rtb", f'<div class="ya-unit"><div class="ya-unit__title">{lab}</div><div '
                       f'id="yandex_rtb_R-A-{sid}-{k}">'
                       '</div><script>window.yaContextCb.push(()=>{Ya.Context.AdvManager.render({"blockId":"R-A-'
                       f'{sid}-{k}","renderTo":"yandex_rtb_R-A-{sid}-{k}"}})}})</script></div>'),
        ("adfox", f'<div class="adfox-box"><span class="adfox-box__caption">{lab}</span><div id="adfox_{sid}{h[:6]}">'
                  '</div></div>'),
        ("adocean", f'<div class="ado-box"><div class="ado-box__lbl">{lab}</div><div id="adoceanplwb{h}" class="ado-'
                    'box__slot"></div></div>'),
        ("adform-script", f'<div class="adf-box"><span class="adf-box__mention">{lab}</span><script data-adfscript="'
                          f'adx.adform.net/adx/?mid={sid}&amp;rnd=%%RANDOM%%"></script></div>'),
        ("adnuntius", f'<div class="adn-holder"><div class="adn-holder__label">{lab}</div><div id="adn-000000000'
                      f'{h[:7]}" style="display:none"></div></div>'),
        ("stroeer-sdg", f'<div class="sdg-slot-wrap"><p class="sdg-slot-wrap__title">{lab}</p><div id="sdgSlotHull-'
                        f'banner{k}" class="sdgSlotHull" data-sdg-ad="banner{k}"></div></div>'),
        ("yieldlove", f'<div class="yieldlove-holder"><span>{lab}</span><div id="yieldlove_ad_slot_{sid}" class="'
                      'yieldlove-ad"></div></div>'),
        ("kakao-adfit", f'<div class="adfit-area"><p class="adfit-area__tag">{lab}</p><ins class="kakao_ad_area" '
                        f'style="display:none" data-ad-unit="DAN-{h}{sid % 100:02d}" data-ad-width="300" data-ad-'
                        'height="250"></ins></div>'),
        ("geniee", f'<div class="gn-box"><p class="gn-box__pr">{lab}</p><div data-cptid="{sid}_{k}" style="display:'
                   f'block"><script>gnshbrequest.cmd.push(function(){{gnshbrequest.applyPassback("{sid}_{k}", '
                   f'"[data-cptid=\'{sid}_{k}\']");}});</script></div></div>'),
        ("microad-compass", f'<div class="microad-holder"><span class="microad-holder__pr">{lab}</span><div id="{h}'
                            f'{k}" class="microadcompass-ad"></div></div>'),
        ("baidu-union", f'<div class="bd-slot"><em class="bd-slot__tip">{lab}</em><div class="_{h}{sid}"></div><script '
                        'type="text/javascript">(window.slotbydup = window.slotbydup || []).push({id: "u'
                        f'{sid}", container: "_{h}{sid}", async: true}});</script></div>'),
        ("times-colombia", f'<div class="colombia" data-slot="{sid}" data-position="{k}" data-section="0" data-ua="d" '
                           f'id="div-clmb-ctn-{sid}-{k}" style="min-height:250px;width:100%"><span class="colombia__'
                           f'label">{lab}</span></div>'),
        ("media-net", f'<div class="mnet-unit"><span class="mnet-unit__lbl">{lab}</span><div id="{sid}{k}"><script '
                      'type="text/javascript">try { window._mNHandle.queue.push(function () { window._mNDetails.'
                      f'loadTag("{sid}{k}", "300x250", "{sid}{k}"); }}); }} catch (error) {{}}</script></div></div>'),
        ("adsterra", f'<div class="adst-box"><span>{lab}</span><script type="text/javascript">atOptions = {{\'key\' '
                     f": '{h}{h}', 'format' : 'iframe', 'height' : 250, 'width' : 300, 'params' : {{}}}};</script>"
                     f'<script type="text/javascript" src="//www.highperformanceformat.com/{h}{h}/invoke.js"></script>'
                     '</div>'),
        ("admixer", f'<div class="amx-zone"><span class="amx-zone__tip">{lab}</span><div id="admixer_{h}_zone_{sid}" '
                    f'data-inv="//inv-nets.admixer.net/" data-r="single" data-sender="admixer" data-z="{u}"></div>'
                    '</div>'),
        ("adpushup", f'<div id="{u}" class="_ap_apex_ad" style="width:300px;height:250px;margin:auto"><p class="_ap_'
                     f'apex_ad__label">{lab}</p></div>'),
        ("dianomi", f'<div class="dianomi_context" data-dianomi-context-id="{sid % 999}"><span class="dianomi_context'
                    f'__label">{lab}</span></div>'),
        ("sortable", f'<div class="ad-tag-wrap"><span class="ad-tag-wrap__lbl">{lab}</span><div class="ad-tag" '
                     f'data-ad-name="incontent_{k}" data-ad-size="auto"></div></div>'),
        ("fencedframe", f'<div class="pa-auction"><span class="pa-auction__note">{lab}</span><fencedframe width="300" '
                        f'height="250" allow="attribution-reporting" data-config="urn:uuid:{u}"></fencedframe></div>'),
        ("attributionsrc-banner", f'<div class="partner-strip"><a href="https://click.adnet-example.com/c?{h}" '
                                  f'attributionsrc="https://click.adnet-example.com/reg?c={h}" rel="sponsored '
                                  'noopener" '
                                  f'target="_blank"><img src="/creatives/{h}-728.jpg" alt="{ba}" width="728" '
                                  'height="90">'
                                  f'</a><span class="partner-strip__note">{lab}</span></div>'),
        ("picture-sponsored", f'<aside class="partner-banner"><p class="partner-banner__note">{lab}</p><a href="https:'
                              f'//click.adnet-example.com/c?{h}" rel="sponsored noopener" target="_blank"><picture>'
                              f'<source type="image/avif" srcset="/creatives/{h}-728.avif 728w, '
                              f'/creatives/{h}-320.avif '
                              f'320w"><source type="image/webp" srcset="/creatives/{h}-728.webp 728w"><img src="/'
                              f'creatives/{h}-728.jpg" alt="{ba}" width="728" height="90" loading="lazy"></picture></a>'
                              '</aside>'),
        ("srcdoc-iframe", f'<div class="srcdoc-unit"><p class="srcdoc-unit__note">{lab}</p><iframe sandbox="allow-'
                          'scripts allow-popups allow-popups-to-escape-sandbox" srcdoc="&lt;a href=&quot;https://click.'
                          f'adnet-example.com/c?{h}&quot;&gt;&lt;img src=&quot;/b/{h}.jpg&quot;&gt;&lt;/a&gt;" '
                          'width="300" height="250" loading="lazy"></iframe></div>'),
        ("anchor-sticky", f'<div class="anchor-unit" role="complementary" aria-label="{al}"><button type="button" '
                          f'class="anchor-unit__close" aria-label="Close">×</button><span class="anchor-unit__lbl">'
                          f'{lab}'
                          f'</span><div id="anchor-{sid}" style="height:50px"></div></div>'),
        # -- video players ------------------------------------------------------------------------
        ("connatix", f'<div class="cnx-player-wrap"><p class="cnx-player-wrap__lbl">{lab}</p><div class="cnx-main-'
                     f'container" id="cnx-{h}" data-cnx-player-id="{u}"><div class="cnx-content-wrapper" style="'
                     'padding-top:56.25%"></div></div></div>'),
        ("primis", f'<div class="primis-wrap"><div class="primis-wrap__label">{lab}</div><div id="primis_container_div_'
                   f'{sid}" data-primis-placement="{sid}" style="min-height:180px"></div></div>'),
        ("exco-player", f'<div class="exco-wrap"><div class="exco-wrap__label">{lab}</div><div id="exco-player-{h}" '
                        f'class="exco-player" data-exco-id="{u}" style="aspect-ratio:16/9"></div></div>'),
        # -- native cards and widgets -------------------------------------------------------------
        ("nativo-card", f'<div class="ntv-ad ntv-moap" data-ntv-adid="{sid}" data-ntv-campaign="{h}"><a class="ntv-'
                        f'link" href="https://jadserve.postrelease.com/trk?ntv_at=3&amp;ntv_ui={h}" rel="sponsored '
                        f'noopener" target="_blank"><img class="ntv-thumb" '
                        f'src="https://images.postrelease.com/{h}.jpg" '
                        f'alt="" width="120" height="80"><span class="ntv-headline">{copy}</span></a><span class="ntv-'
                        f'sponsor">{lab} <b>{br}</b></span></div>'),
        ("sharethrough-card", f'<div class="str-adunit str-collapsed" data-str-native-key="{h}" data-stx-response-name='
                              f'"STR_{sid}"><div class="str-thumbnail"><img src="https://static.sharethrough.com/'
                              f'creatives/{h}.jpg" alt=""></div><div class="str-text"><p class="str-brand">{br}</p><h3 '
                              f'class="str-title">{copy}</h3><p class="str-promoted-by">{lab}</p></div></div>'),
        ("triplelift-card", f'<div class="tl-native-unit" data-tl-inv="{h}_main_feed"><a href="https://ib.3lift.com/'
                            f'ttj?inv_code={h}" rel="sponsored" class="tl-native-unit__link"><span class="tl-native-'
                            f'unit__img" style="background-image:url(/tl/{h}.jpg)"></span><span class="tl-native-unit__'
                            f'title">{copy}</span></a><span class="tl-native-unit__by">{lab} · {br}</span></div>'),
        ("carbon-ads", f'<div id="carbonads"><span><span class="carbon-wrap"><a href="https://srv.carbonads.net/ads/'
                       f'click/x/GTND{h.upper()}" class="carbon-img" target="_blank" rel="noopener sponsored"><img src='
                       f'"https://cdn4.buysellads.net/uu/1/{sid}/{h}.png" alt="ads via Carbon" border="0" height="100" '
                       'width="130" style="max-width:130px"></a><a href="https://srv.carbonads.net/ads/click/x/GTND'
                       f'{h.upper()}" class="carbon-text" target="_blank" rel="noopener sponsored">{copy}</a></span><a '
                       'href="https://www.carbonads.net/?utm_source=news&amp;utm_medium=ad_via_link&amp;utm_campaign='
                       f'in_unit" class="carbon-poweredby" target="_blank" rel="noopener sponsored">{lab}</a></span>'
                       '</div>'),
        ("buysellads-native", f'<div id="bsa-zone_{sid}-0_{k}" class="bsa-zone"><div class="bsa-native"><a class="bsa-'
                              f'native__link" href="https://srv.buysellads.com/ads/click/x/{h}" rel="sponsored '
                              'noopener" '
                              f'target="_blank"><span class="bsa-native__tag">{lab}</span><span class="bsa-native__'
                              f'company">{br}</span><span class="bsa-native__desc">{copy}</span></a></div></div>'),
        ("ethicalads-text", f'<div data-ea-publisher="news-{h}" data-ea-type="text" class="ethical-callout"><div class='
                            '"ea-placement ea-type-text"><div class="ea-content"><div class="ea-text"><strong>'
                            f'{br}</strong>: {copy}</div></div><div class="ea-callout"><a href="https://www.ethicalads.'
                            f'io/advertisers/?ref=ea-text" rel="nofollow noopener sponsored" target="_blank">{lab}</a>'
                            '</div></div></div>'),
        ("revcontent", f'<div class="rc-widget-wrap"><div class="rc-uid-{sid} rc-widget" data-rc-widget="" data-widget-'
                       'host="habitat" data-endpoint="//trends.revcontent.com" data-widget-id="'
                       f'{sid}"><div class="rc-header"><span class="rc-brand">{lab}</span></div><div class="rc-row">'
                       '</div></div></div>'),
        ("mgid", f'<div class="mg-wrap"><div class="mgheader"><div class="mghead">{lab}</div></div><div data-type="_'
                 f'mgwidget" data-widget-id="{sid}"></div></div>'),
        ("feed-card-sponsored", f'<article class="feed-card feed-card--sponsored"><a class="feed-card__link" href="'
                                f'https://clk.native-example.net/{h}" rel="sponsored"><img class="feed-card__img" src="'
                                f'/native/{h}.jpg" alt=""><h3 class="feed-card__title">{copy}</h3></a><footer class="'
                                f'feed-card__meta"><span class="feed-card__label">{lab}</span> · <span class="feed-'
                                f'card__brand">{br}</span></footer></article>'),
        # -- WordPress plugins --------------------------------------------------------------------
        ("ad-inserter-block", f"<div class='code-block code-block-{k}' style='margin: 8px auto; text-align: center; "
                              f"display: block; clear: both;'><small>{lab}</small>{body}</div>"),
        ("wp-quads", f'<div class="quads-location quads-ad{k}" id="quads-ad{k}" style="float:none;margin:10px 0 10px 0;'
                     f'text-align:center;"><div class="quads-ad-label quads-ad-label-new">{lab}</div>{body}</div>'),
        ("adrotate-group", f'<div class="g g-{k}"><div class="g-single a-{sid % 97}"><span class="g-caption">{lab}'
                           f'</span><a class="gofollow" data-track="{h}" href="https://click.adnet-example.com/c?{h}" '
                           f'target="_blank" rel="sponsored"><img src="/wp-content/banners/{h}.jpg" width="728" '
                           f'height="90" alt="{ba}"></a></div></div>'),
        ("newspack-ads", f'<div class="wp-block-newspack-ads-blocks-ad-unit"><div class="newspack_global_ad newspack-'
                         f'ads__inline" data-unit="article_{k}"><span class="newspack-ads__label">{lab}</span><div id='
                         f'"np-{h}" class="newspack-ads__slot" style="width:300px;height:250px"></div></div></div>'),
        # -- front-end stacks -----------------------------------------------------------------------
        ("lit-element", f'<news-ad unit="/{net}/article/mid" sizes="300x250"><!--?lit${h}$--><span class="disclosure">'
                        f'{lab}</span><!--?lit${h}$--><div class="creative" id="na-{h}"></div></news-ad>'),
        ("qwik-container", f'<div q:key="ad{k}" class="ad-break" on:qvisible="/build/q-{h}.js#s_{h}"><!--qv q:id={k} '
                           f'q:key=AdBreak--><p q:key="lbl">{lab}</p><div q:id="{k}1" data-slot="/{net}/inline"></div>'
                           '<!--/qv--></div>'),
        ("solidstart-hk", f'<div data-hk="00000{k}10" class="inline-unit"><span data-hk="00000{k}11">{lab}</span><div '
                          f'data-hk="00000{k}12" id="iu-{sid}"></div></div>'),
        ("blazor-scoped", f'<div class="promo-block" {b}><span class="promo-block__label" {b}>{lab}</span><div '
                          f'class="promo-block__slot" {b} id="pb-{sid}"></div></div>'),
        ("ember-view", f'<div id="ember{ember}" class="ember-view sponsor-unit"><p class="sponsor-unit__label">{lab}'
                       f'</p><div id="ember{ember + 1}" class="ember-view sponsor-unit__slot"></div></div>'),
        ("alpine-intersect", f'<div x-data="slotLoader(\'/{net}/inline_{k}\')" x-intersect.once="load()" class='
                             f'"inline-slot"><span x-show="ready" class="inline-slot__label">{lab}</span><div x-ref='
                             '"frame" class="inline-slot__frame"></div></div>'),
        ("stimulus-controller", f'<div data-controller="dfp" data-dfp-path-value="/{net}/article" data-dfp-sizes-'
                                'value="[[300,250],[336,280]]" data-action="turbo:load@window->dfp#refresh"><p data-'
                                f'dfp-target="label">{lab}</p><div data-dfp-target="container"></div></div>'),
        ("livewire-init", f'<div wire:id="{h}{k}" wire:init="loadCreative" class="promo-slot"><span class="promo-slot__'
                          f'caption">{lab}</span><div wire:ignore></div></div>'),
        ("phoenix-hook", f'<div id="unit-{sid}" phx-hook="Gpt" phx-update="ignore" data-phx-id="m{k}-phx-F{h}"><small>'
                         f'{lab}</small><div class="unit-frame"></div></div>'),
        ("vuetify-sheet", '<div class="v-sheet v-theme--light v-sheet--rounded pa-2 my-6 text-center"><div class="'
                          f'text-caption text-medium-emphasis">{lab}</div><div class="v-responsive" '
                          'style="aspect-ratio:'
                          f'1.2"><div class="v-responsive__content" id="vs-{sid}"></div></div></div>'),
        ("daisyui-divider", f'<div class="divider text-xs uppercase opacity-60">{lab}</div>'),
        ("tailwind-arbitrary", '<div class="mx-auto my-10 flex w-fit flex-col items-center gap-1.5"><span class="text-'
                               '[10px] font-medium uppercase tracking-[0.2em] text-zinc-400">'
                               f'{lab}</span><div class="h-[250px] w-[300px] bg-zinc-100 dark:bg-zinc-800" id="tw-{h}">'
                               '</div></div>'),
        ("foundation-callout", f'<div class="callout secondary small text-center"><p class="help-text">{lab}</p>{body}'
                               '</div>'),
        ("uikit-card", '<div class="uk-card uk-card-default uk-card-small uk-margin"><div class="uk-card-header uk-'
                       f'text-meta uk-text-center">{lab}</div><div class="uk-card-body uk-flex uk-flex-center">{body}'
                       '</div></div>'),
        ("semantic-ui-ad", f'<div class="ui basic center aligned segment"><div class="ui tiny grey horizontal label">'
                           f'{lab}</div><div class="ui medium rectangle centered ad" data-text="300x250"></div></div>'),
        ("mantine-stack", '<div class="m_6d731127 mantine-Stack-root" style="--stack-gap:4px;--stack-align:center"><p '
                          'class="mantine-focus-auto m_b6d8b162 mantine-Text-root" data-size="xs" style="color:var(--'
                          f'mantine-color-dimmed)">{lab}</p><div class="m_1b7284a3 mantine-Paper-root" id="mt-{h}" '
                          'style="width:300px;height:250px"></div></div>'),
        ("material-web-card", f'<md-elevated-card class="sponsor-card"><span class="md-typescale-label-small sponsor-'
                              f'card__label">{lab}</span><div class="sponsor-card__slot" id="md-{h}"></div>'
                              '</md-elevated-card>'),
        ("emotion-hashed", f'<div class="css-{h[:6]} {e}0"><span class="css-{h[2:8]} {e}1">{lab}</span><div class='
                           f'"css-{h[1:7]} {e}2" id="em-{sid}"></div></div>'),
        ("vanilla-extract", f'<aside class="InlineUnit_root__{h[:6]}0 sprinkles_marginY_8__1s2k3b7"><span class='
                            f'"InlineUnit_label__{h[:6]}1">{lab}</span><div class="InlineUnit_frame__{h[:6]}2">{body}'
                            '</div></aside>'),
        ("bem-label-position", '<div class="mid-article-unit">'
                               + (f'<span class="mid-article-unit__eyebrow">{lab}</span>{body}' if before else
                                  f'{body}<span class="mid-article-unit__eyebrow">{lab}</span>')
                               + "</div>"),
        # -- no names -------------------------------------------------------------------------------
        ("testid-only", f'<div data-testid="inline-unit-{k}"><p data-testid="inline-unit-label">{lab}</p><div data-'
                        'testid="inline-unit-frame"></div></div>'),
        ("no-attributes", f"<section><h6>{lab}</h6><div></div></section>"),
        ("no-attributes-iframe", f'<div><small>{lab}</small><br><iframe width="300" height="250" frameborder="0" '
                                 f'scrolling="no" src="https://serve.adnet-example.com/if?z={sid}"></iframe></div>'),
    ]  # fmt: skip
