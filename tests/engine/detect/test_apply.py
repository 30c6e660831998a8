"""The detector inside the cleaner: what it removes and marks, the reasons it records, and what a
site file can say about it (switch it off, move its thresholds, protect a block)."""

from __future__ import annotations

import pytest

from newsclean.engine.book.compile import parse_rule_text
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.rules.loader import RuleFileError

from .pages import PROSE, URL, story
from .pages import page as page_of

NEWSLETTER = ('<div><h4>Put us in your inbox</h4><form action="/x"><input type="email" name="e">'
              '<button>Count me in</button></form></div>')
HEADLINES = ('<div><p><b>Elsewhere on the site</b></p><ul>'
             '<li><a href="/2024/04/police-prepare-for-the-festival">Police prepare for the summer festival</a></li>'
             '<li><a href="/2024/04/farmers-brace-for-a-dry-season">Farmers brace for a long dry season</a></li>'
             '<li><a href="/2024/04/port-expansion-wins-approval">Port expansion wins approval at last</a></li></ul></div>')


def book(site: str = "") -> RuleBook:
    """Default rules in force (an empty _default.toml: the detector alone) and the site's file."""
    files = [parse_rule_text("", "_default.toml", "_default")]
    if site:
        files.append(parse_rule_text(site, "news.example.org.toml", "news.example.org"))
    return RuleBook.from_files((), files)


def test_no_default_rules_no_detector():
    result = clean(story(NEWSLETTER), URL, RuleBook.from_files((), []))
    assert not result.changed


def removed_texts(result) -> list[str]:
    return [r.text for r in result.report.removals if r.rule.startswith("detect:") and r.action == "remove"]


def test_newsletter_and_teaser_box_go_story_stays():
    result = clean(story(NEWSLETTER, after=HEADLINES), URL, book())
    body = result.body.decode()
    assert "Put us in your inbox" not in body and "Elsewhere on the site" not in body
    assert all(p in body for p in PROSE)
    rules = {r.rule for r in result.report.removals}
    assert {"detect:newsletter", "detect:teaser"} <= rules


def test_removal_says_why():
    result = clean(story(NEWSLETTER), URL, book())
    (removal,) = [r for r in result.report.removals if r.rule == "detect:newsletter"]
    assert "email field" in removal.reason and removal.element == "div"
    (outcome,) = [o for o in result.report.rules if o.rule == "detect"]
    assert outcome.applied == 1


def test_site_switches_the_detector_off():
    result = clean(story(NEWSLETTER), URL, book("[site]\ndetect = false\n"))
    assert not result.changed and "Put us in your inbox" in result.body.decode()


def test_disable_list_switches_it_off_too():
    result = clean(story(NEWSLETTER), URL, book('[site]\ndisable = ["detect"]\n'))
    assert not removed_texts(result)


def test_thresholds_move_what_goes_and_what_is_marked():
    strict = clean(story(NEWSLETTER), URL, book("[site]\ndetect = { remove = 50, mark = 3 }\n"))
    assert not removed_texts(strict)
    assert [r.action for r in strict.report.removals] == ["mark"]


def test_a_keep_rule_protects_a_block():
    site = '[[rule]]\nname = "keep-box"\nreason = "the box is ours"\ncss = "div > h4"\nupward = 1\naction = "keep"\n'
    result = clean(story(NEWSLETTER), URL, book(site))
    assert "Put us in your inbox" in result.body.decode()
    (outcome,) = [o for o in result.report.rules if o.rule == "detect"]
    assert "protected by a keep rule" in outcome.note


def test_story_with_look_alikes_is_untouched():
    look_alikes = ('<figure><img src="/a.jpg" alt=""><figcaption>The new line, seen from the bridge. '
                   'Photo: City archive</figcaption></figure><h3>What comes next</h3>'
                   '<p><em>Editor\'s note: an earlier version misstated the cost.</em></p>')
    result = clean(story(look_alikes), URL, book())
    assert not [r for r in result.report.removals if r.action == "remove"]


