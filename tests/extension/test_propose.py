"""The picker's proposals (extension/propose.js) in a real chromium: on the seed page and another story
of the same site, through the extension and the proxy; and its rules for texts and class names, on
the file itself loaded into a page."""

from __future__ import annotations

import pytest

from ..conftest import SEED_DIR
from .harness import (
    AD_LABEL, BYLINE, EXTENSION, OTHER_URL, PAGE_URL, open_popup, pick, proposed, start_picker, tab_id,
)

pytestmark = pytest.mark.browser


def test_the_picker_proposes_what_recurs_not_what_is_unique_to_the_article(browser, artifacts):
    context, worker, ext_id = browser
    original = PAGE_URL + "?newsclean=off"  # the page as it came: with its ad labels
    page = context.new_page()
    page.goto(original, wait_until="load")
    popup = open_popup(context, ext_id, tab_id(worker, original))
    try:
        start_picker(popup, page)

        # The byline: its text is this article's alone (a name, a time, a date).
        panel = pick(page, BYLINE)
        options = proposed(panel)
        assert options and all("08:14" not in rule and "France-Presse" not in rule for _, rule in options), options
        assert options[0][1] == 'css = "#art_author"'
        assert options[0][0].startswith("its id — matches 1 element")
        assert "Not by its text: it has digits" in panel.locator(".skipped").inner_text()
        page.screenshot(path=str(artifacts / "extension-picker-byline.png"))
        panel.locator(".another").click()

        # An ad label: the same words on every page of the site, in a box of a stable class.
        labels = (SEED_DIR / "globalnation-rubio.html").read_text(encoding="utf-8").count(AD_LABEL)
        panel = pick(page, "#inarticle_1 p.headertext")
        options = proposed(panel)
        assert options[0] == (f"its label text — matches {labels} elements here", f'text = "{AD_LABEL}"'), options
        assert ("its class — matches %d elements here" % labels, 'css = "p.headertext"') in options
        assert panel.locator(".count").inner_text() == f"Matches {labels} elements on this page."
        page.keyboard.press("Escape")
        assert page.locator("newsclean-picker").count() == 0
    finally:
        popup.close()
        page.close()

    # Another story of the site (as it came): a box with made-up classes beside a stable one.
    other = OTHER_URL + "?newsclean=off"
    page = context.new_page()
    page.goto(other, wait_until="load")
    popup = open_popup(context, ext_id, tab_id(worker, other))
    try:
        start_picker(popup, page)
        panel = pick(page, "div.share-tools")
        rules = [rule for _, rule in proposed(panel)]
        assert 'css = "div.share-tools"' in rules, rules
        assert not any("css-1x2y3z" in r or "sc-bdVaJa" in r for r in rules), rules
        page.keyboard.press("Escape")
    finally:
        popup.close()
        page.close()


LABELS = [  # (text, why it is no label, or None)
    ("Article continues after this advertisement", None),
    ("FEATURED STORIES", None),
    ("You may also like", None),
    ("READ:", None),
    ("Agence France-Presse / 08:14 AM February 04, 2025", "digits"),
    ("© 2025 Inquirer Interactive, Inc. All rights reserved.", "digits"),
    ("Updated 3 hours ago", "digits"),
    ("Posted on Monday", "date"),
    ("Published in February", "date"),
    ("Subscribe to our daily newsletter and never miss a story", "longer than a label"),
]

CLASS_NAMES = [  # (class or id, made up by a build tool?)
    ("headertext", False), ("share-tools", False), ("art_author", False), ("articleBody", False),
    ("nl-title", False), ("ztoop", False), ("fs-item", False),
    ("css-1x2y3z", True), ("sc-bdVaJa", True), ("jsx-2817263", True), ("ad-slot-3", True),
    ("e1f9kz2", True), ("inarticle_1", True), ("kQbXyZ", True),
]


@pytest.fixture(scope="module")
def bare_page(browser):
    """A blank page with propose.js loaded as it is (no content script runs on about:blank)."""
    context, _, _ = browser
    page = context.new_page()
    page.set_content("<!DOCTYPE html><title>t</title><body></body>")
    page.add_script_tag(path=str(EXTENSION / "propose.js"))
    yield page
    page.close()


@pytest.mark.parametrize(("text", "why"), LABELS)
def test_what_is_a_label(bare_page, text, why):
    trouble = bare_page.evaluate("(t) => NCPropose.labelTrouble(t)", text)
    if why is None:
        assert trouble is None
    else:
        assert trouble and why in trouble


@pytest.mark.parametrize(("name", "generated"), CLASS_NAMES)
def test_which_class_names_are_made_up(bare_page, name, generated):
    assert bare_page.evaluate("(n) => NCPropose.looksGenerated(n)", name) is generated
