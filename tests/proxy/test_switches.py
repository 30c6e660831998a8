"""proxy.switches: a reader's switches in a request's path, and the X-Newsclean header a page gets."""

from __future__ import annotations

import pytest

from newsclean.proxy.switches import status_header, take_switch


@pytest.mark.parametrize(
    "path, expected, asked",
    [
        ("/a?newsclean=off", "/a", "off"),
        ("/a?x=1&newsclean=off&y=%20z", "/a?x=1&y=%20z", "off"),
        ("/a?newsclean=off&newsclean=off", "/a", "off"),
        ("/a?newsclean=reader", "/a", "reader"),
        ("/a?newsclean=clean&x=1#top", "/a?x=1#top", "clean"),
        ("/a?newsclean=reader&newsclean=off", "/a", "off"),  # the original wins
        ("/a?newsclean=on", "/a?newsclean=on", None),
        ("/a?newsclean=", "/a?newsclean=", None),
        ("/a?mynewsclean=off", "/a?mynewsclean=off", None),
        ("/a", "/a", None),
    ],
)
def test_switch_parameter_is_removed_and_the_rest_kept_byte_for_byte(path, expected, asked):
    assert take_switch(path) == (expected, asked)


def test_status_header_says_what_went_and_why_nothing_did():
    assert status_header(3, ("inquirer.net", "_default")) == "removed=3; rules=inquirer.net,_default"
    assert status_header(0, ("_default",), 2) == "removed=0; marked=2; rules=_default"
    assert status_header(0, (), status="busy").endswith("status=busy")
