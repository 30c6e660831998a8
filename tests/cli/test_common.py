"""What every command shares (cli/common.py): the rule folders read by default, the exit codes."""

from __future__ import annotations

from .test_main import newsclean


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
