"""The region's marks: what form controls, frames, slots, media and empty boxes each block holds."""

from __future__ import annotations

import pytest

from newsclean.engine.detect import blocks, marks

from .pages import page, story


@pytest.mark.parametrize(
    "html, bits",
    [
        ('<form><input type="email" name="e"><button>Go</button></form>', marks.EMAIL | marks.SUBMIT),
        ('<form action="/search"><input type="text" name="q"></form>', marks.TEXT | marks.SEARCH),
        ('<div><iframe src="https://securepubads.g.doubleclick.net/x"></iframe></div>', marks.SLOT),
        ('<div><iframe src="https://www.youtube.com/embed/x"></iframe></div>', marks.MEDIA | marks.FRAME),
        ('<div><iframe src="https://docs.google.com/forms/d/e/1/viewform"></iframe></div>', marks.MEDIA | marks.FRAME),
        ('<div><object data="/charts/vote.png"></object></div>', marks.MEDIA),  # (a picture, no page)
        ('<div><iframe src="https://example.substack.com/embed"></iframe></div>', marks.SIGNUP_FRAME),
        ('<div><div style="min-height: 250px"></div></div>', marks.EMPTY_BOX),
        ('<div><p>Supported by</p><div class="ad sponsor-wrapper"></div></div>', marks.SLOT),  # named as an ad
        ('<div><span id="gpt-top-slot"></span></div>', marks.SLOT),
        ('<form action="/newsletters/subscribe"><input type="text" name="n"></form>', marks.TEXT | marks.FORM_SIGNUP),
        ("<p>Words only, and no control at all in this short line.</p>", 0),
        # slots known by an ad unit's standard size or an ad's schema.org type, whatever their names
        ('<div><object type="text/html" data="https://cdn.example.net/r?z=1" width="300" height="250"></object></div>', marks.SLOT),
        ('<div><embed src="/b/1.swf" width="468" height="60"></div>', marks.SLOT),
        ('<div><object data="/charts/turnout.svg" width="640" height="400"></object></div>', marks.MEDIA),
        ('<div><div class="unit unit_728x90" id="u-1"></div></div>', marks.SLOT),
        ('<div><span id="u-2" style="display:block;width:300px;height:600px"></span></div>', marks.SLOT | marks.EMPTY_BOX),
        ('<div><iframe src="https://cdn.example.net/frame.html" width="320" height="50"></iframe></div>', marks.SLOT),
        ('<div><div data-sizes="[[300,250],[336,280]]"></div></div>', marks.SLOT | marks.EMPTY_BOX),
        ('<div itemscope itemtype="https://schema.org/WPAdBlock"><span>Partner</span></div>', marks.SLOT),
        # an empty element named an ad is a slot on a definition's, a table cell's or an item's tag too
        ('<dl><dt>Kuulutus</dt><dd class="commercial-break__slot"><div id="cb-1"></div></dd></dl>', marks.SLOT),
        ('<table><tr><td>Mainos</td></tr><tr><td class="ad-cell"></td></tr></table>', marks.SLOT),
        ('<ul><li>Kuulutus</li><li class="sponsor-slot" data-pos="3"></li></ul>', marks.SLOT),
        ('<table><tr><td>Vote</td><td class="cell" style="height:300px"></td></tr></table>', 0),  # (a cell, not a box)
        # a box around one empty holder is as empty as the holder
        ('<aside style="min-height:250px"><div id="slot-7"></div></aside>', marks.EMPTY_BOX),
        # space kept by an aspect ratio is kept for what a script puts there
        ('<div><div id="vs-4" style="aspect-ratio:16/9"></div></div>', marks.EMPTY_BOX),
        # a script that draws where it stands: beside a label, or the one thing in a box it fills
        ('<div><span>Kaupallinen yhteistyö</span><script src="//cdn.example.net/invoke.js"></script></div>', marks.SCRIPT),
        ('<div><div data-cptid="49_1"><script>queue.push(function(){show("49_1")});</script></div></div>',
         marks.EMPTY_BOX | marks.SCRIPT),
        # an empty box a script finds by the id it made for it (not a span's: WordPress's "more" anchor)
        ('<div><p>Reklāma</p><div id="adfox_170986952f5"></div></div>', marks.EMPTY_BOX),
        ('<div><p>Werbung</p><div id="yandex_rtb_R-A-85118-6"></div></div>', marks.EMPTY_BOX),
        ('<div><p>Photo</p><div id="sec-2"></div></div>', 0),
        ('<div><p>Angefangen hatte es mit <span id="more-27529"></span>einem Schuss:</p></div>', 0),
        # a box that keeps space for a unit and holds its label alone (not a link, a picture or a field)
        ('<div style="min-height:250px" data-slot="6"><span>Contingut pagat</span></div>', marks.EMPTY_BOX),
        ('<div style="min-height:250px"><span>Read the full report</span><a href="/r">here</a></div>', 0),
        ('<div style="height:300px"><p>The council met on Tuesday to vote on the transit plan.</p></div>', 0),
        # a design system's form controls are components
        ('<form><ion-input type="email" label="Email"></ion-input><ion-button type="submit">Go</ion-button></form>',
         marks.EMAIL | marks.SUBMIT),
        ('<form><md-outlined-text-field label="E-mail address"></md-outlined-text-field></form>', marks.EMAIL),
        ('<form><sl-input type="text" label="Your city"></sl-input></form>', marks.TEXT),
        ('<div><ion-list><ion-item>Parking</ion-item></ion-list></div>', 0),
        # a block of data for other code draws nothing
        ('<div><p>Facts</p><script type="application/ld+json">{"@type": "NewsArticle"}</script></div>', 0),
        ('<div><div data-x="1"><script type="text/template"><b>hi</b></script></div></div>', 0),
    ],
)
def test_marks_of_a_block_are_those_the_page_found(html, bits):
    pg = page(story(f"<div>{html}</div>"))
    found = blocks.find_story(pg)
    (block,) = [b for b in found.blocks if b.position == "between"]
    region = marks.Marks([found.container])
    assert marks.of_block(block.el) == bits
    assert region.of(block.el) == bits
    assert region.of(found.container) & bits == bits  # added up to the ancestors


