"""Realistic injected junk, put into real pages: the test set for the default rules.

Every kind of junk that news pages carry (ad labels with their empty slot boxes, teaser paragraphs
and boxes, newsletter and subscription prompts, gambling/SEO spam links) is written here in many
languages and many markups, the way publishers' templates and hacked pages put it there. The
generator is deterministic: a page id and a seed always give the same page.

Each injected piece's outermost element carries ``data-junk="<kind>:<shape>:<n>"`` so that a
measurement can tell, after cleaning, which pieces are gone. No rule may look at that attribute
(rules/_default.toml never does; tests/corpus/test_junk_removed.py checks it).

Where the junk goes: next to the paragraphs that hold the article's truth text (between them, at
the end of the story, after its container), inside its sentences (spam links), at the end of the
body and after ``</html>``. Nothing is put inside a truth sentence: injecting must not change what
the no-loss measure compares.
"""

from __future__ import annotations

import importlib
import random
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

import lxml.html

from newsclean.engine import document

from .pages import CorpusPage, link_texts, norm, page_text

JUNK_ATTR = "data-junk"
KINDS = ("ad", "teaser", "newsletter", "spam")

# ------------------------------------------------------------------------------------------------
# Vocabulary
# ------------------------------------------------------------------------------------------------

AD_LABELS = [
    # English
    "Advertisement", "ADVERTISEMENT", "advertisement", "- Advertisement -", "— ADVERTISEMENT —",
    "Article continues after this advertisement", "Story continues below advertisement",
    "Continue reading below", "Article continues below advertisement", "Continue reading the main story",
    "Story continues below", "Article continues below", "Advertisement - Scroll to continue",
    "ADVERTISEMENT - CONTINUE READING BELOW", "Scroll to continue with content",
    "SCROLL TO CONTINUE WITH CONTENT", "Sponsored", "Advertising", "Ad", "AD", "Content continues below",
    "The article continues after the ad", "(Advertisement)", "[ Advertisement ]",
    # other languages
    "Anzeige", "ANZEIGE", "Werbung", "Weiterlesen nach der Anzeige", "Artikel wird nach der Anzeige fortgesetzt",
    "Publicidade", "PUBLICIDADE", "Continua após a publicidade", "Publicidad", "PUBLICIDAD",
    "Continúa después de la publicidad", "Publicité", "PUBLICITÉ", "La suite après cette publicité",
    "Pubblicità", "Continua a leggere dopo la pubblicità", "Iklan", "IKLAN", "Gulir untuk melanjutkan",
    "Advertentie", "Lees verder na de advertentie", "Reklama", "REKLAMA", "Dalsza część artykułu pod reklamą",
    "Pokračování článku pod reklamou", "Reklame", "Annons", "Artikeln fortsätter under annonsen", "Annonse",
    "Annonce", "Mainos", "Hirdetés", "Publicitate", "Reklam", "Haberin devamı reklamdan sonra", "Реклама",
    "РЕКЛАМА", "Продолжение статьи ниже", "Διαφήμιση", "إعلان", "פרסומת", "विज्ञापन", "Quảng cáo", "โฆษณา",
    "広告", "スポンサーリンク", "광고", "广告", "廣告",
]  # fmt: skip

# A second text some ad boxes hold beside the label (NYT's skip link, detik's scroll hint).
AD_COMPANIONS = [
    "SKIP ADVERTISEMENT", "Skip advertisement", "Scroll to continue with content", "Continue reading below",
    "Anzeige schließen", "Lanjutkan dengan konten",
]  # fmt: skip

TEASER_LABELS = [
    "READ:", "READ MORE:", "ALSO READ:", "RELATED:", "Read more:", "Also read:", "Related:", "READ ALSO:",
    "SEE ALSO:", "See also:", "MORE:", "Related story:", "RELATED STORY:", "Read next:", "READ NEXT:",
    "Lesen Sie auch:", "Lesen Sie auch", "Mehr zum Thema:", "Auch interessant:", "Lihat juga:", "Baca juga:",
    "BACA JUGA:", "Baca Juga", "Leia também:", "LEIA TAMBÉM:", "Lee también:", "LEA TAMBIÉN:", "Lire aussi :",
    "À lire aussi :", "LIRE AUSSI", "Leggi anche:", "Czytaj także:", "Czytaj też:", "Zobacz też:", "Čtěte také:",
    "Lees ook:", "Läs också:", "Les også:", "Læs også:", "Lue myös:", "Читайте также:", "Διαβάστε επίσης:",
    "اقرأ أيضا:", "Đọc thêm:", "関連記事:", "관련기사:", "相关阅读:",
]  # fmt: skip

TEASER_BOX_TITLES = [
    "FEATURED STORIES", "Featured Stories", "MOST READ", "Most Read", "Most Popular", "MOST POPULAR",
    "Trending", "TRENDING", "Trending Now", "TRENDING NOW", "Related Stories", "RELATED STORIES",
    "Related Articles", "More Stories", "MORE STORIES", "You may also like", "Recommended for you",
    "Editor's Picks", "Top Stories", "Don't Miss", "Lihat juga", "Lesen Sie auch", "Meistgelesen",
    "Mehr zum Thema", "Lo más leído", "Mais lidas", "Terpopuler", "Berita Terkait", "Les plus lus",
    "I più letti", "Najczęściej czytane", "Популярное", "人気記事", "関連記事", "많이 본 뉴스", "热门文章",
]  # fmt: skip

