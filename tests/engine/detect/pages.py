"""Small pages for the detector's tests: a story of a few prose paragraphs and one block between them."""

from __future__ import annotations

from newsclean.engine import document
from newsclean.engine.book.kinds import MARK_CLASS
from newsclean.engine.page import Page

URL = "https://news.example.org/2024/05/city-council-votes-on-the-new-transit-plan"

PROSE = [
    "The city council voted on Tuesday to approve the new transit plan, ending months of debate over fares and routes.",
    "Supporters said the plan would cut travel times for thousands of commuters who rely on buses to reach the centre.",
    "Opponents warned that the cost of the project had grown by a third since it was first proposed two years ago.",
    "The mayor said construction would begin in the spring and that the first new line could open by the end of 2026.",
]


def story(block: str = "", after: str = "", at: int = 2) -> bytes:
    paragraphs = [f"<p>{p}</p>" for p in PROSE]
    paragraphs.insert(at, block)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Transit plan</title></head><body>'
        '<header><a href="/">Home</a></header><main><article><h1>Council approves the transit plan</h1>'
        f'<div class="story-body">{"".join(paragraphs)}</div>{after}</article></main>'
        "<footer><p>Contact us</p></footer></body></html>"
    ).encode()


def page(data: bytes, url: str = URL) -> Page:
    return Page(document.parse_page(data).root, url)


def measured(block_html: str):
    """The signals of the one block put between the story's paragraphs."""
    from newsclean.engine.detect import blocks, signals

    pg = page(story(block_html))
    found = blocks.find_story(pg)
    (block,) = [b for b in found.blocks if b.position == "between"]
    return signals.measure(pg, block.el, block.position)


FATES = {"kept": 0, "mark": 1, "remove": 2}  # how badly a line of the story fared, worst last


def line_count_fate(before: bytes, after: bytes, line: str) -> str:
    """`line_fate` with every occurrence of the line counted: "remove" when the cleaned page holds it
    fewer times than the page did (a subheading "Werbung" taken while the word stays in a paragraph;
    one of an interview's two "Yes." answers), "mark" when an occurrence is in a dimmed element."""
    line = " ".join(line.split())
    root = _readable(after)
    if _text(root).count(line) < _text(_readable(before)).count(line):
        return "remove"
    dimmed = (el for el in root.iter() if isinstance(el.tag, str) and MARK_CLASS in (el.get("class") or "").split())
    return "mark" if any(line in _text(el) for el in dimmed) else "kept"


def _readable(body: bytes):
    root = document.parse_page(body).root
    for code in root.xpath("//script|//style|//noscript|//template"):
        code.drop_tree()
    return root


def line_fate(body: bytes, line: str, markup: bool = False) -> str:
    """What became of a line of the story in a cleaned page: "kept", "mark" (inside a dimmed
    element) or "remove" (not in its text; ``markup``: nor in its markup — an empty component's
    tag, `golf-leaderboard`, is a line to keep too)."""
    root = document.parse_page(body).root
    for code in root.xpath("//script|//style|//noscript|//template"):
        code.drop_tree()
    line = " ".join(line.split())
    if line not in _text(root) and not (markup and line in body.decode("utf-8", "replace")):
        return "remove"
    dimmed = (el for el in root.iter() if isinstance(el.tag, str) and MARK_CLASS in (el.get("class") or "").split())
    return "mark" if any(line in _text(el) for el in dimmed) else "kept"


def _text(el) -> str:
    return " ".join(el.text_content().split())
