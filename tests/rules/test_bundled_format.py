"""The bundled rule files as people read and copy them: regexes in TOML literal strings."""

from __future__ import annotations

import re

from newsclean.rules.folders import BUNDLED_RULES

REGEX_KEYS = ("text-regex", "href-regex", "small-print")


def test_regexes_are_literal_strings_without_doubled_backslashes():
    for path in sorted(BUNDLED_RULES.glob("*.toml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for key in REGEX_KEYS:
                assert not re.search(rf'(?:^|[\s{{,]){key}\s*=\s*"', line), f"{path.name}:{number}: write `{key}` as '...'"
