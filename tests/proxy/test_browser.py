"""A real browser through the proxy: Debian's chromium, driven by playwright, loads the seed page.

The page comes over HTTPS from a local origin standing in for globalnation.inquirer.net (see
servers.HostsFile), so the bundled inquirer.net rules apply as they would on the real site. What
must go and what must stay are the seed case's lists (tests/sites/inquirer-seed/case.toml), checked
on the DOM the browser built. Every other name the page refers to (an ad server's script) is
pointed at the local origins too: nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from ..conftest import CHROMIUM_ARGS, SEED_DIR, SEED_URL, need_shared
from .servers import Origin, Route, RunningProxy, make_tls_cert

pytestmark = pytest.mark.browser

SEED_CASE = Path(__file__).resolve().parents[1] / "sites" / "inquirer-seed" / "case.toml"
SEED_HOST = "globalnation.inquirer.net"
SEED_PATH = SEED_URL.split(SEED_HOST, 1)[1]


def normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def case():
    return tomllib.loads(SEED_CASE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def origin(tmp_path_factory):
    seed = need_shared(SEED_DIR / "globalnation-rubio.html").read_bytes()
    cert, key = make_tls_cert(tmp_path_factory.mktemp("tls"), [SEED_HOST])
    server = Origin(tls_cert=cert, tls_key=key)
    server.routes[SEED_PATH] = Route(seed, "text/html; charset=UTF-8", encoding="gzip", etag='"rubio-1"')
    server.cert = cert
    yield server
    server.close()


@pytest.fixture(scope="module")
def plain_origin():
    """The same page over plain HTTP: chromium keeps no cache for pages it got with a certificate error."""
    seed = need_shared(SEED_DIR / "globalnation-rubio.html").read_bytes()
    server = Origin()
    server.routes[SEED_PATH] = Route(seed, "text/html; charset=UTF-8", encoding="gzip", etag='"rubio-1"')
    yield server
    server.close()


@pytest.fixture(scope="module")
def proxy(tmp_path_factory, origin, plain_origin):
    running = RunningProxy(
        tmp_path_factory.mktemp("confdir"),
        {(SEED_HOST, 443): origin.port, (SEED_HOST, 80): plain_origin.port},
        # The page's third-party script (an ad server) goes to the local origins too, and gets a 404.
        hosts_fallback={443: origin.port, 80: plain_origin.port},
        ssl_verify_upstream_trusted_ca=str(origin.cert),
    )
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser_context(proxy, chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS)
        # The proxy's CA is not in this throwaway profile's store; trusting it is the user's step.
        # (No context.route here: routing in playwright switches chromium's HTTP cache off.)
        context = browser.new_context(proxy={"server": proxy.url}, ignore_https_errors=True)
        yield context
        context.close()
        browser.close()


def dom_text(page) -> str:
    # textContent: what is in the DOM, hidden or not (the gambling block is hidden by its style)
    return normalised(page.evaluate("document.documentElement.textContent"))


def test_seed_page_in_chromium_has_the_junk_removed_and_the_story_kept(browser_context, case, artifacts):
    page = browser_context.new_page()
    response = page.goto(SEED_URL, wait_until="load")
    assert response.status == 200
    assert re.fullmatch(r"removed=\d+(; marked=\d+)?; rules=inquirer\.net,_default", response.headers["x-newsclean"])
    text = dom_text(page)
    gone = [t for t in case["must_go"] if normalised(t) in text]
    missing = [t for t in case["must_stay"] if normalised(t) not in text]
    assert not gone, f"still in the page: {gone}"
    assert not missing, f"lost from the page: {missing}"
    assert page.title().startswith("Rubio: Bukele offers to jail 'dangerous American criminals'")
    page.screenshot(path=str(artifacts / "proxy-chromium-seed.png"), full_page=True)
    page.close()


def test_reload_revalidates_and_keeps_the_clean_copy(browser_context, case, plain_origin):
    page = browser_context.new_page()
    url = SEED_URL.replace("https://", "http://")
    first = page.goto(url, wait_until="load")
    assert first.headers["etag"].startswith('W/"nc-') and first.headers["cache-control"] == "private, no-cache"
    before = len(plain_origin.seen)
    page.reload(wait_until="load")
    # The browser revalidated its cleaned copy; the origin saw its own ETag and answered 304 ...
    revalidations = [h.get("If-None-Match") for _, _, path, h in plain_origin.seen[before:] if path == SEED_PATH]
    assert revalidations == ['"rubio-1"']
    # ... and the page on screen is still the clean one.
    text = dom_text(page)
    assert not [t for t in case["must_go"] if normalised(t) in text]
    assert normalised(case["must_stay"][4]) in text
    page.close()


def test_original_page_on_request_in_chromium(browser_context, case, artifacts):
    page = browser_context.new_page()
    response = page.goto(SEED_URL + "?newsclean=off", wait_until="load")
    assert response.headers["x-newsclean"].endswith("status=bypassed")
    text = dom_text(page)
    assert normalised("FEATURED STORIES") in text and "mentos4d slot" in text
    page.screenshot(path=str(artifacts / "proxy-chromium-seed-original.png"), full_page=True)
    page.close()
