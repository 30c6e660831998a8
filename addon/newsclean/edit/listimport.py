"""A filter list's filters for one site, turned into TOML rules a maintainer can read and edit.

``domain##selector`` becomes ``css = "selector"``; uBlock Origin's procedural operators become the
rule keys that do the same: ``:has-text(x)`` → ``text-contains`` (``/re/`` → ``text-regex``),
``:upward(n|sel)`` → ``upward``, ``:xpath(e)`` alone → ``xpath``, ``:remove()`` → the default action;
``##^`` HTML filters are read as element filters (the proxy filters HTML before the browser sees
it, as they do). Each rule's ``reason`` names the list and quotes the filter's line. Whatever has no
faithful rule — a URL-path or CSS-style condition, a scriptlet, a filter a site's subdomain escapes
— is listed with its line number and why, never dropped without a word.

Site filters are those naming the site or a parent of it (or its entity, ``site.*``); generic ones
(``##selector``) only when asked, less those the site excepts (``#@#``) or switches off
(``$generichide``), and, with a page, only those that find something on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..rules.filterlist import TRUE_TOKENS, host_keys, parse_line

# A procedural operator and what a rule can make of it.
_OPERATOR = re.compile(r":(-abp-has|-abp-contains|has-text|has|contains|upward|nth-ancestor|xpath|remove|"
                       r"min-text-length|matches-path|matches-attr|matches-css(?:-before|-after)?|matches-media|"
                       r"matches-prop|others|watch-attr|style|remove-attr|remove-class|if-not|if|spath|not)\(")
_NO_RULE = {
    "min-text-length": "the rule format has no minimum text length",
    "matches-path": "the rule format has no condition on the page's URL path",
    "matches-attr": "the rule format has no attribute-value regex (write a CSS attribute selector by hand)",
    "matches-css": "needs the rendered page's computed style",
    "matches-css-before": "needs the rendered page's computed style",
    "matches-css-after": "needs the rendered page's computed style",
    "matches-media": "needs the rendered page's media queries",
    "matches-prop": "needs the page's JavaScript objects",
    "others": "needs the rendered page",
    "watch-attr": "needs the live page",
    "style": "sets a style; rules remove or mark",
    "remove-attr": "changes an attribute; rules remove or mark elements",
    "remove-class": "changes a class; rules remove or mark elements",
    "if": "a procedural condition inside a condition",
    "if-not": "a procedural condition inside a condition",
    "spath": "a procedural path",
}
_SCRIPT_LAST = re.compile(r"(?:^|[\s>+~])(?:script|style|noscript|template)(?![\w-])[^\s>+~]*$", re.I)
_KIND_WHY = {
    "scriptlet": "a scriptlet (runs JavaScript in the page)",
    "css-injection": "a CSS injection (sets a style; rules remove or mark)",
    "javascript": "JavaScript injection",
    "regex-domain": "names its sites by a regex",
    "bad-line": "an element-hiding filter without a selector",
}


@dataclass(frozen=True)
class Skipped:
    line: int
    text: str
    why: str


@dataclass
class Imported:
    """What a list gives a site: ``rules`` (dicts of rule keys, in list order) and ``skipped``."""

    list_name: str
    site: str
    rules: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    excepted: int = 0  # generic filters the site excepts or switches off (not imported, not skipped)


def list_lines(path: Path, seen: set | None = None):
    """(file name, line number, line) of a list, ``!#if`` blocks decided as the loader decides them
    and ``!#include`` files beside it read in their place."""
    seen = seen if seen is not None else {path}
    skipping: list[bool] = []
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = line.strip()
        if line.startswith("!#if "):
            skipping.append((bool(skipping) and skipping[-1]) or not _condition(line[5:]))
        elif line.startswith("!#else"):
            if skipping:
                skipping[-1] = (len(skipping) > 1 and skipping[-2]) or not skipping[-1]
        elif line.startswith("!#endif"):
            if skipping:
                skipping.pop()
        elif skipping and skipping[-1]:
            continue
        elif line.startswith("!#include "):
            name = line[len("!#include "):].strip()
            target = path.parent / name
            if "/" not in name and "\\" not in name and target.is_file() and target not in seen:
                seen.add(target)
                yield from list_lines(target, seen)
        else:
            yield path.name, number, line


