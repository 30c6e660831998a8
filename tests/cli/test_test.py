"""`newsclean test` as a real process: the bundled cases pass (CI runs them here), a failing case
says what stayed and what went and which rule took it, and the exit status says which it was."""

from __future__ import annotations

import json
import re
from pathlib import Path

from newsclean.rules.folders import BUNDLED_RULES

from .test_main import newsclean

BUNDLED_CASES = sorted(BUNDLED_RULES.glob("tests/*/*.toml"))
STORY = "Commuters were advised to buy stored-value cards ahead of their trips to avoid long lines at ticket booths."
STORY_CASE = BUNDLED_RULES / "tests" / "inquirer.net" / "newsinfo-mrt3-extended-hours.toml"
PAGE = b"""<html><body><article><h1>Harbour works begin</h1>
<p>The dredging of the outer harbour began on Monday, the port authority said in a statement.</p>
<p class="promo">Buy our app today</p>
<p>Work is expected to last until September, when the first ships will dock.</p>
</article></body></html>"""


def out(proc) -> str:
    return proc.stdout.decode("utf-8")


def write_case(folder: Path, site: str, name: str, toml: str, page: bytes = PAGE) -> Path:
    where = folder / "tests" / site
    where.mkdir(parents=True, exist_ok=True)
    (where / f"{name}.html").write_bytes(page)
    (where / f"{name}.toml").write_text(toml, encoding="utf-8")
    return where / f"{name}.toml"


def test_the_bundled_cases_pass():
    assert BUNDLED_CASES, "the bundled rules have cases"
    proc = newsclean("test")
    assert proc.returncode == 0, out(proc) + proc.stderr.decode()
    lines = out(proc).splitlines()
    for case in BUNDLED_CASES:
        assert any(line.startswith(f"PASS {case.parent.name}/{case.stem}: ") for line in lines), (case, lines)
    sites = len({c.parent.name for c in BUNDLED_CASES})
    assert lines[-1] == f"{len(BUNDLED_CASES)} case(s) of {sites} site(s): {len(BUNDLED_CASES)} passed, 0 failed"
    assert re.search(r"^PASS inquirer\.net/globalnation-rubio: 12 must go, 17 must stay$", out(proc), re.MULTILINE)


def test_a_rule_that_takes_the_story_fails_the_bundled_case_and_says_which(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "inquirer.net.toml").write_text(
        '[[rule]]\nname = "greedy"\nreason = "takes a line of the story"\ntext-contains = "Commuters were advised"\n'
    )
    proc = newsclean("test", "--rules", rules, "inquirer.net", cwd=tmp_path)  # paths outside it: absolute
    text = out(proc)
    assert proc.returncode == 1, text
    assert "FAIL inquirer.net/newsinfo-mrt3-extended-hours: 1 must-stay text(s) went" in text
    line = next(n for n, s in enumerate(STORY_CASE.read_text().splitlines(), start=1) if "Commuters were advised" in s)
    assert f"{STORY_CASE}:{line}: must stay, went: 'Commuters were advised to buy" in text
    assert "— taken by inquirer.net:greedy (remove p)" in text
    assert "PASS inquirer.net/globalnation-rubio" in text
    assert text.splitlines()[-1] == f"{len(BUNDLED_CASES)} case(s) of 1 site(s): {len(BUNDLED_CASES) - 1} passed, 1 failed"