@pytest.mark.parametrize(
    "value, message",
    [
        ("detect = 3", "`detect` must be true, false or a table"),
        ("detect = { removal = 3 }", "unknown key `removal` in `detect`"),
        ("detect = { remove = 2, mark = 3 }", "must not be above"),
        ("detect = { mark = -1 }", "points above 0"),
    ],
)
def test_bad_detect_settings_are_refused_with_a_message(value, message):
    with pytest.raises(RuleFileError, match=message):
        parse_rule_text(f"[site]\n{value}\n", "news.example.org.toml", "news.example.org")


def test_guard_holds_back_removals_that_take_too_many_words():
    """The guard weighs the words outside links of everything the detector would remove together,
    against the story's prose: of many sign-up boxes with long blurbs, those within the limit go and
    the rest are only marked (the reader still sees them), and the report says so."""
    blurb = "Put us in your inbox and the small print of this box runs on about the list"  # (no prose)
    box = f'<div><p>{blurb}</p><form action="/x"><input type="email" name="e"><button>Go</button></form></div>'
    story_size = sum(len(p) for p in PROSE)
    assert len(blurb) * 6 > 0.4 * story_size  # more than the guard's share of the story
    result = clean(story(box * 6), URL, book())
    detected = [r for r in result.report.removals if r.rule.startswith("detect:")]
    removed = [r for r in detected if r.action == "remove"]
    marked = [r for r in detected if r.action == "mark"]
    assert removed and marked and len(removed) + len(marked) == 6
    assert len(removed) * len(blurb) <= 0.4 * story_size
    assert result.body.count(blurb.encode()) == len(marked)
    (outcome,) = [o for o in result.report.rules if o.rule == "detect"]
    assert f"guard: {len(marked)} removal(s) only marked" in outcome.note


@pytest.mark.parametrize(
    ("blurb", "where", "held"),
    [
        # a box of its own after the story, its words from elsewhere: counted at a quarter, all go
        ("Put us in your inbox and the small print of this box runs on about the list", "after", False),
        # the same named a sign-up box by its own class, among the paragraphs: all go too
        ("Put us in your inbox and the small print of this box runs on about the list", "named", False),
        # the same unnamed among the paragraphs: it may be the story's own box with a form put in
        ("Put us in your inbox and the small print of this box runs on about the list", "between", True),
        # words the story's prose uses ("council", "transit", "debate") count whole wherever they stand
        ("Council transit debate notes for you in your inbox each week", "after", True),
    ],
)
def test_the_guard_weighs_words_from_elsewhere_in_a_box_of_their_own_less(blurb, where, held):
    """A removal's words count against the story's share whole when they could be the story's; a box
    of its own (after the story, or named for junk by its own class) whose words share no telling
    word with the story's prose counts a quarter (FOREIGN_WEIGHT)."""
    named = ' class="newsletter-signup"' if where == "named" else ""
    box = f'<div{named}><p>{blurb}</p><form action="/x"><input type="email" name="e"><button>Go</button></form></div>'
    assert len(blurb) * 4 > 0.4 * sum(len(p) for p in PROSE)  # more than the share, counted whole
    data = story(after=box * 4) if where == "after" else story(box * 4)
    result = clean(data, URL, book())
    detected = [r for r in result.report.removals if r.rule.startswith("detect:")]
    assert len(detected) == 4
    marked = [r for r in detected if r.action == "mark"]
    assert bool(marked) is held
    assert result.body.count(blurb.encode()) == len(marked)


def test_a_short_line_repeated_is_marked_not_removed():
    line = "<p>Story goes on</p>"
    data = story(line, at=1).replace(PROSE[2].encode(), PROSE[2].encode() + line.encode())
    result = clean(data, URL, book())
    actions = [r.action for r in result.report.removals if r.rule.startswith("detect:")]
    assert actions == ["mark", "mark"]


def test_linked_headings_of_the_story_stay():
    heading = '<h3><a href="/2024/05/01/live/mayor-says-she-will-sign-the-budget">Mayor says she will sign the budget</a></h3>'
    result = clean(story(heading), URL, book())
    assert "Mayor says she will sign the budget" in result.body.decode()
    assert not [r for r in result.report.removals if r.rule.startswith("detect:")]


def test_mark_above_the_default_remove_is_refused():
    with pytest.raises(RuleFileError, match="must not be above"):
        parse_rule_text("[site]\ndetect = { mark = 3.5 }\n", "news.example.org.toml", "news.example.org")


