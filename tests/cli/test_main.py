"""The `newsclean` command run as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile

import lxml.html
import pytest

from ..conftest import SEED_DIR, SEED_URL, need_shared


def newsclean(*args, cwd=None, stdin=None, config=None):
    """The CLI as a real process; ``config``: its per-user folder (by default a new empty one, so
    what other tests saved as user rules is not read)."""
    env = {**os.environ, "NEWSCLEAN_CONFIG": str(config or tempfile.mkdtemp(prefix="newsclean-cli-"))}
    return subprocess.run(
        [sys.executable, "-m", "newsclean.cli.main", *map(str, args)],
        capture_output=True, cwd=cwd, input=stdin, timeout=120, env=env,
    )


@pytest.fixture(scope="module")
def seed_path():
    return need_shared(SEED_DIR / "globalnation-rubio.html")


def test_clean_writes_page_and_report(tmp_path, seed_path):
    out, report = tmp_path / "out.html", tmp_path / "report.json"
    proc = newsclean("clean", "--url", SEED_URL, seed_path, "-o", out, "--report", report)
    assert proc.returncode == 0, proc.stderr
    assert b"cleaned: removed=" in proc.stderr
    text = lxml.html.document_fromstring(out.read_bytes()).text_content()
    assert "FEATURED STORIES" not in text and "There is virtually no precedent" in text
    data = json.loads(report.read_text())
    assert data["status"] == "cleaned" and data["removed"] + data["marked"] == len(data["removals"]) > 0
    assert {"rule", "reason", "action", "element", "text"} <= set(data["removals"][0])


def test_clean_to_stdout_from_stdin(seed_path):
    proc = newsclean("clean", "--url", SEED_URL, "-", stdin=seed_path.read_bytes())
    assert proc.returncode == 0 and b"There is virtually no precedent" in proc.stdout
    assert b"mentos4d" not in proc.stdout


def test_clean_batch(tmp_path, seed_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "seed.html").write_bytes(seed_path.read_bytes())
    (pages / "empty.html").write_bytes(b"")
    listing = tmp_path / "list.tsv"
    listing.write_text(f"# saved pages\npages/seed.html\t{SEED_URL}\npages/empty.html\thttps://example.com/\n")
    out_dir = tmp_path / "out"
    proc = newsclean("clean", "--batch", listing, "--out-dir", out_dir, "--report", tmp_path / "r.json")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in out_dir.iterdir()) == ["empty.html", "seed.html"]
    assert b"FEATURED STORIES" not in (out_dir / "seed.html").read_bytes()
    assert (out_dir / "empty.html").read_bytes() == b""
    lines = proc.stdout.decode().splitlines()
    assert lines[0].startswith("seed.html\tcleaned\tremoved=") and lines[1].startswith("empty.html\tskipped")
    assert len(json.loads((tmp_path / "r.json").read_text())) == 2


def test_clean_batch_reports_bad_lines(tmp_path):
    listing = tmp_path / "list.tsv"
    listing.write_text("no-tab-here\nmissing.html\thttps://example.com/\n")
    proc = newsclean("clean", "--batch", listing, "--out-dir", tmp_path / "out")
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert f"{listing}:1: expected `path<TAB>url`" in err and f"{listing}:2: cannot read missing.html" in err


def test_clean_missing_input(tmp_path):
    proc = newsclean("clean", "--url", "https://example.com/", tmp_path / "nope.html")
    assert proc.returncode == 2 and b"cannot read" in proc.stderr


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


def test_explain_lists_files_and_each_rule(seed_path):
    proc = newsclean("explain", "--url", SEED_URL, seed_path)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert "site file: inquirer.net" in out and "rules/_default.toml" in out
    assert "inquirer.net:ad-label — Ad slot label" in out
    assert "remove div#inarticle_1.ztoop: 'Article continues after this advertisement'" in out
    assert "did nothing: no match" in out


def test_explain_says_when_site_is_off(tmp_path, seed_path):
    (tmp_path / "inquirer.net.toml").write_text("[site]\nenabled = false\n")
    proc = newsclean("explain", "--rules", tmp_path, "--url", SEED_URL, seed_path)
    out = proc.stdout.decode()
    assert "switched off" in out and "result: skipped" in out


def test_explain_json(seed_path):
    proc = newsclean("explain", "--json", "--url", SEED_URL, seed_path)
    data = json.loads(proc.stdout)
    assert data["site"] == "inquirer.net" and data["rules"]


def test_check_and_explain_read_the_proxy_s_user_rules_by_default(tmp_path, seed_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "paper.test.toml").write_text("[[rule]]\nreason = 'r'\ncss = 'p.x'\nupwards = 1\n", encoding="utf-8")
    proc = newsclean("check", config=tmp_path)
    assert proc.returncode != 0
    out = proc.stdout.decode() + proc.stderr.decode()
    assert "paper.test.toml:4:11: NC002 unknown key `upwards` in a rule: did you mean `upward`?" in out
    assert newsclean("check").returncode == 0  # an empty per-user folder: the bundled rules alone
    (rules / "paper.test.toml").write_text("[[rule]]\nname = 'mine'\nreason = 'r'\ncss = 'p.x'\n", encoding="utf-8")
    proc = newsclean("explain", "--url", "https://paper.test/a", seed_path, config=tmp_path)
    assert proc.returncode == 0 and "paper.test:mine" in proc.stdout.decode()


def test_clean_batch_takes_every_option_of_single_page_clean(tmp_path, seed_path):
    listing = tmp_path / "list.tsv"
    listing.write_text(f"{seed_path}\t{SEED_URL}\n")
    proc = newsclean("clean", "--batch", listing, "--out-dir", tmp_path / "out", "--mode", "reader")
    assert proc.returncode == 0, proc.stderr
    batch = (tmp_path / "out" / seed_path.name).read_bytes()
    single = newsclean("clean", "--url", SEED_URL, seed_path, "--mode", "reader").stdout
    assert b'id="newsclean-reader-style"' in batch and batch == single


def test_explain_shortens_long_values(tmp_path, seed_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    regex = "|".join(f"word{i}" for i in range(300))  # one value of 2,000+ characters
    (rules / "globalnation.inquirer.net.toml").write_text(
        f"[[rule]]\nname = 'long'\nreason = 'r'\ncss = 'p'\ntext-regex = '({regex})'\n", encoding="utf-8")
    proc = newsclean("explain", "--rules", rules, "--url", SEED_URL, seed_path)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert "word0|word1" in out and "chars]" in out and "word299" not in out


def test_explain_says_which_condition_left_no_match(tmp_path, seed_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "globalnation.inquirer.net.toml").write_text(
        "[[rule]]\nname = 'ads'\nreason = 'r'\ncss = 'p'\ntext-contains = 'Bukele'\nlink-density = 0.6\n"
        "[[rule]]\nname = 'nothing'\nreason = 'r'\ncss = '.no-such-class'\n",
        encoding="utf-8",
    )
    proc = newsclean("explain", "--rules", rules, "--url", SEED_URL, seed_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode().splitlines()
    ads = lines[lines.index("globalnation.inquirer.net:ads — r") + 2]
    # The seed page's paragraphs, the few of them mostly links (tested first: the cheaper test),
    # none of those naming Bukele.
    found, linked = re.fullmatch(
        r"  did nothing: no match: (\d+) found by: matches CSS `p`; (\d+) pass: at least 60% of its text "
        r"is links; none pass: text contains 'Bukele'", ads).groups()
    assert int(found) > int(linked) > 0
    nothing = lines[lines.index("globalnation.inquirer.net:nothing — r") + 2]
    assert nothing == "  did nothing: no match: none found by: matches CSS `.no-such-class`"
