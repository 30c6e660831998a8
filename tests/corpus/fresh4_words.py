"""The words of the fourth blind family (tests/corpus/fresh4.py), written blind like its markups.

English in registers the other families do not use (US local TV news, personal blogs and newsletters, the
Nigerian press, British papers' branded-content labels), the big languages in regional forms and phrasings
the others leave alone (Austrian and Swiss German, Quebec French, Spanish of Spain and Mexico, Italian,
Japanese, Chinese of the mainland, Taiwan and Hong Kong, Korean) and 37 languages hardly any family
touches. Each language is named in a comment beside its words.
"""

from __future__ import annotations

AD_NOTICES = [
    "Presented by", "Brought to you by", "Advertorial", "Branded content", "Continued after sponsor message",
    "Thanks to our sponsor",  # English: US TV, Nigerian press, FT-style, a tech blog
    "Entgeltliche Einschaltung", "Bezahlte Partnerschaft", "Publireportage",  # de-AT, de, de-CH
    "Contenu commandité", "Publi-information",  # fr-CA, fr
    "Inserción pagada", "Contenido de marca", "Informazione pubblicitaria",  # es-MX, es-ES, it
    "PR", "プロモーション", "赞助内容", "廣編特輯", "협찬",  # ja (twice), zh-CN, zh-TW, ko
    "Reklamm", "Advertinsje", "Reclama", "Рэклама", "Mahabat",  # lb, fy, rm, be, tk
    "ڕیکلام", "ବିଜ୍ଞାପନ", "ئېلان", "Pariwara", "Paanunsiyo",  # ckb, or, ug, jv, ceb
    "Faʻasalalauga", "Hoʻolaha", "Dokam-barotra", "Kwamamaza", "Kalango",  # sm, haw, mg, rw, lg
    "Beeksisa", "Shambadziro", "Intengiso", "Papatso",  # om, sn, xh, st
]  # fmt: skip

TEASER_LABELS = [
    "ICYMI:", "Up next:", "Related reading:", "Flashback:", "Readers also liked:",  # English
    "Passend dazu:", "Zum Thema:", "Das könnte Sie auch interessieren:",  # German
    "À voir aussi :", "Lisez aussi :", "À lire également :",  # French (Quebec, Belgium, Africa)
    "Te recomendamos:", "Sigue leyendo:", "Noticia relacionada:", "Guarda anche:",  # es-MX, es-ES, it
    "【こちらもおすすめ】", "推荐阅读：", "相關報道：", "추천기사 ▶",  # ja, zh-CN, zh-HK, ko
    "Liest och:", "Aqra wkoll:", "Lês ek:", "Lennit ivez :", "Legia era:",  # lb, mt, fy, br, rm
    "Чытайце таксама:", "Ошондой эле окуңуз:", "Шулай ук укыгыз:", "Şeýle hem okaň:",  # be, ky, tt, tk
    "دا هم ولولئ:", "ئەمەش بخوێنەوە:", "Vê jî bixwîne:", "هي به پڙهو:",  # ps, ckb, kmr, sd
    "ଏହା ମଧ୍ୟ ପଢନ୍ତୁ:", "লগতে পঢ়ক:", "Waca uga:", "Baca ogé:", "Basaha usab:",  # or, as, jv, su, ceb
    "Basaen pay:", "Vakio koa:", "Soma nanone:", "Verenga zvakare:", "Bala gape:",  # ilo, mg, rw, sn, tn
    "Kenkan bio:", "Emoñeʼẽ avei:", "לייענט אויך:", "Li tou:", "Lesa tambe:",  # tw, gn, yi, ht, pap
]  # fmt: skip

BOX_TITLES = [
    "What we're reading", "Popular right now", "Keep exploring", "Recent posts", "Readers' favourites",
    "News you can use", "You May Like",  # English: a blog, UK, US local TV, a recommendation widget
    "Weitere Artikel", "Empfehlungen der Redaktion", "Top-Themen",  # German
    "Dans la même rubrique", "Sur le même sujet", "Les plus populaires",  # French
    "Noticias relacionadas", "Más noticias", "Consigliati per te", "Ultime notizie",  # es, es, it, it
    "アクセスランキング", "新着記事", "猜你喜欢", "热点推荐", "熱門新聞", "編輯推介",  # ja, zh-CN, zh-TW, zh-HK
    "실시간 인기 기사", "추천 뉴스",  # Korean
    "Meeschtgelies", "L-aktar moqrija", "Meast lêzen", "Найбольш чытанае", "Көп окулгандар",  # lb mt fy be ky
    "Күбрәк укылган", "Köp okalan", "نورې خبرې", "هەواڵی پەیوەندیدار", "Nûçeyên têkildar",  # tt tk ps ckb kmr
    "وڌيڪ خبرون", "ଅଧିକ ଖବର", "ئەڭ كۆپ ئوقۇلغانلار", "Pawarta liyane", "Warta séjénna",  # sd or ug jv su
    "Ubang balita", "Ētahi atu kōrero", "Vaovao hafa", "Inkuru bijyanye", "Amawulire amalala",  # ceb mi mg rw lg
    "Oduu dabalataa", "Nsango mosusu", "Ezinye iindaba", "Marandu ambue", "Lòt nouvèl",  # om ln xh gn ht
]  # fmt: skip

