"""A second blind family of injected junk: new wordings, languages and markups, for one honest measurement.

Written without reading the detector, its rules, its word lists, the README or the benchmarks: only the
existing generators (tests/corpus/junk.py, tests/corpus/fresh.py) and tests/corpus/pages.py were read,
to stay clear of their vocabularies and markups. The wordings are ones real sites use (or plausibly
could) in English and in languages the other families hardly touch (Portuguese of Brazil and of
Portugal, Romanian, Polish, Dutch, Danish, Norwegian, Swedish, Finnish, Hungarian, Czech, Lithuanian,
Latvian, Serbian in Latin and Cyrillic, Bulgarian, Turkish, Persian, Urdu, Arabic, Tamil, Japanese,
Chinese simplified and traditional, Amharic, Hausa, Yoruba, Zulu). The markups are the ways CMSs and
front-end stacks write these pieces that the other families do not: WordPress block markup
(wp-block-group / wp-block-columns / latest-posts, embeds), Drupal field, paragraph, views and
simplenews wrappers, Arc XP and Brightspot class names, Bootstrap grids, cards and input groups,
Web Components with named slots, schema.org microdata, <figure> promos, <output>, <menu>, <footer>
inside the story, <span>s styled as blocks, <li> cards with <h3><a>, link texts in nested spans,
<object>/<embed> units, <noscript> fallbacks, aria-only <aside> slots, sign-up forms in a
<div role="group">, forms posting to third-party services, form-less inputs with a
<button type="button"> or a <div role="button" tabindex="0">, Next.js server-action forms and an
iframe-embedded sign-up.

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
    # English
    "Story picks up after the break", "Paid partnership", "Commercial message",
    # other languages
    "Conteúdo patrocinado",  # pt-BR
    "Espaço publicitário",  # pt-PT
    "Material promoțional",  # Romanian
    "Materiał partnera",  # Polish
    "Partnerbijdrage",  # Dutch
    "Annoncørindhold",  # Danish
    "Saken fortsetter nedenfor",  # Norwegian
    "I samarbete med",  # Swedish
    "Artikkeli jatkuu mainoksen jälkeen",  # Finnish
    "Támogatott tartalom",  # Hungarian
    "Komerční sdělení",  # Czech
    "Užsakomasis turinys",  # Lithuanian
    "Raksts turpinās zemāk",  # Latvian
    "Sponzorisani sadržaj",  # Serbian (Latin)
    "Плаћени оглас",  # Serbian (Cyrillic)
    "Платена публикация",  # Bulgarian
    "Tanıtım içeriği",  # Turkish
    "آگهی تبلیغاتی",  # Persian
    "اشتہار",  # Urdu
    "محتوى مدفوع",  # Arabic
    "விளம்பரம்",  # Tamil
    "推广内容",  # Chinese (simplified)
]  # fmt: skip

TEASER_LABELS = [
    "Earlier coverage:", "Also on our site:", "Take a look:",
    "Saiba mais:",  # pt-BR
    "Veja ainda:",  # pt-PT
    "Vezi și:",  # Romanian
    "Przeczytaj również:",  # Polish
    "Bekijk ook:",  # Dutch
    "Se også:",  # Danish
    "Mer om saken:",  # Norwegian
    "Läs mer:",  # Swedish
    "Lue lisää:",  # Finnish
    "Ezt is ajánljuk:",  # Hungarian
    "Mohlo by vás zajímat:",  # Czech
    "Daugiau šia tema:",  # Lithuanian
    "Vēl lasi:",  # Latvian
    "Pogledajte i:",  # Serbian (Latin)
    "Прочитајте још:",  # Serbian (Cyrillic)
    "Вижте още:",  # Bulgarian
    "Bunu da okuyun:",  # Turkish
    "بیشتر بخوانید:",  # Persian
    "یہ بھی پڑھیں:",  # Urdu
    "طالع أيضا:",  # Arabic
    "あわせて読みたい:",  # Japanese
    "延伸閱讀:",  # Chinese (traditional)
]  # fmt: skip

BOX_TITLES = [
    "More from this beat", "The week's big reads", "Headlines right now",
    "Últimas notícias",  # pt-BR
    "Destaques",  # pt-PT
    "Alte știri",  # Romanian
    "Najnowsze wiadomości",  # Polish
    "Meest gelezen",  # Dutch
    "Mest læste",  # Danish
    "Siste nytt",  # Norwegian
    "Mest läst",  # Swedish
    "Tuoreimmat",  # Finnish
    "Friss hírek",  # Hungarian
    "Další články",  # Czech
    "Skaitomiausi",  # Lithuanian
    "Populārākie raksti",  # Latvian
    "Издвајамо",  # Serbian (Cyrillic)
    "Най-четени",  # Bulgarian
    "Günün öne çıkanları",  # Turkish
    "پربازدیدترین‌ها",  # Persian
    "الأكثر قراءة",  # Arabic
    "முக்கிய செய்திகள்",  # Tamil
    "注目のニュース",  # Japanese
    "编辑精选",  # Chinese (simplified)
    "ተጨማሪ ዜናዎች",  # Amharic
]  # fmt: skip

SIGNUP_PROMPTS = [
    "Get our Saturday long read by email", "Put tomorrow's front page in your inbox",
    "A smarter start to your morning, free by email",
    "Cadastre-se e receba as principais manchetes",  # pt-BR
    "Receba o nosso resumo diário",  # pt-PT
    "Primește știrile zilei pe e-mail",  # Romanian
    "Otrzymuj najważniejsze informacje na e-mail",  # Polish
    "Ontvang elke ochtend het nieuws in je mailbox",  # Dutch
    "Få dagens nyheder i din indbakke",  # Danish
    "Få nyhetsbrevet vårt på e-post",  # Norwegian
    "Få morgonens nyheter direkt i mejlen",  # Swedish
    "Saat päivän pääuutiset sähköpostiisi",  # Finnish
    "Kérje a napi hírösszefoglalót e-mailben",  # Hungarian
    "Dostávejte ranní přehled do e-mailu",  # Czech
    "Užsiprenumeruokite naujienlaiškį",  # Lithuanian
    "Saņem jaunumus e-pastā",  # Latvian
    "Prijavite se za jutarnji pregled vesti",  # Serbian (Latin)
    "Примајте вести на имејл",  # Serbian (Cyrillic)
    "Абонирайте се за нашия бюлетин",  # Bulgarian
    "Günün haberleri e-posta kutunuzda",  # Turkish
    "خبرنامه ما را در ایمیل خود دریافت کنید",  # Persian
    "تازہ خبریں اپنی ای میل میں حاصل کریں",  # Urdu
    "اشترك في نشرتنا البريدية",  # Arabic
    "メールマガジンを受け取る",  # Japanese
    "訂閱電子報",  # Chinese (traditional)
]  # fmt: skip

SIGNUP_SUBTEXTS = [
    "Every Friday: the week explained in ten minutes.",
    "As notícias mais importantes do dia, toda manhã no seu e-mail.",
    "Codziennie rano najważniejsze wiadomości dnia.",
    "Elke werkdag om 7 uur de belangrijkste verhalen.",
    "Her sabah günün en önemli haberleri.",
    "毎朝、その日の重要ニュースをお届けします。",
    "Labarai masu muhimmanci kowace safiya.",
]  # fmt: skip

SIGNUP_LEGAL = [
    "Your address stays with us. One click in any issue takes you off the list.",
    "Ao subscrever, aceita a nossa política de privacidade.",
    "Vă puteți dezabona oricând.",
    "Du kan til enhver tid afmelde dig.",
    "Odběr můžete kdykoli zrušit.",
    "يمكنك إلغاء الاشتراك في أي وقت.",
    "Ungazikhipha nganoma yisiphi isikhathi.",
]  # fmt: skip

SIGNUP_BUTTONS = [
    "Send me the briefing", "Cadastrar", "Zapisz mnie", "Inschrijven", "Tilmeld", "Abone ol", "登録する", "Yi rajista",
]  # fmt: skip

SIGNUP_LINK_TEXTS = [
    "Pick your emails here", "Quero receber", "Dołącz do listy", "Tilmeld dig her", "Kayıt olun", "سجّل الآن",
    "メールで受け取る", "Forúkọsílẹ̀ níbí",
]  # fmt: skip

VOCAB = {
    "ad": AD_NOTICES, "teaser": TEASER_LABELS, "box": BOX_TITLES, "newsletter": SIGNUP_PROMPTS,
    "subtext": SIGNUP_SUBTEXTS, "legal": SIGNUP_LEGAL, "button": SIGNUP_BUTTONS, "link": SIGNUP_LINK_TEXTS,
}  # fmt: skip

LANGUAGES = (
    "English", "Portuguese (Brazil)", "Portuguese (Portugal)", "Romanian", "Polish", "Dutch", "Danish",
    "Norwegian", "Swedish", "Finnish", "Hungarian", "Czech", "Lithuanian", "Latvian", "Serbian (Latin)",
    "Serbian (Cyrillic)", "Bulgarian", "Turkish", "Persian", "Urdu", "Arabic", "Tamil", "Japanese",
    "Chinese (simplified)", "Chinese (traditional)", "Amharic", "Hausa", "Yoruba", "Zulu",
)  # fmt: skip


# ------------------------------------------------------------------------------------------------
# Helpers
# ------------------------------------------------------------------------------------------------


_t, _a = text, attr


def _n(*parts: str) -> int:
    return stable_number(*parts, digits=6)


def _thumb(href: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", href.lower()).strip("-")[-36:] or "item"
    return f"/wp-content/uploads/2024/05/{slug}-300x169.jpg"


# ------------------------------------------------------------------------------------------------
# Ads
# ------------------------------------------------------------------------------------------------


def ad_shapes(label: str, slot_id: int) -> list[tuple[str, str]]:
    """Ad notices: the label and an empty slot element (no text in it), some the label alone."""
    lab = _t(label)
    al = _a(label)
    sid = int(slot_id)
    return [
        ("wp-block-group-unit", '<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained">'
                                '<p class="has-text-align-center has-cyan-bluish-gray-color has-text-color '
                                f'has-small-font-size">{lab}</p><div class="wp-block-advads-gutenberg-addon '
                                f'advads-{sid}" id="advads-{sid}"></div></div>'),
        ("drupal-field-dfp", f'<div id="block-dfp-inarticle-{sid}" class="block block-dfp clearfix">'
                             '<div class="field field--name-field-slot-label field--type-string field--label-hidden '
                             f'field__item">{lab}</div><div class="dfp-tag-wrapper"><div id="dfp-ad-inarticle_{sid}" '
                             'class="dfp-tag-wrapper__inner"></div></div></div>'),
        ("arc-xp-unit", f'<div class="b-article-body__breakout"><div class="arcad_feature" data-testid="arcad-{sid}">'
                        f'<div class="arcad_container"><div id="arcad_{sid}" class="arcad arcad_300x250"></div></div>'
                        f'<p class="c-paragraph c-paragraph--label">{lab}</p></div></div>'),
        ("bootstrap-row-unit", '<div class="row justify-content-center my-4"><div class="col-12 col-md-8 text-center">'
                               f'<small class="text-muted text-uppercase d-block mb-1">{lab}</small>'
                               f'<div class="ratio ratio-4x3 bg-light" id="pb-slot-{sid}"></div></div></div>'),
        ("shadow-host-slots", f'<x-promo-unit unit-id="{sid}" sizes="300x250|320x50" lazy-margin="200">'
                              f'<span slot="label" class="x-promo-unit__label">{lab}</span>'
                              f'<div slot="creative" class="x-promo-unit__creative" id="xpu-{sid}"></div></x-promo-unit>'),
        ("object-unit", f'<div class="media-break"><p class="media-break__note">{lab}</p>'
                        f'<object type="text/html" data="https://cdn.adserve-hub.net/render?zone={sid}" width="300" '
                        'height="250" aria-hidden="true"></object></div>'),
        ("embed-then-label", f'<div class="legacy-banner" style="text-align:center"><embed src="/banners/{sid}.swf" '
                             'type="application/x-shockwave-flash" width="468" height="60">'
                             f'<span class="legacy-banner__note" style="display:block;font-size:10px">{lab}</span></div>'),
        ("noscript-fallback", f'<div class="ox-zone"><div class="ox-zone__note">{lab}</div><div id="ox_{sid}" '
                              'class="ox-zone__holder" style="width:300px;height:250px"></div><noscript>'
                              f'<a href="https://ox-d.adexchange.example/w/1.0/rc?auid={sid}"><img '
                              f'src="https://ox-d.adexchange.example/w/1.0/ai?auid={sid}" alt="" width="300" '
                              'height="250"></a></noscript></div>'),
        ("aside-aria-only", f'<aside aria-label="{al}" aria-roledescription="{al}" data-pos="inline-{sid}" '
                            f'style="min-height:250px;margin:2rem auto"><div id="inline-{sid}"></div></aside>'),
        ("microdata-wpadblock", f'<div itemscope itemtype="https://schema.org/WPAdBlock" class="wpad">'
                                f'<meta itemprop="name" content="{al}"><span itemprop="description" class="wpad__note">'
                                f'{lab}</span><div class="wpad__holder" id="wpad-{sid}"></div></div>'),
        ("output-note", f'<div class="inread-zone" data-zone="{sid}"><output class="inread-zone__note" '
                        f'for="inread-{sid}">{lab}</output><div id="inread-{sid}" class="inread-zone__box"></div></div>'),
        ("brightspot-gam", f'<div class="GoogleDfpAd-wrapper"><div class="GoogleDfpAd-label">{lab}</div>'
                           f'<div class="GoogleDfpAd" data-slot-name="/2541/news/article" data-slot-id="gam-{sid}" '
                           'data-slot-sizes="[[300,250],[728,90]]"></div></div>'),
        ("span-blocks-unit", f'<span class="mid-unit" style="display:block;margin:28px 0;text-align:center">'
                             f'<span class="mid-unit__cap" style="display:block;font-size:11px;color:#8a8a8a">{lab}'
                             f'</span><span id="mid-unit-{sid}" style="display:block;width:300px;height:250px;'
                             'margin:0 auto"></span></span>'),
        ("span-block-label-only", f'<span class="inline-cap" style="display:block;text-align:center;'
                                  f'font:11px/1.4 sans-serif;color:#888;margin:24px 0 4px">{lab}</span>'),
        ("footer-label-only", f'<footer class="break-note" role="note"><small>{lab}</small></footer>'),
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
    th0 = _a(_thumb(links[0][1]))
    bid = f"rel-{_n(title, *(u for _, u in links))}"

    def each(fmt) -> str:
        return "".join(fmt(i, _t(h), _a(u), _a(_thumb(u))) for i, (h, u) in enumerate(links))

    return [
        # -- one link ---------------------------------------------------------------------------
        ("wp-mark-link", '<div class="wp-block-group is-style-inline-link is-layout-flow wp-block-group-is-layout-flow">'
                         '<p class="has-small-font-size"><mark style="background-color:rgba(0,0,0,0)" '
                         f'class="has-inline-color has-vivid-red-color">{lab}</mark> <a href="{u0}">{h0}</a></p></div>'),
        ("figure-promo", f'<figure class="promo-figure"><a class="promo-figure__img" href="{u0}"><img src="{th0}" '
                         'alt="" width="300" height="169" loading="lazy"></a><figcaption class="promo-figure__cap">'
                         f'<span class="promo-figure__kicker">{lab}</span> <a href="{u0}">{h0}</a></figcaption></figure>'),
        ("nested-span-link", f'<div class="inline-promo"><span class="inline-promo__eyebrow">{lab}</span> '
                             f'<a class="inline-promo__link" href="{u0}"><span class="inline-promo__text">'
                             f'<span class="u-underline">{h0}</span></span></a></div>'),
        ("drupal-paragraph", '<div class="paragraph paragraph--type--story-link paragraph--view-mode--default">'
                             '<div class="field field--name-field-intro field--type-string field--label-hidden '
                             f'field__item">{lab}</div><div class="field field--name-field-story '
                             'field--type-entity-reference field--label-hidden field__item">'
                             f'<a href="{u0}" hreflang="und">{h0}</a></div></div>'),
        ("microdata-article", '<div itemscope itemtype="https://schema.org/NewsArticle" class="linked-story">'
                              f'<span class="linked-story__intro">{lab}</span> <a itemprop="url" href="{u0}">'
                              f'<span itemprop="headline">{h0}</span></a></div>'),
        ("shadow-host-link", f'<x-story-link href="{u0}" variant="inline"><span slot="eyebrow">{lab}</span>'
                             f'<a slot="headline" href="{u0}">{h0}</a></x-story-link>'),
        ("span-block-link", '<span class="embed-link" style="display:block;margin:1.5em 0;padding:.75em 1em;'
                            f'border-left:3px solid #c00"><span style="display:block;font-weight:700">{lab}</span>'
                            f'<a href="{u0}">{h0}</a></span>'),
        ("bootstrap-alert-link", f'<div class="alert alert-secondary d-flex gap-2 my-4" role="note"><strong>{lab}</strong>'
                                 f'<a class="alert-link" href="{u0}">{h0}</a></div>'),
        # -- several links ----------------------------------------------------------------------
        ("wp-block-columns", '<div class="wp-block-group has-global-padding is-layout-constrained">'
                             f'<h2 class="wp-block-heading has-medium-font-size">{ttl}</h2>'
                             '<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1 '
                             'wp-block-columns-is-layout-flex">'
                             + each(lambda i, h, u, im: '<div class="wp-block-column is-layout-flow '
                                    'wp-block-column-is-layout-flow"><figure class="wp-block-image size-medium">'
                                    f'<img src="{im}" alt=""></figure><h3 class="wp-block-heading has-small-font-size">'
                                    f'<a href="{u}">{h}</a></h3></div>')
                             + "</div></div>"),
        ("wp-latest-posts", '<div class="wp-block-group is-layout-flow"><p class="has-large-font-size"><strong>'
                            f'{ttl}</strong></p><ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">'
                            + each(lambda i, h, u, im: f'<li><a class="wp-block-latest-posts__post-title" href="{u}">'
                                   f'{h}</a><time datetime="2024-05-{10 + i:02d}T08:00:00+00:00" '
                                   f'class="wp-block-latest-posts__post-date">May {10 + i}, 2024</time></li>')
                            + "</ul></div>"),
        ("li-cards-h3", f'<div class="story-stack"><h2 class="story-stack__title">{ttl}</h2>'
                        '<ul class="story-stack__list">'
                        + each(lambda i, h, u, im: f'<li class="story-stack__card"><img src="{im}" alt="" '
                               f'loading="lazy"><h3 class="story-stack__hed"><a href="{u}">{h}</a></h3></li>')
                        + "</ul></div>"),
        ("bootstrap-card-grid", '<div class="container-fluid px-0 my-4"><div class="row g-3"><div class="col-12">'
                                f'<h5 class="border-bottom pb-2">{ttl}</h5></div>'
                                + each(lambda i, h, u, im: '<div class="col-md-4"><div class="card h-100 border-0">'
                                       f'<img class="card-img-top" src="{im}" alt=""><div class="card-body px-0">'
                                       f'<a class="stretched-link text-dark fw-semibold" href="{u}">{h}</a></div>'
                                       '</div></div>')
                                + "</div></div>"),
        ("menu-list", f'<div class="toolbar-links"><b class="toolbar-links__head">{ttl}</b><menu class="toolbar-links__menu">'
                      + each(lambda i, h, u, im: f'<li><a href="{u}">{h}</a></li>') + "</menu></div>"),
        ("footer-in-article", f'<footer class="entry-footer"><strong class="entry-footer__title">{ttl}</strong>'
                              '<ul class="entry-footer__list">'
                              + each(lambda i, h, u, im: f'<li><a rel="bookmark" href="{u}">{h}</a></li>')
                              + "</ul></footer>"),
        ("arc-xp-small-promos", f'<div class="b-top-table-list"><h2 class="c-heading b-top-table-list__title">{ttl}</h2>'
                                '<div class="b-top-table-list-small">'
                                + each(lambda i, h, u, im: '<article class="c-small-promo"><div class="c-stack" '
                                       'data-style-direction="vertical"><h2 class="c-heading">'
                                       f'<a class="c-link" href="{u}">{h}</a></h2></div></article>')
                                + "</div></div>"),
        ("brightspot-list", f'<div class="List" data-module=""><div class="List-header"><h3 class="List-title">{ttl}'
                            '</h3></div><ul class="List-items">'
                            + each(lambda i, h, u, im: '<li class="List-items-item"><div class="PagePromo">'
                                   f'<div class="PagePromo-title"><a class="Link" href="{u}">{h}</a></div></div></li>')
                            + "</ul></div>"),
        ("drupal-views", '<div class="views-element-container"><div class="view view-story-links '
                         f'view-id-story_links view-display-id-block_1 js-view-dom-id-{bid}">'
                         f'<div class="view-header"><h2>{ttl}</h2></div><div class="view-content">'
                         + each(lambda i, h, u, im: '<div class="views-row"><div class="views-field views-field-title">'
                                f'<span class="field-content"><a href="{u}" hreflang="und">{h}</a></span></div></div>')
                         + "</div></div></div>"),
        ("microdata-itemlist", f'<div itemscope itemtype="https://schema.org/ItemList" class="story-index" id="{bid}">'
                               f'<h3 itemprop="name">{ttl}</h3>'
                               + each(lambda i, h, u, im: '<div itemprop="itemListElement" itemscope '
                                      f'itemtype="https://schema.org/ListItem"><meta itemprop="position" content="{i + 1}">'
                                      f'<a itemprop="url" href="{u}"><span itemprop="name">{h}</span></a></div>')
                               + "</div>"),
        ("nextjs-nested-spans", f'<div class="jsx-2f9a1c link-stack"><div class="jsx-2f9a1c link-stack__hd">{ttl}</div>'
                                + each(lambda i, h, u, im: f'<a class="jsx-2f9a1c link-stack__a" href="{u}" '
                                       f'style="display:block"><span class="jsx-2f9a1c"><span>{h}</span></span></a>')
                                + "</div>"),
        ("figure-box", f'<figure class="story-bundle" aria-labelledby="{bid}-cap"><figcaption id="{bid}-cap" '
                       f'class="story-bundle__cap">{ttl}</figcaption>'
                       + each(lambda i, h, u, im: f'<p class="story-bundle__item"><a href="{u}">{h}</a></p>')
                       + "</figure>"),
        ("shadow-host-rail", f'<x-link-rail count="{len(links)}" aria-label="{at}"><h3 slot="title">{ttl}</h3>'
                             '<ol slot="items">'
                             + each(lambda i, h, u, im: f'<li><a href="{u}">{h}</a></li>')
                             + "</ol></x-link-rail>"),
    ]  # fmt: skip


# ------------------------------------------------------------------------------------------------
# Newsletters
# ------------------------------------------------------------------------------------------------


def newsletter_shapes(
    prompt: str, subtext: str, legal: str, button: str, link_text: str, action: str
) -> list[tuple[str, str]]:
    """Sign-up pieces: most an email field with a submit control, some a prompt with a link to ``action``."""
    p, s, lg, b, k = _t(prompt), _t(subtext), _t(legal), _t(button), _t(link_text)
    ap, ab = _a(prompt), _a(button)
    act = _a(action)
    n = _n(prompt, action)
    next_action = _a(
        "javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() "
        "manually, consider using form.requestSubmit() instead.')"
    )
    return [
        ("role-group-form", f'<form class="mail-inline" action="{act}" method="post">'
                            f'<p class="mail-inline__q" id="mq-{n}">{p}</p><div role="group" aria-labelledby="mq-{n}">'
                            '<input type="email" name="email_address" placeholder="you@example.com" '
                            f'aria-label="E-mail"><button type="submit">{b}</button></div>'
                            f'<p class="mail-inline__small">{lg}</p></form>'),
        ("formless-button-type", f'<div class="signup-widget" data-list="daily" data-endpoint="{act}">'
                                 f'<h3 class="signup-widget__title">{p}</h3><p class="signup-widget__blurb">{s}</p>'
                                 '<div class="signup-widget__row"><input type="email" name="email" '
                                 'class="signup-widget__input" autocomplete="email"><button type="button" '
                                 f'class="signup-widget__go">{b}</button></div></div>'),
        ("div-role-button", f'<div class="mailbox-cta"><p class="mailbox-cta__q">{p}</p><input type="email" '
                            f'aria-label="E-mail" class="mailbox-cta__field"><div role="button" tabindex="0" '
                            f'class="mailbox-cta__btn" data-endpoint="{act}">{b}</div>'
                            f'<p class="mailbox-cta__fine">{lg}</p></div>'),
        ("wp-convertkit", '<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained">'
                          f'<h3 class="wp-block-heading">{p}</h3><form action="https://app.convertkit.com/forms/{n}'
                          f'/subscriptions" method="post" data-sv-form="{n}" class="seva-form formkit-form">'
                          '<div class="formkit-fields"><input class="formkit-input" name="email_address" type="email" '
                          'aria-label="E-mail" required><button data-element="submit" class="formkit-submit" '
                          f'type="submit"><span>{b}</span></button></div></form>'
                          f'<p class="has-small-font-size">{lg}</p></div>'),
        ("brevo-embed", f'<div class="sib-form" style="text-align:center"><div id="sib-form-container-{n}" '
                        f'class="sib-form-container"><form id="sib-form" method="POST" action="https://sibforms.com/'
                        f'serve/MUIFA{n}" data-type="subscription"><div class="sib-form-block"><p>{p}</p></div>'
                        f'<div class="sib-text-form-block"><p>{s}</p></div><div class="sib-input sib-form-block">'
                        '<input class="input" type="text" id="EMAIL" name="EMAIL" autocomplete="off" '
                        'placeholder="EMAIL" data-required="true" required></div><div class="sib-form-block">'
                        f'<button class="sib-form-block__button" form="sib-form" type="submit">{b}</button></div>'
                        '</form></div></div>'),
        ("wp-embed-iframe", '<figure class="wp-block-embed is-type-rich wp-block-embed-substack">'
                            f'<div class="wp-block-embed__wrapper"><iframe title="{ap}" '
                            f'src="https://briefing{n}.substack.com/embed" width="480" height="150" frameborder="0" '
                            f'scrolling="no"></iframe></div><figcaption class="wp-element-caption">{p}</figcaption>'
                            '</figure>'),
        ("drupal-simplenews", '<div class="block block-simplenews block-simplenews-subscription-block">'
                              f'<h2 class="block__title">{p}</h2><form class="simplenews-subscriber-form" '
                              f'action="{act}" method="post" id="simplenews-subscriptions-block-{n}">'
                              '<div class="js-form-item form-item js-form-type-email form-type-email form-item-mail">'
                              f'<label for="edit-mail-{n}" class="js-form-required form-required">E-mail</label>'
                              f'<input type="email" id="edit-mail-{n}" name="mail" class="form-email required" '
                              f'required></div><div class="form-actions"><input type="submit" id="edit-submit-{n}" '
                              f'name="op" value="{ab}" class="button form-submit"></div></form></div>'),
        ("bootstrap-input-group", f'<div class="card bg-light border-0 my-4"><div class="card-body"><h5 class="card-title">'
                                  f'{p}</h5><p class="card-text">{s}</p><form action="{act}" method="post">'
                                  '<div class="input-group"><input type="email" class="form-control" name="email" '
                                  'placeholder="email@domain.com" aria-label="E-mail"><button class="btn btn-primary" '
                                  f'type="submit">{b}</button></div><div class="form-text">{lg}</div></form></div></div>'),
        ("shadow-host-capture", f'<x-email-capture list-id="{n}" endpoint="{act}"><h3 slot="heading">{p}</h3>'
                                f'<p slot="blurb">{s}</p><input slot="field" type="email" name="email" '
                                f'aria-label="E-mail"><button slot="action" type="submit">{b}</button></x-email-capture>'),
        ("nextjs-server-action", f'<form class="EmailForm_form__k3Jd8" action="{next_action}" method="POST">'
                                 f'<input type="hidden" name="$ACTION_ID_{n:x}a7c91e0f3b2d"><p class="EmailForm_lead__'
                                 f'Pq2mX">{p}</p><input type="email" name="email" required placeholder="E-mail">'
                                 f'<button type="submit">{b}</button><small>{lg}</small></form>'),
        ("footer-link", f'<footer class="story-foot"><p class="story-foot__line">{p} '
                        f'<a href="{act}" class="story-foot__link">{k}</a></p></footer>'),
        ("nested-span-cta", f'<div class="promo-banner" role="region" aria-label="{ap}"><span class="promo-banner__icon" '
                            f'aria-hidden="true">📬</span><span class="promo-banner__text">{p}</span>'
                            f'<a class="promo-banner__link" href="{act}"><span><span>{k}</span></span></a></div>'),
        ("microdata-subscribe-action", '<section itemscope itemtype="https://schema.org/SubscribeAction" '
                                       f'class="sub-action"><h3 itemprop="name">{p}</h3><p itemprop="description">{s}'
                                       f'</p><a itemprop="target" href="{act}" class="sub-action__go">{k}</a></section>'),
    ]  # fmt: skip