# The generator's two families of words. "listed": the phrasings above, which the default rules'
# lists were written from. "unlisted": wordings and languages no list of this project holds (kept
# out of every word list and every weight; bench.detect reports them apart) — measured, never tuned on.
# When the lists grow, the phrasings they come to hold are measured once as they were, then replaced
# by others no list holds (test_junk.py checks it): 33 of 79 on 2026-12-08, when the word lists were
# written out by language (Irish, Somali, Hausa, Icelandic, Catalan, Esperanto, Zulu, Haitian and more
# went; Igbo, Samoan, Guarani, Tongan, Quechua, Hawaiian, Maltese, Tigrinya and English came).
UNLISTED_AD_LABELS = [
    "Story resumes shortly", "The report resumes in a moment", "Paid placement", "Partner spotlight",
    "Partner message", "Reclamă", "A word from our backers", "Lýsing", "Promocja", "Mgbasa ozi", "Maksettu sisältö",
    "Sanas", "Skelbimas", "Fa'asalalauga", "İlan", "Pengumuman berbayar", "Ñemoherakuã", "ረክላም",
]  # fmt: skip
UNLISTED_TEASER_LABELS = [
    "Pick up the thread:", "Go deeper:", "Catch up:", "Before you go:", "Worth your time:", "Dig deeper:",
    "Faitau foi:", "Gụọ kwa:", "Emoñe'ẽ avei:", "Lau foki:", "Ñawinchay kaytapas:", "E heluhelu pū:",
    "Pānuitia anō:", "Soma nanone:", "For the full picture:", "Gabay:", "Pick it up here:",
]  # fmt: skip
UNLISTED_BOX_TITLES = [
    "Elsewhere on the site", "Our picks", "From the newsroom", "Worth a second look", "Around the world",
    "Akụkọ ndị ọzọ", "Tala fou", "Marandu pyahu", "Ongoongo fo'ou", "Willakuykuna", "Aħbarijiet oħra",
    "Ka nūhou hou", "Çok konuşulanlar", "Pinakabagong balita",
]  # fmt: skip
UNLISTED_NEWSLETTER_PROMPTS = [
    "Get the morning note", "Join 50,000 readers every morning", "Start your day with us",
    "The day in five minutes, every morning", "Get our letter each dawn", "Debanye aha maka akwụkwọ ozi anyị",
    "Lesitala mo a matou tala", "Qor ku qoro warsidaheena", "Odebírejte náš zpravodaj", "Gaukite naujienas kasdien",
    "Eñemboheraguapy ore kuatia ñe'ẽme", "Irreġistra għall-ittra tagħna", "Tumanggap ng balita araw-araw",
]  # fmt: skip
UNLISTED_NEWSLETTER_SUBTEXTS = [
    "Five stories worth your morning, every weekday.", "Habari kuu za siku moja kwa moja kwako.",
    "Cele mai importante știri, în fiecare dimineață.", "Päivän tärkeimmät uutiset aamuisin.",
]  # fmt: skip
UNLISTED_NEWSLETTER_LEGAL = [
    "We will never pass your address on. Opt out whenever you like.", "Kwa kujiunga unakubali masharti yetu.",
    "Trwy gofrestru rydych yn derbyn ein polisi preifatrwydd.",
]  # fmt: skip
UNLISTED_NEWSLETTER_BUTTONS = ["Count me in", "Jiunge", "I'm in", "Yes, please", "Sign me on", "Go"]
UNLISTED_NEWSLETTER_LINK_TEXTS = ["Count me in", "Jiunge sasa", "Vreau să primesc", "Put me on the list"]


SECTIONS = ["GLOBALNATION", "NEWS", "WORLD", "BUSINESS", "SPORTS", "Politik", "Nasional", "Economia", "Opinion"]

_HEADLINE_PARTS = {
    "en": (
        ["Senators", "Police", "The central bank", "Local farmers", "A new study", "Firefighters", "Voters",
         "The city council", "Scientists", "Tech giants", "Investors", "Health officials"],
        ["warn of", "push back on", "prepare for", "celebrate", "question", "brace for", "reveal", "reject"],
        ["rising rice prices", "the new transit plan", "a record heat wave", "budget cuts in schools",
         "the merger deal", "flood defences", "the port expansion", "new visa rules", "a chip shortage"],
    ),
    "de": (
        ["Die Regierung", "Forscher", "Die Polizei", "Landwirte", "Der Stadtrat", "Verbraucher"],
        ["warnen vor", "streiten über", "rechnen mit", "kritisieren", "feiern"],
        ["steigenden Mieten", "dem neuen Haushalt", "der Hitzewelle", "höheren Preisen", "der Bahnreform"],
    ),
    "id": (
        ["Pemerintah", "Polisi", "Warga", "Petani", "DPR", "Bank Indonesia"],
        ["menolak", "menyiapkan", "mengkritik", "menyambut", "membahas"],
        ["kenaikan harga beras", "aturan baru ojek online", "banjir di Jakarta", "proyek ibu kota baru"],
    ),
    "es": (
        ["El Gobierno", "La policía", "Los agricultores", "El Congreso", "Los vecinos"],
        ["rechaza", "prepara", "critica", "celebra", "investiga"],
        ["la subida de precios", "el nuevo plan de transporte", "la ola de calor", "la reforma fiscal"],
    ),
    "pt": (
        ["O governo", "A polícia", "Os agricultores", "O Senado", "Moradores"],
        ["rejeita", "prepara", "critica", "comemora", "investiga"],
        ["a alta dos preços", "o novo plano de transporte", "a onda de calor", "a reforma tributária"],
    ),
    "fr": (
        ["Le gouvernement", "La police", "Les agriculteurs", "Le Sénat", "Les habitants"],
        ["rejette", "prépare", "critique", "célèbre", "enquête sur"],
        ["la hausse des prix", "le nouveau plan de transport", "la canicule", "la réforme fiscale"],
    ),
}  # fmt: skip

