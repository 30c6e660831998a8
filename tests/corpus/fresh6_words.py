"""The words of the sixth blind family (tests/corpus/fresh6.py), written blind like its markups.

English in registers no family uses (business papers' paid programmes, Indian portals' impact features and
consumer-connect notes, shopping pages' commission notes, newsletter and podcast sponsorship reads, US local
SMS alerts, messaging-channel sign-ups), the big languages in regional forms (Argentine, Chilean, Colombian,
Mexican and Iberian Spanish; Brazilian and European Portuguese; Québécois, Belgian and Swiss French; Swiss
and Austrian German; Egyptian, Gulf and Maghrebi Arabic; Dari; romanised Hindi; Cantonese of Hong Kong;
Nynorsk) and many languages no family touches (Scots, Cornish, Manx, Northern Sami, Upper Sorbian,
Kashubian, Silesian, Low German, Sardinian, Corsican, Friulian, Bhojpuri, Maithili, Dhivehi, Tibetan,
Tetum, Minangkabau, Balinese, Fijian, Tongan, Wolof, Bambara, Ewe, Kabyle, Tigrinya, Greenlandic,
Quechua, Sakha, Bashkir, Kirundi). Each language is named in a comment beside its words.
"""

from __future__ import annotations

from .blind import stable_number

AD_NOTICES = [
    "Paid program", "Partner insight", "Commercial feature", "Promotional feature", "In partnership with",
    "Today's sponsor", "Keep scrolling, the story isn't over",  # English: business press, newsletters, a blog
    "Impact Feature", "Consumer connect initiative",  # Indian English portals
    "We may earn a commission from links on this page",  # English: shopping pages
    "Publirreportaje", "Publinota", "Contenido auspiciado",  # es-MX, es-AR, es-CL/PE
    "La información sigue tras el anuncio", "Espacio comercial",  # es-ES, es-CO
    "Informe publicitário", "O artigo continua depois do anúncio", "Em parceria com",  # pt-BR, pt-PT, pt-PT
    "Contenu partenaire", "Publi-rédactionnel", "La suite de l'article après la pub",  # fr-CA, fr-BE, fr
    "Présenté par notre partenaire",  # fr-CH
    "Bezahlte Einschaltung", "In Zusammenarbeit mit unserem Partner",  # de-AT, de-CH
    "Der Artikel geht unter dem Werbeblock weiter",  # German
    "Comunicazione commerciale", "Contenuto offerto da",  # Italian
    "إعلان ممول", "يتبع بعد الإعلان", "برعاية",  # Arabic (Egypt, Levant), Arabic, Arabic (Gulf)
    "Материал подготовлен при поддержке партнёра",  # Russian
    "Partnerbericht", "Annonssamarbete", "Annoncesamarbejde", "Annonsørinnhald",  # nl-BE, sv, da, nn
    "Juttu jatkuu mainoksen alla", "Współpraca reklamowa", "Reklamní sdělení",  # fi, pl, cs
    "Článok vznikol v spolupráci s partnerom", "A cikk a hirdetés után folytatódik",  # sk, hu
    "Conținut susținut de partener", "Προωθητικό περιεχόμενο", "Haberin devamı için aşağı kaydırın",  # ro, el, tr
    "בחסות", "اعلان", "Vigyapan",  # Hebrew, Dari, Hindi (romanised)
    "記事広告", "提供", "유료 광고 포함", "品牌合作", "合作推廣", "以下內容由廣告商提供",  # ja, ja, ko, zh-CN, zh-TW, zh-HK
    "Scroll ke bawah untuk lanjut baca", "Thông tin quảng bá", "บทความโฆษณา", "Ujumbe wa kibiashara",  # id, vi, th, sw
    "Story cairries on ablow", "Argemmyn", "Wabjenje", "Reklámma",  # Scots, Cornish, Upper Sorbian, Northern Sami
    "Publitzidade", "Publicità", "Publicitât", "बिग्यापन",  # Sardinian, Corsican, Friulian, Bhojpuri
    "އިޢުލާން", "ཁྱབ་བསྒྲགས།", "Anúnsiu",  # Dhivehi, Tibetan, Tetum
]  # fmt: skip

