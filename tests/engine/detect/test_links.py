"""What the detector knows of a link (links.py): its words, headline or not, another site's or a
social network's, a sign-up page's or a share button's."""

from __future__ import annotations

import pytest

from .pages import measured

CARD = ('<div class="card"><a class="card__link" href="/2024/04/police-prepare-for-the-festival"> </a>'
        '<img src="/img/festival.jpg" alt=""><div class="card__text"><h3>Read also</h3>'
        '<h4>Police prepare for the summer festival in the old town</h4><p>By Ann Lee</p><p>3 hours ago</p></div></div>')


def test_headline_links_to_the_same_site_counted():
    s = measured('<ul><li><a href="/2024/04/police-prepare-for-the-festival">Police prepare for the summer festival</a></li>'
                 '<li><a href="/sport/local-team-wins-the-cup-final">Local team wins the cup final again</a></li></ul>')
    assert (s.links, s.headline_links, s.same_site_headlines, s.offsite_links) == (2, 2, 2, 0)
    assert s.link_share == 1.0


def test_a_short_link_is_no_headline():
    s = measured('<p><a href="/tag/transit">Transit</a></p>')
    assert s.links == 1 and s.headline_links == 0


@pytest.mark.parametrize(
    ("href", "signs_up"),
    [
        ("/newsletters/morning", True),
        ("https://www.example.com/account/mailing", True),
        ("/mailing-list?from=story", True),
        ("/2024/05/mailing-ballots-delayed-again", False),  # a story about the mail
        # another site's enrolment ("/inscription", "/register") is the story's pointer; this site's,
        # or a newsletter service's "/join", a sign-up
        ("https://www.parcoursup.fr/inscription", False),
        ("https://enem.inep.gov.br/inscricao", False),
        ("/account/register", True),
        ("https://desk12.memberful.com/join", True),
        ("https://example.substack.com/subscribe", True),
    ],
)
def test_sign_up_target(href, signs_up):
    assert measured(f'<p>Get the morning email <a href="{href}">here</a></p>').signup_link is signs_up


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


def test_a_link_to_a_picture_is_no_headline():
    s = measured('<p><a href="/2024/04/photos/council-meeting-in-full.jpg">The council meeting on Tuesday evening</a></p>')
    assert s.links == 1 and s.headline_links == 0


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


@pytest.mark.parametrize("href, social", [
    ("https://twitter.com/acme_news", True),  # the site's profile: follow it
    ("https://twitter.com/hashtag/RedForEd", False),  # a topic the story names
    ("https://www.instagram.com/explore/tags/enchentes/", False),
    ("https://www.tiktok.com/tag/fundourschools", False),
])
def test_a_hashtag_s_page_is_no_social_profile(href, social):
    s = measured(f'<p><a href="{href}">#Something</a> <a href="{href}">#Else</a></p>')
    assert (s.social_links == 2) is social


@pytest.mark.parametrize(
    ("rel", "paid"),
    [("sponsored", 1), ("nofollow Sponsored noopener", 1), ("nofollow", 0), ("sponsored-content", 0), (None, 0)],
)
def test_a_link_marked_as_paid_for(rel, paid):
    attr = f' rel="{rel}"' if rel is not None else ""
    s = measured(f'<div><a href="https://click.example-ads.net/c?7"{attr}>Plan a coastal getaway for less</a></div>')
    assert s.paid_links == paid