NEWSLETTER_PROMPTS = [
    "Subscribe to our daily newsletter", "Sign up for our newsletter", "Subscribe to our newsletter",
    "Get our free newsletter", "Sign up for the Morning Briefing", "Get the best of the news in your inbox",
    "Stay informed: sign up for our daily newsletter", "Sign up for our free daily newsletter",
    "Never miss a story: subscribe to our newsletter", "Want more stories like this? Sign up for our newsletter",
    "Subscribe now for unlimited access", "Support our journalism: subscribe today",
    "Newsletter abonnieren", "Jetzt Newsletter abonnieren", "Assine nossa newsletter",
    "Receba as notícias no seu e-mail", "Suscríbete a nuestro boletín", "Suscríbete a nuestra newsletter",
    "Inscrivez-vous à notre newsletter", "Abonnez-vous à notre newsletter", "Iscriviti alla nostra newsletter",
    "Berlangganan newsletter kami", "Daftar newsletter", "Zapisz się do newslettera",
    "Přihlaste se k odběru newsletteru", "Meld je aan voor onze nieuwsbrief", "Prenumerera på vårt nyhetsbrev",
    "Подпишитесь на нашу рассылку", "ニュースレターに登録", "뉴스레터 구독하기",
]  # fmt: skip

NEWSLETTER_SUBTEXTS = [
    "Get the latest news delivered to your inbox every morning.",
    "The day's top stories, straight to your inbox.",
    "Our editors' picks, every weekday at 7am.",
    "Die wichtigsten Nachrichten des Tages, direkt in Ihr Postfach.",
    "As principais notícias do dia no seu e-mail.",
    "Berita pilihan redaksi langsung ke email Anda.",
    "Recibe las noticias más importantes en tu correo.",
]  # fmt: skip

NEWSLETTER_LEGAL = [
    "By providing an email address, I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.",
    "You can unsubscribe at any time. See our privacy policy for details.",
    "By signing up you agree to our terms and privacy policy.",
    "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung.",
    "Ao se inscrever, você concorda com a nossa política de privacidade.",
]  # fmt: skip

NEWSLETTER_BUTTONS = ["Sign up", "Subscribe", "SUBSCRIBE", "Sign Up", "Anmelden", "Assinar", "Daftar", "Suscribirme"]
NEWSLETTER_LINK_TEXTS = ["Sign up here", "Subscribe now", "Subscribe", "Sign up", "Jetzt anmelden", "Daftar sekarang"]

LISTED = {
    "ad": AD_LABELS, "teaser": TEASER_LABELS, "box": TEASER_BOX_TITLES, "newsletter": NEWSLETTER_PROMPTS,
    "subtext": NEWSLETTER_SUBTEXTS, "legal": NEWSLETTER_LEGAL, "button": NEWSLETTER_BUTTONS,
    "link": NEWSLETTER_LINK_TEXTS,
}  # fmt: skip
UNLISTED = {
    "ad": UNLISTED_AD_LABELS, "teaser": UNLISTED_TEASER_LABELS, "box": UNLISTED_BOX_TITLES,
    "newsletter": UNLISTED_NEWSLETTER_PROMPTS, "subtext": UNLISTED_NEWSLETTER_SUBTEXTS,
    "legal": UNLISTED_NEWSLETTER_LEGAL, "button": UNLISTED_NEWSLETTER_BUTTONS, "link": UNLISTED_NEWSLETTER_LINK_TEXTS,
}  # fmt: skip
# Blind families, one module each (tests/corpus/fresh.py, fresh2.py, ..., fresh7.py):
# wordings, languages and markups written by a session that had read neither the detector nor the
# rules, measured once when added (bench.detect reports each apart; README says which were read afterwards).
BLIND_FAMILIES = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7")
FAMILIES = ("listed", "unlisted", *BLIND_FAMILIES)

# Gambling / SEO spam as it is injected into hacked sites (Indonesian gambling first: it is most of it).
SPAM_WORDS = [
    "slot gacor", "slot gacor hari ini", "situs slot", "situs togel", "situs togel online", "togel online",
    "judi bola", "judi online", "agen bola", "bandar togel", "slot maxwin", "slot online", "rtp slot",
    "rtp live", "demo slot", "slot demo", "scatter hitam", "link slot gacor", "daftar slot", "slot deposit pulsa",
    "slot dana", "toto macau", "togel hongkong", "sbobet", "casino online", "live casino", "poker online",
    "domino qq", "bandarqq", "sabung ayam", "slot thailand", "slot server luar", "mahjong ways",
    "online casino", "best online casino", "casino bonus", "sports betting", "bet online", "crypto casino",
    "buy viagra online", "cheap cialis", "replica watches", "essay writing service", "buy instagram followers",
    "payday loans",
]  # fmt: skip
_BRAND_STEMS = ["mentos", "dewa", "hoki", "sultan", "naga", "garuda", "raja", "jp", "gacor", "zeus", "mpo",
                "wd", "maxwin", "toto", "bola", "koi", "panen", "cuan", "xxx", "mega", "royal"]  # fmt: skip