SHARE_BAR = ('<div><span>Pass it on:</span>'
             '<a href="https://www.facebook.com/sharer/sharer.php?u=x"><svg></svg></a>'
             '<a href="https://twitter.com/intent/tweet?url=x"><svg></svg></a>'
             '<a href="https://api.whatsapp.com/send?text=x"><svg></svg></a></div>')


def test_share_bar_goes_with_its_label_whatever_it_says():
    result = clean(story(SHARE_BAR), URL, book())
    body = result.body.decode()
    assert "Pass it on" not in body and "sharer.php" not in body
    assert all(p in body for p in PROSE)
    assert {r.rule for r in result.report.removals} == {"detect:promo"}


CARDS = ('<ul class="cards">'
         '<li><a href="/2024/04/police-prepare-for-the-festival">Police prepare for the summer festival</a></li>'
         '<li><a href="/2024/04/farmers-brace-for-a-dry-season">Farmers brace for a long dry season</a></li>'
         '<li><a href="/2024/04/port-expansion-wins-approval">Port expansion wins approval at last</a></li></ul>')


@pytest.mark.parametrize(
    "title, goes",
    [
        ("<h3>Our picks for you:</h3>", True),  # reads as a label: ends in a colon
        ('<h3 class="recirc-heading">Our picks for you</h3>', True),  # a box's class name
        ("<p><strong>Reporting by Ana Ruiz in Lisbon</strong></p>", False),  # the story's sign-off
        ("<h3>«Storming the Sazerac»</h3>", False),  # a subheading in quotes
    ],
)
def test_a_box_title_of_its_own_goes_with_the_box(title, goes):
    result = clean(story(after=title + CARDS), URL, book())
    body = result.body.decode()
    text = title.split(">", 1)[1].split("<", 1)[0].split(">")[-1]
    assert "Police prepare for the summer festival" not in body
    assert (text not in body) is goes
    assert all(p in body for p in PROSE)


@pytest.mark.parametrize(
    "line, goes",
    [
        ('<div><p>Hat dir dieser Artikel gefallen?</p><a href="/vote?up">Ja</a> <a href="/vote?down">Nein</a></div>', True),
        ('<div><p>¿Te gustó este artículo?</p><button>Sí</button><button>No</button></div>', True),
        ("<p>This article was updated on May 3 to correct the cost of the line.</p>", False),  # a note
        ("<p>Why does this story matter so much?</p>", False),  # the story's question, no control
        ("<p>War dieser Artikel nützlich?</p>", True),  # a short question about the article, alone on its line
        ("<h3>Was this article right?</h3>", False),  # a heading of the story's
    ],
)
def test_a_line_that_asks_the_reader_about_the_article(line, goes):
    result = clean(story(line), URL, book())
    text = line.split(">", 2)[-1].split("<", 1)[0] if line.startswith("<div>") else line[3:-4]
    assert (text not in result.body.decode()) is goes
    assert all(p in result.body.decode() for p in PROSE)


def test_a_lone_headline_link_goes_with_its_label_line():
    block = ('<p>Lue myös:</p><p><a href="/2024/04/port-expansion-wins-approval-at-last">'
             "Port expansion wins approval at last after years of delay</a></p>")
    result = clean(story(block), URL, book())
    body = result.body.decode()
    assert "Lue myös" not in body and "Port expansion" not in body
    assert all(p in body for p in PROSE)


@pytest.mark.parametrize(
    "line, goes",
    [
        ('<p>Síguenos en <a href="https://twitter.com/diario">X</a> y <a href="https://facebook.com/diario">Facebook</a></p>', True),
        # the story's sentence about a post: the verb is not its first word
        ('<p>The mayor said on <a href="https://twitter.com/mayor">Twitter</a> she would follow the vote.</p>', False),
        # a call of more than ten words is a sentence the post may write as its own (a corpus page's
        # text says one: "Follow ONE Esports on Facebook and Twitter for more LoL news, guides, ...")
        ('<p>Follow the Daily on <a href="https://www.facebook.com/daily">Facebook</a> and '
         '<a href="https://twitter.com/daily">Twitter</a> for more news, guides and highlights.</p>', False),
    ],
)
def test_a_call_to_follow_with_its_networks(line, goes):
    result = clean(story(line), URL, book())
    assert ("twitter.com" not in result.body.decode()) is goes
    assert all(p in result.body.decode() for p in PROSE)