TEASER_LABELS = [
    "Pair it with:", "Where this began:", "Our earlier report:", "Background:", "WATCH:", "ANALYSIS:",
    "Handpicked:",  # English
    "Also Check:", "Also Watch |",  # Indian English
    "Leé también:", "Revisa también:", "Le puede interesar:",  # es-AR, es-CL, es-CO
    "También puedes leer:", "Más información:",  # es-MX, es-ES
    "Veja também:", "Leia ainda:", "Recomendado para si:",  # pt-BR, pt-BR, pt-PT
    "Pour mémoire :", "Dans le même dossier :", "À (re)lire :",  # French
    "Lesen Sie ausserdem:", "Auch spannend:", "Hintergrund:",  # de-CH, de-AT, German
    "Per saperne di più:", "Ti potrebbe piacere:",  # Italian
    "اقرأ كمان:", "شوف بعد:", "قرا حتى:", "للمزيد:",  # Arabic: Egypt, Gulf, Morocco, MSA
    "Материалы по теме:", "Рекомендуем:", "Більше на тему:",  # Russian, Russian, Ukrainian
    "Sprawdź też:", "Související:", "Olvasta már?", "Recomandări:",  # pl, cs, hu, ro
    "Eerder verschenen:", "Läs även:", "Les òg:", "Katso myös:",  # nl, sv, nn, fi
    "Bu haberi de okuyun:", "Διαβάστε ακόμη:", "כדאי לקרוא:", "همچنان بخوانید:",  # tr, el, he, prs
    "Yeh bhi padhein:", "इहो पढ़ीं:", "ईहो पढ़ू:",  # Hindi (romanised), Bhojpuri, Maithili
    "▶こちらもチェック", "[연관기사]", "往期推荐：", "睇埋：", "相關文章：",  # ja, ko, zh-CN, yue (HK), zh-TW
    "Baca Lainnya:", "Baco juo:", "Wacen taler:", "Đọc tiếp:", "บทความที่น่าสนใจ:", "Usikose:",  # id min ban vi th sw
    "Read an aw:", "Redyewgh ynwedh:", "Lhaih neesht:", "Loga maiddái:",  # Scots, Cornish, Manx, Northern Sami
    "Čitajće tež:", "Czëtôj téż:", "Przeczytej tyż:", "Lees ok:",  # hsb, csb, szl, nds
    "Lèghe puru:", "Da leghje dinù:", "Lei ancje:",  # Sardinian, Corsican, Friulian
    "Lee mós:", "Wilika talega:", "Lau foki:",  # Tetum, Fijian, Tongan
    "Jàngal it:", "Kalan fana:", "Xlẽ hã:", "Ɣer daɣen:", "ከምኡውን ኣንብቡ፡",  # wo, bm, ee, kab, ti
    "Aamma atuaruk:", "Kaytapas ñawinchay:", "Эмиэ ааҕыҥ:", "Шулай уҡ уҡығыҙ:",  # kl, qu, sah, ba
    "Soma kandi:", "މިވެސް ކިޔާލާ:",  # Kirundi, Dhivehi
]  # fmt: skip

BOX_TITLES = [
    "Across the network", "Staff picks", "Most emailed", "The latest", "Top 5 today", "Popular this week",
    "Today's top reads", "Around the region",  # English
    "Web Stories", "Latest Videos",  # Indian English
    "Notas recomendadas", "Lo último", "Noticias destacadas", "Lo + visto", "Contenido relacionado",  # Spanish
    "Mais sobre o tema", "Veja mais", "Notícias do dia",  # Portuguese
    "Les plus consultés", "Les incontournables", "Fil info", "Ailleurs sur le web",  # French
    "Meistgeklickt", "Beliebte Artikel", "Mehr aus dem Ressort",  # German
    "I più visti", "Ultim'ora", "Altre notizie",  # Italian
    "Meest bekeken", "Net binnen", "Senaste nytt", "Seneste nyt", "Suosittelemme",  # nl, nl, sv, da, fi
    "Polecane artykuły", "Nejčtenější", "Odporúčame", "Legfrissebb", "Știrile zilei",  # pl, cs, sk, hu, ro
    "Препоръчано", "Τελευταία νέα", "Önerilen haberler", "Gündem",  # bg, el, tr, tr
    "Читают сейчас", "Главное", "Популярне",  # Russian, Russian, Ukrainian
    "الأكثر تداولاً", "اخترنا لك", "מומלצים", "مزید خبریں", "लेटेस्ट न्यूज़",  # ar, ar-EG, he, ur, hi
    "こちらの記事も読まれています", "ランキング", "랭킹뉴스", "포토뉴스",  # Japanese, Korean
    "大家都在看", "今日热点", "大家都睇緊",  # zh-CN, zh-CN, Cantonese
    "Pilihan Untukmu", "Berita Populer", "Berita Pilihan", "Tin mới nhất", "ข่าวที่น่าสนใจ",  # id id ms vi th
    "Habari zinazovuma",  # Swahili
    "Eanemusat lohkon", "Maist read", "Nowodhow diwettha", "Najnowše powěsće",  # se, sco, kw, hsb
    "L'ultime nutizie", "Ultimis notiziis", "Neeste Narichten",  # Corsican, Friulian, Low German
    "ގުޅުންހުރި ޚަބަރު", "འབྲེལ་ཡོད་གསར་འགྱུར།", "Notísia foun sira",  # Dhivehi, Tibetan, Tetum
    "Nutaarsiassat kingulliit", "Xibaar yu bees", "Isallen ineggura", "Musuq willakuykuna",  # kl, wo, kab, qu
    "Itukutuku vou", "Ongoongo foʻou", "Kunnafoni kuraw", "ሓደሽቲ ዜናታት",  # fj, to, bm, ti
]  # fmt: skip