_BRAND_SUFFIX = ["4d", "88", "77", "99", "138", "168", "303", "777", "123", "365", "55", "69", "slot"]
_SPAM_TLDS = ["vip", "xyz", "top", "site", "online", "fun", "bet", "click", "live", "pro", "club", "shop",
              "icu", "com", "net", "org", "info", "cc", "me"]  # fmt: skip
# Words no rule lists: shapes alone (hidden, after the document) must catch these.
NOVEL_SPAM = [
    "jasa backlink murah", "obat kuat pria", "jual followers instagram", "pinjol cepat cair", "cheap nfl jerseys",
    "louis vuitton outlet", "jasa seo profesional", "kontraktor kolam renang", "sewa mobil murah",
    "pemutih wajah ampuh", "cheap ugg boots", "moncler outlet online",
]  # fmt: skip

_HIDDEN_STYLES = [
    "display:none", "display: none !important", "DISPLAY:NONE;", "visibility:hidden",
    "position:absolute;left:-9999px", "position:absolute; top:-10000px; left:-10000px",
    "height:0;overflow:hidden", "text-indent:-9999px", "font-size:0", "opacity:0",
    "position: fixed; left: -5000px; top: 0",
]  # fmt: skip

_SEPARATORS = [" ", " | ", ", ", " - ", " • ", "<br>", "\n"]

# ------------------------------------------------------------------------------------------------
# Pieces
# ------------------------------------------------------------------------------------------------


@dataclass
class JunkItem:
    id: str  # the data-junk value
    kind: str  # ad | teaser | newsletter | spam
    shape: str  # how it was written (e.g. "spam:hidden-block")
    texts: list[str] = field(default_factory=list)  # its visible texts (anchor texts for spam)
    inline: bool = False  # a link inside a sentence: only the link must go (its words stay)


@dataclass
class InjectedPage:
    page: CorpusPage
    data: bytes  # UTF-8 page with the junk in it
    items: list[JunkItem]


