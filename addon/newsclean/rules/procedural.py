"""uBlock Origin's procedural filters (``:has-text()``, ``:upward()``, ...), its HTML filters (``##^``)
and AdGuard's HTML rules (``$$tag[...]``) read into plain specs: a CSS base and the operators that
follow it, each with its argument read (a number, a text or a ``/regex/``, a nested selector).

The format only (the engine runs them: engine/procedural.py). An operator that needs a rendered page
(``:matches-css()``, ``:others()``, ...) makes the filter "procedural-render", counted as not
applied; one that is unknown, or an argument that cannot be read, makes it "bad-procedural" with its
line. Regexes are RE2's (a backreference or lookaround is a bad argument, as in the rules).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import re2

#: operators the engine runs, by their uBO names (aliases from AdGuard / ABP map onto them)
OPERATORS = frozenset({
    "has-text", "upward", "has", "not", "xpath", "remove", "min-text-length", "matches-path", "matches-attr",
})  # fmt: skip
ALIASES = {"-abp-contains": "has-text", "contains": "has-text", "-abp-has": "has", "if": "has", "if-not": "not",
           "nth-ancestor": "upward"}  # fmt: skip
#: operators that need a page as a browser lays it out or runs it: never applied here
RENDERED = frozenset({
    "matches-css", "matches-css-before", "matches-css-after", "matches-media", "matches-prop", "others",
    "watch-attr", "style", "remove-attr", "remove-class", "-abp-properties", "spath", "shadow",
})  # fmt: skip
_ALL = OPERATORS | RENDERED | set(ALIASES)
_OPERATOR = re.compile(r":(-?[a-z][a-z-]*)\(")
_QUIET = re2.Options()
_QUIET.log_errors = False  # a list's bad regex is counted with its line, not logged by RE2 on stderr


class ProceduralError(ValueError):
    """A procedural filter that cannot be read: its kind ("bad-procedural" or "procedural-render")."""

    def __init__(self, kind: str, why: str):
        super().__init__(why)
        self.kind = kind


@dataclass(frozen=True)
class Pattern:
    """A text (found as written) or a ``/regex/flags`` (RE2)."""

    text: str
    regex: bool = False
    fold: bool = False


@dataclass(frozen=True)
class Steps:
    """A CSS base (may be empty: the element itself, or the document) and the operators after it."""

    base: str
    ops: tuple = ()  # (operator, argument): int, str, Pattern, (Pattern, Pattern | None), Steps


@dataclass(frozen=True)
class ProceduralFilter:
    """``include##steps`` (uBO procedural), ``include##^steps`` (uBO HTML filter: what it matches goes),
    or an AdGuard ``include$$tag[...]`` rule (``tag`` and its ``attrs``)."""

    line: int
    text: str
    selector: str  # as written after the separator
    steps: Steps | None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    remove: bool = False  # `:remove()`, an HTML filter or an AdGuard rule: what matches goes
    tag: str = ""  # AdGuard: the tag
    attrs: tuple = ()  # AdGuard: (name, value) with tag-content, max-length, min-length, wildcard


def pattern(arg: str) -> Pattern:
    """``/re/i`` → a regex (checked under RE2); anything else a text, quotes taken off."""
    arg = arg.strip()
    if len(arg) >= 2 and arg[0] == arg[-1] and arg[0] in "\"'":
        arg = arg[1:-1]
    found = re.fullmatch(r"/(.+)/([a-z]*)", arg, re.S)
    if found:
        fold = "i" in found.group(2)
        if any(int(n) > 1000 for n in re.findall(r"\{(\d+)(?:,\d*)?\}", found.group(1))):
            raise ProceduralError("bad-procedural", "regex does not compile under RE2: a repetition over 1000")
        try:
            re2.compile(found.group(1), options=_QUIET)
        except re2.error as err:
            raise ProceduralError("bad-procedural", f"regex does not compile under RE2: {err}") from None
        return Pattern(found.group(1), True, fold)
    return Pattern(arg)


def _close(text: str, start: int) -> int:
    """The index of the parenthesis closing the one before ``start`` (quotes, escapes and regex
    bodies read whole)."""
    regex = re.compile(r"/(?:\\.|[^/\\])+/[a-z]*\)").match(text, start)
    if regex:  # a `/regex/flags` argument: its parentheses are the regex's
        return regex.end() - 1
    depth, i, quote = 1, start, None
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if quote:
            quote = None if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ProceduralError("bad-procedural", "a parenthesis is not closed")


def _needs_steps(arg: str) -> bool:
    """Whether a `:has()`/`:not()` argument needs the steps (a procedural operator, a list or a
    combinator inside) rather than the CSS engine."""
    return bool(_OPERATOR.search(arg) and any(m.group(1) in _ALL for m in _OPERATOR.finditer(arg))) or bool(
        re.search(r"[,>+~]|\S\s+\S", re.sub(r"\[[^\]]*\]|\"[^\"]*\"|'[^']*'", "", arg))
    )


def parse_steps(selector: str) -> Steps:
    """``div.x:has-text(/ad/i):upward(2)`` → Steps("div.x", (("has-text", Pattern), ("upward", 2)))."""
    base, ops, pos = [], [], 0
    while pos < len(selector):
        found = _OPERATOR.search(selector, pos)
        if found is None:
            if ops and selector[pos:].strip():
                raise ProceduralError("procedural-render", "CSS after a procedural operator (uBO's :spath)")
            base.append(selector[pos:])
            break
        name = found.group(1)
        end = _close(selector, found.end())
        arg = selector[found.end():end]
        if name not in _ALL or (name in ("has", "not", "if", "if-not", "-abp-has") and arg.strip() and not _needs_steps(arg)):
            if ops:  # a CSS pseudo-class after an operator
                raise ProceduralError("procedural-render", f"CSS after a procedural operator: :{name}()")
            base.append(selector[pos:end + 1])  # a CSS pseudo-class (`:nth-child(2)`, a simple `:not(.x)`)
            pos = end + 1
            continue
        if ops == [] and selector[pos:found.start()]:
            base.append(selector[pos:found.start()])
        name = ALIASES.get(name, name)
        if name in RENDERED:
            raise ProceduralError("procedural-render", f":{name}() needs a rendered page")
        ops.append((name, _argument(name, arg)))
        pos = end + 1
    return Steps("".join(base).strip(), tuple(ops))


def _argument(name: str, arg: str):
    if name in ("upward", "min-text-length"):
        if arg.strip().isdigit():
            n = int(arg)
            if name == "upward" and not 1 <= n <= 256:
                raise ProceduralError("bad-procedural", f":upward({n}): a number from 1 to 256")
            return n
        if name == "upward" and arg.strip():
            return parse_steps(arg.strip())  # the closest ancestor matching a selector
        raise ProceduralError("bad-procedural", f":{name}() needs a number")
    if name in ("has", "not"):
        if not arg.strip():
            raise ProceduralError("bad-procedural", f":{name}() is empty")
        return parse_steps(arg.strip())
    if name == "xpath":
        if not arg.strip():
            raise ProceduralError("bad-procedural", ":xpath() is empty")
        return arg.strip()
    if name == "remove":
        if arg.strip():
            raise ProceduralError("bad-procedural", ":remove() takes no argument")
        return None
    if name == "matches-attr":
        left, eq, right = arg.partition("=")
        if not left.strip():
            raise ProceduralError("bad-procedural", ":matches-attr() needs an attribute name")
        return (pattern(left), pattern(right) if eq else None)
    return pattern(arg)  # has-text, matches-path


def parse_procedural(number: int, line: str, body: str, include, exclude, html: bool = False) -> ProceduralFilter:
    """A ``##`` (or ``##^``, ``html``) filter's body → ProceduralFilter; ProceduralError if it cannot be."""
    steps = parse_steps(body)
    if not steps.base and not steps.ops:
        raise ProceduralError("bad-procedural", "an empty selector")
    if steps.ops and steps.ops[-1][0] != "remove" and any(op == "remove" for op, _ in steps.ops[:-1]):
        raise ProceduralError("bad-procedural", ":remove() must come last")
    remove = html or any(op == "remove" for op, _ in steps.ops)
    ops = tuple(step for step in steps.ops if step[0] != "remove")
    return ProceduralFilter(number, line, body, Steps(steps.base, ops), include, exclude, remove=remove)


