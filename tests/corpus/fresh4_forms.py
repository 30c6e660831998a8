"""The sign-up pieces of the fourth blind family (tests/corpus/fresh4.py), written blind like the rest of it.

Newsletter tools' embeds as they render (Klaviyo, Buttondown, MailerLite, Campaign Monitor, Constant Contact,
ActiveCampaign, Jetpack, Sailthru, CleverReach, Mailjet, beehiiv's newer embed, Mautic), CMS form plugins
(AcyMailing, TYPO3 powermail, Gravity Forms, WPForms, Elementor, Webflow, Blogger's follow-by-email),
front-end stacks (Angular reactive forms, MUI, shadcn/ui, Astro), an old table form, a right-to-left box
and a Piano inline offer.
"""

from __future__ import annotations

from .blind import attr, stable_number, text

_t, _a = text, attr


def _n(*parts: str) -> int:
    return stable_number(*parts, digits=8)


def _hex(*parts: str) -> str:
    return format(stable_number(*parts, digits=10), "x")[-8:]


# ------------------------------------------------------------------------------------------------
# Newsletters
# ------------------------------------------------------------------------------------------------


def newsletter_shapes(
    prompt: str, subtext: str, legal: str, button: str, link_text: str, action: str
) -> list[tuple[str, str]]:
    """Sign-up pieces: most an email field with a submit control, some a prompt with a link to ``action``."""
    p, s, lg, b, k = _t(prompt), _t(subtext), _t(legal), _t(button), _t(link_text)
    ab = _a(button)
    act = _a(action)
    n = _n(prompt, action)
    h = _hex(prompt, action)
    ng = f"_ngcontent-ng-c{_n(prompt, 'ng')}"
    return [
        ("klaviyo-rendered", f'<div class="klaviyo-form-{h[:6]}"><form class="needsclick klaviyo-form klaviyo-form-'
                             f'version-cid_1 kl-private-reset-css-Xuajs1" novalidate><div class="needsclick kl-'
                             f'private-reset-css-Xuajs1"><p class="needsclick"><span>{p}</span></p><input type="email"'
                             ' autocomplete="email" name="email" placeholder="Email" class="needsclick go3176171171"'
                             f'><button type="button" class="needsclick go4209240910 kl-private-reset-css-Xuajs1">{b}'
                             '</button></div></form></div>'),
        ("buttondown-embed", f'<form action="https://buttondown.com/api/emails/embed-subscribe/desk{n}" method="post" '
                             'target="popupwindow" class="embeddable-buttondown-form"><p class="bd-lead">'
                             f'{p}</p><label for="bd-email">Email</label><input type="email" name="email" id="bd-'
                             f'email"><input type="submit" value="{ab}"><p><a href="https://buttondown.com/refer/desk'
                             f'{n}" target="_blank">Powered by Buttondown.</a></p></form>'),
        ("mailerlite-embed", f'<div class="ml-form-embedContainer ml-subscribe-form ml-subscribe-form-{n}"><div '
                             'class="ml-form-align-center"><div class="ml-form-embedWrapper embedForm"><div class="ml-'
                             f'form-embedBody ml-form-embedBodyDefault row-form"><div class="ml-form-embedContent"><h4>'
                             f'{p}</h4><p>{s}</p></div><form class="ml-block-form" action="https://assets.mailerlite'
                             f'.com/jsonp/{n}/forms/{n // 7}/subscribe" method="post" target="_blank"><div class="ml-'
                             'form-formContent"><div class="ml-field-group ml-field-email ml-validate-email ml-'
                             'validate-required"><input aria-label="email" aria-required="true" type="email" class='
                             '"form-control" name="fields[email]" placeholder="Email" autocomplete="email"></div>'
                             f'</div><div class="ml-form-embedSubmit"><button type="submit" class="primary">{b}'
                             '</button></div></form></div></div></div></div>'),
        ("campaign-monitor", f'<form class="js-cm-form" id="subForm" action="https://www.createsend.com/t/subscribe'
                             f'error?description=" method="post" data-id="{h.upper()}"><p class="cm-lead">{p}</p>'
                             '<input autocomplete="Email" aria-label="Email" class="js-cm-email-input qa-input-'
                             f'email" id="fieldEmail" maxlength="200" name="cm-{h}-{h}" required type="email">'
                             f'<button type="submit">{b}</button></form>'),
        ("constant-contact", f'<div class="ctct-form-embed form_0"><div class="ctct-form-defaults"><div class="ctct-'
                             f'form-custom"><h2 class="ctct-form-header">{p}</h2><p class="ctct-form-text">{s}</p>'
                             '<form class="ctct-form-custom" data-qe-id="form"><div class="ctct-form-field"><label '
                             'for="email_address_0" class="ctct-form-label ctct-form-required">Email</label><input '
                             'class="ctct-form-element" type="email" name="email_address" id="email_address_0" '
                             f'required></div><button type="submit" class="ctct-form-button">{b}</button></form>'
                             '</div></div></div>'),
        ("activecampaign", f'<form method="POST" action="https://desk{n}.activehosted.com/proc.php" id="_form_{n % 90}'
                           f'_" class="_form _form_{n % 90} _inline-form _dark" novalidate><div class="_form-content">'
                           f'<div class="_form_element _x{n % 9999} _full_width _clear"><div class="_form-title">{p}'
                           '</div></div><div class="_form_element _full_width"><label for="email" class="_form-label">'
                           'Email*</label><div class="_field-wrapper"><input type="text" id="email" name="email" '
                           f'required></div></div><div class="_button-wrapper _full_width"><button id="_form_{n % 90}'
                           f'_submit" class="_submit" type="submit">{b}</button></div></div></form>'),
        ("jetpack-subscribe", f'<div class="wp-block-jetpack-subscriptions__container"><p class="jp-sub-lead">{p}</p>'
                              f'<form action="#" method="post" accept-charset="utf-8" data-blog="{n}" data-post_'
                              'access_level="everybody" id="subscribe-blog"><p id="subscribe-email"><input type='
                              '"email" name="email" required class="no-border-radius" id="subscribe-field"></p><p '
                              'id="subscribe-submit"><input type="hidden" name="action" value="subscribe"><button '
                              f'type="submit" class="wp-block-button__link">{b}</button></p></form></div>'),
        ("sailthru-widget", f'<div class="sailthru-signup-widget"><div class="sailthru_form"><form method="post" '
                            f'action="{act}" class="sailthru-add-subscriber-form"><h3>{p}</h3><p>{s}</p><div class='
                            '"sailthru-add-subscriber-email"><input type="email" name="sailthru_email" required>'
                            f'</div><button class="sailthru-add-subscriber-submit" type="submit">{b}</button>'
                            '</form></div></div>'),
        ("cleverreach-form", f'<form class="layout_form cr_form cr_font" action="https://seu2.cleverreach.com/f/{n}'
                             f'-{n // 3}/wcs/" method="post" target="_blank"><div class="cr_body cr_page cr_font '
                             f'formbox"><div class="editable_content"><div class="cr_ipe_item ui-sortable"><h4>{p}'
                             '</h4></div><div class="cr_ipe_item ui-sortable musthave"><input id="text0" name="email"'
                             ' type="text" class="cr_ipe_email" placeholder="E-Mail"></div><div class="cr_ipe_item '
                             f'ui-sortable submit_container"><button type="submit" class="cr_button">{b}</button>'
                             f'</div><p class="cr_ipe_item small">{lg}</p></div></div></form>'),
        ("mailjet-iframe", f'<div class="mj-embed"><p class="mj-embed__lead"><b>{p}</b></p><iframe data-w-type='
                           f'"embedded" frameborder="0" scrolling="no" marginheight="0" marginwidth="0" src="https://'
                           f'x{h}.mjt.lu/wgt/x{h}/{n}/form?c={h[:4]}" width="100%" style="height:0"></iframe></div>'),
        ("beehiiv-new-embed", f'<div class="bh-signup"><h4>{p}</h4><iframe src="https://subscribe-forms.beehiiv.com/'
                              f'{h}-5b1c-4d2e-9f3a-{n:012d}" class="beehiiv-embed" data-test-id="beehiiv-embed" '
                              'frameborder="0" scrolling="no" style="width:100%;height:220px;margin:0;border-radius:'
                              '0;background-color:transparent"></iframe></div>'),
        ("mautic-form", '<div id="mauticform_wrapper_newsletter" class="mauticform_wrapper"><form autocomplete='
                        f'"false" role="form" method="post" action="{act}" id="mauticform_newsletter" data-mautic-'
                        'form="newsletter"><div class="mauticform-innerform"><div class="mauticform-page-wrapper '
                        'mauticform-page-1" data-mautic-form-page="1"><div class="mauticform-row mauticform-text">'
                        f'<h4>{p}</h4></div><div id="mauticform_newsletter_email" class="mauticform-row mauticform-'
                        'email mauticform-required"><input id="mauticform_input_newsletter_email" name="mauticform'
                        '[email]" class="mauticform-input" type="email"></div><div class="mauticform-row mauticform-'
                        'button-wrapper"><button type="submit" name="mauticform[submit]" class="mauticform-button '
                        f'btn btn-default">{b}</button></div></div></div></form></div>'),
        ("acymailing-table", f'<div class="acymailing_module" id="acymailing_module_formAcymailing{n}"><div class='
                             f'"acymailing_fulldiv"><form id="formAcymailing{n}" action="/index.php" method="post" '
                             f'name="formAcymailing{n}"><div class="acymailing_introtext">{p}</div><table class='
                             '"acymailing_form"><tr><td class="acyfield_email acy_requiredField"><input class='
                             '"inputbox" type="text" name="user[email]" style="width:80%" value="" title="E-mail">'
                             '</td><td class="acysubbuttons"><input class="button subbutton btn btn-primary" type='
                             f'"submit" value="{ab}" name="Submit"></td></tr></table></form></div></div>'),
        ("typo3-powermail", f'<form data-powermail-validate="data-powermail-validate" action="{act}" class="'
                            f'powermail_form powermail_form_{n % 99} nolabel" method="post"><h3>{p}</h3><fieldset '
                            f'class="powermail_fieldset powermail_fieldset_{n % 99}"><div class="powermail_fieldwrap '
                            'powermail_fieldwrap_type_input powermail_fieldwrap_email"><input class="powermail_input" '
                            'type="email" name="tx_powermail_pi1[field][email]" required></div><div class="powermail_'
                            f'fieldwrap powermail_fieldwrap_type_submit"><input class="powermail_submit" type="submit"'
                            f' value="{ab}"></div></fieldset></form>'),
        ("gravity-forms", f'<div class="gform_wrapper gravity-theme" id="gform_wrapper_{n % 50}"><form method="post" '
                          f'id="gform_{n % 50}" action="{act}"><div class="gform_heading"><h2 class="gform_title">'
                          f'{p}</h2><p class="gform_description">{s}</p></div><div class="gform_body gform-body"><div '
                          'class="gform_fields top_label form_sublabel_below description_below"><div class="gfield '
                          'gfield--type-email gfield_contains_required"><div class="ginput_container ginput_container'
                          '_email"><input name="input_1" type="email" value="" class="large" aria-required="true">'
                          '</div></div></div></div><div class="gform_footer top_label"><input type="submit" class="'
                          f'gform_button button" value="{ab}"></div></form></div>'),
        ("wpforms", f'<div class="wpforms-container wpforms-container-full"><form id="wpforms-form-{n % 999}" class='
                    f'"wpforms-validate wpforms-form" method="post" action="{act}"><div class="wpforms-head-container">'
                    f'<div class="wpforms-title">{p}</div></div><div class="wpforms-field-container"><div class='
                    '"wpforms-field wpforms-field-email"><input type="email" class="wpforms-field-medium wpforms-'
                    'field-required" name="wpforms[fields][1]" required></div></div><div class="wpforms-submit-'
                    f'container"><button type="submit" class="wpforms-submit">{b}</button></div></form></div>'),
        ("elementor-form", '<div class="elementor-widget elementor-widget-form"><div class="elementor-widget-'
                           f'container"><h4 class="elementor-heading-title">{p}</h4><form class="elementor-form" '
                           'method="post" name="Newsletter"><div class="elementor-form-fields-wrapper elementor-'
                           'labels-"><div class="elementor-field-type-email elementor-field-group elementor-column '
                           'elementor-col-60"><input size="1" type="email" name="form_fields[email]" class="elementor-'
                           'field elementor-size-sm elementor-field-textual" required></div><div class="elementor-'
                           'field-group elementor-column elementor-field-type-submit elementor-col-40"><button type='
                           '"submit" class="elementor-button elementor-size-sm"><span class="elementor-button-text">'
                           f'{b}</span></button></div></div></form></div></div>'),
        ("webflow-form", f'<div class="nl-section"><h3 class="nl-heading">{p}</h3><div class="w-form"><form id="email-'
                         'form" name="email-form" data-name="Email Form" method="get" aria-label="Email Form"><input '
                         'class="w-input" maxlength="256" name="email" data-name="Email" type="email" required><input '
                         f'type="submit" data-wait="Please wait..." class="w-button" value="{ab}"></form><div class='
                         '"w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! '
                         'Your submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role='
                         '"region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting '
                         'the form.</div></div></div></div>'),
        ("blogger-follow-by-email", '<div class="widget FollowByEmail" data-version="2" id="FollowByEmail1"><h3 class='
                                    f'"title">{p}</h3><div class="widget-content"><div class="follow-by-email-inner">'
                                    '<form action="https://feedburner.google.com/fb/a/mailverify" method="post" '
                                    'target="popupwindow"><table width="100%"><tr><td><input class="follow-by-email-'
                                    'address" name="email" type="text"></td><td width="64px"><input class="follow-by-'
                                    f'email-submit" type="submit" value="{ab}"></td></tr></table><input name="uri" '
                                    f'type="hidden" value="desk{n}"></form></div></div></div>'),
        ("angular-reactive", f'<app-newsletter-signup {ng}="" _nghost-ng-c{_n(prompt, "host")}=""><form {ng}="" '
                             'novalidate class="nl ng-untouched ng-pristine ng-invalid"><p {ng}="" class="nl__lead">'
                             f'{p}</p><input {ng}="" type="email" formcontrolname="email" class="ng-untouched ng-'
                             f'pristine ng-invalid"><button {ng}="" type="submit" disabled>{b}</button></form>'
                             '</app-newsletter-signup>'),
        ("mui-textfield", '<div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiCard-'
                          'root css-bhp9pd"><div class="MuiCardContent-root css-1qw96cp"><h6 class="MuiTypography-'
                          f'root MuiTypography-h6 css-1x9xv5h">{p}</h6><form action="{act}" method="post"><div '
                          'class="MuiFormControl-root MuiTextField-root css-i44wyl"><div class="MuiInputBase-root '
                          'MuiOutlinedInput-root MuiInputBase-colorPrimary css-1v4ccyo"><input aria-invalid="false" '
                          f'id=":r{h[:2]}:" name="email" type="email" class="MuiInputBase-input MuiOutlinedInput-input'
                          ' css-1x5jdmq"></div></div><button class="MuiButtonBase-root MuiButton-root MuiButton-'
                          f'contained css-sghohy" tabindex="0" type="submit">{b}</button></form></div></div>'),
        ("shadcn-card", '<div class="rounded-lg border bg-card text-card-foreground shadow-sm"><div class="flex '
                        'flex-col space-y-1.5 p-6"><h3 class="text-2xl font-semibold leading-none tracking-tight">'
                        f'{p}</h3><p class="text-sm text-muted-foreground">{s}</p></div><div class="p-6 pt-0"><form '
                        f'action="{act}" method="post" class="flex w-full max-w-sm items-center space-x-2"><input '
                        'type="email" class="flex h-10 w-full rounded-md border border-input bg-background px-3 '
                        'py-2 text-sm" name="email"><button class="inline-flex items-center justify-center '
                        'rounded-md text-sm font-medium bg-primary text-primary-foreground h-10 px-4 py-2" type='
                        f'"submit">{b}</button></form></div></div>'),
        ("old-table-form", f'<table border="0" cellpadding="4" cellspacing="0" bgcolor="#FFFFCC"><tr><td colspan="2">'
                           f'<font face="Verdana" size="2"><b>{p}</b></font></td></tr><tr><td><form action="{act}" '
                           'method="post"><input type="text" name="email" size="20"> <input type="image" src="/images/'
                           f'go.gif" alt="{ab}" border="0"></form></td></tr></table>'),
        ("rtl-link", f'<div dir="rtl" class="khabarnama"><p class="khabarnama__lead">{p}</p><p class="khabarnama__'
                     f'sub">{s}</p><a class="khabarnama__go" href="{act}">{k}</a></div>'),
        ("astro-island-link", f'<aside class="nl-callout" data-astro-cid-{h}=""><p data-astro-cid-{h}="">{p} <a href='
                              f'"{act}" data-astro-cid-{h}="">{k}</a></p></aside>'),
        ("piano-inline", f'<div class="tp-container-inner"><div class="tp-inline-offer"><p class="tp-inline-offer__'
                         f'lead">{p}</p><a class="tp-inline-offer__cta" href="{act}" data-tp-action="newsletter">{k}'
                         '</a></div></div>'),
    ]  # fmt: skip
