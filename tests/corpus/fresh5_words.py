"""The words of the fifth blind family (tests/corpus/fresh5.py), written blind like its markups.

English in registers the other families leave alone (public-radio underwriting, US magazines' special
sections, local-news funding notes, tech blogs' ad networks), the big languages in phrasings no family
has used (Spanish, Portuguese, French, German, Italian, Dutch, Polish, Russian, Ukrainian, Turkish, Arabic,
Persian, Hindi, Bengali, Urdu, Indonesian, Vietnamese, Thai, Japanese, Korean, Chinese simplified and
traditional), the smaller ones again in other words, and a few no family touches (Bosnian, Occitan,
Asturian, Latin, Tajik, Chichewa, Tok Pisin, Faroese). Each language is named in a comment beside its words.
"""

from __future__ import annotations

from .blind import stable_number

AD_NOTICES = [
    "Underwriting support", "Support for this story comes from", "Special advertising section",
    "This ad helps fund local news", "Ad break · keep scrolling for more", "Content from our commercial partners",
    "Espacio patrocinado", "La noticia continúa tras el anuncio", "Anúncio", "Publieditorial",  # es, es, pt, pt
    "Contenu sponsorisé", "L'article continue ci-dessous",  # French
    "Gesponserter Beitrag", "Text geht unter der Werbung weiter",  # German
    "Messaggio promozionale", "Inserzione", "Gesponsord", "Tekst loopt door onder de advertentie",  # it, it, nl, nl
    "Artykuł sponsorowany", "Materiał promocyjny", "Спецпроект", "Рекламный блок",  # pl, pl, ru, ru
    "Матеріал на правах реклами", "Sponsorlu içerik", "Reklam alanı",  # uk, tr, tr
    "محتوى ممول", "مساحة إعلانية", "رپرتاژ آگهی", "تبلیغات",  # ar, ar, fa, fa
    "एडवरटोरियल", "पेड पार्टनरशिप", "পৃষ্ঠপোষকতায়", "تشہیری مواد",  # hi, hi, bn, ur
    "Konten Bersponsor", "Berita berlanjut setelah iklan berikut", "Thông tin doanh nghiệp",  # id, id, vi
    "พื้นที่โฆษณา", "ประชาสัมพันธ์", "タイアップ記事", "広告の下に記事が続きます",  # th, th, ja, ja
    "광고영역", "스폰서드 콘텐츠", "商业推广", "商業合作", "廣告 請繼續往下閱讀",  # ko, ko, zh-CN, zh-TW, zh-TW
    "Anunci", "Babestutako edukia", "A noticia continúa despois do anuncio",  # ca, eu, gl
    "Komerčný článok", "Promocijsko sporočilo", "Sponzorirani članak", "Промо садржај",  # sk, sl, hr, sr
    "Статията продължава след рекламата", "Με την υποστήριξη", "בשיתוף",  # bg, el, he
    "პარტნიორის მასალა", "Գովազդային նյութ", "Remiamas turinys", "Sadarbības materiāls",  # ka, hy, lt, lv
    "Partnerlugu", "Kaupallinen yhteistyö", "PR-cikk", "Articolul continuă după reclamă",  # et, fi, hu, ro
    "Përmbajtje e sponsorizuar", "Промотивна содржина", "Tangazo", "ማስታወቂያ", "Talla",  # sq, mk, sw, am, ha
    "Ìpolówó", "Isikhangiso", "விளம்பரப் பகுதி", "Artikel tajaan", "Auglýsing", "Ábhar urraithe",  # yo zu ta ms is ga
    "Серіктес материалы", "Tərəfdaş materialı", "Homiylik materiali",  # kk, az, uz
    "Sponzorisani članak", "Contengut pagat", "Маводи таблиғотӣ", "Zotsatsa",  # bs, oc, tg, ny
]  # fmt: skip