_ADGUARD = re.compile(r'\[([\w-]+)="((?:[^"]|"")*)"\]')
_ADGUARD_SPECIAL = frozenset({"tag-content", "max-length", "min-length", "wildcard"})


def parse_adguard(number: int, line: str, body: str, include, exclude) -> ProceduralFilter:
    """``script[tag-content="banner"][max-length="500"]`` (AdGuard HTML filtering rule)."""
    found = re.match(r"[a-zA-Z][\w-]*", body)
    if not found:
        raise ProceduralError("bad-procedural", "an AdGuard HTML rule starts with a tag name")
    tag, pos, attrs = found.group().lower(), found.end(), []
    for found in _ADGUARD.finditer(body, pos):
        if found.start() != pos:
            break
        name, value = found.group(1).lower(), found.group(2).replace('""', '"')
        if name in ("max-length", "min-length") and not value.isdigit():
            raise ProceduralError("bad-procedural", f"`{name}` must be a number")
        if name in ("parent-elements", "parent-search-level"):
            raise ProceduralError("procedural-render", f"`{name}` (deprecated in AdGuard) is not applied")
        attrs.append((name, value))
        pos = found.end()
    if pos != len(body):
        raise ProceduralError("bad-procedural", f"cannot read {body[pos:pos + 40]!r}")
    return ProceduralFilter(number, line, body, None, include, exclude, remove=True, tag=tag, attrs=tuple(attrs))
