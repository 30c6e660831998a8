"""The picker's proposals (extension/propose.js) in a real chromium: on the seed page and another story
of the same site, through the extension and the proxy. (Its rules for texts and class names,
extension/labels.js, are checked by node: labels.test.js.)"""

from __future__ import annotations

import pytest

from ..conftest import SEED_DIR
from .harness import (
    AD_LABEL,
    BYLINE,
    OTHER_URL,
    PAGE_URL,
    counted,
    open_popup,
    pick,
    proposed,
    start_picker,
    tab_id,
)

pytestmark = pytest.mark.browser


def test_the_picker_proposes_what_recurs_not_what_is_unique_to_the_article(browser, artifacts):
    context, worker, ext_id = browser
    original = PAGE_URL + "?newsclean=off"  # the page as it came: with its ad labels
    page = context.new_page()
    page.goto(PAGE_URL, wait_until="load")  # read cleaned first: the proxy keeps that copy for its counts
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
        # The counts are the proxy's, on its copy: there the site's bundled rule takes these labels
        # before a new rule runs, though the page shown (as it came) has them all.
        assert page.locator("p.headertext").count() == labels
        assert options[0] == ("its label text — matches 0 elements here", f'text = "{AD_LABEL}"'), options
        assert ("its class — matches 0 elements here", 'css = "p.headertext"') in options
        assert counted(panel).locator(".count").inner_text() == "Matches 0 elements on this page."
        assert "once the site's other rules have run" in panel.locator(".preview").inner_text()
        page.keyboard.press("Escape")
        assert page.locator("newsclean-picker").count() == 0
    finally:
        popup.close()
        page.close()

    # Another story of the site (as it came): a box with made-up classes beside a stable one.
    other = OTHER_URL + "?newsclean=off"
    page = context.new_page()
    page.goto(OTHER_URL, wait_until="load")
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
