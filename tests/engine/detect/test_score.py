"""The scorer: each kind's evidence and what speaks against it, with the reasons it gives."""

from __future__ import annotations

import pytest

from newsclean.engine.detect import score
from newsclean.engine.detect.signals import Signals

from .pages import measured


def sig(**kw) -> Signals:
    base = dict(tag="div", text="x", words=1, chars=1, position="between")
    base.update(kw)
    return Signals(**base)


def test_ad_slot_with_token_goes():
    s = sig(text="", words=0, chars=0, slot=True, tokens={"ad": ["ad"]})
    best = score.best(s)
    assert best.kind == "ad" and best.points >= score.REMOVE
    assert any("ad slot" in w for w in best.why)


def test_unknown_label_over_an_empty_box_goes():
    s = sig(text="Tangazo", words=1, chars=7, empty_box=True)
    assert score.best(s).points >= score.REMOVE


def test_a_sentence_is_no_ad():
    s = sig(text="The ad campaign was launched on Monday by the ministry.", words=10, chars=55, sentences=1,
            nonlink_words=10, vocab={"ad": ["ad"]})
    assert score.best(s).points < score.MARK


def test_box_of_headline_links_goes():
    s = sig(words=30, chars=200, links=3, link_chars=190, headline_links=3, same_site_headlines=3, label="Our picks",
            label_words=2)
    best = score.best(s)
    assert best.kind == "teaser" and best.points >= score.REMOVE


def test_share_buttons_with_their_words_for_screen_readers_go():
    """WordPress's buttons: "Click to share on Twitter (Opens in new window)", each a link to the
    page's own address with `?share=twitter`: many words, all of them the links'."""
    s = sig(words=32, chars=190, links=4, link_chars=178, share_links=4, label="Share this:", label_words=2,
            nonlink_words=2, position="after")
    best = score.best(s)
    assert best.kind == "promo" and best.points >= score.REMOVE
    # (a paragraph of its own words with two share links in it is somebody's text)
    said = sig(words=40, chars=240, links=2, link_chars=30, share_links=2, nonlink_words=36, sentences=2)
    assert score.best(said).points < score.MARK


def test_links_to_other_sites_without_teaser_words_are_sources():
    s = sig(words=30, chars=200, links=3, link_chars=190, headline_links=3, offsite_links=3)
    assert score.best(s).points < score.REMOVE


def test_untitled_list_of_links_in_the_story_is_only_marked():
    s = sig(tag="ul", words=30, chars=200, links=3, link_chars=190, headline_links=3, same_site_headlines=3)
    assert score.MARK <= score.best(s).points < score.REMOVE


def test_email_form_goes_whatever_its_words():
    s = sig(text="Jiunge na jarida letu", words=4, chars=21, email_input=True, submit=True)
    best = score.best(s)
    assert best.kind == "newsletter" and best.points >= score.REMOVE
    assert "email field (+3.0)" in best.why


def test_comment_form_is_no_newsletter():
    s = sig(words=20, chars=100, email_input=True, submit=True, textarea=True)
    assert score.newsletter(s).points < score.REMOVE


@pytest.mark.parametrize("words", [81, 200])
def test_many_words_are_no_newsletter(words):
    s = sig(words=words, chars=words * 6, email_input=True, submit=True)
    assert score.newsletter(s).points < score.REMOVE


def test_story_furniture_tokens_lower_the_score():
    plain = score.best(sig(text="Share", words=1, links=1, tokens={"promo": ["share"]}, vocab={"promo": ["share"]}))
    caption = score.best(sig(text="Share", words=1, links=1, tokens={"promo": ["share"], "story": ["caption"]},
                             vocab={"promo": ["share"]}))
    assert caption.points == pytest.approx(plain.points - 1.5)


def test_explain_names_kind_points_and_reasons():
    best = score.best(sig(text="", words=0, chars=0, slot=True, tokens={"ad": ["dfp"]}))
    text = best.explain()
    assert text.startswith("ad ") and "ad class/id (dfp)" in text and "between story paragraphs" in text


