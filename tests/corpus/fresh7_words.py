"""The words of the seventh blind family (tests/corpus/fresh7.py), written blind like its markups.

English in registers no family uses (local TV stations' sites, trade press, student papers, podcasts' show
notes, hyperlocal newsletters, public television's funding credits, partner-content disclosures, consent
walls that offer "ads or membership"), the English of Kenya, South Africa, Singapore, Ireland, New Zealand,
Jamaica's papers and the Philippines, and the big languages in forms and phrasings the others leave alone
(Spanish of Peru, Venezuela, Uruguay and Puerto Rico; Portuguese of Angola and Mozambique; French of West
Africa and Morocco; Valencian; Finland Swedish; Ticino Italian; South Tyrol German; Moldovan Romanian;
Cypriot Greek and Turkish; Bangladeshi Bengali; Sri Lankan Tamil; Singapore and Malaysian Chinese; ...).
The languages no family touches are in fresh7_world.py. Each group is one `_lang` entry: VOCAB and
LANGUAGES are built from the entries, so every language named holds words.
"""

from __future__ import annotations

from .blind import stable_number
from .fresh7_world import WORLD

KINDS = ("ad", "teaser", "box", "newsletter", "subtext", "legal", "button", "link")


def _lang(name: str, **words: list[str]) -> tuple[str, dict[str, list[str]]]:
    assert set(words) <= set(KINDS), name
    return name, words


