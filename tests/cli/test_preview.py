"""`newsclean preview` as a real process on real files: the HTML's DOM (every removal outlined and
listed, nothing of the page that runs), --json, exit codes, and the PNG as Debian's chromium draws it
(its pixels show the outline colours where the removed elements are)."""

from __future__ import annotations

import json
import os
import shutil

import lxml.html
import pytest

from newsclean.engine.preview.draw import ATTR, KIND_ATTR, KINDS, PANEL_ID, PANEL_WIDTH

from ..conftest import SEED_URL
from .pixels import hex_rgb, read_png
from .test_main import newsclean

WIDTH, HEIGHT = 900, 1000  # the CLI's screenshot: --width, and its window's height (cli/preview.HEIGHT)
PAGE_WIDTH = WIDTH - int(PANEL_WIDTH.removesuffix("px"))  # left of the side list (its legend has the colours)


def test_preview_html_outlines_and_lists_every_removal(tmp_path, seed_path):
    out = tmp_path / "preview.html"
    proc = newsclean("preview", "--url", SEED_URL, seed_path, "-o", out)
    assert proc.returncode == 0, proc.stderr
    explained = json.loads(newsclean("explain", "--json", "--url", SEED_URL, seed_path).stdout)
    root = lxml.html.document_fromstring(out.read_bytes())
    outlined = root.xpath(f"//*[@{ATTR}]")
    numbers = sorted(int(n) for el in outlined for n in el.get(ATTR).split())
    assert numbers == list(range(1, len(explained["removals"]) + 1))
    assert {el.get(KIND_ATTR) for el in outlined} == {"removed", "marked"}
    entries = root.get_element_by_id(PANEL_ID).findall(".//li")
    assert [e.find("b").text for e in entries] == [r["rule"] for r in explained["removals"]]
    assert root.findall(".//script") == [] and not root.xpath("//iframe[@src]")
    assert proc.stderr.decode().startswith(f"cleaned: {explained['removed']} removed, {explained['marked']} marked")


def test_preview_json_and_stdout(tmp_path, seed_path):
    proc = newsclean("preview", "--json", "--url", SEED_URL, seed_path, "-o", tmp_path / "p.html")
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert set(data) == {"output", "png", "url", "site", "files", "status", "detail", "mode", "counts", "outlined",
                         "items"}
    assert data["png"] is None and data["output"] == str(tmp_path / "p.html") and data["site"] == "inquirer.net"
    assert data["outlined"] == len(data["items"]) == sum(data["counts"].values())
    item = data["items"][0]
    assert set(item) == {"number", "rule", "action", "kind", "element", "text", "reason", "path"}
    plain = newsclean("preview", "--url", SEED_URL, seed_path)  # no -o: the preview on stdout
    assert plain.returncode == 0 and plain.stdout.startswith(b"<!DOCTYPE html>") and PANEL_ID.encode() in plain.stdout


@pytest.mark.parametrize("args, said", [
    (("--url", "ftp://x.test/a", "PAGE"), "is not an http(s) URL"),
    (("--url", SEED_URL, "missing.html"), "cannot read missing.html"),
    (("--url", SEED_URL, "PAGE", "--png", "out.jpg"), "ending in .png"),
    (("--url", SEED_URL, "PAGE", "--json", "-o", "-"), "give -o OUT.html"),
    (("--url", SEED_URL, "PAGE", "--width", "50"), "--width"),
])
def test_preview_usage_errors_exit_2(tmp_path, seed_path, args, said):
    args = [str(seed_path) if a == "PAGE" else a for a in args]
    proc = newsclean("preview", *args, cwd=tmp_path)
    assert proc.returncode == 2 and said in proc.stderr.decode() and proc.stdout == b""


def test_png_without_chromium_is_a_usage_error_that_says_how(tmp_path, seed_path):
    proc = newsclean("preview", "--url", SEED_URL, seed_path, "--png", tmp_path / "p.png",
                     env={"PATH": str(tmp_path), "NEWSCLEAN_CHROMIUM": ""})
    assert proc.returncode == 2 and "--png needs Chromium" in proc.stderr.decode()
    assert not (tmp_path / "p.png").exists()


def boxes(html_path, chromium_path):
    """Where each outlined element is drawn, as the CLI's screenshot draws the page: {kind: [(x, y, w, h)]}."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT}, java_script_enabled=False)
            page.route("**/*", lambda route: route.abort())
            page.set_content(html_path.read_text(encoding="utf-8"), wait_until="load")
            found = {}
            for el in page.query_selector_all(f"[{KIND_ATTR}]"):
                box = el.bounding_box()
                if box and box["width"] > 20 and box["height"] > 8 and box["y"] + box["height"] < HEIGHT:
                    found.setdefault(el.get_attribute(KIND_ATTR), []).append(box)
            return found
        finally:
            browser.close()


def test_png_shows_the_outlines_where_the_removed_elements_are(tmp_path, seed_path, chromium_path, artifacts):
    html, png = tmp_path / "p.html", tmp_path / "p.png"
    proc = newsclean("preview", "--url", SEED_URL, seed_path, "-o", html, "--png", png, "--offline",
                     "--width", WIDTH, env={"NEWSCLEAN_CHROMIUM": chromium_path})
    assert proc.returncode == 0, proc.stderr
    shutil.copy(png, artifacts / "cli-preview.png")
    image = read_png(png)
    assert (image.width, image.height) == (WIDTH, HEIGHT)
    found = boxes(html, chromium_path)
    assert found.get("removed"), found  # the first screen has removed elements (the ad labels)
    red = hex_rgb(KINDS["removed"][0])
    for kind, drawn in found.items():
        colour = hex_rgb(KINDS[kind][0])
        for box in drawn:
            # the outline is drawn 3px inside the element's box: its right edge, half-way down
            x, y = int(box["x"] + box["width"]) - 2, int(box["y"] + box["height"] / 2)
            assert image.pixel(x, y) == colour, (kind, box, image.pixel(x, y))
    assert image.count(red, PAGE_WIDTH) > 100

    # The same page with no rule: nothing outlined, not a pixel of the colour.
    bare = tmp_path / "bare.png"
    empty = tmp_path / "empty-rules"
    empty.mkdir()
    (empty / "_default.toml").write_text("[site]\ndetect = false\n")
    proc = newsclean("preview", "--url", SEED_URL, seed_path, "--no-bundled", "--rules", empty, "--png", bare,
                     "--offline", "--width", WIDTH, env={"NEWSCLEAN_CHROMIUM": chromium_path})
    assert proc.returncode == 0, proc.stderr
    assert read_png(bare).count(red, PAGE_WIDTH) == 0


def test_png_without_playwright_says_how_to_get_it(tmp_path, seed_path):
    """playwright is an optional extra: without it (a Python that cannot import it), --png says so."""
    hide = tmp_path / "hide"
    hide.mkdir()
    (hide / "sitecustomize.py").write_text(
        "import sys\nclass _NoPlaywright:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'playwright' or name.startswith('playwright.'):\n"
        "            raise ModuleNotFoundError(name)\n"
        "sys.meta_path.insert(0, _NoPlaywright())\n"
    )
    path = os.pathsep.join([str(hide), os.environ.get("PYTHONPATH", "")])
    proc = newsclean("preview", "--url", SEED_URL, seed_path, "--png", tmp_path / "p.png", env={"PYTHONPATH": path})
    assert proc.returncode == 2, proc.stderr
    assert "pip install 'newsclean[preview]'" in proc.stderr.decode() and not (tmp_path / "p.png").exists()
