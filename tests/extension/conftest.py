"""The extension's browser tests: a local origin with the seed page and another story of the site, the
real proxy in front of it, and chromium with the unpacked extension set up with the proxy's token.
One of each a test module."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from ..conftest import CHROMIUM_ARGS, SEED_DIR, need_shared
from ..proxy.servers import Origin, Route, RunningProxy
from .harness import BYLINE_TEXT, EXTENSION, OTHER_BYLINE, OTHER_PATH, PAGE_PATH, SHARE_BOX, TEST_SITE


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


@pytest.fixture(scope="session")
def extension_under_test(tmp_path_factory) -> Path:
    """The extension's files as shipped, with one host permission more: the test site's pages. A click
    on the toolbar button grants that for the tab it was clicked on (activeTab); a headless browser has
    no toolbar to click. Without its lint and test tooling (node_modules, package.json)."""
    folder = tmp_path_factory.mktemp("extension") / "extension"
    shutil.copytree(EXTENSION, folder, ignore=shutil.ignore_patterns("node_modules", "package*.json", "eslint.config.js"))
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["host_permissions"].append(TEST_SITE)
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2))
    return folder


@pytest.fixture(scope="module")
def browser(tmp_path_factory, chromium_path, proxy, extension_under_test):
    """chromium with the unpacked extension, configured with the proxy's address and token."""
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=chromium_path, headless=True,
            proxy={"server": proxy.url},
            args=[*CHROMIUM_ARGS, f"--disable-extensions-except={extension_under_test}",
                  f"--load-extension={extension_under_test}"],
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