SIGNUP_PROMPTS = [
    "Drop your email, get the weekend edition", "Was this forwarded to you? Sign up here",
    "Text ALERTS to get breaking news on your phone", "Subscribe to our Telegram channel",
    "Want the scoop before everyone else? Join our list",  # English
    "Get our daily headlines on WhatsApp", "Subscribe to our daily e-paper alerts",  # Indian English
    "Suscribite al newsletter de la mañana", "Te mandamos lo más relevante del día a tu correo",  # es-AR, es-MX
    "Apúntate a la newsletter y recibe la actualidad cada mañana", "Inscríbase a nuestro boletín",  # es-ES, es-CO
    "Suscríbete y recibe nuestras noticias en tu mail",  # es-CL
    "Receba a newsletter do meio-dia no seu e-mail",  # pt-BR
    "Quer receber as notícias pelo WhatsApp? Entre no nosso canal",  # pt-BR
    "Subscreva a nossa newsletter e receba as notícias do dia",  # pt-PT
    "Abonnez-vous à nos infolettres, c'est gratuit!", "Recevez chaque midi notre sélection d'articles",  # fr-CA fr-BE
    "Recevez le meilleur de l'actu romande par e-mail",  # fr-CH
    "Jetzt den Newsletter gratis bestellen", "Holen Sie sich den Morgenbericht ins Postfach",  # de-CH, de-AT
    "Verpassen Sie keine Nachricht mehr – tragen Sie sich ein",  # German
    "Ricevi ogni mattina la rassegna della redazione",  # Italian
    "اشترك في النشرة وهتوصلك أهم الأخبار كل يوم", "سجّل إيميلك ويوصلك جديدنا أول بأول",  # ar-EG, ar-Gulf
    "انضم إلى قائمتنا البريدية",  # Arabic
    "Подпишитесь на наш Telegram-канал", "Оставьте e-mail — пришлём главное за день",  # Russian
    "Zapisz się na poranny przegląd wiadomości", "Chcete dostávat novinky e-mailem?",  # pl, cs
    "Mis niks: schrijf je gratis in voor onze nieuwsbrief", "Få våra nyhetsbrev – helt gratis",  # nl-BE, sv
    "Meld deg på nyheitsbrevet vårt", "Skriv dig op til vores nyhedsbrev",  # nn, da
    "Tilaa aamun uutiskirje sähköpostiisi", "Günün özetini her sabah e-postanıza gönderelim",  # fi, tr
    "Λάβετε κάθε πρωί την ενημέρωσή μας", "הצטרפו לרשימת התפוצה שלנו",  # el, he
    "Roz ki badi khabrein seedhe apne inbox mein paayein",  # Hindi (romanised)
    "LINEで最新ニュースを受け取る", "無料会員登録でメルマガをお届け",  # Japanese
    "카카오톡 채널 추가하고 뉴스 받기", "关注我们，第一时间获取最新资讯",  # Korean, Chinese
    "登記收取我哋嘅電子通訊", "加入LINE好友，掌握最新消息",  # Cantonese, zh-TW
    "Gabung saluran WhatsApp kami untuk update berita terkini", "Nhận bản tin mỗi sáng qua email",  # id, vi
    "ติดตามข่าวสารผ่าน LINE", "Pata habari zetu kupitia WhatsApp",  # th, sw
    "Sign up fir oor newsletter", "Abonujće naš nowinski list", "Diŋgo min ođasreivve",  # sco, hsb, se
    "Iscrie·ti a sa newsletter nostra", "Abbunatevi à a nostra lettera d'infurmazione",  # Sardinian, Corsican
    "Iscrivitsi ae nestre newsletter", "Mell di för uns Newsletter an",  # Friulian, Low German
    "Rejista ba ami-nia newsletter", "Jerred imayl-ik i tebratt n yisallen",  # Tetum, Kabyle
]  # fmt: skip