def _condition(expr: str) -> bool:
    """An ``!#if`` expression: tokens (true when in TRUE_TOKENS), ``!``, ``&&``, ``||``, parentheses."""
    tokens = re.findall(r"!|&&|\|\||\(|\)|[A-Za-z_]\w*", expr)
    pos = 0

    def unary() -> bool:
        nonlocal pos
        if pos >= len(tokens):
            return False
        tok = tokens[pos]
        pos += 1
        if tok == "!":
            return not unary()
        if tok == "(":
            value = either()
            pos += pos < len(tokens) and tokens[pos] == ")"
            return value
        return tok in TRUE_TOKENS

    def both() -> bool:
        nonlocal pos
        value = unary()
        while pos < len(tokens) and tokens[pos] == "&&":
            pos += 1
            value = unary() and value
        return value

    def either() -> bool:
        nonlocal pos
        value = both()
        while pos < len(tokens) and tokens[pos] == "||":
            pos += 1
            value = both() or value
        return value

    return either()


def split_filter(line: str) -> tuple[str, str, str] | None:
    """``a.com,~b.a.com##body`` → ("a.com,~b.a.com", "##", "body"); None for no cosmetic separator."""
    found = re.search(r"#@?\$\??#|#@?%#|#@?\??#|\$@?\$", line)
    if found is None:
        return None
    return line[: found.start()], found.group(), line[found.end():].strip()


def translate(body: str) -> dict | str:
    """A filter's body (selector and procedural operators) → rule keys, or why it has none."""
    if body.startswith("^"):
        body = body[1:].strip()  # a uBO HTML filter: the same selector, applied to the HTML
        if body.startswith("responseheader("):
            return "removes a response header"
    if body.startswith("+js(") or body.startswith("%%"):
        return "a scriptlet (runs JavaScript in the page)"
    css, ops, rest = _split_operators(body)
    if rest is None:
        return "a procedural operator not closed"
    if rest:
        return "CSS after a procedural operator"
    keys: dict = {}
    for op, arg in ops:
        if op in _NO_RULE:
            return f":{op}(): {_NO_RULE[op]}"
        if op in ("has-text", "contains", "-abp-contains"):
            if "text-contains" in keys or "text-regex" in keys or "upward" in keys:
                return f":{op}() twice, or after :upward()"
            regex = re.fullmatch(r"/(.*)/([a-z]*)", arg)
            if regex:
                keys["text-regex"] = ("(?i)" if "i" in regex.group(2) else "") + regex.group(1)
            elif arg.strip():
                keys["text-contains"] = _unquote(arg)
            else:
                return f":{op}() with nothing to look for"
        elif op in ("upward", "nth-ancestor"):
            if "upward" in keys:
                return ":upward() twice"
            value = arg.strip()
            keys["upward"] = int(value) if value.isdigit() else value
            if isinstance(keys["upward"], int) and not 1 <= keys["upward"] <= 256:
                return f":{op}({value}) out of range"
        elif op == "xpath":
            if css or keys:
                return ":xpath() after a selector (the rule format's xpath starts from the page)"
            keys["xpath"] = arg.strip()
        elif op == "remove":
            if arg.strip():
                return ":remove() with an argument"
        elif op in ("has", "-abp-has", "not"):
            if _OPERATOR.search(arg):
                return f"a procedural operator inside :{op}()"
            if op != "not" and arg.strip()[:1] in (">", "+", "~"):
                return f":{op}() with a relative selector (`{arg.strip()[:1]}`), which cssselect misreads"
            if keys:
                return f":{op}() after another operator"
            css += f":{'has' if op == '-abp-has' else op}({arg})"
        else:  # pragma: no cover - every operator of _OPERATOR is handled above
            return f":{op}() is not known"
    if css.strip():
        keys = {"css": css.strip(), **keys}
    if "upward" in keys:  # a climb comes after the conditions it climbs from
        keys["upward"] = keys.pop("upward")
    if set(keys) & {"text-contains", "text-regex"} and _SCRIPT_LAST.search(keys.get("css", "")):
        return "a text inside a script or style: rules' text conditions read the page's text, not its code"
    if not set(keys) & {"css", "xpath", "text-contains"}:
        return "nothing to find the elements by (a selector, an XPath or a text)"
    return keys


def _unquote(arg: str) -> str:
    arg = arg.strip()
    return arg[1:-1] if len(arg) >= 2 and arg[0] == arg[-1] and arg[0] in "\"'" else arg


