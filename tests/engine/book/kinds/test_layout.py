"""Conditions on where an element is and whether it shows: `hidden`, `within`."""

from __future__ import annotations

from .pages import (
    BRIEFING,
    CRITICS,
    LEAD,
    PLAN,
    SPRING,
    Case,
    Error,
    cases,
    check_case,
    check_error,
    errors,
    run,
)

CASES = [
    Case("hidden", 'hidden = true\ncss = "div"', ["slot gacor", "judi bola"], [LEAD, SPRING]),
    Case("hidden", "hidden = true", ["slot gacor", "togel", "judi bola"], [LEAD, CRITICS], name="alone"),
    Case("hidden", 'css = ".ad-box, div[style]"\nhidden = false', ["Advertisement"], ["slot gacor", "judi bola"],
         name="false"),
    Case("within", 'css = "p"\nmax-words = 8\nwithin = "article"', [], [BRIEFING], name="article"),
    Case("within", 'css = "p"\nwithin = "article"\ntext-contains = "officials said"', [SPRING], [BRIEFING, LEAD],
         name="article-takes"),
    Case("within", 'css = "p"\nwithin = "aside"', [BRIEFING], [LEAD], name="css"),
    Case("within", 'css = "a"\nwithin = ".ad-box, div[style]"', ["slot gacor", "judi bola"], [PLAN, CRITICS],
         name="css-list"),
]

ERRORS = [
    Error("hidden", {"reason": "r", "css": "p.x", "hidden": "yes"}, "NC003", "`hidden` must be true or false"),
    Error("hidden", {"reason": "r", "hidden": False}, "NC008", "needs a way to find elements"),
    Error("within", {"reason": "r", "css": "p.x", "within": 5}, "NC003", "`within` must be a string"),
    Error("within", {"reason": "r", "css": "p.x", "within": "div[["}, "NC005", "invalid CSS selector"),
    Error("within", {"reason": "r", "css": "p.x", "within": " "}, "NC005", "`within` is empty"),
]


@cases(CASES)
def test_layout_kind(case):
    check_case(case)


@errors(ERRORS)
def test_layout_kind_errors(error):
    check_error(error)


def test_hidden_by_attribute_and_each_inline_style():
    styles = ["display:none", "visibility: hidden", "position:absolute;left:-9999px", "font-size:0", "opacity:0"]
    blocks = "".join(f'<div style="{s}"><p>hidden block {i}</p></div>' for i, s in enumerate(styles))
    html = f"<html><body><p>The visible story.</p>{blocks}<div hidden><p>hidden block attr</p></div></body></html>"
    _, after, _ = run('[[rule]]\nreason = "r"\nhidden = true\n', html)
    assert "The visible story." in after and "hidden block" not in after


def test_within_article_is_the_whole_page_when_there_is_no_article():
    html = "<html><body><div><p>One short line.</p><p>A second paragraph of the story text here.</p></div></body></html>"
    _, after, _ = run('[[rule]]\nreason = "r"\ncss = "p"\nmax-words = 3\nwithin = "article"\n', html)
    assert "One short line." not in after and "A second paragraph" in after