SIGNUP_SUBTEXTS = [
    "Lands every Sunday before brunch. That's it.",
    "Every weekday by 7:30 am IST, readable in under five minutes.",
    "Los lunes, miércoles y viernes: lo que pasó y por qué importa.",
    "De lunes a viernes, a las 8 a. m., directo en su correo.",
    "De segunda a sexta, a seleção do editor às 8h.",
    "Tous les midis, l'essentiel de l'actu belge en cinq minutes. Rejoignez nos septante mille abonnés.",
    "Jeden Morgen um halb sieben – ab Jänner auch am Wochenende.",
    "Jeden Freitag die besten Geschichten aus der Region, gratis.",
    "Ogni domenica, una lettera del direttore.",
    "كل صباح، أهم الأخبار في دقيقتين.",
    "Два письма в неделю, без рекламы.",
    "Hver fredag: veka som gjekk, på fem minutt.",
    "Co čtvrtek to nejdůležitější z regionu.",
    "Her akşam 18.00'de günün özeti.",
    "毎朝7時、今日知っておきたいニュースを5本。",
    "每周一、三、五推送，随时可以取消。",
    "Setiap pagi jam 6, langsung ke WhatsApp kamu.",
    "Kila asubuhi saa moja, habari tano muhimu.",
]  # fmt: skip

SIGNUP_LEGAL = [
    "We respect your inbox. Your details are handled under our Privacy Statement.",
    "Protected by hCaptcha. Its Privacy Policy and Terms of Service apply.",
    "By subscribing you confirm you are 16 or older and accept our Privacy Notice.",
    "Al suscribirte aceptás los términos y la política de privacidad.",
    "Sus datos serán tratados conforme a la Ley 1581 de 2012.",
    "Ao subscrever, concorda com o tratamento dos seus dados nos termos do RGPD.",
    "Seus dados estão protegidos de acordo com a LGPD.",
    "En vous inscrivant, vous acceptez de recevoir nos courriels. Désabonnement en un clic.",
    "Sie können sich jederzeit wieder abmelden. Es gelten unsere Datenschutzbestimmungen.",
    "Подписываясь, вы принимаете условия пользовательского соглашения.",
    "بالاشتراك، أنت توافق على سياسة الخصوصية الخاصة بنا.",
    "ההרשמה מהווה הסכמה לקבלת דיוור.",
    "登録は無料です。配信停止はメール下部のリンクから。",
    "Dengan bergabung, kamu setuju menerima pesan dari kami.",
    "Rezygnacja z subskrypcji jest możliwa w każdym momencie.",
    "Ved å melde deg på godtek du personvernerklæringa vår.",
]  # fmt: skip

SIGNUP_BUTTONS = [
    "Yes, send it", "Opt in", "Send me updates", "Get started",  # English
    "Anotarme", "¡Me apunto!", "Inscribirme", "Subscrever", "Cadastrar e-mail",  # es-AR, es-ES, es, pt-PT, pt-BR
    "Je m'inscris", "Valider", "Gratis bestellen", "Absenden", "Iscrivimi",  # fr, fr, de-CH, de, it
    "Хочу получать", "اشتراك", "友だち追加", "채널 추가", "立即关注", "Gabung",  # ru ar ja ko zh id
    "Schrijf me in", "Prenumerera", "Zapisuję się", "Gönder", "הצטרפות", "Niandikishe", "Theo dõi",
]  # fmt: skip
# (the last line: Dutch, Swedish, Polish, Turkish, Hebrew, Swahili, Vietnamese)

SIGNUP_LINK_TEXTS = [
    "Join us on WhatsApp", "Follow our Telegram channel", "Tap here to subscribe",  # English
    "Hacé clic acá", "Inscríbase aquí", "Subscreva aqui", "Inscreva-se no canal",  # es-AR, es-CO, pt-PT, pt-BR
    "Voir toutes nos infolettres", "Hier gratis bestellen", "Zu den Newslettern",  # fr-CA, de-CH, de
    "اشترك من هنا", "Подписаться в Telegram", "LINEで友だち追加", "채널 추가하기", "点此关注",  # ar ru ja ko zh
    "Zapisy tutaj", "Skriv dig op her", "הרשמה כאן",  # pl, da, he
]  # fmt: skip

VOCAB = {
    "ad": AD_NOTICES, "teaser": TEASER_LABELS, "box": BOX_TITLES, "newsletter": SIGNUP_PROMPTS,
    "subtext": SIGNUP_SUBTEXTS, "legal": SIGNUP_LEGAL, "button": SIGNUP_BUTTONS, "link": SIGNUP_LINK_TEXTS,
}  # fmt: skip

