"""Sign-up forms of the seventh blind family (tests/corpus/fresh7.py) as email tools and form builders embed them.

Email platforms (Ortto, Iterable, Braze in-app messages, Cordial, Mailmodo, SendX, Encharge, Letterdrop,
Paragraph, Mailcoach, Keila, Elastic Email, PostUp, Newsletter Glue, WhatCounts, Selligent, Acoustic,
Mapp, Blueshift, SparkLoop's Upscribe, MailUp, Spotler, Laposta, Evalanche, Mailrelay, E-goi, Blastmail,
DashaMail, Sendsay, eSputnik) and form builders (Cognito Forms, Formstack, Wufoo, Paperform, Fillout, Kwes).
The rest (pitches, consent walls, push prompts, forms in stacks and kits) is in fresh7_forms_ui.py.
"""

from __future__ import annotations

from .blind import attr, text
from .fresh7_forms_ui import ui_shapes
from .fresh7_words import coin, hexid, num

_t, _a = text, attr


def newsletter_shapes(prompt: str, subtext: str, legal: str, button: str, link_text: str, action: str
                      ) -> list[tuple[str, str]]:  # fmt: skip
    return _tool_shapes(prompt, subtext, legal, button, link_text, action) + ui_shapes(
        prompt, subtext, legal, button, link_text, action
    )


