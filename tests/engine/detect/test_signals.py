"""Each signal of a block, measured on a small page."""

from __future__ import annotations

import re
from html import escape

import pytest

from newsclean.engine.detect import signals

from .pages import measured, page, story


def test_email_field_and_button():
    s = measured('<div><form action="/x"><input type="email" name="e"><button>Go</button></form></div>')
    assert s.email_input and s.submit and not s.search_form


def test_search_form_is_told_apart():
    s = measured('<div><form action="/find"><input type="text" name="q"><input type="submit"></form></div>')
    assert s.text_input and s.search_form and not s.email_input


@pytest.mark.parametrize(
    "html, slot, media",
    [
        ('<div><iframe src="https://securepubads.g.doubleclick.net/x"></iframe></div>', True, False),
        ('<div><iframe src="https://www.youtube.com/embed/abc"></iframe></div>', False, True),
        ('<div><ins class="x"></ins></div>', True, False),
    ],
)
def test_ad_frames_told_from_embedded_media(html, slot, media):
    s = measured(html)
    assert (s.slot, s.media) == (slot, media)


def test_empty_sized_box():
    s = measured('<div><p>Tangazo</p><div style="min-height:250px"></div></div>')
    assert s.empty_box and s.words == 1


def test_sentences_counted_on_the_whole_text():
    s = measured('<p>It is streaming on <a href="https://www.netflix.com/x">Netflix</a>.</p>')
    assert s.sentences == 1


def test_repeated_short_lines():
    lines = [signals.Signals(tag="p", text="Story goes on", words=3, chars=13) for _ in range(3)]
    signals.repeated_texts(lines)
    assert [s.repeats for s in lines] == [3, 3, 3]


def test_own_class_told_from_a_part_s():
    s = measured('<div class="share-tools"><a href="/x">Copy link</a></div>')
    assert "promo" in s.own_tokens
    s = measured('<div class="wrap"><div class="share-tools"><a href="/x">Copy link</a></div></div>')
    assert "promo" in s.tokens and "promo" not in s.own_tokens


def test_a_print_utility_class_is_no_promo():
    assert "promo" not in measured('<div class="d-print-none"><a href="/x">Explore</a></div>').tokens


# What a sentence end was before the count was made one pass (the pattern tried from every
# character, quadratic on a long text without a space): the count must not have changed.


_SENTENCE_END_AS_WAS = re.compile(r"\w[\w)\"'”’»]*[.!?。！？](?:\s|$)")


@pytest.mark.parametrize("text", [
    "One. Two! Three? four", "Ends here.", "(a) b.) c.\" d»", "x.y.z. and", "。！？ 文。", ")a)b)c. end.",
    "Mr. Smith went home. He slept.", "no end at all", "...", "a... b", "»Quote.« Next.",
])
def test_sentence_ends_counted_as_the_pattern_does(text):
    s = measured(f"<div>{escape(text)}</div>")
    assert s.sentences == len(_SENTENCE_END_AS_WAS.findall(s.text))


def test_a_long_text_without_a_space_holds_no_sentence():
    s = measured("<div>" + "Advertisement" * 20000 + "</div>")
    assert s.sentences == 0 and s.words == 1


def test_cards_of_one_template_whatever_numbers_their_classes():
    cards = "".join(
        f'<div class="item ipos-{n} irpos-{n}"><h4><a href="/2024/04/{slug}">{title}</a></h4>'
        f"<p>A columnist on what the week brought, and what it did not.</p></div>"
        for n, (slug, title) in enumerate([("police-prepare", "Police prepare for the summer festival"),
                                           ("farmers-brace", "Farmers brace for a long dry season"),
                                           ("port-expansion", "Port expansion wins approval at last")], 1))
    assert measured(f'<div class="group">{cards}</div>').cards == 3


def test_an_empty_box_s_spoken_name_is_its_words():
    """An empty slot that says what it is only to screen readers: its aria-label's words count."""
    s = measured('<aside aria-label="Advertisement" style="min-height:250px"><div id="slot-3"></div></aside>')
    assert s.words == 0 and s.vocab.get("ad") == ["advertisement"]
    assert not measured('<aside style="min-height:250px"><div id="slot-3"></div></aside>').vocab