CARD = dict(tag="div", text="Meghan reveals concerns within the royal family", words=7, chars=48, link_chars=48,
            links=1, headline_links=1, same_site_headlines=1, media=True, tokens={"story": ["caption", "media"]})


def test_a_rich_link_card_in_a_wrapper_named_for_media_goes():
    best = score.best(sig(**CARD))
    assert best.kind == "teaser" and best.points >= score.REMOVE


def test_a_photo_s_caption_linked_to_its_gallery_stays():
    s = sig(**{**CARD, "text": "The carrier leaves its base in Portsmouth.", "sentences": 1})
    assert score.best(s).points < score.MARK


def test_a_card_s_dateline_is_not_somebody_s_text():
    label = "10 de febrero de 2021 07:30 AM"
    s = sig(text=f"Cómo crear un negocio sin perder tiempo {label}", words=14, chars=70, link_chars=40, links=1,
            headline_links=1, same_site_headlines=1, label=label, label_words=7, nonlink_words=7,
            tokens={"teaser": ["related"]})
    assert score.best(s).points >= score.REMOVE
    assert score.best(sig(**{**s.__dict__, "label": "Read what the council said about it", "label_words": 7})).points < score.REMOVE


def test_a_box_named_for_its_kind_beside_a_generic_wrapper_name():
    s = sig(tag="h2", text="Sign up for the newsletter", words=5, chars=26, heading=True, vocab={"newsletter": ["sign up"]},
            tokens={"newsletter": ["newsletter", "signup"], "story": ["box"]}, own_tokens={"newsletter", "story"})
    assert score.best(s).points >= score.REMOVE
    s.tokens["story"] = ["box", "caption"]  # a caption's name still speaks for the story
    assert score.best(s).points < score.REMOVE


def test_a_box_passes_its_own_story_name_to_its_parts():
    s = sig(tokens={"story": ["author", "sources"]})
    assert score.story_names(s, {"sources", "list"}) == {"sources"}  # its own class, not a name near its top


@pytest.mark.parametrize(
    "tokens, own",
    [
        ({"story": ["box", "media"]}, {"box", "media"}),  # a wrapper's or a medium's name says nothing of its parts
        ({"story": ["sources"], "ad": ["promoted"]}, {"sources"}),  # junk named anywhere near its top
    ],
)
def test_a_box_passes_no_name_that_says_nothing(tokens, own):
    assert score.story_names(sig(tokens=tokens), own) == set()


def test_a_heading_that_is_only_a_share_label_is_no_story_heading():
    s = sig(tag="h6", text="Teilen:", words=1, chars=7, heading=True, label="Teilen:", label_words=1,
            vocab={"promo": ["teilen"]}, vocab_share=1.0, position="end")
    assert not any("heading of the story" in w for w in score.best(s).why)
    t = sig(tag="h3", text="Share the road", words=3, chars=14, heading=True, vocab={"promo": ["share"]}, vocab_share=0.34)
    assert any("heading of the story" in w for w in score.best(t).why)


def test_an_ad_label_set_as_a_note_between_paragraphs_goes_a_disclosure_ahead_of_the_story_is_kept():
    base = dict(text="Sponzorisani sadržaj", words=2, chars=20, label="Sponzorisani sadržaj", label_words=2,
                nonlink_words=2, tokens={"story": ["note"]}, own_tokens={"story"}, vocab={"ad": ["sponzorisani"]})
    assert score.best(sig(position="between", **base)).points >= score.REMOVE
    assert score.best(sig(position="before", **base)).points < score.REMOVE
    credit = dict(base, tokens={"story": ["note", "credit"]})
    assert score.best(sig(position="between", **credit)).points < score.REMOVE


