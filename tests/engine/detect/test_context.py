"""What a block's place in the story says (context.py): a fact box's rows, a list the story
introduces, a heading over the story's next paragraph."""

from __future__ import annotations

import pytest

from newsclean.engine.detect import blocks, signals

from .pages import page, story


@pytest.mark.parametrize(
    ("html", "rows"),
    [  # a fact box's rows: two of "key: value", or three short lines of one make
        ('<div class="facts"><p id="b">Inscrits : 31 402</p><p>Votants : 12 877</p></div>', True),
        ('<div id="b"><p>Inscrits : 31 402</p><p>Votants : 12 877</p><p>Abstention : 59 %</p></div>', True),
        ('<ul id="b"><li>Rybar: 1.3 million subscribers</li><li>WarGonzo: 1.1 million subscribers</li>'
         '<li>Grey Zone: 560,000 subscribers</li></ul>', True),
        # a notice alone, and a notice beside a prompt, are no rows
        ('<div><p id="b">Subscribers only</p></div>', False),
        ('<div><p id="b">Subscribe to our newsletter</p><p>The day in your inbox, every morning</p></div>', False),
    ],
)
def test_rows_of_the_story_s_data(html, rows):
    pg = page(story(html))
    st = blocks.find_story(pg)
    assert signals.measured(pg, st, pg.root.get_element_by_id("b"), "between").rows is rows


def test_a_list_the_story_introduces_and_a_heading_over_its_section():
    intro = "<p>Officials said the vote was close in several places, and the results by district were these:</p>"
    html = f'{intro}<ul id="b"><li><a href="/2024/05/north">North district: Labour hold</a></li></ul>'
    pg = page(story(html))
    st = blocks.find_story(pg)
    assert signals.measured(pg, st, pg.root.get_element_by_id("b"), "between").introduced
    # a short paragraph that introduces them is the story's too; a teaser's label is not
    for intro, introduced in (
        ("<p>Here are the results in the north-east:</p>", True),
        ("<p>Read more of our coverage:</p>", False),
    ):
        html = f'{intro}<ul id="b"><li><a href="/2024/05/north">North district: Labour hold</a></li></ul>'
        pg = page(story(html))
        st = blocks.find_story(pg)
        assert signals.measured(pg, st, pg.root.get_element_by_id("b"), "between").introduced is introduced
    pg = page(story('<h3 id="b">Advertising</h3>', at=2))
    st = blocks.find_story(pg)
    s = signals.measured(pg, st, pg.root.get_element_by_id("b"), "between")
    assert s.heading and s.titles_prose
