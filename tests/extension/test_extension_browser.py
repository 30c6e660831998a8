"""The extension in a real chromium: loaded unpacked, talking to the real proxy, on the seed page
(the pages and the fixtures: harness.py, conftest.py)."""

from __future__ import annotations

import json
import re

import pytest

from newsclean.engine.book.compile import parse_rule_text

from ..conftest import SEED_DIR
from .harness import (
    AD_LABEL,
    CONTROLS,
    EXTENSION,
    OTHER_URL,
    PAGE_URL,
    PICKED,
    PICKED_TEXT,
    PICKER_FILES,
    counted,
    in_picker_world,
    open_popup,
    pick,
    reloads,
    start_picker,
    story_with_popup,
    tab_id,
    watch_errors,
)

pytestmark = pytest.mark.browser


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
            # the picker, injected and asked directly as the popup would, does not start: it could not save
            tab = tab_id(worker, PAGE_URL)
            answer = worker.evaluate("""async (tab) => {
                await chrome.scripting.executeScript({target: {tabId: tab}, files: PICKER_FILES});
                return chrome.tabs.sendMessage(tab, {type: "newsclean:pick"});
            }""".replace("PICKER_FILES", json.dumps(PICKER_FILES)), tab)
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


def test_the_popup_says_how_often_each_rule_matched(browser, proxy, artifacts):
    with story_with_popup(browser) as (page, popup):
        assert proxy.addon.stats.flush()  # what the proxy counted, written now rather than in a few seconds
        popup.reload()
        popup.wait_for_selector("#rules-section:not([hidden])", timeout=15_000)
        popup.locator("#rules-details").evaluate("d => d.open = true")
        counted = popup.locator('#rules li[data-rule="inquirer.net:ad-label"] .rule-stats').inner_text()
        found = re.fullmatch(r"matched (\d+) times on 1 site", counted)
        labels = (SEED_DIR / "globalnation-rubio.html").read_text(encoding="utf-8").count(AD_LABEL)
        assert found and int(found.group(1)) >= labels, counted  # this load's labels at least (and earlier tests')
        never = popup.locator("#rules li .rule-stats", has_text="no match on inquirer.net yet")
        assert never.count() >= 1  # rules that did nothing on this site say so
        popup.screenshot(path=str(artifacts / "extension-popup-stats.png"), full_page=True)


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
        assert counted(panel).locator(".count").inner_text() == "Matches 1 element on this page."  # the proxy's count
        assert panel.locator(".preview").inner_text() == "The proxy would remove 1 element."
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


def test_the_picker_is_put_into_the_page_only_when_asked(browser):
    manifest = json.loads((EXTENSION / "manifest.json").read_text())
    assert "content_scripts" not in manifest  # no script of ours in every page
    assert {"activeTab", "scripting"} <= set(manifest["permissions"]) and "tabs" not in manifest["permissions"]
    assert all(h.startswith(("http://127.0.0.1/", "http://localhost/", "http://[::1]/")) for h in manifest["host_permissions"])
    popup_js = (EXTENSION / "popup.js").read_text()
    assert f"const PICKER_FILES = {json.dumps(PICKER_FILES)};".replace('","', '", "') in popup_js

    context, worker, ext_id = browser
    with story_with_popup(browser) as (page, popup):
        tab = tab_id(worker, PAGE_URL)
        for name in ("NC_MESSAGES", "NCLabels", "NCPropose", "NCPickerText", "__newscleanPicker"):
            assert in_picker_world(worker, tab, name) is None, name
        start_picker(popup, page)
        assert in_picker_world(worker, tab, "NCPropose") == "object"
        assert in_picker_world(worker, tab, "__newscleanPicker") == "boolean"
        assert page.locator("newsclean-picker").count() == 1
        popup.click("#pick")  # again: the files go in again, the first picker gives way to one new one
        popup.locator("#message", has_text="Picking").wait_for()
        assert popup.locator("#message.error").count() == 0
        assert page.locator("newsclean-picker").count() == 1
        page.keyboard.press("Escape")
        assert page.locator("newsclean-picker").count() == 0


def test_what_fails_in_the_popup_is_said_there_not_thrown(browser):
    """The tab goes while its popup is open: every button then fails, and says so."""
    context, worker, ext_id = browser
    page = context.new_page()
    page.goto(PAGE_URL, wait_until="load")
    popup = open_popup(context, ext_id, tab_id(worker, PAGE_URL))
    errors = watch_errors(popup)
    try:
        popup.wait_for_selector("#pick:not([disabled])", timeout=15_000)
        page.close()
        popup.click("#original")
        popup.locator("#message.error", has_text="Something went wrong").wait_for(timeout=10_000)
        assert "No tab with id" in popup.inner_text("#message")
        popup.click("#pick")
        popup.locator("#message.error", has_text="The picker cannot run on this page").wait_for(timeout=10_000)
        popup.click("#reader")
        popup.locator("#message.error", has_text="Something went wrong").wait_for(timeout=10_000)
        assert errors == [], errors
    finally:
        popup.close()