TEASER_LABELS = [
    "From the archives:", "Also of interest:", "Now read:", "LISTEN:", "Need to know:", "Explore further:",
    "No te pierdas:", "Te sugerimos:", "Relacionado:",  # Spanish
    "Confira também:", "Leia mais:", "LEIA A SEGUIR:",  # Portuguese
    "Pour aller plus loin :", "À découvrir :", "Relire :", "Notre sélection :",  # French
    "Lesetipp:", "Mehr dazu:", "Auch lesenswert:", "Vedi anche:", "Da non perdere:",  # de, de, de, it, it
    "Ook interessant:", "Lees meer:", "Polecamy:", "Warto przeczytać:",  # nl, nl, pl, pl
    "Смотрите также:", "Это интересно:", "Вас може зацікавити:", "Також читайте:",  # ru, ru, uk, uk
    "İlgili haber:", "İlginizi çekebilir:", "ذات صلة:", "قد يهمك أيضاً:",  # tr, tr, ar, ar
    "مطلب مرتبط:", "همچنین بخوانید:", "इसे भी पढ़ें:", "जरूर पढ़ें:",  # fa, fa, hi, hi
    "এটিও পড়ুন:", "সংশ্লিষ্ট খবর:", "مزید پڑھیے:", "متعلقہ خبر:",  # bn, bn, ur, ur
    "Artikel Terkait:", "Tonton juga:", "Cek juga:", "Bài liên quan:", "Đừng bỏ lỡ:",  # id, id, id, vi, vi
    "ข่าวแนะนำ:", "อ่านต่อ:", "【関連】", "▼関連ニュース",  # th, th, ja, ja
    "같이 보기:", "이런 기사도 있어요:", "相关新闻：", "你可能还想看：", "看更多：", "推薦閱讀：",  # ko ko zh-CN zh-TW
    "Vegeu també:", "No et perdis:", "Ikusi ere:", "Tamén che pode interesar:",  # ca, ca, eu, gl
    "Súvisiaci článok:", "Morda vas zanima:", "Preporučujemo:", "Повезане вести:",  # sk, sl, hr, sr
    "Още по темата:", "Μην χάσετε:", "קראו גם:", "იხილეთ ასევე:", "Տես նաև՝",  # bg, el, he, ka, hy
    "Taip pat skaitykite:", "Lasi arī:", "Loe lisaks:", "Aiheesta lisää:", "Kapcsolódó cikk:",  # lt lv et fi hu
    "Citește și:", "Të ngjashme:", "Поврзано:", "Soma pia:", "ይህንንም ያንብቡ፡",  # ro, sq, mk, sw, am
    "Labarai masu alaƙa:", "Ẹ ka èyí náà:", "Bheka futhi:", "இதையும் படிங்க:",  # ha, yo, zu, ta
    "ఇవి కూడా చదవండి:", "ಇವುಗಳನ್ನೂ ಓದಿ:", "ഇതും വായിക്കുക:", "हे देखील वाचा:",  # te, kn, ml, mr
    "વધુ વાંચો:", "ਹੋਰ ਪੜ੍ਹੋ:", "ආශ්‍රිත පුවත:", "ព័ត៌មានពាក់ព័ន្ធ៖", "ຂ່າວພົວພັນ:",  # gu, pa, si, km, lo
    "Холбоотой мэдээ:", "Тақырыпқа қатысты:", "Mavzuga oid:", "Əlaqəli xəbər:",  # mn, kk, uz, az
    "Basahin din:", "Baca lagi:", "Lestu líka:", "Scéal gaolmhar:", "Mwy am hyn:",  # tl, ms, is, ga, cy
    "Legir tanben:", "Llei tamién:", "Lege etiam:", "Ritim tu:", "Werengani komanso:",  # oc ast la tpi ny
    "Инчунин хонед:", "Les eisini:",  # Tajik, Faroese
]  # fmt: skip