def test_a_teaser_box_whose_links_a_script_fills_goes_by_name_and_title():
    result = clean(story('<div class="related-articles"><h4>Lesen Sie auch</h4><div data-src="/api/teasers"></div></div>'), URL, book())
    assert "Lesen Sie auch" not in result.body.decode()
    kept = clean(story('<div class="related-articles"><p>Lesen Sie auch, was die Stadt dazu sagt.</p></div>'), URL, book())
    assert "Lesen Sie auch" in kept.body.decode()  # a sentence: not a box's title


def test_a_sign_up_form_put_into_the_story_s_lead_does_not_take_the_lead():
    lead = ('<header><h1>Council approves the transit plan</h1><div class="standfirst"><p>The city council voted '
            'to approve the new transit plan after months of debate over fares and routes</p>'
            '<form action="/go/briefing"><input type="email" name="e"><button>Count me in</button></form></div></header>')
    data = story().replace(b"<h1>Council approves the transit plan</h1>", lead.encode())
    body = clean(data, URL, book()).body.decode()
    assert "months of debate over fares and routes" in body and "Council approves" in body


@pytest.mark.parametrize(
    "slot",
    [
        '<div class="mid-break"><p class="mid-break__note">Message from our partners</p>'
        '<div class="mid-break__placeholder" data-position="mid3" style="height:250px"></div></div>',
        '<div class="unit-wrap"><div class="unit-wrap__caption">Message from our partners</div>'
        '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/web/mid"></amp-ad></div>',
    ],
)
def test_an_ad_slot_s_label_named_like_furniture_goes_with_its_slot(slot):
    body = clean(story(slot), URL, book()).body.decode()
    assert "Message from our partners" not in body and all(p in body for p in PROSE)


def test_a_lazy_photo_s_credit_is_no_slot_label():
    figure = ('<div class="photo"><div class="photo__frame" data-src="/img/council.jpg" style="height:300px"></div>'
              '<p class="photo__credit">Photo: City archive</p></div>')
    assert "Photo: City archive" in clean(story(figure), URL, book()).body.decode()


def test_a_box_of_cards_put_beside_a_sentence_of_the_story_leaves_the_sentence():
    verdict = "<p>A superbly crafted game that serves as storyteller, teacher and good friend.</p>"  # (no prose: short)
    cards = "".join(
        f'<div class="card"><a href="/2024/04/{slug}">{title}</a></div>'
        for slug, title in [("police-prepare", "Police prepare for the summer festival"),
                            ("farmers-brace", "Farmers brace for a long dry season"),
                            ("port-expansion", "Port expansion wins approval at last")])
    body = clean(story(f'<div class="verdict"><h4>Our verdict</h4>{verdict}{cards}</div>'), URL, book()).body.decode()
    assert "A superbly crafted game" in body and "Police prepare" not in body


def test_a_table_of_story_cards_is_no_data_table():
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="/2024/04/{slug}">{title}</a></td></tr>'
        for n, (slug, title) in enumerate([("police-prepare", "Police prepare for the summer festival"),
                                           ("farmers-brace", "Farmers brace for a long dry season"),
                                           ("port-expansion", "Port expansion wins approval at last")], 1))
    body = clean(story(f'<table class="story-table"><caption>What others read</caption>{rows}</table>'), URL, book()).body.decode()
    assert "Police prepare" not in body and all(p in body for p in PROSE)
    data = ('<table class="data-table"><caption>Fares by zone</caption><tr><td>Zone 1</td><td>2.10</td></tr>'
            '<tr><td>Zone 2</td><td>2.80</td></tr><tr><td>Zone 3</td><td>3.40</td></tr></table>')
    assert "Fares by zone" in clean(story(data), URL, book()).body.decode()


@pytest.mark.parametrize(
    "line, goes",
    [
        ("<p>Artikel teilen:</p>", True),  # a label for the share buttons a script puts after it
        ("<p>Share this article</p>", True),
        ("<p>Share the road</p>", False),  # no label's end, no word for the article
    ],
)
def test_a_label_for_the_article_s_buttons(line, goes):
    result = clean(story(line), URL, book())
    assert (line[3:-4] not in result.body.decode()) is goes
    assert all(p in result.body.decode() for p in PROSE)


