"""`newsclean explain` as a real process: the files and rules that apply and what each did; --json."""

from __future__ import annotations

import json
import re

from ..conftest import SEED_URL
from .test_main import newsclean


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


def test_explain_json_shape_and_exit_codes(tmp_path, seed_path):
    proc = newsclean("explain", "--json", "--url", SEED_URL, seed_path)
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert {"url", "status", "detail", "site", "files", "encoding", "removals", "rules", "mode", "removed",
            "marked"} <= set(data)
    outcome = data["rules"][0]
    assert set(outcome) == {"rule", "reason", "description", "matched", "applied", "held", "note"}
    missing = newsclean("explain", "--json", "--url", SEED_URL, tmp_path / "nope.html")
    assert missing.returncode == 2 and missing.stdout == b"" and b"cannot read" in missing.stderr