BOX_TITLES = [
    "Most shared", "Latest headlines", "Worth a look", "More in Politics", "From around the web",
    "Popular in the community", "Also in the news", "Best of the week",  # English
    "Lo más compartido", "Tendencias", "Más en Política",  # Spanish
    "Em alta", "Recomendadas para você", "Mais vistos",  # Portuguese
    "À la une", "Vous aimerez aussi", "Les plus partagés",  # French
    "Meistkommentiert", "Weitere Meldungen", "Neueste Artikel", "In primo piano", "Più condivisi",  # de, it
    "Het laatste nieuws", "Gerelateerde artikelen", "Podobne artykuły", "Polecane",  # nl, pl
    "Выбор редакции", "Самое читаемое", "Новини партнерів", "Найчитаніше",  # ru, uk
    "En çok okunanlar", "Benzer haberler", "الأكثر مشاهدة", "أخبار ذات صلة",  # tr, ar
    "اخبار مرتبط", "پیشنهاد سردبیر", "ताज़ा खबरें", "टॉप स्टोरीज", "সর্বশেষ খবর", "জনপ্রিয়",  # fa, hi, bn
    "تازہ ترین", "مقبول خبریں", "Terkini", "Berita Lainnya", "Paling Banyak Dibaca",  # ur, id
    "Tin cùng chuyên mục", "Xem nhiều", "ข่าวล่าสุด", "บทความที่เกี่ยวข้อง",  # vi, th
    "この記事を読んだ人におすすめ", "話題のトピックス", "よく読まれている記事",  # Japanese
    "많이 읽은 기사", "오늘의 핫이슈",  # Korean
    "24小时热榜", "相关推荐", "热门资讯", "人氣排行", "熱門話題",  # zh-CN, zh-TW
    "Última hora", "Més vist", "Lotutako albisteak", "Novas relacionadas",  # ca, eu, gl
    "Najnovšie správy", "Priporočamo", "Preporučeno", "Најновије вести", "Последни новини",  # sk sl hr sr bg
    "Δημοφιλή", "כתבות נוספות", "ბოლო ამბები", "Վերջին լուրեր",  # el, he, ka, hy
    "Susiję straipsniai", "Jaunākās ziņas", "Toimetaja valik", "Aiheeseen liittyvät", "Kapcsolódó cikkek",  # lt-hu
    "Articole similare", "Lajmet e fundit", "Поврзани вести", "Habari maarufu", "በብዛት የተነበቡ",  # ro sq mk sw am
    "Sababbin labarai", "Àwọn ìròyìn míì", "Izindaba ezifundwa kakhulu", "தொடர்புடைய செய்திகள்",  # ha yo zu ta
    "సంబంధిత వార్తలు", "ತಾಜಾ ಸುದ್ದಿ", "ബന്ധപ്പെട്ട വാർത്തകൾ", "ताज्या बातम्या", "તાજા સમાચાર",  # te kn ml mr gu
    "ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ", "ताजा समाचार", "නවතම පුවත්", "ព័ត៌មានថ្មីៗ", "ຂ່າວລ່າສຸດ",  # pa, ne, si, km, lo
    "နောက်ဆုံးရသတင်းများ", "Шинэ мэдээ", "Соңғы жаңалықтар", "Soʻnggi yangiliklar", "Son xəbərlər",  # my-az
    "Mga kaugnay na artikulo", "Pilihan editor", "Tengt efni", "Scéalta gaolmhara", "Newyddion diweddaraf",  # tl-cy
    "Iz rubrike", "Los mai legits", "Lo más lleío", "Nuntii recentissimi", "Ol narapela nius",  # bs oc ast la tpi
    "Nkhani zina", "Хабарҳои охирин", "Mest lisið",  # Chichewa, Tajik, Faroese
]  # fmt: skip
# (lt-hu: Lithuanian, Latvian, Estonian, Finnish, Hungarian; my-az: Burmese, Mongolian, Kazakh, Uzbek,
# Azerbaijani; tl-cy: Tagalog, Malay, Icelandic, Irish, Welsh)

