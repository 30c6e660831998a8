"""Filter lists (uBlock Origin / AdGuard / Adblock Plus syntax) read into plain filter specs.

The format only: no DOM, no engine. A list file in a rules folder's ``lists/`` subfolder is read line
by line into ``CosmeticFilter`` specs (``domains##selector``, ``domains#@#selector``) and the hosts
where network options switch cosmetic filtering off (``@@||host^$generichide`` and its kin). Every
other line is counted by what it is — a procedural or HTML filter, a scriptlet, a network filter, a
CSS injection — so that `newsclean check` says what a list holds that is not applied, never dropping
it silently. ``!#if`` blocks are read as uBlock Origin would on a page it cleans before the browser
sees it; ``!#include`` takes a file beside the list.
"""

from __future__ import annotations

import functools
import gc
import re
from dataclasses import dataclass, field
from pathlib import Path

from .procedural import ProceduralError, ProceduralFilter, parse_adguard, parse_procedural

#: ``!#if`` tokens that hold here (newsclean filters HTML as uBlock Origin's HTML filtering does).
TRUE_TOKENS = frozenset({"ext_ublock", "cap_html_filtering", "cap_user_stylesheet"})

# Kinds of lines that are counted, not applied (yet). "procedural-render": an operator that needs a
# rendered page (`:matches-css()`, `:others()`); "procedural-generic": a procedural or HTML filter for
# every site (uBO applies those per site only); "bad-procedural": one that cannot be read;
# "missing-include": an `!#include` whose file is not beside the list (or is named with a path).
NOT_APPLIED = (
    "procedural", "html", "scriptlet", "network", "css-injection", "javascript", "regex-domain", "bad-line",
    "procedural-render", "procedural-generic", "bad-procedural", "missing-include",
)  # fmt: skip

# uBlock Origin's procedural operators (and AdGuard's / ABP's extended CSS): a selector holding one
# needs more than a CSS engine.
_PROCEDURAL = re.compile(
    r":(?:has-text|upward|xpath|remove|remove-attr|remove-class|min-text-length|matches-css|matches-css-before|"
    r"matches-css-after|matches-path|matches-attr|matches-prop|matches-media|others|watch-attr|style|"
    r"contains|-abp-has|-abp-contains|-abp-properties|nth-ancestor|if|if-not|spath)\(",
)
# Separators of a cosmetic filter, longest first: exceptions and the AdGuard/uBO variants.
_SEPARATOR = re.compile(r"#@?\$\??#|#@?%#|#@?\??#|\$@?\$")
_NETWORK_OPTION = re.compile(r"\$([^$]*)$")
_HOST_ANCHOR = re.compile(r"^@@\|\|([a-z0-9.*-]+)\^?")


@dataclass(frozen=True)
class CosmeticFilter:
    """``include##selector`` (hide what the selector matches on those hosts; everywhere when
    ``include`` is empty, except on ``exclude``), or its exception ``#@#``."""

    line: int
    text: str  # the filter as written
    selector: str
    include: tuple[str, ...] = ()  # hosts (a trailing ``.*`` stands for any public suffix)
    exclude: tuple[str, ...] = ()
    exception: bool = False

    @property
    def generic(self) -> bool:
        return not self.include


@dataclass(frozen=True)
class FilterList:
    name: str  # the file's name without .txt
    path: str
    filters: tuple[CosmeticFilter, ...]
    #: hosts where a network filter switches cosmetic filters off: {"generichide": (...), ...}
    switches: dict = field(default_factory=dict)
    not_applied: dict = field(default_factory=dict)  # kind -> how many lines
    examples: dict = field(default_factory=dict)  # kind -> (line, text) of its first line
    mtime_ns: int = 0  # of the file when it was read (a reload reads only changed lists)
    includes: tuple = ()  # names of the files beside it it took in (not loaded on their own)
    #: (name, mtime_ns) of each file it took in: a reload reads the list again when one changed
    include_mtimes: tuple = ()
    #: rules.procedural.ProceduralFilter: procedural, HTML (`##^`) and AdGuard (`$$`) filters of sites
    procedural: tuple = ()


