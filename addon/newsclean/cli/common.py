"""What the commands share: the rule folders they read, loading the book, JSON output, exit codes.

Exit codes, the same for every command (README, "The command line"): 0 ok, 1 findings (a rule
error, a failing case, a page that could not be cleaned or drawn), 2 usage (a bad argument, an input
that cannot be read, a tool that is missing).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..edit.editor import default_user_rules_dir
from ..engine.book.rulebook import RuleBook
from ..rules.errors import printable
from ..rules.folders import BUNDLED_RULES, rule_dirs

OK, FINDINGS, USAGE = 0, 1, 2


def rules_options(p) -> None:
    p.add_argument(
        "--rules", metavar="DIR",
        help=f"your rule folder; its files extend or override the bundled ones ({BUNDLED_RULES});"
        " default: the proxy's, ~/.config/newsclean/rules, when it exists",
    )
    p.add_argument("--no-bundled", action="store_true", help="load only --rules, not the bundled rules")


def json_option(p, shape: str) -> None:
    p.add_argument("--json", action="store_true", help=f"print {shape} as JSON on stdout (shape in README.md)")


def user_dir(args):
    """The user's rule folder: --rules, else the one the proxy and the extension use
    (~/.config/newsclean/rules) when it exists — every command reads the same rules."""
    if args.rules is not None:
        return args.rules
    folder = default_user_rules_dir()
    return folder if folder.is_dir() else None


def dirs(args) -> list:
    return rule_dirs(user_dir(args), bundled=not args.no_bundled)


def load_book(args) -> RuleBook:
    """The book of the folders ``args`` names; its errors on stderr (the commands' own output is
    for what they were asked)."""
    book = RuleBook.load(dirs(args))
    for err in book.errors:
        print(err.render(), file=sys.stderr)
    return book


def write_json(path: str, data) -> None:
    """``data`` as indented UTF-8 JSON to ``path`` ("-": stdout)."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        Path(path).write_text(text, encoding="utf-8")


def usage(command: str, message: str) -> int:
    """A usage error: said on stderr, exit 2."""
    print(f"newsclean {command}: {printable(message)}", file=sys.stderr)
    return USAGE


def read_input(command: str, path: str) -> bytes | None:
    """The bytes of ``path`` ("-": stdin); None, said on stderr, when it cannot be read."""
    try:
        return Path(path).read_bytes() if path != "-" else sys.stdin.buffer.read()
    except OSError as err:
        print(f"newsclean {command}: cannot read {printable(str(path))}: {err.strerror}", file=sys.stderr)
        return None