HOME = [
    _lang(
        "English",
        ad=[
            "Story continues after the break", "A message from tonight's sponsor", "Ad Feedback",
            "Go ad-free with membership", "Tired of ads? Members see none", "Paid partner content",
            "Produced by our brand studio",
            "Created with our commercial partner", "Vendor-supplied content", "Partner perspective",
            "This week's episode sponsor", "Mid-roll partner", "Ads keep this paper free for students",
            "Funding provided by", "Corporate support for this program comes from", "Made possible by viewers like you",
            "Featured listing (paid)", "Paid notice",
        ],
        teaser=[
            "OUR COVERAGE SO FAR:", "Previously on the show:", "From our archives:", "Listen back:",
            "Catch the earlier segment:", "Also in today's edition:", "Deeper dive:", "Follow-up to:", "ON AIR:",
            "Full segment:",
            "Campus reaction:", "Trade pulse:", "Hear the episode:", "Next door:",
        ],
        box=[
            "More from our station", "Latest newscasts", "From our sister titles", "Industry briefs",
            "Recent episodes", "More episodes", "Around campus", "Neighborhood notes", "Recommended listening",
            "Partner stories", "Market movers", "Top clips", "This block, this week",
        ],
        newsletter=[
            "Sign up for First Alert weather emails", "Get the 6 O'Clock briefing in your inbox",
            "Get the industry's morning read", "Join 40,000 supply-chain professionals",
            "Get the campus paper in your inbox", "Never miss an episode", "Get new episodes by email",
            "Know your neighborhood", "Get the block-by-block newsletter", "Become a sustaining member",
            "Keep public media strong", "Read with ads or go ad-free", "Support us to keep reading",
        ],
        subtext=[
            "One email every weekday at 6 a.m.", "Alerts only when it matters.", "Free for students and alumni.",
            "Show notes and bonus clips, weekly.", "Zoning, schools, new restaurants: your streets, weekly.",
            "Your gift keeps our station on the air.", "Deals, launches and people moves, before 7 a.m.",
            "Members browse without tracking ads.",
        ],
        legal=[
            "Unsubscribe in one click.", "By continuing you accept our cookie policy.", "We respect your inbox.",
            "By signing up you agree to our Terms and acknowledge our Privacy Notice.",
            "Donations are tax-deductible as allowed by law.", "Cancel your membership anytime.",
            "By subscribing you agree to receive offers from our partners.",
        ],
        button=["Get alerts", "Send me episodes", "Email me the forecast", "Give monthly", "Accept and continue",
                "Start my membership", "Go ad-free", "Join free"],
        link=["See every newsletter we send", "Manage email preferences", "Become a member", "Donate to the newsroom",
              "Follow the podcast", "See membership options"],
    ),
    _lang(
        "English (Kenya, South Africa, Singapore, Ireland, New Zealand, Jamaica, Philippines)",
        ad=["Advertorial feature", "Brand spotlight", "Promoted by our partner", "Commercial content",
            "Paid-for feature", "Sponsored feature", "Presented in partnership"],
        teaser=["ALSO ON THE SITE:", "More on this:", "Related news:", "WATCH ALSO:", "Hot on the site:",
                "Read the backstory:"],
        box=["Editor's choice", "Top headlines", "Latest local news", "Trending in Kenya", "News in brief",
             "Catch up on the news"],
        newsletter=["Get our daily digest", "Join our WhatsApp-free email list", "The newsroom, in your inbox",
                    "Subscribe for the morning bulletin"],
        subtext=["Curated by our editors every weekday.", "The news that matters, before your commute."],
        legal=["We take your privacy seriously.", "You can opt out anytime."],
        button=["Subscribe today", "Register", "Add me to the list"],
        link=["Register for free", "Sign up for our bulletins"],
    ),
    _lang(
        "Spanish (Peru, Venezuela, Uruguay, Puerto Rico)",
        ad=["Aviso comercial", "Contenido pagado", "La nota sigue después del aviso", "Nota comercial",
            "Publirreportaje pagado"],
        teaser=["Lee además:", "Te interesa:", "Mira esto:", "Nota relacionada:", "Chequea también:"],
        box=["Lo más visto hoy", "Más notas", "Últimas noticias del día", "Te puede gustar"],
        newsletter=["Suscríbete a nuestro boletín diario", "Recibe las noticias en tu correo",
                    "Regístrate gratis y recibe nuestras notas"],
        subtext=["Las noticias del Perú cada mañana.", "Un correo al día, sin spam."],
        legal=["Puedes darte de baja cuando quieras.", "Al registrarte aceptas los términos de uso."],
        button=["Quiero el boletín", "Regístrate", "Enviar"],
        link=["Ver todos los boletines", "Inscríbete aquí"],
    ),
    _lang(
        "Portuguese (Angola, Mozambique)",
        ad=["Publicidade institucional", "Conteúdo publicitário", "A notícia continua após o anúncio"],
        teaser=["Leia igualmente:", "Mais sobre o assunto:", "Acompanhe também:"],
        box=["As mais lidas", "Última hora em Luanda", "Destaques do dia"],
        newsletter=["Subscreva a nossa newsletter", "Receba o resumo diário por e-mail"],
        subtext=["O essencial de Angola todas as manhãs."],
        legal=["Pode cancelar a subscrição a qualquer momento."],
        button=["Quero subscrever", "Registar"],
        link=["Subscrever a newsletter"],
    ),
    _lang(
        "French (Senegal, Côte d'Ivoire, Cameroon, Morocco)",
        ad=["Espace publicitaire", "Communiqué", "Publi-communiqué", "L'article continue après l'annonce"],
        teaser=["Lire également :", "À lire dans la même rubrique :", "En rapport :"],
        box=["Les plus lus de la semaine", "Dernières infos", "Les titres du jour"],
        newsletter=["Abonnez-vous à notre lettre d'information", "Recevez l'essentiel de l'actualité"],
        subtext=["L'actualité du continent chaque matin."],
        legal=["Vous pouvez vous désinscrire à tout moment."],
        button=["Je m'inscris gratuitement", "M'inscrire"],
        link=["S'inscrire à la newsletter"],
    ),
    _lang(
        "Catalan (Valencian, Balearic)",
        ad=["Espai publicitari", "L'article continua després de la publicitat", "Contingut de marca"],
        teaser=["Llig també:", "Mira també:"],
        box=["Les més llegides", "Més notícies"],
        newsletter=["Apunta't al butlletí diari", "Rep les notícies cada matí"],
        button=["Subscriu-me"],
        link=["Vull rebre el butlletí"],
    ),
    _lang(
        "Swedish (Finland)",
        ad=["Reklamsamarbete", "Artikeln fortsätter efter reklamen"],
        teaser=["Läs också det här:", "Mer om ämnet:"],
        box=["Mest lästa", "Färska nyheter"],
        newsletter=["Beställ vårt nyhetsbrev"],
        button=["Beställ"],
        link=["Beställ nyhetsbrevet"],
    ),
    _lang(
        "Italian (Ticino)",
        ad=["Pubbliredazionale", "L'articolo prosegue dopo l'annuncio"],
        teaser=["Leggi pure:", "Da leggere:"],
        box=["I più cliccati", "Le ultime dal Ticino"],
        newsletter=["Abbonati alla nostra newsletter"],
        button=["Abbonati"],
        link=["Iscriviti ora"],
    ),
    _lang(
        "German (South Tyrol)",
        ad=["Bezahlte Anzeige", "Werbemitteilung", "Der Bericht geht nach der Werbung weiter"],
        teaser=["Lesen Sie dazu:", "Siehe auch:"],
        box=["Am häufigsten gelesen", "Nachrichten aus Südtirol"],
        newsletter=["Jetzt zum Newsletter anmelden", "Die Nachrichten des Tages per E-Mail"],
        legal=["Die Abmeldung ist jederzeit möglich."],
        button=["Kostenlos anmelden"],
        link=["Zur Newsletter-Anmeldung"],
    ),
    _lang(
        "Romanian (Moldova)",
        ad=["Spațiu publicitar", "Articolul continuă după publicitate"],
        teaser=["Citiți și:", "Vă recomandăm:"],
        box=["Cele mai accesate", "Ultimele știri"],
        newsletter=["Abonează-te la noutăți"],
        button=["Mă abonez"],
    ),
    _lang(
        "Greek (Cyprus)",
        ad=["Διαφημιστικό μήνυμα", "Συνεχίζει μετά τη διαφήμιση"],
        teaser=["Δείτε επίσης:", "Σχετικές ειδήσεις:"],
        box=["Τα πιο δημοφιλή", "Τελευταίες ειδήσεις"],
        newsletter=["Εγγραφείτε στο ενημερωτικό μας δελτίο"],
        button=["Θέλω να εγγραφώ"],
    ),
    _lang(
        "Turkish (Cyprus)",
        ad=["Reklam içeriği", "Haber reklamdan sonra devam ediyor"],
        teaser=["Haberle ilgili:", "Bunlar da ilginizi çekebilir:"],
        box=["Günün en çok okunanları", "Son dakika"],
        newsletter=["E-bültenimize kaydolun"],
        button=["Bültene abone ol"],
    ),
    _lang(
        "Bengali (Bangladesh)",
        ad=["স্পনসরড কনটেন্ট", "বিজ্ঞাপনের পর খবরটি চলবে"],
        teaser=["এ সম্পর্কিত আরও খবর:", "পড়ুন:"],
        box=["সবচেয়ে বেশি পড়া", "সর্বশেষ সংবাদ"],
        newsletter=["আমাদের নিউজলেটার পেতে সাবস্ক্রাইব করুন"],
        button=["সাবস্ক্রাইব"],
    ),
    _lang(
        "Tamil (Sri Lanka)",
        ad=["விளம்பரச் செய்தி", "விளம்பரத்திற்குப் பிறகு செய்தி தொடர்கிறது"],
        teaser=["இதையும் படியுங்கள்:", "தொடர்புடைய செய்தி:"],
        box=["அதிகம் வாசிக்கப்பட்டவை", "புதிய செய்திகள்"],
        newsletter=["எமது செய்திமடலுக்கு பதிவு செய்யுங்கள்"],
        button=["பதிவு செய்க"],
    ),
    _lang(
        "Chinese (Singapore, Malaysia)",
        ad=["广告信息", "文章在广告后继续", "赞助报道"],
        teaser=["延伸阅读：", "你可能错过了：", "相关报道阅读："],
        box=["热读", "即时新闻", "编辑推荐"],
        newsletter=["订阅我们的电子报", "每日新闻直送邮箱"],
        button=["马上订阅"],
        link=["免费订阅电子报"],
    ),
    _lang(
        "Japanese (local papers)",
        ad=["広告のあとに記事が続きます", "PR記事", "提供記事"],
        teaser=["＜関連記事はこちら＞", "こちらも読まれています：", "◆この記事もおすすめ"],
        box=["県内で読まれている記事", "地域のニュース", "新着ニュース一覧"],
        newsletter=["メールマガジンに登録する", "朝刊ダイジェストをメールで"],
        subtext=["毎朝7時に主要ニュースをお届けします。"],
        button=["無料で登録"],
        link=["メール配信を申し込む"],
    ),
    _lang(
        "Korean",
        ad=["애드버토리얼", "기사는 광고 다음에 이어집니다"],
        teaser=["이 기사와 함께 읽기:", "관련 뉴스:"],
        box=["가장 많이 읽은 기사", "최신 뉴스"],
        newsletter=["뉴스레터 무료로 받아보기", "매일 아침 뉴스를 받아보세요"],
        button=["구독"],
        link=["뉴스레터 신청"],
    ),
    _lang(
        "Persian (Iran)",
        ad=["محتوای حمایت‌شده", "آگهی بازرگانی", "ادامه مطلب پس از آگهی"],
        teaser=["این را هم بخوانید:", "پیشنهاد ما:"],
        box=["داغ‌ترین خبرها", "آخرین اخبار"],
        newsletter=["عضویت در خبرنامه"],
        button=["عضویت"],
    ),
    _lang(
        "Arabic (Tunisia, Iraq, Sudan)",
        ad=["مادة إعلانية", "محتوى إعلاني", "تابع القراءة بعد الإعلان"],
        teaser=["اقرأ ايضاً:", "شاهد أيضا:"],
        box=["الأكثر قراءة اليوم", "آخر الأخبار"],
        newsletter=["سجّل في القائمة البريدية"],
        button=["اشترك الآن"],
    ),
    _lang(
        "Urdu (Pakistan)",
        ad=["اشتہاری مواد", "اشتہار کے بعد خبر جاری ہے"],
        teaser=["مزید پڑھیں:", "یہ بھی دیکھیں:"],
        box=["سب سے زیادہ پڑھی جانے والی خبریں", "تازہ خبریں"],
        newsletter=["ہمارا نیوز لیٹر حاصل کریں"],
        button=["سبسکرائب کریں"],
    ),
    _lang(
        "Polish",
        ad=["Treść promowana", "Treść partnera handlowego", "Dalsza część tekstu po reklamie"],
        teaser=["Czytaj więcej na ten temat:", "Zobacz również:"],
        box=["Najpopularniejsze", "Z ostatniej chwili"],
        newsletter=["Zapisz się na nasz newsletter"],
        button=["Chcę dostawać newsletter"],
    ),
    _lang(
        "Russian",
        ad=["Реклама. Информация о рекламодателе", "Партнёрский материал", "Статья продолжится после рекламы"],
        teaser=["Читайте по теме:", "Ещё по теме:"],
        box=["Популярное за неделю", "Главное за день"],
        newsletter=["Получайте главные новости на почту"],
        button=["Подписаться на рассылку"],
    ),
    _lang(
        "Indonesian",
        ad=["Konten kerja sama", "Konten sponsor", "Artikel berlanjut setelah iklan"],
        teaser=["Baca artikel lainnya:", "Simak berita lainnya:"],
        box=["Terpopuler hari ini", "Berita terkini"],
        newsletter=["Berlangganan buletin kami"],
        button=["Berlangganan"],
    ),
    _lang(
        "Vietnamese",
        ad=["Bài PR", "Bài viết tiếp tục sau quảng cáo"],
        teaser=["Mời đọc thêm:", "Cùng chủ đề:"],
        box=["Tin được quan tâm", "Tin nóng"],
        newsletter=["Nhận tin tức qua email mỗi ngày"],
        button=["Đăng ký ngay"],
    ),
]  # fmt: skip

