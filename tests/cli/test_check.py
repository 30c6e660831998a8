"""`newsclean check` as a real process: errors with positions, warnings, files that once broke loading; --json."""

from __future__ import annotations

import json
import os

from .test_main import newsclean


def test_check_bundled_rules_pass():
    proc = newsclean("check")
    assert proc.returncode == 0, proc.stdout
    assert b"0 error(s)" in proc.stdout


def test_check_reports_errors_with_positions_and_exit_code(tmp_path):
    (tmp_path / "example.com.toml").write_text('[[rule]]\nreason = "r"\ncss = "div[["\n')
    (tmp_path / "example.org.toml").write_text('[[rule]]\nreason = "fine"\ncss = ".ad"\n')
    proc = newsclean("check", "--rules", tmp_path, "--no-bundled")
    assert proc.returncode == 1
    out = proc.stdout.decode()
    assert f"{tmp_path / 'example.com.toml'}:3:7: NC005 invalid CSS selector 'div[['" in out
    assert "  help: the CSS selector does not compile" in out
    assert "2 file(s), 1 rule(s), 1 error(s)" in out


def test_check_warns_of_a_site_file_without_a_case(tmp_path):
    (tmp_path / "example.org.toml").write_text('[[rule]]\nreason = "fine"\ncss = ".ad"\n')
    proc = newsclean("check", "--rules", tmp_path)
    assert proc.returncode == 0  # a warning: the rules are in force
    out = proc.stdout.decode()
    assert out.startswith(
        f"{tmp_path / 'example.org.toml'}:1:1: NC021 warning: no test case for example.org: "
        f"`newsclean snapshot URL --site example.org --rules {tmp_path}` saves one in {tmp_path / 'tests' / 'example.org'}/\n"
        "  help: a case (a saved page, the texts that must go and stay) makes a redesign a failing test"
    ), out
    assert out.rstrip().endswith("0 error(s), 1 warning(s)")
    assert "inquirer.net" not in out  # the bundled site has its cases
    case = tmp_path / "tests" / "example.org"
    case.mkdir(parents=True)
    (case / "front.toml").write_text('url = "https://example.org/"\nmust_go = ["Ad"]\n')
    (case / "front.html").write_text("<p>Ad</p>")
    proc = newsclean("check", "--rules", tmp_path)
    assert proc.returncode == 0 and "NC021" not in proc.stdout.decode() and "warning(s)" not in proc.stdout.decode()


def test_check_counts_files_that_once_broke_loading(tmp_path):
    """A FIFO, a symlink to /dev/zero, TOML nested 10,000 deep and a rule that fails on any page:
    one error each, the good file loads (the process's timeout is its guard against a hang)."""
    os.mkfifo(tmp_path / "fifo.example.toml")
    os.symlink("/dev/zero", tmp_path / "zero.example.toml")
    (tmp_path / "deep.example.toml").write_text("x = " + "[" * 10_000 + "]" * 10_000 + "\n")
    (tmp_path / "count.example.toml").write_text('[[rule]]\nreason = "r"\nxpath = "count(//a)"\n')
    (tmp_path / "example.org.toml").write_text('[[rule]]\nreason = "fine"\ncss = ".ad"\n')
    proc = newsclean("check", "--rules", tmp_path, "--no-bundled")
    assert proc.returncode == 1
    out = proc.stdout.decode()
    for name, code in (("fifo", "NC013"), ("zero", "NC013"), ("deep", "NC015"), ("count", "NC018")):
        assert f"{tmp_path / (name + '.example.toml')}:" in out and f": {code} " in out, (name, out)
    assert "2 file(s), 1 rule(s), 4 error(s)" in out


def test_check_json_lists_errors_warnings_and_counts(tmp_path):
    (tmp_path / "example.com.toml").write_text('[[rule]]\nreason = "r"\ncss = "div[["\n')
    (tmp_path / "example.org.toml").write_text('[[rule]]\nreason = "fine"\ncss = ".ad"\n')
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "mine.txt").write_text("##.ad-banner\n||tracker.test^\n")
    proc = newsclean("check", "--json", "--rules", tmp_path, "--no-bundled")
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert (data["files"], data["rules"]) == (2, 1)
    [error] = data["errors"]
    assert set(error) == {"path", "line", "col", "code", "name", "message", "help"}
    assert (error["path"], error["line"], error["col"], error["code"]) == (str(tmp_path / "example.com.toml"), 3, 7, "NC005")
    assert error["message"].startswith("invalid CSS selector 'div[['") and error["help"]
    assert [w["code"] for w in data["warnings"]] == ["NC021", "NC021"]
    [listed] = data["lists"]
    assert listed["name"] == "mine" and listed["applied"] == 1 and sum(listed["not_applied"].values()) == 1
    clean = newsclean("check", "--json")
    assert clean.returncode == 0 and json.loads(clean.stdout)["errors"] == []


def test_check_says_what_a_list_applies_and_what_not_with_its_lines(tmp_path):
    (tmp_path / "lists").mkdir()
    listing = tmp_path / "lists" / "mylist.txt"
    listing.write_text(
        "! a list\n##.ad\n##div[style^=\"position\"]\nexample.com##.x:has-text(Ad)\nexample.com##.x:matches-css(color: red)\n"
        "example.com##.x:upward(0)\n##.y:has-text(Ad)\nexample.com##+js(x)\n"
    )
    (tmp_path / "example.com.toml").write_text('[site]\ndisable = ["list:mylst"]\n')
    proc = newsclean("check", "--rules", tmp_path, "--no-bundled")
    out = proc.stdout.decode()
    assert proc.returncode == 0, out  # warnings and lines not applied: the rest is in force
    assert f"{tmp_path / 'example.com.toml'}:2:1: NC022 warning: `disable` names the list 'mylst'" in out
    assert f"{listing}: list 'mylist': 1 element-hiding filter(s) applied, 1 procedural / HTML filter(s)" in out
    for line, kind in [(3, "generic-without-key"), (5, "procedural-render"), (6, "bad-procedural"),
                       (7, "procedural-generic"), (8, "scriptlet")]:  # fmt: skip
        assert f"    {listing}:{line}: {kind}: " in out
