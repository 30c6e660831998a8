"""`newsclean import` as a real process: a list's filters for a site become rules that pass `newsclean
check` and do on a page what the filters say; what cannot be translated is listed with its line."""

from __future__ import annotations

import re

import pytest

from ..conftest import SHARED, need_shared
from .test_main import newsclean

LIST = """[Adblock Plus 2.0]
! Title: Test list
example.com##.promo-box
example.com##div.slot:has-text(Advertisement):upward(1)
example.com##div:matches-path(/live/)
example.com##+js(set, x, 1)
example.com##div[
other.org##.not-ours
##.generic-ad
"""
PAGE = b"""<html><body><article>
<p>The council approved the new harbour budget on Monday after a long debate.</p>
<div class="promo-box">Subscribe to our newsletter today</div>
<section class="wrap"><div class="slot">Advertisement</div></section>
<div class="generic-ad">Buy now</div>
<p>Work is expected to last until September, when the first ships will dock.</p>
</article></body></html>"""


def err(proc) -> str:
    return proc.stderr.decode("utf-8")


@pytest.fixture()
def listed(tmp_path):
    path = tmp_path / "mylist.txt"
    path.write_text(LIST)
    return path


def test_rules_pass_check_and_do_what_the_filters_did(tmp_path, listed):
    rules = tmp_path / "rules"
    out = rules / "example.com.toml"
    proc = newsclean("import", listed, "--site", "example.com", "--out", out)
    assert proc.returncode == 0, err(proc)
    text = out.read_text()
    assert 'reason = "mylist line 3: example.com##.promo-box"' in text
    assert 'reason = "mylist line 4: example.com##div.slot:has-text(Advertisement):upward(1)"' in text
    assert 'text-contains = "Advertisement"' in text and "upward = 1" in text
    assert ".not-ours" not in text and ".generic-ad" not in text
    lines = err(proc).splitlines()
    assert any(re.fullmatch(rf"{re.escape(str(listed))}:5: not translated: .*URL path.*", line) for line in lines), lines
    assert any(f"{listed}:6: not translated: a scriptlet" in line for line in lines)
    assert any(f"{listed}:7: not translated: the rule format refuses it: NC005" in line for line in lines)
    assert "2 rule(s) from mylist for example.com written to" in lines[-1]

    check = newsclean("check", "--rules", rules, "--no-bundled")
    assert check.returncode == 0, check.stdout.decode() + err(check)
    assert "0 error(s)" in check.stdout.decode()

    page = tmp_path / "page.html"
    page.write_bytes(PAGE)
    cleaned = newsclean("clean", "--rules", rules, "--no-bundled", "--url", "https://www.example.com/story", page)
    assert cleaned.returncode == 0, err(cleaned)
    assert b"Subscribe to our newsletter" not in cleaned.stdout and b"Advertisement" not in cleaned.stdout
    assert b'class="wrap"' not in cleaned.stdout  # climbed one level, as :upward(1)
    assert b"harbour budget" in cleaned.stdout and b"Buy now" in cleaned.stdout


def test_generic_filters_with_a_page_only_those_that_find_something(tmp_path, listed):
    page = tmp_path / "page.html"
    page.write_bytes(PAGE)
    listed.write_text(LIST + "##.nowhere-on-the-page\n")
    proc = newsclean("import", listed, "--site", "example.com", "--generic", "--page", page)
    assert proc.returncode == 0, err(proc)
    text = proc.stdout.decode()
    assert 'css = ".generic-ad"' in text and "nowhere-on-the-page" not in text
    assert "1 generic filter(s) find nothing on" in err(proc)


def test_rules_are_added_to_an_existing_file_keeping_it(tmp_path, listed):
    out = tmp_path / "example.com.toml"
    mine = '# my own rules\n[site]\nguard = 0.3\n\n[[rule]]\nname = "mine"\nreason = "my rule"\ncss = ".mine"  # keep\n'
    out.write_text(mine)
    assert newsclean("import", listed, "--site", "example.com", "--out", out).returncode == 0
    text = out.read_text()
    assert text.startswith(mine) and text.count("[[rule]]") == 3
    again = newsclean("import", listed, "--site", "example.com", "--out", out)
    assert again.returncode == 1, err(again)
    assert "a rule named 'mylist-3' is already in" in err(again)
    assert out.read_text() == text


def test_a_list_by_its_name_in_the_rules_folder(tmp_path):
    rules = tmp_path / "rules"
    (rules / "lists").mkdir(parents=True)
    (rules / "lists" / "mine.txt").write_text("example.com##.promo-box\n")
    proc = newsclean("import", "mine", "--site", "example.com", "--rules", rules)
    assert proc.returncode == 0, err(proc)
    assert 'reason = "mine line 1: example.com##.promo-box"' in proc.stdout.decode()


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["--site", "nothing-here.org"], 1, "nothing to write: no filter of mylist for nothing-here.org"),
        (["--site", "not a domain"], 2, "--site:"),
        (["--site", "example.com", "--page", "x.html"], 2, "give --generic with it"),
    ],
)
def test_exit_status(listed, args, code, message):
    proc = newsclean("import", listed, *args)
    assert proc.returncode == code, err(proc)
    assert message in err(proc)


def test_an_unknown_list_is_a_usage_error(tmp_path):
    proc = newsclean("import", "no-such-list", "--site", "example.com", "--rules", tmp_path)
    assert proc.returncode == 2 and "neither a list file nor a list" in err(proc)


def test_a_shared_list_for_a_real_site_passes_check(tmp_path):
    easylist = need_shared(SHARED / "filters" / "easylist" / "easylist.txt")
    rules = tmp_path / "rules"
    proc = newsclean("import", easylist, "--site", "dailymail.co.uk", "--out", rules / "dailymail.co.uk.toml")
    assert proc.returncode == 0, err(proc)
    assert "games.dailymail.co.uk" in err(proc)  # a sub-host's filters: listed, not taken
    check = newsclean("check", "--rules", rules, "--no-bundled")
    assert check.returncode == 0 and "0 error(s)" in check.stdout.decode(), check.stdout.decode()
