"""Each signal of a block, measured on a small page."""

from __future__ import annotations

import re
from html import escape

import pytest

from newsclean.engine.detect import blocks, signals

from .pages import page, story


def measured(block_html: str) -> signals.Signals:
    pg = page(story(block_html))
    found = blocks.find_story(pg)
    (block,) = [b for b in found.blocks if b.position == "between"]
    return signals.measure(pg, block.el, block.position)


def test_headline_links_to_the_same_site_counted():
    s = measured('<ul><li><a href="/2024/04/police-prepare-for-the-festival">Police prepare for the summer festival</a></li>'
                 '<li><a href="/sport/local-team-wins-the-cup-final">Local team wins the cup final again</a></li></ul>')
    assert (s.links, s.headline_links, s.same_site_headlines, s.offsite_links) == (2, 2, 2, 0)
    assert s.link_share == 1.0


def test_a_short_link_is_no_headline():
    s = measured('<p><a href="/tag/transit">Transit</a></p>')
    assert s.links == 1 and s.headline_links == 0


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


def test_class_tokens_split_and_joined():
    el = page(b'<html><body><div class="inlineAd__label related-stories" id="nl_box"></div></body></html>').body[0]
    tokens = signals.class_tokens(el)
    assert {"inline", "ad", "label", "related", "stories", "relatedstories", "nl", "box"} <= tokens


@pytest.mark.parametrize(
    ("href", "signs_up"),
    [
        ("/newsletters/morning", True),
        ("https://www.example.com/account/mailing", True),
        ("/mailing-list?from=story", True),
        ("/2024/05/mailing-ballots-delayed-again", False),  # a story about the mail
    ],
)
def test_sign_up_target(href, signs_up):
    assert measured(f'<p>Get the morning email <a href="{href}">here</a></p>').signup_link is signs_up


def test_sentences_counted_on_the_whole_text():
    s = measured('<p>It is streaming on <a href="https://www.netflix.com/x">Netflix</a>.</p>')
    assert s.sentences == 1


def test_sentence_ends_counted_up_to_the_cap():
    assert signals.sentence_ends("One. Two! Three? Four. Five.") == signals.SENTENCES_CAP == 3
    assert signals.sentence_ends("A line. And half of another") == 1
    assert signals.sentence_ends("... !!! 3.5 percent") == 0  # no word before the mark


def test_repeated_short_lines():
    lines = [signals.Signals(tag="p", text="Story goes on", words=3, chars=13) for _ in range(3)]
    signals.repeated_texts(lines)
    assert [s.repeats for s in lines] == [3, 3, 3]


def test_words_in_unspaced_scripts():
    assert signals.words_in("広告") == 1 and signals.words_in("two words") == 2
    # Thai, Lao, Khmer and Myanmar spell a word out in letters and marks: some four characters a word
    assert signals.words_in("เนื้อหาที่ได้รับการสนับสนุน") == 6  # "sponsored content": 5 words written out
    assert signals.words_in("ການໂຄສະນາ") == 2 and signals.words_in("ការផ្សាយពាណិជ្ជកម្ម") == 4
    assert signals.words_in("ကြော်ငြာ") == 2
    assert signals.words_in("ได้") == 1 and signals.words_in("广") == 1  # a word shorter than the unit: a word, not none


@pytest.mark.parametrize(
    "href",
    [
        "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.org%2Fx",
        "https://twitter.com/intent/tweet?text=Transit&url=https%3A%2F%2Fnews.example.org%2Fx",
        "https://www.linkedin.com/shareArticle?mini=true&url=https%3A%2F%2Fnews.example.org%2Fx",
        "https://pinterest.com/pin/create/button/?url=https%3A%2F%2Fnews.example.org%2Fx",
        "https://wa.me/?text=https%3A%2F%2Fnews.example.org%2Fx",
        "mailto:?subject=Transit%20plan&body=https%3A%2F%2Fnews.example.org%2Fx",
    ],
)
def test_share_buttons_counted_without_text(href):
    s = measured(f'<div><a href="{href}"><svg></svg></a><a href="{href}&x=1"><svg></svg></a></div>')
    assert s.share_links == 2 and s.links == 0  # icons: no link text, still share buttons


def test_a_link_to_a_network_profile_is_no_share_button():
    assert measured('<p><a href="https://twitter.com/citycouncil">the council’s account</a></p>').share_links == 0


@pytest.mark.parametrize(
    "line, label",
    [("Read more:", True), ("Lesen Sie auch »", True), ("More from us ›", True),
     ("«Storming the Sazerac»", False), ("‹Quoted› line ›", True), ("‹Quoted›", False), ("A title", False)],
)
def test_label_ends(line, label):
    assert signals.label_ends(line) is label


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


