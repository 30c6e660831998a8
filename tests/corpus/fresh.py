"""A fresh family of injected junk: new wordings, languages and markups, for one honest measurement.

Everything here was written without reading the detector, its rules or its word lists: only the
existing generator (tests/corpus/junk.py) was read, to stay clear of its vocabulary and of the
markups of its ad(), teaser() and newsletter() writers. The wordings are ones real sites use (or
plausibly could) in English and in languages the other families hardly touch (Vietnamese, Malay,
Swahili, Croatian, Slovak, Greek, Ukrainian, Hebrew, Hindi, Bengali, Thai, Korean, Catalan, Basque,
Galician, Welsh, Icelandic, Estonian, Slovenian, Afrikaans, Tagalog). The markups are the ways CMSs
and front-end frameworks write these pieces that junk.py does not: custom elements (<amp-ad>,
<gpt-ad>, <ad-slot>), data-attribute driven slots, Tailwind utility classes, BEM and CSS-module
(React-hashed) names, <dl>/<table>/<details> wrappers, <hr>-separated labels, role/aria-labelled
boxes, <picture> cards, <article> cards in an <aside>, links wrapping <div>s, sign-up forms with
<fieldset>/<label>, text-typed email fields with an aria-label, <a role="button"> and consent boxes.

It is meant to be measured once, as it stands: tuning the detector on it would spend it.

    VOCAB                                   the words, keyed like junk.UNLISTED
    ad_shapes(label, slot_id)               [(shape, html), ...] ad notices with (mostly) empty slots
    teaser_shapes(label, title, links)      [(shape, html), ...] single-link teasers and story boxes
    newsletter_shapes(prompt, subtext, legal, button, link_text, action)
                                            [(shape, html), ...] sign-up forms and sign-up links

Every html string is one root element (for lxml.html.fragment_fromstring) with its texts escaped.
"""

from __future__ import annotations

import re

from .blind import attr, stable_number, text

# ------------------------------------------------------------------------------------------------
# Vocabulary
# ------------------------------------------------------------------------------------------------

AD_NOTICES = [
    # English, avoiding the obvious words
    "The story goes on after this message", "Message from our partners", "A word from our supporters",
    "Promoted content", "This space keeps our reporting free", "Story keeps going below",
    # other languages
    "Nội dung tài trợ", "Kandungan ditaja", "Maudhui yanayodhaminiwa", "Oglas", "Inzercia",
    "Χορηγούμενο", "Партнерський матеріал", "תוכן שיווקי", "प्रायोजित सामग्री", "বিজ্ঞাপন",
    "เนื้อหาที่ได้รับการสนับสนุน", "제휴 콘텐츠", "Publicitat", "Publizitatea", "Hysbyseb", "Reklaam",
    "Oglasno sporočilo", "Advertensie", "Patalastas",
]  # fmt: skip

TEASER_LABELS = [
    "You might have missed:", "Previously:", "Context:",
    "On the same subject:", "Further reading:", "Backstory:", "EXPLAINER:",
    "Xem thêm:", "Simak juga:", "Soma zaidi:", "Vezano:", "Prečítajte si aj:", "Дивіться також:",
    "यह भी पढ़ें:", "আরও পড়ুন:", "อ่านเพิ่มเติม:", "Llegeix també:", "Irakurri ere:", "Le tamén:",
    "Darllenwch hefyd:", "Sjá einnig:", "Loe ka:", "Preberite še:", "Meer hieroor:", "Kaugnay na balita:",
]  # fmt: skip

BOX_TITLES = [
    "You might have missed", "What others are reading", "This week's must-reads", "Next in this section",
    "Fresh off the press", "Just in", "Editors' selection",
    "Tin liên quan", "Berita berkaitan", "Habari nyingine", "Izdvojeno", "Najčítanejšie", "Головне за день",
    "सबसे ज्यादा पढ़ी गई", "সর্বাধিক পঠিত", "ข่าวที่เกี่ยวข้อง", "에디터 추천", "El més llegit", "Irakurrienak",
    "O máis lido", "Straeon eraill", "Mest lesið", "Loetuimad", "Najbolj brano", "Meeste gelees",
]  # fmt: skip

