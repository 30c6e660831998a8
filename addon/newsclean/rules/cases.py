"""Test cases kept next to the rules: what a site's rules must take from its pages, and leave.

    <rules folder>/tests/<site>/<case>.html   the page, bytes as the site sent them
    <rules folder>/tests/<site>/<case>.toml   url = "..."; must_go / must_stay: texts of the page as a
        reader gets it (whitespace-normalised). Optional:
          charset = "<HTTP charset>"          as the page's Content-Type header gave it
          by / not_by = [rule names]          rules that must act / must not act here
          gone_selectors / kept_selectors     CSS that matches before and must not / must match after
          links_gone / links_kept             hrefs that must stop / stay being links
          actions = [...]                     the only actions default rules may take here
          paragraphs_after = N                <p> count after cleaning

`<site>` is the site file's domain (`inquirer.net`), or `_default` for cases of the default rules;
a case's URL must be on its site. The repository's own fixture folders (tests/sites/<case>/case.toml)
have the same keys and are checked by the same code (``casecheck``). A site file without a case in
any folder read gets a lint warning (NC021): a redesign then shows up as a failing case, not as junk
coming back.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .errors import RuleError, did_you_mean, printable
from .loader import file_key
from .specs import DEFAULT_FILE_KEY

TESTS_DIR = "tests"  # a rules folder's subfolder of cases (never read as rule files)
TEXT_LISTS = ("must_go", "must_stay", "by", "not_by", "gone_selectors", "kept_selectors", "links_gone",
              "links_kept", "actions")
CASE_KEYS = frozenset({"url", "charset", "paragraphs_after", *TEXT_LISTS})
MAX_CASE_BYTES = 1 << 20  # a case file is a few lines; a page may be as big as the proxy cleans
MAX_PAGE_BYTES = 8 << 20


class CaseFileError(Exception):
    """A case that cannot be run as written: its message names the file and, where known, the line."""

    def __init__(self, path: Path | str, message: str, line: int = 1):
        super().__init__(message)
        self.path = str(path)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return printable(f"{self.path}:{self.line}: {self.message}")


@dataclass(frozen=True)
class Case:
    site: str  # the site folder's name: a domain, or `_default`
    name: str  # the file name without .toml
    path: Path  # the .toml
    spec: dict = field(default_factory=dict, compare=False)  # the validated keys; empty when `problem`
    problem: CaseFileError | None = None  # why it cannot run (a broken file, a missing page)

    @property
    def page(self) -> Path:
        return self.path.with_suffix(".html")

    @property
    def label(self) -> str:
        return f"{self.site}/{self.name}"

    def line_of(self, text: str) -> int:
        """The line of the case file that holds ``text`` (for `path:line:` messages); 1 if none does."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return 1
        quoted = (_toml_quoted(text), repr(text)[1:-1], text)
        for lineno, line in enumerate(lines, start=1):
            if any(q and q in line for q in quoted):
                return lineno
        return 1


def _toml_quoted(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def site_folder_name(name: str) -> str | None:
    """`inquirer.net` → `inquirer.net`; `_default` → `_default`; None for a name that is no site."""
    return file_key(Path(name + ".toml"))


def covers(site: str, host: str) -> bool:
    return site == DEFAULT_FILE_KEY or host == site or host.endswith("." + site)


def parse_spec(text: str, path: Path | str, site: str | None = None, extra_keys=()) -> dict:
    """A case file's keys, checked: the types each key takes, a URL on the case's site (when
    ``site`` is given), no unknown key (a typo would make a case check nothing)."""
    try:
        spec = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        found = re.search(r"line (\d+)", str(err))
        raise CaseFileError(path, f"not valid TOML: {err}", int(found.group(1)) if found else 1) from None
    known = CASE_KEYS | set(extra_keys)
    for key, value in spec.items():
        if key not in known:
            raise CaseFileError(path, f"unknown key `{key}`{did_you_mean(key, known)} (known: {', '.join(sorted(known))})",
                                _line_of_key(text, key))
        if key in TEXT_LISTS and not (isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)):
            raise CaseFileError(path, f"`{key}` must be a list of non-empty strings", _line_of_key(text, key))
        if key in ("url", "charset") and not (isinstance(value, str) and value.strip()):
            raise CaseFileError(path, f"`{key}` must be a non-empty string", _line_of_key(text, key))
        if key == "paragraphs_after" and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise CaseFileError(path, "`paragraphs_after` must be a whole number, 0 or more", _line_of_key(text, key))
    if "url" not in spec:
        raise CaseFileError(path, "the case needs `url`: the page's address (it decides which rules apply)")
    parts = urlsplit(spec["url"].strip())
    host = (parts.hostname or "").lower().rstrip(".") if parts.scheme in ("http", "https") else ""
    if not host:
        raise CaseFileError(path, f"`url` must be an http(s) URL with a host, not {spec['url']!r}", _line_of_key(text, "url"))
    if site is not None and not covers(site, host):
        raise CaseFileError(
            path, f"the case's URL is on {host}, not on {site}: its folder tests/{site}/ names the site it tests",
            _line_of_key(text, "url"),
        )
    if not any(spec.get(k) for k in TEXT_LISTS) and "paragraphs_after" not in spec:
        raise CaseFileError(path, "the case checks nothing: give `must_go` and `must_stay` texts")
    return spec