LANGUAGES = (
    "English (incl. Indian English)", "Spanish (Argentina, Chile, Colombia, Mexico, Spain)",
    "Portuguese (Brazil, Portugal)", "French (Québec, Belgium, Switzerland)", "German (Switzerland, Austria)",
    "Italian", "Arabic (Egypt, Gulf, Morocco, MSA)", "Russian", "Ukrainian", "Dutch (Flanders)", "Swedish",
    "Danish", "Norwegian (Nynorsk)", "Finnish", "Polish", "Czech", "Slovak", "Hungarian", "Romanian",
    "Bulgarian", "Greek", "Turkish", "Hebrew", "Dari", "Urdu", "Hindi (Devanagari and romanised)", "Japanese",
    "Korean", "Chinese (simplified)", "Chinese (traditional)", "Cantonese", "Indonesian", "Malay",
    "Vietnamese", "Thai", "Swahili", "Scots", "Cornish", "Manx", "Northern Sami", "Upper Sorbian",
    "Kashubian", "Silesian", "Low German", "Sardinian", "Corsican", "Friulian", "Bhojpuri", "Maithili",
    "Dhivehi", "Tibetan", "Tetum", "Minangkabau", "Balinese", "Fijian", "Tongan", "Wolof", "Bambara", "Ewe",
    "Kabyle", "Tigrinya", "Greenlandic", "Quechua", "Sakha", "Bashkir", "Kirundi",
)  # fmt: skip

# Not part of VOCAB: what native cards and affiliate boxes show beside the notice (all made up), the
# section names and bylines some boxes print, and how they print dates.
BRANDS = [
    "Solvane Energy", "Kirra Airways", "Banco Ombú", "Maison Verlaine", "Tidewater Mutual", "Quokka Mobile",
    "Alpenrot Versicherung", "Sakura Home",
]  # fmt: skip
AD_COPY = [
    "The savings account that pays you back every month", "Meet the e-bike built for steep city streets",
    "Tu hipoteca, sin comisiones durante el primer año", "Viaje a Lisboa com 30% de desconto",
    "Le forfait mobile qui suit vos voyages", "Jetzt Heizkosten vergleichen und sparen",
    "Rumah impian dengan cicilan ringan", "この冬のおすすめ加湿器5選",
]  # fmt: skip
PRODUCTS = [("Noise-cancelling headphones", "$129"), ("Cast-iron skillet, 26 cm", "€39"), ("Robot vacuum", "₹14,999"),
            ("Standing desk frame", "£189"), ("Kindle Paperwhite", "R$ 699")]  # fmt: skip
SECTIONS = ["Política", "Economía", "Wirtschaft", "Sport", "Tech", "Société", "India", "Local", "Kultur", "Mundo"]
BYLINES = ["Staff", "Redacción", "Agencia EFE", "PTI", "dpa", "Belga", "ATS", "Lusa"]


# ------------------------------------------------------------------------------------------------
# Stable choices the shape modules share
# ------------------------------------------------------------------------------------------------


def num(*parts: str, digits: int = 8) -> int:
    return stable_number(*parts, digits=digits)


def hexid(*parts: str, size: int = 8) -> str:
    """Lowercase hex digits, as build tools and embed codes put in ids and class names."""
    return format(stable_number(*parts, "hex", digits=12), "x")[-size:].rjust(size, "0")


def b62(*parts: str, size: int = 6) -> str:
    """A short mixed-case id, as CSS-in-JS libraries and URL shorteners write them."""
    n = stable_number(*parts, "b62", digits=15)
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while len(out) < size:
        n, r = divmod(n, 62)
        out += alphabet[r]
        n = n or stable_number(*parts, out, digits=15)
    return out


def pick(seq, *parts: str):
    """One item of ``seq``, the same one for the same texts: a shape varies from call to call."""
    return seq[stable_number(*parts, "pick", digits=7) % len(seq)]


def coin(*parts: str) -> bool:
    return stable_number(*parts, "coin", digits=7) % 2 == 1


def date(i: int, style: int) -> str:
    """How a box prints the date of its i-th story."""
    d = 11 + i
    return [
        f"{d} de marzo de 2024", f"{d}.03.2024", f"Mar {d}, 2024, 10:{i}5 IST", f"{d} mars 2024",
        f"2024/03/{d}", f"{d}/03/2024 - 08:{i}0", f"il y a {i + 2} h", f"vor {i + 1} Std.", f"{i + 3}시간 전",
    ][style % 9]  # fmt: skip