SIGNUP_PROMPTS = [
    "Inbox-ready: the 7am briefing", "Get the briefing by email", "Our best journalism, once a week by email",
    "Want this in your inbox?", "The evening edition, delivered", "Your weekday digest starts here",
    "Đăng ký nhận bản tin", "Dapatkan berita terkini terus ke e-mel anda", "Pokea habari kila asubuhi",
    "Primajte vijesti e-poštom", "Odoberajte náš denný prehľad", "Λάβετε τα νέα στο email σας",
    "Отримуйте головні новини на пошту", "הירשמו לעדכונים במייל", "सुबह की खबरें सीधे अपने ईमेल पर पाएं",
    "প্রতিদিনের খবর পেতে ইমেইলে যুক্ত হোন", "สมัครรับจดหมายข่าว", "매일 아침 이메일로 받아보세요",
    "Rep el butlletí cada matí", "Harpidetu gure buletinera", "Recibe o boletín no teu correo",
    "Cofrestrwch i dderbyn ein cylchlythyr", "Skráðu þig á póstlistann", "Telli uudiskiri",
    "Prijavite se na e-novice",
]  # fmt: skip

SIGNUP_SUBTEXTS = [
    "One email each weekday at 7am. No noise.",
    "A short digest of what matters, before breakfast.",
    "Tin tức quan trọng nhất gửi đến hộp thư của bạn mỗi sáng.",
    "Ringkasan berita pilihan setiap pagi, terus ke peti masuk anda.",
    "Najdôležitejšie správy dňa, každé ráno vo vašej schránke.",
    "Els titulars del dia, cada matí a la teva bústia.",
    "Y prif straeon, bob bore yn eich mewnflwch.",
]  # fmt: skip

SIGNUP_LEGAL = [
    "We use your email only to send you this briefing. Leave any time with one click.",
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    "Bằng việc đăng ký, bạn đồng ý với chính sách bảo mật của chúng tôi.",
    "Registracijom prihvaćate naša pravila o privatnosti.",
    "Tellides nõustute meie privaatsuspoliitikaga.",
    "Deur in te teken, stem jy in tot ons privaatheidsbeleid.",
]  # fmt: skip

SIGNUP_BUTTONS = [
    "Send it to me", "Yes, please", "Sign me up", "Đăng ký", "Prijavi se", "Odoberať", "Telli", "Cofrestru",
]  # fmt: skip
SIGNUP_LINK_TEXTS = [
    "Get it by email", "Choose your briefings", "See all our emails", "Xem các bản tin", "Jisajili hapa",
    "Pilih buletin anda",
]  # fmt: skip

VOCAB = {
    "ad": AD_NOTICES, "teaser": TEASER_LABELS, "box": BOX_TITLES, "newsletter": SIGNUP_PROMPTS,
    "subtext": SIGNUP_SUBTEXTS, "legal": SIGNUP_LEGAL, "button": SIGNUP_BUTTONS, "link": SIGNUP_LINK_TEXTS,
}  # fmt: skip

LANGUAGES = (
    "English", "Vietnamese", "Malay", "Indonesian", "Swahili", "Croatian", "Slovak", "Greek", "Ukrainian",
    "Hebrew", "Hindi", "Bengali", "Thai", "Korean", "Catalan", "Basque", "Galician", "Welsh", "Icelandic",
    "Estonian", "Slovenian", "Afrikaans", "Tagalog",
)  # fmt: skip


# ------------------------------------------------------------------------------------------------
# Helpers
# ------------------------------------------------------------------------------------------------


_t, _a = text, attr


