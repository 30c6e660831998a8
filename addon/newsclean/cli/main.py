"""`newsclean` — the command line face of the engine (and the launcher of the proxy).

This module builds the parser from the commands' modules (each registers its own subcommand) and
dispatches; the commands live beside it: clean.py, check.py, explain.py, preview.py, test.py,
snapshot.py, trust.py, run.py, with what they share in common.py.
"""

from __future__ import annotations

import argparse
import sys

from .. import __version__
from . import check, clean, explain, importlist, lists, preview, run, snapshot, stats, test, trust

COMMANDS = (clean, check, explain, preview, run, trust, test, snapshot, stats, lists, importlist)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean", description="Read news without the injected junk.",
        epilog="Exit status of every command: 0 ok, 1 findings (rule errors, failing cases, a page that "
        "could not be cleaned), 2 usage.",
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)  # a usage error exits 2 (argparse's own)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
