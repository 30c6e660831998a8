"""Climbs from a match to the container that should go: `upward`, `widen`, `link-box`, `link-run`, `box`."""

from __future__ import annotations

from .pages import (
    BRIEFING,
    FERRY,
    LEAD,
    PLAN,
    SECOND_BOAT,
    SHAPES_PAGE,
    Case,
    Error,
    cases,
    check_case,
    check_error,
    errors,
    run,
    shaped,
)

SUBSCRIBE = "Subscribe to our newsletter"
INBOX = "The day's news in your inbox every morning."
SMALL_PRINT = '{ words = 60, small-print = "(?i)inbox|e-?mail|sign up" }'

CASES = [
    Case("upward", 'text = "Newsletter"\nupward = 1', ["Newsletter", BRIEFING], [LEAD], name="levels"),
    Case("upward", 'text = "Advertisement"\nupward = ".ad-box"', ["Advertisement"], [LEAD], name="selector"),
    Case("upward", 'text = "Advertisement"\nupward = "table"', [], ["Advertisement"], name="no-ancestor"),
    Case("upward", 'text = "Advertisement"\nupward = 32', [], ["Advertisement", LEAD], name="past-the-root"),
    Case("widen", 'text = "Advertisement"\nwiden = true', ["Advertisement"], [LEAD, PLAN]),
    Case("widen", 'text = "Newsletter"\nwiden = true', ["Newsletter"], [BRIEFING], name="stops-at-other-text"),
    Case("link-box", 'own-text = ["Read", "Most read", "Related"]\nin-sentence = false\nlink-box = true',
         ["Ferry workers call off strike", "Harbour master named", "Storm damage at the marina"],
         ["Related: Ferry, Islands", "Trending", FERRY], SHAPES_PAGE),
    Case("link-box", 'own-text = ["Related"]\nlink-box = true', [], ["Related: Ferry, Islands"], SHAPES_PAGE,
         name="tags-are-no-box"),
    Case("link-run", 'css = "a"\ntext-regex = "gacor|togel|judi"\nin-sentence = false\nlink-run = 0',
         ["togel online", "judi bola"], ["Islanders welcomed the news slot gacor", FERRY], SHAPES_PAGE),
    Case("box", f'own-text = ["{SUBSCRIBE}"]\nbox = {SMALL_PRINT}', [INBOX, "Sign up", SUBSCRIBE], [SECOND_BOAT],
         SHAPES_PAGE),
    Case("box", f'own-text = ["{SUBSCRIBE}"]\nbox = 60', [SUBSCRIBE], [INBOX, SECOND_BOAT], SHAPES_PAGE,
         name="stops-at-other-text"),
]

ERRORS = [
    Error("upward", {"reason": "r", "css": "p.x", "upward": 0}, "NC009", "between 1 and 32"),
    Error("upward", {"reason": "r", "css": "p.x", "upward": 33}, "NC009", "between 1 and 32, not 33"),
    Error("upward", {"reason": "r", "css": "p.x", "upward": "div["}, "NC005", "invalid CSS selector"),
    Error("upward", {"reason": "r", "css": "p.x", "upward": True}, "NC003", "number of levels or a CSS selector"),
    Error("upward", {"reason": "r", "css": "p.x", "upward": [1]}, "NC003", "number of levels or a CSS selector"),
    Error("widen", {"reason": "r", "css": "p.x", "widen": "yes"}, "NC003", "`widen` must be true or false"),
    Error("link-box", {"reason": "r", "css": "p.x", "link-box": 3}, "NC003", "`link-box` must be true or false"),
    Error("link-run", {"reason": "r", "css": "p.x", "link-run": 8}, "NC009", "`link-run` must be a number of words"),
    Error("link-run", {"reason": "r", "css": "p.x", "link-run": -1}, "NC009", "from 0 to 7"),
    Error("link-run", {"reason": "r", "css": "p.x", "link-run": True}, "NC009", "`link-run` must be a number of words"),
    Error("box", {"reason": "r", "css": "p.x", "box": 0}, "NC009", "between 1 and 500"),
    Error("box", {"reason": "r", "css": "p.x", "box": 501}, "NC009", "between 1 and 500 words, not 501"),
    Error("box", {"reason": "r", "css": "p.x", "box": "big"}, "NC003", "`box` must be a number of words"),
    Error("box", {"reason": "r", "css": "p.x", "box": {"small-print": "x"}}, "NC003", "`box` must be a number of words"),
    Error("box", {"reason": "r", "css": "p.x", "box": {"words": 10, "fine-print": "x"}}, "NC002", "unknown key `fine-print`"),
    Error("box", {"reason": "r", "css": "p.x", "box": {"words": 10, "small-print": "(a"}}, "NC007", "invalid regex"),
]