def test_a_lazy_photo_s_placeholder_is_media_not_an_empty_box():
    pg = page(story('<div><div class="frame" data-src="/img/council.jpg" style="height:300px"></div></div>'))
    found = blocks.find_story(pg)
    (block,) = [b for b in found.blocks if b.position == "between"]
    assert marks.of_block(block.el) == marks.Marks([found.container]).of(block.el) == marks.MEDIA


@pytest.mark.parametrize(
    "field",
    [
        '<input type="text" inputmode="email" name="addr">',
        '<input type="text" autocomplete="email" name="a1">',
        '<input type="text" aria-label="E-mail address" name="f">',
    ],
)
def test_an_email_field_written_as_a_text_field(field):
    pg = page(story(f'<div><form action="/go"><label>{field}</label><button>Go</button></form></div>'))
    found = blocks.find_story(pg)
    (block,) = [b for b in found.blocks if b.position == "between"]
    assert marks.of_block(block.el) & marks.EMAIL


@pytest.mark.parametrize(
    "leaf, slot",
    [
        ('<div class="ad sponsor-wrapper"></div>', True),
        ('<div id="adslot-3" style="height:100%"></div>', True),
        ('<div class="advertisementLeft"></div>', True),  # camelCase split
        ('<div class="ad"><p>Our reporters read every letter.</p></div>', False),  # not empty
        ('<div class="header"></div>', False),  # an empty box not named as an ad
        ('<div class="ad-photo" data-src="/img/council.jpg"></div>', False),  # a lazy photo
        ('<div data-ad-unit="in-content" data-ad-sizes="fluid"></div>', True),  # an ad unit's data attributes
        ('<video-js data-video-id="5678" data-ad-config-id="live"></video-js>', False),  # a player
    ],
)
def test_an_empty_box_named_as_an_ad_is_a_slot(leaf, slot):
    pg = page(story(f"<div><p>Supported by</p>{leaf}</div>"))
    found = blocks.find_story(pg)
    (block,) = [b for b in found.blocks if b.position == "between"]
    assert bool(marks.of_block(block.el) & marks.SLOT) is slot
    assert bool(marks.Marks([found.container]).of(block.el) & marks.SLOT) is slot


def test_a_photo_sized_as_an_ad_is_still_a_photo():
    """A standard ad size on a picture's placeholder (it names an image file) makes no slot."""
    pg = page(story('<div><div data-src="/img/a.jpg" style="width:300px;height:250px"></div></div>'))
    found = blocks.find_story(pg)
    (block,) = [b for b in found.blocks if b.position == "between"]
    assert not marks.Marks([found.container]).of(block.el) & marks.SLOT


@pytest.mark.parametrize(
    "block, ad_data",
    [
        ('<div class="note"><p>Supported by</p></div>', False),
        ('<div data-ad-exclude="true" data-testid="note"><p>Supported by</p></div>', False),
        ('<div><ins data-ad-client="ca-pub-1" data-ad-slot="2"></ins><p>Supported by</p></div>', True),
    ],
)
def test_a_region_says_whether_it_holds_an_ad_unit_s_data_attributes(block, ad_data):
    found = blocks.find_story(page(story(block)))
    assert marks.Marks([found.container]).ad_data is ad_data


def test_the_quick_look_for_ad_unit_data_attributes_covers_every_name():
    from newsclean.rules import words

    assert all(name.encode().startswith(marks.AD_DATA_KEYS) for name in words.AD_DATA_ATTRS)


@pytest.mark.parametrize(
    "raw, may",
    [
        (b'<ins class="adsbygoogle" data-ad-client="ca-pub-1" data-ad-slot="2"></ins>', True),
        (b'<DIV DATA-AD-UNIT="x"></DIV>', True),  # (names in any case)
        (b'<div id="gpt-1" data-google-query-id="CJ4"></div>', True),
        (b'<div class="ad" data-src="/a.jpg"></div>', False),
    ],
)
def test_a_page_s_bytes_say_whether_it_may_hold_an_ad_unit_s_data_attributes(raw, may):
    assert marks.may_hold_ad_data(raw) is may
    found = blocks.find_story(page(story("<div><p>Supported by</p></div>")))
    assert marks.Marks([found.container], raw).ad_data is may
