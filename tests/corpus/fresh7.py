"""A seventh blind family of injected junk: new wordings, languages and markups, for one honest measurement.

Written without reading the detector, its rules, its word lists, the README, the docs, the benchmarks or the
repository's history: only the existing generators (tests/corpus/junk.py, blind.py, fresh.py, fresh2.py,
fresh3.py, fresh4*.py, fresh5*.py, fresh6*.py), pages.py, measure.py, conftest.py and test_junk.py were read,
to stay clear of their vocabularies, languages and markups (no corpus page was read or copied). Every
phrase was checked against the other families' words and junk.py's lists: none repeats one of them.

The words are in tests/corpus/fresh7_words.py and fresh7_world.py: English in registers the others leave
alone (local TV stations' sites, trade press, student papers, podcasts' show notes, hyperlocal newsletters,
public television's funding credits, partner-content disclosures, consent walls offering "ads or
membership"), the English of Kenya, South Africa, Singapore, Ireland, New Zealand and the Philippines, the
big languages in regional forms and new phrasings (Peruvian, Venezuelan, Uruguayan and Puerto Rican
Spanish; Angolan and Mozambican Portuguese; West African and Moroccan French; Valencian; Finland Swedish;
Ticino Italian; South Tyrol German; Moldovan Romanian; Cypriot Greek and Turkish; Bangladeshi Bengali; Sri
Lankan Tamil; Singapore and Malaysian Chinese; Japanese local papers; Korean; Iranian Persian; Tunisian,
Iraqi and Sudanese Arabic; Pakistani Urdu; Polish; Russian; Indonesian; Vietnamese), and 54 languages no
family touches (Aragonese, Mirandese, Ladino, Walloon, Limburgish, Alsatian, Venetian, Lombard, Piedmontese,
Ligurian, Neapolitan, Sicilian, Lower Sorbian, Rusyn, Latgalian, Võro, Aromanian, Chuvash, Ossetian, Chechen,
Buryat, Crimean Tatar, Gagauz, Zazaki, Konkani, Mizo, Hmong, Hiligaynon, Waray, Kapampangan, Bikol,
Chavacano, Acehnese, Banjar, Taiwanese Hokkien, Nigerian Pidgin, Krio, Tsonga, Venda, Swati, Northern Sotho,
Kikuyu, Luo, Fula, Mauritian Creole, Cape Verdean Creole, Sranan Tongo, Jamaican Patois, Aymara, Nahuatl,
Bislama, Tahitian, Chamorro, Assyrian Neo-Aramaic): 78 language groups in all (LANGUAGES).

The markups are ad servers, widgets, email and form tools, CMSs and front-end stacks the other families do not
name. Ads (fresh7_ads.py): Kargo, Ogury, Unruly, Undertone, Adagio, Livewrapped, Adnami, Projectagora,
Reklamstore, Yieldbird, R2B2, TenMax, Zucks, Ad Generation, Sublime, Invibes, Gourmet Ads, PubGuru, Newor
Media, htlbid, iq digital adtiles, AdGlare, AdPlugg, WordAds, PropellerAds, Coinzilla, Bitmedia, Adblade,
AdSkeeper, Adnow, Kiosked; ShowHeroes, Dailymotion, Kaltura, Digiteka Ultimedia, AnyClip, nexxPlay, Voltax
and Brightcove players; Adyoulike, Polar, Bidtellect, Zemanta, Engageya and Yahoo native cards; Rakuten and
Coupang Partners affiliate widgets; and (fresh7_slots.py) slots as Flutter web, ASP.NET Web Forms'
AdRotator, PrimeFaces, dijit, GWT, Marionette, Dioxus, Riot and Polymer render them, in W3.CSS, MDB, Tabler,
Basscss, Cirrus, Chota and Ark UI, with Atomizer, JSS, Griffel, Tamagui, Compiled and goober class names, in
Wagtail, django CMS, SilverStripe Elemental, Concrete CMS, dotCMS and Forem templates. Teasers
(fresh7_teasers.py, fresh7_boxes.py): local TV video links and newscast rails, public television segment
links, SNO student sites, Quintype, Vox Chorus, podcast episode cards and lists, trade-press briefs,
hyperlocal bullet lists; Notion, MkDocs Material, Asciidoctor, Discourse, Mastodon, Iframely, Embedly,
Eleventy, Hexo, Pelican, Wagtail, Concrete CMS and Forem; Swiffy Slider, Blaze Slider, egjs Flicking,
bxSlider and lightSlider carousels; the stacks, kits and names above; a <mark> kicker, a label after the
headline, a <video> figure, a lone headline behind an arrow. Sign-ups (fresh7_forms.py,
fresh7_forms_ui.py): Ortto, Iterable, Braze in-app messages, Cordial, Mailmodo, SendX, Encharge,
Letterdrop, Paragraph, Mailcoach, Keila, Elastic Email, PostUp, Newsletter Glue, WhatCounts, Selligent,
Acoustic, Mapp, Blueshift, SparkLoop Upscribe, MailUp, Spotler, Laposta, Evalanche, Mailrelay, E-goi,
Blastmail, DashaMail, Sendsay, eSputnik; Cognito Forms, Formstack, Wufoo, Paperform, Fillout, Kwes; support
pitches with a link or a button only (PressPatron, RevEngine, News Revenue Hub, Donorbox, Fundraise Up,
Givebutter, Patreon, Ko-fi, Buy Me a Coffee); contentpass and Sourcepoint pay-or-accept walls; iZooto,
PushEngage and Webpushr push opt-ins; forms in the stacks and kits above; a podcast's "follow" line.

It is meant to be measured once, as it stands: tuning the detector on it would spend it.

    VOCAB                                   the words, keyed like junk.UNLISTED (fresh7_words.py,
                                            fresh7_world.py)
    LANGUAGES                               the languages VOCAB holds
    ad_shapes(label, slot_id)               [(shape, html), ...] ad notices with their slots or cards
                                            (fresh7_ads.py, fresh7_slots.py)
    teaser_shapes(label, title, links)      [(shape, html), ...] single-link teasers (fresh7_teasers.py)
                                            and story boxes (fresh7_boxes.py)
    newsletter_shapes(prompt, subtext, legal, button, link_text, action)
                                            [(shape, html), ...] sign-up forms, pitches and sign-up links
                                            (fresh7_forms.py, fresh7_forms_ui.py)

Every html string is one root element (for lxml.html.fragment_fromstring) with its texts escaped. Ads may
hold <script> tags (ad tags do; an ad's text is its notice); teasers and sign-ups never do. Some shapes
vary from call to call (which creative a slot holds, whether a form shows its subtext), chosen by stable
numbers from the texts, so one shape name covers a few variants.
"""

from __future__ import annotations

from .fresh7_ads import server_shapes
from .fresh7_boxes import box_shapes
from .fresh7_forms import newsletter_shapes
from .fresh7_slots import slot_shapes
from .fresh7_teasers import single_shapes
from .fresh7_words import LANGUAGES, VOCAB

__all__ = ["LANGUAGES", "VOCAB", "ad_shapes", "newsletter_shapes", "teaser_shapes"]


def ad_shapes(label: str, slot_id: int) -> list[tuple[str, str]]:
    """Ad notices: the label with its slot (empty, a frame, a tag, a player) or a sponsored card."""
    return server_shapes(label, slot_id) + slot_shapes(label, slot_id)


def teaser_shapes(label: str, title: str, links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Single-link teasers (label + links[0]) and boxes of several story links under a title."""
    return single_shapes(label, links) + box_shapes(title, links)
