"""How much of a junk block goes (cut.py): a box put into the story's own wrapper, list or table
goes without the story's lines beside it — a recipe's ingredient, a table's section title, a line
naming a term of the story — while a box's own title goes with it."""

from __future__ import annotations

import lxml.html

from newsclean.engine.cleaner import clean
from newsclean.engine.detect import blocks, cut, score

from .pages import PROSE, URL, page, story
from .test_apply import book

CARDS = ('<div class="story-index"><h3>Latest news</h3>'
         '<div><a href="/2024/04/police-prepare-for-the-festival">Police prepare for the summer festival</a></div>'
         '<div><a href="/2024/04/farmers-brace-for-a-dry-season">Farmers brace for a long dry season</a></div>'
         '<div><a href="/2024/04/port-expansion-wins-approval">Port expansion wins approval at last</a></div>'
         '<div><a href="/2024/04/schools-reopen-after-the-storm">Schools reopen after the storm</a></div></div>')
FORM = ('<div class="inbox"><h4>Put us in your inbox</h4><form action="/x"><input type="email" name="e">'
        '<button>Count me in</button></form></div>')


def _ingredients(inside: str) -> str:
    items = ["200 g flour", "100 g cold butter", "1 egg (medium)", "a pinch of salt"]
    lis = [f'<li class="ingredient"><p class="ingredient-name">{t}</p>{inside if i == 1 else ""}</li>'
           for i, t in enumerate(items)]
    return f'<ul class="ingredients">{"".join(lis)}</ul>'


def test_a_box_put_into_an_ingredient_list_leaves_the_ingredient():
    for junk, gone in ((CARDS, "Police prepare"), (FORM, "Put us in your inbox")):
        body = clean(story(_ingredients(junk)), URL, book()).body.decode()
        assert gone not in body, junk
        assert "100 g cold butter" in body and "a pinch of salt" in body, junk


def test_a_box_put_under_a_table_s_section_title_leaves_the_title():
    tables = ("<div class='recipe'>"
              f"<table><thead><tr><th><h3>For the pastry:</h3>{CARDS}</th></tr></thead>"
              "<tbody><tr><td>200 g</td><td>flour</td></tr><tr><td>100 g</td><td>butter</td></tr></tbody></table>"
              "<table><thead><tr><th><h3>For the filling:</h3></th></tr></thead>"
              "<tbody><tr><td>500 g</td><td>quark</td></tr><tr><td>2</td><td>eggs</td></tr></tbody></table></div>")
    body = clean(story(tables), URL, book()).body.decode()
    assert "Police prepare" not in body
    assert "For the pastry:" in body and "For the filling:" in body


def test_a_box_s_own_title_still_goes_with_it():
    # The same title line, not one of a run: it is the box's, and goes with it.
    body = clean(story(f"<div class='aside'><h3>Elsewhere on the site:</h3>{CARDS}</div>"), URL, book()).body.decode()
    assert "Police prepare" not in body and "Elsewhere on the site" not in body


def test_a_line_naming_the_story_s_term_stays_beside_a_sign_up_form():
    term = "The construction timetable is here:"
    body = clean(story(f"<div class='field'><p>{term}</p>{FORM}</div>"), URL, book()).body.decode()
    assert "Put us in your inbox" not in body
    assert term in body and all(p in body for p in PROSE)


