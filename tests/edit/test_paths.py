"""rules.paths: where a user's things live, and which site names make a file name."""

from __future__ import annotations

import pytest

from newsclean.edit.paths import config_dir, default_user_rules_dir, validate_site
from newsclean.edit.refusals import EditError


def test_config_folder_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSCLEAN_CONFIG", str(tmp_path / "nc"))
    assert config_dir() == tmp_path / "nc" and default_user_rules_dir() == tmp_path / "nc" / "rules"
    monkeypatch.delenv("NEWSCLEAN_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config_dir() == tmp_path / "xdg" / "newsclean"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert config_dir() == tmp_path / "home" / ".config" / "newsclean"


@pytest.mark.parametrize("site,ok", [
    ("Inquirer.net", "inquirer.net"), ("_default", None), ("a" * 64 + ".com", None), ("x" * 247 + ".com", None),
    ("not a domain", None), ("", None),
])
def test_site_names(site, ok):
    if ok:
        assert validate_site(site) == ok
    else:
        with pytest.raises(EditError) as caught:
            validate_site(site)
        assert caught.value.code == "bad-site"