SIGNUP_PROMPTS = [
    "Get Politics Weekly in your inbox", "Like this? There's more where it came from, every Thursday",
    "Be the first to know: join our alerts list", "Our reporters' notebook, delivered weekly",
    "Add your email for local updates", "Want the headlines before your coffee?",  # English
    "Déjanos tu correo y te enviamos lo mejor de la semana", "Únete a los lectores de nuestro boletín semanal",
    "Inscreva-se e receba a newsletter gratuita", "Quer receber nossas reportagens? Deixe seu e-mail",
    "Recevez gratuitement notre lettre d'information", "Ne ratez plus rien de l'actualité locale",
    "Bleiben Sie auf dem Laufenden – mit unserem Newsletter", "Hol dir den Newsletter!",  # German
    "Resta aggiornato con la nostra newsletter settimanale",  # Italian
    "Blijf op de hoogte met onze gratis nieuwsbrief", "Bądź na bieżąco! Zamów bezpłatny newsletter",  # nl, pl
    "Получайте лучшие материалы недели на почту", "Будьте в курсі – підпишіться на щотижневий дайджест",
    "E-bültenimize kaydolun, gelişmeleri kaçırmayın", "سجّل بريدك الإلكتروني ليصلك كل جديد",  # tr, ar
    "برای دریافت آخرین اخبار، ایمیل خود را وارد کنید", "रोज़ाना की बड़ी खबरें पाने के लिए साइन अप करें",
    "সর্বশেষ খবর পেতে ইমেইল দিন", "ہمارے نیوز لیٹر کے لیے سائن اپ کریں",  # Bengali, Urdu
    "Dapatkan update berita pilihan setiap hari langsung di inbox", "Để lại email để không bỏ lỡ tin nóng",
    "ลงทะเบียนรับนิวส์เลตเตอร์ฟรี", "朝刊ダイジェストを無料で配信中",  # Thai, Japanese
    "이메일 주소만 입력하면 매주 핵심 뉴스를 보내드려요", "留下邮箱，每周一期精选推送", "免費訂閱每日新聞快訊",
    "Vols rebre les notícies del dia al correu?", "Eman izena gure buletinean", "Subscríbete ao noso boletín",
    "Μείνετε ενημερωμένοι με το ενημερωτικό μας δελτίο", "רוצים לקבל את הכתבות החמות ישר למייל?",  # el, he
    "Nechajte si posielať novinky e-mailom", "Bodite obveščeni – prejmite tedenski pregled",  # sk, sl
    "Pretplatite se na besplatni newsletter", "Будите у току – пријавите се на недељни преглед",  # hr, sr
    "Получавайте най-важното по имейл", "მიიღეთ სიახლეები ელფოსტაზე", "Ստացեք լուրերը էլ. փոստով",  # bg ka hy
    "Prenumeruokite mūsų savaitės apžvalgą", "Piesakies mūsu jaunumu vēstulei",  # lt, lv
    "Saa parimad lood igal reedel e-postiga", "Tilaa maksuton uutiskirjeemme", "Iratkozzon fel hírlevelünkre",
    "Înscrie-te la newsletter-ul nostru săptămânal", "Merr lajmet më të rëndësishme në email",  # ro, sq
    "Добивајте ги најважните вести на е-пошта", "Jiunge na jarida letu la kila wiki", "ለጋዜጣችን ይመዝገቡ",
    "Yi rajista don samun labaranmu ta imel", "Forúkọ sílẹ̀ fún ìwé ìròyìn wa",  # Hausa, Yoruba
    "Bhalisela izindaba zethu nge-imeyili", "எங்கள் செய்திமடலுக்கு பதிவு செய்யுங்கள்",  # Zulu, Tamil
    "ताज्या बातम्या ईमेलवर मिळवा", "ഇമെയിലിൽ പുതിയ വാർത്തകൾ ലഭിക്കാൻ", "ಇಮೇಲ್ ಮೂಲಕ ಸುದ್ದಿ ಪಡೆಯಿರಿ",  # mr ml kn
    "Daftar untuk menerima buletin mingguan", "Makakuha ng mga balita sa iyong email",  # Malay, Tagalog
    "Fáðu nýjustu fréttir í pósthólfið", "Faigh an nuacht i do bhosca ríomhphoist",  # Icelandic, Irish
    "Derbyniwch y newyddion diweddaraf ar e-bost", "Жаңалықтарды поштаңызға алыңыз",  # Welsh, Kazakh
    "Ən son xəbərləri e-poçtla alın", "Prijavite se na naše e-vijesti",  # Azerbaijani, Bosnian
    "Recebètz nòstra letra d'informacion", "Nuntios per epistulam electronicam accipe",  # Occitan, Latin
    "Ба хабарномаи мо обуна шавед", "Lembetsani kuti mulandire nkhani",  # Tajik, Chichewa
]  # fmt: skip
# (unmarked pairs above: es, pt, fr; ru, uk; fa, hi; id, vi; ko, zh-CN, zh-TW; ca, eu, gl; et, fi, hu; mk, sw, am)

