"""Ad slots of the seventh blind family (tests/corpus/fresh7.py) as front-end stacks, kits and CMSs render them.

A notice and its slot as Flutter web, ASP.NET Web Forms (the AdRotator control), JSF with PrimeFaces, Dojo's
dijit, GWT, Backbone with Marionette, Dioxus, Riot and Polymer leave them; styled with W3.CSS, MDB, Tabler,
Basscss, Cirrus, Chota and Ark UI parts; named by Atomizer (Yahoo's atomic CSS), JSS, Griffel, Tamagui,
Compiled and goober; in Wagtail, django CMS, SilverStripe Elemental, Concrete CMS, dotCMS and Forem templates.
"""

from __future__ import annotations

from .blind import text
from .fresh7_ads import creative
from .fresh7_words import hexid, num

_t = text


def slot_shapes(label: str, slot_id: int) -> list[tuple[str, str]]:
    lab = _t(label)
    sid = int(slot_id)
    s = str(sid)
    h = hexid(s, label, "slot")
    k = sid % 5 + 1
    n = num(s, label, digits=4)
    body = creative(sid + 1, h)
    return [
        # -- stacks ---------------------------------------------------------------------------------
        ("flutter-web", f'<div class="flt-ad-host"><flt-semantics role="text" aria-label="">{lab}</flt-semantics>'
                        f'<flt-platform-view slot="flt-pv-slot-{k}"><div id="adContainer{sid}" style="width:100%;'
                        'height:250px"></div></flt-platform-view></div>'),
        ("aspnet-adrotator", f'<div id="ctl00_MainContent_pnlAd{k}" class="adPanel"><span id="ctl00_MainContent_'
                             f'lblAdCaption{k}" class="adCaption">{lab}</span><br><a id="ctl00_MainContent_AdRotator'
                             f'{k}" href="/ads/click.aspx?ad={sid}" target="_top"><img src="/ads/banner{k}.gif" '
                             'alt="" style="border-width:0px;"></a></div>'),
        ("primefaces-panel", f'<div id="j_idt{n}:adPanel" class="ui-panel ui-widget ui-widget-content ui-corner-all">'
                             '<div class="ui-panel-titlebar ui-widget-header ui-helper-clearfix ui-corner-all"><span '
                             f'class="ui-panel-title">{lab}</span></div><div id="j_idt{n}:adPanel_content" class="ui-'
                             f'panel-content ui-widget-content">{body}</div></div>'),
        ("dojo-dijit", f'<div class="dijitContentPane adPane" data-dojo-type="dijit/layout/ContentPane" widgetid="'
                       f'adPane_{sid}" id="adPane_{sid}"><div class="adPaneCaption">{lab}</div><div data-dojo-attach-'
                       'point="slotNode" style="min-height:250px"></div></div>'),
        ("gwt-panel", f'<div class="gwt-FlowPanel ad-flow"><div class="gwt-HTML ad-flow-caption">{lab}</div><div '
                      f'class="gwt-SimplePanel" id="gwt-uid-{n}" aria-hidden="true"></div></div>'),
        ("marionette-region", f'<div data-region="adRegion{k}" class="js-ad-region"><div class="ad-view"><p class="'
                              f'ad-view__caption">{lab}</p><div data-ui="slot" id="view{n}"></div></div></div>'),
        ("dioxus", f'<div class="ad-box" data-node-hydration="{k}"><span data-node-hydration="{k + 1}">{lab}</span>'
                   f'<div id="ad-{h}" data-node-hydration="{k + 2}"></div></div>'),
        ("riot-tag", f'<div data-is="ad-slot" class="ad-slot-tag"><p ref="caption">{lab}</p><div ref="frame" data-'
                     f'slot="{sid}"></div></div>'),
        ("polymer-scope", f'<div class="style-scope news-ad-slot frame"><div class="style-scope news-ad-slot caption">'
                          f'{lab}</div><div id="slot" class="style-scope news-ad-slot">{body}</div></div>'),
        # -- kits -----------------------------------------------------------------------------------
        ("ark-tooltip", f'<div class="ad-shell"><span class="ad-shell__caption">{lab}</span> <button type="button" '
                        f'data-scope="tooltip" data-part="trigger" aria-describedby="tooltip:{h}:content" data-state='
                        f'"closed">?</button><div class="ad-shell__slot" id="dfp-{sid}"></div></div>'),
        ("w3css-panel", f'<div class="w3-panel w3-light-grey w3-center w3-padding-16"><p class="w3-tiny w3-text-'
                        f'grey w3-opacity">{lab}</p>{body}</div>'),
        ("mdb-image", f'<div class="bg-image hover-overlay ripple shadow-1-strong rounded" data-mdb-ripple-color="'
                      f'light"><span class="badge badge-light position-absolute">{lab}</span>{body}</div>'),
        ("tabler-card", f'<div class="card card-sm card-borderless"><div class="card-body text-center"><div class="'
                        f'subheader mb-2">{lab}</div><div class="ratio ratio-21x9">{body}</div></div></div>'),
        ("basscss", f'<div class="center mx-auto my3 py2 border-top border-bottom"><p class="h6 caps gray m0 mb1">{lab}'
                    f'</p><div class="inline-block" id="a{h}"></div></div>'),
        ("cirrus-frame", f'<div class="frame u-text-center"><div class="frame__header"><p class="frame__subtitle '
                         f'u-text-xs">{lab}</p></div><div class="frame__body">{body}</div></div>'),
        ("chota-card", f'<div class="card is-center"><small class="text-grey">{lab}</small><div class="is-full-width"'
                       f' id="slot{sid}"></div></div>'),
        # -- naming schemes -------------------------------------------------------------------------
        ("atomizer", f'<div class="Ta(c) My(20px) Py(10px) Bdt Bdb Bdc($c-fuji-grey-c)"><span class="Fz(11px) C($c-'
                     f'fuji-grey-h) Tt(u) D(b) Mb(6px)">{lab}</span><div id="defaultLREC{k}-sizer" class="H(250px) '
                     'W(300px) Mx(a)"></div></div>'),
        ("jss-makestyles", f'<div class="makeStyles-adWrapper-{n % 90 + 10}"><p class="makeStyles-adCaption-'
                           f'{n % 90 + 11}">{lab}</p><div class="makeStyles-adFrame-{n % 90 + 12}">{body}</div>'
                           '</div>'),
        ("griffel", f'<div class="fui-AdSlot ___r7kt1u0 f22iagw f122n59 fwiuce9"><span class="fui-Caption1 ___1ykw3qs'
                    f' fkhj508 f1i3iumi">{lab}</span><div class="___n1dqn0 f1l02sjl" id="slot-{h}"></div></div>'),
        ("tamagui", f'<div class="is_View _dsp-flex _fd-column _ai-center _mt-t-space-4"><span class="is_Text _fos-'
                    f'f-size-1 _col-color11">{lab}</span><div class="is_View _h-250px _w-300px" id="t{h}"></div>'
                    '</div>'),
        ("compiled", f'<div class="_1e0c1txw _vwz4kb7n _1bah1h6o _4cvr1h6o"><span class="_11c8wadc _syaz131l">{lab}'
                     f'</span><div class="_1bsb1osq _4t3i7vkz">{body}</div></div>'),
        ("goober", f'<div class="go{n}{sid}"><p class="go{n + 7}{sid}">{lab}</p><div class="go{n + 9}{sid}" '
                   f'id="ad-{h}"></div></div>'),
        # -- CMSs -----------------------------------------------------------------------------------
        ("wagtail-block", f'<div class="block-advert"><div class="advert-block"><p class="advert-block__caption">{lab}'
                          f'</p><div class="advert-block__unit" data-unit="{sid}"></div></div></div>'),
        ("django-cms-plugin", f'<div class="cms-plugin cms-plugin-{n} ad-plugin"><h6 class="ad-plugin__heading">{lab}'
                              f'</h6><div class="ad-plugin__code">{body}</div></div>'),
        ("silverstripe-elemental", f'<div class="element dnadesign__elemental__models__elementcontent element-ad" id="'
                                   f'e{n}"><div class="element-ad__caption">{lab}</div><div class="element-ad__unit" '
                                   f'data-placement="{sid}"></div></div>'),
        ("concrete-cms", f'<div class="ccm-block-custom-template-advertisement ccm-custom-style-container ccm-custom-'
                         f'style-main-{n}"><p class="ad-caption">{lab}</p>{body}</div>'),
        ("dotcms-contentlet", f'<div class="dot-contentlet ad-contentlet" data-dot-object="contentlet" data-dot-'
                              f'identifier="{h}-{k}" data-dot-basetype="WIDGET"><span class="ad-contentlet__caption">'
                              f'{lab}</span><div class="ad-contentlet__slot" id="ad{sid}"></div></div>'),
        ("forem-billboard", f'<div class="crayons-card crayons-card--secondary billboard" data-display-unit data-id="'
                            f'{n}" data-type-of="in_house"><div class="flex items-center"><span class="crayons-'
                            f'subtitle-3 color-base-60">{lab}</span></div><div class="billboard__body">{body}</div>'
                            '</div>'),
    ]  # fmt: skip