def _condition(expr: str) -> bool:
    """An ``!#if`` expression: tokens, ``!``, ``&&``, ``||`` and parentheses."""
    tokens = re.findall(r"!|&&|\|\||\(|\)|[A-Za-z_][\w]*", expr)
    pos = 0

    def atom() -> bool:
        nonlocal pos
        if pos >= len(tokens):
            return False
        tok = tokens[pos]
        pos += 1
        if tok == "!":
            return not atom()
        if tok == "(":
            value = disjunction()
            pos += pos < len(tokens) and tokens[pos] == ")"
            return value
        return tok in TRUE_TOKENS

    def conjunction() -> bool:
        nonlocal pos
        value = atom()
        while pos < len(tokens) and tokens[pos] == "&&":
            pos += 1
            value = atom() and value
        return value

    def disjunction() -> bool:
        nonlocal pos
        value = conjunction()
        while pos < len(tokens) and tokens[pos] == "||":
            pos += 1
            value = conjunction() or value
        return value

    return disjunction()


def _lines(path: Path, seen: set, missing: list | None = None) -> list[tuple[int, str]]:  # noqa: C901 - one pass, a state a directive
    """The list's lines with their numbers, ``!#if`` blocks decided and ``!#include`` files beside
    it read in place (each once; only a file of the list's own folder, named without a path). An
    include that cannot be taken is put in ``missing`` as (line number, line)."""
    out: list[tuple[int, str]] = []
    skipping: list[bool] = []  # one entry per open !#if: whether its block is left out
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = line.strip()
        if line.startswith("!#if "):
            skipping.append((bool(skipping) and skipping[-1]) or not _condition(line[5:]))
            continue
        if line.startswith("!#else"):
            if skipping:
                outer = len(skipping) > 1 and skipping[-2]
                skipping[-1] = outer or not skipping[-1]
            continue
        if line.startswith("!#endif"):
            if skipping:
                skipping.pop()
            continue
        if skipping and skipping[-1]:
            continue
        if line.startswith("!#include "):
            name = line[len("!#include "):].strip()
            target = path.parent / name
            if "/" not in name and "\\" not in name and target.is_file():
                if target not in seen:
                    seen.add(target)
                    out.extend(_lines(target, seen, missing))
            elif missing is not None:
                missing.append((number, line))
            continue
        out.append((number, line))
    return out


def _domains(spec: str) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """``a.com,~b.a.com,shop.*`` → (include, exclude, whether all could be read)."""
    include, exclude, ok = [], [], True
    for part in spec.split(","):
        part = part.strip().lower()
        if not part:
            continue
        negated = part.startswith("~")
        host = part[1:] if negated else part
        if host.startswith("/") or not re.fullmatch(r"[a-z0-9.*_-]+", host):
            ok = False  # a regex domain or something else not a host name
            continue
        (exclude if negated else include).append(host)
    return tuple(include), tuple(exclude), ok


_SWITCHES = {"generichide": "generichide", "elemhide": "elemhide", "specifichide": "specifichide",
             "ghide": "generichide", "ehide": "elemhide", "shide": "specifichide"}


def _switch(line: str, options: str) -> tuple[str, tuple[str, ...]] | None:
    """``@@||host^$ghide`` or ``@@*$ghide,domain=a.com|b.*|~www.a.com`` → ("generichide", hosts, an
    excepted one written ``~host``); None when the
    exception switches no cosmetic filtering off, or names no host it could be read for."""
    opts = [o.strip() for o in options.split(",")]
    kind = next((_SWITCHES[o] for o in opts if o in _SWITCHES), None)
    if kind is None:
        return None
    anchor = _HOST_ANCHOR.match(line)
    if anchor is not None:
        return (kind, (anchor.group(1).lower(),))
    domains = next((o[len("domain="):] for o in opts if o.startswith("domain=")), "")
    include, exclude, ok = _domains(domains.replace("|", ","))
    if line[2:].split("$", 1)[0] not in ("", "*") or not include or not ok:
        return None  # a pattern of addresses, or no host: it cannot be read as a switch for whole sites
    return (kind, include + tuple("~" + host for host in exclude))  # (`~www.a.com`: not there)