@cases(CASES)
def test_climb_kind(case):
    check_case(case)


@errors(ERRORS)
def test_climb_kind_errors(error):
    check_error(error)


def test_widen_takes_the_empty_slot_box():
    _, _, root = run('[[rule]]\nreason = "ad"\ntext = "Advertisement"\nwiden = true\n')
    assert not root.cssselect(".ad-box") and not root.cssselect(".slot")


def test_widen_false_leaves_the_box():
    _, _, root = run('[[rule]]\nreason = "ad"\ntext = "Advertisement"\nwiden = false\n')
    assert root.cssselect(".ad-box .slot") and not root.cssselect(".ad-box p")


def test_climbs_apply_in_the_order_written():
    # Up to the box first, then one more level: the article itself is the box's parent.
    result, _, root = run('[[rule]]\nreason = "r"\ntext = "Advertisement"\nupward = ".ad-box"\nwiden = true\n')
    assert [r.element for r in result.report.removals] == ["div.ad-box"]
    assert root.cssselect("article#story")  # widen stops at the article's other text


def test_link_box_takes_the_teaser_paragraph_and_box_whole():
    _, after, root = shaped('own-text = ["Read", "Most read", "Related"]\nin-sentence = false\nlink-box = true')
    assert "Ferry workers call off strike" not in after and "READ:" not in after
    assert not root.cssselect("div.box")
    assert "Related: Ferry, Islands" in after  # tags are no headlines: no teaser box
    assert "Trending" in after


def test_link_box_never_takes_a_sentence():
    html = SHAPES_PAGE.replace(
        '<p><b>READ:</b> <a href="https://news.example.com/2025/ferry-strike">',
        '<p><b>READ:</b> what the union said after the vote on Sunday night <a href="https://news.example.com/2025/ferry-strike">',
    )
    _, after, _ = shaped('own-text = ["Read"]\nlink-box = true', html)
    assert "what the union said after the vote on Sunday night" in after


def test_link_run_takes_a_run_of_links_and_nothing_else():
    result, after, _ = shaped('css = "a"\ntext-regex = "gacor|togel|judi"\nin-sentence = false\nlink-run = 0')
    assert "togel online" not in after and "judi bola" not in after
    assert "Islanders welcomed the news slot gacor" in after
    assert [r.element for r in result.report.removals] == ["p"]


def test_box_takes_the_sign_up_box_with_its_small_print_only():
    rule = f'own-text = ["Subscribe to our newsletter"]\nbox = {SMALL_PRINT}'
    _, after, root = shaped(rule)
    assert not root.cssselect("div.nl") and not root.cssselect("form")
    # The prompt beside a sentence of the story goes alone: the box never grows over the sentence.
    assert "The second boat will run from the first of June" in after
    assert root.cssselect("div.wrap") and len(root.cssselect("div.wrap p")) == 1


def test_box_without_small_print_stops_at_other_text():
    _, after, root = shaped('own-text = ["Subscribe to our newsletter"]\nbox = 60')
    assert root.cssselect("div.nl form") and "The day's news in your inbox" in after