def _split_operators(body: str) -> tuple[str, list[tuple[str, str]], str | None]:
    """``div.x:has-text(Ad):upward(2)`` → ("div.x", [("has-text", "Ad"), ("upward", "2")], "").
    Operators are found at the top level only (outside brackets and quotes); the third value is
    what follows the last operator ("" when nothing, None when a parenthesis is left open)."""
    ops: list[tuple[str, str]] = []
    css, pos, depth, quote = [], 0, 0, None
    while pos < len(body):
        ch = body[pos]
        if quote:
            quote = None if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == ":" and depth == 0:
            found = _OPERATOR.match(body, pos)
            if found:
                end = _closing(body, found.end())
                if end is None:
                    return "".join(css), ops, None
                ops.append((found.group(1), body[found.end():end]))
                pos = end + 1
                if pos < len(body) and not body[pos] == ":":
                    return "".join(css), ops, body[pos:].strip()
                continue
        if ops and ch != ":":  # CSS after an operator
            return "".join(css), ops, body[pos:].strip()
        css.append(ch)
        pos += 1
    return "".join(css), ops, ""


def _closing(text: str, start: int) -> int | None:
    depth, quote = 1, None
    for i in range(start, len(text)):
        ch = text[i]
        if quote:
            quote = None if ch == quote else quote
        elif ch in "\"'" and text[start:start + 1] not in "/":  # a /regex/ keeps its quotes
            quote = ch
        elif ch == "\\":
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return None


def import_list(path: Path, site: str, generic: bool = False, list_name: str | None = None) -> Imported:
    """The filters of the list at ``path`` (and the files it includes) that apply to ``site``."""
    list_name = list_name or path.stem
    keys = host_keys(site)
    out = Imported(list_name, site)
    generics: list[tuple[str, int, str, str]] = []
    excepted: set[str] = set()
    switched: set[str] = set()
    for file_name, number, line in list_lines(path):
        parsed = parse_line(number, line)
        if parsed is None:
            continue
        if isinstance(parsed, tuple) and parsed[1] is not None:  # a network filter's cosmetic switch
            if any(h in keys for h in parsed[1]) and not any("~" + k in parsed[1] for k in keys):
                switched.add(parsed[0])
            continue
        parts = split_filter(line)
        if parts is None:
            continue  # a network filter: nothing on the page to write a rule for
        domains, sep, body = parts
        include = [d.strip().lower() for d in domains.split(",") if d.strip() and not d.strip().startswith("~")]
        exclude = [d.strip().lower()[1:] for d in domains.split(",") if d.strip().startswith("~")]
        where = (file_name, number, line)
        if "@" in sep:
            if not include or any(h in keys for h in include):
                excepted.add(body)
            continue
        if include and not any(h in keys for h in include):
            below = [h for h in include if h.endswith("." + site)]
            if below:
                why = _why_not(parsed, sep, body) or (
                    f"only for {', '.join(below)}: a rule in {site}'s file would apply to all of the site "
                    "(give --site with that host)")
                out.skipped.append(Skipped(number, line, why))
            continue
        if any(h in keys for h in exclude):
            continue
        why = _why_not(parsed, sep, body)
        inside = [h for h in exclude if h.endswith("." + site)]
        if not why and inside:
            why = f"not for {', '.join(inside)}, which a rule in {site}'s file would also cover"
        if why:
            if include or generic:
                out.skipped.append(Skipped(number, line, why))
            continue
        if not include:
            if generic:
                generics.append((*where, body))
            continue
        _add(out, where, body)
    for file_name, number, line, body in generics:
        if body in excepted or switched & {"generichide", "elemhide"}:
            out.excepted += 1
            continue
        _add(out, (file_name, number, line), body)
    if switched & {"elemhide", "specifichide"}:
        kept = [r for r in out.rules if not r["_generic"]] if "specifichide" in switched else []
        out.excepted += len(out.rules) - len(kept)
        out.rules = kept
    return out


def _why_not(parsed, sep: str, body: str) -> str | None:
    """Why a filter has no rule, or None when it may have one."""
    if isinstance(parsed, tuple) and parsed[0] in _KIND_WHY:
        return _KIND_WHY[parsed[0]]
    if sep.startswith("$"):
        return "an AdGuard HTML rule ($$): its tag-content matches markup, not text"
    found = translate(body)
    return found if isinstance(found, str) else None


def _add(out: Imported, where: tuple[str, int, str], body: str) -> None:
    file_name, number, line = where
    keys = translate(body)
    if isinstance(keys, str):
        out.skipped.append(Skipped(number, line, keys))
        return
    source = Path(file_name).stem
    quoted = line if len(line) <= 800 else line[:799] + "…"
    keys = {
        "name": re.sub(r"[^A-Za-z0-9._-]", "-", f"{source}-{number}")[:64].lstrip("-_.") or f"list-{number}",
        "reason": f"{source} line {number}: {quoted}",
        **keys,
        "_generic": not split_filter(line)[0].strip(),
        "_line": number,
        "_text": line,
    }
    out.rules.append(keys)
