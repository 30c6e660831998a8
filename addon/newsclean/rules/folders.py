"""Where rule files are: the bundled folder, and the folders a command or the proxy reads."""

from __future__ import annotations

import importlib.resources
import os
from pathlib import Path

LISTS_DIR = "lists"  # a rules folder's subfolder of filter lists (uBO / AdGuard / ABP syntax)


def _bundled_rules() -> Path:
    """The rule files that ship with newsclean: inside the installed package (newsclean/bundled_rules,
    see pyproject.toml), or the repo's rules/ folder in a checkout."""
    installed = importlib.resources.files("newsclean") / "bundled_rules"
    if installed.is_dir():
        return Path(str(installed))
    return Path(__file__).resolve().parents[3] / "rules"


BUNDLED_RULES = _bundled_rules()


def rule_dirs(user_dir: str | os.PathLike | None = None, bundled: bool = True) -> list[Path]:
    """The folders to load: the bundled rules, then the user's (which override them)."""
    dirs = [BUNDLED_RULES] if bundled else []
    if user_dir is not None and Path(user_dir).resolve() != BUNDLED_RULES:
        dirs.append(Path(user_dir))
    return dirs