def test_a_short_line_in_a_box_named_an_ad_for_screen_readers_goes_whatever_its_words():
    """`<section aria-label="Advertisement"><h2>Kuulutus</h2></section>`: the box's name says what
    it is, in whatever language its line is written; a box named otherwise is no ad."""
    label = dict(text="Kuulutus", words=1, chars=7, tag="section", heading=True)
    named = score.best(sig(**label, named={"ad": ["advertisement"]}))
    assert named.kind == "ad" and named.points >= score.REMOVE
    assert any("named an ad for screen readers" in w for w in named.why)
    assert score.best(sig(**label, named={"teaser": ["related"]})).points < score.MARK
    # (a sentence in such a box is somebody's text, not a label)
    said = dict(text="The council met again on Tuesday to vote on the plan.", words=11, chars=55, sentences=1)
    assert score.best(sig(**said, named={"ad": ["advertisement"]})).points < score.MARK


def test_a_notice_that_the_story_goes_on_said_otherwise_goes():
    from newsclean.engine.detect.wording import listed

    for line in ("The story goes on after this message", "L'article se poursuit après la publicité",
                 "L'articolo prosegue sotto"):
        vocab = listed(line)
        share = sum(len(w.split()) for found in vocab.values() for w in set(found)) / len(line.split())
        s = sig(text=line, words=len(line.split()), chars=len(line), vocab=vocab, vocab_share=share)
        best = score.best(s)
        assert best.kind == "ad" and best.points >= score.MARK, (line, best)
    # a live blog's entry that says when the sitting goes on is no notice
    line = "Die Sitzung wird nach der Mittagspause fortgesetzt"
    s = sig(text=line, words=7, chars=len(line), vocab=listed(line), vocab_share=2 / 7)
    assert score.ad(s).points >= score.MARK  # (alone, it could be a notice)
    assert score.ad(sig(**{**s.__dict__, "story_term": True})).points < score.MARK  # it names the story's sitting
    line = "La suite des débats après 21 h 30"
    assert score.ad(sig(text=line, words=8, chars=len(line), vocab=listed(line), vocab_share=2 / 8)).points < score.MARK


def test_a_short_line_hidden_from_screen_readers_goes_a_longer_one_does_not():
    assert score.best(sig(text="Kuulutus", words=1, chars=7, unspoken=True)).points >= score.REMOVE
    assert score.best(sig(text="Kuulutus", words=1, chars=7)).points < score.MARK
    # (four words at most: a pull quote hidden because it repeats the story is longer)
    quote = "Nobody expected the vote to pass so quickly, said the mayor."
    assert score.best(sig(text=quote, words=11, chars=len(quote), sentences=1, unspoken=True)).points < score.MARK


def test_a_line_that_is_nothing_but_an_ad_notice_s_words_goes():
    from newsclean.engine.detect.wording import listed

    for line, tag in (("Publizitatea", "p"), ("বিজ্ঞাপন", "div"), ("Hysbyseb", "div"), ("ANZEIGE", "span")):
        s = sig(text=line, words=1, chars=len(line), tag=tag, vocab=listed(line), vocab_share=1.0)
        best = score.best(s)
        assert best.kind == "ad" and best.points >= score.REMOVE, (line, best)
        assert any("nothing but an ad notice's words" in w for w in best.why)
    # (set as a heading it may be the story's own section, "Advertising" in a story of the trade: marked)
    s = sig(text="Advertising", words=1, chars=11, tag="h2", heading=True, vocab=listed("Advertising"), vocab_share=1.0)
    assert score.MARK <= score.best(s).points < score.REMOVE
    # (a line that says more than the notice's words is only marked: a story's "Sponsored by the council")
    line = "Sponsored by the city council"
    s = sig(text=line, words=5, chars=len(line), vocab=listed(line), vocab_share=0.2)
    assert score.MARK <= score.best(s).points < score.REMOVE


