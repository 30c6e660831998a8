"""Every count the picker shows is the proxy's (/preview), not one made in the page: on a page of the
test site where the two differ, the panel shows the engine's number, and the rule saved does what
that number said."""

from __future__ import annotations

import pytest

from ..proxy.servers import Route
from .harness import PAGE_URL, counted, open_popup, pick, proposed, start_picker, tab_id

pytestmark = pytest.mark.browser

PATH = "/262995/eine-geschichte-mit-werbung"
URL = PAGE_URL.split("/", 3)[0] + "//" + PAGE_URL.split("/")[2] + PATH
# A sign-off box's title, written twice: once as a sentence, once in capitals, where German writes
# ß as SS. The engine folds case as Python's casefold does (ß → ss): one label. A page's
# toLowerCase keeps ß: two.
LABEL = "Grüße aus der Redaktion"
CAPS = "GRÜSSE AUS DER REDAKTION"
PARAGRAPH = (
    "Der Stadtrat hat am Abend nach langer Debatte beschlossen, die alte Brücke über den Fluss zu "
    "erneuern, und die Anwohner sollen während der Bauzeit eine Fähre nutzen können, die jede halbe "
    "Stunde fährt und nichts kostet, wie der Bürgermeister sagte."
)
PAGE = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Eine Geschichte</title></head>
<body><main><article id="story">
<h1>Die Brücke wird erneuert</h1>
{"".join(f'<p class="text">{PARAGRAPH}</p>' for _ in range(4))}
<aside class="promo"><span class="promo-close">{LABEL}</span></aside>
{"".join(f'<p class="text">{PARAGRAPH}</p>' for _ in range(4))}
<aside class="promo"><span class="promo-close">{CAPS}</span></aside>
</article></main></body></html>
""".encode()


@pytest.fixture(scope="module")
def story(browser, origin):
    """The page read (cleaned: the proxy keeps its copy for counting), with the popup for its tab."""
    origin.routes[PATH] = Route(PAGE, "text/html; charset=utf-8")
    context, worker, ext_id = browser
    page = context.new_page()
    page.goto(URL, wait_until="load")
    popup = open_popup(context, ext_id, tab_id(worker, URL))
    yield page, popup, worker
    popup.close()
    page.close()


def page_count(worker, tab: int, rule: dict) -> int:
    """What propose.js finds for ``rule`` in the tab (the picker's world): the count the picker made
    itself before the proxy counted."""
    return worker.evaluate(
        """async ([tab, rule]) => {
            const [r] = await chrome.scripting.executeScript(
                {target: {tabId: tab}, func: (rule) => NCPropose.targetsOf(rule).length, args: [rule]});
            return r.result;
        }""",
        [tab, rule],
    )


def test_a_label_in_two_cases_is_counted_as_the_engine_folds_it(story, user_rules):
    page, popup, worker = story
    assert page.locator("span.promo-close").all_inner_texts() == [LABEL, CAPS]  # the proxy left them
    start_picker(popup, page)
    panel = counted(pick(page, "aside.promo:first-of-type span.promo-close"))
    options = proposed(panel)
    assert options[0] == ("its label text — matches 2 elements here", f'text = "{LABEL}"'), options
    assert panel.locator(".count").inner_text() == "Matches 2 elements on this page."
    assert panel.locator(".preview").inner_text() == "The proxy would remove 2 elements."
    # the page's own count of the same rule is 1: the panel does not show it
    assert page_count(worker, tab_id(worker, URL), {"text": LABEL}) == 1

    with page.expect_navigation(wait_until="load", timeout=20_000):
        panel.locator(".save").click()
    assert page.locator("span.promo-close").count() == 0  # both went, as the proxy said
    assert "Die Brücke wird erneuert" in page.inner_text("body")
    saved = (user_rules / "inquirer.net.toml").read_text(encoding="utf-8")
    assert f'text = "{LABEL}"' in saved


def test_what_the_guard_holds_back_is_shown_as_the_proxy_would_do_it(story):
    page, popup, worker = story
    popup.reload()
    start_picker(popup, page)
    panel = counted(pick(page, "article > p.text:first-of-type"))
    options = proposed(panel)
    labels = [label for label, rule in options if rule == 'css = "p.text"']
    assert labels == ["its class (also 7 of its neighbours) — matches 8 elements here"], options
    panel.locator("#nc-proposal").select_option(label=labels[0])
    preview = panel.locator(".preview")
    preview.filter(has_text="of the 8").wait_for()
    # all eight found, none removed: together they are the story, and the guard keeps it
    assert preview.inner_text().startswith("The proxy would remove 0 elements of the 8 (guard: held back, it would take ")
    assert panel.locator(".count").inner_text() == "Matches 8 elements on this page."
    page.keyboard.press("Escape")
    assert page.locator("newsclean-picker").count() == 0