def test_a_byline_s_share_icons_go_and_the_byline_stays():
    """Share buttons that are icons only (links without words, one to a web share endpoint) in a
    box named for them go; the byline and dateline beside them stay."""
    byline = ('<div class="meta"><span>By A. Writer</span> <time>Friday, 04.02.2022 | 11:38</time>'
              '<ul class="social"><li><a href="https://web.whatsapp.com/send?text=x"><i class="fa"></i></a></li>'
              '<li><a href="https://twitter.com/share?url=x"><i class="fa"></i></a></li></ul></div>')
    result = clean(story(byline, at=0), URL, book())
    body = result.body.decode()
    assert "whatsapp" not in body and "twitter.com/share" not in body
    assert "By A. Writer" in body and "11:38" in body


def test_a_sponsor_notice_over_an_empty_ad_box_before_the_story_goes():
    from .pages import PROSE as P

    body = "".join(f"<p>{p}</p>" for p in P)
    data = ('<html><body><div class="page"><div class="head"><div id="sponsor-wrapper"><p>Supported by</p>'
            '<div class="ad sponsor-wrapper" style="height:100%"></div></div>'
            f'<h1>Council approves the transit plan</h1></div><div class="body">{body}</div></div></body></html>').encode()
    result = clean(data, URL, book())
    out = result.body.decode()
    assert "Supported by" not in out and "Council approves the transit plan" in out
    assert all(p in out for p in P)


@pytest.mark.parametrize(
    "block, goes",
    [
        ('<section aria-label="Advertisement" class="story-break"><h2 class="story-break__kicker">Advertisement</h2></section>', True),
        # a heading of the story's own that says the word, in a region named as nothing
        ('<section class="story-part"><h2>Advertisement</h2></section>', False),
    ],
)
def test_a_region_named_an_ad_holding_only_its_heading_goes(block, goes):
    result = clean(story(block), URL, book())
    assert ("Advertisement" not in result.body.decode()) is goes
    assert all(p in result.body.decode() for p in PROSE)


def test_a_paragraph_of_the_story_with_a_sign_up_link_stays():
    """A paragraph of the story's make that links to a mailing list is the story's (a charity's
    volunteers, a story about newsletters): it is never taken out of the prose to be judged."""
    line = ('<p>People who want to help can join the volunteer rota through its <a href="https://meals.example.org/'
            'mailing-list">mailing list</a>, which sends out a short email newsletter each week with the shifts.</p>')
    result = clean(story(line), URL, book())
    assert "join the volunteer rota" in result.body.decode() and "newsclean-mark" not in result.body.decode()
    assert all(p in result.body.decode() for p in PROSE)


def test_a_story_line_about_a_newsletter_that_signs_up_stays():
    """The story's own line with a sign-up link: it talks of the story (commuters, construction)."""
    line = ('<p>Commuters who want updates on the construction can <a href="https://news.example.org/newsletter/transit">'
            'subscribe to the council\'s transit newsletter</a>, the mayor said.</p>')
    result = clean(story(line), URL, book())
    assert "Commuters who want updates" in result.body.decode()
    assert all(p in result.body.decode() for p in PROSE)


def test_a_post_of_one_paragraph_keeps_its_links_and_loses_its_ad():
    """A short post found by its body's name (no headline the title names): its list of links may
    be the post itself — it stays, unmarked; the ad's label over its empty slot goes."""
    data = (
        "<html><head><title>Archive</title></head><body><div class='wrap'><div class='entry-content'>"
        f"<p>{PROSE[0]}</p><ul>"
        '<li><a href="/2024/04/police-prepare-for-the-festival">Police prepare for the summer festival</a></li>'
        '<li><a href="/2024/04/farmers-brace-for-a-dry-season">Farmers brace for a long dry season</a></li>'
        '<li><a href="/2024/04/port-expansion-wins-approval">Port expansion wins approval at last</a></li></ul>'
        "<div class='x1'><span>Advertisement</span><div style='height:250px'></div></div></div></div>"
        "</body></html>"
    ).encode()
    body = clean(data, URL, book()).body.decode()
    assert "Advertisement" not in body
    assert "Port expansion wins approval" in body and "newsclean-mark" not in body
    assert PROSE[0] in body