def test_a_line_that_is_nothing_but_a_continues_below_notice_goes_set_as_a_note_too():
    """"Fortsetzung unten", "Raksts turpinās zemāk": a notice that the story goes on, alone on its
    line, is as whole a notice as the slot's label; a story's note, set as a note, says more."""
    from newsclean.engine.detect.wording import listed

    for line in ("Fortsetzung unten", "Raksts turpinās zemāk", "Continues below"):
        base = dict(text=line, words=len(line.split()), chars=len(line), vocab=listed(line), vocab_share=1.0)
        for where in ("between", "after"):
            best = score.best(sig(position=where, tokens={"story": ["note"]}, own_tokens={"story"}, **base))
            assert best.kind == "ad" and best.points >= score.REMOVE, (line, where, best)
        # (ahead of the story, set as a note, it may be a disclosure of the story's: kept)
        assert score.best(sig(position="before", tokens={"story": ["note"]}, **base)).points < score.REMOVE
    # (a note that says more than the notice's words is the story's: "Editor's note: the story continues below")
    line = "Editor's note: this story continues below the map"
    s = sig(text=line, words=8, chars=len(line), vocab=listed(line), vocab_share=0.4, tokens={"story": ["note"]})
    assert score.best(s).points < score.REMOVE


def test_a_figure_hidden_from_screen_readers_is_no_label():
    """A number drawn for the eye ("$4.2 billion", read out in the story's words) is no ad's divider."""
    assert score.best(sig(text="$4.2 billion", words=2, chars=12, unspoken=True)).points < score.MARK


def test_a_sign_up_frame_s_caption_is_the_frame_s():
    """A newsletter service's frame embedded as a figure with its caption: the caption names no photo."""
    frame = sig(tag="figure", text="Get the news by email", words=5, chars=21, signup_frame=True, media=True,
                tokens={"story": ["caption"]})
    assert score.best(frame).points >= score.REMOVE
    # (a photo's caption beside it is still the story's)
    photo = sig(tag="figure", text="Get the news by email", words=5, chars=21, media=True, tokens={"story": ["caption"]})
    assert score.best(photo).points < score.MARK


@pytest.mark.parametrize("html, kind", [
    ("<p>Die Gemeinde hat Anzeige erstattet.</p>", "ad"),  # a complaint filed, not a notice
    ("<p>ومن المتوقع إعلان النتائج الأولية يوم الثلاثاء.</p>", "ad"),  # an announcement expected
])
def test_a_word_a_sentence_uses_is_no_notice(html, kind):
    """A listed word in a sentence of the story says nothing of the site's own notice."""
    got = score.best(measured(html))
    assert got.kind != kind or got.points < score.MARK, got


@pytest.mark.parametrize("html, kind", [
    ("<p>Advertisement</p>", "ad"),
    ("<p>Story continues below advertisement.</p>", "ad"),
    ('<p>Sign up for our newsletter: <a href="https://acme.substack.com/subscribe">subscribe</a></p>', "newsletter"),
])
def test_a_notice_and_a_call_still_score(html, kind):
    got = score.best(measured(html))
    assert got.kind == kind and got.points >= score.MARK, got


def test_a_blurb_that_says_two_things_of_a_sign_up_goes_one_word_is_a_story_s():
    blurb = dict(text="x " * 20, words=20, chars=40, submit=True, position="after")
    two = score.best(sig(**blurb, signup_words=("newsletter", "inbox")))
    assert two.kind == "newsletter" and two.points >= score.REMOVE
    assert any("blurb" in w for w in two.why)
    # "This analysis first appeared in Money Matters, our weekly newsletter": one word, no sign-up
    assert score.newsletter(sig(**blurb, signup_words=("newsletter",))).points == 0


def test_a_card_whose_link_is_paid_for_goes_a_review_s_verdict_box_with_one_does_not():
    card = sig(text="Meridian Wealth So sparen Familien bei den Heizkosten", words=8, chars=52, links=1,
               link_chars=40, paid_links=1, media=True)
    best = score.best(card)
    assert best.kind == "ad" and best.points >= score.REMOVE and any("rel=sponsored" in w for w in best.why)
    # "Il giudizio — Pro: … Contro: … Voto: 8/10 — Acquista su Amazon": the paid link is a small part of it
    verdict = sig(text="x " * 22, words=22, chars=150, links=1, link_chars=30, paid_links=1, position="after")
    assert score.ad(verdict).points == 0
    # a paid link beside the site's own headline links is no native ad's card
    assert score.ad(sig(**{**card.__dict__, "same_site_headlines": 1})).points < score.REMOVE