class _Writer:
    """Builds one page's junk pieces; numbering and choices come from the page's own RNG."""

    def __init__(self, rng: random.Random, url: str, family: str = "listed"):
        self.rng = rng
        self.url = url
        self.items: list[JunkItem] = []
        self.family = family
        if family in BLIND_FAMILIES:
            self.blind = importlib.import_module(f"{__package__}.{family}")
            self.v = self.blind.VOCAB
        else:
            self.blind = None
            self.v = UNLISTED if family == "unlisted" else LISTED

    def pick(self, seq):
        return self.rng.choice(seq)

    def item(self, kind: str, shape: str, texts=(), inline: bool = False) -> JunkItem:
        if self.family != "listed" and kind != "spam":
            shape = f"{self.family}-{shape}"
        it = JunkItem(f"{kind}:{shape}:{len(self.items)}", kind, f"{kind}:{shape}", list(texts), inline)
        self.items.append(it)
        return it

    def element(self, html: str, item: JunkItem):
        el = lxml.html.fragment_fromstring(html)
        if self.family == "unlisted" and item.kind != "spam":
            self._hash_names(el)
        el.set(JUNK_ATTR, item.id)
        return el

    def _hash_names(self, el) -> None:
        """Class and id names as build tools write them (`css-1q2w3e`, `sc-a8f3k`): no word in them."""
        for node in el.iter():
            if not isinstance(node.tag, str):
                continue
            for attr in ("class", "id"):
                if node.get(attr) is not None:
                    prefix = self.pick(["css-", "sc-", "_", "x"])
                    node.set(attr, prefix + "".join(self.pick("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6)))

    # -- helpers for words and links -------------------------------------------------------------
    def headline(self) -> str:
        who, verb, what = _HEADLINE_PARTS[self.pick(list(_HEADLINE_PARTS))]
        return f"{self.pick(who)} {self.pick(verb)} {self.pick(what)}"

    def story_href(self, headline: str) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")[:60] or "story"
        n = self.rng.randrange(100000, 999999)
        form = self.rng.randrange(3)
        if form == 0:
            return f"/{n}/{slug}"
        if form == 1:
            return urljoin(self.url, f"/2024/{self.rng.randrange(1, 13):02d}/{slug}-{n}.html")
        return urljoin(self.url, f"/news/{slug}/")

    def brand(self) -> str:
        return self.pick(_BRAND_STEMS) + self.pick(_BRAND_SUFFIX)

    def spam_text(self, novel: bool = False) -> str:
        if novel:
            return self.pick(NOVEL_SPAM)
        form = self.rng.randrange(4)
        if form == 0:
            return f"{self.brand()} slot" if self.rng.random() < 0.5 else self.brand()
        if form == 1:
            return f"{self.pick(SPAM_WORDS)} {self.brand()}"
        return self.pick(SPAM_WORDS)

    def spam_href(self, text: str, novel: bool = False) -> str:
        form = self.rng.randrange(6)
        brand = self.brand()
        words = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
        if form == 0:
            return f"https://{brand}-login.{self.pick(_SPAM_TLDS)}/"
        if form == 1:
            return f"https://{brand}.{self.pick(_SPAM_TLDS)}/daftar"
        if form == 2:
            return f"https://www.{words.replace('-', '')[:20] or brand}.{self.pick(_SPAM_TLDS)}/"
        if form == 3:  # a hacked site elsewhere hosting the spam page
            host = self.pick(["sipeg.pemkab-lebak.go.id", "elearning.univ-sumatra.ac.id", "www.smkn1-bogor.sch.id",
                              "blog.hotel-riviera.com", "www.kampus-merdeka.org"])  # fmt: skip
            return f"https://{host}/wp-content/uploads/{words or brand}/"
        if form == 4:
            return f"http://{brand}.{self.pick(_SPAM_TLDS)}/?ref={self.rng.randrange(1000, 9999)}"
        return f"https://linktr.ee/{brand}" if not novel else f"https://{brand}.{self.pick(_SPAM_TLDS)}/"

    def anchor(self, text: str, href: str) -> str:
        rel = self.pick(["", ' rel="dofollow"', ' rel="nofollow"', ' target="_blank"', ' title="' + text + '"'])
        return f'<a href="{_attr(href)}"{rel}>{_esc(text)}</a>'

    # -- ads ------------------------------------------------------------------------------------
    def ad(self):
        label = self.pick(self.v["ad"])
        slot_id = self.rng.randrange(1000, 99999)
        companion = self.pick(AD_COMPANIONS) if self.rng.random() < 0.15 else None
        lab = _esc(label)
        slot = self.pick(
            [
                f'<div id="div-gpt-ad-{slot_id}-0"></div>',
                f'<div class="ad-slot" data-slot="/1234/news/in-article-{slot_id}" style="min-height:250px"></div>',
                '<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-1234567890" '
                f'data-ad-slot="{slot_id}" data-ad-format="auto"></ins>'
                "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>",
                f'<iframe src="https://securepubads.g.doubleclick.net/ad?slot={slot_id}" width="300" height="250" '
                'frameborder="0" scrolling="no"></iframe>',
                f'<div class="ad-placeholder"><div id="ad-{slot_id}" class="dfp"></div></div>',
            ]
        )
        extra = ""
        if companion:
            extra = self.pick(
                [f'<a href="#after-ad-{slot_id}" class="skip">{_esc(companion)}</a>', f"<p>{_esc(companion)}</p>"]
            )
        if self.blind is not None:
            shape, html = self.pick(self.blind.ad_shapes(label, slot_id))
            return self.element(html, self.item("ad", shape, [label]))
        shape, html = self.pick(
            [
                ("inq-box", f'<div class="ztoop"><p class="headertext">{lab}</p>{slot}{extra}</div>'),
                ("label-box", f'<div class="ad-container"><span class="ad-label">{lab}</span>{slot}{extra}</div>'),
                ("aside", f'<aside class="advert"><p>{lab}</p>{slot}{extra}</aside>'),
                ("figure", f'<figure class="ad"><figcaption>{lab}</figcaption>{slot}</figure>'),
                ("section", f'<section class="inline-ad"><div class="inline-ad__label"><small>{lab}</small>'
                            f'</div><div class="inline-ad__slot">{slot}</div>{extra}</section>'),
                ("nested", f'<div class="ad-wrap"><div class="ad-inner"><div class="ad-head"><span>{lab}</span>'
                           f'</div><div class="ad-body">{slot}</div></div></div>'),
                ("label-only", f'<p class="ad-label" style="text-align:center;font-size:11px;color:#999">{lab}</p>'),
                ("center", f"<center><font size=\"1\">{lab}</font><br>{slot}</center>"),
                ("text-in-box", f'<div class="adunit" style="min-height:280px">{lab}{slot}</div>'),
                ("header-tag", f'<div class="ad ad--mid"><h6 class="ad__title">{lab}</h6>{slot}</div>'),
                ("strong", f'<div class="adbox"><p><strong>{lab}</strong></p>{slot}</div>'),
            ]
        )
        it = self.item("ad", shape, [label] + ([companion] if companion else []))
        return self.element(html, it)

    # -- teasers --------------------------------------------------------------------------------
    def _teaser_links(self, n: int, sep: str = "", strong: bool = False) -> str:
        out = []
        for _ in range(n):
            h = _esc(self.headline())
            h = f"<strong>{h}</strong>" if strong else h
            out.append(f'<a href="{_attr(self.story_href(h))}">{h}</a>')
        return sep.join(out)

    def teaser(self):
        if self.blind is not None:
            heads = self._headlines(self.rng.randrange(3, 6))
            links = [(h, self.story_href(h)) for h in heads]
            shape, html = self.pick(self.blind.teaser_shapes(self.pick(self.v["teaser"]), self.pick(self.v["box"]), links))
            return self.element(html, self.item("teaser", shape, [t for t in _texts_of(html)]))
        label = _esc(self.pick(self.v["teaser"]))
        title = _esc(self.pick(self.v["box"]))
        sec = self.pick(SECTIONS)
        one = self._teaser_links(1)
        items_li = "".join(f"<li>{self._teaser_links(1)}</li>" for _ in range(self.rng.randrange(2, 6)))
        shape, html = self.pick(
            [
                ("p-strong", f"<p><strong>{label}</strong> {one}</p>"),
                ("p-plain", f"<p>{label} {one}</p>"),
                ("p-two-links", f"<p><b>{label}</b><br>{self._teaser_links(2, '<br>')}</p>"),
                ("div-span", f'<div class="related-inline"><span class="label">{label}</span> {one}</div>'),
                ("p-em", f"<p><em>{label} {one}</em></p>"),
                ("blockquote", f'<blockquote class="related"><p><strong>{label}</strong> {one}</p></blockquote>'),
                ("link-strong", f'<p class="read-also">{label} {self._teaser_links(1, strong=True)}</p>'),
                ("h4", f"<h4>{label} {one}</h4>"),
                ("pipe-links", f"<p>{label} {self._teaser_links(2, ' | ')}</p>"),
                ("label-list", f'<div class="inline-related"><p class="title">{label}</p><ul>{items_li}</ul></div>'),
                ("fs-widget", f'<div class="fs-widget"><div class="fs-title">{title}</div>'
                 + "".join(f'<div class="fs-item"><span class="fs-sec">{sec}</span> {self._teaser_links(1)}</div>'
                           for _ in range(3)) + "</div>"),
                ("aside-ol", f'<aside class="most-read"><h3>{title}</h3><ol>{items_li}</ol></aside>'),
                ("section-cards", f'<section class="trending"><header><h4>{title}</h4></header><ul>'
                 + "".join(f'<li><a href="{_attr(self.story_href(h))}"><img src="/img/{i}.jpg" alt="">'
                           f"<span>{_esc(h)}</span></a></li>" for i, h in enumerate(self._headlines(3)))
                 + "</ul></section>"),
                ("title-link-cards", f'<div class="related-box"><h2 class="title"><a href="/related">{title}</a></h2>'
                 '<div class="items">' + "".join(
                     f'<div class="card"><a href="{_attr(self.story_href(h))}"><h3>{_esc(h)}</h3></a>'
                     f"<time>{self.rng.randrange(2, 23)} hours ago</time></div>" for h in self._headlines(3))
                 + "</div></div>"),
                ("p-widget", f'<div class="widget"><p><strong>{title}</strong></p>'
                 + "".join(f"<p>{self._teaser_links(1)}</p>" for _ in range(3)) + "</div>"),
                ("box-dates", f'<div class="box"><div class="box-head"><span>{title}</span></div><div class="box-body">'
                 "<ul>" + "".join(f"<li>{self._teaser_links(1)} <span class=\"date\">(Feb {d})</span></li>"
                                  for d in (3, 4, 5)) + "</ul></div></div>"),
            ]
        )
        it = self.item("teaser", shape, [t for t in _texts_of(html)])
        return self.element(html, it)

    def _headlines(self, n: int) -> list[str]:
        return [self.headline() for _ in range(n)]

    # -- newsletters ----------------------------------------------------------------------------
    def newsletter(self):
        if self.blind is not None:
            host = self.url.split("/")[2] if "//" in self.url else "example.com"
            action = self.pick([f"https://{host}/account/mailing", f"https://{host}/newsletters/daily", "/go/briefing"])
            v = self.v
            shape, html = self.pick(self.blind.newsletter_shapes(
                self.pick(v["newsletter"]), self.pick(v["subtext"]), self.pick(v["legal"]), self.pick(v["button"]),
                self.pick(v["link"]), action,
            ))  # fmt: skip
            return self.element(html, self.item("newsletter", shape, _texts_of(html)))
        prompt = _esc(self.pick(self.v["newsletter"]))
        sub = _esc(self.pick(self.v["subtext"]))
        legal = _esc(self.pick(self.v["legal"]))
        button = _esc(self.pick(self.v["button"]))
        link_text = _esc(self.pick(self.v["link"]))
        host = self.url.split("/")[2] if "//" in self.url else "example.com"
        action = self.pick([f"https://newsletter.{host}/subscribe", "/newsletters/signup", "https://list-manage.com/subscribe/post"])
        email = self.pick(
            ['<input type="email" name="email" placeholder="Enter your email">',
             '<input type="text" name="EMAIL" placeholder="Email address">',
             '<label for="nl-email">Email</label><input id="nl-email" type="email" name="email" required>']
        )  # fmt: skip
        submit = self.pick([f'<button type="submit">{button}</button>', f'<input type="submit" value="{button}">'])
        form = f'<form action="{_attr(action)}" method="post">{email}{submit}</form>'
        link = f'<a href="{_attr(urljoin(self.url, "/newsletters"))}">{link_text}</a>'
        shape, html = self.pick(
            [
                ("seed-box", f'<div class="newsletter-box"><p class="nl-title">{prompt}</p>{form}<p class="nl-legal">{legal}</p></div>'),
                ("aside-form", f'<aside class="signup"><h3>{prompt}</h3><p>{sub}</p>{form}</aside>'),
                ("section-split", f'<section class="nl"><div class="nl__text"><h4>{prompt}</h4><p>{sub}</p></div>'
                                  f'<div class="nl__form">{form}</div></section>'),
                ("inline-p", f"<p><strong>{prompt}</strong> {link}</p>"),
                ("inline-div", f'<div class="cta-inline"><p>{prompt}. {link}</p></div>'),
                ("cta-button", f'<div class="cta"><p>{prompt}</p><a class="button" href="/subscribe">{button}</a></div>'),
                ("iframe", f'<div class="newsletter-embed"><p><b>{prompt}</b></p>'
                           f'<iframe src="https://embeds.beehiiv.com/abc{self.rng.randrange(100, 999)}" height="120"></iframe></div>'),
                ("heading-form-legal", f'<div><h2>{prompt}</h2><p>{sub}</p>{form}<small>{legal}</small></div>'),
                ("em-line", f"<p><em>{prompt}: {link}</em></p>"),
            ]
        )
        it = self.item("newsletter", shape, _texts_of(html))
        return self.element(html, it)

    # -- spam -----------------------------------------------------------------------------------
    def spam_hidden(self):
        n = self.rng.randrange(1, 8)
        novel = self.rng.random() < 0.25
        texts = [self.spam_text(novel and i % 2 == 0) for i in range(n)]
        links = [self.anchor(t, self.spam_href(t, novel)) for t in texts]
        style = self.pick(_HIDDEN_STYLES)
        sep = self.pick(_SEPARATORS)
        tag = self.pick(["div", "div", "p", "span", "section", "ul", "font"])
        if tag == "ul":
            inner = "".join(f"<li>{a}</li>" for a in links)
        else:
            inner = sep.join(links)
        attrs = f' style="{style}"' if self.rng.random() < 0.9 else " hidden"
        it = self.item("spam", "hidden-block", texts)
        return self.element(f"<{tag}{attrs}>{inner}</{tag}>", it)

    def spam_paragraph(self):
        n = 1 if self.rng.random() < 0.75 else 2
        texts = [self.spam_text() for _ in range(n)]
        links = " ".join(self.anchor(t, self.spam_href(t)) for t in texts)
        shape, html = self.pick(
            [
                ("link-paragraph", f"<p>{links}</p>"),
                ("link-paragraph", f"<p><strong>{links}</strong></p>"),
                ("link-paragraph", f'<p style="text-align:center">{links}</p>'),
                ("link-paragraph", f"<div>{links}</div>"),
                ("link-paragraph", f"<h3>{links}</h3>"),
                ("link-paragraph", f"<p><b><i>{links}</i></b></p>"),
            ]
        )
        it = self.item("spam", shape, texts)
        return self.element(html, it)

    def spam_bare_anchor(self):
        text = self.spam_text()
        it = self.item("spam", "bare-anchor", [text])
        return self.element(self.anchor(text, self.spam_href(text)), it)

    def spam_trailing(self, novel: bool):
        n = self.rng.randrange(1, 6)
        texts = [self.spam_text(novel and i % 2 == 0) for i in range(n)]
        links = [self.anchor(t, self.spam_href(t, novel)) for t in texts]
        form = self.rng.randrange(4)
        it = self.item("spam", "after-html-novel-words" if novel else "after-html", texts)
        if form == 0:
            return it, "\n".join(_tag_with(a, it.id) for a in links) + "\n"
        if form == 1:
            return it, f'<div {JUNK_ATTR}="{it.id}">' + " ".join(links) + "</div>\n"
        if form == 2:
            return it, f'<p {JUNK_ATTR}="{it.id}">' + " | ".join(links) + "</p>"
        return it, f'<center {JUNK_ATTR}="{it.id}"><font size="1">' + ", ".join(links) + "</font></center>"

    def spam_after_article(self):
        n = self.rng.randrange(1, 5)
        texts = [self.spam_text() for _ in range(n)]
        links = self.pick([" ", " | ", ", "]).join(self.anchor(t, self.spam_href(t)) for t in texts)
        it = self.item("spam", "after-article", texts)
        if n == 1 and self.rng.random() < 0.5:
            return self.element(links, it)
        return self.element(self.pick([f"<div>{links}</div>", f"<p>{links}</p>", f"<span>{links}</span>"]), it)

    def spam_hijack(self, text_node_text: str) -> tuple[str, str, str, JunkItem] | None:
        """Turn one word of ``text_node_text`` into a link to a spam page: (before, anchor html, after)."""
        words = list(re.finditer(r"\b[A-Za-z\u00c0-\u024f]{5,20}\b", text_node_text))
        if not words:
            return None
        m = self.pick(words)
        spam = self.spam_text()
        it = self.item("spam", "hijacked-word", [m.group(0)], inline=True)
        href = self.spam_href(spam)
        if "/" not in href.split("//", 1)[1].rstrip("/"):  # put the spam words in the path too
            href = href.rstrip("/") + "/" + re.sub(r"[^a-z0-9]+", "-", spam.lower()).strip("-") + "/"
        return text_node_text[: m.start()], f'<a href="{_attr(href)}">{_esc(m.group(0))}</a>', text_node_text[m.end():], it

    def spam_inline_anchor(self, text_node_text: str, truth=()) -> tuple[str, str, JunkItem] | None:
        """Split a sentence boundary of ``text_node_text`` with a spam anchor: (before, anchor html, after).

        A boundary inside a piece of ``truth`` (a "with" fragment may span two sentences) is not used."""
        whole = norm(text_node_text)
        held = [t for t in truth if t in whole]
        cuts = [
            m for m in re.finditer(r"[.!?](\s+)(?=[A-Z\u00c0-\u024f])", text_node_text)
            if all(t in norm(text_node_text[: m.end(1)]) or t in norm(text_node_text[m.end(1):]) for t in held)
        ]
        if not cuts:
            return None
        cut = self.pick(cuts)
        text = self.spam_text()
        it = self.item("spam", "in-sentence", [text], inline=True)
        return text_node_text[: cut.end(1)], self.anchor(text, self.spam_href(text)), it


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(s: str) -> str:
    return _esc(s).replace('"', "&quot;")


def _tag_with(anchor_html: str, junk_id: str) -> str:
    return anchor_html.replace("<a ", f'<a {JUNK_ATTR}="{junk_id}" ', 1)


def _texts_of(html: str) -> list[str]:
    frag = lxml.html.fragment_fromstring(html, create_parent="div")
    return [t for t in (norm(x) for x in frag.itertext()) if t]


# ------------------------------------------------------------------------------------------------
# Where the junk goes
# ------------------------------------------------------------------------------------------------

_BLOCK_TAGS = {"p", "div", "li", "blockquote", "h2", "h3", "h4", "td", "dd", "section", "pre"}
_INLINE_TAGS = {"a", "b", "strong", "i", "em", "span", "font", "small", "u", "br", "sup", "sub", "abbr", "time", "code"}
_LAYOUT_PARENTS = {"li": ("ul", "ol"), "td": ("table",), "dd": ("dl",)}


def _truth(root, page: CorpusPage, before: str) -> list[str]:
    sentences, fragments = page.must_keep(before, link_texts(root))
    return sentences + fragments


def _story_blocks(root, truth: list[str]) -> list:
    """The smallest block elements that hold a piece of the article's truth text, in page order."""
    truth = [t for t in truth if len(t) >= 12]
    if not truth:
        return []
    body = root.find("body")
    if body is None:
        return []
    holders = []
    for el in body.iter(*_BLOCK_TAGS):
        if any(up.tag == "a" for up in el.iterancestors()):
            continue  # text wrapped in a link (a card): nobody injects junk inside a link
        text = norm(el.text_content())
        if len(text) >= 12 and any(t in text for t in truth):
            holders.append(el)
    chosen = set(holders)
    smallest = [el for el in holders if not any(d in chosen for d in el.iterdescendants(*_BLOCK_TAGS))]
    out = []
    for el in smallest:
        # A list item or table cell is inside layout that must stay valid: go after the whole list.
        for tag, parents in _LAYOUT_PARENTS.items():
            if el.tag == tag:
                up = next((a for a in el.iterancestors() if a.tag in parents), None)
                el = up if up is not None else el
        if el not in out and el is not body:
            out.append(el)
    return out


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # lxml will not write these back


def _sentence_paragraphs(blocks) -> list:
    return [
        b for b in blocks
        if b.tag == "p" and re.search(r"[.!?]\s+[A-Z]", b.text or "") and not _CONTROL.search(b.text)
    ]


def inject(page: CorpusPage, seed: int = 0, family: str = "listed") -> InjectedPage | None:
    """The page with junk of every kind in it; None when it holds no truth text to put junk beside.
    ``family``: "listed" (the phrasings and class names the rules were written from), "unlisted"
    (wordings, languages and build-tool class names no list holds) or one of BLIND_FAMILIES (a module
    of wordings, languages and markups written without reading the detector or the rules)."""
    root, _ = document.parse(page.source)
    truth = _truth(root, page, page_text(root))
    blocks = _story_blocks(root, truth)
    if not blocks:
        return None
    rng = random.Random(f"newsclean-junk:{seed}:{page.id}" + ("" if family == "listed" else f":{family}"))
    w = _Writer(rng, page.url, family)
    body = root.find("body")

    # Junk goes after a block whose line ends there: nothing of a sentence may follow it in the parent.
    ends = [
        b for b in blocks
        if not (b.tail or "").strip() and (b.getnext() is None or b.getnext().tag not in _INLINE_TAGS)
    ]
    if not ends:
        return None

    def after_block(el):
        rng.choice(ends).addnext(el)

    # Between the story's paragraphs: ads, teasers, link-only spam, a bare spam anchor.
    for _ in range(3):
        after_block(w.ad())
    for _ in range(3):
        after_block(w.teaser())
    for _ in range(2):
        after_block(w.spam_paragraph())
    after_block(w.spam_bare_anchor())

    # Newsletter prompts: inside the story, right after its last paragraph, after its container.
    after_block(w.newsletter())
    last = ends[-1]
    last.addnext(w.newsletter())
    container = last.getparent()
    if container is not None and container is not body and container.getparent() is not None:
        container.addnext(w.newsletter())
    else:
        body.append(w.newsletter())

    # Hidden spam blocks: inside the story, at its end, and at the end of the body.
    after_block(w.spam_hidden())
    last.addnext(w.spam_hidden())
    body.append(w.spam_hidden())

    # Spam links inside the story's sentences (between two sentences of a paragraph).
    paragraphs = _sentence_paragraphs(blocks)
    rng.shuffle(paragraphs)
    for p in paragraphs[:2]:
        split = w.spam_inline_anchor(p.text, truth)
        if split is None:
            continue
        head, anchor_html, it = split
        held = [t for t in truth if t in norm(p.text_content())]
        text = p.text
        a = w.element(anchor_html, it)
        p.text = head
        a.tail = " " + text[len(head):]
        p.insert(0, a)
        if any(t not in norm(p.text_content()) for t in held):  # a fragment ran across the cut
            p.remove(a)
            p.text = text
            w.items.remove(it)

    # One word of a sentence turned into a spam link (the words are the page's own).
    plain = [
        b for b in blocks
        if b.tag == "p" and b not in paragraphs[:2] and b.text and b.text.strip() and not _CONTROL.search(b.text)
    ]
    rng.shuffle(plain)
    for p in plain[:2]:
        split = w.spam_hijack(p.text)
        if split is None:
            continue
        head, anchor_html, rest, it = split
        a = w.element(anchor_html, it)
        p.text = head
        a.tail = rest
        p.insert(0, a)

    # Anchors dropped right after the story's container (visible, at the end of the article).
    if container is not None and container is not body and container.getparent() is not None:
        container.addnext(w.spam_after_article())
    else:
        body.append(w.spam_after_article())

    # After </html>: anchors appended to the file by the hack (known words, and words no rule lists).
    trailing = [w.spam_trailing(novel=False), w.spam_trailing(novel=True)]
    data = document.serialise(root)
    tail = "\n" + "\n".join(html for _it, html in trailing)
    data = data.rstrip() + tail.encode("utf-8")
    return InjectedPage(page, data, w.items)