_NOTICE = '<p style="text-align:center;font-size:11px;color:#999">A word from our funders</p>'


@pytest.mark.parametrize(
    "blocks, gone, marked",
    [
        # a notice in words no list holds (in the story's language), repeated through the story and
        # set in small grey type mid-column: the type adds to the repeat (without it, the repeat
        # alone is marked)
        ((_NOTICE, _NOTICE), True, False),
        (("<p>A word from our funders</p>",) * 2, False, True),
        # set so alone, it says nothing: a story sets its subheads, its sign-off, a poem so too
        (('<p class="text-center text-uppercase small">What happens next</p>',), False, False),
        (('<p style="text-align:center;font-size:12px">BACKGROUND</p>',), False, False),
    ],
)
def test_a_short_line_set_as_a_notice(blocks, gone, marked):
    paragraphs = [f"<p>{p}</p>" for p in PROSE]
    for n, block in enumerate(blocks):
        paragraphs.insert(1 + 2 * n, block)
    data = ('<!DOCTYPE html><html lang="en"><head><title>Transit plan</title></head><body><main><article>'
            f'<h1>Council approves the transit plan</h1><div class="story-body">{"".join(paragraphs)}</div>'
            "</article></main></body></html>").encode()
    body = clean(data, URL, book()).body.decode()
    line = blocks[0].split(">", 1)[1].split("<", 1)[0]
    assert (line not in body) is gone
    assert ("newsclean-mark" in body) is marked
    assert all(p in body for p in PROSE)


@pytest.mark.parametrize(
    "line, goes",
    [
        # a sign-off or a contact line: its link writes to somebody (a reviewer's case, taken before)
        ('<p><em>Jane Smith covers city hall. <a href="mailto:jane@news.example.org">Email her</a>.</em></p>', False),
        ('<p>Tips? <a href="mailto:desk@news.example.org">E-mail the city desk</a></p>', False),
        # a sign-up line whose link goes to a sign-up page still goes
        ('<p>Get the briefing by email. <a href="/newsletters/briefing">Sign up</a></p>', True),
        # a mail icon beside a link with words is not what the line's link is
        ('<p>The briefing, in your inbox each morning. <a href="/briefing/today">Read it</a> '
         '<a href="mailto:desk@news.example.org"><img src="/mail.svg" alt=""></a></p>', True),
    ],
)
def test_a_line_whose_link_writes_to_somebody_is_no_sign_up(line, goes):
    result = clean(story(line), URL, book())
    assert all(p in result.body.decode() for p in PROSE)
    assert bool(removed_texts(result)) is goes


@pytest.mark.parametrize(
    "block, goes",
    [
        # an ad unit named by its data attributes only, its label in words no list holds
        ('<div data-ad-unit="in-content"><span>A word from our supporters today</span>'
         '<div data-slot="c-1"></div></div>', True),
        # the story's own: a player whose embed code configures its ads, a region kept free of ads
        ('<figure><video-js data-account="1234" data-video-id="5678" data-ad-config-id="live" class="video-js" '
         'controls></video-js><figcaption>A word from our supporters today</figcaption></figure>', False),
        ('<div data-ad-exclude="true"><p>A word from our supporters today</p><div data-slot="c-1"></div></div>',
         False),
    ],
)
def test_an_ad_unit_s_data_attributes_name_it_as_a_class_would(block, goes):
    result = clean(story(block), URL, book())
    assert all(p in result.body.decode() for p in PROSE)
    assert ("supporters" in " ".join(removed_texts(result))) is goes


# A short line in words no list holds, between the story's paragraphs.
_SET_APART = '<div class="flex justify-center"><span class="text-xs text-gray-500">{}</span></div>'


