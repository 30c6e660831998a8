"""The extension in a real chromium: loaded unpacked, talking to the real proxy, on the seed page.

The seed page is served by a local origin under its real name (the proxy's server connections for
globalnation.inquirer.net go to 127.0.0.1, see tests/proxy/servers.HostsFile); the browser goes
through the proxy; the popup is opened as the extension's own page (`popup.html?tab=<id>`), which is
what the toolbar button shows.
"""

from __future__ import annotations

import contextlib

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from newsclean.rules.loader import parse_rule_text

from ..conftest import CHROMIUM_ARGS, REPO, SEED_DIR, SEED_URL, need_shared
from ..proxy.servers import Origin, Route, RunningProxy

pytestmark = pytest.mark.browser

EXTENSION = REPO / "extension"
PAGE_URL = "http://" + SEED_URL.split("://", 1)[1]  # plain HTTP: no certificate to trust in the test
PAGE_PATH = urlsplit(PAGE_URL).path
AD_LABEL = "Article continues after this advertisement"
PICKED = "#inq-footer p"  # the element the reader picks: the site's copyright line
PICKED_TEXT = "© 2025 Inquirer Interactive, Inc. All rights reserved."


@pytest.fixture(scope="module")
def origin():
    page = (need_shared(SEED_DIR) / "globalnation-rubio.html").read_bytes()
    server = Origin()
    server.routes[PAGE_PATH] = Route(page, "text/html; charset=UTF-8")
    yield server
    server.close()


@pytest.fixture(scope="module")
def user_rules(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("user-rules")


@pytest.fixture(scope="module")
def proxy(tmp_path_factory, origin, user_rules):
    confdir = tmp_path_factory.mktemp("confdir")
    running = RunningProxy(confdir, {("globalnation.inquirer.net", 80): origin.port},
                           rules=str(user_rules), newsclean_watch=False)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser(tmp_path_factory, chromium_path, proxy):
    """chromium with the unpacked extension, configured with the proxy's address and token."""
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=chromium_path, headless=True,
            proxy={"server": proxy.url},
            args=[*CHROMIUM_ARGS, f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}"],
            viewport={"width": 1100, "height": 900},
        )
        # The seed page asks for an ad script and images over HTTPS from hosts that are not here: refuse
        # them in the browser, so nothing leaves 127.0.0.1 and no load waits on a name that cannot resolve.
        context.route(re.compile(r"^https://"), lambda route: route.abort())
        try:
            worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
            ext_id = urlsplit(worker.url).hostname
            options = context.new_page()
            options.goto(f"chrome-extension://{ext_id}/options.html")
            options.fill("#proxy", proxy.url)
            options.fill("#token", (proxy.confdir / "newsclean-token").read_text().strip())
            options.click("#save")
            options.wait_for_selector("#result.ok", timeout=15_000)
            assert "Connected to newsclean" in options.inner_text("#result")
            options.close()
            yield context, worker, ext_id
        finally:
            context.close()


def tab_id(worker, url: str) -> int:
    """The id of the tab showing ``url``. The extension may not read tabs' addresses (no "tabs"
    permission), so each tab's picker script is asked where it is, as the popup does."""
    tabs = worker.evaluate("""async () => {
        const out = [];
        for (const t of await chrome.tabs.query({})) {
            try { out.push([t.id, (await chrome.tabs.sendMessage(t.id, {type: "newsclean:where"})).url]); }
            catch (e) { out.push([t.id, null]); }
        }
        return out;
    }""")
    found = [i for i, u in tabs if u and u.split("#")[0] == url]
    assert found, tabs
    return found[-1]


def open_popup(context, ext_id, tab):
    popup = context.new_page()
    popup.set_viewport_size({"width": 420, "height": 820})
    popup.goto(f"chrome-extension://{ext_id}/popup.html?tab={tab}")
    return popup


@contextlib.contextmanager
def story_with_popup(browser):
    """The story open in a tab and the extension's popup for that tab (both closed afterwards)."""
    context, worker, ext_id = browser
    page = context.new_page()
    page.goto(PAGE_URL, wait_until="load")
    popup = open_popup(context, ext_id, tab_id(worker, PAGE_URL))
    try:
        yield page, popup
    finally:
        popup.close()
        page.close()


def reloads(page):
    """Wait, around an action in the popup or the picker, for the page it reloads to load."""
    return page.expect_navigation(wait_until="load", timeout=20_000)