def _n(*parts: str) -> int:
    return stable_number(*parts, digits=5)


def _img(href: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", href.lower()).strip("-")[-40:] or "story"
    return f"/media/thumbs/{slug}"


# ------------------------------------------------------------------------------------------------
# Ads
# ------------------------------------------------------------------------------------------------


def ad_shapes(label: str, slot_id: int) -> list[tuple[str, str]]:
    """Ad notices: the label and an empty slot element (no text in it), some the label alone."""
    lab = _t(label)
    al = _a(label)
    sid = int(slot_id)
    return [
        ("amp-ad", f'<div class="amp-unit-wrap"><div class="amp-unit-wrap__caption">{lab}</div>'
                   f'<amp-ad width="300" height="250" layout="responsive" type="doubleclick" '
                   f'data-slot="/21730346/web/article/mid_{sid}" data-multi-size-validation="false"></amp-ad></div>'),
        ("tailwind-gpt-ad", '<div class="not-prose my-8 flex flex-col items-center border-y border-neutral-200 py-4">'
                            f'<p class="mb-2 text-[10px] uppercase tracking-[0.2em] text-neutral-400">{lab}</p>'
                            f'<gpt-ad class="block min-h-[250px] w-[300px]" unit-path="/6355419/news/story" '
                            f'slot-id="story-mid-{sid}"></gpt-ad></div>'),
        ("data-attr-unit", f'<div data-ad-unit="in-content" data-ad-sizes="300x250,336x280" data-ad-lazy="true" '
                           f'data-ad-index="{sid}"><span data-ad-caption="">{lab}</span>'
                           f'<div data-ad-target="c-{sid}"></div></div>'),
        ("css-module", f'<div class="ArticleBody_breakout__3kd9X"><div class="InlineUnit_caption__Qm1pz">{lab}</div>'
                       f'<div class="InlineUnit_frame__7fGh2" id="unit-{sid}" style="min-height:280px"></div></div>'),
        ("custom-slot-element", f'<ad-slot name="article-{sid}" sizes="[[300,250],[320,100]]" lazy="">'
                                f'<span slot="caption" class="slot-caption">{lab}</span></ad-slot>'),
        ("complementary-aria", f'<div role="complementary" aria-label="{al}" class="mid-break">'
                               f'<p class="mid-break__note">{lab}</p>'
                               f'<div class="mid-break__placeholder" data-position="mid{sid}" '
                               'style="width:300px;height:250px;margin:0 auto"></div></div>'),
        ("table-unit", '<table class="bnr" role="presentation" cellpadding="0" cellspacing="0" align="center">'
                       f'<tr><td class="bnr-cap">{lab}</td></tr>'
                       f'<tr><td><div id="bnr{sid}" class="bnr-box"></div></td></tr></table>'),
        ("dl-unit", f'<dl class="commercial-break"><dt class="commercial-break__term">{lab}</dt>'
                    f'<dd class="commercial-break__slot"><div id="cb-{sid}"></div></dd></dl>'),
        ("bem-head-frame", f'<div class="o-commercial o-commercial--inline"><header class="o-commercial__head">{lab}'
                           f'</header><div class="o-commercial__frame" data-o-commercial-position="inread" '
                           f'data-o-commercial-id="{sid}"></div></div>'),
        ("gpt-container", f'<div class="dfp-holder"><div class="dfp-holder__txt">{lab}</div>'
                          f'<div id="google_ads_iframe_/4817/article_{sid}__container__" '
                          'style="border:0pt none;width:300px;height:250px"></div></div>'),
        ("slot-then-caption", f'<div class="unit u-center"><div class="unit__box" id="box-{sid}" '
                              f'data-unit-type="rectangle"></div><p class="unit__footnote">{lab}</p></div>'),
        ("hr-label-only", f'<div class="c-divider" aria-hidden="true"><hr class="c-divider__rule">'
                          f'<span class="c-divider__text">{lab}</span><hr class="c-divider__rule"></div>'),
        ("pill-label-only", '<div class="flex justify-center"><span class="rounded-full bg-amber-50 px-3 py-0.5 '
                            f'text-xs font-medium text-amber-700 ring-1 ring-inset ring-amber-600/20">{lab}</span></div>'),
        ("section-aria-only", f'<section aria-label="{al}" class="story-break"><h2 class="story-break__kicker">'
                              f'{lab}</h2></section>'),
    ]  # fmt: skip


# ------------------------------------------------------------------------------------------------
# Teasers
# ------------------------------------------------------------------------------------------------


def teaser_shapes(label: str, title: str, links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Single-link teasers (label + links[0]) and boxes of several story links under a title."""
    lab = _t(label)
    ttl = _t(title)
    at = _a(title)
    links = list(links) or [("", "/")]
    h0, u0 = _t(links[0][0]), _a(links[0][1])
    img0 = _a(_img(links[0][1]))
    box_id = f"bx{_n(title, *(u for _, u in links))}"
    many = links

    def each(fmt) -> str:
        return "".join(fmt(i, _t(h), _a(u), _a(_img(u))) for i, (h, u) in enumerate(many))

    return [
        # -- one link ---------------------------------------------------------------------------
        ("kicker-arrow", f'<p class="inline-link"><span class="inline-link__kicker">{lab}</span> '
                         f'<a class="inline-link__a" href="{u0}">{h0}</a> <span aria-hidden="true">→</span></p>'),
        ("link-wraps-divs", f'<a class="story-callout" href="{u0}"><div class="story-callout__eyebrow">{lab}</div>'
                            f'<div class="story-callout__headline">{h0}</div></a>'),
        ("dl-single", f'<dl class="see-link"><dt>{lab}</dt><dd><a href="{u0}">{h0}</a></dd></dl>'),
        ("hr-sandwich", f'<div class="interlude"><hr><p class="interlude__p"><b>{lab}</b> '
                        f'<a href="{u0}">{h0}</a></p><hr></div>'),
        ("picture-card", f'<aside class="embed-story"><a class="embed-story__link" href="{u0}"><picture>'
                         f'<source srcset="{img0}.webp" type="image/webp"><img src="{img0}.jpg" alt="" loading="lazy">'
                         f'</picture><span class="embed-story__eyebrow">{lab}</span>'
                         f'<strong class="embed-story__title">{h0}</strong></a></aside>'),
        ("tailwind-border", f'<div class="my-6 border-l-4 border-sky-600 pl-4"><p class="text-sm font-semibold '
                            f'uppercase tracking-wide text-sky-700">{lab}</p><a class="text-lg font-bold leading-snug '
                            f'hover:underline" href="{u0}">{h0}</a></div>'),
        ("hashed-inline", f'<div class="sc-7d2f1a-0 kLmNoP InlineStory"><span class="sc-7d2f1a-1 hQrStu">{lab}</span>'
                          f'<a class="sc-7d2f1a-2 vWxYzA" href="{u0}" data-component="inline-story">{h0}</a></div>'),
        # -- several links ----------------------------------------------------------------------
        ("aside-article-cards", f'<aside class="rail" aria-labelledby="{box_id}"><h2 id="{box_id}" class="rail__title">'
                                f'{ttl}</h2>' + each(lambda i, h, u, im: f'<article class="rail-card"><a href="{u}">'
                                f'<h3 class="rail-card__hed">{h}</h3></a></article>') + "</aside>"),
        ("table-caption", f'<table class="story-table"><caption>{ttl}</caption><tbody>'
                          + each(lambda i, h, u, im: f'<tr><td class="n">{i + 1}</td><td><a href="{u}">{h}</a></td></tr>')
                          + "</tbody></table>"),
        ("details-summary", f'<details class="more-stories" open><summary class="more-stories__toggle">{ttl}</summary>'
                            '<ul class="more-stories__list">'
                            + each(lambda i, h, u, im: f'<li><a href="{u}">{h}</a></li>') + "</ul></details>"),
        ("nav-css-module", f'<nav aria-label="{at}" class="StoryList_root__a9Xk2"><p class="StoryList_heading__Yy71Q">'
                           f'{ttl}</p><ol class="StoryList_items__0pLm3">'
                           + each(lambda i, h, u, im: f'<li class="StoryList_item__Hc5tR"><a href="{u}">{h}</a></li>')
                           + "</ol></nav>"),
        ("complementary-grid", f'<div role="complementary" aria-label="{at}" class="mt-10"><h4 class="mb-3 text-base '
                               f'font-bold">{ttl}</h4><div class="grid grid-cols-1 gap-4 sm:grid-cols-3">'
                               + each(lambda i, h, u, im: f'<a class="group block" href="{u}"><div class="aspect-video '
                                      f'overflow-hidden rounded bg-gray-100"><img class="h-full w-full object-cover" '
                                      f'src="{im}.jpg" alt="" loading="lazy"></div><p class="mt-2 text-sm font-medium '
                                      f'group-hover:underline">{h}</p></a>')
                               + "</div></div>"),
        ("dl-box", f'<dl class="linkbox"><dt class="linkbox__title">{ttl}</dt>'
                   + each(lambda i, h, u, im: f'<dd class="linkbox__item"><a href="{u}">{h}</a></dd>') + "</dl>"),
        ("ranked-bem", f'<section class="c-ranked"><h3 class="c-ranked__title">{ttl}</h3>'
                       + each(lambda i, h, u, im: f'<div class="c-ranked__row"><span class="c-ranked__num">{i + 1}'
                              f'</span><a class="c-ranked__link" href="{u}">{h}</a></div>') + "</section>"),
        ("custom-element-list", f'<story-rail heading="{at}"><h2 slot="heading">{ttl}</h2>'
                                + each(lambda i, h, u, im: f'<story-card href="{u}"><a href="{u}">{h}</a></story-card>')
                                + "</story-rail>"),
        ("picture-list", f'<div class="cluster"><div class="cluster__hd"><span>{ttl}</span></div>'
                         + each(lambda i, h, u, im: f'<a class="cluster__item" href="{u}"><picture><source '
                                f'media="(min-width:768px)" srcset="{im}-640.webp"><img src="{im}-320.jpg" alt="">'
                                f'</picture><div class="cluster__hed">{h}</div></a>') + "</div>"),
        ("label-dots", f'<p class="more-links"><span class="more-links__label">{lab}</span> '
                       + " · ".join(f'<a href="{_a(u)}">{_t(h)}</a>' for h, u in many[:3]) + "</p>"),
    ]  # fmt: skip


# ------------------------------------------------------------------------------------------------
# Newsletters
# ------------------------------------------------------------------------------------------------


def newsletter_shapes(
    prompt: str, subtext: str, legal: str, button: str, link_text: str, action: str
) -> list[tuple[str, str]]:
    """Sign-up pieces: most a real form (email field + submit), some a prompt with a link to ``action``."""
    p, s, lg, b, k = _t(prompt), _t(subtext), _t(legal), _t(button), _t(link_text)
    ab = _a(button)
    act = _a(action)
    fid = f"f{_n(prompt, action)}"
    return [
        ("fieldset-legend", f'<form class="signup-form" action="{act}" method="post"><fieldset><legend>{p}</legend>'
                            f'<p class="signup-form__sub">{s}</p><label for="{fid}">E-mail</label>'
                            f'<input id="{fid}" type="email" name="email" autocomplete="email" required>'
                            f'<button type="submit">{b}</button></fieldset><p class="signup-form__fine">{lg}</p></form>'),
        ("tailwind-text-aria", f'<div class="my-10 rounded-xl bg-slate-50 p-6 ring-1 ring-slate-200">'
                               f'<h3 class="text-xl font-bold text-slate-900">{p}</h3><p class="mt-1 text-slate-600">{s}'
                               f'</p><form action="{act}" method="post" class="mt-4 flex gap-2"><input type="text" '
                               'inputmode="email" aria-label="Email address" name="addr" class="flex-1 rounded-md '
                               'border border-slate-300 px-3 py-2"><button class="rounded-md bg-slate-900 px-4 py-2 '
                               f'text-white" type="submit">{b}</button></form></div>'),
        ("consent-checkbox", f'<section class="optin"><h2 class="optin__title">{p}</h2><form action="{act}" '
                             'method="post" class="optin__form"><input type="email" name="subscriber[email]" '
                             'placeholder="name@example.com"><label class="optin__consent"><input type="checkbox" '
                             f'name="consent" value="1" required> {lg}</label><input type="submit" value="{ab}">'
                             '</form></section>'),
        ("aside-css-module", f'<aside role="complementary" aria-label="{_a(prompt)}" class="SignupCard_root__x1Q9a">'
                             f'<div class="SignupCard_copy__Tz0pL"><p class="SignupCard_title__4nVb2">{p}</p>'
                             f'<p class="SignupCard_sub__Rr8sD">{s}</p></div><form action="{act}" method="post" '
                             'class="SignupCard_form__b2Wq0"><input type="email" name="email" '
                             f'aria-label="Email"><button type="submit" class="SignupCard_btn__Lk3Mn">{b}</button>'
                             f'</form><small class="SignupCard_legal__9hGf1">{lg}</small></aside>'),
        ("table-layout", f'<table class="mail-cta" role="presentation"><tr><td class="mail-cta__text"><b>{p}</b><br>'
                         f'{s}</td><td class="mail-cta__form"><form action="{act}" method="get"><input type="email" '
                         f'name="e" size="24"><button type="submit" aria-label="{ab}">→</button></form></td></tr>'
                         '</table>'),
        ("custom-element-form", f'<mail-signup list="morning"><form action="{act}" method="post" novalidate>'
                                f'<p class="hdr">{p}</p><div class="row"><label><span class="visually-hidden">E-mail'
                                '</span><input type="email" name="email" required></label>'
                                f'<button type="submit">{b}</button></div><p class="legal">{lg}</p></form></mail-signup>'),
        ("honeypot-embed", f'<div id="embed_signup_{fid}" class="embed-signup"><form action="{act}" method="post" '
                           f'target="_blank"><h2>{p}</h2><div class="field-group"><label for="{fid}-m">E-mail '
                           f'<span class="asterisk">*</span></label><input type="email" name="MERGE0" id="{fid}-m">'
                           '</div><div aria-hidden="true" style="position:absolute;left:-5000px"><input type="text" '
                           f'name="b_{fid}" tabindex="-1" value=""></div><input type="submit" name="go" value="{ab}" '
                           'class="button"></form></div>'),
        ("a-role-button", f'<div class="promo-mail"><p class="promo-mail__text"><strong>{p}</strong> {s}</p>'
                          f'<a role="button" class="promo-mail__cta" href="{act}">{k}</a></div>'),
        ("details-link", f'<details class="nl-teaser"><summary>{p}</summary><p>{s} <a href="{act}">{k}</a></p>'
                         '</details>'),
        ("hr-inline-link", f'<div class="break-cta"><hr><p>✉ {p} — <a href="{act}">{k}</a></p><hr></div>'),
        ("picture-card-button", f'<div class="brief-card"><picture><img src="/static/brief-cover.png" alt="" '
                                f'width="96" height="96"></picture><div class="brief-card__body"><h4>{p}</h4><p>{s}</p>'
                                f'<a class="btn btn--dark" role="button" href="{act}">{b}</a></div></div>'),
    ]  # fmt: skip
