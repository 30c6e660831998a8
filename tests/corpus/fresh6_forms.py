"""Sign-up pieces of the sixth blind family (tests/corpus/fresh6.py), written blind like the rest of it.

Here: email and audience tools' embeds as they render (SendGrid signup forms, Emma, iContact, Benchmark,
VerticalResponse, Customer.io, Omeda, Adestra, Emarsys, Inxmail, rapidmail, Newsletter2Go, Sarbacane,
Cakemail, Cyberimpact, Ecomail, SmartEmailing, SALESmanago), WordPress plugins (Mailster, Icegram
Express, Hustle, Popup Maker), list builders and landing-page tools (Sumo, Hello Bar, Leadpages),
membership and reader-revenue stacks (Outseta, Memberstack, Steady, Subscribe with Google), browser push
(OneSignal), and messaging-channel calls to action (LINE, KakaoTalk, WhatsApp, Telegram, an SMS keyword).
fresh6_forms_ui.py adds the UI kits, front-end stacks and plain ones.
"""

from __future__ import annotations

from .blind import attr, text
from .fresh6_forms_ui import ui_shapes
from .fresh6_words import coin, hexid, num, pick

_t, _a = text, attr


def newsletter_shapes(
    prompt: str, subtext: str, legal: str, button: str, link_text: str, action: str
) -> list[tuple[str, str]]:
    """Sign-up pieces: most an email field with a submit control, some a pitch with a button or a link."""
    return tool_shapes(prompt, subtext, legal, button, link_text, action) + ui_shapes(
        prompt, subtext, legal, button, link_text, action
    )