SIGNUP_SUBTEXTS = [
    "Thursdays at noon. Five links, one chart, zero fluff.",
    "Straight from the statehouse, every Monday during session.",
    "Cada viernes, las cinco historias que no te puedes perder.",
    "Toda segunda-feira, uma seleção das melhores reportagens.",
    "Le meilleur de la semaine, chaque samedi matin.",
    "Montags bis freitags um 17 Uhr: der Tag in drei Minuten.",
    "Elke zaterdag de beste verhalen van de week.",
    "Раз в неделю, по воскресеньям. Только главное.",
    "Her cuma, haftanın en çok okunan haberleri.",
    "هر صبح، مهم‌ترین خبرها در صندوق ایمیل شما.",
    "हर शाम 6 बजे, दिन की पांच बड़ी खबरें।",
    "Setiap Senin pagi, rangkuman sepekan dalam lima menit.",
    "月・水・金の週3回、編集部が厳選した記事をお送りします。",
    "每周五下午，五分钟读懂一周大事。",
    "Kila Ijumaa, muhtasari wa habari za wiki.",
    "Svakog petka najbolje priče tjedna.",
]  # fmt: skip

SIGNUP_LEGAL = [
    "We'll only use your email to send this newsletter. See our Privacy Notice.",
    "By clicking subscribe, you agree to receive emails and accept our Terms.",
    "Puedes darte de baja cuando quieras desde el enlace al pie de cada envío.",
    "Ao se inscrever, você concorda em receber nossos e-mails. Cancele quando quiser.",
    "Vos données sont traitées conformément à notre politique de confidentialité.",
    "Die Einwilligung können Sie jederzeit widerrufen.",
    "Wypisać się możesz w każdej chwili jednym kliknięciem.",
    "Abone olarak KVKK aydınlatma metnini kabul etmiş olursunuz.",
    "با عضویت، شرایط و قوانین ما را می‌پذیرید.",
    "Bạn có thể hủy đăng ký bất cứ lúc nào.",
    "登録することで、利用規約とプライバシーポリシーに同意したものとみなします。",
    "수신 거부는 메일 하단에서 언제든지 가능합니다.",
    "Možete se odjaviti u bilo kojem trenutku.",
    "Voit perua tilauksen milloin tahansa.",
]  # fmt: skip

SIGNUP_BUTTONS = [
    "Keep me posted", "Add me", "Submit", "Join now", "Suscribirse", "Inscrever", "S'inscrire", "Eintragen",
    "Registrati", "Aanmelden", "Dołączam", "Отправить", "Kaydol", "سجّلني", "ثبت‌نام", "साइन अप",
    "Kirim", "Gửi", "ลงทะเบียน", "購読する", "신청하기", "提交", "訂閱", "Vull rebre-ho", "Prihlásiť",
    "Pretplati se", "Αποστολή", "Feliratkozás", "Jiandikishe", "Abonează-mă",
]  # fmt: skip

SIGNUP_LINK_TEXTS = [
    "Explore our newsletters", "Join for free", "Suscríbete aquí", "Cadastre-se aqui", "Inscrivez-vous ici",
    "Zur Anmeldung", "Ricevila gratis", "Schrijf je hier in", "Zapisz się tutaj", "Оформить подписку",
    "اضغط هنا للاشتراك", "今すぐ登録", "구독 신청", "立即订阅", "Gabung sekarang", "Gửi tin cho tôi",
    "Siirry tilaamaan", "Jisajili sasa",
]  # fmt: skip