def test_a_listed_word_on_a_row_of_data_is_the_row_s_unless_more_than_words_say_junk():
    row = dict(text="Inscrits : 31 402", words=4, chars=17, vocab={"newsletter": ["inscrits"]}, rows=True)
    assert score.best(sig(**row)).points < score.MARK
    assert score.best(sig(**{**row, "rows": False})).points >= score.MARK  # alone, it reads as a prompt
    # a field says it is a sign-up whatever its rows
    assert score.best(sig(**row, email_input=True)).points >= score.REMOVE
    ad_row = dict(text="Sponsor: PKO Bank Polski", words=4, chars=24, vocab={"ad": ["sponsor"]}, rows=True)
    assert score.ad(sig(**ad_row)).points < score.MARK
    assert score.ad(sig(**ad_row, empty_box=True)).points >= score.REMOVE


def test_a_content_form_s_name_needs_a_promo_s_doing():
    box = dict(text="Yes 54% No 41%", words=4, chars=14, links=1, link_chars=4, tokens={"promo": ["poll"]},
               own_tokens={"promo"})
    assert score.promo(sig(**box)).points < score.MARK  # a poll's results
    assert score.promo(sig(**box, submit=True)).points >= score.MARK  # a poll asking the reader to vote
    assert score.promo(sig(**{**box, "tokens": {"promo": ["promo"]}})).points >= score.MARK


def test_a_sentence_said_twice_is_somebody_s_a_notice_twice_is_a_notice():
    assert score.ad(sig(text="Yes.", words=1, chars=4, sentences=1, repeats=2)).points < score.MARK
    assert score.ad(sig(text="Advertisement", words=1, chars=13, vocab={"ad": ["advertisement"]}, vocab_share=1.0,
                        repeats=2)).points >= score.REMOVE


def test_a_heading_over_the_story_s_next_paragraph_is_its_section_s_title():
    h = dict(tag="h3", text="Werbung", words=1, chars=7, heading=True, vocab={"ad": ["werbung"]}, vocab_share=1.0)
    assert score.best(sig(**h)).points >= score.MARK  # a label set as a heading
    assert score.best(sig(**h, titles_prose=True)).points < score.MARK


def test_a_list_the_story_introduces_is_its_own():
    cards = dict(tag="ul", text="x " * 12, words=12, chars=90, links=3, link_chars=90, headline_links=3,
                 same_site_headlines=3, cards=3)
    assert score.best(sig(**cards)).points >= score.REMOVE
    assert score.best(sig(**cards, introduced=True)).points < score.MARK


def test_a_box_named_a_card_says_it_is_a_teaser_with_a_headline_link_or_its_few_words():
    box = dict(text="x " * 14, words=14, chars=60, links=1, link_chars=10, tokens={"teaser": ["widget"]})
    assert score.teaser(sig(**box)).points == 0  # a box of figures with a link to its source
    assert score.teaser(sig(**box, headline_links=1)).points > 0
    assert score.teaser(sig(**{**box, "words": 3, "text": "More from us"})).points > 0


def test_a_short_line_beside_a_script_that_draws_there_goes_between_the_story_s_paragraphs_only():
    from newsclean.engine import detect

    from .pages import page, story

    tag = '<div class="x-unit"><span>Tangazo la biashara</span><script src="//cdn.example.net/invoke.js"></script></div>'
    found = detect.find(page(story(tag)))
    assert [(f.score.kind, f.action) for f in found] == [("ad", "remove")]
    assert any("script that draws" in w for w in found[0].score.why)
    # the same shape after the story is a sidebar widget's title ("Translation", "From Twitter")
    assert detect.find(page(story(after=tag.replace("x-unit", "widget-box")))) == []
    # a field's label beside the script of its form is no slot's label
    field = '<div><label>Kommentar</label><textarea name="c"></textarea><script>init()</script></div>'
    assert not [f for f in detect.find(page(story(field))) if f.score.kind == "ad"]
    # a block of data for other code beside a short line draws nothing
    data = '<div><span>Fakten</span><script type="application/ld+json">{"a": 1}</script></div>'
    assert detect.find(page(story(data))) == []


