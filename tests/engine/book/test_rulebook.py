"""The rule book: hostname lookup, user folders over bundled ones, defaults switched off, reloads."""

from __future__ import annotations

import os
import textwrap

from newsclean.engine.book.rulebook import RuleBook

DEFAULTS = """
[[rule]]
name = "ad-label"
reason = "generic ad label"
text = "Advertisement"

[[rule]]
name = "promo"
reason = "generic promo"
css = ".promo"
"""


def write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_lookup_walks_up_labels(tmp_path):
    write(tmp_path, "inquirer.net.toml", '[[rule]]\nreason = "r"\ncss = ".x"\n')
    write(tmp_path, "news.example.co.uk.toml", '[[rule]]\nreason = "r"\ncss = ".x"\n')
    book = RuleBook.load([tmp_path])
    assert book.site_key("globalnation.inquirer.net") == "inquirer.net"
    assert book.site_key("INQUIRER.NET.") == "inquirer.net"
    assert book.site_key("a.b.news.example.co.uk") == "news.example.co.uk"
    assert book.site_key("example.co.uk") is None
    assert book.site_key("notinquirer.net") is None
    assert book.site_key("") is None


def test_plan_order_keep_first_then_site_then_defaults(tmp_path):
    write(tmp_path, "_default.toml", DEFAULTS)
    write(tmp_path, "example.com.toml", """
        [[rule]]
        name = "site-rule"
        reason = "r"
        css = ".junk"

        [[rule]]
        name = "protect"
        reason = "r"
        css = ".lead"
        action = "keep"
    """)
    plan = RuleBook.load([tmp_path]).plan_for("www.example.com")
    assert [r.id for r in plan.rules] == [
        "example.com:protect", "example.com:site-rule", "_default:ad-label", "_default:promo",
    ]
    assert plan.sources == ("example.com", "_default")


def test_site_switches_default_rules_off_by_name(tmp_path):
    write(tmp_path, "_default.toml", DEFAULTS)
    write(tmp_path, "example.com.toml", '[site]\ndisable = ["promo"]\n')
    write(tmp_path, "example.org.toml", "[site]\ndefaults = false\n")
    book = RuleBook.load([tmp_path])
    assert [r.id for r in book.plan_for("example.com").rules] == ["_default:ad-label"]
    assert book.plan_for("example.org").rules == ()
    assert [r.id for r in book.plan_for("other.net").rules] == ["_default:ad-label", "_default:promo"]


def test_user_folder_extends_and_overrides_bundled(tmp_path):
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    write(bundled, "example.com.toml", """
        [site]
        article = "#story"
        [[rule]]
        name = "label"
        reason = "bundled"
        text = "Advertisement"
        [[rule]]
        name = "box"
        reason = "bundled box"
        css = ".box"
    """)
    write(user, "example.com.toml", """
        [site]
        stray = "mark"
        [[rule]]
        name = "label"
        reason = "mine"
        text = "Anzeige"
        [[rule]]
        name = "extra"
        reason = "mine too"
        css = ".extra"
    """)
    plan = RuleBook.load([bundled, user]).plan_for("example.com")
    assert {r.name: r.reason for r in plan.rules} == {"label": "mine", "box": "bundled box", "extra": "mine too"}
    assert plan.settings.article == "#story" and plan.settings.stray == "mark"


def test_reload_reuses_unchanged_and_keeps_last_good_version(tmp_path):
    path = write(tmp_path, "example.com.toml", '[[rule]]\nname = "a"\nreason = "r"\ncss = ".a"\n')
    other = write(tmp_path, "example.org.toml", '[[rule]]\nreason = "r"\ncss = ".b"\n')
    first = RuleBook.load([tmp_path])
    path.write_text('[[rule]]\nname = "a"\nreason = "r"\ncss = ".a\n')  # broken: unterminated string
    os.utime(path, ns=(1, first.files[0].mtime_ns + 10**9))
    second = RuleBook.load([tmp_path], previous=first)
    assert [str(e).split(": ")[1].split()[0] for e in second.errors] == ["NC001"]
    assert str(second.errors[0]).startswith(f"{path}:4:")
    assert [r.id for r in second.plan_for("example.com").rules] == ["example.com:a"]  # last good version
    assert second.files[1] is first.files[1]  # unchanged file not parsed again
    assert other.exists()


def test_plans_are_cached_per_site(tmp_path):
    write(tmp_path, "example.com.toml", '[[rule]]\nreason = "r"\ncss = ".a"\n')
    book = RuleBook.load([tmp_path])
    assert book.plan_for("a.example.com") is book.plan_for("b.example.com")