TABLE = HOME + WORLD
LANGUAGES = tuple(name for name, _ in TABLE)
VOCAB: dict[str, list[str]] = {kind: [] for kind in KINDS}
for _name, _words in TABLE:
    for _kind, _group in _words.items():
        VOCAB[_kind] += [w for w in _group if w not in VOCAB[_kind]]

# Not part of VOCAB: what native cards and affiliate boxes show beside the notice (all made up), and the
# sections, sources and durations some boxes print.
BRANDS = ["Harbourline Bank", "Tessaro Foods", "Kilima Mobile", "Voltarra Cars", "Nordhavn Travel", "Ciel Assurances",
          "Mangrove Telecom", "Quintal Seguros"]  # fmt: skip
AD_COPY = [
    "Refinance in minutes, not weeks", "The rain jacket that packs into its own pocket",
    "Ahorra en tu plan de datos este mes", "Crédito habitação com taxa fixa",
    "Voyagez à Dakar à prix doux", "Neue Brillen, ab 49 Euro", "新年优惠 全场八折", "Hot deals for the long weekend",
]  # fmt: skip
PRODUCTS = [("Wireless earbuds", "KSh 4,999"), ("Air fryer, 5 litres", "R1 299"), ("Gaming chair", "S$189"),
            ("Electric kettle", "€29"), ("Trail shoes", "NZ$159")]  # fmt: skip
SECTIONS = ["Local", "Weather", "Campus", "Business", "Deportes", "Société", "Noticias", "Tech", "Kultur", "Metro"]
SOURCES = ["Staff report", "Station news desk", "Campus desk", "Wire", "Redacción", "AFP", "Xinhua", "APA"]


# ------------------------------------------------------------------------------------------------
# Stable choices the shape modules share
# ------------------------------------------------------------------------------------------------


def num(*parts: str, digits: int = 8) -> int:
    return stable_number(*parts, digits=digits)


def hexid(*parts: str, size: int = 8) -> str:
    """Lowercase hex digits, as build tools and embed codes put in ids and class names."""
    return format(stable_number(*parts, "x7", digits=13), "x")[-size:].rjust(size, "0")


def pick(seq, *parts: str):
    """One item of ``seq``, the same one for the same texts: a shape varies from call to call."""
    return seq[stable_number(*parts, "pick7", digits=7) % len(seq)]


def coin(*parts: str) -> bool:
    return stable_number(*parts, "coin7", digits=7) % 2 == 1


def minutes(*parts: str) -> str:
    """A podcast episode's or a clip's length, as players print it."""
    n = stable_number(*parts, "min7", digits=4)
    return f"{n % 50 + 2}:{n % 60:02d}"