def _headed(head: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    return (f'<html><body><div class="page"><div class="head"><h1>Council approves the transit plan</h1>{head}</div>'
            f'<div class="body">{body}</div></div></body></html>').encode()


def test_a_byline_before_the_story_is_never_taken_with_its_share_buttons():
    """Before the story's body, a line with words of its own beside share buttons (a byline and its
    date) is cut, never taken whole; and nothing ahead of the story is dimmed: the buttons go when
    they can be cut out, else the line stays as it is."""
    byline = ('<div class="meta"><span>By Corey Writer</span><time>21 February 2019</time>'
              '<div><a href="https://www.facebook.com/sharer/sharer.php?u=x"><svg></svg></a></div>'
              '<div><a href="https://twitter.com/intent/tweet?url=x"><svg></svg></a></div></div>')
    result = clean(_headed(byline), URL, book())
    assert "By Corey Writer" in result.body.decode() and "21 February 2019" in result.body.decode()
    assert not result.report.removals  # (no button goes on its own here, and nothing is marked)


def test_a_strip_of_other_stories_before_the_story_goes_whole():
    strip = CARDS.replace("story-index", "must-watch").replace("Latest news", "Must watch")
    body = clean(_headed(strip), URL, book()).body.decode()
    assert "Must watch" not in body and "Police prepare" not in body
    assert all(p in body for p in PROSE)


def test_head_line_wants_words_beside_the_links():
    pg = page(_headed('<div class="meta"><span>By Corey Writer, City Desk</span></div><div class="tools">Tools</div>'))
    found = blocks.find_story(pg)
    from newsclean.engine.detect import signals

    judged = {pg.text(b.el): cut.head_line(pg, b, signals.measured(pg, found, b.el, b.position))
              for b in found.blocks if b.position == "before"}
    assert judged == {"By Corey Writer, City Desk": True, "Tools": False}


def test_a_box_of_links_put_into_the_standfirst_s_wrapper_leaves_the_standfirst():
    """The story's standfirst ahead of its body, in a wrapper the site names `teaser-text`, with a box
    of headline links put into it: the links go, the standfirst's paragraph stays."""
    standfirst = "Was seit Wochen vermutet wurde, hat der Verband nun offiziell bestätigt"
    head = f'<div class="teaser-text"><p>{standfirst}</p>{CARDS}</div>'
    body = clean(_headed(head), URL, book()).body.decode()
    assert standfirst in body and "Police prepare" not in body
    assert all(p in body for p in PROSE)


def test_a_short_line_away_from_an_ad_slot_is_not_its_label():
    """Junk put into a wrapper of the story's own make under its subheading: the ad slot's label
    goes with the slot beside it, the subheading further off stays."""
    wrapped = [f'<div class="paragraph"><p>{p}</p></div>' for p in PROSE]
    wrapped.insert(2, '<div class="paragraph"><p><strong>1. Choose the right pot</strong></p>' + FORM
                   + '<div class="zone"><span class="zone__note">Material promotional</span>'
                   '<div id="ad-87" class="zone__box"></div></div></div>')
    data = f'<html><body><article><h1>Pots</h1><div class="body">{"".join(wrapped)}</div></article></body></html>'
    body = clean(data.encode(), URL, book()).body.decode()
    assert "1. Choose the right pot" in body
    assert "Material promotional" not in body and "Put us in your inbox" not in body


def test_a_sign_up_box_named_so_goes_whole_with_its_blurb_and_small_print():
    blurb = "Sign up to get the best stories of the week, and great deals, as picked by the editors."
    small = ("By submitting your information you agree to the Terms and Conditions and the Privacy Policy "
             "and are aged 16 or over; you can unsubscribe at any time.")
    box = (f'<div class="newsletter-form"><h3>The Daily Newsletter</h3><p>{blurb}</p>'
           f'<form action="/x"><input type="email" name="e"><button>Sign me up</button></form><p>{small}</p></div>')
    prose = [f"{p} {n}" for n in ("It was the first vote.", "The second came later.", "A third is due.") for p in PROSE]
    paragraphs = [f"<p>{p}</p>" for p in prose]  # (a story long enough for the guard to let the box go)
    paragraphs.insert(2, box)
    data = f'<html><body><article><h1>Transit</h1><div class="body">{"".join(paragraphs)}</div></article></body></html>'
    result = clean(data.encode(), URL, book())
    body = result.body.decode()
    assert blurb not in body and "Terms and Conditions" not in body and "The Daily Newsletter" not in body
    assert all(p in body for p in prose)
    assert [r.action for r in result.report.removals if r.rule.startswith("detect")] == ["remove"]  # one box, whole


def test_a_box_around_its_email_field_goes_whole_with_its_title_whatever_its_name():
    """A sign-up box in a generated class (`sc-jVKKsU`) around its email field: its title and
    small print go with the form when nothing beside the form reads as the story's."""
    box = ('<div class="sc-jVKKsU"><h3>Essential news, delivered daily</h3>'
           "<p>Get the day's top stories from our newsroom every morning at seven.</p><div class=\"sc-a1\">"
           '<div class="sc-b2"><div class="sc-c3"><div class="newsletter-email"><form action="/x"><label>Email</label>'
           '<input type="email" name="e"><button>Sign up</button></form></div></div></div></div>'
           '<p><a href="/terms">Read our mailing list terms</a></p></div>')
    prose = [f"{p} {n}" for n in ("It was the first vote.", "The second came later.", "A third is due.") for p in PROSE]
    paragraphs = [f"<p>{p}</p>" for p in prose]
    paragraphs.insert(2, box)
    data = f'<html><body><article><h1>Transit</h1><div class="body">{"".join(paragraphs)}</div></article></body></html>'
    result = clean(data.encode(), URL, book())
    body = result.body.decode()
    assert "Essential news" not in body and "top stories" not in body and 'type="email"' not in body
    assert all(p in body for p in prose)


def test_a_line_of_the_story_s_make_holding_only_a_link_to_another_story_goes():
    """A lone teaser in the story's own paragraph template (`<p class="text">Lea aquí: <a>…</a>`)
    goes whole; a paragraph of the story's with a link in its sentence stays."""
    prose = [f"{p} {n}" for n in ("It was the first vote.", "The second came later.", "A third is due.") for p in PROSE]
    paragraphs = [f'<p class="text">{p}</p>' for p in prose]
    teaser = '<p class="text">Lea aquí: <a href="/2024/04/port-expansion-wins-approval">Port expansion wins approval at last</a></p>'
    cited = ('<p class="text">As <a href="/2024/04/port-expansion-wins-approval">the port expansion</a> showed, '
             "votes like this one can take years.</p>")
    paragraphs[2:2] = [teaser, cited]
    data = f'<html><body><article><h1>Transit</h1><div class="body">{"".join(paragraphs)}</div></article></body></html>'
    body = clean(data.encode(), URL, book()).body.decode()
    assert "Lea aquí" not in body and "Port expansion wins" not in body
    assert "votes like this one can take years" in body and all(p in body for p in prose)


def _paragraphs(at: int, block: str, wrap: str = "") -> bytes:
    prose = [f"{p} {n}" for n in ("It was the first vote.", "The second came later.", "A third is due.") for p in PROSE]
    paragraphs = [f'<div class="{wrap}"><p>{p}</p></div>' if wrap else f"<p>{p}</p>" for p in prose]
    paragraphs.insert(at, block)
    body = "".join(paragraphs)
    return f'<html><body><article><h1>Transit</h1><div class="body">{body}</div></article></body></html>'.encode()


TITLED_CARDS = CARDS.replace("story-index", "recirc-box").replace("Latest news", "Elsewhere")


def test_a_box_of_links_put_into_a_verdict_box_leaves_the_verdict():
    """A box of the story's (a review's verdict: its title and one sentence) with a box of headline
    links put in: the box holds a line of its own words, so it is looked into, not taken whole."""
    verdict = "A patient, generous plan that asks much of the city and gives back more."
    block = (f'<div class="box verdict"><div class="sub-box"><h3>Our Verdict</h3><p>{verdict}</p>'
             f'{TITLED_CARDS}</div></div>')
    body = clean(_paragraphs(3, block), URL, book()).body.decode()
    assert verdict in body and "Police prepare" not in body


def test_a_line_beside_a_box_with_its_own_title_is_not_the_box_s_title():
    """A box of links that carries its title ("Elsewhere") put beside a short line of the story's
    (its section's title): the line is not the box's, and stays."""
    block = ('<div class="intermission"><div class="intermission-text">Vintage meets the jungle</div>'
             f'{TITLED_CARDS}</div>')
    body = clean(_paragraphs(3, block), URL, book()).body.decode()
    assert "Vintage meets the jungle" in body
    assert "Police prepare" not in body and "Elsewhere" not in body


def test_an_ingredient_written_in_a_span_stays_beside_a_box_put_into_its_item():
    items = ["200 g flour", "100 g cold butter", "1 egg (medium)", "a pinch of salt"]
    lis = [f'<li class="ingredient"><p class="ingredient-name"><span>{t}</span></p>{CARDS if i == 1 else ""}</li>'
           for i, t in enumerate(items)]
    body = clean(story(f'<ul class="ingredients">{"".join(lis)}</ul>'), URL, book()).body.decode()
    assert "Police prepare" not in body
    assert all(t in body for t in items)


def test_a_subheading_of_the_story_s_make_right_beside_an_ad_slot_stays():
    """The slot's label is a short line beside it, whatever its words; but a line of the make of
    the story's own paragraphs (`<p>` in its `div.paragraph`) is the story's subheading."""
    block = ('<div class="paragraph"><p><strong>1. Choose the right pot</strong></p>'
             '<div class="sinaads-wrap" id="ad_1"><ins class="sinaads" data-ad-pdps="P1"></ins>'
             '<span class="sinaads-wrap__tip">Kuulutus</span></div></div>')
    body = clean(_paragraphs(3, block, wrap="paragraph"), URL, book()).body.decode()
    assert "1. Choose the right pot" in body and "sinaads" not in body


def test_two_sign_up_forms_put_beside_a_line_leave_the_line():
    """Two sign-up forms, each a box with its prompt, put beside a review's verdict: the verdict is
    not their blurb."""
    verdict = "A superbly made plan that serves the city as planner and friend."
    form2 = FORM.replace("inbox", "mailbox").replace("Put us in your mailbox", "Get the morning briefing")
    block = (f'<div><div class="verdict-product">The Transit Plan</div><p class="game-verdict">{verdict}</p>'
             f'{FORM}{form2}</div>')
    body = clean(_paragraphs(3, block), URL, book()).body.decode()
    assert verdict in body
    assert "Put us in your inbox" not in body and "Get the morning briefing" not in body


def test_a_sign_up_form_put_beside_the_story_s_photo_leaves_the_photo_and_its_caption():
    """A sign-up form put into the wrapper of the story's captioned photo: the caption is no blurb
    of the form's, whatever words it shares with the story."""
    caption = "In 1978, a water main break flooded the street outside the old depot."
    form = ('<div class="wx-form"><form><h5>Get it by email</h5><input type="email" aria-label="Email">'
            '<button type="submit">Send</button></form></div>')
    photo = ('<div class="css-79elbk"><div class="css-1a48zt4">'
             '<figure><img src="/img/depot.jpg" width="600" height="400">'
             f'<figcaption><span>{caption}</span><span>Credit: A. Photographer</span></figcaption></figure></div>'
             f'{form}</div>')
    body = clean(_paragraphs(3, photo), URL, book()).body.decode()
    assert caption in body and "Credit: A. Photographer" in body
    assert "Get it by email" not in body


HEADLINES = [("/2024/04/police-prepare-for-the-festival", "Police prepare for the summer festival"),
             ("/2024/04/farmers-brace-for-a-dry-season", "Farmers brace for a long dry season"),
             ("/2024/04/port-expansion-wins-approval", "Port expansion wins approval at last"),
             ("/2024/04/schools-reopen-after-the-storm", "Schools reopen after the storm")]


def test_a_box_s_items_one_link_a_line_go_with_its_title():
    """A box of headline links with a title of four words and one link an item: the items are a run
    of lines of one make, but lines of links, the box's list, not the story's lines."""
    items = "".join(f'<dd class="linkbox__item"><a href="{u}">{h}</a></dd>' for u, h in HEADLINES)
    block = f'<dl class="linkbox"><dt class="linkbox__title">Next in this section</dt>{items}</dl>'
    body = clean(_paragraphs(3, block), URL, book()).body.decode()
    assert "Next in this section" not in body and not any(h in body for _u, h in HEADLINES)
    assert all(p in body for p in PROSE)


def _element(html: str):
    return lxml.html.fragment_fromstring(html)


def test_a_rank_s_number_before_a_list_s_first_link_is_no_title():
    ranked = '<table><tr><td>1</td><td><a href="/a">A headline here</a></td></tr></table>'
    assert not cut._opens_with_title(_element(ranked))
    assert cut._opens_with_title(_element('<div><p>Most read</p><a href="/a">A headline here</a></div>'))


def test_a_box_put_into_a_row_of_a_table_laid_out_in_boxes_leaves_the_row_s_label():
    """A drug's facts in rows of boxes (`<div class="row"><div class="label">…</div>…`): a sign-up
    form put into a row goes, the row's label stays — it is one of a run of the story's labels."""
    def row(label: str, value: str) -> str:
        return f'<div class="row mb-2"><div class="col-4 font-weight-bold">{label}</div><div class="col-8">{value}</div></div>'

    rows = (row("Kennzeichen", "Arzneimittel") + row("Darreichungsform", "Globuli")
            + '<div class="row mb-2"><div class="col-4 font-weight-bold">Gebrauchsinformation</div>' + FORM + "</div>"
            + row("Hersteller", "Muster GmbH"))
    body = clean(story(f'<div class="facts">{rows}</div>'), URL, book()).body.decode()
    assert "Put us in your inbox" not in body
    assert "Gebrauchsinformation" in body and "Kennzeichen" in body
    assert all(p in body for p in PROSE)


def test_a_form_put_beside_a_paragraph_after_the_story_leaves_the_paragraph():
    """A how-to's next step after the story's lead (outside its container) with a sign-up form put
    into it: the form goes, the step's paragraph in sentences stays — it is somebody's text."""
    step = ("Displayed alone or in a group, these pretty arrangements allow you to add a little nature to your "
            "decor or to the table.")
    data = ('<!DOCTYPE html><html lang="en"><head><title>Transit plan</title></head><body><div id="page">'
            '<div class="a"><div class="b"><div class="c"><article><h1>Council approves the transit plan</h1>'
            '<div class="story-body">' + "".join(f"<p>{p}</p>" for p in PROSE) + "</div></article></div></div></div>"
            f'<div class="step"><div class="content"><span class="head">Finished</span><p>{step}</p>'
            '<form action="/account/mailing" method="post"><p class="signup__lead">Get the day\'s news by email</p>'
            '<input type="email" name="email"><input type="submit" value="Go"></form></div></div>'
            "</div></body></html>").encode()
    body = clean(data, URL, book()).body.decode()
    assert "news by email" not in body
    assert step in body and all(p in body for p in PROSE)


def test_a_card_whose_links_are_all_paid_for_goes_whole_with_its_copy():
    card = ('<div class="callout-x"><div class="c-text"><strong>Orchard Health</strong>: So sparen Familien bei den'
            ' Heizkosten</div><div class="c-by"><a href="https://ads.example.net/?ref=t" rel="nofollow sponsored">'
            'Anúncio</a></div></div>')
    body = clean(story(card), URL, book()).body.decode()
    assert "Orchard Health" not in body and "Heizkosten" not in body and "Anúncio" not in body
    assert all(p in body for p in PROSE)


def test_a_companion_that_scores_nothing_is_reported_under_the_junk_it_goes_with():
    """A label, slot or item taken with the junk beside it says so in the report, under that junk's
    kind — not as an "ad" of 0 points with no reason (a kind's default when nothing scores)."""
    nothing = score.Score("ad", 0.0, ())
    form = score.Score("newsletter", 5.5, ("sign-up words ('newsletter') (+2.0)",))
    lone = score.Score("promo", 3.0, ("promo words ('follow us') (+1.5)",))
    scored = [(None, None, form), (None, None, lone), (None, None, nothing)]
    got = cut._as_companion(nothing, {"newsletter", "promo"}, scored)
    assert got.kind == "newsletter" and got.points == 0.0
    assert got.explain() == "newsletter 0.0: goes with the newsletter beside it"
    label = score.Score("promo", 1.5, ("promo words ('share') (+1.5)",))  # (scores as a kind beside it: its own)
    assert cut._as_companion(label, {"newsletter", "promo"}, scored) is label


def test_a_block_ahead_of_the_story_is_its_head_unless_it_is_nothing_but_a_notice():
    """Between the headline and the body, a block of four words or more is the story's head (a
    byline, a dateline): cut, never taken whole — unless it is nothing but a notice's words."""
    from newsclean.engine.detect import blocks
    from newsclean.engine.detect.cut import head_line
    from newsclean.engine.detect.signals import Signals
    from newsclean.engine.detect.wording import listed

    ahead = blocks.Block(None, "before", 0, True)
    for line, head in (("By Jane Smith, Transit Desk", True), ("Статията продължава след рекламата", False)):
        vocab = listed(line)
        share = sum(len(w.split()) for found in vocab.values() for w in set(found)) / len(line.split())
        sig = Signals(tag="div", text=line, words=4, chars=len(line), nonlink_words=4, vocab=vocab, vocab_share=share)
        assert head_line(None, ahead, sig) is head, line