def _tool_shapes(prompt: str, subtext: str, legal: str, button: str, link_text: str, action: str
                 ) -> list[tuple[str, str]]:  # fmt: skip
    p, s, g, b, k = _t(prompt), _t(subtext), _t(legal), _t(button), _t(link_text)
    ba = _a(button)
    act = _a(action)
    key = (prompt, button, action)
    h = hexid(*key)
    h2 = hexid(*key, size=12)
    n = num(*key, digits=6)
    uuid = f"{h}-{h2[:4]}-4{h2[4:7]}-9{h2[7:10]}-{h2}"
    sub = f"<p>{s}</p>" if coin(*key, "sub") else ""
    small = f"<small>{g}</small>" if coin(*key, "legal") else ""
    mail = '<input type="email" name="email" autocomplete="email" placeholder="you@example.com" required>'
    return [
        # -- email platforms -----------------------------------------------------------------------------
        ("ortto", f'<div class="ap3w-embeddable-form-{h2}"><form class="ap3w-embeddable-form ap3w-form--inline" '
                  f'method="post" novalidate><div class="ap3w-form-title"><h3>{p}</h3></div>{sub}<div class="ap3w-'
                  'form-input"><input type="email" class="ap3w-form-input-email" name="email" required></div><div '
                  f'class="ap3w-form-button"><button type="submit" class="ap3w-form-submit">{b}</button></div></form>'
                  '</div>'),
        ("iterable", f'<form class="it-signup" action="https://links.iterable.com/lists/publicAddSubscriberForm?public'
                     f'IdString={uuid}" method="POST" target="_blank"><p class="it-signup__title">{p}</p>{mail}<button '
                     f'type="submit">{b}</button>{small}</form>'),
        ("braze-iam", f'<div class="ab-iam-root v3 ab-animate-in"><div class="ab-in-app-message ab-modal ab-email-'
                      f'capture" role="dialog" aria-modal="true"><div class="ab-message-text"><h1 class="ab-message-'
                      f'header">{p}</h1>{s}</div><input type="email" class="ab-email-input"><div class="ab-message-'
                      f'buttons"><button class="ab-message-button" type="button">{b}</button></div></div></div>'),
        ("cordial", f'<div class="crdl-form-wrap"><form class="crdl-form" data-cordial-form="{h}" method="post"><h4>{p}'
                    f'</h4><label class="crdl-label">Email <input type="email" name="channels.email.address"></label>'
                    f'<button class="crdl-submit" type="submit">{b}</button></form></div>'),
        ("mailmodo", f'<div class="mm-embed"><p class="mm-embed__title"><strong>{p}</strong></p><iframe src="https://'
                     f'manage.mailmodo.com/forms/{uuid}" title="{ba}" width="100%" height="220" frameborder="0">'
                     '</iframe></div>'),
        ("sendx", f'<div id="sendx-embed-form-{h}" class="sendx-embed"><form class="sendx-form" method="post" action="'
                  f'https://app.sendx.io/api/v1/form/{h2}"><div class="sendx-heading">{p}</div>{sub}<input class="'
                  f'sendx-input" type="email" name="email"><button class="sendx-button" type="submit">{b}</button>'
                  '</form></div>'),
        ("encharge", f'<div class="encharge-form-embed" data-encharge-form-id="{uuid}"><div class="encharge-form"><h2 '
                     f'class="encharge-form__title">{p}</h2><input class="encharge-form-input" type="email" name="'
                     f'email"><button class="encharge-form-submit-button" type="submit">{b}</button></div></div>'),
        ("letterdrop", f'<form class="letterdrop-subscribe" action="https://api.letterdrop.co/subscribe/{h}" method="'
                       f'post"><p class="letterdrop-subscribe__cta">{p}</p><input type="email" name="email"><button '
                       f'type="submit">{b}</button><p class="letterdrop-subscribe__legal">{g}</p></form>'),
        ("paragraph-embed", f'<div class="paragraph-subscribe"><p>{p}</p><iframe src="https://paragraph.com/@newsdesk/'
                            f'embed?minimal=true" width="480" height="90" title="{ba}" frameborder="0" scrolling="no">'
                            '</iframe></div>'),
        ("mailcoach", f'<form class="mailcoach-form" action="https://newsdesk.mailcoach.app/subscribe/{uuid}" method='
                      f'"post"><h3>{p}</h3><label for="mc-email-{h}">Email</label><input id="mc-email-{h}" type="email"'
                      f' name="email" required><input type="hidden" name="redirect_after_subscribed" value="{act}">'
                      f'<button type="submit">{b}</button></form>'),
        ("keila", f'<form class="contact-form keila-form" action="https://app.keila.io/forms/nfrm_{h}" method="post">'
                  f'<h1 class="keila-form__h">{p}</h1>{sub}<div class="contact-form__field"><input type="email" name="'
                  f'contact[email]" required></div><button class="button" type="submit">{b}</button></form>'),
        ("elastic-email", f'<form class="ee-form" action="https://api.elasticemail.com/contact/add?version=2" method="'
                          f'post"><input type="hidden" name="publicaccountid" value="{uuid}"><input type="hidden" '
                          f'name="returnUrl" value="{act}"><h4 class="ee-form__title">{p}</h4><input type="email" '
                          f'name="email" class="ee-input"><input type="submit" class="ee-submit" value="{ba}"></form>'),
        ("postup", f'<div class="postup-signup"><form class="postup-signup__form" action="{act}" method="post" data-'
                   f'postup-list="{n}"><p class="postup-signup__hed">{p}</p>{mail}<button type="submit">{b}</button>'
                   f'</form>{small}</div>'),
        ("newsletter-glue", f'<div class="wp-block-newsletterglue-form ngl-form ngl-portrait"><form class="ngl-form-'
                            f'container" action="{act}" method="post"><h2 class="ngl-form-heading">{p}</h2><div class='
                            f'"ngl-form-description">{s}</div><div class="ngl-form-field"><input type="email" name="'
                            f'ngl_email" class="ngl-form-input-text"></div><button type="submit" class="ngl-form-'
                            f'button">{b}</button><p class="ngl-form-text">{g}</p></form></div>'),
        ("whatcounts", f'<form class="wc-optin" method="post" action="https://whatcounts.com/bin/listctrl"><input type='
                       f'"hidden" name="slid" value="{h2}"><input type="hidden" name="cmd" value="subscribe"><b>{p}'
                       f'</b><br><input type="text" name="email" size="24"><input type="submit" value="{ba}"></form>'),
        ("selligent", f'<form class="slg-form" method="post" action="https://news.slgnt.eu/optiext/optiextension.dll?'
                      f'ID={h2}"><fieldset><legend>{p}</legend><input type="email" name="MAIL"><button type="submit">'
                      f'{b}</button></fieldset></form>'),
        ("acoustic", f'<form class="acoustic-signup" method="post" action="https://www.pages03.net/newsdesk/newsletter/'
                     f'SignUp"><input type="hidden" name="formSourceName" value="StandardForm"><p>{p}</p><input '
                     f'type="email" name="Email" id="control_EMAIL"><input type="submit" value="{ba}"></form>'),
        ("mapp", f'<div class="mapp-form"><form action="https://newsletter.example.mapp.com/subscribe" method="post">'
                 f'<h3 class="mapp-form__title">{p}</h3><input type="hidden" name="group" value="{n}">{mail}<button '
                 f'type="submit">{b}</button></form></div>'),
        ("blueshift", f'<form class="bsft-subscribe" data-bsft-form="{h}"><div class="bsft-subscribe__copy"><p class="'
                      f'bsft-subscribe__head">{p}</p>{sub}</div><input type="email" name="email"><button class="bsft-'
                      f'subscribe__btn" type="submit">{b}</button></form>'),
        ("sparkloop-upscribe", f'<div class="sparkloop-upscribe sl-upscribe"><div class="sl-upscribe__header">{p}</div>'
                               f'<label class="sl-upscribe__rec"><input type="checkbox" checked> <span>{s}</span>'
                               f'</label><button class="sl-upscribe__cta" type="button">{b}</button></div>'),
        ("mailup", f'<form id="mailup-form-{h}" class="mailup-form" action="https://a{h[:6]}.s28.it/frontend/'
                   f'xmlSubscribe.aspx" method="post"><p class="mailup-form__title">{p}</p><input type="text" name="'
                   f'email" placeholder="E-mail"><input type="hidden" name="list" value="{n % 40 + 1}"><button type="'
                   f'submit">{b}</button><label class="mailup-form__privacy"><input type="checkbox" name="privacy" '
                   f'required> {g}</label></form>'),
        ("spotler", f'<form class="spotler-form" method="post" action="https://m7.mailplus.nl/genericservice/code/'
                    f'servlet/Redirect"><input type="hidden" name="userId" value="{n}"><h4>{p}</h4><input type="email"'
                    f' name="email"><button type="submit">{b}</button></form>'),
        ("laposta", f'<form class="lp-form" action="https://laposta.nl/f/s/{h}" method="post"><h3 class="lp-form__h">'
                    f'{p}</h3><div class="lp-form-fieldwrapper"><label class="lp-form-label">E-mail</label><input '
                    f'class="lp-form-fieldInput" type="email" name="email"></div><button class="lp-form-button" type='
                    f'"submit">{b}</button></form>'),
        ("evalanche", f'<form class="evalanche-form" method="post" action="https://scnem.com/f.php?id={n}"><div class="'
                      f'evalanche-form__head">{p}</div><input type="email" name="EMAIL"><label><input type="checkbox" '
                      f'name="DSGVO"> {g}</label><button type="submit">{b}</button></form>'),
        ("mailrelay", f'<form class="mailrelay-subscription-form" action="https://news.ipzmarketing.com/f/{h2}" '
                      f'method="post"><h4>{p}</h4>{sub}<input type="email" name="email"><button type="submit">{b}'
                      '</button></form>'),
        ("e-goi", f'<div class="egoi-form"><form action="https://{h[:5]}.e-goi.com/w/{h2}" method="post"><p class="'
                  f'egoi-form__title">{p}</p><input type="email" name="email"><button type="submit" class="egoi-form'
                  f'__btn">{b}</button></form></div>'),
        ("blastmail", f'<form class="bm-form" method="post" action="https://bm01.blastmail.jp/form/{h}/"><h3 class="'
                      f'bm-form__title">{p}</h3><dl><dt>メールアドレス</dt><dd><input type="email" name="email"></dd>'
                      f'</dl><p class="bm-form__btn"><button type="submit">{b}</button></p></form>'),
        ("dashamail", f'<form class="dm-subscribe" action="https://lk.dashamail.com/subscribe/{h}/" method="post"><div '
                      f'class="dm-subscribe__title">{p}</div><input type="email" name="email" placeholder="Email">'
                      f'<button type="submit">{b}</button>{small}</form>'),
        ("sendsay", f'<div class="sendsay-form" data-sendsay-form="{h}/{n % 90}"><div class="sendsay-form__header">{p}'
                    f'</div><div class="sendsay-field"><input type="email" name="member.email"></div><button class="'
                    f'sendsay-button" type="submit">{b}</button></div>'),
        ("esputnik", f'<form class="esputnik-subscribe" method="post" action="{act}" data-es-form="{h}"><p class="'
                     f'esputnik-subscribe__title">{p}</p><input type="email" name="email"><button type="submit">{b}'
                     '</button></form>'),
        # -- form builders ------------------------------------------------------------------------------
        ("cognito-forms", f'<div class="cognito-embed"><h3>{p}</h3><iframe src="https://www.cognitoforms.com/f/{h}/'
                          f'{n % 30 + 1}" allow="payment" style="border:0;width:100%;" height="260" title="{ba}">'
                          '</iframe></div>'),
        ("formstack", f'<form class="fsForm fsSingleColumn" action="https://newsdesk.formstack.com/forms/index.php" '
                      f'method="post" id="fsForm{n}"><div class="fsPage"><h2 class="fsSectionHeading">{p}</h2><div '
                      f'class="fsRow fsFieldRow"><div class="fsRowBody fsCell fsFieldCell"><label class="fsLabel">Email'
                      f'</label><input type="email" class="fsField" name="field{n}"></div></div></div><div class="'
                      f'fsSubmit"><input class="fsSubmitButton" type="submit" value="{ba}"></div></form>'),
        ("wufoo", f'<form id="form{n % 90}" class="wufoo topLabel page" method="post" action="https://newsdesk.wufoo.'
                  f'com/forms/z{h}/"><header class="info"><h2>{p}</h2><div>{s}</div></header><ul><li class="notranslate'
                  f'"><label class="desc">Email</label><div><input type="email" class="field text medium" name="'
                  f'Field1"></div></li><li class="buttons"><input class="btTxt submit" type="submit" value="{ba}">'
                  '</li></ul></form>'),
        ("paperform", f'<div class="paperform-box"><p class="paperform-box__title">{p}</p><div data-paperform-id="'
                      f'newsdesk-{h[:6]}" data-prefill-inherit="1"></div><p class="paperform-box__fallback"><a href="'
                      f'https://newsdesk-{h[:6]}.paperform.co">{k}</a></p></div>'),
        ("fillout", f'<div class="fillout-box"><h4>{p}</h4><div style="width:100%;height:320px;" data-fillout-id="{h}'
                    f'{h[:4]}" data-fillout-embed-type="standard" data-fillout-inherit-parameters></div><a class="'
                    f'fillout-box__alt" href="https://forms.fillout.com/t/{h}">{k}</a></div>'),
        ("kwes", f'<form class="kwes-form" action="https://kwes.io/api/foreign/forms/{h2}" method="post"><h3>{p}</h3>'
                 f'<label for="kw-email-{h}">Email</label><input id="kw-email-{h}" type="email" name="email" rules="'
                 f'required|email"><button type="submit">{b}</button></form>'),
    ]  # fmt: skip