def tool_shapes(prompt: str, subtext: str, legal: str, button: str, link_text: str, action: str):
    p, s, lg, b, k = _t(prompt), _t(subtext), _t(legal), _t(button), _t(link_text)
    ap, ab = _a(prompt), _a(button)
    act = _a(action)
    n = num(prompt, action)
    h = hexid(prompt, action)
    ph = _a(pick(["Email", "Your email address", "E-mail", "Correo electrónico", "Adresse courriel", "E-Mail"],
                  prompt, action))  # fmt: skip
    sub = f"<p>{s}</p>" if coin(prompt, subtext) else ""
    fine = lg if coin(prompt, legal) else ""
    slug = h[:6]
    return [
        # -- email service providers --------------------------------------------------------------------
        ("sendgrid-signup", f'<div class="sg-widget-container"><form class="sg-widget" data-token="{h}{h}" onsubmit="'
                            f'return false;"><div class="sg-field sg-field--header"><p class="sg-label">{p}</p></div>'
                            '<div class="sg-field"><label class="sg-label sg-visually-hidden" for="sg_email">Email'
                            f'</label><input class="sg-input sg_email" type="email" name="sg_email" placeholder="{ph}" '
                            f'required></div><input class="sg-submit-btn" type="submit" value="{ab}"></form></div>'),
        ("emma-signup", f'<div id="e2ma_signup" class="e2ma_signup_form"><div class="e2ma_signup_message">{p}</div>'
                        f'<form method="post" id="e2ma_signup_form" action="https://app.e2ma.net/app2/audience/signup/'
                        f'{n}/{n % 99999}/"><div class="e2ma_signup_form_row"><div class="e2ma_signup_form_label">Email'
                        '</div><div class="e2ma_signup_form_element"><input type="text" name="email" id="id_email" '
                        f'size="30"></div></div><div class="e2ma_signup_form_button_row"><input id="e2ma_signup_submit_'
                        f'button" class="e2ma_signup_form_button" type="submit" name="Submit" value="{ab}"></div>'
                        '</form></div>'),
        ("icontact", f'<form id="ic_signupform" method="post" action="https://app.icontact.com/icp/core/mycontacts/'
                     f'signup/designer/form/?id={n % 999}&amp;cid={n}&amp;lid={n % 9999}"><div class="elcontainer '
                     f'normal left-aligned"><div class="form-header"><h3>{p}</h3>{sub}</div><div class="form-group '
                     'formel-email"><label>Email <span class="required">*</span></label><input type="email" name="data'
                     f'[email]" required></div><div class="submit-container"><input type="submit" value="{ab}" class="'
                     'btn btn-submit"></div></div></form>'),
        ("benchmark-email", f'<div id="bmform_outer{n % 9999}" class="bmform_outer"><div class="bmform_inner"><div '
                            f'class="bmform_head"><div class="bmform_title">{p}</div></div><form method="post" action="'
                            f'https://lb.benchmarkemail.com//code/lbform" name="frmLB{n % 9999}" class="bmform_body">'
                            f'<input type="hidden" name="token" value="{h}"><label for="fldemail">Email</label><input '
                            'type="email" id="fldemail" name="fldemail" class="bmform_input"><input type="submit" class'
                            f'="bmform_button" value="{ab}"></form></div></div>'),
        ("verticalresponse", f'<div class="vr-signup"><form class="vr-signup-form" id="vr-signup-form-{n}" action="'
                             f'https://vr2.verticalresponse.com/se/{n}/{h}/submit" method="post"><div class="vr-field">'
                             f'<h4 class="vr-title">{p}</h4></div><div class="vr-field"><label>Email Address</label><i'
                             'nput type="email" name="email_address" required></div><div class="vr-field vr-submit"><b'
                             f'utton type="submit" class="vr-button">{b}</button></div></form></div>'),
        ("customer-io", f'<form class="cio-form" data-cio-form="{h}" action="{act}" method="post"><h3 class="cio-form__'
                        f'heading">{p}</h3><input type="email" name="email" placeholder="{ph}" aria-label="{ph}" '
                        f'autocomplete="email"><button type="submit" class="cio-form__btn">{b}</button></form>'),
        ("omeda-form", f'<div class="omeda-olytics-signup"><form name="OmedaForm" action="https://{_a(slug)}.dragon'
                       f'form.omeda.com/{slug}/newsletter/submit" method="post"><div class="omeda-header">{p}</div>'
                       '<div class="omeda-row"><input type="email" name="EmailAddress" class="omeda-input" placeholder'
                       f'="{ph}"></div><div class="omeda-row omeda-legal">{fine}</div><button type="submit" name="'
                       f'submitbutton" class="omeda-submit">{b}</button></form></div>'),
        ("adestra-form", f'<form class="adestra-form" action="https://news.{slug}.msgfocus.com/k/{h}" method="post"><'
                         f'fieldset class="adestra-form__set"><legend>{p}</legend><input type="hidden" name="form_id" '
                         f'value="{n % 999}"><input type="email" name="email" required placeholder="{ph}"><input type="'
                         f'submit" value="{ab}"></fieldset></form>'),
        ("emarsys-form", f'<div class="emarsys-optin"><form action="https://link.{slug}.com/u/register.php" method="'
                         f'post" class="emarsys-form"><h4 class="emarsys-form__title">{p}</h4><input type="hidden" '
                         f'name="CID" value="{n}"><input type="hidden" name="f" value="{n % 9999}"><input type="email" '
                         f'name="inp_3" placeholder="{ph}"><input type="checkbox" name="inp_31" value="1" id="inp31"><'
                         f'label for="inp31">{lg}</label><button type="submit">{b}</button></form></div>'),
        ("inxmail-form", f'<div class="inx-newsletter"><form action="https://{slug}.inxmail.com/{h}/subscribe" method="'
                         f'post" class="inx-form"><p class="inx-form__title">{p}</p>{sub}<div class="inx-form__row">'
                         f'<input type="email" name="email" placeholder="{ph}" class="inx-form__input"><input type="'
                         f'submit" class="inx-form__submit" value="{ab}"></div></form></div>'),
        ("rapidmail", f'<div class="rm-form-container"><form action="https://t.rapidmail.de/subscribe/{h}" method="pos'
                      f't" class="rm-form"><div class="rm-form-title">{p}</div><div class="rm-form-group"><input type="'
                      f'email" name="email" class="rm-form-control" placeholder="{ph}" required></div><div class="rm-f'
                      f'orm-group rm-form-group--gdpr"><small>{lg}</small></div><button type="submit" class="rm-btn">'
                      f'{b}</button></form></div>'),
        ("newsletter2go", f'<div class="n2g-form-wrap" data-n2g-form="{h}"><form class="n2g-form"><h3 class="n2g-form__'
                          f'title">{p}</h3><div class="n2g-form__row"><input type="email" name="email" class="n2g-form'
                          f'__input" placeholder="{ph}"></div><button type="submit" class="n2g-form__button">{b}</butt'
                          'on></form></div>'),
        ("sarbacane", f'<div class="sarbacane-sf"><form action="https://forms.sbc{n % 90}.com/{h}/subscribe" method="'
                      f'post" id="sbc-form"><div class="sbc-title">{p}</div><div class="sbc-field"><input type="email" '
                      f'name="EMAIL" placeholder="{ph}"></div><div class="sbc-rgpd">{lg}</div><input type="submit" '
                      f'class="sbc-submit" value="{ab}"></form></div>'),
        ("cakemail", f'<form class="cakemail-form" action="https://forms.cakemail.dev/{h}" method="post"><div class="'
                     f'cakemail-form__header">{p}</div>{sub}<input type="email" name="email" required placeholder="'
                     f'{ph}"><button type="submit" class="cakemail-form__btn">{b}</button></form>'),
        ("cyberimpact", f'<div class="ci-subscribe"><form action="https://app.cyberimpact.com/optin" method="post" '
                        f'class="ci-form"><input type="hidden" name="ci_groups" value="{n % 99}"><input type="hidden" '
                        f'name="ci_account" value="{h}"><h3 class="ci-form__title">{p}</h3><label for="ci_email">'
                        'Courriel</label><input type="email" id="ci_email" name="ci_email" required><label class="ci-'
                        f'consent"><input type="checkbox" name="ci_consent" value="1"> {lg}</label><button type="'
                        f'submit">{b}</button></form></div>'),
        ("ecomail", f'<div class="ecomail-form-wrap"><form method="post" action="https://{slug}.ecomailapp.cz/public/'
                    f'subscribe/{n % 99}/{h}" class="ecomail-form"><p class="ecomail-form__title">{p}</p><input type="'
                    f'email" name="email" placeholder="{ph}"><button type="submit" class="ecomail-form__btn">{b}</butt'
                    'on></form></div>'),
        ("smartemailing", f'<div class="se-webform" id="se-webform-{n % 999}"><form action="https://app.smartemailing.'
                          f'cz/public/web-forms-v2/display-form/{n % 99999}-{h}" method="post" class="se-webform-inner'
                          f'"><div class="se-header"><h3>{p}</h3></div><div class="se-body"><input type="email" name="'
                          f'fields[df_emailaddress]" placeholder="{ph}"></div><div class="se-footer"><button type="'
                          f'submit" class="se-submit">{b}</button></div></form></div>'),
        ("salesmanago", f'<div class="sm-form-container"><form action="https://www.salesmanago.pl/ms/{h}/subscribe" '
                        f'method="post" class="sm-form"><span class="sm-form__header">{p}</span><input type="email" '
                        f'name="sm-form-email" class="sm-form__input" placeholder="{ph}"><label class="sm-form__consen'
                        f't"><input type="checkbox" name="sm-form-consent-name-{n % 9}"> {lg}</label><button type="sub'
                        f'mit" class="sm-form__submit">{b}</button></form></div>'),
        # -- WordPress plugins ----------------------------------------------------------------------
        ("mailster", f'<form action="/wp-admin/admin-ajax.php" method="post" class="mailster-form mailster-form-submit '
                     f'mailster-form-{n % 9 + 1}" novalidate><div class="mailster-form-info"></div><div class="mailste'
                     f'r-wrapper mailster-_headline-wrapper"><p class="mailster-headline">{p}</p></div><div class="'
                     'mailster-wrapper mailster-email-wrapper"><label for="mailster-email-1">Email <span class="'
                     'mailster-required">*</span></label><input id="mailster-email-1" name="email" type="email" '
                     'class="input mailster-email mailster-required" aria-required="true"></div><div class="mailster-'
                     f'wrapper mailster-submit-wrapper form-submit"><input name="submit" type="submit" value="{ab}" '
                     'class="submit-button button"></div></form>'),
        ("icegram-express", f'<div class="emaillist" id="es_form_f{n % 9}-n1"><form action="/#es_form_f{n % 9}-n1" '
                            f'method="post" class="es_subscription_form es_shortcode_form" data-source="ig-es"><div '
                            f'class="es_caption">{p}</div><div class="es-field-wrap"><label>Email*<br><input class="es_'
                            'required_field es-email" type="email" name="esfpx_email" required></label></div><input '
                            f'type="submit" name="submit" class="es_subscription_form_submit es_submit_button" value="'
                            f'{ab}"></form></div>'),
        ("hustle-inline", f'<div class="hustle-ui hustle-inline hustle-palette--gray_slate hustle_module_id_{n % 90}" '
                          f'data-id="{n % 90}" data-render-id="0"><div class="hustle-inline-content"><div class="hustl'
                          f'e-layout"><div class="hustle-content"><div class="hustle-title">{p}</div><div class="hustl'
                          f'e-group-content">{sub}</div></div><form class="hustle-layout-form" novalidate><div class="'
                          'hustle-form-fields"><div class="hustle-field hustle-field-required"><input type="email" nam'
                          f'e="email" class="hustle-input" placeholder="{ph}"></div><button class="hustle-button hustl'
                          f'e-button-submit">{b}</button></div></form></div></div></div>'),
        ("popup-maker", f'<div id="pum-{n % 9999}" class="pum pum-overlay pum-theme-lightbox popmake-overlay" data-'
                        'popmake="{}" role="dialog" aria-modal="false"><div class="pum-container popmake theme-'
                        f'lightbox"><div class="pum-title popmake-title">{p}</div><div class="pum-content popmake-'
                        f'content"><form class="pum-sub-form" action="{act}" method="post"><input type="email" name="'
                        f'email" class="pum-sub-form-field" placeholder="{ph}"><button type="submit" class="pum-sub-fo'
                        f'rm-submit">{b}</button></form></div><button type="button" class="pum-close popmake-close" ar'
                        'ia-label="Close">×</button></div></div>'),
        # -- list builders, landing pages, memberships ----------------------------------------------
        ("sumo-listbuilder", f'<div class="sumome-react-wysiwyg-popup-container" data-sumo-form="{h}"><div class='
                             f'"sumome-react-wysiwyg-component sumome-text">{p}</div><form class="sumome-form"><input '
                             f'type="email" name="email" class="sumome-react-wysiwyg-email-input" placeholder="{ph}">'
                             f'<button type="submit" class="sumome-react-wysiwyg-button">{b}</button></form></div>'),
        ("hello-bar", f'<div class="hellobar-bar hb-bar" role="region" aria-label="{ap}"><div class="hb-content-wrappe'
                      f'r"><div class="hb-headline-text">{p}</div><form class="hb-input-wrapper" action="{act}"><input'
                      f' type="email" name="email" placeholder="{ph}" class="hb-input"><button class="hb-cta">{b}</but'
                      'ton></form></div></div>'),
        ("leadpages-form", f'<div class="lp-pom-form lp-pom-form--{slug}"><form action="{act}" method="post"><div class'
                           f'="lp-pom-form-title">{p}</div><div class="lp-pom-form-field clearfix"><label for="email" '
                           'class="main lp-form-label">Email</label><input id="email" name="email" type="email" class="'
                           f'text form_elem_email"></div><button type="submit" class="lp-pom-button">{b}</button></for'
                           'm></div>'),
        ("outseta-register", f'<div class="o-signup-embed"><p class="o-signup-embed__pitch">{p}</p><a href="{act}" '
                             f'data-o-auth="1" data-widget-mode="register" data-plan-uid="{h}" data-skip-plan-options="'
                             f'true" data-mode="popup" class="o-signup-embed__btn">{b}</a></div>'),
        ("memberstack-signup", f'<form data-ms-form="signup" class="ms-signup" data-ms-plan:add="pln_free-{h}"><h3 '
                               f'class="ms-signup__title">{p}</h3><input data-ms-member="email" type="email" name="ema'
                               f'il" placeholder="{ph}" required><button type="submit" class="ms-signup__btn">{b}</but'
                               'ton></form>'),
        ("steady-checkout", f'<div class="steady-newsletter"><p class="steady-newsletter__text">{p}</p>{sub}<div id="'
                            f'steady-checkout" data-steady-publication="{h}"></div><a class="steady-newsletter__link" '
                            f'href="https://steadyhq.com/de/{slug}/newsletter">{k}</a></div>'),
        ("subscribe-with-google", f'<div class="swg-cta"><p class="swg-cta__lede">{p}</p><button class="swg-button-v2'
                                  f'-light" lang="en" aria-label="{ab}" data-swg-type="newsletter"><div class="swg-'
                                  f'button-v2-icon-light"></div><span class="swg-button-v2-text">{b}</span></button>'
                                  '</div>'),
        ("onesignal-customlink", f'<div class="onesignal-customlink-container"><p class="onesignal-customlink-'
                                 f'explanation large">{p}</p><button class="onesignal-customlink-subscribe large butto'
                                 f'n state-unsubscribed" type="button">{b}</button></div>'),
        # -- messaging channels and SMS -------------------------------------------------------------
        ("line-friend-button", f'<div class="line-add"><p class="line-add__text">{p}</p><div class="line-it-button" '
                               f'data-lang="ja" data-type="friend" data-env="REAL" data-lineid="@{slug}" style="displa'
                               f'y:none"></div><a href="https://line.me/R/ti/p/@{slug}" class="line-add__link">{k}</a>'
                               '</div>'),
        ("kakao-channel", f'<div class="kakao-ch"><span class="kakao-ch__pitch">{p}</span> <a href="https://pf.kakao.'
                          f'com/_{h}" class="kakao-ch__btn" target="_blank" rel="noopener">{b}</a></div>'),
        ("whatsapp-channel", f'<div class="wa-channel-cta"><span class="wa-channel-cta__icon" aria-hidden="true">'
                             f'</span><p class="wa-channel-cta__text"><strong>{p}</strong></p><a class="wa-channel-cta'
                             f'__btn" href="https://whatsapp.com/channel/0029Va{h}{slug.upper()}" target="_blank" rel="'
                             f'noopener">{k}</a></div>'),
        ("telegram-channel", f'<p class="tg-cta"><a href="https://t.me/{slug}news" target="_blank" rel="noopener">{p}'
                             '</a></p>'),
        ("sms-keyword", f'<div class="text-alerts"><p class="text-alerts__head">{p}</p><p class="text-alerts__how"><a '
                        f'href="sms:55{n % 1000:03d}?&amp;body=ALERTS">{k}</a></p><p class="text-alerts__fine">'
                        f'<small>{lg}</small></p></div>'),
    ]  # fmt: skip