def _line_of_key(text: str, key: str) -> int:
    found = re.search(rf"(?m)^\s*{re.escape(key)}\s*=", text)
    return text.count("\n", 0, found.start()) + 1 if found else 1


def load_case(path: Path, site: str) -> Case:
    """The case in ``path`` (its page beside it), or a Case whose ``problem`` says why it cannot run."""
    name = path.name[: -len(".toml")]
    try:
        if path.stat().st_size > MAX_CASE_BYTES:
            raise CaseFileError(path, f"a case file may hold at most {MAX_CASE_BYTES} bytes")
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as err:
            raise CaseFileError(path, f"not UTF-8 text: {err.reason} at byte {err.start}") from None
        spec = parse_spec(text, path, site)
        page = path.with_suffix(".html")
        if not page.is_file():
            raise CaseFileError(path, f"its page is missing: {page.name} belongs beside it")
        if page.stat().st_size > MAX_PAGE_BYTES:
            raise CaseFileError(path, f"its page {page.name} is over {MAX_PAGE_BYTES} bytes, more than the proxy cleans")
    except CaseFileError as err:
        return Case(site, name, path, problem=err)
    except OSError as err:
        return Case(site, name, path, problem=CaseFileError(path, f"cannot read it: {err.strerror or err}"))
    return Case(site, name, path, spec)


def site_folders(dirs) -> list[tuple[str, Path]]:
    """(site, folder) for every `tests/<site>/` of the rule folders, in folder order, then by name."""
    out = []
    for folder in dirs:
        tests = Path(folder) / TESTS_DIR
        try:
            entries = sorted(p for p in tests.iterdir() if p.is_dir())
        except OSError:
            continue
        out.extend((p.name, p) for p in entries)
    return out


def find_cases(dirs, sites=()) -> list[Case]:
    """Every case of the rule folders (only those of ``sites``, when given), each loaded or with
    its problem. A folder under tests/ that is not named after a site is a problem of its own."""
    wanted = {s.lower() for s in sites}
    cases = []
    for name, folder in site_folders(dirs):
        site = site_folder_name(name)
        if wanted and (site or name) not in wanted:
            continue
        if site is None:
            bad = CaseFileError(folder, "not a site's folder: name it after a site file's domain (`inquirer.net`) or `_default`")
            cases.append(Case(name, "*", folder, problem=bad))
            continue
        for path in sorted(folder.glob("*.toml")):
            cases.append(load_case(path, site))
        for page in sorted(folder.glob("*.html")):
            if not page.with_suffix(".toml").exists():
                lone = CaseFileError(page, f"a page without its case file: write {page.stem}.toml beside it (url, must_go, must_stay)")
                cases.append(Case(site, page.stem, page.with_suffix(".toml"), problem=lone))
    return cases


def sites_with_cases(dirs) -> set[str]:
    """The sites that have at least one case file in some folder."""
    return {
        site for name, folder in site_folders(dirs)
        if (site := site_folder_name(name)) is not None and any(folder.glob("*.toml"))
    }


def missing_cases(book) -> list[RuleError]:
    """NC021 for each site file of the book whose site has no case in any folder read."""
    have = sites_with_cases(book.dirs)
    warnings, seen = [], set()
    for f in book.files:
        if f.is_default or f.key in have or f.key in seen:
            continue
        seen.add(f.key)
        where = Path(f.path).parent / TESTS_DIR / f.key
        warnings.append(RuleError(
            "NC021",
            f"no test case for {f.key}: `newsclean snapshot URL --site {f.key} --rules {Path(f.path).parent}` "
            f"saves one in {where}/",
            f.path,
        ))
    return warnings
