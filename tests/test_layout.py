"""Dependencies go one way: the format (rules) ← the engine ← edit ← the faces (api, proxy, cli); the rule
statistics (stats) stand alone below the faces.

Each package is imported alone in a fresh interpreter and what it pulled in is looked at: the format
needs neither lxml nor the engine, the engine knows nothing of HTTP, mitmproxy or the faces, and the
control API (api/) runs without mitmproxy (its mitmproxy part is proxy/control.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import newsclean

PACKAGE = Path(newsclean.__file__).parent


def modules_of(package: str) -> list[str]:
    folder = PACKAGE / package
    return sorted(
        "newsclean." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts).removesuffix(".__init__")
        for p in folder.rglob("*.py")
    )


def pulled_in(modules: list[str]) -> set[str]:
    code = f"import sys\nfor m in {modules!r}: __import__(m)\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize(
    "package, forbidden",
    [
        ("rules", ("lxml", "cssselect", "newsclean.engine", "newsclean.edit", "newsclean.api", "newsclean.proxy",
                   "newsclean.cli", "mitmproxy")),
        ("engine", ("newsclean.edit", "newsclean.api", "newsclean.proxy", "newsclean.cli", "mitmproxy")),
        ("edit", ("newsclean.api", "newsclean.proxy", "newsclean.cli", "mitmproxy")),
        ("api", ("newsclean.proxy", "newsclean.cli", "mitmproxy")),
        # the rule statistics: the standard library only (a report is read by its attributes)
        ("stats", ("lxml", "newsclean.rules", "newsclean.engine", "newsclean.edit", "newsclean.api", "newsclean.proxy",
                   "newsclean.cli", "mitmproxy")),
    ],
)
def test_a_package_imports_only_what_is_below_it(package, forbidden):
    modules = modules_of(package)
    assert len(modules) > 3  # the real package was found
    bad = sorted(m for m in pulled_in(modules) if any(m == f or m.startswith(f + ".") for f in forbidden))
    assert not bad, f"newsclean.{package} imports {', '.join(bad[:8])}"