VOCAB = {
    "ad": AD_NOTICES, "teaser": TEASER_LABELS, "box": BOX_TITLES, "newsletter": SIGNUP_PROMPTS,
    "subtext": SIGNUP_SUBTEXTS, "legal": SIGNUP_LEGAL, "button": SIGNUP_BUTTONS, "link": SIGNUP_LINK_TEXTS,
}  # fmt: skip

LANGUAGES = (
    "English", "Spanish", "Portuguese", "French", "German", "Italian", "Dutch", "Polish", "Russian",
    "Ukrainian", "Turkish", "Arabic", "Persian", "Hindi", "Bengali", "Urdu", "Indonesian", "Vietnamese",
    "Thai", "Japanese", "Korean", "Chinese (simplified)", "Chinese (traditional)", "Catalan", "Basque",
    "Galician", "Slovak", "Slovenian", "Croatian", "Serbian (Cyrillic)", "Bulgarian", "Greek", "Hebrew",
    "Georgian", "Armenian", "Lithuanian", "Latvian", "Estonian", "Finnish", "Hungarian", "Romanian",
    "Albanian", "Macedonian", "Swahili", "Amharic", "Hausa", "Yoruba", "Zulu", "Tamil", "Telugu", "Kannada",
    "Malayalam", "Marathi", "Gujarati", "Punjabi", "Nepali", "Sinhala", "Khmer", "Lao", "Burmese",
    "Mongolian", "Kazakh", "Uzbek", "Azerbaijani", "Tagalog", "Malay", "Icelandic", "Irish", "Welsh",
    "Bosnian", "Occitan", "Asturian", "Latin", "Tajik", "Chichewa", "Tok Pisin", "Faroese",
)  # fmt: skip

# Not part of VOCAB: what native ad cards and sponsored tiles show beside the notice (advertisers are
# made up), and the section names some story boxes print above a headline.
ADVERTISERS = [
    "Northwind Bank", "Helios Solar", "Brightpath Insurance", "Kestrel Motors", "Lumen Telecom", "Orchard Health",
    "Atlas Travel", "Meridian Wealth",
]  # fmt: skip
AD_HEADLINES = [
    "Homeowners are switching to this smarter roof", "5 ways to cut your energy bill this winter",
    "Why savers are moving money into high-yield accounts", "Plan a coastal getaway for less",
    "Este seguro cambia la forma de viajar", "Découvrez l'offre qui séduit les indépendants",
    "So sparen Familien bei den Heizkosten", "Cara cerdas mengatur keuangan keluarga",
]  # fmt: skip
SECTIONS = ["World", "Economía", "Politik", "Sport", "Cultura", "Tech", "Santé", "Nasional", "Opinião", "Local"]


# ------------------------------------------------------------------------------------------------
# Stable numbers the shape modules (fresh5.py, fresh5_teasers.py, fresh5_forms*.py) share
# ------------------------------------------------------------------------------------------------


def num(*parts: str, digits: int = 8) -> int:
    return stable_number(*parts, digits=digits)


def hexid(*parts: str) -> str:
    """Eight lowercase hex digits, as build tools and embed codes put in ids and class names."""
    return format(stable_number(*parts, digits=10), "x")[-8:]


def uuid(*parts: str) -> str:
    a, b, c = hexid(*parts, "a"), hexid(*parts, "b"), hexid(*parts, "c")
    return f"{a}-{b[:4]}-4{b[4:7]}-a{c[:3]}-{c[3:]}{a[:4]}{b[:3]}"[:36]


def choose(seq, *parts: str):
    """One item of ``seq``, the same one for the same texts: a shape varies from call to call."""
    return seq[stable_number(*parts, "choose", digits=7) % len(seq)]


def flag(*parts: str) -> bool:
    return stable_number(*parts, "flag", digits=7) % 2 == 0