def test_the_popup_lists_this_pages_removals(browser, artifacts):
    with story_with_popup(browser) as (page, popup):
        assert AD_LABEL not in page.inner_text("body")  # the proxy cleaned it
        popup.wait_for_selector("details.group", timeout=15_000)
        assert re.match(r"\d+ removed", popup.inner_text("#removals-title"))
        ad = popup.locator('details.group[data-rule="inquirer.net:ad-label"]')
        assert ad.count() == 1
        labels = (SEED_DIR / "globalnation-rubio.html").read_text(encoding="utf-8").count(AD_LABEL)
        assert ad.locator(".removed-text").all_text_contents() == [AD_LABEL] * labels
        assert "Ad slot label" in ad.locator(".reason").inner_text()
        featured = popup.locator('details.group[data-rule="inquirer.net:featured-stories"] .removed-text').text_content()
        assert featured.startswith("FEATURED STORIES")
        assert popup.locator("#site-name").inner_text() == "inquirer.net"
        assert popup.locator("#site-enabled").is_checked()
        popup.locator("#rules-details").evaluate("d => d.open = true")
        assert popup.locator('#rules li[data-rule="inquirer.net:ad-label"] .origin').inner_text() == "bundled"
        popup.screenshot(path=str(artifacts / "extension-popup-removals.png"), full_page=True)


def test_picking_an_element_makes_a_rule_and_the_reloaded_page_lacks_it(browser, user_rules, artifacts):
    with story_with_popup(browser) as (page, popup):
        assert page.locator(PICKED).count() == 1
        popup.wait_for_selector("#pick:not([disabled])", timeout=15_000)
        popup.click("#pick")
        # (a locator, not wait_for_function: the extension's CSP forbids the eval that polling needs)
        popup.locator("#message", has_text="Picking").wait_for()
        page.bring_to_front()
        page.hover(PICKED)
        page.wait_for_selector("newsclean-picker .box:not([hidden])")
        page.click(PICKED)
        panel = page.locator("newsclean-picker .panel")
        panel.wait_for()
        assert panel.locator(".site").inner_text() == "inquirer.net"
        proposal = panel.locator(".rule-text").inner_text()
        assert proposal == f'text = "{PICKED_TEXT}"'  # a text anchor first
        assert panel.locator(".count").inner_text() == "Matches 1 element on this page."
        panel.locator(".preview", has_text="would").wait_for()
        assert "would remove 1 element" in panel.locator(".preview").inner_text()  # the proxy's preview agrees
        page.screenshot(path=str(artifacts / "extension-picker-panel.png"))
        with reloads(page):
            panel.locator(".save").click()
        assert page.locator(PICKED).count() == 0  # the reloaded page no longer has it
        body = page.inner_text("body")
        assert "There is virtually no precedent" in body and "Marco Rubio said Monday" in body

        saved = (user_rules / "inquirer.net.toml").read_text()
        parsed = parse_rule_text(saved, "inquirer.net.toml", "inquirer.net")
        assert [r.table.get("text") for r in parsed.rules] == [PICKED_TEXT]
        assert f"# picked on {PAGE_URL}" in saved

        popup.reload()
        group = popup.locator('details.group[data-rule="inquirer.net:picked-2025-inquirer-interactive-inc"]')
        group.wait_for(timeout=15_000)
        assert group.locator(".removed-text").inner_text() == PICKED_TEXT
        popup.locator("#rules-details").evaluate("d => d.open = true")
        assert popup.locator("#undo").inner_text().startswith("Undo: added rule picked-2025-inquirer")
        popup.screenshot(path=str(artifacts / "extension-popup-after-pick.png"), full_page=True)

        # undo from the popup: the rule goes, the page gets its tags back
        with reloads(page):
            popup.click("#undo")
        assert page.locator(PICKED).count() == 1
        assert not (user_rules / "inquirer.net.toml").exists()


def test_reader_view_from_the_popup(browser, artifacts):
    with story_with_popup(browser) as (page, popup):
        popup.wait_for_selector("details.group", timeout=15_000)
        with reloads(page):
            popup.click("#reader")
        assert page.url.endswith("?newsclean=reader")
        assert page.locator("article.newsclean-article").count() == 1  # the proxy's reader page
        body = page.inner_text("body")
        assert "Marco Rubio said Monday" in body and AD_LABEL not in body
        assert page.locator("script").count() == 0
        page.screenshot(path=str(artifacts / "extension-reader-view.png"), full_page=True)


def test_show_original_and_the_site_switch(browser, user_rules):
    with story_with_popup(browser) as (page, popup):
        popup.wait_for_selector("details.group", timeout=15_000)
        with reloads(page):
            popup.click("#original")
        assert page.url.endswith("?newsclean=off")
        assert AD_LABEL in page.inner_text("body")  # the original, for this load only

        page.goto(PAGE_URL, wait_until="load")
        assert AD_LABEL not in page.inner_text("body")
        popup.reload()
        popup.wait_for_selector("#site-switch:not([hidden])", timeout=15_000)
        with reloads(page):
            popup.uncheck("#site-enabled")
        assert AD_LABEL in page.inner_text("body")  # switched off: served as it came
        assert "enabled = false" in (user_rules / "inquirer.net.toml").read_text()
        popup.reload()
        popup.wait_for_selector("#site-switch:not([hidden])", timeout=15_000)
        assert not popup.locator("#site-enabled").is_checked()
        with reloads(page):
            popup.check("#site-enabled")
        assert AD_LABEL not in page.inner_text("body")
