"""More sign-up pieces of the sixth blind family (tests/corpus/fresh6.py): UI kits, front-end stacks, plain HTML.

Forms as UI kits style them (IBM Carbon, Adobe Spectrum web components, Vaadin, Clarity, PatternFly,
Primer, Blueprint, Element Plus, Quasar, Vant, Layui, WeUI, Arco, Naive UI, Materialize, Spectre,
Tachyons, UnoCSS attributify) and front-end stacks render them (Knockout, AngularJS, Marko, Stencil,
Unpoly, Fresh, jQuery Mobile); and plain ones: a <dialog>, a popover, <details>, an <aside>, a <figure>,
a layout <table>, the <search> element, name and consent fields, a newsletter picker of checkboxes, a
frequency <select>, a pitch with a lone <button>, link-only calls to action.
"""

from __future__ import annotations

from .blind import attr, text
from .fresh6_words import coin, hexid, num, pick

_t, _a = text, attr


def ui_shapes(prompt: str, subtext: str, legal: str, button: str, link_text: str, action: str):
    p, s, lg, b, k = _t(prompt), _t(subtext), _t(legal), _t(button), _t(link_text)
    ab = _a(button)
    act = _a(action)
    n = num(prompt, action, "ui")
    h = hexid(prompt, action, "ui")
    ph = _a(pick(["you@example.com", "Email", "Tu correo", "Seu e-mail", "Votre courriel", "E-Mail-Adresse",
                  "メールアドレス", "البريد الإلكتروني"], prompt, subtext))  # fmt: skip
    sub = f"<p>{s}</p>" if coin(prompt, subtext, "ui") else ""
    fine = f"<small>{lg}</small>" if coin(prompt, legal, "ui") else ""
    host = action.split("/")[2] if "//" in action else "example.com"
    more = _a(f"https://{host}/newsletters")
    return [
        # -- UI kits ----------------------------------------------------------------------------------
        ("carbon-form", f'<form class="cds--form nl-carbon" action="{act}" method="post"><p class="cds--type-heading-'
                        f'03">{p}</p><div class="cds--form-item cds--text-input-wrapper"><label for="cds-{h}" class="'
                        f'cds--label">Email</label><div class="cds--text-input__field-wrapper"><input id="cds-{h}" type'
                        f'="email" class="cds--text-input" placeholder="{ph}"></div></div><button class="cds--btn cds--'
                        f'btn--primary" type="submit">{b}</button></form>'),
        ("spectrum-textfield", f'<form class="nl-sp" action="{act}" method="post"><sp-field-label for="sp-{h}" size="m'
                               f'">{p}</sp-field-label><sp-textfield id="sp-{h}" type="email" name="email" placeholder'
                               f'="{ph}"></sp-textfield><sp-button variant="accent" type="submit">{b}</sp-button>{fine}'
                               '</form>'),
        ("vaadin-email-field", f'<vaadin-form-layout class="nl-vaadin"><h4>{p}</h4><vaadin-email-field label="Email" '
                               f'name="email" placeholder="{ph}" clear-button-visible></vaadin-email-field><vaadin-but'
                               f'ton theme="primary" role="button">{b}</vaadin-button></vaadin-form-layout>'),
        ("clarity-form", f'<form clrForm class="clr-form clr-form-horizontal" action="{act}"><h5>{p}</h5><div class="'
                         'clr-form-control"><div class="clr-control-container"><div class="clr-input-wrapper"><input '
                         f'clrInput type="email" class="clr-input" name="email" placeholder="{ph}"></div></div></div>'
                         f'<button class="btn btn-primary btn-sm" type="submit">{b}</button></form>'),
        ("patternfly-form", f'<form class="pf-v5-c-form pf-m-horizontal" novalidate action="{act}"><div class="pf-v5-c-'
                            'form__group"><div class="pf-v5-c-form__group-label"><span class="pf-v5-c-form__label-tex'
                            f't">{p}</span></div><div class="pf-v5-c-form__group-control"><span class="pf-v5-c-form-co'
                            'ntrol"><input type="email" name="email" aria-label="Email"></span></div></div><div class='
                            '"pf-v5-c-form__group pf-m-action"><div class="pf-v5-c-form__actions"><button class="pf-v5'
                            f'-c-button pf-m-primary" type="submit">{b}</button></div></div></form>'),
        ("primer-form-control", f'<form class="Box p-3" action="{act}" method="post"><h3 class="f4 mb-2">{p}</h3>{sub}'
                                '<div class="FormControl"><label class="FormControl-label" for="pr-'
                                f'{h}">Email</label><input id="pr-{h}" type="email" class="FormControl-input FormContr'
                                'ol-medium"></div><button class="Button--primary Button--medium Button mt-2" type="sub'
                                f'mit"><span class="Button-label">{b}</span></button></form>'),
        ("blueprint-input-group", f'<form class="bp5-form-group nl-bp" action="{act}"><label class="bp5-label">{p}'
                                  '</label><div class="bp5-control-group"><div class="bp5-input-group bp5-fill"><input '
                                  f'type="email" class="bp5-input" placeholder="{ph}"></div><button type="submit" class'
                                  f'="bp5-button bp5-intent-primary">{b}</button></div></form>'),
        ("element-plus-form", f'<form class="el-form el-form--inline el-form--label-top nl-el" action="{act}"><div '
                              f'class="el-form-item"><label class="el-form-item__label">{p}</label><div class="el-form-'
                              'item__content"><div class="el-input"><div class="el-input__wrapper"><input class="el-in'
                              f'put__inner" type="email" autocomplete="email" placeholder="{ph}"></div></div></div></d'
                              f'iv><button class="el-button el-button--primary" type="submit"><span>{b}</span></button>'
                              '</form>'),
        ("quasar-field", f'<form class="q-form nl-q" action="{act}"><div class="text-h6">{p}</div><label class="q-field'
                         ' row no-wrap items-start q-field--outlined q-input"><div class="q-field__inner relative-'
                         'position col self-stretch"><div class="q-field__control relative-position row no-wrap"><inpu'
                         f't class="q-field__native q-placeholder" type="email" placeholder="{ph}"></div></div></label>'
                         f'<button class="q-btn q-btn-item non-selectable q-btn--standard bg-primary text-white" type="'
                         f'submit"><span class="q-btn__content">{b}</span></button></form>'),
        ("vant-field", f'<form class="van-form nl-van" action="{act}"><div class="van-cell-group van-cell-group--inset'
                       f'"><div class="van-cell-group__title">{p}</div><div class="van-cell van-field"><div class="van-'
                       'cell__value van-field__value"><div class="van-field__body"><input type="email" class="van-field'
                       f'__control" placeholder="{ph}"></div></div></div></div><button type="submit" class="van-button '
                       f'van-button--primary van-button--block van-button--round"><div class="van-button__content">'
                       f'<span class="van-button__text">{b}</span></div></button></form>'),
        ("layui-form", f'<form class="layui-form layui-form-pane" action="{act}"><fieldset class="layui-elem-field '
                       f'layui-field-title"><legend>{p}</legend></fieldset><div class="layui-form-item"><div class="'
                       f'layui-input-block"><input type="text" name="email" lay-verify="email" placeholder="{ph}" class'
                       f'="layui-input"></div></div><button class="layui-btn layui-btn-normal" lay-submit>{b}</button>'
                       '</form>'),
        ("weui-form", '<div class="weui-form nl-weui"><div class="weui-form__text-area"><h2 class="weui-form__title">'
                      f'{p}</h2></div><div class="weui-cells weui-cells_form"><div class="weui-cell weui-cell_active">'
                      f'<div class="weui-cell__bd"><input class="weui-input" type="email" placeholder="{ph}"></div></d'
                      'iv></div><div class="weui-form__opr-area"><a role="button" class="weui-btn weui-btn_primary" hr'
                      f'ef="{act}">{b}</a></div></div>'),
        ("arco-input-search", f'<div class="nl-arco"><div class="arco-typography arco-typography-title">{p}</div><span '
                              'class="arco-input-search arco-input-group-wrapper"><span class="arco-input-group"><inpu'
                              f't class="arco-input arco-input-size-default" type="email" placeholder="{ph}"><span cla'
                              'ss="arco-input-group-addafter"><button class="arco-btn arco-btn-primary arco-btn-size-d'
                              f'efault arco-btn-shape-square" type="button"><span>{b}</span></button></span></span></s'
                              'pan></div>'),
        ("naive-ui-input", f'<div class="n-card nl-naive"><div class="n-card-header__main">{p}</div><div class="n-inpu'
                           't-group"><div class="n-input n-input--stateful"><div class="n-input-wrapper"><div class="n-'
                           f'input__input"><input type="email" class="n-input__input-el" placeholder="{ph}"></div></di'
                           'v></div><button class="n-button n-button--primary-type n-button--medium-type" tabindex="0" '
                           f'type="button"><span class="n-button__content">{b}</span></button></div></div>'),
        ("materialize-input-field", f'<form class="col s12 nl-mz" action="{act}"><h5 class="light">{p}</h5><div class='
                                    f'"input-field col s8"><input id="mz-{h}" type="email" class="validate"><label for'
                                    f'="mz-{h}">Email</label></div><button class="btn waves-effect waves-light" type="'
                                    f'submit" name="action">{b}</button></form>'),
        ("spectre-input-group", f'<form class="form-horizontal nl-spectre" action="{act}"><p class="h5">{p}</p><div '
                                'class="input-group"><input class="form-input" type="email" placeholder="'
                                f'{ph}"><button class="btn btn-primary input-group-btn" type="submit">{b}</button></di'
                                f'v>{fine}</form>'),
        ("tachyons-form", f'<form class="pa4 bg-washed-yellow br2 mv4" action="{act}"><p class="f4 fw6 mt0">{p}</p>'
                          f'<input class="pa2 input-reset ba b--black-20 w-70" type="email" placeholder="{ph}"><input '
                          f'class="b ph3 pv2 input-reset ba b--black bg-black white pointer" type="submit" value="{ab}'
                          '"></form>'),
        ("unocss-form", f'<form flex="~ col gap-2" p-6 rounded-xl bg-slate-50 action="{act}"><p text-lg font-semibold>'
                        f'{p}</p><input border rounded px-3 py-2 type="email" placeholder="{ph}"><button bg-slate-900 '
                        f'text-white rounded px-4 py-2 type="submit">{b}</button></form>'),
        # -- front-end stacks -----------------------------------------------------------------------
        ("knockout-submit", f'<form class="nl-ko" data-bind="submit: subscribe, visible: !done()" action="{act}"><p '
                            f'data-bind="text: heading">{p}</p><input type="email" data-bind="textInput: email" '
                            f'placeholder="{ph}"><button type="submit" data-bind="enable: valid">{b}</button></form>'),
        ("angularjs-ng-submit", '<form name="nlForm" class="ng-pristine ng-invalid ng-scope" ng-submit="vm.subscribe('
                                f')" novalidate><h4 class="ng-binding">{p}</h4><input type="email" name="email" ng-mod'
                                f'el="vm.email" class="ng-pristine ng-untouched ng-empty" required placeholder="{ph}">'
                                f'<button type="submit" ng-disabled="nlForm.$invalid">{b}</button></form>'),
        ("marko-form", f'<form data-marko-key="@form n{n % 70}" class="Signup" action="{act}" method="post"><p data-'
                       f'marko-key="@p n{n % 70}">{p}</p><input data-marko-key="@in n{n % 70}" type="email" name="emai'
                       f'l"><button data-marko-key="@btn n{n % 70}" type="submit">{b}</button></form>'),
        ("stencil-form", f'<newsletter-box class="hydrated" s-id="{n % 40}"><!--r.{n % 40}--><form c-id="{n % 40}.0.0.'
                         f'0" action="{act}" method="post"><p c-id="{n % 40}.1.1.0">{p}</p><input c-id="{n % 40}.2.1.1'
                         f'" type="email" name="email"><button c-id="{n % 40}.3.1.2" type="submit">{b}</button></form>'
                         '</newsletter-box>'),
        ("unpoly-form", f'<form up-submit up-target=".nl-unpoly" class="nl-unpoly" action="{act}" method="post"><p>{p}'
                        f'</p>{sub}<input type="email" name="email" up-validate placeholder="{ph}"><button type="submi'
                        f't">{b}</button></form>'),
        ("fresh-island-form", f'<div class="nl-island"><!--frsh-signup_default:0--><form action="{act}" method="post" '
                              f'f-partial="/partials/signup"><label>{p}<input type="email" name="email"></label><butto'
                              f'n>{b}</button></form><!--/frsh-signup_default:0--></div>'),
        ("jquery-mobile-form", f'<form action="{act}" method="post" data-ajax="false"><div class="ui-field-contain" '
                               f'data-role="fieldcontain"><label for="jqm-{h}">{p}</label><input type="email" name="em'
                               f'ail" id="jqm-{h}" data-clear-btn="true"></div><button type="submit" class="ui-btn ui-'
                               f'corner-all ui-btn-b">{b}</button></form>'),
        # -- plain ----------------------------------------------------------------------------------
        ("dialog-method", f'<dialog class="nl-dialog" open aria-labelledby="dlg-{h}"><h2 id="dlg-{h}">{p}</h2>{sub}'
                          f'<form action="{act}" method="post"><input type="email" name="email" placeholder="{ph}" '
                          f'required><button type="submit">{b}</button></form><form method="dialog"><button value="'
                          'close" aria-label="Close">✕</button></form></dialog>'),
        ("popover-panel", f'<div popover="manual" id="nl-pop-{h}" class="nl-popover"><p class="nl-popover__title">{p}'
                          f'</p><form action="{act}" method="post"><input type="email" name="email" placeholder="{ph}">'
                          f'<button type="submit">{b}</button></form><button popovertarget="nl-pop-{h}" popovertarget'
                          'action="hide" class="nl-popover__x" aria-label="Close">×</button></div>'),
        ("details-open", f'<details class="nl-fold" open><summary>{p}</summary><form action="{act}" method="post">{sub}'
                         f'<input type="email" name="email" placeholder="{ph}"><button type="submit">{b}</button>{fine}'
                         '</form></details>'),
        ("aside-name-consent", f'<aside class="signup-aside"><h3>{p}</h3><form action="{act}" method="post"><label>'
                               'Name <input type="text" name="name" autocomplete="given-name"></label><label>Email <in'
                               'put type="email" name="email" autocomplete="email"></label><label class="signup-aside_'
                               f'_ok"><input type="checkbox" name="consent" required> {lg}</label><button type="submit'
                               f'">{b}</button></form></aside>'),
        ("figure-pitch", f'<figure class="nl-figure"><img src="/img/newsletter-{h[:4]}.png" alt="" width="120" height='
                         f'"120"><figcaption><strong>{p}</strong> {s}</figcaption><form action="{act}" method="post">'
                         f'<input type="email" name="email" aria-label="{ph}"><button>{b}</button></form></figure>'),
        ("layout-table", f'<table class="nl-table" cellpadding="6" cellspacing="0" border="0" width="100%"><tr><td '
                         f'colspan="2"><b>{p}</b></td></tr><tr><td><form action="{act}" method="post" style="margin:0">'
                         f'<input type="text" name="email" size="28"> <input type="submit" value="{ab}"></form></td><t'
                         f'd align="right"><font size="1">{lg}</font></td></tr></table>'),
        ("search-element", f'<search class="nl-search"><form action="{act}" method="get"><label for="s-{h}">{p}</label>'
                           f'<input id="s-{h}" type="email" name="email" list="dl-{h}"><datalist id="dl-{h}"></datalis'
                           f't><button>{b}</button></form></search>'),
        ("newsletter-picker", f'<form class="picker" action="{act}" method="post"><fieldset><legend>{p}</legend><label>'
                              '<input type="checkbox" name="list" value="morning" checked> Morning</label><label><inpu'
                              't type="checkbox" name="list" value="sport"> Sport</label><label><input type="checkbox" '
                              'name="list" value="culture"> Culture</label></fieldset><input type="email" name="email" '
                              f'placeholder="{ph}"><button type="submit">{b}</button></form>'),
        ("frequency-select", f'<form class="nl-freq" action="{act}" method="post"><p class="nl-freq__lead">{p}</p><'
                             'select name="frequency" aria-label="Frequency"><option value="daily">Daily</option><opti'
                             'on value="weekly" selected>Weekly</option></select><input type="email" name="email" '
                             f'placeholder="{ph}"><button type="submit">{b}</button></form>'),
        ("pitch-button-modal", f'<div class="nl-pitch"><p class="nl-pitch__lead">{p}</p>{sub}<button type="button" '
                              f'class="nl-pitch__btn" data-href="{act}" data-open-modal="newsletter">{b}</button></div'
                              '>'),
        ("link-only-prompt", f'<p class="nl-linkonly"><a href="{act}">{p} →</a></p>'),
        ("link-and-more", f'<div class="nl-two"><p>{p}</p><p><a class="nl-two__go" href="{act}">{k}</a> · <a href="'
                          f'{more}">{b}</a></p></div>'),
        ("em-inline-link", f'<p><em>{p} <a href="{act}" rel="nofollow">{k}</a></em></p>'),
    ]  # fmt: skip
