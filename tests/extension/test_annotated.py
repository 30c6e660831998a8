"""The popup's "Show what was removed" in a real chromium: the extension's annotated.html asks the
real proxy for the picture of the page in the tab (GET /annotated) and shows it in a sandboxed frame,
the removed elements outlined and labelled by their rules."""

from __future__ import annotations

import pytest

from ..conftest import SEED_DIR
from .harness import AD_LABEL, PAGE_URL, story_with_popup, watch_errors

pytestmark = pytest.mark.browser


def test_show_what_was_removed_opens_the_picture_of_the_tab(browser, artifacts):
    context, _worker, ext_id = browser
    with story_with_popup(browser) as (page, popup):
        popup.wait_for_selector("#annotated", state="visible", timeout=15_000)
        with context.expect_page() as opened:
            popup.click("#annotated")
        picture = opened.value
        errors = watch_errors(picture)
        try:
            picture.wait_for_load_state()
            assert picture.url.startswith(f"chrome-extension://{ext_id}/annotated.html?url=")
            picture.locator("#message.ok").wait_for(timeout=20_000)
            assert picture.locator("#page-url").inner_text() == PAGE_URL
            summary = picture.inner_text("#message")
            assert "removed (red)" in summary and "rules of inquirer.net" in summary
            frame_el = picture.locator("#picture")
            assert frame_el.get_attribute("sandbox") == ""  # no scripts, no origin of its own
            frame = frame_el.element_handle().content_frame()
            frame.wait_for_selector("#newsclean-preview-panel")
            removed = frame.locator("[data-newsclean-preview-kind=removed]")
            texts = removed.all_inner_texts()
            labels = (SEED_DIR / "globalnation-rubio.html").read_text(encoding="utf-8").count(AD_LABEL)
            assert sum(AD_LABEL in t for t in texts) == labels  # the page as it came: the ad labels are there
            ad = removed.filter(has_text=AD_LABEL).first
            assert ad.evaluate("el => getComputedStyle(el).outlineColor") == "rgb(215, 25, 28)"
            assert ad.locator(".newsclean-preview-label").first.inner_text().endswith("inquirer.net:ad-label")
            assert frame.locator("script").count() == 0
            items = frame.locator("#newsclean-preview-panel li")
            assert items.count() == len(texts) + frame.locator("[data-newsclean-preview-kind=marked]").count()
            picture.screenshot(path=str(artifacts / "extension-annotated.png"))
            # The page's own images and style sheets, which the test's origin does not serve, fail to
            # load in the picture; anything else said as an error is the extension's.
            ours = [e for e in errors if "Failed to load resource" not in e]
            assert ours == [], errors
        finally:
            picture.close()
        assert AD_LABEL not in page.inner_text("body")  # the tab itself stays cleaned
