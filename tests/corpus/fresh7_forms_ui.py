"""Pitches and sign-ups of the seventh blind family (tests/corpus/fresh7.py) beyond the email tools' embeds.

"Support us" pitches with a link or a button only (PressPatron, RevEngine, News Revenue Hub, Donorbox,
Fundraise Up, Givebutter, Patreon, Ko-fi, Buy Me a Coffee), consent walls that sell an ad-free membership
(contentpass, Sourcepoint's pay-or-accept message), web-push opt-in boxes (iZooto, PushEngage, Webpushr),
and sign-up forms as ASP.NET Web Forms, PrimeFaces, Dojo's dijit, GWT, Polymer's paper elements and Riot
render them, styled with W3.CSS, MDB, Cirrus, Basscss, Chota, Framework7 and Ark UI, named by Atomizer,
Griffel, Tamagui and JSS; and a podcast's plain "follow" line.
"""

from __future__ import annotations

from .blind import attr, text
from .fresh7_words import coin, hexid, num

_t, _a = text, attr


def ui_shapes(prompt: str, subtext: str, legal: str, button: str, link_text: str, action: str
              ) -> list[tuple[str, str]]:  # fmt: skip
    p, s, g, b, k = _t(prompt), _t(subtext), _t(legal), _t(button), _t(link_text)
    pa, ba = _a(prompt), _a(button)
    act = _a(action)
    key = (prompt, subtext, action)
    h = hexid(*key)
    n = num(*key, digits=5)
    sub = f"<p>{s}</p>" if coin(*key, "s") else ""
    fine = f'<p class="fine">{g}</p>' if coin(*key, "g") else ""
    return [
        # -- support pitches ------------------------------------------------------------------------------
        ("presspatron", f'<div class="presspatron-cta"><p class="presspatron-cta__text">{p}</p><a class="presspatron-'
                        f'cta__btn" href="https://www.presspatron.com/supporter/checkout?site={n}">{k}</a></div>'),
        ("revengine", f'<div class="revengine-cta" data-revengine-campaign="{h}"><h3 class="revengine-cta__head">{p}'
                      f'</h3>{sub}<a class="revengine-cta__button" href="/support/?utm_source=revengine&amp;cid={h}">'
                      f'{b}</a></div>'),
        ("news-revenue-hub", f'<div class="nrh-donate-box"><p class="nrh-donate-box__hed"><strong>{p}</strong></p><p>'
                             f'{s}</p><a class="nrh-donate-box__link" href="https://fundjournalism.org/newsdesk/donate/'
                             f'?amount=15&amp;frequency=monthly">{k}</a></div>'),
        ("donorbox", f'<div class="donorbox-embed"><h3>{p}</h3><iframe src="https://donorbox.org/embed/newsdesk-fund?'
                     f'default_interval=m" name="donorbox" allowpaymentrequest="allowpaymentrequest" seamless="'
                     f'seamless" frameborder="0" scrolling="no" height="420px" width="100%" title="{ba}"></iframe>'
                     '</div>'),
        ("fundraise-up", f'<div class="fru-box"><p class="fru-box__lead">{p}</p><a href="#X{h.upper()}" style="display:'
                         f'none"></a><a class="fru-box__btn" href="?form=X{h.upper()}">{b}</a>{fine}</div>'),
        ("givebutter", f'<div class="gb-box"><h4 class="gb-box__title">{p}</h4><givebutter-widget id="g{h}">'
                       f'</givebutter-widget><noscript><a href="https://givebutter.com/newsdesk">{k}</a></noscript>'
                       '</div>'),
        ("patreon", f'<div class="patreon-pitch"><p>{p}</p><a href="https://www.patreon.com/bePatron?u={n}" data-'
                    f'patreon-widget-type="become-patron-button">{k}</a></div>'),
        ("ko-fi", f'<div class="kofi-pitch"><p class="kofi-pitch__text">{p}</p><a class="kofi-button" href="https://'
                  f'ko-fi.com/newsdesk{n % 100}" target="_blank" title="{ba}"><span class="kofitext">{b}</span></a>'
                  '</div>'),
        ("buymeacoffee", f'<div class="bmc-pitch"><span class="bmc-pitch__lead">{p}</span> <a class="bmc-button" '
                         f'href="https://www.buymeacoffee.com/newsdesk"><span class="bmc-btn-text">{b}</span></a>'
                         '</div>'),
        # -- consent walls ------------------------------------------------------------------------------
        ("contentpass", f'<div class="cp-wall" role="dialog" aria-label="{pa}"><div class="cp-wall__body"><h2 class="'
                        f'cp-wall__title">{p}</h2><p class="cp-wall__text">{s}</p><button class="cp-wall__accept" '
                        f'type="button">{b}</button><a class="cp-wall__subscribe" href="https://www.contentpass.net/'
                        f'signup?site={n}">{k}</a></div></div>'),
        ("sourcepoint-pur", f'<div id="sp_message_container_{n}" class="sp_message_container"><div class="message '
                            f'type-modal"><div class="message-component message-row"><p class="message-component '
                            f'text">{p}</p></div><div class="message-component message-row"><button class="message-'
                            f'component message-button sp_choice_type_11" type="button">{b}</button><a class="message-'
                            f'component sp_choice_type_9" href="{act}">{k}</a></div><p class="message-component '
                            f'privacy">{g}</p></div></div>'),
        # -- web push -----------------------------------------------------------------------------------
        ("izooto", f'<div class="iz-optin-box"><div class="iz-optin-text"><b>{p}</b><br>{s}</div><div class="iz-'
                   f'optin-btns"><button class="iz-later" type="button">Later</button><button class="iz-allow" type='
                   f'"button">{b}</button></div></div>'),
        ("pushengage", f'<div class="pe-optin-box" id="pe-optin-{h}"><p class="pe-optin-title">{p}</p><div class="pe-'
                       f'optin-buttons"><button class="pe-optin-close" type="button">No thanks</button><button class="'
                       f'pe-optin-allow" type="button">{b}</button></div></div>'),
        ("webpushr", f'<div class="webpushr-subscription-box"><div class="webpushr-subscription-box__msg">{p}</div>'
                     f'<button class="webpushr-subscription-button" type="button">{b}</button></div>'),
        # -- stacks -----------------------------------------------------------------------------------
        ("aspnet-webforms", f'<div id="ctl00_pnlNewsletter" class="newsletterPanel" onkeypress="javascript:return '
                            f'WebForm_FireDefaultButton(event, &#39;ctl00_btnSubscribe&#39;)"><span id="ctl00_'
                            f'lblNewsletter" class="nlCaption">{p}</span><input name="ctl00$txtEmail" type="text" id="'
                            f'ctl00_txtEmail" class="nlInput"><input type="submit" name="ctl00$btnSubscribe" value="'
                            f'{ba}" id="ctl00_btnSubscribe" class="nlButton"></div>'),
        ("primefaces-form", f'<form id="nlForm" name="nlForm" method="post" action="{act}" enctype="application/x-www-'
                            f'form-urlencoded"><span class="ui-outputlabel nl-caption">{p}</span><input id="nlForm:'
                            f'email" name="nlForm:email" type="text" class="ui-inputfield ui-inputtext ui-widget ui-'
                            f'state-default ui-corner-all"><button id="nlForm:j_idt{n % 90}" type="submit" class="ui-'
                            f'button ui-widget ui-state-default ui-corner-all ui-button-text-only"><span class="ui-'
                            f'button-text ui-c">{b}</span></button><input type="hidden" name="javax.faces.ViewState" '
                            f'value="-{n}:{h}"></form>'),
        ("dojo-dijit", f'<div class="nlPane" data-dojo-type="dijit/form/Form" widgetid="nlForm_{h}"><p class="nlPane__'
                       f'caption">{p}</p><div class="dijit dijitReset dijitInline dijitLeft dijitTextBox" widgetid="'
                       f'nlEmail_{h}"><div class="dijitReset dijitInputField dijitInputContainer"><input class="dijit'
                       f'Reset dijitInputInner" type="text" name="email"></div></div><span class="dijit dijitReset '
                       f'dijitInline dijitButton"><span class="dijitReset dijitInline dijitButtonNode"><span class="'
                       f'dijitReset dijitStretch dijitButtonContents" role="button"><span class="dijitReset dijitInline'
                       f' dijitButtonText">{b}</span></span></span></span></div>'),
        ("gwt-widgets", f'<div class="gwt-VerticalPanel nl-box"><div class="gwt-Label nl-box-title">{p}</div><input '
                        f'type="text" class="gwt-TextBox" tabindex="0"><button type="button" class="gwt-Button" '
                        f'tabindex="0">{b}</button></div>'),
        ("polymer-paper", f'<div class="style-scope news-signup"><h3 class="style-scope news-signup">{p}</h3><paper-'
                          f'input class="style-scope news-signup" label="Email" type="email"></paper-input><paper-'
                          f'button class="style-scope news-signup" raised role="button" tabindex="0">{b}</paper-button>'
                          '</div>'),
        ("riot-form", f'<div data-is="signup-box" class="signup-box-tag"><form ref="form" action="{act}" method="post">'
                      f'<label ref="label">{p}</label><input ref="email" type="email" name="email"><button ref="submit"'
                      f' type="submit">{b}</button></form></div>'),
        # -- kits ---------------------------------------------------------------------------------------
        ("w3css-form", f'<form class="w3-container w3-card-4 w3-light-grey w3-padding-16" action="{act}" method="post">'
                       f'<h4 class="w3-text-dark-grey">{p}</h4><input class="w3-input w3-border w3-round" type="email" '
                       f'name="email"><button class="w3-button w3-block w3-black w3-margin-top" type="submit">{b}'
                       '</button></form>'),
        ("mdb-form-outline", f'<form class="mdb-nl text-center" action="{act}" method="post"><h5 class="mb-3">{p}</h5>'
                             f'<div class="form-outline mb-3" data-mdb-input-init><input type="email" id="mdb-{h}" '
                             f'class="form-control"><label class="form-label" for="mdb-{h}">Email</label></div><button'
                             f' type="submit" class="btn btn-primary btn-block" data-mdb-ripple-init>{b}</button>{fine}'
                             '</form>'),
        ("cirrus-form", f'<form class="frame p-2" action="{act}" method="post"><div class="frame__header"><p class="'
                        f'frame__title">{p}</p></div><div class="frame__body"><div class="input-control"><input type="'
                        f'email" class="input-contains-icon" name="email"></div></div><div class="frame__footer">'
                        f'<button class="btn-primary u-pull-right" type="submit">{b}</button></div></form>'),
        ("basscss-form", f'<form class="p3 mb3 border rounded bg-darken-1" action="{act}" method="post"><p class="h3 '
                         f'bold m0 mb2">{p}</p><input type="email" name="email" class="block col-12 mb1 field"><button '
                         f'class="btn btn-primary" type="submit">{b}</button></form>'),
        ("chota-form", f'<form class="card nl-chota" action="{act}" method="post"><header><h4>{p}</h4></header><p class'
                       f'="grouped"><input type="email" name="email"><button class="button primary" type="submit">{b}'
                       f'</button></p>{fine}</form>'),
        ("framework7-form", f'<form class="f7-signup" action="{act}" method="post"><div class="block-title">{p}</div>'
                            '<div class="list list-strong-ios list-outline-ios"><ul><li class="item-content item-'
                            'input"><div class="item-inner"><div class="item-title item-label">Email</div><div class="'
                            'item-input-wrap"><input type="email" name="email"></div></div></li></ul></div><div class="'
                            f'block"><button class="button button-fill" type="submit">{b}</button></div></form>'),
        ("ark-field", f'<form class="ark-signup" action="{act}" method="post"><p class="ark-signup__title">{p}</p><div '
                      f'data-scope="field" data-part="root"><label data-scope="field" data-part="label" for="field:{h}'
                      f':input">Email</label><input data-scope="field" data-part="input" id="field:{h}:input" type="'
                      f'email" name="email"></div><button type="submit" class="ark-signup__btn">{b}</button></form>'),
        # -- naming schemes ---------------------------------------------------------------------------
        ("atomizer-form", f'<form class="Bgc(#f5f8fa) P(20px) Bdrs(6px) Ta(c)" action="{act}" method="post"><p class="'
                          f'Fz(20px) Fw(b) M(0) Mb(8px)">{p}</p><input class="W(60%) H(36px) Bd Bdc(#ccc) Px(10px)" '
                          f'type="email" name="email"><button class="H(36px) Px(16px) Bgc($c-fuji-purple) C(#fff) '
                          f'Bd(n)" type="submit">{b}</button></form>'),
        ("griffel-form", f'<form class="___1qaf4p0 f22iagw" action="{act}" method="post"><span class="fui-Subtitle1 '
                         f'___1m7j3cn">{p}</span><span class="fui-Input ___1t1lnvo f10pi13n"><input type="email" class'
                         f'="fui-Input__input ___1yh1jo9" name="email"></span><button class="fui-Button r1alrhcs '
                         f'___1akj6hk" type="submit">{b}</button></form>'),
        ("tamagui-form", f'<form class="is_YStack _dsp-flex _fd-column _gap-t-space-3" action="{act}" method="post">'
                         f'<span class="is_H3">{p}</span><input class="is_Input _h-t-size-4" type="email" name="email">'
                         f'<button class="is_Button _bg-blue10" type="submit"><span class="is_ButtonText">{b}</span>'
                         '</button></form>'),
        ("jss-form", f'<form class="jss{n % 200 + 500}" action="{act}" method="post"><h3 class="jss{n % 200 + 501}">{p}'
                     f'</h3><div class="jss{n % 200 + 502}"><input class="jss{n % 200 + 503}" type="email" name="'
                     f'email"></div><button class="jss{n % 200 + 504}" type="submit">{b}</button></form>'),
        # -- plain --------------------------------------------------------------------------------------
        ("podcast-follow", f'<p class="follow-show"><b>{p}</b> <a href="{act}">{k}</a> · <a href="https://podcasts.'
                           f'apple.com/podcast/id{n}">Apple Podcasts</a> · <a href="https://open.spotify.com/show/{h}">'
                           'Spotify</a></p>'),
    ]  # fmt: skip