def parse_line(number: int, line: str) -> CosmeticFilter | ProceduralFilter | tuple[str, str | None] | None:
    """One line → a CosmeticFilter or a ProceduralFilter; or (kind, host) for a network filter's cosmetic switch
    (kind "generichide" | "elemhide" | "specifichide", hosts) or a line counted as not applied
    (kind, None); or None for a blank line, a comment or a header."""
    if not line or line.startswith("!") or (line.startswith("[") and line.endswith("]")):
        return None
    found = _SEPARATOR.search(line)
    if found is None:
        option = _NETWORK_OPTION.search(line)
        if line.startswith("@@") and option:
            switch = _switch(line, option.group(1))
            if switch is not None:
                return switch
        return ("network", None)
    sep = found.group()
    if "$" in sep and sep.startswith("$"):  # AdGuard HTML filter: $$tag[...]
        if "@" in sep:
            return ("html", None)  # its exception, $@$: not applied
        return _procedural(number, line, found, html=None)
    if "%" in sep:
        return ("javascript", None)
    if "$" in sep:
        return ("css-injection", None)
    include, exclude, ok = _domains(line[: found.start()])
    body = line[found.end():].strip()
    if not ok:
        return ("regex-domain", None)
    if not body:
        return ("bad-line", None)
    if body.startswith("+js(") or body.startswith("%%"):
        return ("scriptlet", None)
    if body.startswith("^"):
        if "@" in sep or body.startswith("^responseheader("):
            return ("html", None)  # an exception to an HTML filter, or a header to take out: not applied
        return _procedural(number, line, found, html=True)
    if "?" in sep or _PROCEDURAL.search(body) or _COMPLEX_PSEUDO.search(body):
        if "@" in sep:
            return ("procedural", None)  # an exception to a procedural filter: not applied
        return _procedural(number, line, found, html=False)
    return CosmeticFilter(number, line, body, include, exclude, exception="@" in sep)


# `:has(`, `:not(` with something inside cssselect does not read as CSS (a list, a combinator)
_COMPLEX_PSEUDO = re.compile(r":(?:has|not|is)\((?:[^()\[\]]*[,>+~]|[^()]*\S\s+\S)")


def _procedural(number: int, line: str, found, html: bool | None):
    """A procedural (``html`` False), HTML (``html`` True) or AdGuard HTML (``html`` None) filter →
    ProceduralFilter, or the kind it is counted under when it is not applied."""
    include, exclude, ok = _domains(line[: found.start()])
    body = line[found.end():].strip()
    if not ok:
        return ("regex-domain", None)
    if not include:
        return ("procedural-generic", None)
    try:
        if html is None:
            return parse_adguard(number, line, body, include, exclude)
        return parse_procedural(number, line, body[1:] if html else body, include, exclude, html=html)
    except ProceduralError as err:
        return (err.kind, None)


def parse_list(path: Path, name: str | None = None) -> FilterList:
    """Read a list file (and the files it includes beside it) into specs and counts."""
    filters: list[CosmeticFilter] = []
    procedural: list[ProceduralFilter] = []
    switches: dict[str, list[str]] = {}
    not_applied: dict[str, int] = {}
    examples: dict[str, tuple[int, str]] = {}
    mtime_ns = path.stat().st_mtime_ns
    seen = {path}
    missing: list[tuple[int, str]] = []
    for number, line in _lines(path, seen, missing):
        parsed = parse_line(number, line)
        if parsed is None:
            continue
        if isinstance(parsed, CosmeticFilter):
            filters.append(parsed)
            continue
        if isinstance(parsed, ProceduralFilter):
            procedural.append(parsed)
            continue
        kind, hosts = parsed
        if hosts is not None:
            switches.setdefault(kind, []).extend(hosts)
            continue
        not_applied[kind] = not_applied.get(kind, 0) + 1
        examples.setdefault(kind, (number, line[:200]))
    if missing:  # a file it includes is not beside it (or is named with a path): counted, not silently gone
        not_applied["missing-include"] = len(missing)
        examples.setdefault("missing-include", missing[0])
    taken = sorted(p for p in seen if p != path)
    return FilterList(
        name=name or path.stem,
        path=str(path),
        filters=tuple(filters),
        switches={k: tuple(v) for k, v in switches.items()},
        not_applied=not_applied,
        examples=examples,
        mtime_ns=mtime_ns,
        includes=tuple(p.name for p in taken),
        include_mtimes=tuple((p.name, p.stat().st_mtime_ns) for p in taken),
        procedural=tuple(procedural),
    )


def _includes_unchanged(path: Path, old: FilterList) -> bool:
    for name, mtime_ns in old.include_mtimes:
        try:
            if (path.parent / name).stat().st_mtime_ns != mtime_ns:
                return False
        except OSError:
            return False
    return True


