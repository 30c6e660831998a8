"""The sign-up pieces of the fifth blind family (tests/corpus/fresh5.py), written blind like the rest of it.

Here: newsletter and marketing tools' embeds as they render (Marketo, Pardot, Eloqua, Zoho Campaigns,
GetResponse, AWeber, Moosend, Omnisend, Drip, EmailOctopus, Flodesk, Revue, Listmonk, Sendy, TinyLetter,
SendFox, Stibee, UniSender, SendPulse, RD Station, Acumbamail, FreshMail, Mag2, dotdigital, Salesforce
CloudPages), WordPress form and opt-in plugins (MailPoet, the Newsletter plugin, Contact Form 7, Ninja
Forms, Formidable, Fluent Forms, Forminator, OptinMonster, Bloom, Thrive Leads), form services (Typeform,
Tally, Jotform), publishers' subscription stacks (Poool, Zephr, Pelcro, Memberful) and site builders
(Shopify, Framer, Carrd). fresh5_forms_ui.py adds the front-end stacks and the plain ones.
"""

from __future__ import annotations

from .blind import attr, text
from .fresh5_forms_ui import ui_shapes
from .fresh5_words import choose, flag, hexid, num, uuid

_t, _a = text, attr


def newsletter_shapes(
    prompt: str, subtext: str, legal: str, button: str, link_text: str, action: str
) -> list[tuple[str, str]]:
    """Sign-up pieces: most an email field with a submit control, some a pitch with a button or a link."""
    p, s, lg, b, k = _t(prompt), _t(subtext), _t(legal), _t(button), _t(link_text)
    ap, ab = _a(prompt), _a(button)
    act = _a(action)
    n = num(prompt, action)
    h = hexid(prompt, action)
    u = uuid(prompt, action)
    ph = _a(choose(["Email", "E-mail", "Email address", "name@example.com", "you@domain.com", "E-Mail-Adresse"],
                   prompt, action))  # fmt: skip
    show_s = flag(prompt, subtext)  # whether the embed was set up with its description
    show_lg = flag(prompt, legal)
    return [
        ("marketo", f'<div class="mkto-wrap"><form id="mktoForm_{n % 9000}" class="mktoForm mktoHasWidth mktoLayout'
                    'Left" novalidate><div class="mktoFormRow"><div class="mktoFieldDescriptor mktoFormCol"><div '
                    f'class="mktoHtmlText mktoHasWidth"><h3>{p}</h3></div></div></div><div class="mktoFormRow"><div '
                    'class="mktoFieldDescriptor mktoFormCol"><div class="mktoFieldWrap mktoRequiredField"><label for="'
                    'Email" class="mktoLabel mktoHasWidth"><div class="mktoAsterix">*</div>Email:</label><input id="'
                    'Email" name="Email" maxlength="255" type="email" class="mktoField mktoEmailField mktoHasWidth '
                    'mktoRequired"></div></div></div><div class="mktoButtonRow"><span class="mktoButtonWrap '
                    f'mktoSimple"><button type="submit" class="mktoButton">{b}</button></span></div></form></div>'),
        ("pardot-form", f'<div class="pardot-embed"><h4 class="pardot-embed__title">{p}</h4><form accept-charset="UTF-'
                        f'8" method="post" action="https://go.pardot.com/l/{n}/2024-05-01/{h}" class="form" id="pardot-'
                        f'form"><p class="form-field email pd-text required"><label class="field-label" for="{h}_'
                        f'{n}pi_{h}">Email</label><input type="text" name="{h}_{n}pi_{h}" id="{h}_{n}pi_{h}" value="" '
                        'class="text" size="30" maxlength="255"></p><p class="submit"><input type="submit" accesskey="'
                        f's" value="{ab}"></p></form></div>'),
        ("pardot-iframe", f'<div class="pardot-iframe"><p class="pardot-iframe__lead">{p}</p><iframe src="https://go.'
                          f'pardot.com/l/{n}/2024-05-01/{h}" width="100%" height="220" type="text/html" frameborder="0"'
                          ' allowTransparency="true" style="border:0"></iframe></div>'),
        ("eloqua", f'<form method="post" name="NewsletterSignup" action="https://s{n % 9000}.t.eloqua.com/e/f2" '
                   'id="form'
                   f'{n % 900}" class="elq-form"><input value="NewsletterSignup" type="hidden" name="elqFormName">'
                   '<input'
                   f' value="{n}" type="hidden" name="elqSiteId"><div class="layout container-fluid"><div class="row">'
                   '<div class="grid-layout-col"><div class="layout-col col-sm-12 col-xs-12"><div '
                   'class="elq-field-style'
                   f' form-element-layout row"><label class="elq-label" for="fe{n % 900}">{p}</label><div class="field-'
                   f'control-wrapper"><input type="text" class="elq-item-input" name="emailAddress" id="fe{n % 900}" '
                   f'value="" placeholder="{ph}"></div></div><div class="elq-field-style form-element-layout row">'
                   '<input'
                   f' type="Submit" class="submit-button-style" value="{ab}"></div></div></div></div></div></form>'),
        ("zoho-campaigns", f'<div id="sf3z{h}" data-type="signupform"><div id="customForm"><div '
                           'class="quick_form_8_css"'
                           f' name="SIGNUP_BODY"><div id="SIGNUP_HEADING">{p}</div>'
                           + (f'<div id="SIGNUP_DESCRIPTION">{s}</div>' if show_s else "")
                           + '<form method="POST" id="zcampaignOptinForm" '
                             'action="https://maillist-manage.eu/weboptin.zc"'
                           ' target="_zcSignup"><div class="SIGNUP_FLD"><input type="text" placeholder="'
                           f'{ph}" changeitem="SIGNUP_FORM_FIELD" name="CONTACT_EMAIL" id="EMBED_FORM_EMAIL_LABEL">'
                           '</div>'
                           '<div class="SIGNUP_FLD"><input type="button" name="SIGNUP_SUBMIT_BUTTON" id="zcWebOptin" '
                           f'value="{ab}"></div></form></div></div></div>'),
        ("getresponse-element", f'<div class="gr-embed"><h3 class="gr-embed__title">{p}</h3><getresponse-form form-id="'
                                f'{u}" e="0"></getresponse-form></div>'),
        ("getresponse-legacy", f'<form action="https://app.getresponse.com/add_subscriber.html" accept-charset="utf-8" '
                               f'method="post" class="gr-legacy"><p>{p}</p><input type="text" name="email" '
                               'placeholder="'
                               f'{ph}"><input type="hidden" name="campaign_token" value="{h}"><input type="hidden" '
                               'name='
                               f'"start_day" value="0"><input type="submit" value="{ab}"></form>'),
        ("aweber", f'<form method="post" class="af-form-wrapper" accept-charset="UTF-8" action="https://www.aweber.com/'
                   f'scripts/addlead.pl"><div style="display:none"><input type="hidden" name="meta_web_form_id" value="'
                   f'{n}"><input type="hidden" name="listname" value="awlist{n % 99999}"></div><div id="af-form-{n}" '
                   f'class="af-form"><div id="af-header-{n}" class="af-header"><div class="bodyText"><p>{p}</p></div>'
                   f'</div><div id="af-body-{n}" class="af-body af-standards"><div class="af-element"><label class="'
                   f'previewLabel" for="awf_field-{n}">Email:</label><div class="af-textWrap"><input class="text" id="'
                   f'awf_field-{n}" type="email" name="email"></div></div><div class="af-element buttonContainer">'
                   f'<input name="submit" class="submit" type="submit" value="{ab}"></div>'
                   + (f'<div class="af-element privacyPolicy"><p>{lg}</p></div>' if show_lg else "")
                   + "</div></div></form>"),
        ("moosend", f'<div class="moosend-inline"><p class="moosend-inline__lead"><strong>{p}</strong></p><div data-'
                    f'mooform-id="{u}"></div></div>'),
        ("omnisend", f'<div class="omnisend-form-{h}-container"><div class="omnisend-form-{h}-form"><h3 '
                     'class="omnisend-'
                     f'form-{h}-title">{p}</h3><form><input type="email" name="email" class="omnisend-form-{h}-field-'
                     f'input" placeholder="{ph}"><button type="submit" class="omnisend-form-{h}-action">{b}</button>'
                     '</form></div></div>'),
        ("drip", f'<form action="https://www.getdrip.com/forms/{n}/submissions" method="post" data-drip-embedded-form="'
                 f'{n}"><h3 data-drip-attribute="headline">{p}</h3>'
                 + (f'<div data-drip-attribute="description">{s}</div>' if show_s else "")
                 + '<div><label for="drip-email">Email Address</label><br><input type="email" id="drip-email" name="'
                 f'fields[email]" value=""></div><div><input type="submit" value="{ab}" data-drip-attribute="sign-up-'
                 'button"></div></form>'),
        ("emailoctopus", f'<div class="emailoctopus-form-wrapper emailoctopus-form-default"><h2 class="emailoctopus-'
                         f'heading">{p}</h2><form method="post" action="https://emailoctopus.com/lists/{u}/members/'
                         'embedded/1.3/add" class="emailoctopus-form"><div class="emailoctopus-form-row form-group">'
                         '<label for="field_0">Email address</label><input type="email" name="field_0" class="form-'
                         'control" required></div><div class="emailoctopus-form-row-hp" aria-hidden="true"><input '
                         f'type="text" name="hp{u}" tabindex="-1" autocomplete="nope"></div><div class="emailoctopus-'
                         f'form-row-subscribe"><button type="submit" class="btn btn-primary">{b}</button></div></form>'
                         '</div>'),
        ("flodesk", f'<div class="ff-{h}" data-ff-el="root" data-ff-version="3" data-ff-type="inline" data-ff-name="'
                    f'inlineBanner"><div class="ff-{h}__container"><form class="ff-{h}__form" action="https://form.'
                    f'flodesk.com/forms/{h}/submit" method="post" data-ff-el="form"><div class="ff-{h}__title"><div>{p}'
                    f'</div></div><div class="ff-{h}__subtitle"><div>{s}</div></div><div class="ff-{h}__fields"><div '
                    f'class="ff-{h}__field"><input class="ff-{h}__control" type="text" maxlength="255" name="email" '
                    f'placeholder="{ph}" data-ff-tab="email::submit" required></div></div><div class="ff-{h}__footer" '
                    f'data-ff-el="footer"><button type="submit" class="ff-{h}__button" data-ff-el="submit">{b}</button>'
                    '</div></form></div></div>'),
        ("revue-style", f'<div id="revue-embed"><p class="revue-lead">{p}</p><form action="https://www.getrevue.co/'
                        f'profile/desk{n}/add_subscriber" method="post" id="revue-form" name="revue-form" target="_'
                        'blank"><div class="revue-form-group"><label for="member_email">Email address</label><input '
                        f'class="revue-form-field" placeholder="{ph}" type="email" name="member[email]" id="member_'
                        f'email"></div><div class="revue-form-actions"><input type="submit" value="{ab}" name="member'
                        f'[subscribe]" id="member_submit"></div><div class="revue-form-footer">{lg}</div></form>'
                        '</div>'),
        ("listmonk", f'<form method="post" action="{act}" class="listmonk-form"><div><h3>{p}</h3><input type="hidden" '
                     f'name="nonce"><p><input type="email" name="email" required placeholder="{ph}"></p><p><input '
                     f'type="text" name="name" placeholder=""></p><p><input id="{h}" type="checkbox" name="l" checked '
                     f'value="{u}"><label for="{h}">{s}</label></p><input type="submit" value="{ab}"></div></form>'),
        ("sendy", f'<div class="sendy-box"><p class="sendy-box__lead">{p}</p><form action="https://sendy.{h}.net/'
                  'subscribe" method="POST" accept-charset="utf-8"><label for="email">Email</label><br><input type="'
                  'email" name="email" id="email"><br><div style="display:none;"><label for="hp">HP</label><br><input '
                  f'type="text" name="hp" id="hp"></div><input type="hidden" name="list" value="{h}{h[:6]}"><input '
                  f'type="hidden" name="subform" value="yes"><input type="submit" name="submit" id="submit" '
                  f'value="{ab}">'
                  '</form></div>'),
        ("tinyletter", f'<form style="border:1px solid #ccc;padding:3px;text-align:center;" action="https://tinyletter.'
                       f'com/desk{n % 999}" method="post" target="popupwindow"><p><label for="tlemail">{p}</label></p>'
                       '<p><input type="text" style="width:140px" name="email" id="tlemail"></p><input type="hidden" '
                       f'value="1" name="embed"><input type="submit" value="{ab}"><p><a href="https://tinyletter.com" '
                       'target="_blank">powered by TinyLetter</a></p></form>'),
        ("sendfox", f'<form method="post" action="https://sendfox.com/form/{h[:6]}/{h[2:8]}" class="sendfox-form" id="'
                    f'{h[2:8]}" data-async="true" data-recaptcha="false"><p><label for="sendfox_form_email">{p}</label>'
                    f'<br><input type="email" id="sendfox_form_email" placeholder="{ph}" name="email" required></p><div'
                    ' style="position:absolute;left:-5000px" aria-hidden="true"><input type="text" name="a_password" '
                    f'tabindex="-1" value="" autocomplete="off"></div><p><button type="submit">{b}</button></p>'
                    '</form>'),
        ("stibee", f'<div id="stb_subscribe"><form action="https://stibee.com/api/v1.0/lists/{n}/public/subscribers" '
                   'method="POST" target="_blank" accept-charset="utf-8" class="stb_form" name="stb_subscribe_form" '
                   f'id="stb_subscribe_form" novalidate><h3 class="stb_form_title">{p}</h3><fieldset class="stb_form_'
                   'set"><label for="stb_email" class="stb_form_set_label">E-mail</label><input type="text" class="'
                   'stb_form_set_input" id="stb_email" name="email" required></fieldset><div class="stb_form_policy">'
                   f'<label><input type="checkbox" id="stb_policy" value="stb_policy_true"><span>{lg}</span></label>'
                   '</div><fieldset class="stb_form_set_submit"><button type="submit" class="stb_form_submit_button" '
                   f'id="stb_form_submit_button">{b}</button></fieldset></form></div>'),
        ("unisender", f'<div class="unisender-embed"><form method="POST" action="https://cp.unisender.com/ru/subscribe?'
                      f'hash={h}{h}" name="subscribtion_form" us_mode="embed"><div class="subscribe-form-item '
                      f'subscribe-form-item--text"><p>{p}</p></div><div class="subscribe-form-item '
                      'subscribe-form-item--'
                      'input-email"><label class="subscribe-form-item__label subscribe-form-item__label--required">'
                      'Email</label><input class="subscribe-form-item__control subscribe-form-item__control--input-'
                      'email" type="text" name="email" value=""></div><div class="subscribe-form-item subscribe-form-'
                      'item--btn-submit"><input class="subscribe-form-item__btn subscribe-form-item__btn--btn-submit" '
                      f'type="submit" value="{ab}"></div><input type="hidden" name="charset" value="UTF-8"><input type='
                      f'"hidden" name="default_list_id" value="{n}"></form></div>'),
        ("sendpulse", f'<div class="sp-form-outer"><div id="sp-form-{n}" sp-id="{n}" sp-hash="{h}" class="sp-form sp-'
                      'form-regular sp-form-embed"><div class="sp-form-fields-wrapper"><form novalidate class="sp-'
                      f'element-container"><div class="sp-field sp-field-full-width" sp-id="sp-{h}"><p>{p}</p></div>'
                      f'<div class="sp-field" sp-id="sp-{h[1:]}"><label class="sp-control-label"><span>Email</span>'
                      '<strong>*'
                      '</strong></label><input type="email" sp-type="email" name="sform[email]" '
                      'class="sp-form-control" '
                      f'required></div><div class="sp-field sp-button-container"><button id="sp-{h[2:]}" class="sp-'
                      f'button">{b}</button></div></form></div></div></div>'),
        ("rd-station", f'<div class="bricks--section rd-section" id="rd-section-{h}"><div class="bricks--column rd-'
                       f'column"><div class="rd-text"><p>{p}</p></div><div class="bricks-form" id="rd-form-{h}"><form '
                       f'id="conversion-form-newsletter-{h[:4]}" action="https://event-api.rdstation.com.br/v2/'
                       'conversions" data-typed-fields="1" data-lang="pt-BR" novalidate class="bricks-form__form"><div '
                       f'class="bricks-form__fieldset"><div class="bricks-form__field" id="rd-email_field-{h}"><label '
                       f'for="rd-email_field-{h}" class="bricks-form__label">Email*</label><input id="rd-email_field-'
                       f'{h}" class="bricks-form__input required js-email js-field-email" name="email" type="email" '
                       f'placeholder="{ph}" required></div></div><div class="bricks-form__submit"><button class="'
                       f'bricks--component bricks--component-button rd-button" type="submit">{b}</button></div></form>'
                       '</div></div></div>'),
        ("acumbamail", f'<form action="https://acumbamail.com/newform/subscribe/{h}/{n % 99999}/" method="post" class="'
                       f'acm-form"><div class="acm-form__header"><p>{p}</p></div><div class="acm-form__fields"><input '
                       f'id="r0c0m1i1" name="email_1" type="email" placeholder="{ph}" required><label class="acm-form__'
                       f'gdpr"><input type="checkbox" name="cdspcmgdprpolicy" required> {lg}</label></div><input type="'
                       f'submit" value="{ab}" class="acm-form__send"></form>'),
        ("freshmail", f'<div class="fm-form-container"><form class="fm-form" action="https://app.freshmail.com/pl/'
                      f'actions/subscribe/" method="post" data-fm-subscriber-list="{h}"><h3 class="fm-form__title">{p}'
                      f'</h3><div class="fm-form__row"><input class="fm-form__input" type="email" name="freshmail_'
                      'email" required></div><label class="fm-form__consent"><input type="checkbox" name="freshmail_'
                      f'custom_field[zgoda]" value="1" required> {lg}</label><button class="fm-form__submit" type="'
                      f'submit">{b}</button></form></div>'),
        ("mag2", f'<div class="mag2-box"><p class="mag2-box__title">{p}</p><form '
                 'action="https://regist.mag2.com/reader/'
                 f'Magrdadd" method="post" target="_blank"><input type="hidden" name="magid" value="000{n % 999999}">'
                 '<input type="text" name="rdemail" value="" size="20"><input type="hidden" name="reg" value="hakkou">'
                 f'<input type="submit" value="{ab}"></form></div>'),
        ("dotdigital-table", f'<form name="signup" id="signup" action="https://r1.dotdigital-pages.com/signup.ashx" '
                             f'method="post" autocomplete="off"><input type="hidden" name="userid" value="{n}"><input '
                             f'type="hidden" name="SIG{h}" value=""><table><tr><th colspan="2">{p}</th></tr><tr><td>'
                             '<label for="email">Email:</label></td><td><input type="text" name="email" id="email" '
                             f'required></td></tr><tr><td colspan="2"><input type="submit" value="{ab}"></td></tr>'
                             '</table></form>'),
        ("sfmc-cloudpage", f'<div class="cloudpage-embed"><h4>{p}</h4><iframe src="https://cloud.email.example.com/'
                           f'newsletter-signup?src=article&amp;k={h}" width="100%" height="260" frameborder="0" '
                           'scrolling="no" style="border:0"></iframe></div>'),
        ("mailpoet", f'<div id="mailpoet_form_{n % 99}" class="mailpoet_form mailpoet_form_html"><form target="_self" '
                     'method="post" action="/wp-admin/admin-post.php?action=mailpoet_subscription_form" '
                     'class="mailpoet_'
                     f'form mailpoet_form_form mailpoet_form_html" novalidate><input type="hidden" '
                     'name="data[form_id]" '
                     f'value="{n % 99}"><div class="mailpoet_paragraph"><h2 class="mailpoet-heading">{p}</h2></div><div'
                     ' class="mailpoet_paragraph"><input type="email" class="mailpoet_text" name="data[form_field_'
                     f'{h}]" title="Email Address" value="" data-automation-id="form_email" placeholder="{ph} *"></div>'
                     '<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="'
                     f'{ab}" data-automation-id="subscribe-submit-button"><span class="mailpoet_form_loading"><span '
                     'class="mailpoet_bounce1"></span><span class="mailpoet_bounce2"></span></span></div><div class="'
                     'mailpoet_message"></div></form></div>'),
        ("tnp-widget", f'<div class="widget widget_newsletterwidget"><h2 class="widget-title">{p}</h2><div class="tnp '
                       'tnp-widget"><form method="post" action="/?na=s"><input type="hidden" name="nr" value="widget">'
                       '<div class="tnp-field tnp-field-email"><label for="tnp-1">Email</label><input '
                       'class="tnp-email" '
                       'type="email" name="ne" id="tnp-1" value="" required></div><div class="tnp-field tnp-privacy-'
                       f'field"><label><input type="checkbox" name="ny" required class="tnp-privacy"> {lg}</label>'
                       '</div>'
                       f'<div class="tnp-field tnp-field-button"><input class="tnp-submit" type="submit" value="{ab}">'
                       '</div></form></div></div>'),
        ("contact-form-7", f'<div class="wpcf7 no-js" id="wpcf7-f{n % 9999}-p{n % 777}-o1" lang="en-US" dir="ltr"><div'
                           ' class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p>'
                           f'<ul></ul></div><form action="#wpcf7-f{n % 9999}-p{n % 777}-o1" method="post" class="wpcf7-'
                           'form init" novalidate data-status="init"><div style="display:none"><input type="hidden" '
                           f'name="_wpcf7" value="{n % 9999}"></div><p>{p}</p><p><span class="wpcf7-form-control-wrap"'
                           ' data-name="your-email"><input size="40" maxlength="400" class="wpcf7-form-control wpcf7-'
                           'email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" '
                           'aria-required="true" '
                           f'aria-invalid="false" placeholder="{ph}" value="" type="email" name="your-email"></span>'
                           '</p>'
                           '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="'
                           f'{ab}"></p><div class="wpcf7-response-output" aria-hidden="true"></div></form></div>'),
        ("ninja-forms", f'<div id="nf-form-{n % 99}-cont" class="nf-form-cont" role="form"><div class="nf-form-title">'
                        f'<h3>{p}</h3></div><div class="nf-form-wrap ninja-forms-form-wrap"><div '
                        'class="nf-form-layout">'
                        '<form><div class="nf-form-content"><nf-fields-wrap><nf-field><div class="nf-field-container '
                        'email-container label-above"><div class="nf-field"><div class="field-wrap email-wrap"><div '
                        f'class="nf-field-label"><label for="nf-field-{n % 99}">Email <span class="ninja-forms-req-'
                        f'symbol">*</span></label></div><div class="nf-field-element"><input type="email" value="" '
                        'class'
                        f'="ninja-forms-field nf-element" id="nf-field-{n % 99}" name="email" autocomplete="email">'
                        '</div></div></div></div></nf-field><nf-field><div class="nf-field-container submit-container '
                        'label-above"><div class="nf-field-element"><input id="nf-field-'
                        f'{n % 99 + 1}" class="ninja-forms-field nf-element" type="submit" value="{ab}"></div></div>'
                        '</nf-field></nf-fields-wrap></div></form></div></div></div>'),
        ("formidable", f'<div class="frm_forms with_frm_style frm_style_formidable-style" id="frm_form_{n % 99}_'
                       f'container"><form method="post" class="frm-show-form" id="form_{h}"><div class="frm_form_'
                       f'fields"><fieldset><h3 class="frm_form_title">{p}</h3><div class="frm_fields_container"><div '
                       f'id="frm_field_{n % 999}_container" class="frm_form_field form-field frm_required_field '
                       'frm_top_'
                       f'container"><label for="field_{h}" class="frm_primary_label">Email <span class="frm_required">*'
                       f'</span></label><input type="email" id="field_{h}" name="item_meta[{n % 999}]" value="" aria-'
                       f'required="true"></div><div class="frm_submit"><button class="frm_button_submit" type="submit">'
                       f'{b}</button></div></div></fieldset></div></form></div>'),
        ("fluent-forms", f'<div class="fluentform ff-default fluentform_wrapper_{n % 99}"><form '
                         f'data-form_id="{n % 99}" '
                         f'id="fluentform_{n % 99}" class="frm-fluent-form fluent_form_{n % 99} ff-el-form-top" '
                         'method="'
                         f'POST"><fieldset style="border:none;margin:0;padding:0"><div class="ff-el-group '
                         'ff-custom_html">'
                         f'<h3>{p}</h3></div><div class="ff-el-group ff-el-form-hide_label"><div class="ff-el-input--'
                         f'content"><input type="email" name="email" id="ff_{n % 99}_email" class="ff-el-form-control" '
                         f'placeholder="{ph}" aria-required="true"></div></div><div class="ff-el-group ff-text-left ff_'
                         'submit_btn_wrapper"><button type="submit" class="ff-btn ff-btn-submit ff-btn-md '
                         'ff_btn_style">'
                         f'{b}</button></div></fieldset></form></div>'),
        ("forminator", f'<form id="forminator-module-{n % 9999}" class="forminator-ui forminator-custom-form '
                       'forminator-'
                       'design--default" method="post"><div class="forminator-row"><div class="forminator-col '
                       'forminator-'
                       f'col-12"><div class="forminator-field"><span class="forminator-label">{p}</span><input type="'
                       f'email" name="email-1" placeholder="{ph}" class="forminator-input forminator-email--field" '
                       'aria-required="true"></div></div></div><div class="forminator-row forminator-row-last"><div '
                       f'class="forminator-col"><button class="forminator-button forminator-button-submit">{b}</button>'
                       '</div></div></form>'),
        ("optinmonster-inline", f'<div id="om-{h}-holder"><div class="Campaign CampaignType--inline"><div class="'
                                'Campaign__innerWrapper"><div class="Campaign__content"><div class="Row Row--1"><div '
                                f'class="Element Element--text"><div class="om-editor">{p}</div></div></div><div class'
                                f'="Row Row--2"><input class="Element Element--input" type="email" placeholder="{ph}">'
                                f'<button class="Element Element--button" type="button">{b}</button></div></div></div>'
                                '</div></div>'),
        ("bloom-inline", '<div class="et_bloom_inline_form et_bloom_optin et_bloom_make_form_visible et_bloom_optin_'
                         f'{n % 9}"><div class="et_bloom_form_container et_bloom_rounded et_bloom_form_text_dark"><div '
                         'class="et_bloom_form_header et_bloom_header_text_dark"><div class="et_bloom_form_text"><h2>'
                         f'{p}</h2><p>{s}</p></div></div><div class="et_bloom_form_content et_bloom_1_field"><p class="'
                         f'et_bloom_popup_input et_bloom_subscribe_email"><input placeholder="{ph}"></p><button data-'
                         f'optin_id="optin_{n % 9}" data-service="mailchimp" data-list_id="{h}" class="et_bloom_submit_'
                         f'subscription"><span class="et_bloom_button_text et_bloom_button_text_color_light">{b}</span>'
                         '</button></div></div></div>'),
        ("thrive-leads", f'<div class="tve-leads-conversion-object" data-tl-type="in_content"><div class="tve-leads-'
                         f'track-in_content-{n % 99} tve-leads-track-in_content"><div class="thrv_wrapper thrv_text_'
                         f'element"><p>{p}</p></div><div class="thrv_wrapper thrv_lead_generation" '
                         'data-connection="api">'
                         '<form action="#" method="post" novalidate><div class="tve_lg_input_container tve_lg_input">'
                         f'<input type="email" data-field="email" data-required="1" name="email" placeholder="{ph}">'
                         '</div><div class="tve_lg_input_container tve_submit_container tve_lg_submit"><button type="'
                         f'submit">{b}</button></div></form></div></div></div>'),
        ("typeform-widget", f'<div class="tf-embed"><p class="tf-embed__lead">{p}</p><div data-tf-widget="{h[:8]}" '
                            f'data-tf-opacity="100" data-tf-iframe-props="title={ap}" data-tf-medium="snippet" style="'
                            'width:100%;height:400px"></div></div>'),
        ("typeform-popup-button", f'<div class="tf-cta"><p>{p}</p>'
                                  + (f'<p class="tf-cta__sub">{s}</p>' if show_s else "")
                                  + f'<button data-tf-popup="{h[:8]}" data-tf-size="70" data-tf-medium="snippet" '
                                  f'style="all:unset;font-weight:700;cursor:pointer">{b}</button></div>'),
        ("tally-iframe", f'<div class="tally-wrap"><h4>{p}</h4><iframe data-tally-src="https://tally.so/embed/{h[:6]}?'
                         'alignLeft=1&amp;hideTitle=1&amp;transparentBackground=1&amp;dynamicHeight=1" loading="lazy" '
                         f'width="100%" height="190" frameborder="0" title="{ap}"></iframe></div>'),
        ("jotform-iframe", f'<div class="jf-wrap"><p class="jf-wrap__lead">{p}</p><iframe id="JotFormIFrame-{n}" title='
                           f'"{ap}" allowtransparency="true" src="https://form.jotform.com/{n}" frameborder="0" style="'
                           'min-width:100%;max-width:100%;height:320px;border:none" scrolling="no"></iframe></div>'),
        ("poool-widget", f'<div id="poool-widget" class="p3-widget"><div class="p3-newsletter"><p class="p3-title">{p}'
                         f'</p><p class="p3-text">{s}</p><form class="p3-form"><input type="email" class="p3-input" '
                         f'placeholder="{ph}"><button type="submit" class="p3-button">{b}</button></form></div></div>'),
        ("zephr-registration", '<div class="zephr-feature" data-zephr-feature="newsletter-inline"><div class="zephr-'
                               f'registration-form"><p class="zephr-registration-form-heading">{p}</p><form class="'
                               'zephr-registration-form-inner"><div class="zephr-input-container"><input class="zephr-'
                               f'input" type="email" name="identifiers.email_address" placeholder="{ph}"></div><button '
                               f'class="zephr-button zephr-button--primary" type="submit">{b}</button></form></div>'
                               '</div>'),
        ("pelcro-button", f'<div class="pelcro-newsletter"><p class="pelcro-newsletter__pitch">{p}</p><button class="'
                          f'pelcro-button-solid pelcro-newsletter-button" data-newsletters="daily">{b}</button></div>'),
        ("memberful-link", f'<p class="member-pitch">{p} <a href="https://desk{n % 999}.memberful.com/join" data-'
                           f'memberful-plan="newsletter">{k}</a></p>'),
        ("shopify-newsletter", f'<div class="newsletter center"><div class="newsletter__wrapper color-scheme-1 '
                               f'gradient content-container"><h2 class="inline-richtext h1">{p}</h2>'
                               + (f'<div class="newsletter__subheading rte"><p>{s}</p></div>' if show_s else "")
                               + '<form method="post" action="/contact#contact_form" id="contact_form" accept-charset="'
                               'UTF-8" class="newsletter-form"><input type="hidden" name="form_type" value="customer">'
                               '<input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-'
                               'form__field-wrapper"><div class="field"><input id="NewsletterForm--template" type="'
                               'email" name="contact[email]" class="field__input" value="" autocomplete="email" '
                               f'placeholder="{ph}" required><label class="field__label" '
                               'for="NewsletterForm--template">'
                               f'{ph}</label><button type="submit" class="newsletter-form__button field__button" name="'
                               f'commit" aria-label="{ab}"><svg aria-hidden="true" focusable="false" class="icon icon-'
                               'arrow" viewBox="0 0 14 10"><path d="M8.5 0 14 5l-5.5 5-1-1 3.8-3.5H0v-1h11.3L7.5 1z">'
                               '</path></svg></button></div></div></form></div></div>'),
        ("framer-form", f'<div class="framer-{h[:6]}" data-framer-name="Newsletter"><div class="framer-text"><h3>'
                        f'{p}</h3>'
                        f'</div><form class="framer-{h[2:8]}"><input type="email" name="email" placeholder="{ph}" class'
                        f'="framer-form-text-input"><button type="submit" class="framer-{h[1:7]}" data-framer-name="'
                        f'Button"><div class="framer-text">{b}</div></button></form></div>'),
        ("carrd-form", f'<form id="form0{n % 9}" method="post" class="form"><div class="inner"><p class="carrd-lead">'
                       f'{p}'
                       f'</p><div class="field"><input type="email" name="email" id="form0{n % 9}-email" placeholder="'
                       f'{ph}" maxlength="128" required></div><ul class="actions"><li><button type="submit">'
                       f'{b}</button>'
                       '</li></ul></div></form>'),
    ] + ui_shapes(prompt, subtext, legal, button, link_text, action)  # fmt: skip
