"""More sign-up pieces of the fifth blind family (tests/corpus/fresh5.py): front-end stacks and plain HTML.

Forms as front-end stacks render them (Lit, Qwik, React Router, SolidStart, Alpine, Livewire, Stimulus,
Phoenix LiveView, Blazor static SSR, Radix), UI kits' fields and buttons (Material Web, Shoelace, Fluent,
Ionic, daisyUI, Foundation, UIkit, Semantic UI, Pure.css, Vuetify, PrimeVue, Mantine, Tailwind UI),
static-site form backends (Netlify, Formspree, Basin), Google Forms and Turnstile, and the plain ones:
classless HTML5 forms, a label wrapping its field, <details>, <section role="complementary">, <figure>,
customized built-in elements, an email-template table, name fields with a consent box, a pitch with a
lone button, mailto: and link-only calls to action.
"""

from __future__ import annotations

from .blind import attr, text
from .fresh5_words import choose, flag, hexid, num

_t, _a = text, attr


def ui_shapes(prompt: str, subtext: str, legal: str, button: str, link_text: str, action: str) -> list[tuple[str, str]]:
    p, s, lg, b, k = _t(prompt), _t(subtext), _t(legal), _t(button), _t(link_text)
    ap, ab = _a(prompt), _a(button)
    act = _a(action)
    n = num(prompt, action, "ui")
    h = hexid(prompt, action, "ui")
    ph = _a(choose(["Email", "E-mail", "Your email", "email@example.com", "Adresse e-mail", "Correo electrónico"],
                   prompt, subtext))  # fmt: skip
    host = action.split("/")[2] if "//" in action else "example.com"
    lit = f"<!--?lit${n}$-->"
    bz = f"b-{h}{n % 90 + 10}"
    sub = f"<p>{s}</p>" if flag(prompt, subtext, "ui") else ""
    fine = f"<small>{lg}</small>" if flag(prompt, legal, "ui") else ""
    return [
        # -- front-end stacks ---------------------------------------------------------------------
        ("lit-signup", f'<nl-signup list="weekly">{lit}<form part="form" action="{act}" method="post">{lit}<p part="'
                       f'lead">{p}</p><input part="input" type="email" name="email" placeholder="{ph}"><button part="'
                       f'button" type="submit">{b}</button></form></nl-signup>'),
        ("qwik-form", f'<form q:key="nl" action="{act}?qaction={h}" method="post" preventdefault:submit="" on:submit="'
                      f'/build/q-{h}.js#s_submit"><!--qv q:id=n1 q:key=Nl--><p>{p}</p><input type="email" name="email"'
                      f' required><button type="submit">{b}</button><!--/qv--></form>'),
        ("react-router-form", f'<form method="post" action="/resources/newsletter?index" data-discover="true" class="'
                              f'nl-rr"><h3>{p}</h3>{sub}<input type="email" name="email" aria-label="{ph}" required>'
                              f'<button type="submit" name="intent" value="subscribe">{b}</button></form>'),
        ("solidstart-form", f'<form data-hk="0-0-0-2-0" action="/_server?id={h}" method="post"><p data-hk="0-0-0-2-1">'
                            f'{p}</p><input data-hk="0-0-0-2-2" type="email" name="email"><button data-hk="0-0-0-2-3" '
                            f'type="submit">{b}</button></form>'),
        ("alpine-form", f'<div x-data="{{ email: \'\', sent: false }}" class="nl-alpine"><p class="nl-alpine__lead">'
                        f'{p}</p><form x-on:submit.prevent="sent = await subscribe(email)" x-show="!sent"><input type='
                        f'"email" x-model="email" placeholder="{ph}" required><button type="submit">{b}</button></form>'
                        '<p x-show="sent" x-cloak>✓</p></div>'),
        ("livewire-form", f'<div wire:id="{h}" class="nl-lw"><h4>{p}</h4><form wire:submit="subscribe"><input type="'
                          f'email" wire:model="email" placeholder="{ph}"><button type="submit" wire:loading.attr="'
                          f'disabled">{b}</button></form>{fine}</div>'),
        ("stimulus-form", f'<form data-controller="newsletter" data-action="submit->newsletter#subscribe" data-'
                          f'newsletter-url-value="{act}" class="nl-stim"><p data-newsletter-target="lead">{p}</p>'
                          '<input '
                          f'type="email" data-newsletter-target="email" name="email"><button type="submit">{b}</button>'
                          '<p data-newsletter-target="status" hidden></p></form>'),
        ("phoenix-form", f'<form phx-submit="subscribe" phx-change="validate" id="nl-{h}" action="#"><p>{p}</p><input '
                         'type="email" name="subscriber[email]" id="subscriber_email" phx-debounce="blur"><button type='
                         f'"submit" phx-disable-with="…">{b}</button></form>'),
        ("blazor-ssr-form", f'<form method="post" data-enhance="" action="/newsletter" class="nl-blz" {bz}><input type='
                            '"hidden" name="_handler" value="newsletter"><input type="hidden" name="__Request'
                            f'VerificationToken" value="CfDJ8{h}{n}"><h3 {bz}>{p}</h3><input type="email" name="Model.'
                            f'Email" class="form-control valid" {bz}><button type="submit" {bz}>{b}</button></form>'),
        ("radix-form", f'<form class="nl-radix" data-radix-form=""><p class="nl-radix__lead">{p}</p><div data-radix-'
                       f'form-field="" class="nl-radix__field"><label data-radix-form-label="">{ph}</label><input type='
                       f'"email" required data-radix-form-control=""></div><button type="submit">{b}</button></form>'),
        # -- UI kits -----------------------------------------------------------------------------
        ("material-web-fields", f'<div class="md-nl"><h3 class="md-typescale-headline-small">{p}</h3><form action="'
                                f'{act}" method="post"><md-outlined-text-field label="{ph}" type="email" name="email" '
                                f'required></md-outlined-text-field><md-filled-button type="submit">{b}'
                                '</md-filled-button></form></div>'),
        ("shoelace", f'<sl-card class="nl-card"><div slot="header">{p}</div><form action="{act}" method="post">'
                     '<sl-input'
                     f' type="email" name="email" label="{ph}" required></sl-input><sl-button variant="primary" type="'
                     f'submit">{b}</sl-button></form></sl-card>'),
        ("fluent-fields", f'<div class="nl-fluent"><h3>{p}</h3><form><fluent-text-field type="email" name="email" '
                          f'placeholder="{ph}"></fluent-text-field><fluent-button appearance="accent" type="submit">{b}'
                          '</fluent-button></form></div>'),
        ("ionic-card", f'<ion-card><ion-card-header><ion-card-title>{p}</ion-card-title></ion-card-header><ion-card-'
                       f'content><form><ion-input type="email" label="{ph}" label-placement="floating" fill="outline">'
                       f'</ion-input><ion-button type="submit" expand="block">{b}</ion-button></form>'
                       '</ion-card-content>'
                       '</ion-card>'),
        ("daisyui-join", f'<div class="card bg-base-200 my-8"><div class="card-body"><h2 class="card-title">{p}</h2>'
                         f'{sub}<form class="join" action="{act}" method="post"><input class="input input-bordered '
                         'join-'
                         f'item" type="email" name="email" placeholder="{ph}"><button class="btn btn-primary '
                         'join-item">'
                         f'{b}</button></form></div></div>'),
        ("foundation-input-group", f'<div class="callout"><h5>{p}</h5><form action="{act}" method="post"><div class="'
                                   'input-group"><input class="input-group-field" type="email" name="email"><div '
                                   'class="'
                                   f'input-group-button"><input type="submit" class="button" value="{ab}"></div></div>'
                                   f'</form>{fine}</div>'),
        ("uikit-form", f'<div class="uk-card uk-card-secondary uk-card-body"><h3 class="uk-card-title">{p}</h3><form '
                       f'class="uk-grid-small" uk-grid action="{act}"><div class="uk-width-expand"><input class="uk-'
                       f'input" type="email" placeholder="{ph}"></div><div class="uk-width-auto"><button class="uk-'
                       f'button uk-button-primary">{b}</button></div></form></div>'),
        ("semantic-ui-action-input", f'<div class="ui message"><div class="header">{p}</div><form class="ui form" '
                                     f'action="{act}"><div class="ui action input"><input type="email" placeholder="'
                                     f'{ph}"><button class="ui primary button">{b}</button></div></form></div>'),
        ("pure-css", f'<form class="pure-form" action="{act}"><fieldset><legend>{p}</legend><input type="email" '
                     f'placeholder="{ph}"><button type="submit" class="pure-button pure-button-primary">{b}</button>'
                     '</fieldset></form>'),
        ("vuetify-form", f'<div class="v-card v-theme--light pa-4"><div class="v-card-title">{p}</div><form class="v-'
                         'form" novalidate><div class="v-input v-input--horizontal v-text-field"><div class="v-input__'
                         'control"><div class="v-field v-field--variant-outlined"><div class="v-field__field"><label '
                         f'class="v-label v-field-label">{ph}</label><input size="1" type="email" '
                         'class="v-field__input">'
                         '</div></div></div></div><button type="submit" class="v-btn v-btn--elevated v-theme--light '
                         f'bg-primary v-btn--size-default"><span class="v-btn__content">{b}</span></button></form>'
                         '</div>'),
        ("primevue-card", f'<div class="p-card p-component"><div class="p-card-body"><div class="p-card-title">'
                          f'{p}</div>'
                          '<div class="p-card-content"><form class="p-inputgroup"><input class="p-inputtext '
                          'p-component"'
                          f' type="email" data-pc-name="inputtext" placeholder="{ph}"><button class="p-button p-'
                          'component" type="submit" data-pc-name="button"><span class="p-button-label" data-pc-section'
                          f'="label">{b}</span></button></form></div></div></div>'),
        ("mantine-form", f'<form class="mantine-nl"><p class="m_b6d8b162 mantine-Text-root" data-size="lg" data-fw="'
                         '700">'
                         f'{p}</p><div class="m_46b77525 mantine-InputWrapper-root mantine-TextInput-root"><div class="'
                         'm_6c018570 mantine-Input-wrapper" data-variant="default"><input class="m_8fb7ebe7 mantine-'
                         f'Input-input mantine-TextInput-input" type="email" placeholder="{ph}" id="mantine-{h}"></div>'
                         '</div><button class="mantine-focus-auto m_77c9d27d mantine-Button-root m_87cf2631 mantine-'
                         'UnstyledButton-root" type="submit"><span class="m_80f1301b mantine-Button-inner"><span class='
                         f'"m_811560b9 mantine-Button-label">{b}</span></span></button></form>'),
        ("tailwind-ui-section", '<div class="bg-white py-16 sm:py-24"><div class="mx-auto max-w-7xl px-6 lg:px-8"><h2 '
                                f'class="max-w-2xl text-3xl font-bold tracking-tight text-gray-900">{p}</h2><form class'
                                f'="mt-6 flex max-w-md gap-x-4" action="{act}" method="post"><label '
                                'for="email-address" '
                                f'class="sr-only">{ph}</label><input id="email-address" name="email" type="email" '
                                'autocomplete="email" required class="min-w-0 flex-auto rounded-md border-0 px-3.5 '
                                'py-2 shadow-sm ring-1 ring-inset ring-gray-300 sm:text-sm sm:leading-6" placeholder="'
                                f'{ph}"><button type="submit" class="flex-none rounded-md bg-indigo-600 px-3.5 py-2.5 '
                                f'text-sm font-semibold text-white shadow-sm hover:bg-indigo-500">{b}</button></form>'
                                + (f'<p class="mt-4 text-sm leading-6 text-gray-500">{lg}</p>' if fine else "")
                                + "</div></div>"),
        # -- form backends and services ------------------------------------------------------------
        ("netlify-form", f'<form name="newsletter" method="POST" data-netlify="true" netlify-honeypot="bot-field" '
                         f'class="nl-netlify"><p class="hidden"><label>Bot <input name="bot-field"></label></p><p>{p}'
                         f'</p><p><input type="email" name="email" placeholder="{ph}" required></p><p><button type="'
                         f'submit">{b}</button></p></form>'),
        ("formspree", f'<form action="https://formspree.io/f/x{h}" method="POST" class="fs-form"><label '
                      'class="fs-label"'
                      f' for="fs-email">{p}</label><input class="fs-input" id="fs-email" name="email" type="email" '
                      f'required><button class="fs-button" type="submit">{b}</button></form>'),
        ("basin", f'<form action="https://usebasin.com/f/{h}{h[:4]}" method="POST" class="basin-nl"><h4>{p}</h4><input '
                  'type="email" name="email" required><input type="hidden" name="_gotcha" style="display:none !'
                  f'important"><button type="submit">{b}</button></form>'),
        ("google-forms-iframe", f'<div class="gforms-embed"><p>{p}</p><iframe src="https://docs.google.com/forms/d/e/'
                                f'1FAIpQLS{h}{n}{h}/viewform?embedded=true" width="640" height="380" frameborder="0" '
                                'marginheight="0" marginwidth="0"></iframe></div>'),
        ("turnstile-form", f'<form class="nl-ts" action="{act}" method="post"><p class="nl-ts__lead">{p}</p><input type'
                           f'="email" name="email" placeholder="{ph}" required><div class="cf-turnstile" data-sitekey="'
                           f'0x4AAAAAAA{h.upper()}" data-size="flexible"></div><button type="submit">{b}</button><p '
                           f'class="nl-ts__fine">{lg}</p></form>'),
        # -- plain ---------------------------------------------------------------------------------
        ("html5-no-class", f'<form action="{act}" method="post"><p>{p}</p><input type="email" name="email" required '
                           f'autocomplete="email"><button>{b}</button></form>'),
        ("label-wraps-field", f'<form><label>{p} <input type="email"></label> <button>{b}</button></form>'),
        ("details-summary-form", f'<details class="nl-details"><summary>{p}</summary><form action="{act}" method="post"'
                                 f'><input type="email" name="email" placeholder="{ph}"><button type="submit">{b}'
                                 f'</button><small>{lg}</small></form></details>'),
        ("section-complementary", f'<section role="complementary" aria-label="{ap}" class="nl-compl"><h2 class="nl-'
                                  f'compl__title">{p}</h2><p>{s}</p><form action="{act}" method="post"><input type="'
                                  f'email" name="email" aria-label="{ph}"><button type="submit">{b}</button></form>'
                                  '</section>'),
        ("customized-builtin", f'<form is="signup-form" action="{act}" method="post" data-list="weekly"><h4>{p}</h4>'
                               '<input is="email-input" type="email" name="email" required><button is="busy-button" '
                               f'type="submit">{b}</button></form>'),
        ("name-and-consent", f'<form class="nl-full" action="{act}" method="post"><h3>{p}</h3>{sub}<div class="nl-full'
                             '__row"><input type="text" name="first_name" autocomplete="given-name" aria-label="Name">'
                             f'<input type="email" name="email" placeholder="{ph}" required></div><label class="nl-full'
                             f'__consent"><input type="checkbox" name="consent" value="1" required> {lg}</label>'
                             '<button '
                             f'type="submit">{b}</button></form>'),
        ("list-checkbox", f'<form class="nl-lists" action="{act}" method="post"><fieldset class="nl-lists__set">'
                          '<legend '
                          f'class="nl-lists__legend">{p}</legend><label><input type="checkbox" name="lists[]" value="'
                          f'{h[:6]}" checked> {s}</label></fieldset><input type="email" name="email" '
                          f'placeholder="{ph}">'
                          f'<button type="submit">{b}</button></form>'),
        ("pitch-lone-button", f'<div class="pitch-card"><p class="pitch-card__lead">{p}</p><p class="pitch-card__sub">'
                              f'{s}</p><button type="button" class="pitch-card__btn" data-modal-open="newsletter">{b}'
                              '</button></div>'),
        ("email-template-table", '<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" '
                                 'style="max-width:600px"><tbody><tr><td style="padding:24px;background:#f4f1ea;font-'
                                 f'family:Georgia,serif"><h3 style="margin:0 0 8px">{p}</h3><p style="margin:0 0 16px">'
                                 f'{s}</p><a href="{act}" style="display:inline-block;padding:10px 18px;background:#111'
                                 f';color:#fff;text-decoration:none">{k}</a></td></tr></tbody></table>'),
        ("figure-link", f'<figure class="nl-figure"><img src="/img/newsletter-{h}.png" alt="" width="120" height="120">'
                        f'<figcaption><strong>{p}</strong> <a href="{act}">{k}</a></figcaption></figure>'),
        ("mailto-link", f'<aside class="nl-mailto"><p>{p}</p><a href="mailto:newsletter@{_a(host)}?subject=subscribe">'
                        f'{k}</a></aside>'),
        ("follow-box", f'<div class="follow-box"><p class="follow-box__lead">{p}</p><a class="follow-box__email" href="'
                       f'{act}">{k}</a> <a class="follow-box__rss" href="/feed/">RSS</a></div>'),
        ("envelope-arrow-line", f'<p class="nl-line">✉️ {p} → <a href="{act}">{k}</a></p>'),
        ("strip-link-button", f'<div class="cta-strip"><span class="cta-strip__text">{p}</span><a class="cta-strip__btn'
                              f' btn btn-outline-dark btn-sm" href="{act}">{b}</a></div>'),
        ("small-and-link", f'<p><small>{p}</small> <a href="{act}" target="_blank" rel="noopener">{k} ›</a></p>'),
    ]  # fmt: skip
