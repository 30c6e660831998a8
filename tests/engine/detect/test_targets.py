"""Addresses and class names: a story's address, a place on the page itself, a card's template."""

from __future__ import annotations

import lxml.html
import pytest

from newsclean.engine.detect import targets

PAGE = "https://news.example.org/2024/05/city-council-votes-on-the-new-transit-plan"


@pytest.mark.parametrize(
    "href, story",
    [
        ("/2024/04/police-prepare-for-the-festival", True),
        ("https://news.example.org/sport/local-team-wins.html", True),
        ("/2024/04/photos/council-meeting.jpg", False),  # a picture, not a story
        ("/files/report-2024-final.pdf", False),
        ("/", False),
        (None, False),
    ],
)
def test_article_like(href, story):
    assert targets.article_like(href) is story


@pytest.mark.parametrize(
    "href, here",
    [
        ("#example-2", True),
        (PAGE + "#woraus-besteht-adblue", True),  # the page's own address with a fragment: a table of contents
        ("/2024/05/city-council-votes-on-the-new-transit-plan#comments", True),
        ("/2024/04/police-prepare-for-the-festival#top", False),  # another story
        (PAGE, False),
        ("", False),
    ],
)
def test_links_here(href, here):
    assert targets.links_here(PAGE, href) is here


@pytest.mark.parametrize(
    "href, same",
    [
        (PAGE, True),
        ("/2024/05/city-council-votes-on-the-new-transit-plan?post=101", True),  # a live blog's post's permalink
        (PAGE + "?photo=2#top", True),
        ("/2024/05/city-council-votes-on-the-new-transit-plan-2", False),  # another story
        ("#top", False),  # a place on the page: links_here's
        ("photo-2", False),
        ("", False),
    ],
)
def test_this_story(href, same):
    assert targets.this_story(PAGE, href) is same


def test_template_class_without_numbered_names():
    assert targets.template_class("item ipos-1 irpos-1") == targets.template_class("irpos-2 item ipos-2") == "item"
    assert targets.template_class(None) == ""


def test_template_class_without_a_copy_s_variant():
    news, video = "c-card__wrapper c-card--xs c-card--news", "c-card__wrapper c-card--xs c-card--tv"
    assert targets.template_class(news) == targets.template_class(video) == "c-card__wrapper"


@pytest.mark.parametrize(
    "value, aside",
    [
        ("comment-list", True),
        ("commentlist", True),
        ("comments-area", True),
        ("widget-area", True),
        ("sidebar sidebar-main", True),
        ("l-col__sidebar", True),
        ("region region-sidebar-second column sidebar", True),
        ("site-footer", True),
        ("c-footer", True),
        ("sp-dsgvo-privacy-popup", True),
        ("cookieConsent", True),
        ("content-with-sidebar-wrp", False),  # a layout holding the story beside a sidebar
        ("sticky-sidebar-parent", False),
        ("l-sidebar-fixed l-segment", False),
        ("sidebar-and-content-body", False),
        ("has-sidebar", False),
        ("entry-footer", False),  # the story's own footer: its tags, its share bar (judged as blocks)
        ("st-sidebar__main", False),
        ("widget", False),  # page builders' blocks are widgets, the story's text among them
        ("commentary", False),
        ("story-body", False),
    ],
)
def test_aside_name(value, aside):
    assert targets.aside_name(value) is aside


@pytest.mark.parametrize(
    "html, tokens",
    [
        ('<ins class="adsbygoogle" data-ad-client="ca-pub-1" data-ad-slot="2"></ins>', {"adsbygoogle", "ad"}),
        ('<div data-ad-unit="in-content"></div>', {"ad"}),
        ('<div id="slot-3" data-google-query-id="CJ4"></div>', {"slot", "3", "slot3", "ad"}),
        # names that are no ad unit's: a player's ad configuration, a region without ads, a photo
        ('<video-js data-video-id="5678" data-ad-config-id="live"></video-js>', set()),
        ('<div data-ad-exclude="true"></div>', set()),
        ('<img data-adaptive="1" data-src="/a.jpg">', set()),
    ],
)
def test_an_ad_unit_s_data_attributes_name_it_an_ad(html, tokens):
    assert targets.class_tokens(lxml.html.fragment_fromstring(html)) == tokens


@pytest.mark.parametrize(
    "html, kind, named",
    [
        ('<div class="newsletter-box"></div>', "newsletter", True),
        ('<table class="bnr" role="presentation"></table>', "ad", True),  # a banner, as sites abbreviate it
        ("<section></section>", "ad", False),
        # A custom element's compound name is no box's name here: `<event-signup>`, `<petition-signup>`,
        # `<newsletter-issue-section>` hold the story's own facts as often as a sign-up form does (a
        # review's pages: read so, they took a recipe card, an evacuation notice, a petition's story).
        ("<mail-signup></mail-signup>", "newsletter", False),
        ("<petition-signup></petition-signup>", "newsletter", False),
    ],
)
def test_names_kind_reads_classes_and_ids_not_a_custom_element_s_compound_tag(html, kind, named):
    assert targets.names_kind(lxml.html.fragment_fromstring(html), kind) is named


@pytest.mark.parametrize(
    "value, has, lacks",
    [
        # a BEM element of a block named for junk: its line is the block's, not a caption of the story's
        ("promo-slot__caption", {"promo", "slot"}, {"caption"}),
        ("newsletter-box__image", {"newsletter", "box"}, {"image"}),
        ("inline-ad__credit", {"ad"}, {"credit"}),
        # the story's own blocks keep their elements' names
        ("photo__caption", {"photo", "caption"}, set()),
        ("article-body__credit", {"credit"}, set()),
        # a name of the block itself stays whatever its element is called
        ("ad-box__box-title", {"ad", "box"}, set()),
    ],
)
def test_a_bem_element_of_a_block_named_for_junk_is_no_part_of_the_story(value, has, lacks):
    tokens = targets.name_tokens(value)
    assert has <= tokens and not (lacks & tokens)


def test_class_tokens_split_and_joined():
    el = lxml.html.fromstring(b'<html><body><div class="inlineAd__label related-stories" id="nl_box"></div></body></html>').body[0]
    tokens = targets.class_tokens(el)
    assert {"inline", "ad", "label", "related", "stories", "relatedstories", "nl", "box"} <= tokens