SIGNUP_PROMPTS = [
    "Get breaking news alerts by email", "Enjoying this? Get the next one by email",
    "Psst — get this every Friday, free, by email", "Get new posts delivered to your inbox",
    "Join our mailing list for the latest updates", "Receive the editor's selection each Sunday",  # English
    "Der Morgen-Newsletter: täglich kostenlos in Ihr Postfach", "Erhalten Sie das Wichtigste des Tages per E-Mail",
    "Abonnez-vous à l'infolettre", "Recevez chaque matin l'essentiel de l'actualité",  # fr-CA, fr
    "Suscríbete gratis y recibe cada mañana nuestro resumen", "La newsletter del mattino, gratis nella tua casella",
    "メルマガ登録はこちら", "最新ニュースをメールでお届けします", "订阅我们的每日简报", "訂閱我們的通訊",  # ja zh
    "메일로 받아보기",  # Korean
    "Abonnéiert eisen Newsletter", "Abbona għan-newsletter tagħna", "Abonnearje op ús nijsbrief",  # lb mt fy
    "Падпішыцеся на нашу рассылку", "زموږ خبرلیک ته ګډون وکړئ", "Bibe abonê nûçenameya me",  # be ps kmr
    "Ohaurutia tā mātou pānui", "Iyandikishe ku makuru yacu", "Bhalisela iphephandaba lethu",  # mi rw xh
    "Enskri pou resevwa nouvèl nou yo", "Subskribí na nos boletin",  # Haitian Creole, Papiamento
]  # fmt: skip

SIGNUP_SUBTEXTS = [
    "Breaking alerts, weather warnings and the big stories of the day.",
    "New posts, about twice a month. Nothing else.",
    "Every Tuesday and Friday, straight from our newsroom in Lagos.",
    "Jeden Werktag um 6 Uhr – kompakt und kostenlos.",
    "Chaque matin à 6 h, les manchettes du jour.",
    "Todos los días a las 7:00, lo imprescindible para empezar el día.",
    "Ogni sabato, il meglio della settimana in cinque minuti.",
    "毎週金曜日、編集部おすすめの記事をお届けします。",
    "每天早上七点，为你精选当日要闻。",
    "Kull filgħodu, l-aħbarijiet ewlenin fil-kaxxa tiegħek.",
    "Бясплатна, раз на тыдзень.",
]  # fmt: skip

SIGNUP_LEGAL = [
    "By entering your email, you consent to receive marketing emails from us and our partners.",
    "No spam, ever. Unsubscribe anytime.",
    "Ihre Daten werden nicht an Dritte weitergegeben. Abmeldung jederzeit möglich.",
    "Vous pouvez vous désabonner en tout temps grâce au lien au bas de chaque infolettre.",
    "Al suscribirte aceptas nuestro aviso de privacidad.",
    "Cancellarsi è semplice: basta un clic.",
    "配信はいつでも停止できます。",
    "可随时退订。",
    "Tista' tneħħi l-abbonament meta trid.",
]  # fmt: skip

SIGNUP_BUTTONS = [
    "Let's go", "Notify me", "I'm in", "Bestellen", "Je m'abonne", "Quiero recibirlo", "Invia", "送信", "订阅",
    "신청", "Abonnéieren", "Abbona", "Падпісацца", "Enskri",
]  # fmt: skip

SIGNUP_LINK_TEXTS = [
    "Sign up in 10 seconds", "Get it here", "Zum Newsletter", "Je m'inscris à l'infolettre", "Apúntate aquí",
    "Iscriviti gratis", "メルマガを購読する", "点击订阅", "메일 구독", "Hei abonnéieren", "Abbona hawn", "Enskri la a",
]  # fmt: skip

VOCAB = {
    "ad": AD_NOTICES, "teaser": TEASER_LABELS, "box": BOX_TITLES, "newsletter": SIGNUP_PROMPTS,
    "subtext": SIGNUP_SUBTEXTS, "legal": SIGNUP_LEGAL, "button": SIGNUP_BUTTONS, "link": SIGNUP_LINK_TEXTS,
}  # fmt: skip

LANGUAGES = (
    "English", "German", "French", "Spanish", "Italian", "Japanese", "Chinese", "Korean", "Luxembourgish",
    "Maltese", "West Frisian", "Breton", "Romansh", "Belarusian", "Kyrgyz", "Tatar", "Turkmen", "Pashto",
    "Sorani Kurdish", "Kurmanji Kurdish", "Sindhi", "Odia", "Assamese", "Uyghur", "Javanese", "Sundanese",
    "Cebuano", "Ilocano", "Māori", "Samoan", "Hawaiian", "Malagasy", "Kinyarwanda", "Luganda", "Oromo",
    "Lingala", "Shona", "Xhosa", "Sesotho", "Setswana", "Twi", "Guarani", "Yiddish", "Haitian Creole",
    "Papiamento",
)  # fmt: skip