def test_a_box_named_for_media_holding_only_an_ad_s_slot_is_not_the_story_s():
    s = measured('<div class="media-break"><p>Paid partnership</p><object data="/r?z=2" width="300" height="250"></object></div>')
    assert s.slot and not s.media and "story" not in s.own_tokens
    photo = measured('<div class="media-break"><img src="/p/council.jpg" alt=""><p>The council chamber</p></div>')
    assert "story" in photo.own_tokens


def test_the_name_a_box_with_text_gives_screen_readers_is_read_for_listed_words():
    s = measured('<section aria-label="Anzeige" class="story-break"><h2>Kuulutus</h2></section>')
    assert "ad" in s.named and "ad" not in s.vocab
    assert not measured('<section class="story-break"><h2>Kuulutus</h2></section>').named


@pytest.mark.parametrize(("html", "hidden"), [
    ('<div class="c-divider" aria-hidden="true"><hr><span>Kuulutus</span><hr></div>', True),
    ('<div class="c-badge"><span aria-hidden="true">Kuulutus</span></div>', True),
    ('<div class="c-badge"><span aria-hidden="false">Kuulutus</span></div>', False),
    ('<div class="c-badge">Kuulutus <span aria-hidden="true">*</span></div>', False),  # (its words are read out)
])
def test_a_short_line_hidden_from_screen_readers(html, hidden):
    assert measured(html).unspoken is hidden


@pytest.mark.parametrize("html, in_sentence", [
    # a label before a headline: a teaser's line
    ('<p>Lee también: <a href="/2024/05/barcelona-restringe-el-trafico">Barcelona restringe el tráfico</a></p>', False),
    ('<p>READ: <a href="/2024/05/the-port-deal">The port deal, explained</a> (VIDEO)</p>', False),
    # a link that goes on a sentence: its text begins in lower case, or words follow it
    ('<p>Barcelona también <a href="/2022/03/trafico">restringió el tráfico en 2020</a>.</p>', True),
    ('<p>Anche la stazione <a href="/2023/01/barberini">Barberini era rimasta chiusa</a> per mesi.</p>', True),
])
def test_a_link_in_a_sentence_is_told_from_a_label_s_link(html, in_sentence):
    assert measured(html).link_in_sentence is in_sentence



_BLURB = (
    "<strong>Dapatkan berita terkini terus ke e-mel anda</strong> Ringkasan berita pilihan setiap pagi, terus ke"
    " peti masuk anda."
)


@pytest.mark.parametrize(
    "html, found",
    [  # a longer blurb with a way to sign up: its sign-up words outside the link are read
        (f'<div id="b"><p>{_BLURB}</p><a role="button" href="/go/briefing">Get it by email</a></div>',
         {"e mel", "peti masuk"}),  # (words as the matcher folds them)
        # the link's own words are not the blurb's ("Order Reprints | Today's Paper | Subscribe")
        ('<div id="b"><p>A version of this article appears in print on Page A1 of the New York edition with'
         ' the headline: Rates Rise Again.</p><a href="/reprints">Order Reprints</a> <a href="/subscribe">'
         'Subscribe</a></div>', set()),
        # with an email field the field tells it; with no way to act, nothing is looked for
        (f'<div id="b"><p>{_BLURB}</p><form><input type="email"><button>Go</button></form></div>', set()),
        (f'<div id="b"><p>{_BLURB}</p></div>', set()),
    ],
)
def test_a_sign_up_blurb_s_words(html, found):
    pg = page(story(html))
    s = signals.measure(pg, pg.root.get_element_by_id("b"), "after")
    assert s.words > signals.PROMPT_WORDS and set(s.signup_words) == found


def test_a_component_with_a_target_is_a_link():
    # Ionic's and Material Web's list items are links of their own, with no <a> inside
    items = "".join(
        f'<ion-item href="/2024/05/{slug}"><ion-label><h3>{title}</h3><p>May {n}, 2024</p></ion-label></ion-item>'
        for n, (slug, title) in enumerate([
            ("port-expansion-wins-approval", "Port expansion wins approval at last"),
            ("schools-reopen-after-the-storm", "Schools reopen after the storm"),
            ("farmers-brace-for-a-dry-season", "Farmers brace for a long dry season"),
        ], 3)
    )
    s = measured(f"<ion-list><ion-list-header>Mehr zum Thema</ion-list-header>{items}</ion-list>")
    assert s.links == 3 and s.headline_links == 3 and s.same_site_headlines == 3
    # a component without a target is no link
    assert measured("<ion-list><ion-item><ion-label>Port expansion wins approval</ion-label></ion-item></ion-list>").links == 0
