"""The rule format's reference, written from the code: the README's tables of conditions, climbs,
actions and error codes are made here from each kind's own `value_doc` and `doc` and from the
error codes' meanings, so the docs cannot drift from what the loader accepts.

    python -m newsclean.engine.book.reference README.md          # rewrite the tables in place
    python -m newsclean.engine.book.reference --check README.md  # exit 1 when they differ from the code

In the README each table sits between `<!-- reference:NAME -->` and `<!-- /reference:NAME -->`.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ...rules.errors import CODES, MEANINGS
from .kinds import ACTIONS, CLIMBS, MATCHERS

# The order the README lists them in: finders first, then tests on text, links, place and shape.
CONDITIONS = (
    "css", "xpath", "text", "text-contains", "text-regex", "href-host", "href-regex", "text-words", "href-words",
    "hidden", "link-density", "max-words", "offsite", "within", "own-text", "label-box", "in-sentence",
    "after-sentence", "in-link",
)  # fmt: skip
CLIMB_ORDER = ("upward", "widen", "link-box", "link-run", "box")
ACTION_ORDER = ("remove", "unwrap", "drop-text", "mark", "keep")


def _ordered(order: tuple, registry: dict) -> list:
    missing = [k for k in registry if k not in order]
    if missing:  # a new kind must be placed in the reference (and so documented) to ship
        raise KeyError(f"kinds missing from engine/book/reference.py: {', '.join(missing)}")
    return [registry[k] for k in order]


def tables() -> dict[str, str]:
    """{table name: its markdown}."""
    conditions = ["| key | value | matches |", "| --- | --- | --- |"] + [
        f"| `{kind.key}` | {kind.value_doc} | {kind.doc} |" for kind in _ordered(CONDITIONS, MATCHERS)
    ]
    climbs = ["| key | value | effect |", "| --- | --- | --- |"] + [
        f"| `{kind.key}` | {kind.value_doc} | {kind.doc} |" for kind in _ordered(CLIMB_ORDER, CLIMBS)
    ]
    actions = ["| action | effect |", "| --- | --- |"] + [
        f"| `{kind.name}` | {kind.doc} |" for kind in _ordered(ACTION_ORDER, ACTIONS)
    ]
    errors = ["| code | name | meaning |", "| --- | --- | --- |"] + [
        f"| {code} | {name} | {MEANINGS[code]} |" for code, (name, _help) in CODES.items()
    ]
    return {name: "\n".join(rows) for name, rows in
            (("conditions", conditions), ("climbs", climbs), ("actions", actions), ("errors", errors))}


def _block(name: str) -> re.Pattern:
    return re.compile(rf"(<!-- reference:{name} -->\n)(.*?)(\n<!-- /reference:{name} -->)", re.DOTALL)


def rewrite(text: str) -> str:
    """The README text with every reference table as the code says."""
    for name, table in tables().items():
        block = _block(name)
        if not block.search(text):
            raise ValueError(f"the README has no <!-- reference:{name} --> block")
        text = block.sub(lambda m, table=table: m.group(1) + table + m.group(3), text)
    return text


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsclean.engine.book.reference", description=__doc__.split("\n\n")[0])
    parser.add_argument("readme", type=Path)
    parser.add_argument("--check", action="store_true", help="exit 1 when the README's tables differ from the code")
    args = parser.parse_args(argv)
    text = args.readme.read_text(encoding="utf-8")
    new = rewrite(text)
    if args.check:
        if new != text:
            print(f"{args.readme}: the rule reference differs from the code; run python -m newsclean.engine.book.reference {args.readme}")
            return 1
        return 0
    if new != text:
        args.readme.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
