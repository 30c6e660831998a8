"""The JSON the API answers with, built from real rule folders, a real editor and real reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import __version__
from newsclean.api import views
from newsclean.edit.editor import RuleEditor
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean

BUNDLED_SITE = """\
[[rule]]
name = "ad-label"
reason = "Ad label"
text = "Advertisement"

[[rule]]
name = "promo"
reason = "Promo box"
css = ".promo"
"""

DEFAULTS = """\
[[rule]]
name = "newsletter"
reason = "Newsletter prompt"
text = "Sign up for our newsletter"

[[rule]]
name = "share"
reason = "Share buttons"
css = ".share"
"""

PAGE = b"""<html><body><article><h1>Harbour budget approved</h1>
<p>The council approved the harbour budget on Monday after a long debate about dredging costs.</p>
<div class="promo"><p>Advertisement</p></div><p class="x">Advertisement</p>
<p>Sign up for our newsletter</p>
<p>The budget will be reviewed again in spring, once the first contracts are signed.</p>
</article></body></html>"""


@pytest.fixture
def folders(tmp_path):
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    bundled.mkdir()
    user.mkdir()
    (bundled / "example.com.toml").write_text(BUNDLED_SITE)
    (bundled / "_default.toml").write_text(DEFAULTS)
    return bundled, user


def book_of(*dirs: Path) -> RuleBook:
    return RuleBook.load(dirs)


@pytest.mark.parametrize("url, expected", [
    ("https://news.example.com/a?b=1#comments", "https://news.example.com/a?b=1"),
    ("https://news.example.com/a", "https://news.example.com/a"),
    ("http://x.test/#", "http://x.test/"),
])
def test_page_url_drops_the_fragment_only(url, expected):
    assert views.page_url(url) == expected


def test_site_for_url_is_the_covering_file_else_the_registrable_domain(folders):
    book = book_of(*folders)
    assert views.site_for_url(book, "https://news.example.com/story") == "example.com"
    assert views.site_for_url(book, "https://www.bbc.co.uk/news/1") == "bbc.co.uk"
    assert views.site_for_url(book, "https://globalnation.inquirer.net/x") == "inquirer.net"
    for url in ("http://127.0.0.1:8080/x", "http://localhost/x", "not a url", "http:///nohost"):
        assert views.site_for_url(book, url) is None, url


def test_site_enabled_reads_the_sites_file(folders):
    bundled, user = folders
    (user / "example.org.toml").write_text("[site]\nenabled = false\n")
    book = book_of(bundled, user)
    assert views.site_enabled(book, "example.com") is True
    assert views.site_enabled(book, "example.org") is False
    assert views.site_enabled(book, None) is True  # a host that names no site: nothing switched off


def test_report_view_groups_removals_by_rule_in_page_order(folders):
    report = clean(PAGE, "https://example.com/story", book_of(*folders)).report.to_dict()
    view = views.report_view(report)
    assert {k: v for k, v in view.items() if k != "groups"} == report  # the report as it was, plus groups
    assert [(g["rule"], g["count"], g["action"]) for g in view["groups"]] == [
        ("example.com:ad-label", 2, "remove"),
        ("example.com:promo", 1, "remove"),
        ("_default:newsletter", 1, "remove"),
    ]
    label = view["groups"][0]
    assert label["reason"] == "Ad label" and label["items"] == [
        {"element": "p", "text": "Advertisement", "action": "remove"},  # the one inside the promo box
        {"element": "p.x", "text": "Advertisement", "action": "remove"},
    ]
    assert sum(g["count"] for g in view["groups"]) == len(report["removals"]) == report["removed"]
    json.dumps(view)  # what the API sends


def test_report_view_of_a_page_nothing_was_removed_from():
    view = views.report_view({"url": "https://x.test/", "status": "skipped", "removals": []})
    assert view["groups"] == [] and view["status"] == "skipped"
    assert views.report_view({"url": "https://x.test/"})["groups"] == []  # a report without removals at all


def test_site_view_lists_user_bundled_and_default_rules(folders):
    bundled, user = folders
    (user / "example.com.toml").write_text(
        '[site]\ndisable = ["share"]\n\n[[rule]]\nname = "promo"\nreason = "My promo rule"\ncss = "div.promo"\n'
        '\n[[rule]]\nname = "mine"\nreason = "Mine"\ncss = ".mine"\nenabled = false\n'
    )
    editor = RuleEditor(user, base_dirs=(bundled,))
    view = views.site_view(book_of(bundled, user), editor, "example.com")
    rows = [(r["name"], r["origin"], r["enabled"]) for r in view["rules"]]
    assert rows == [
        ("ad-label", "bundled", True),
        ("promo", "user", True),  # the user's rule of the same name, in the bundled one's place
        ("mine", "user", False),
        ("newsletter", "default", True),
        ("share", "default", False),  # switched off for the site by `disable`
    ]
    promo = view["rules"][1]
    assert promo["overrides"] == str(bundled / "example.com.toml") and promo["reason"] == "My promo rule"
    assert promo["description"] == "remove: matches CSS `div.promo`" and promo["table"]["css"] == "div.promo"
    assert view["files"] == [str(bundled / "example.com.toml"), str(user / "example.com.toml")]
    assert view["disable"] == ["share"] and view["enabled"] is True and view["mode"] == "clean"
    assert view["user_file"] == str(user / "example.com.toml") and view["user_file_exists"] is True
    assert view["errors"] == [] and view["undo"] == []
    json.dumps(view)


def test_site_view_of_a_new_site_and_one_without_defaults(folders):
    bundled, user = folders
    editor = RuleEditor(user, base_dirs=(bundled,))
    view = views.site_view(book_of(bundled, user), editor, "example.net")
    assert view["files"] == [] and view["user_file_exists"] is False
    assert [(r["name"], r["origin"]) for r in view["rules"]] == [("newsletter", "default"), ("share", "default")]
    editor.set_site_enabled("example.net", False)  # a real edit: the file, and an undo entry
    (user / "example.org.toml").write_text("[site]\ndefaults = false\n")
    book = book_of(bundled, user)
    off = views.site_view(book, editor, "example.net")
    assert off["enabled"] is False and off["user_file_exists"] is True and len(off["undo"]) == 1
    assert views.site_view(book, editor, "example.org")["rules"] == []


def test_site_view_shows_only_its_own_files_errors(folders):
    bundled, user = folders
    (user / "example.com.toml").write_text('[[rule]]\nreason = "r"\ncss = "div[["\n')
    (user / "example.org.toml").write_text('[[rule]]\nreason = "r"\nupwards = 1\ncss = "p"\n')
    book = book_of(bundled, user)
    view = views.site_view(book, RuleEditor(user, base_dirs=(bundled,)), "example.com")
    assert [(e["code"], e["line"], e["col"]) for e in view["errors"]] == [("NC005", 3, 7)]
    assert view["errors"][0]["name"] == "bad-selector" and view["errors"][0]["help"]
    assert len(book.errors) == 2


def test_status_view(folders):
    bundled, user = folders
    (user / "example.org.toml").write_text('[[rule]]\nreason = "r"\ncss = "div[["\n\n[[rule]]\nreason = "ok"\ncss = ".x"\n')
    book = book_of(bundled, user)
    counters = {"pages": 3, "cleaned": 2}
    view = views.status_view(book, counters, RuleEditor(user, base_dirs=(bundled,)))
    assert view["version"] == __version__ and view["api"] == "v1" and view["counters"] == counters
    rules = view["rules"]
    assert rules["dirs"] == [str(bundled), str(user)] and rules["user_dir"] == str(user)
    assert rules["sites"] == ["example.com", "example.org"]
    assert {(Path(f["path"]).name, f["key"], f["rules"], f["errors"]) for f in rules["files"]} == {
        ("_default.toml", "_default", 2, 0), ("example.com.toml", "example.com", 2, 0),
        ("example.org.toml", "example.org", 1, 1),
    }
    assert [e["code"] for e in rules["errors"]] == ["NC005"]
    json.dumps(view)