def test_a_link_to_a_picture_is_no_headline():
    s = measured('<p><a href="/2024/04/photos/council-meeting-in-full.jpg">The council meeting on Tuesday evening</a></p>')
    assert s.links == 1 and s.headline_links == 0


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


@pytest.mark.parametrize(("html", "worth"), [
    ('<div class="c-divider" aria-hidden="true"><hr><span>Kuulutus</span><hr></div>', True),
    ('<div class="c-badge"><span aria-hidden="true">Ilmoitus tässä</span></div>', True),
    ('<div class="c-badge"><span>Kuulutus</span></div>', False),  # (a short line and nothing else: a credit, a name)
    ('<div class="stat__figure" aria-hidden="true">$4.2 billion</div>', False),  # (a figure drawn for the eye)
    # (more than a few words hidden is a repeated quote or a summary, not a label)
    ('<div aria-hidden="true"><span>The vote was the first of its kind in the town</span></div>', False),
])
def test_a_short_line_hidden_from_screen_readers_is_worth_measuring(html, worth):
    pg = page(story(html))
    found = blocks.find_story(pg)
    (block,) = [b for b in found.blocks if b.position == "between"]
    assert signals.worth_measuring(pg, block.el) is worth


CARD = ('<div class="card"><a class="card__link" href="/2024/04/police-prepare-for-the-festival"> </a>'
        '<img src="/img/festival.jpg" alt=""><div class="card__text"><h3>Read also</h3>'
        '<h4>Police prepare for the summer festival in the old town</h4><p>By Ann Lee</p><p>3 hours ago</p></div></div>')


def test_a_card_an_empty_link_is_laid_over_is_that_link_s_headline():
    """A "stretched" link: empty, laid over its card by the stylesheet; the card's words are the link's."""
    s = measured(CARD)
    assert (s.links, s.headline_links, s.same_site_headlines) == (1, 1, 1) and s.link_share == 1.0


@pytest.mark.parametrize("html", [
    # an author's bio with icon links to networks: the links are to profiles, not stories
    '<div class="bio"><a href="https://twitter.com/annlee"></a><h4>Ann Lee covers the city and its transport</h4>'
    '<p>Ann joined the paper in 2017.</p></div>',
    # an empty link in a line of text, and an anchor with no address
    '<p>The plan <a href="/2024/04/police-prepare-for-the-festival"></a> was approved by the council on Tuesday.</p>',
    '<div><a name="vote"></a><h4>Police prepare for the summer festival in the old town</h4></div>',
    # a card holding a link with words of its own: that link is the card's, not the empty one
    CARD.replace("<p>By Ann Lee</p>", '<p><a href="/authors/ann-lee">Ann Lee</a></p>'),
    # the story's own photo, its lightbox laid over it, and a subheading linked to the story itself
    '<figure class="photo"><a class="lightbox" href="/2024/05/city-council-votes-on-the-new-transit-plan?photo=2">'
    '</a><img src="/img/bus.jpg" alt=""><h4>Commuters wait for the number 12 bus</h4><figcaption>Photo: Jane Doe'
    '</figcaption></figure>',
    '<div class="section-head"><a class="share" href="/2024/05/city-council-votes-on-the-new-transit-plan"></a>'
    '<h2>Where the new lines will run in the city</h2></div>',
    '<div class="photo"><a class="overlay" href="/gallery/2024/05/transit-plan-in-pictures"></a><img src="/i.jpg" alt="">'
    '<h4>Commuters wait for the number 12 bus</h4><figcaption>Commuters queue at the station.</figcaption></div>',
])
def test_an_empty_link_laid_over_nothing_like_a_card_is_no_headline(html):
    s = measured(html)
    assert s.same_site_headlines == 0 and s.link_chars <= len("Ann Lee")


@pytest.mark.parametrize("html", [
    '<div class="dont-miss"><a href=""><strong>Don\'t Miss:</strong> <span class="title"></span></a></div>',
    '<h3><a name="the-vote">How the vote went on Tuesday</a></h3>',
])
def test_an_anchor_that_goes_nowhere_yet_holds_no_link_s_words(html):
    """`<a name>`, or the `<a href="">` a script fills in with a story's title: no target, no link."""
    s = measured(html)
    assert s.links == 0 and s.link_chars == 0 and s.nonlink_words == s.words > 0
    if "dont-miss" in html:  # ("don't miss" names a teaser box as "must read" does)
        assert s.tokens.get("teaser") == ["dontmiss"]
