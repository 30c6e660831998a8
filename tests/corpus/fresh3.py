"""A third blind family of injected junk: new wordings, languages and markups, for one honest measurement.

Written without reading the detector, its rules, its word lists, the README or the benchmarks: only the
existing generators (tests/corpus/junk.py, tests/corpus/fresh.py, tests/corpus/fresh2.py), blind.py and
pages.py were read, to stay clear of their vocabularies and markups. The wordings are ones real sites use
(or plausibly could): English in other registers (UK, Australian and Indian news phrasing) and 47 other
languages, most of which the other families hardly touch or touch with other words (Spanish of Latin
America with Argentine voseo, Catalan, Basque, Galician, Italian, Greek, Ukrainian, Russian, Slovak,
Slovenian, Croatian, Estonian, Icelandic, Irish, Welsh, Albanian, Macedonian, Georgian, Armenian, Hebrew,
Hindi, Bengali, Marathi, Gujarati, Punjabi, Telugu, Kannada, Malayalam, Sinhala, Nepali, Thai, Lao, Khmer,
Burmese, Vietnamese, Indonesian, Malay, Filipino, Korean, Mongolian, Kazakh, Uzbek, Azerbaijani, Swahili,
Somali, Igbo, Afrikaans). The markups are the ways CMSs and front-end stacks write these pieces that the
other families do not: Ghost cards (kg-html-card, kg-bookmark-card, kg-signup-card, kg-cta-card),
Squarespace blocks (code, summary, newsletter), Wix components and data-hook lists, Medium mixtape
embeds and post-body classes, AMP (amp-fx-flying-carpet, amp-carousel with amp-img, amp-form with
action-xhr), Substack's native subscribe widget, Mailchimp's mc_embed_signup and the MC4WP plugin,
HubSpot forms, Prebid and Revive ad-server markup, a sticky Google Ad Manager rail, Turbo frames, htmx
attributes, Svelte and Vue scoped names, Chakra UI and Bulma classes, BEM names in Spanish and Italian,
data-attribute-only lists, an ARIA carousel, <article> cards with srcset, <section aria-labelledby>,
<abbr> tags, data-nosnippet notes, <dialog open> sign-ups, declarative shadow roots with a light-DOM
form, and text fields with only a placeholder.

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
    # English: UK, Australian, Indian and US registers
    "Ad · Scroll to continue", "Advertisement feature", "Advertiser content", "Supported by", "Paid post",
    "Article continues after advert", "Promoted listing",
    "Aviso publicitario", "La nota sigue después del anuncio",  # es-419
    "Contingut patrocinat", "Iragarkia", "Contido patrocinado",  # Catalan, Basque, Galician
    "Contenuto sponsorizzato", "L'articolo prosegue sotto",  # Italian
    "Το άρθρο συνεχίζεται μετά τη διαφήμιση",  # Greek
    "Текст продовжується після реклами", "На правах рекламы",  # Ukrainian, Russian
    "Článok pokračuje pod reklamou", "Plačana objava", "Članak se nastavlja ispod oglasa",  # sk, sl, hr
    "Artikkel jätkub pärast reklaami", "Kostað efni", "Fógraíocht", "Cynnwys noddedig",  # et, is, ga, cy
    "Lajmi vazhdon më poshtë", "Текстот продолжува под рекламата",  # Albanian, Macedonian
    "რეკლამა", "Գովազդ", "תוכן ממומן",  # Georgian, Armenian, Hebrew
    "स्पॉन्सर्ड", "স্পনসরড", "जाहिरात", "જાહેરાત", "ਇਸ਼ਤਿਹਾਰ",  # hi, bn, mr, gu, pa
    "ప్రకటన", "ಜಾಹೀರಾತು", "പരസ്യം", "දැන්වීම", "समाचार तल जारी छ",  # te, kn, ml, si, ne
    "เลื่อนลงเพื่ออ่านต่อ", "ໂຄສະນາ", "ពាណិជ្ជកម្ម", "ကြော်ငြာ",  # th, lo, km, my
    "Cuộn xuống để đọc tiếp", "Konten Promosi", "Artikel bersambung selepas iklan",  # vi, id, ms
    "Patuloy ang balita sa ibaba", "기사는 광고 아래에 이어집니다",  # Filipino, Korean
    "Сурталчилгаа", "Жарнама", "Maqola reklamadan soʻng davom etadi",  # mn, kk, uz
    "Xəbərin davamı reklamdan sonra", "Habari inaendelea chini", "Xayaysiis", "Mgbasa ozi",  # az, sw, so, ig
    "Artikel gaan voort onder die advertensie",  # Afrikaans
]  # fmt: skip

TEASER_LABELS = [
    "Full coverage:", "In depth:", "Live updates:", "Related coverage:", "Must read:",
    "Te puede interesar:", "Mirá también:",  # es-419 (the second Argentine)
    "Et pot interessar:", "Honi buruz gehiago:", "Máis información:",  # Catalan, Basque, Galician
    "Potrebbe interessarti:", "Approfondisci:", "Δείτε ακόμα:",  # Italian, Greek
    "Раніше ми писали:", "По теме:",  # Ukrainian, Russian
    "Viac k téme:", "Več o tem:", "Još o temi:", "Vaata ka:",  # sk, sl, hr, et
    "Tengdar fréttir:", "Léigh freisin:", "Stori gysylltiedig:",  # is, ga, cy
    "Lexo edhe:", "Прочитајте и:", "ასევე წაიკითხეთ:", "Կարդացեք նաև՝", "עוד בנושא:",  # sq, mk, ka, hy, he
    "ये भी पढ़ें:", "আরও খবর:", "हेही वाचा:", "આ પણ વાંચો:", "ਇਹ ਵੀ ਪੜ੍ਹੋ:",  # hi, bn, mr, gu, pa
    "ఇది కూడా చదవండి:", "ಇದನ್ನೂ ಓದಿ:", "ഇതുകൂടി വായിക്കൂ:", "මෙයත් කියවන්න:",  # te, kn, ml, si
    "यो पनि पढ्नुहोस्:", "อ่านประกอบ:", "ອ່ານຕື່ມ:", "អានបន្ថែម៖", "ဆက်စပ်သတင်း -",  # ne, th, lo, km, my
    "Có thể bạn quan tâm:", "Jangan lewatkan:", "Artikel berkaitan:", "Panoorin:",  # vi, id, ms, fil
    "함께 보면 좋은 기사:", "Мөн уншаарай:", "Сондай-ақ оқыңыз:", "Shuningdek oʻqing:",  # ko, mn, kk, uz
    "Həmçinin oxuyun:", "Habari zinazohusiana:", "Akhriso sidoo kale:", "Gụọkwa:",  # az, sw, so, ig
    "Verwante berig:",  # Afrikaans
]  # fmt: skip

BOX_TITLES = [
    "Most viewed", "More on this story", "Top picks for you", "Explore more", "Latest in Business",
    "Notas relacionadas", "Lo más visto",  # es-419
    "Notícies relacionades", "Azken albisteak", "Últimas novas",  # Catalan, Basque, Galician
    "Articoli correlati", "Σχετικά άρθρα", "Останні новини", "Новости по теме",  # it, el, uk, ru
    "Súvisiace články", "Sorodne novice", "Povezane vijesti", "Seotud lood",  # sk, sl, hr, et
    "Nýjustu fréttir", "Is mó a léadh", "Mwyaf poblogaidd",  # is, ga, cy
    "Më të lexuarat", "Најчитани", "ყველაზე კითხვადი", "Ամենաընթերցվող", "הכי נקראים",  # sq, mk, ka, hy, he
    "संबंधित खबरें", "সম্পর্কিত খবর", "संबंधित बातम्या", "વધુ સમાચાર", "ਸਬੰਧਤ ਖ਼ਬਰਾਂ",  # hi, bn, mr, gu, pa
    "తాజా వార్తలు", "ಸಂಬಂಧಿತ ಸುದ್ದಿ", "കൂടുതൽ വാർത്തകൾ", "අදාළ පුවත්", "सम्बन्धित खबर",  # te, kn, ml, si, ne
    "ข่าวยอดนิยม", "ຂ່າວທີ່ກ່ຽວຂ້ອງ", "ព័ត៌មានទាក់ទង", "လူကြိုက်အများဆုံး",  # th, lo, km, my
    "Đọc nhiều nhất", "Pilihan Redaksi", "Paling popular", "Iba pang balita",  # vi, id, ms, fil
    "이 시각 주요뉴스", "Их уншсан", "Көп оқылған", "Koʻp oʻqilgan", "Ən çox oxunanlar",  # ko, mn, kk, uz, az
    "Zilizosomwa zaidi", "Warar la xiriira", "Akụkọ ndị ọzọ", "Nuutste nuus",  # sw, so, ig, af
]  # fmt: skip

SIGNUP_PROMPTS = [
    "Sign up to First Edition, our free daily newsletter", "Get on the list: our best reporting, twice a week",
    "Like what you're reading? Get it in your inbox", "Enter your email for the weekend roundup",
    "Registrate y recibí nuestros newsletters",  # es-419 (Argentine)
    "Subscriu-te al nostre butlletí", "Jaso gure albisteak posta elektronikoz",  # Catalan, Basque
    "Apúntate á nosa newsletter", "Ricevi le notizie del giorno via email",  # Galician, Italian
    "Εγγραφείτε στο newsletter μας", "Підпишіться на нашу розсилку",  # Greek, Ukrainian
    "Главные новости дня — в вашей почте", "Prihláste sa na odber newslettra",  # Russian, Slovak
    "Naročite se na naše novice", "Najvažnije vijesti dana u vašem sandučiću",  # Slovenian, Croatian
    "Liitu meie uudiskirjaga", "Fáðu fréttabréfið sent í tölvupósti",  # Estonian, Icelandic
    "Cláraigh le haghaidh ár nuachtlitir", "Tanysgrifiwch i'n cylchlythyr",  # Irish, Welsh
    "Abonohu në buletinin tonë", "Пријавете се за нашиот билтен",  # Albanian, Macedonian
    "გამოიწერეთ ჩვენი სიახლეები", "Բաժանորդագրվեք մեր տեղեկագրին",  # Georgian, Armenian
    "קבלו את הניוזלטר שלנו", "हमारे न्यूज़लेटर की सदस्यता लें",  # Hebrew, Hindi
    "আমাদের নিউজলেটার সাবস্ক্রাইব করুন", "आमच्या न्यूजलेटरसाठी नोंदणी करा",  # Bengali, Marathi
    "અમારા ન્યૂઝલેટર માટે સાઇન અપ કરો", "ਸਾਡੇ ਨਿਊਜ਼ਲੈਟਰ ਦੀ ਗਾਹਕੀ ਲਓ",  # Gujarati, Punjabi
    "మా న్యూస్‌లెటర్‌కు సబ్‌స్క్రైబ్ చేసుకోండి", "ನಮ್ಮ ಸುದ್ದಿಪತ್ರಕ್ಕೆ ಚಂದಾದಾರರಾಗಿ",  # Telugu, Kannada
    "ഞങ്ങളുടെ ന്യൂസ് ലെറ്ററിലേക്ക് സബ്സ്ക്രൈബ് ചെയ്യൂ", "අපගේ පුවත් ලිපියට දායක වන්න",  # Malayalam, Sinhala
    "हाम्रो न्यूजलेटरको सदस्यता लिनुहोस्", "รับข่าวสารทางอีเมล",  # Nepali, Thai
    "ລົງທະບຽນຮັບຂ່າວສານທາງອີເມວ", "ចុះឈ្មោះទទួលព័ត៌មានតាមអ៊ីមែល", "သတင်းလွှာ စာရင်းသွင်းပါ",  # lo, km, my
    "Nhận tin tức mới nhất qua email", "Dapatkan info terbaru langsung di email kamu",  # vi, id
    "Langgan surat berita kami", "Mag-subscribe sa aming newsletter",  # Malay, Filipino
    "뉴스레터를 무료로 받아보세요", "Мэдээллээ имэйлээр аваарай", "Жаңалықтарға жазылыңыз",  # ko, mn, kk
    "Yangiliklarga obuna boʻling", "Xəbər bülletenimizə abunə olun",  # Uzbek, Azerbaijani
    "Jisajili kupokea habari kwa barua pepe", "Iska diiwaangeli warsidahayaga",  # Swahili, Somali
    "Denye aha gị maka akwụkwọ ozi anyị", "Teken in vir ons nuusbrief",  # Igbo, Afrikaans
]  # fmt: skip

SIGNUP_SUBTEXTS = [
    "Weekdays at 6am AEST. The stories you need before the school run.",
    "The biggest stories from across India, every evening at 8 pm.",
    "Cada mañana, lo más importante de la jornada en tu casilla.",
    "Ogni mattina le notizie più importanti, direttamente nella tua casella di posta.",
    "Κάθε πρωί τα σημαντικότερα νέα της ημέρας στο inbox σας.",
    "Раз в неделю — самое важное, без спама.",
    "Щоранку — головне за добу у вашій скриньці.",
    "כל בוקר, החדשות החשובות ישירות לתיבת המייל שלכם.",
    "हर सुबह दिन की बड़ी खबरें आपके इनबॉक्स में।",
    "สรุปข่าวเด่นประจำวัน ส่งตรงถึงอีเมลของคุณทุกเช้า",
    "매주 월요일 아침, 꼭 읽어야 할 기사를 보내드립니다.",
    "Rangkuman berita pilihan dikirim setiap sore.",
    "Cada divendres, una selecció dels millors reportatges.",
    "Kila Jumatatu, habari muhimu za wiki.",
]  # fmt: skip

SIGNUP_LEGAL = [
    "Newsletters may contain info about charities, online ads, and content funded by outside parties.",
    "I have read and agree to the Privacy Policy.",
    "Acepto la política de privacidad y los términos y condiciones.",
    "Ho letto e accetto l'informativa sulla privacy.",
    "Μπορείτε να διαγραφείτε ανά πάσα στιγμή.",
    "Нажимая кнопку, вы соглашаетесь на обработку персональных данных.",
    "Підписуючись, ви погоджуєтеся з політикою конфіденційності.",
    "ניתן לבטל את המינוי בכל עת.",
    "개인정보 수집 및 이용에 동의합니다.",
    "Dengan mendaftar, kamu menyetujui Kebijakan Privasi kami.",
    "ฉันยอมรับนโยบายความเป็นส่วนตัว",
    "आप कभी भी सदस्यता समाप्त कर सकते हैं।",
    "Mund të çabonoheni në çdo kohë.",
]  # fmt: skip

SIGNUP_BUTTONS = [
    "Get it free", "Join the list", "Quiero suscribirme", "Subscriu-m'hi", "Iscriviti", "Εγγραφή",
    "Подписаться", "Підписатися", "הרשמה", "구독하기", "Langganan", "सब्सक्राइब करें", "สมัคร", "Abonohu",
    "გამოწერა", "Hantar", "Teken in", "Mag-subscribe",
]  # fmt: skip

SIGNUP_LINK_TEXTS = [
    "Browse all newsletters", "Get the newsletter", "Suscribite acá", "Iscriviti qui", "Κάντε εγγραφή εδώ",
    "Оформити підписку", "להרשמה לחצו כאן", "뉴스레터 신청하기", "Daftar di sini", "यहां सब्सक्राइब करें",
    "สมัครที่นี่", "გამოიწერეთ აქ", "Cofrestrwch yma", "Cláraigh anseo", "Regjistrohu këtu", "Eman izena hemen",
]  # fmt: skip

VOCAB = {
    "ad": AD_NOTICES, "teaser": TEASER_LABELS, "box": BOX_TITLES, "newsletter": SIGNUP_PROMPTS,
    "subtext": SIGNUP_SUBTEXTS, "legal": SIGNUP_LEGAL, "button": SIGNUP_BUTTONS, "link": SIGNUP_LINK_TEXTS,
}  # fmt: skip

LANGUAGES = (
    "English", "Spanish (Latin America)", "Catalan", "Basque", "Galician", "Italian", "Greek", "Ukrainian",
    "Russian", "Slovak", "Slovenian", "Croatian", "Estonian", "Icelandic", "Irish", "Welsh", "Albanian",
    "Macedonian", "Georgian", "Armenian", "Hebrew", "Hindi", "Bengali", "Marathi", "Gujarati", "Punjabi",
    "Telugu", "Kannada", "Malayalam", "Sinhala", "Nepali", "Thai", "Lao", "Khmer", "Burmese", "Vietnamese",
    "Indonesian", "Malay", "Filipino", "Korean", "Mongolian", "Kazakh", "Uzbek", "Azerbaijani", "Swahili",
    "Somali", "Igbo", "Afrikaans",
)  # fmt: skip


# ------------------------------------------------------------------------------------------------
# Helpers
# ------------------------------------------------------------------------------------------------


_t, _a = text, attr


def _n(*parts: str) -> int:
    return stable_number(*parts, digits=7)


def _slug(href: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", href.lower()).strip("-")[-32:] or "post"


def _hash(*parts: str) -> str:
    """A short lowercase hash, as Svelte, Vue and Chakra put in their generated names."""
    return format(stable_number(*parts, digits=9), "x")[:7]


# ------------------------------------------------------------------------------------------------
# Ads
# ------------------------------------------------------------------------------------------------


def ad_shapes(label: str, slot_id: int) -> list[tuple[str, str]]:
    """Ad notices: the label and an empty slot element (no text in it), some the label alone."""
    lab = _t(label)
    al = _a(label)
    sid = int(slot_id)
    sv = f"svelte-{_hash(label, 'sv')}"
    dv = f"data-v-{_hash(label, 'vue')}"
    return [
        ("ghost-html-card", '<div class="kg-card kg-html-card"><div class="inline-sponsor" style="text-align:center;'
                            f'margin:2em 0"><p style="font-size:12px;letter-spacing:.08em;opacity:.7">{lab}</p>'
                            f'<div id="ghost-slot-{sid}" style="min-height:250px"></div></div></div>'),
        ("amp-flying-carpet", '<amp-fx-flying-carpet height="300px" class="i-amphtml-element">'
                              f'<div class="carpet-note">{lab}</div><amp-ad width="300" height="600" layout="fixed" '
                              f'type="adsense" data-ad-client="ca-pub-31{sid}" data-ad-slot="{sid}"></amp-ad>'
                              '</amp-fx-flying-carpet>'),
        ("prebid-adunit", f'<div class="pb-unit" data-adunit-code="story_mid_{sid}" data-mediatypes="banner" '
                          'data-sizes="300x250,336x280"><div class="pb-unit__legend">'
                          f'{lab}</div><div class="pb-unit__render" id="pb-render-{sid}"></div></div>'),
        ("squarespace-code-block", f'<div class="sqs-block code-block sqs-block-code" data-block-type="23" '
                                   f'id="block-yui_3_17_2_1_{sid}"><div class="sqs-block-content">'
                                   f'<p class="sqsrte-small" style="text-align:center">{lab}</p>'
                                   f'<div class="partner-zone" data-zone="{sid}"></div></div></div>'),
        ("wix-html-comp", f'<div id="comp-lq{sid}" class="comp-lq{sid} wixui-rich-text" data-testid="richTextElement">'
                          f'<p class="font_9 wixui-rich-text__text" style="text-align:center">{lab}</p>'
                          f'<wix-iframe data-src="https://www-wixsite-com.filesusr.com/html/{sid}.html" '
                          'title="Embedded Content" style="display:block;height:250px"></wix-iframe></div>'),
        ("svelte-scoped", f'<div class="break {sv}" data-slot="{sid}"><span class="caption {sv}">{lab}</span>'
                          f'<div class="frame {sv}" style="min-height:250px"></div></div>'),
        ("vue-scoped", f'<div {dv}="" class="inline-break"><p {dv}="" class="inline-break__caption">{lab}</p>'
                       f'<div {dv}="" id="vslot-{sid}" class="inline-break__frame"></div></div>'),
        ("turbo-frame-lazy", f'<turbo-frame id="sponsor_{sid}" src="/placements/{sid}" loading="lazy">'
                             f'<p class="placement__caption">{lab}</p></turbo-frame>'),
        ("htmx-revealed", f'<div class="placement" hx-get="/partials/placement/{sid}" hx-trigger="revealed" '
                          f'hx-swap="beforeend"><small class="placement__tag">{lab}</small></div>'),
        ("bulma-level", '<nav class="level is-mobile my-5"><div class="level-item has-text-centered"><div>'
                        f'<p class="heading has-text-grey-light">{lab}</p><figure class="image is-300x250" '
                        f'id="b{sid}"></figure></div></div></nav>'),
        ("bem-spanish", f'<div class="bloque-publicidad bloque-publicidad--intermedio"><span class="bloque-publicidad'
                        f'__etiqueta">{lab}</span><div class="bloque-publicidad__espacio" id="espacio-{sid}" '
                        'data-formato="robapaginas"></div></div>'),
        ("bem-italian", f'<div class="box-sponsor box-sponsor--articolo"><p class="box-sponsor__dicitura">{lab}</p>'
                        f'<div class="box-sponsor__contenitore" id="contenitore-{sid}"></div></div>'),
        ("gam-sticky-rail", '<div class="sticky-rail" style="position:sticky;top:80px"><div class="sticky-rail__inner">'
                            f'<div id="div-gpt-ad-1702{sid}-0" style="min-width:300px;min-height:600px"></div></div>'
                            f'<span class="sticky-rail__tag">{lab}</span></div>'),
        ("revive-ins", f'<div class="zone-wrap"><p class="zone-wrap__note">{lab}</p><ins data-revive-zoneid="{sid}" '
                       'data-revive-id="8a1f0c7e3d2b5a6c9e4f7d1b0a3c5e8f"></ins></div>'),
        ("abbr-tag", f'<div class="unit-holder"><abbr class="unit-holder__tag" title="{al}">{lab}</abbr>'
                     f'<div class="unit-holder__box" data-unit="{sid}"></div></div>'),
        ("nosnippet-label-only", f'<div data-nosnippet="" class="note-sep" style="text-align:center;font-size:11px;'
                                 f'color:#767676;margin:32px 0 6px">{lab}</div>'),
        ("chakra-label-only", f'<p class="chakra-text css-{_hash(label, "ck")}">{lab}</p>'),
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
    h0, u0, ah0 = _t(links[0][0]), _a(links[0][1]), _a(links[0][0])
    s0 = _slug(links[0][1])
    bid = f"b{_n(title, *(u for _, u in links))}"
    sv = f"svelte-{_hash(title, 'sv')}"
    dv = f"data-v-{_hash(label, 'vue')}"
    ck = _hash(title, "chakra")

    def each(fmt) -> str:
        return "".join(fmt(i, _t(h), _a(u), _slug(u)) for i, (h, u) in enumerate(links))

    return [
        # -- one link ---------------------------------------------------------------------------
        ("ghost-bookmark-card", '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" '
                                f'href="{u0}"><div class="kg-bookmark-content"><div class="kg-bookmark-title">{h0}'
                                '</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" '
                                'src="/favicon.png" alt=""></div></div><div class="kg-bookmark-thumbnail"><img '
                                f'src="/content/images/size/w600/2024/06/{s0}.jpg" alt=""></div></a>'
                                f'<figcaption>{lab}</figcaption></figure>'),
        ("medium-mixtape", f'<div class="graf graf--mixtapeEmbed"><a href="{u0}" data-href="{u0}" title="{ah0}" '
                           'class="markup--anchor markup--mixtapeEmbed-anchor"><em class="markup--em '
                           f'markup--mixtapeEmbed-em">{lab}</em><br><strong class="markup--strong '
                           f'markup--mixtapeEmbed-strong">{h0}</strong></a><a href="{u0}" class="js-mixtapeImage '
                           f'mixtapeImage" style="background-image:url(/max/160/{s0}.jpeg)"></a></div>'),
        ("squarespace-html-block", '<div class="sqs-block html-block sqs-block-html" data-block-type="2">'
                                   f'<div class="sqs-block-content"><div class="sqs-html-content"><p class="sqsrte-'
                                   f'small"><strong>{lab}</strong> <a href="{u0}">{h0}</a></p></div></div></div>'),
        ("section-labelledby", f'<section class="tie-in" aria-labelledby="{bid}-k"><h2 id="{bid}-k" class="tie-in__'
                               f'kicker">{lab}</h2><p class="tie-in__hed"><a href="{u0}">{h0}</a></p></section>'),
        ("htmx-bem-spanish", f'<div class="relacionada" hx-get="/previa?url={u0}" hx-trigger="mouseenter once" '
                             'hx-target="next .relacionada__previa"><span class="relacionada__antetitulo">'
                             f'{lab}</span> <a class="relacionada__enlace" href="{u0}">{h0}</a><div '
                             'class="relacionada__previa">'
                             '</div></div>'),
        ("amp-img-link", f'<div class="amp-related-inline"><a href="{u0}" class="amp-related-inline__a"><amp-img '
                         f'src="/img/amp/{s0}.jpg" width="120" height="80" layout="fixed" alt=""></amp-img>'
                         f'<span class="amp-related-inline__k">{lab}</span><span class="amp-related-inline__h">{h0}'
                         '</span></a></div>'),
        ("vue-scoped-inline", f'<div {dv}="" class="inline-ref"><span {dv}="" class="inline-ref__label">{lab}</span>'
                              f'<a {dv}="" class="inline-ref__link" href="{u0}">{h0}</a></div>'),
        ("medium-post-body", f'<p class="pw-post-body-paragraph ld le gv lf b lg lh li lj lk ll lm" '
                             f'data-selectable-paragraph=""><strong class="lf gw">{lab}</strong> <a class="af mv" '
                             f'href="{u0}" rel="noopener">{h0}</a></p>'),
        # -- several links ----------------------------------------------------------------------
        ("ghost-html-list", f'<div class="kg-card kg-html-card"><div class="further"><h4 class="further__head">{ttl}'
                            '</h4><ul class="further__list">'
                            + each(lambda i, h, u, s: f'<li><a href="{u}">{h}</a></li>') + "</ul></div></div>"),
        ("amp-carousel", f'<div class="amp-rel"><h3 class="amp-rel__title">{ttl}</h3><amp-carousel type="carousel" '
                         'height="210" layout="fixed-height" aria-label="carousel">'
                         + each(lambda i, h, u, s: f'<a class="amp-rel__slide" href="{u}"><amp-img src="/img/amp/{s}'
                                '.jpg" width="200" height="120" layout="fixed" alt=""></amp-img>'
                                f'<p class="amp-rel__hed">{h}</p></a>')
                         + "</amp-carousel></div>"),
        ("squarespace-summary", '<div class="sqs-block summary-v2-block sqs-block-summary-v2"><div class="sqs-block-'
                                'content"><div class="summary-block-wrapper summary-block-collection-type-blog-basic-'
                                'grid"><div class="summary-heading"><span class="summary-header-text">'
                                f'{ttl}</span></div><div class="summary-item-list-container"><div class="summary-item-'
                                'list">'
                                + each(lambda i, h, u, s: '<div class="summary-item summary-item-record-type-text">'
                                       '<div class="summary-content sqs-gallery-meta-container"><div class="summary-'
                                       f'title"><a href="{u}" class="summary-title-link">{h}</a></div></div></div>')
                                + "</div></div></div></div></div>"),
        ("wix-data-hook", f'<section data-hook="related-posts" class="wix-rp"><h2 data-hook="related-posts-title" '
                          f'class="wix-rp__t">{ttl}</h2><div data-hook="post-list">'
                          + each(lambda i, h, u, s: '<article data-hook="post-list-item"><a data-hook="post-title" '
                                 f'href="{u}"><p class="blog-post-title-font">{h}</p></a></article>')
                          + "</div></section>"),
        ("turbo-frame-box", f'<turbo-frame id="related_{bid}" src="/stories/related?for={bid}" target="_top">'
                            f'<div class="related-frame"><h3 class="related-frame__heading">{ttl}</h3>'
                            + each(lambda i, h, u, s: f'<p class="related-frame__row"><a href="{u}" '
                                   f'data-turbo-frame="_top">{h}</a></p>')
                            + "</div></turbo-frame>"),
        ("svelte-scoped-box", f'<section class="rel {sv}"><h2 class="rel-title {sv}">{ttl}</h2><ul class="{sv}">'
                              + each(lambda i, h, u, s: f'<li class="{sv}"><a href="{u}" class="{sv}">{h}</a></li>')
                              + "</ul></section>"),
        ("vue-scoped-box", f'<div {dv}="" class="mas-leidas"><h3 {dv}="" class="mas-leidas__titulo">{ttl}</h3><ol '
                           f'{dv}="" class="mas-leidas__lista">'
                           + each(lambda i, h, u, s: f'<li {dv}="" class="mas-leidas__item"><a {dv}="" href="{u}">'
                                  f'{h}</a></li>')
                           + "</ol></div>"),
        ("data-attrs-only", f'<div data-component="story-list" data-variant="compact"><div data-role="heading">{ttl}'
                            '</div>'
                            + each(lambda i, h, u, s: f'<div data-role="item" data-position="{i + 1}"><a '
                                   f'data-link-type="article" href="{u}">{h}</a></div>')
                            + "</div>"),
        ("article-srcset-cards", f'<div class="story-grid"><h2 class="story-grid__label">{ttl}</h2>'
                                 + each(lambda i, h, u, s: f'<article class="story-grid__card"><a href="{u}"><img '
                                        f'src="/img/{s}-480.jpg" srcset="/img/{s}-480.jpg 480w, /img/{s}-960.jpg '
                                        '960w" sizes="(min-width:768px) 33vw, 100vw" alt="" loading="lazy"></a>'
                                        f'<h3 class="story-grid__hed"><a href="{u}">{h}</a></h3><time datetime='
                                        f'"2024-06-{12 - i:02d}">2024-06-{12 - i:02d}</time></article>')
                                 + "</div>"),
        ("chakra-ui-stack", f'<div class="chakra-stack css-{ck}"><h2 class="chakra-heading css-1dklj6k">{ttl}</h2>'
                            + each(lambda i, h, u, s: f'<a class="chakra-link css-{ck}{i}" href="{u}"><p '
                                   f'class="chakra-text css-0">{h}</p></a>')
                            + "</div>"),
        ("aria-carousel", f'<div role="region" aria-roledescription="carousel" aria-label="{at}" class="reel">'
                          f'<p class="reel__title">{ttl}</p><div class="reel__track" aria-live="polite">'
                          + each(lambda i, h, u, s: f'<div role="group" aria-roledescription="slide" '
                                 f'aria-label="{i + 1} / {len(links)}" class="reel__slide"><a href="{u}">{h}</a></div>')
                          + "</div></div>"),
        ("bem-italian-box", f'<div class="articoli-correlati"><p class="articoli-correlati__titolo">{ttl}</p>'
                            + each(lambda i, h, u, s: '<div class="articoli-correlati__elemento"><a class="articoli-'
                                   f'correlati__collegamento" href="{u}">{h}</a></div>')
                            + "</div>"),
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
    guid = f"{n:x}-4c1e-9b2a-{_hash(prompt, 'hs')}e"
    sv = f"svelte-{_hash(prompt, 'sv')}"
    dv = f"data-v-{_hash(prompt, 'vue')}"
    return [
        ("ghost-signup-card", '<div class="kg-card kg-signup-card kg-width-regular" style="background-color:#F0F0F0">'
                              '<div class="kg-signup-card-content"><div class="kg-signup-card-text">'
                              f'<h2 class="kg-signup-card-heading">{p}</h2><p class="kg-signup-card-subheading">{s}</p>'
                              '<form class="kg-signup-card-form" data-members-form="signup"><div class="kg-signup-'
                              'card-fields"><input class="kg-signup-card-input" data-members-email type="email" '
                              'required><button class="kg-signup-card-button kg-style-accent" type="submit"><span '
                              f'class="kg-signup-card-button-default">{b}</span></button></div></form>'
                              f'<p class="kg-signup-card-disclaimer">{lg}</p></div></div></div>'),
        ("ghost-cta-card", '<div class="kg-card kg-cta-card kg-cta-bg-grey kg-cta-minimal"><div class="kg-cta-content">'
                           f'<div class="kg-cta-content-inner"><div class="kg-cta-text"><p>{p}</p></div>'
                           f'<a href="{act}" class="kg-cta-button kg-style-accent">{k}</a></div></div></div>'),
        ("amp-form-xhr", f'<div class="amp-signup"><form method="post" action-xhr="{act}" target="_top" '
                         f'class="amp-signup__form"><p class="amp-signup__q">{p}</p><input type="email" name="email" '
                         f'required aria-label="E-mail"><input type="submit" value="{ab}"><div submit-success></div>'
                         '<div submit-error></div></form></div>'),
        ("substack-widget", '<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe">'
                            f'<div class="preamble"><p class="cta-caption">{p}</p></div><form class="subscription-'
                            f'widget-subscribe" action="https://newsletter{n}.substack.com/api/v1/free" method="post">'
                            '<input type="email" class="email-input" name="email" placeholder="Type your email…">'
                            f'<input type="submit" class="button primary" value="{ab}"></form></div></div>'),
        ("mailchimp-embed", '<div id="mc_embed_shell"><div id="mc_embed_signup"><form action="https://news.us21.list-'
                            f'manage.com/subscribe/post?u=5f2c{n}&amp;id=a1{n}" method="post" '
                            'id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" class="validate" '
                            f'target="_blank"><div id="mc_embed_signup_scroll"><h2>{p}</h2><div class="mc-field-group">'
                            '<label for="mce-EMAIL">Email Address <span class="asterisk">*</span></label><input '
                            'type="email" name="EMAIL" class="required email" id="mce-EMAIL" required value="">'
                            '</div><div id="mce-responses" class="clear foot"><div class="response" id="mce-error-'
                            'response" style="display:none"></div></div><div class="clear foot"><input type="submit" '
                            f'name="subscribe" id="mc-embedded-subscribe" class="button" value="{ab}"></div></div>'
                            '</form></div></div>'),
        ("mc4wp-form", f'<form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-{n}" method="post" data-id="{n}" '
                       f'data-name="Daily"><div class="mc4wp-form-fields"><p>{p}</p><p><input type="email" '
                       f'name="EMAIL" required></p><p><input type="submit" value="{ab}"></p><p><small>{lg}</small>'
                       '</p></div><input type="hidden" name="_mc4wp_timestamp" value="1718200000"><input '
                       f'type="hidden" name="_mc4wp_form_id" value="{n}"><div class="mc4wp-response"></div></form>'),
        ("hubspot-form", f'<div class="hbspt-form" id="hbspt-form-{guid}"><form novalidate accept-charset="UTF-8" '
                         'action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/'
                         f'{n}/{guid}" enctype="multipart/form-data" id="hsForm_{guid}" method="POST" '
                         'class="hs-form-private hs-form stacked"><div class="hs-richtext hs-main-font-element">'
                         f'<p><strong>{p}</strong></p></div><div class="hs_email hs-email hs-fieldtype-text field hs-form-field">'
                         f'<label for="email-{guid}"><span>Email</span><span class="hs-form-required">*</span></label>'
                         f'<div class="input"><input id="email-{guid}" name="email" required type="email" '
                         'class="hs-input" inputmode="email" autocomplete="email" value=""></div></div>'
                         '<div class="legal-consent-container"><div class="hs-richtext"><p>'
                         f'{lg}</p></div></div><div class="hs_submit hs-submit"><div class="actions"><input '
                         f'type="submit" class="hs-button primary large" value="{ab}"></div></div></form></div>'),
        ("dialog-open", f'<dialog open class="nl-dialog" aria-labelledby="nl-{n}-h"><form method="dialog" '
                        'class="nl-dialog__x"><button value="close" aria-label="×">×</button></form>'
                        f'<h2 id="nl-{n}-h">{p}</h2><p>{s}</p><form action="{act}" method="post" class="nl-dialog__f">'
                        f'<input type="email" name="email" aria-label="E-mail" required><button type="submit">{b}'
                        '</button></form></dialog>'),
        ("svelte-text-placeholder", f'<div class="signup {sv}"><p class="lead {sv}">{p}</p><form class="{sv}">'
                                    f'<input type="text" placeholder="yourname@mail.com" class="{sv}"><button '
                                    f'class="{sv}">{b}</button></form><p class="fine {sv}">{lg}</p></div>'),
        ("declarative-shadow-root", f'<news-signup list="{n}"><template shadowrootmode="open"><slot></slot>'
                                    f'</template><form action="{act}" method="post"><h3>{p}</h3><p>{s}</p><input '
                                    f'type="email" name="email" aria-label="E-mail"><button type="submit">{b}</button>'
                                    '</form></news-signup>'),
        ("turbo-frame-form", f'<turbo-frame id="signup_{n}"><form action="{act}" method="post" accept-charset="UTF-8" '
                             f'data-turbo-frame="signup_{n}"><p class="signup__lead">{p}</p><input type="email" '
                             'name="subscriber[email]" autocomplete="email" required><input type="submit" '
                             f'name="commit" value="{ab}" data-disable-with="…"></form></turbo-frame>'),
        ("htmx-bem-spanish", f'<form hx-post="{act}" hx-target="this" hx-swap="outerHTML" class="suscripcion">'
                             f'<label class="suscripcion__titulo" for="correo-{n}">{p}</label><input type="email" '
                             f'id="correo-{n}" name="correo" class="suscripcion__campo" required><button '
                             f'class="suscripcion__boton">{b}</button><p class="suscripcion__aviso">{lg}</p></form>'),
        ("vue-scoped-form", f'<div {dv}="" class="nl-promo"><h3 {dv}="">{p}</h3><p {dv}="">{s}</p><form {dv}="" '
                            f'action="{act}" method="post"><input {dv}="" type="email" name="email" '
                            f'aria-label="E-mail"><button {dv}="" type="submit">{b}</button></form></div>'),
        ("squarespace-newsletter", '<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-'
                                   'block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--'
                                   f'layoutFloat"><form class="newsletter-form" data-form-id="{n}" method="POST" '
                                   'novalidate><header class="newsletter-form-header"><h2 class="newsletter-form-'
                                   f'header-title">{p}</h2><div class="newsletter-form-header-description"><p>{s}</p>'
                                   '</div></header><div class="newsletter-form-body"><input class="newsletter-form-'
                                   'field-element field-element" name="email" autocomplete="email" type="email" '
                                   'aria-label="Email"><button class="newsletter-form-button sqs-system-button" '
                                   f'type="submit"><span class="newsletter-form-button-label">{b}</span></button>'
                                   '</div></form></div></div></div>'),
        ("wix-form", f'<div id="comp-m{n}" class="wixui-form"><form class="wixui-form__form"><div data-hook="title">'
                     f'<h5 class="font_5 wixui-rich-text__text">{p}</h5></div><div class="wixui-text-input"><input '
                     'type="email" class="wixui-text-input__input" aria-label="Email" required></div><button '
                     f'type="submit" class="wixui-button" data-testid="buttonElement"><span class="wixui-button__'
                     f'label">{b}</span></button></form></div>'),
        ("medium-post-body-link", '<p class="pw-post-body-paragraph ld le gv lf b lg lh li lj lk ll lm" data-'
                                  f'selectable-paragraph=""><em class="lr">{p}</em> <a class="af mv" href="{act}" '
                                  f'rel="noopener ugc nofollow">{k}</a></p>'),
        ("data-attrs-link", f'<div data-component="newsletter-promo" data-list-id="{n}"><p data-role="lead">{p}</p>'
                            f'<p data-role="body">{s}</p><a data-role="cta" href="{act}">{k}</a></div>'),
        ("bulma-notification-link", f'<div class="notification is-link is-light" role="region" aria-label="{ap}">'
                                    f'<p class="title is-5">{p}</p><p class="subtitle is-6">{s}</p><a class="button '
                                    f'is-link" href="{act}">{k}</a></div>'),
    ]  # fmt: skip