def test_sign_up_words_over_a_form_drawn_in_go():
    """A prompt with sign-up words over an embedded form (a form service's frame) or a box a script
    draws one in: the form is not on the page, the prompt says what it is. Over a photo, or
    saying more than a prompt, it is a caption or the story's line."""
    from newsclean.engine.detect.wording import listed

    line = "Get the week's best stories in your inbox"
    base = dict(text=line, words=8, chars=len(line), vocab=listed(line))
    assert "newsletter" in base["vocab"]
    for drawn in (dict(frame=True, media=True), dict(empty_box=True)):
        best = score.best(sig(**base, **drawn))
        assert best.kind == "newsletter" and best.points >= score.REMOVE, (drawn, best)
    assert score.best(sig(**base)).points < score.REMOVE
    assert score.best(sig(**base, media=True)).points < score.REMOVE  # (a photo and its caption)


def test_a_medium_named_beside_junk_in_one_class_is_what_the_junk_promotes():
    """`audio-promo`, `video-teaser`: the class names a medium and junk at once; the medium is what
    the box promotes, not the story's sound or photo. A box named for the medium alone is the story's."""
    line = "The central bank pushes back on a record heat wave"
    box = dict(text=line, words=10, chars=len(line), links=1, headline_links=1, same_site_headlines=1,
               link_chars=len(line))
    named = score.best(sig(**box, tokens={"story": ["audio"], "promo": ["promo"]}, own_tokens={"story", "promo"}))
    assert named.kind == "teaser" and named.points >= score.REMOVE, named
    alone = score.best(sig(**box, tokens={"story": ["audio"]}, own_tokens={"story"}))
    assert alone.points < score.REMOVE


def test_a_labelled_link_in_a_figure_is_a_link_embed_not_a_caption():
    """A figure holding one link to another story of the site and a figcaption that is a label
    ("Mwy am hyn:"): a link embed's card. A figure with a photo and a caption stays the story's."""
    line = "Os agricultores criticam a reforma tributária"
    embed = dict(text=line + " Mwy am hyn:", words=8, chars=len(line) + 13, links=1, headline_links=1,
                 same_site_headlines=1, link_chars=len(line), label="Mwy am hyn:", label_words=3,
                 tokens={"story": ["caption"]}, tag="figure")
    assert score.best(sig(**embed)).points >= score.REMOVE
    photo = dict(text="The council chamber on Tuesday. Photo: Reuters", words=7, chars=46, media=True,
                 tokens={"story": ["caption"]}, tag="figure", sentences=1)
    assert score.best(sig(**photo)).points < score.MARK


@pytest.mark.parametrize("label", ["Pour aller plus loin :", "On the same subject: →"])
def test_a_label_s_words_are_those_with_letters(label):
    """French sets its colon apart and a kicker may end in an arrow: neither is a word of the label
    before a lone headline link."""
    line = "Le gouvernement critique la réforme fiscale"
    s = sig(text=f"{label} {line}", words=len(label.split()) + 6, chars=len(label) + len(line) + 1, links=1,
            headline_links=1, same_site_headlines=1, link_chars=len(line), label=label,
            label_words=len(label.split()))
    assert any("before the link" in w for w in score.best(s).why)


def test_a_list_of_story_cards_carrying_their_dates_and_pictures_is_not_the_story_s():
    """The dates and thumbnails each card carries (`news-date-time`, `show-image`) are the cards';
    a chart, a map, a video still name the story's own."""
    cards = dict(text="Most read 4h The police prepare the plan 5h The council votes", words=13, chars=60,
                 links=4, headline_links=4, same_site_headlines=4, cards=4, link_chars=50, label="Most read",
                 label_words=2)
    dated = score.best(sig(**cards, tokens={"story": ["date"]}))
    assert dated.kind == "teaser" and dated.points >= score.REMOVE, dated
    pictured = score.best(sig(**cards, tokens={"story": ["image", "date"]}))
    assert pictured.kind == "teaser" and pictured.points >= score.REMOVE, pictured
    assert score.best(sig(**cards, tokens={"story": ["chart"]})).points < score.REMOVE
