"""Rule specs → compiled rules: each key's value compiled by its kind (selectors, regexes, label
lists), the finder and the tests put in the order they run, and every rule tried once on a small page.

The format's checks come first (rules/loader.py); what only compiling finds (a CSS selector that does
not parse, a regex RE2 refuses, a rule with no way to find elements) is reported here with the same
``path:line:col`` and code, and costs that rule, never the file.
"""

from __future__ import annotations

from pathlib import Path

from ...rules.errors import RuleError, RuleSyntaxError
from ...rules.keys import RENAMED_KEYS
from ...rules.loader import RuleFileError, read_rule, read_rule_file, read_rule_text
from ...rules.specs import FileSpec, RuleSpec
from .kinds import ACTIONS, CLIMBS, MATCHERS, compile_css
from .model import Rule, RuleFile
from .trial import try_rule


def compile_rule(spec: RuleSpec) -> Rule:
    """One spec → Rule. Raises RuleSyntaxError naming the key at fault."""
    table = spec.table
    matchers = [MATCHERS[k].parse(v) for k, v in table.items() if k in MATCHERS]
    if not matchers:
        raise RuleSyntaxError(
            "NC008", "rule has no condition (css, xpath, text, href-host, hidden, ...): it would match everything", None
        )
    finders = sorted((m for m in matchers if m.can_find), key=lambda m: m.cost)
    if not finders:
        raise RuleSyntaxError(
            "NC008",
            "rule needs a way to find elements (css, xpath, text, text-contains, href-host, href-regex or hidden); "
            + ", ".join(f"`{m.key}`" for m in matchers)
            + " only narrows them down",
            None,
        )
    if all(m.broad for m in matchers):
        raise RuleSyntaxError("NC008", "rule's conditions match (next to) every element of a page", finders[0].key)
    # The cheapest source of candidates finds them; the rest test them, cheapest first.
    source = min((m for m in matchers if m.can_find or m.can_source), key=lambda m: m.find_cost)
    matchers = [source, *sorted((m for m in matchers if m is not source), key=lambda m: m.cost)]
    climbs = [CLIMBS[k].parse(v) for k, v in table.items() if k in CLIMBS]  # in the order written
    act = ACTIONS[spec.action].parse(table, matchers)
    rule = Rule(
        id=spec.id,
        name=spec.name,
        reason=spec.reason,
        path=spec.path,
        line=spec.line,
        matchers=tuple(matchers),
        climbs=tuple(climbs),
        action=act,
        action_name=spec.action,
        enabled=spec.enabled,
        table=spec.written,  # as written: the API shows and edits the user's own words
    )
    try_rule(rule)  # a rule that raises on a small page would raise on every page
    return rule


def parse_rule(table: dict, key: str, index: int, path: str, line: int) -> Rule:
    """One `[[rule]]` table → Rule (the format's checks, then compiled). Raises RuleSyntaxError."""
    return compile_rule(read_rule(table, key, index, path, line))


def _toml_value(value) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else repr(value)


def compile_file(spec: FileSpec) -> RuleFile:
    """A file's spec → RuleFile: the rules that compile, and why the others were skipped."""
    path = spec.path
    if spec.settings.get("article") is not None:
        try:
            compile_css(spec.settings["article"], "article")
        except RuleSyntaxError as err:
            line, col = spec.where("site", None, "article")
            raise RuleFileError([RuleError(err.code, err.message, path, line, col)]) from None
    rules, warnings, names = [], [], set()
    errors = list(spec.errors)
    for rs in spec.rules:
        index = rs.index
        try:
            rule = compile_rule(rs)
        except RuleSyntaxError as err:
            eline, ecol = spec.where("rule", index, err.key)
            errors.append(RuleError(err.code, err.message, path, eline, ecol, rule=index + 1))
            continue
        except Exception as err:  # noqa: BLE001 - a compiler's own failure (a selector deep enough
            # to exhaust cssselect's recursion, ...) costs this rule, never the file
            message = f"rule could not be compiled: {type(err).__name__}: {err}"[:300]
            errors.append(RuleError("NC018", message, path, rs.line, 1, rule=index + 1))
            continue
        if rule.name is not None:
            if rule.name in names:
                eline, ecol = spec.where("rule", index, "name")
                errors.append(RuleError("NC010", f"a rule named {rule.name!r} is already in this file", path, eline, ecol, rule=index + 1))
                continue
            names.add(rule.name)
        for old in rs.renamed:
            wline, wcol = spec.where("rule", index, old)
            warnings.append(RuleError(
                "NC020", f"`{old}` is now called `{RENAMED_KEYS[old]}`: write `{RENAMED_KEYS[old]} = {_toml_value(rs.written[old])}`",
                path, wline, wcol, rule=index + 1))
        for m in rule.matchers:
            for label, before in getattr(m, "duplicates", ()):
                wline, wcol = spec.where("rule", index, m.key)
                said = "" if label == before else f" (as {before!r})"
                warnings.append(RuleError("NC019", f"`{m.key}` lists {label!r} twice{said}", path, wline, wcol, rule=index + 1))
        rules.append(rule)
    errors.sort(key=lambda e: e.rule or 0)  # in the file's order, whichever step turned a rule down
    return RuleFile(key=spec.key, path=path, mtime_ns=spec.mtime_ns, rules=tuple(rules), settings=spec.settings,
                    errors=tuple(errors), warnings=tuple(warnings), spec=spec)


def parse_rule_text(text: str, path: str, key: str, mtime_ns: int = 0) -> RuleFile:
    """A rule file's text → RuleFile. Raises RuleFileError when the file as a whole is unusable."""
    return compile_file(read_rule_text(text, path, key, mtime_ns))


def load_rule_file(path: Path) -> RuleFile:
    """Read, check and compile one file. Raises RuleFileError (with positions) when it cannot be used."""
    return compile_file(read_rule_file(path))
