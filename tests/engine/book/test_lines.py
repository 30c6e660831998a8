"""Lines of text (rules.lines): a line longer than the short walk is summed up once and gives the
same answers; unwrapping leaves the tree lxml's drop_tag leaves."""

from __future__ import annotations

import lxml.html
import pytest

from newsclean.engine.book.lines import _WALK, in_running_text, unwrap

LONG = _WALK * 3  # links on a line: past the walk on both sides for the middle ones


def links(n: int, sep: str = " ") -> str:
    return sep.join(f'<a href="/{i}">x{i}</a>' for i in range(n))


def verdicts(html: str, memo: dict | None) -> list[bool]:
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    return [in_running_text(a, memo) for a in root.iter("a")]


@pytest.mark.parametrize(
    "html,expected",
    [
        # short lines: the walk answers
        ("<p>Critics <a>slot gacor</a> said</p>", [True]),
        ("<p><a>slot gacor</a></p>", [False]),
        ("<p><b>READ:</b> <a>story</a></p>", [True]),  # a label's words are outside links
        ("<p><a>x</a> | <a>y</a></p>", [False, False]),
        # long lines: summed up
        (f"<p>The members said {links(LONG)}</p>", [True] * LONG),
        (f"<p>{links(LONG)} and left.</p>", [True] * LONG),
        (f"<p>{links(LONG)}</p>", [False] * LONG),
        (f"<p>{links(LONG, ' | ')}</p>", [False] * LONG),
        # a block or <br> ends the line: words beyond it are another line's
        (f"<p>{links(LONG)}<br>Words after the break.</p>", [False] * LONG),
        (f"<div>Words before.<div>block</div>{links(LONG)}</div>", [False] * LONG),
        (f"<div>{links(LONG)}<div>block</div> words after</div>", [False] * LONG),
        # an inline sibling far away holding words outside links puts them on the line
        (f"<p>{links(LONG)}<span>said the mayor</span></p>", [True] * LONG),
        (f"<p>{links(LONG)}<span><a>only a link</a></span></p>", [False] * (LONG + 1)),
        # a comment's content is no word; its tail is
        (f"<p>{links(LONG)}<!-- words in a comment --></p>", [False] * LONG),
        (f"<p>{links(LONG)}<!-- c --> tail words</p>", [True] * LONG),
    ],
)
def test_running_text_same_with_and_without_a_memo(html, expected):
    assert verdicts(html, None) == expected
    memo: dict = {}
    assert verdicts(html, memo) == expected
    assert verdicts(html, memo) == expected  # answered from the lines kept in the memo


def test_only_the_link_itself_is_left_out_of_its_line():
    # One link whose text is words outside no other link: for the others it is a link (no words
    # outside links), and each link's own content never counts for itself.
    html = f"<p>{links(LONG)}<span>words</span></p>"
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    span = root.find(".//span")
    memo: dict = {}
    assert all(in_running_text(a, memo) for a in root.iter("a"))
    assert in_running_text(span, memo) is False  # its own words are not "beside" it


FRAGMENTS = [
    "<div>Hello <b>World!</b> bye</div>",
    "<div><b>World!</b> bye</div>",
    "<div>a<i>x</i>b<b>c<i>d</i>e</b>f<u>g</u>h</div>",
    "<div>a<i>x</i>b<b></b>f</div>",
    "<div>a<b><i>d</i></b>tail</div>",
    "<div><b>text<!-- c -->more</b><i>y</i></div>",
    "<div>" + links(50) + " end</div>",
]


@pytest.mark.parametrize("html", FRAGMENTS)
def test_unwrap_leaves_the_tree_drop_tag_leaves(html):
    ours = lxml.html.fragment_fromstring(html)
    theirs = lxml.html.fragment_fromstring(html)
    for mine, lxmls in zip(list(ours.iter("b", "a")), list(theirs.iter("b", "a"))):
        unwrap(mine)
        lxmls.drop_tag()
        assert lxml.html.tostring(ours) == lxml.html.tostring(theirs)
    assert ours.find(".//b") is None and ours.find(".//a") is None
