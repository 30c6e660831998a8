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
BYLINE = "#art_author"
BYLINE_TEXT = "Agence France-Presse / 08:14 AM February 04, 2025"
# Another story of the same site, on the same template: another byline, another headline, and a box
# whose classes a build tool made up beside one it did not.
OTHER_PATH = "/262990/another-story-on-the-same-template"
OTHER_URL = PAGE_URL.replace(PAGE_PATH, OTHER_PATH)
OTHER_BYLINE = "Reuters / 11:30 PM March 02, 2025"
SHARE_BOX = '<div class="css-1x2y3z sc-bdVaJa share-tools"><span>Share this story</span> <a href="/share">Facebook</a></div>'


@pytest.fixture(scope="module")
def origin():
    page = (need_shared(SEED_DIR) / "globalnation-rubio.html").read_bytes()
    other = (
        page.replace(BYLINE_TEXT.split(" / ")[1].encode(), OTHER_BYLINE.split(" / ")[1].encode())
        .replace(b">Agence France-Presse</a>", b">Reuters</a>")
        .replace(b"Rubio: Bukele offers to jail", b"Rubio meets Panama's leader over")
        .replace(b'<div id="article-tags">', SHARE_BOX.encode() + b'\n  <div id="article-tags">')
    )
    assert BYLINE_TEXT.encode() not in other and SHARE_BOX.encode() in other
    server = Origin()
    server.routes[PAGE_PATH] = Route(page, "text/html; charset=UTF-8")
    server.routes[OTHER_PATH] = Route(other, "text/html; charset=UTF-8")
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


CONTROLS = ("#pick", "#original", "#reader", "#site-enabled", "#site-switch", "#removals", "#rules-section")


def start_picker(popup, page):
    popup.wait_for_selector("#pick:not([disabled])", timeout=15_000)
    popup.click("#pick")
    # (a locator, not wait_for_function: the extension's CSP forbids the eval that polling needs)
    popup.locator("#message", has_text="Picking").wait_for()
    page.bring_to_front()


def pick(page, selector):
    """Hover and click ``selector`` with the picker on; the proposal panel."""
    page.hover(selector)
    page.wait_for_selector("newsclean-picker .box:not([hidden])")
    page.click(selector)
    panel = page.locator("newsclean-picker .panel")
    panel.wait_for()
    return panel


def proposed(panel) -> list[tuple[str, str]]:
    """Every proposal of the panel, best first: (the option's words, the rule's text)."""
    select = panel.locator("#nc-proposal")
    out = []
    for i, label in enumerate(select.locator("option").all_inner_texts()):
        select.select_option(index=i)
        out.append((label, panel.locator(".rule-text").inner_text()))
    select.select_option(index=0)
    return out


def test_without_a_token_the_popup_shows_how_to_connect_and_no_controls(browser, artifacts):
    context, worker, ext_id = browser
    token = worker.evaluate("async () => (await chrome.storage.local.get('token')).token")
    assert token
    worker.evaluate("async () => chrome.storage.local.set({token: ''})")
    try:
        with story_with_popup(browser) as (page, popup):
            popup.locator("#message", has_text="no token").wait_for(timeout=15_000)
            text = popup.inner_text("#message")
            assert "newsclean run" in text and "~/.mitmproxy/newsclean-token" in text and "Options" in text
            assert popup.locator("#options-link").is_visible()
            for control in CONTROLS:
                assert not popup.locator(control).is_visible(), control
            assert popup.locator("button:visible, input:visible").count() == 0
            popup.screenshot(path=str(artifacts / "extension-popup-no-token.png"), full_page=True)
            # the picker, asked directly as the popup would, does not start: it could not save
            tab = tab_id(worker, PAGE_URL)
            answer = worker.evaluate(
                "async (tab) => chrome.tabs.sendMessage(tab, {type: 'newsclean:pick', site: 'inquirer.net'})", tab)
            assert answer["ok"] is False and "token" in answer["error"]
            assert page.locator("newsclean-picker").count() == 0
    finally:
        worker.evaluate("async (token) => chrome.storage.local.set({token})", token)
    with story_with_popup(browser) as (page, popup):  # with the token: the controls are there
        popup.wait_for_selector("details.group", timeout=15_000)
        for control in ("#pick", "#original", "#reader", "#site-enabled"):
            assert popup.locator(control).is_visible(), control
        assert popup.inner_text("#message") == ""


