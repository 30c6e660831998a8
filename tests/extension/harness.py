"""What the extension's browser tests share: the pages, and driving the popup and the picker.

The seed page is served by a local origin under its real name (the proxy's server connections for
globalnation.inquirer.net go to 127.0.0.1, see tests/proxy/servers.HostsFile); the browser goes
through the proxy; the popup is opened as the extension's own page (`popup.html?tab=<id>`), which is
what the toolbar button shows. A click on that button grants the extension the tab it was clicked on
(activeTab): a headless browser has no toolbar, so the extension under test holds a host permission
for the test site instead (conftest.py's `extension_under_test`), the grant activeTab gives. The
fixtures are in conftest.py.
"""

from __future__ import annotations

import contextlib
from urllib.parse import urlsplit

from ..conftest import REPO, SEED_URL

EXTENSION = REPO / "extension"
PAGE_URL = "http://" + SEED_URL.split("://", 1)[1]  # plain HTTP: no certificate to trust in the test
PAGE_PATH = urlsplit(PAGE_URL).path
AD_LABEL = "Article continues after this advertisement"
PICKED = "#inq-footer p"  # the element the reader picks: the site's copyright line
PICKED_TEXT = "© 2025 Inquirer Interactive, Inc. All rights reserved."
BYLINE = "#art_author"
BYLINE_TEXT = "Agence France-Presse / 08:14 AM February 04, 2025"
# Another story of the same site, on the same template: another byline, another headline, and a box
# whose classes a build tool made up beside one it did not.
OTHER_PATH = "/262990/another-story-on-the-same-template"
OTHER_URL = PAGE_URL.replace(PAGE_PATH, OTHER_PATH)
OTHER_BYLINE = "Reuters / 11:30 PM March 02, 2025"
SHARE_BOX = '<div class="css-1x2y3z sc-bdVaJa share-tools"><span>Share this story</span> <a href="/share">Facebook</a></div>'


TEST_SITE = "http://globalnation.inquirer.net/*"  # what activeTab would grant on the test pages
# What the popup injects for "Pick an element" (popup.js's PICKER_FILES), for tests that start it themselves.
PICKER_FILES = ["messages.js", "labels.js", "propose.js", "picker-text.js", "picker.js"]


def tab_id(worker, url: str) -> int:
    """The id of the tab showing ``url`` (the extension sees the addresses of the test site's tabs)."""
    tabs = worker.evaluate("async () => (await chrome.tabs.query({})).map((t) => [t.id, t.url || null])")
    found = [i for i, u in tabs if u and u.split("#")[0] == url]
    assert found, tabs
    return found[-1]


def in_picker_world(worker, tab: int, name: str) -> str | None:
    """The type of the global ``name`` in the tab's isolated world, where the popup injects the picker
    (None: not there)."""
    return worker.evaluate(
        """async ([tab, name]) => {
            const [result] = await chrome.scripting.executeScript(
                {target: {tabId: tab}, func: (n) => globalThis[n] === undefined ? null : typeof globalThis[n], args: [name]});
            return result.result;
        }""",
        [tab, name],
    )


def watch_errors(page) -> list[str]:
    """Every uncaught error and console error of ``page`` from now on (an extension page must show
    its errors, never leave them unhandled)."""
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(f"pageerror: {err}"))
    page.on("console", lambda msg: errors.append(f"console.{msg.type}: {msg.text}") if msg.type == "error" else None)
    return errors


def open_popup(context, ext_id, tab):
    popup = context.new_page()
    popup.set_viewport_size({"width": 420, "height": 820})
    popup.goto(f"chrome-extension://{ext_id}/popup.html?tab={tab}")
    return popup


@contextlib.contextmanager
def story_with_popup(browser):
    """The story open in a tab and the extension's popup for that tab (both closed afterwards). The
    popup may show errors, never leave one uncaught or log one: checked on the way out."""
    context, worker, ext_id = browser
    page = context.new_page()
    page.goto(PAGE_URL, wait_until="load")
    popup = open_popup(context, ext_id, tab_id(worker, PAGE_URL))
    errors = watch_errors(popup)
    try:
        yield page, popup
        assert errors == [], errors
    finally:
        popup.close()
        page.close()


def reloads(page):
    """Wait, around an action in the popup or the picker, for the page it reloads to load."""
    return page.expect_navigation(wait_until="load", timeout=20_000)


CONTROLS = ("#pick", "#original", "#reader", "#site-enabled", "#site-switch", "#removals", "#rules-section")


def start_picker(popup, page):
    popup.wait_for_selector("#pick:not([disabled])", timeout=15_000)
    popup.click("#pick")
    # (a locator, not wait_for_function: the extension's CSP forbids the eval that polling needs)
    popup.locator("#message", has_text="Picking").wait_for()
    page.bring_to_front()


def counted(panel):
    """Wait for the proxy's count of the chosen proposal (/preview); the panel."""
    panel.locator(".count", has_text="Matches").wait_for(timeout=15_000)
    return panel


def pick(page, selector):
    """Hover and click ``selector`` with the picker on; the proposal panel."""
    page.hover(selector)
    page.wait_for_selector("newsclean-picker .box:not([hidden])")
    page.click(selector)
    panel = page.locator("newsclean-picker .panel")
    panel.wait_for()
    return panel


def proposed(panel) -> list[tuple[str, str]]:
    """Every proposal of the panel, best first: (the option's words with the proxy's count, the rule's text)."""
    select = panel.locator("#nc-proposal")
    # the proxy counts them one after another: wait for the last one's count
    panel.locator("#nc-proposal option", has_text="counting").first.wait_for(state="detached", timeout=20_000)
    out = []
    for i, label in enumerate(select.locator("option").all_inner_texts()):
        select.select_option(index=i)
        out.append((label, panel.locator(".rule-text").inner_text()))
    select.select_option(index=0)
    return out