def test_junk_that_stays_fails_a_users_case(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "harbour.example.toml").write_text('[[rule]]\nname = "promo"\nreason = "app promo"\ntext = "Buy our app"\n')
    case = write_case(rules, "harbour.example", "works", """url = "https://www.harbour.example/works"
must_go = [
  "Buy our app today",
]
must_stay = ["The dredging of the outer harbour began on Monday"]
by = ["promo"]
""")
    proc = newsclean("test", "--rules", rules, "harbour.example", cwd=tmp_path)
    text = out(proc)
    assert proc.returncode == 1, text
    assert text.splitlines()[0] == "FAIL harbour.example/works: 1 must-go text(s) stayed, 1 rule(s) that must act did nothing"
    rel = case.relative_to(tmp_path)  # paths under the working folder are shown relative to it
    assert f"  {rel}:3: must go, stayed: 'Buy our app today'" in text
    assert f"  {rel}:6: rule 'promo' did nothing here" in text

    # Fixed rule: the same case passes, and the exit status says so.
    (rules / "harbour.example.toml").write_text('[[rule]]\nname = "promo"\nreason = "app promo"\ntext = "Buy our app today"\n')
    proc = newsclean("test", "--rules", rules, "harbour.example")
    assert proc.returncode == 0, out(proc)
    assert out(proc).splitlines() == [
        "PASS harbour.example/works: 1 must go, 1 must stay, 1 must act",
        "1 case(s) of 1 site(s): 1 passed, 0 failed",
    ]


def test_json_says_the_same(tmp_path):
    rules = tmp_path / "rules"
    write_case(rules, "harbour.example", "works",
               'url = "https://harbour.example/w"\nmust_go = ["Buy our app today"]\nmust_stay = ["Harbour works begin"]\n')
    proc = newsclean("test", "--rules", rules, "--json")
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert data["summary"] == {"cases": len(BUNDLED_CASES) + 1, "passed": len(BUNDLED_CASES), "failed": 1}
    assert data["dirs"] == [str(BUNDLED_RULES), str(rules)]
    (case,) = [c for c in data["cases"] if not c["passed"]]
    assert case["site"] == "harbour.example" and case["name"] == "works" and case["ran"] is True
    assert case["case"] == str(rules / "tests" / "harbour.example" / "works.toml")
    assert case["failures"] == [{"kind": "stayed", "item": "Buy our app today",
                                 "message": "must go, stayed: 'Buy our app today'", "line": 2}]
    assert case["checked"] == {"must_go": 1, "must_stay": 1}
    assert data["sites_without_cases"] == [] and data["rule_errors"] == []


def test_a_case_that_cannot_run_fails_and_says_why(tmp_path):
    rules = tmp_path / "rules"
    write_case(rules, "harbour.example", "typo", 'url = "https://harbour.example/w"\nmust_gone = ["Buy our app today"]\n')
    proc = newsclean("test", "--rules", rules, "harbour.example")
    assert proc.returncode == 1
    assert out(proc).splitlines()[:2] == [
        "FAIL harbour.example/typo: the case cannot run",
        (f"  {rules / 'tests' / 'harbour.example' / 'typo.toml'}:2: unknown key `must_gone`: did you mean `must_go`? "
         "(known: actions, by, charset, gone_selectors, kept_selectors, links_gone, links_kept, must_go, must_stay, "
         "not_by, paragraphs_after, url)"),
    ]


def test_usage_errors_exit_2(tmp_path):
    proc = newsclean("test", "nosuch.example")
    assert proc.returncode == 2
    assert "no cases for nosuch.example" in proc.stderr.decode() and "sites with cases: inquirer.net" in proc.stderr.decode()
    proc = newsclean("test", "--rules", tmp_path / "absent")
    assert proc.returncode == 2 and "no such rule folder" in proc.stderr.decode()
    assert newsclean("test", "--bogus").returncode == 2


def test_site_files_without_a_case_are_named_and_no_cases_is_said(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "untested.example.toml").write_text('[[rule]]\nreason = "x"\ntext = "Buy now"\n')
    proc = newsclean("test", "--rules", rules)
    assert proc.returncode == 0
    assert out(proc).splitlines()[-1] == "sites without a case: untested.example"
    proc = newsclean("test", "--rules", rules, "--no-bundled")
    assert proc.returncode == 0
    assert out(proc).splitlines()[0].startswith("no cases in ")
