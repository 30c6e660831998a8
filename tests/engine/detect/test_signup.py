"""Sign-up boxes put into the story (signup.py): their blurbs are the boxes', not the story's prose;
a story's line beside a sign-up control stays the story's."""

from __future__ import annotations

import lxml.html
import pytest

from newsclean.engine.detect import blocks

from .pages import page, story


def test_a_sign_up_box_s_blurb_is_not_the_story_s_prose():
    """A box named for sign-ups around an email field: its blurb, written in a sentence, is the
    box's, not a paragraph of the story's; the box is a candidate whole."""
    blurb = "Sign up to get the best stories of the week, and the editors' picks, delivered to your inbox."
    box = (f'<div class="newsletter-box"><h3>The Daily</h3><p>{blurb}</p>'
           '<form><input type="email" name="e"><button>Sign me up</button></form></div>')
    pg = page(story(box))
    found = blocks.find_story(pg)
    assert len(found.prose) == 4 and all(blurb not in pg.text(p) for p in found.prose)
    assert [b.el.get("class") for b in found.blocks if b.position == "between"] == ["newsletter-box"]


def test_a_story_line_with_a_sign_up_card_put_into_it_stays_prose():
    """Only a box named for sign-ups, holding no more than one block in sentences and being none
    itself, takes its blurb out of the story's prose: a story's paragraph holding the card stays."""
    line = "Additional reporting by Steve Gorman; editing by Nick Zieminski and Simon Cameron in Los Angeles."
    card = '<div class="signup-card"><form><input type="email" name="e"><button>Go</button></form></div>'
    pg = page(story(f"<div><p>{line}</p>{card}</div>"))
    found = blocks.find_story(pg)
    assert any(line in pg.text(p) for p in found.prose)



@pytest.mark.parametrize("box", [
    # a form of a button alone (its list's id hidden), the blurb beside it
    '<div class="x7k2"><p class="x7k2__lede">{blurb}</p><form action="https://news.example.org/newsletters/subscribe">'
    '<input type="hidden" name="list" value="7am"><button>Sign up</button></form></div>',
    # a link drawn as a button by its class
    '<div class="x7k2"><p class="x7k2__lede">{blurb}</p>'
    '<a class="c-btn c-btn--dark" href="https://news.example.org/newsletters/signup">Get it</a></div>',
    # a layout table: the prompt and blurb in one cell, the form in the other
    '<table class="mail-cta" role="presentation"><tr><td class="mail-cta__text"><b>The 7am briefing</b><br>{blurb}</td>'
    '<td><form action="/nl" method="get"><input type="email" name="e"><button>Go</button></form></td></tr></table>',
    # a call to act drawn as a button, its blurb beside it
    '<div class="promo-mail"><p class="promo-mail__text"><strong>The 7am briefing</strong> {blurb}</p>'
    '<a role="button" class="promo-mail__cta" href="https://news.example.org/newsletters/signup">Get it</a></div>',
])
def test_the_blurb_of_a_sign_up_box_named_as_nothing_is_not_the_story_s_prose(box):
    """A box named as nothing around a sign-up control: its block in sentences is its blurb when it
    says what a sign-up says, is of none of the story's paragraphs' make and shares no telling word
    with them."""
    blurb = "Our editors pick the best reads of the day and send them to your inbox every weekday morning."
    pg = page(story(box.format(blurb=blurb)))
    found = blocks.find_story(pg)
    assert len(found.prose) == 4 and all(blurb not in pg.text(p) for p in found.prose)


@pytest.mark.parametrize("line", [
    # of the story's make (a <p> as its paragraphs are), whatever its words
    "<p>Additional reporting by Steve Gorman; editing by Nick Zieminski and Simon Cameron in Los Angeles.</p>",
    # of another make, but telling of the story (its council, its transit plan, its construction)
    '<p class="last">He said he would return to the chamber next year, and thanked everybody who had come.</p>',
    '<p class="standfirst">The council will publish the transit plan in full, with every route, before construction begins.</p>',
])
def test_a_story_line_beside_a_sign_up_button_stays_prose(line):
    button = '<a role="button" class="btn" href="https://news.example.org/newsletters/signup">Sign up</a>'
    for control in (button, '<form><input type="email" name="e"><button>Sign up</button></form>',
                    '<b>Newsletter</b><form><input type="email" name="e"><button>Go</button></form>'):
        pg = page(story(f"<div>{line}{control}</div>"))
        found = blocks.find_story(pg)
        text = lxml.html.fromstring(line).text_content()
        assert any(text in pg.text(p) for p in found.prose), control
    pg = page(story(f"<div>{line}{button}</div>"))
    found = blocks.find_story(pg)
    text = lxml.html.fromstring(line).text_content()
    assert any(text in pg.text(p) for p in found.prose)


def test_a_sign_off_beside_a_sign_up_box_that_says_its_own_prompt_stays_prose():
    """A box named as nothing that carries its own prompt beside its field is a box of its own: the
    story's sign-off next to it in their wrapper (of a make of its own, sharing no word with the
    story) is no blurb of it."""
    signoff = ('<p class="signoff">Additional reporting by Steve Gorman; editing by Nick Zieminski and Simon '
               "Cameron in Los Angeles.</p>")
    box = ('<div class="x9f3k"><b>Get the morning briefing, every weekday</b><form><input type="email" name="e">'
           "<button>Go</button></form></div>")
    pg = page(story(f"<div>{signoff}{box}</div>"))
    found = blocks.find_story(pg)
    assert any("Additional reporting" in pg.text(p) for p in found.prose)
