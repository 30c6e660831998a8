"""Rule file problems: one stable code per kind of mistake, reported as ``path:line:col: CODE message``.

Codes are stable: tests, docs and users' scripts refer to them. Add new ones at the end.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

# code -> (short name, help line shown under the message)
CODES: dict[str, tuple[str, str]] = {
    "NC001": ("toml-syntax", "the file is not valid TOML; fix the syntax at the position shown"),
    "NC002": ("unknown-key", "see the rule format reference in README.md for the keys a table may have"),
    "NC003": ("wrong-type", "check the value's type (string, integer, number, boolean, list of strings)"),
    "NC004": ("missing-key", "every rule needs a `reason`: say why the element is junk"),
    "NC005": ("bad-selector", "the CSS selector does not compile; check brackets, quotes and pseudo-classes"),
    "NC006": ("bad-xpath", "the XPath expression does not compile"),
    "NC007": ("bad-regex", "the regex does not compile under RE2 syntax (no backreferences or lookaround)"),
    "NC008": ("matches-everything", "add a selector, text or link condition so the rule picks out the junk only"),
    "NC009": ("bad-value", "the value is outside what the key accepts"),
    "NC010": ("duplicate-name", "rule names must be unique within a file: they are how rules are switched off"),
    "NC011": ("bad-file-name", "site files are named after a domain, e.g. `inquirer.net.toml`, or `_default.toml`"),
    "NC012": ("unreadable-file", "the file could not be read: check that it exists, that you may read it and that it is UTF-8 text"),
    "NC013": ("not-a-file", "a rule file must be a regular file (a symlink must point at one), not a FIFO, device or folder"),
    "NC014": ("file-too-large", "a rule file may hold at most 1 MiB: split it, or find the junk by shape rather than by listing it"),
    "NC015": ("too-deep", "arrays and inline tables may nest at most 16 deep"),
    "NC016": ("value-too-long", "texts and labels may be 2,000 characters long, selectors and regexes 4,000, a reason 1,000"),
    "NC017": ("too-many-items", "a CSS list may hold 256 selectors, a list value 500 entries: split the rule"),
    "NC018": ("rule-fails", "the rule raised an error when tried on a small test page, so it would fail on every page"),
    # Warnings: the rule loads and works; the file says something twice or in a way to tidy.
    "NC019": ("duplicate-label", "a label listed twice in one list (same words, case and punctuation aside): delete one"),
    "NC020": ("renamed-key", "the key has a new name that says what it does; the old one still works for now"),
    "NC021": ("no-test-case", "a case (a saved page, the texts that must go and stay) makes a redesign a failing test, not junk coming back"),
    "NC022": ("unknown-list", "`list:NAME` names a list file (lists/NAME.txt) of a rules folder: check its name"),
}

#: What each code means, for the README's table of errors (engine/book/reference.py writes it).
MEANINGS = {
    "NC001": 'the file is not valid TOML',
    "NC002": 'a key the format does not know (typos are errors, not silently ignored)',
    "NC003": 'a value of the wrong type',
    "NC004": 'a rule without `reason`',
    "NC005": 'a CSS selector that does not compile',
    "NC006": 'an XPath expression that does not compile, or calls `id()`',
    "NC007": 'a regex that does not compile under RE2',
    "NC008": 'a rule with no condition, an empty text, or only conditions that match everything',
    "NC009": 'a value outside what the key accepts (unknown action, share outside (0, 1], ...)',
    "NC010": 'two rules with the same name in one file',
    "NC011": 'a file not named after a domain or `_default`',
    "NC012": 'the file or folder cannot be read',
    "NC013": (
        'not a regular file: a FIFO, a device (a symlink to `/dev/zero`), a socket or a folder; refused '
        'without reading it'
    ),
    "NC014": 'a file over 1 MiB',
    "NC015": 'arrays and inline tables nested more than 16 deep (checked before the TOML is parsed)',
    "NC016": (
        'a `text`, `text-contains`, label or host over 2,000 characters; a selector, XPath or regex over '
        '4,000; a `reason` over 1,000'
    ),
    "NC017": (
        'a CSS selector list of more than 256 selectors, or a list value (labels, hosts, `disable`) of '
        'more than 500 entries'
    ),
    "NC018": (
        'the rule compiles but raises when tried on a small built-in page (an XPath whose value is a '
        'number, `count(//a)`; a function that does not exist): it would fail on every page'
    ),
    "NC019": (
        'a warning, not an error: a label listed twice in one list (`"Advertisement"` and '
        '`"ADVERTISEMENT:"` are one label); the rule is in force, `check` exits 0 and names the copy to '
        'delete'
    ),
    "NC020": (
        'a warning: a key that has a new name (`in-text` is now `in-sentence`); the rule works as '
        'written, `check` says what to write instead'
    ),
    "NC021": (
        'a warning: a site file whose site has no test case in any rule folder read '
        '(`tests/<site>/<case>.toml`); `newsclean snapshot URL` saves one, `newsclean test` runs them'
    ),
    "NC022": (
        'a warning: `disable = ["list:NAME"]` (or `"list:NAME:LINE"`) names a list no rules folder loads; '
        'the rest of the file is in force'
    ),
}

#: Codes that warn: the rule is in force; `newsclean check` prints them and still exits 0.
WARNINGS = frozenset({"NC019", "NC020", "NC021", "NC022"})


# C0 and C1 controls (ESC starts a terminal escape sequence, \x9b does alone), DEL, the Unicode line
# and paragraph separators, and surrogates (a file name's undecodable bytes, or a lone `\ud800`).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _escape(found: re.Match) -> str:
    char = found.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by the file system decoder
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """Text safe to print to a terminal or a log line, and to encode as UTF-8: control characters
    and undecodable bytes of a file name are written as escapes (`\\x1b`, `\\n` as `\\x0a`, `\\xff`)."""
    return _UNPRINTABLE.sub(_escape, text)


@dataclass(frozen=True)
class RuleError:
    code: str
    message: str
    path: str = "<rules>"
    line: int = 1
    col: int = 1
    rule: int | None = None  # the rule (1-based, in file order) this error skipped; None: the file's

    @property
    def help(self) -> str:
        return CODES[self.code][1]

    def __str__(self) -> str:
        # A file's name is the user's (or anyone's who could write in the folder): it goes to the
        # terminal and the log escaped, never as the control characters it may hold.
        return printable(f"{self.path}:{self.line}:{self.col}: {self.code} {self.message}")

    def render(self) -> str:
        """The message plus its help line, as `newsclean check` prints it."""
        return f"{self}\n  help: {self.help}"

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "code": self.code,
            "name": CODES[self.code][0],
            "message": self.message,
            "help": self.help,
        }


def did_you_mean(word: str, known) -> str:
    """": did you mean `upward`?" for a key close to a known one, else ""."""
    close = difflib.get_close_matches(word, sorted(known), n=1, cutoff=0.75)
    return f": did you mean `{close[0]}`?" if close else ""


class RuleSyntaxError(Exception):
    """Raised by a rule kind while parsing its argument; the loader adds path and position."""

    def __init__(self, code: str, message: str, key: str | None = None):
        assert code in CODES, code
        super().__init__(message)
        self.code = code
        self.message = message
        self.key = key