@pytest.mark.parametrize(
    ("line", "block", "goes"),
    [
        # a slot's label in another language than the story's, or another script, however it is set
        ("Maudhui yanayodhaminiwa", _SET_APART, True),
        ("Maudhui yanayodhaminiwa", "<p>{}</p>", True),
        ("เนื้อหาที่ได้รับการสนับสนุน", '<p style="text-align:center;font-size:11px">{}</p>', True),
        # in the story's language it may be the story's own line ("What happens next")
        ("A word from our funders", _SET_APART, False),
        ("What happens next", '<p class="text-center text-uppercase small">{}</p>', False),
        # names and initials are any language's: a credit, a table's names
        ("CherryMedia CCTV", "<p>{}</p>", False),
        ("DAMERINI", '<p class="text-center small">{}</p>', False),
    ],
)
def test_a_short_line_in_another_language_goes_whatever_its_words(line, block, goes):
    from newsclean.engine.detect.wording import listed

    assert not listed(line).get("ad")  # (the words are no evidence here: no list holds them)
    result = clean(story(block.format(line)), URL, book())
    assert (line in removed_texts(result)) is goes
    assert all(p in result.body.decode() for p in PROSE)


def test_a_line_naming_the_story_s_things_is_its_own_whatever_its_language():
    """In words the story's language does not know, a line that names the story's own people or
    things (a word of five letters or more of its prose) is the story's line."""
    from newsclean.engine.detect import blocks, signals

    line = "Wahlkampf Tuesday"  # (one word of the prose, "Tuesday")
    pg = page_of(story(_SET_APART.format(line)))
    st = blocks.find_story(pg)
    el = next(e for e in pg.root.iter("div") if e.get("class") == "flex justify-center")
    assert not signals.measured(pg, st, el, "between").foreign
    other = page_of(story(_SET_APART.format("Wahlkampf am dienstag")))
    st = blocks.find_story(other)
    el = next(e for e in other.root.iter("div") if e.get("class") == "flex justify-center")
    assert signals.measured(other, st, el, "between").foreign


def test_an_ad_card_whose_label_goes_goes_whole_a_story_box_keeps_its_lines():
    """A native ad's card named for ads: its label ("Sponsored") goes on its own, and says what the
    card is — its advertiser and its title go with it. The story's own box with a label put in it
    keeps its lines."""
    card = ('<div class="str-adunit"><div class="str-thumbnail"><img src="/c/1.jpg" alt=""></div>'
            '<div class="str-text"><p class="str-brand">Meridian Wealth</p>'
            '<h3 class="str-title">So sparen Familien bei den Heizkosten</h3>'
            '<p class="str-promoted-by">Sponsored</p></div></div>')
    result = clean(story(card), URL, book())
    body = result.body.decode()
    assert "Meridian Wealth" not in body and "Heizkosten" not in body and "Sponsored" not in body
    assert all(p in body for p in PROSE)
    own = ('<div class="story-extra"><p>The council will publish the full transit plan next week, with its '
           'maps and costs for every line.</p><p class="label">Sponsored</p></div>')
    body = clean(story(own), URL, book()).body.decode()
    assert "publish the full transit plan next week" in body


@pytest.mark.parametrize("wrapper", ["gn-box", "adf-box"])
def test_a_wrapper_named_a_box_does_not_make_a_slot_s_label_the_story_s(wrapper):
    """`<div class="gn-box">` over a label and the script that draws the ad: "box" names a wrapper,
    nothing of the story's; the label beside the script goes whatever its words."""
    block = (f'<div class="{wrapper}"><span>Ujumbe wa wadhamini</span>'
             '<script src="https://cdn.adnet.example/tag.js?zone=7"></script></div>')
    result = clean(story(block), URL, book())
    assert "Ujumbe wa wadhamini" in removed_texts(result)
    assert all(p in result.body.decode() for p in PROSE)


def test_a_notice_beside_the_headline_goes_the_headline_stays():
    """A slot and its notice put into the box that holds the story's headline: the box is cut, not
    taken whole (the headline is never a part that could say it is left beside the junk)."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    notice = ('<div class="x-wrap"><div class="x-wrap__label">Story continues below advertisement</div>'
              '<div id="p1" class="x-player" style="aspect-ratio:16/9"></div></div>')
    data = (
        '<!DOCTYPE html><html lang="en"><head><title>Transit plan</title></head><body><main>'
        f'<div class="intro block"><h1>Council approves the transit plan</h1>{notice}</div>'
        f'<div class="text block">{paragraphs}</div></main></body></html>'
    ).encode()
    body = clean(data, URL, book()).body.decode()
    assert "Story continues below advertisement" not in body
    assert "Council approves the transit plan" in body and all(p in body for p in PROSE)