def load_lists(folder: Path, previous=()) -> tuple[list[FilterList], list[tuple[str, str]]]:
    """Every ``*.txt`` of ``folder`` (a rules folder's ``lists/``), a list each, less those another
    list there includes; unchanged files are taken from ``previous``. (lists, [(path, why unread)])"""
    if not folder.is_dir():
        return [], []
    before = {fl.path: fl for fl in previous}
    lists, failed = [], []
    gc_was = gc.isenabled()
    gc.disable()  # tens of thousands of small objects: the collector would walk them over and over
    try:
        for path in sorted(folder.glob("*.txt")):
            old = before.get(str(path))
            try:
                if old is not None and path.stat().st_mtime_ns == old.mtime_ns and _includes_unchanged(path, old):
                    lists.append(old)
                else:
                    lists.append(parse_list(path))
            except OSError as err:
                failed.append((str(path), err.strerror or str(err)))
    finally:
        if gc_was:
            gc.enable()
    included = {name for fl in lists for name in fl.includes}
    return [fl for fl in lists if Path(fl.path).name not in included], failed


# -- which filters apply to a host: indexes, as adblock-rust keeps them ----------------------------
def split_selector_list(selector: str) -> list[str]:
    """``a, b[x=","]`` → ["a", 'b[x=","]']: commas outside brackets, parentheses and quotes."""
    if not _NESTED.search(selector):  # most selectors: nothing nested, a plain split
        return [s for s in (part.strip() for part in selector.split(",")) if s]
    out, cur, depth, quote = [], [], 0, None
    for ch in selector:
        if quote:
            cur.append(ch)
            quote = None if ch == quote else quote
            continue
        if ch in "\"'":
            quote = ch
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 0:
            out.append("".join(cur).strip())
            cur = []
            continue
        cur.append(ch)
    out.append("".join(cur).strip())
    return [s for s in out if s]


_KEY_TOKEN = re.compile(r"([#.])((?:[\w-]|\\[0-9a-fA-F]{1,6} ?|\\.)+)")
_NESTED = re.compile(r"[\[(\"'\\]")
_COMBINATOR = re.compile(r"\s*[\s>+~]\s*")


def selector_key(selector: str) -> str | None:
    """The id (``#x``) or class (``.x``) an element must carry to match: the first id of the
    selector's last compound, else its first class; None when it names neither (a "highly generic"
    selector, `a[href^=...]`). What is inside brackets, parentheses or quotes does not count."""
    if not _NESTED.search(selector):
        last = _COMBINATOR.split(selector.strip())[-1]
        found = _KEY_TOKEN.findall(last)
        for sign in "#.":
            for s, name in found:
                if s == sign:
                    return sign + name
        return None
    depth, quote, start = 0, None, 0
    plain = []
    for i, ch in enumerate(selector):
        if quote:
            quote = None if ch == quote else quote
            plain.append(" ")
            continue
        if ch in "\"'" and depth:
            quote = ch
            plain.append(" ")
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            plain.append(" ")
            continue
        if depth:
            plain.append(" ")
            continue
        if ch in " >+~":
            start = i + 1
        plain.append(ch)
    last = "".join(plain)[start:]
    found = _KEY_TOKEN.findall(last)
    if any("\\" in name for _sign, name in found):
        return None  # an escaped name: left to the selector itself
    for sign in "#.":
        for s, name in found:
            if s == sign:
                return sign + name
    return None


def host_keys(host: str) -> list[str]:
    """The names a filter may give a host: the host and each parent domain, and their entity forms
    (``example.*`` for ``example.com``, ``example.co.uk``, ``www.example.com``)."""
    host = host.lower().strip(".")
    if not host or host.replace(".", "").isdigit() or ":" in host:  # an IP address names only itself
        return [host]
    labels = host.split(".")
    ext = _EXTRACT(host)
    last = len(labels) - (len(ext.suffix.split(".")) if ext.suffix and ext.domain else 1)
    keys = [".".join(labels[i:]) for i in range(max(last, 1))]
    if ext.domain and ext.suffix:
        name = [*ext.subdomain.split("."), ext.domain] if ext.subdomain else [ext.domain]
        keys += [".".join(name[i:]) + ".*" for i in range(len(name))]
    return keys


@functools.lru_cache(maxsize=1)
def _extractor():
    import tldextract  # only once lists are loaded

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)  # the bundled suffix list: no network


def _EXTRACT(host: str):
    return _extractor()(host)
