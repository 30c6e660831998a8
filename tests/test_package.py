"""newsclean works outside a checkout: the wheel carries the bundled rules, and the installed
command checks them and cleans the seed page from a folder far from the repo."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from .conftest import REPO, SEED_DIR, SEED_URL


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(REPO)],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    (found,) = out.glob("newsclean-*.whl")
    return found


def test_the_wheel_carries_every_package_and_the_bundled_rules(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    bundled = sorted(p.name for p in (REPO / "rules").glob("*.toml"))
    assert bundled and all(f"newsclean/bundled_rules/{name}" in names for name in bundled)
    # Their test cases too (tests/<site>/<case>.html + .toml), which `newsclean test` runs.
    cases = sorted(p.relative_to(REPO / "rules").as_posix() for p in (REPO / "rules" / "tests").glob("*/*.*"))
    assert cases and all(f"newsclean/bundled_rules/{case}" in names for case in cases)
    # Every package of the source tree is in the wheel (a new one missing from pyproject would not be).
    for init in (REPO / "addon" / "newsclean").rglob("__init__.py"):
        assert init.relative_to(REPO / "addon").as_posix() in names
    # And the data files the code reads from its packages (the stray and junk detectors' weights.json,
    # the word lists' vocabulary.toml).
    data = [*(REPO / "addon" / "newsclean").rglob("*.json"), *(REPO / "addon" / "newsclean").rglob("*.toml")]
    assert any(f.name == "weights.json" for f in data) and any(f.name == "vocabulary.toml" for f in data)
    for f in data:
        assert f.relative_to(REPO / "addon").as_posix() in names


def test_installed_newsclean_checks_and_cleans_outside_the_checkout(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.check_output([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], text=True).strip())
    # The dependencies come from this interpreter's site-packages (a path file: its own .pth files,
    # the checkout's editable install among them, are not read from there); newsclean from the wheel.
    (site / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    with zipfile.ZipFile(wheel) as whl:
        whl.extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "NEWSCLEAN_CONFIG": str(tmp_path / "config")}

    def newsclean(*args):
        return subprocess.run(
            [python, "-c", "from newsclean.cli.main import main; raise SystemExit(main())", *args],
            cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120,
        )

    where = subprocess.run([python, "-c", "import newsclean.rules.folders as b; print(b.BUNDLED_RULES)"],
                           cwd=elsewhere, env=env, capture_output=True, text=True)
    assert where.stdout.strip() == str(site / "newsclean" / "bundled_rules"), where.stderr
    check = newsclean("check")
    assert check.returncode == 0, check.stdout + check.stderr
    bundled = len(list((REPO / "rules").glob("*.toml")))
    assert check.stdout.startswith(f"{bundled} file(s), ") and "0 error(s)" in check.stdout  # no NC021 either
    tested = newsclean("test")
    assert tested.returncode == 0, tested.stdout + tested.stderr
    cases = len(list((REPO / "rules" / "tests").glob("*/*.toml")))
    assert tested.stdout.splitlines()[-1].startswith(f"{cases} case(s) of ") and f"{cases} passed, 0 failed" in tested.stdout
    out = elsewhere / "clean.html"
    clean = newsclean("clean", "--url", SEED_URL, str(SEED_DIR / "globalnation-rubio.html"), "-o", str(out))
    assert clean.returncode == 0, clean.stderr
    text = out.read_text(encoding="utf-8")
    assert "Article continues after this advertisement" not in text and "Bukele" in text