def test_the_popup_on_the_seed_page_is_short_and_unfolds(browser, artifacts):
    with story_with_popup(browser) as (page, popup):
        popup.wait_for_selector("details.group", timeout=15_000)
        popup.wait_for_selector("#rules-section:not([hidden])", timeout=15_000)
        groups = popup.locator("details.group")
        assert groups.count() >= 6  # the seed page's removals come from six rules or more
        popup.set_viewport_size({"width": 420, "height": 100})  # the document's own height, not the window's
        height = popup.evaluate("() => document.documentElement.scrollHeight")
        popup.screenshot(path=str(artifacts / "extension-popup-folded.png"), full_page=True)
        print(f"popup height on the seed page: {height} px")
        assert height < 600, height  # a browser's popup is at most 600 px tall
        ad = popup.locator('details.group[data-rule="inquirer.net:ad-label"]')
        assert not ad.locator(".removed-text").first.is_visible()
        assert ad.locator("summary").inner_text().startswith("inquirer.net:ad-label ×")
        ad.locator("summary").click()
        assert ad.locator(".removed-text").first.is_visible()
        assert not popup.locator("#rules li").first.is_visible()  # the rules list is folded too


def test_the_popup_lists_this_pages_removals(browser, artifacts):
    with story_with_popup(browser) as (page, popup):
        assert AD_LABEL not in page.inner_text("body")  # the proxy cleaned it
        popup.wait_for_selector("details.group", timeout=15_000)
        assert re.match(r"\d+ removed", popup.inner_text("#removals-title"))
        ad = popup.locator('details.group[data-rule="inquirer.net:ad-label"]')
        assert ad.count() == 1
        labels = (SEED_DIR / "globalnation-rubio.html").read_text(encoding="utf-8").count(AD_LABEL)
        assert ad.locator(".removed-text").all_text_contents() == [AD_LABEL] * labels
        assert "Ad slot label" in ad.locator("summary").get_attribute("title")
        assert "Ad slot label" in ad.locator(".reason").text_content()  # (folded: shown on a click)
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
        start_picker(popup, page)
        panel = pick(page, PICKED)
        assert panel.locator(".site").inner_text() == "inquirer.net"
        # Its text has the year in it: the place under the footer is what the site's pages share.
        proposal = panel.locator(".rule-text").inner_text()
        assert proposal == 'css = "#inq-footer > p"'
        assert "Not by its text: it has digits" in panel.locator(".skipped").inner_text()
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
        assert [r.table.get("css") for r in parsed.rules] == ["#inq-footer > p"]
        assert f"# picked on {PAGE_URL}" in saved

        other = page.context.new_page()  # the rule holds on the site's other pages too
        other.goto(OTHER_URL, wait_until="load")
        assert other.locator(PICKED).count() == 0 and "Reuters" in other.inner_text("body")
        other.close()

        popup.reload()
        group = popup.locator('details.group[data-rule="inquirer.net:picked-inq-footer-p"]')
        group.wait_for(timeout=15_000)
        group.locator("summary").click()
        assert group.locator(".removed-text").inner_text() == PICKED_TEXT
        popup.locator("#rules-details").evaluate("d => d.open = true")
        assert popup.locator("#undo").inner_text().startswith("Undo: added rule picked-inq-footer-p")
        popup.screenshot(path=str(artifacts / "extension-popup-after-pick.png"), full_page=True)

        # undo from the popup: the rule goes, the page gets its tags back
        with reloads(page):
            popup.click("#undo")
        assert page.locator(PICKED).count() == 1
        assert not (user_rules / "inquirer.net.toml").exists()


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
        assert "enabled" not in (user_rules / "inquirer.net.toml").read_text()  # on again: the key is gone
