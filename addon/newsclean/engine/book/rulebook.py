"""The rule book: every rule file parsed once, indexed by domain, immutable.

Lookup walks up a hostname's labels (`a.b.inquirer.net` → `b.inquirer.net` → `inquirer.net` → `net`),
so the cost of finding a page's rules does not grow with the number of site files. A reload builds a
new book (re-parsing only files whose mtime changed) and the caller swaps it in.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import re2

from ...rules.errors import RuleError, did_you_mean
from ...rules.filterlist import load_lists
from ...rules.folders import LISTS_DIR
from ...rules.keys import list_switch
from ...rules.loader import RuleFileError
from ...rules.specs import DEFAULT_FILE_KEY, SiteSettings
from .compile import compile_file, load_rule_file
from .kinds import compile_css
from .listindex import ListIndex
from .model import Rule, RuleFile


def _line_of(path: str, text: str) -> int:
    """The first line of the file that holds ``text`` (1 if it cannot be read)."""
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return 1
    return next((n for n, line in enumerate(lines, 1) if text in line), 1)


class TextPrefilter:
    """All literal texts and labels of a plan's rules, searched in a page's text in one linear RE2
    pass (over the body's text nodes joined, see engine.page.BodyText).

    Rules whose text is not on the page are skipped without looking at the tree at all, so the
    cost of many text rules is one scan of the page's text, not one scan per rule.
    """

    def __init__(self, patterns, labels=None):
        self.patterns = tuple(sorted(patterns))
        self.labels = dict(labels or {})  # label pattern -> label form (own-text, label-box)
        self._set = None
        if self.patterns:
            options = re2.Options()
            options.case_sensitive = False
            # Hundreds of label patterns with Unicode classes outgrow RE2's default 8 MiB budget.
            options.max_mem = 256 << 20
            self._set = re2.Set.SearchSet(options)
            for pattern in self.patterns:
                self._set.Add(pattern)
            self._set.Compile()

    @property
    def empty(self) -> bool:
        return self._set is None

    def labels_in(self, hits: frozenset) -> frozenset:
        return frozenset(form for pattern, form in self.labels.items() if pattern in hits)

    def hits(self, text: str) -> frozenset:
        if self._set is None:
            return frozenset()
        return frozenset(self.patterns[i] for i in self._set.Match(text) or ())


@dataclass(frozen=True)
class SitePlan:
    """What applies to one host: which files, their settings, and the rules in the order they run."""

    site: str | None  # the domain of the site file that matched, or None
    files: tuple[str, ...]  # paths of the files that contributed, most specific first
    settings: SiteSettings
    rules: tuple[Rule, ...]  # `keep` rules first, then the site's, then the defaults

    @cached_property
    def article_xpath(self):
        """The story body's selector (``[site] article``), compiled; None when the site gives none."""
        return compile_css(self.settings.article, "article") if self.settings.article else None

    @cached_property
    def prefilter(self) -> "TextPrefilter":
        return TextPrefilter(
            {p for r in self.rules for m in r.matchers for p in getattr(m, "text_patterns", ())},
            {p: form for r in self.rules for m in r.matchers for form, p in getattr(m, "label_patterns", {}).items()},
        )

    @property
    def defaults_in_force(self) -> bool:
        """Whether a default rule file applies here (the detector is one of the defaults)."""
        return any(os.path.basename(f) == DEFAULT_FILE_KEY + ".toml" for f in self.files)

    @property
    def sources(self) -> tuple[str, ...]:
        """Short names of the files in force, for the response header and logs."""
        names = (self.site,) if self.site else ()
        if any(f.endswith(DEFAULT_FILE_KEY + ".toml") for f in self.files):
            names += (DEFAULT_FILE_KEY,)
        return names


@dataclass(frozen=True)
class RuleBook:
    dirs: tuple[Path, ...]
    files: tuple[RuleFile, ...]  # every file in force, in load order (bundled dirs first)
    errors: tuple[RuleError, ...]  # every problem found while loading
    _sites: dict = field(repr=False)  # domain -> [RuleFile, ...] in dir order
    _defaults: tuple = field(repr=False)  # [RuleFile, ...] for _default.toml in dir order
    _plans: dict = field(default_factory=dict, repr=False, compare=False)
    lists: tuple = ()  # FilterList: the lists/*.txt of the folders, in load order

    @cached_property
    def list_index(self) -> ListIndex | None:
        """The filter lists indexed (None without lists): built on first use, once per book."""
        return ListIndex(self.lists) if self.lists else None

    @property
    def warnings(self) -> tuple[RuleError, ...]:
        """What the files in force could say better (NC019, ...): their rules apply all the same;
        and `disable` entries naming a list that is not loaded (NC022)."""
        return tuple(w for f in self.files for w in f.warnings) + self._unknown_lists()

    def _unknown_lists(self) -> tuple[RuleError, ...]:
        names = {fl.name for fl in self.lists}
        out = []
        for f in self.files:
            for entry in sorted(f.settings.get("disable", ())):
                switch = list_switch(entry)
                if switch is None or switch[0] in names:
                    continue
                line = _line_of(f.path, entry)
                out.append(RuleError(
                    "NC022", f"`disable` names the list {switch[0]!r}, which no rules folder loads"
                    f"{did_you_mean(switch[0], names)}", f.path, line,
                ))  # fmt: skip
        return tuple(out)

    # -- building -------------------------------------------------------------------------------
    @classmethod
    def load(cls, dirs, previous: "RuleBook | None" = None) -> "RuleBook":
        """Parse every `*.toml` under the given folders; later folders override earlier ones.

        Files unchanged since ``previous`` are reused as they are. A file that fails to parse keeps
        its previous version in force (if there was one) and its error is reported.
        """
        dirs = tuple(Path(d) for d in dirs)
        before = {f.path: f for f in previous.files} if previous else {}
        files, errors, lists = [], [], []
        for folder in dirs:
            if not folder.is_dir():
                errors.append(RuleError("NC012", "rule folder does not exist", str(folder)))
                continue
            found, failed = load_lists(folder / LISTS_DIR, previous.lists if previous else ())
            lists.extend(found)
            errors.extend(RuleError("NC012", f"cannot read the list: {why}", path) for path, why in failed)
            for path in sorted(folder.glob("*.toml")):
                spath = str(path)
                old = before.get(spath)
                try:
                    if old is not None and os.stat(path).st_mtime_ns == old.mtime_ns:
                        parsed = old
                    else:
                        parsed = load_rule_file(path)
                except RuleFileError as err:
                    errors.extend(err.errors)
                    if old is not None:
                        files.append(old)  # keep the last good version in force
                    continue
                except OSError as err:
                    errors.append(RuleError("NC012", f"cannot read the file: {err}", spath))
                    continue
                except Exception as err:  # noqa: BLE001 - one file's failure, whatever it is, is that file's
                    errors.append(RuleError("NC012", f"cannot load the file: {type(err).__name__}: {err}"[:300], spath))
                    if old is not None:
                        files.append(old)
                    continue
                errors.extend(parsed.errors)
                files.append(parsed)
        book = cls.from_files(dirs, files, errors, lists)
        book.list_index  # indexed here, off the pages' path (a reload runs off the event loop too)
        return book

    @classmethod
    def from_files(cls, dirs, files, errors=(), lists=()) -> "RuleBook":
        sites: dict[str, list[RuleFile]] = {}
        defaults = []
        for f in files:
            if f.is_default:
                defaults.append(f)
            else:
                sites.setdefault(f.key, []).append(f)
        return cls(tuple(dirs), tuple(files), tuple(errors), sites, tuple(defaults), lists=tuple(lists))

    @classmethod
    def from_specs(cls, dirs, specs, previous: "RuleBook | None" = None) -> "RuleBook":
        """A book compiled from file specs (a worker process gets them by pickle: no rule file is read
        again), with the filter lists of the folders (unchanged ones taken from ``previous``)."""
        dirs = tuple(Path(d) for d in dirs)
        files = [compile_file(spec) for spec in specs]
        lists = []
        for folder in dirs:
            found, _failed = load_lists(folder / LISTS_DIR, previous.lists if previous else ())
            lists.extend(found)
        return cls.from_files(dirs, files, (), lists)

    @property
    def specs(self) -> tuple:
        """The FileSpec of every file in force, in load order: plain values that pickle."""
        return tuple(f.spec for f in self.files)

    @classmethod
    def empty(cls) -> "RuleBook":
        return cls.from_files((), ())

    # -- lookup ---------------------------------------------------------------------------------
    @property
    def site_domains(self) -> tuple[str, ...]:
        return tuple(sorted(self._sites))

    def site_key(self, host: str) -> str | None:
        """The most specific domain with a site file that covers ``host``."""
        host = (host or "").lower().rstrip(".")
        while host:
            if host in self._sites:
                return host
            _, _, host = host.partition(".")
        return None

    def plan_for(self, host: str) -> SitePlan:
        key = self.site_key(host)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._build_plan(key)
            self._plans[key] = plan  # a cache of derived values: the book itself never changes
        return plan

    def _build_plan(self, key: str | None) -> SitePlan:
        site_files = self._sites.get(key, []) if key else []
        settings = SiteSettings()
        site_rules: dict[str, Rule] = {}
        for f in site_files:  # a later folder's file extends the earlier one; same name replaces
            settings = settings.merged(f.settings)
            for rule in f.rules:
                site_rules[rule.name or rule.id + f.path] = rule
        default_rules: dict[str, Rule] = {}
        if settings.defaults:
            for f in self._defaults:
                for rule in f.rules:
                    if rule.name is None or rule.name not in settings.disable:
                        default_rules[rule.name or rule.id + f.path] = rule
        ordered = [r for r in site_rules.values() if r.enabled] + [r for r in default_rules.values() if r.enabled]
        ordered.sort(key=lambda r: r.action_name != "keep")  # stable: keeps first, order otherwise kept
        paths = tuple(f.path for f in reversed(site_files)) + tuple(f.path for f in self._defaults if settings.defaults)
        return SitePlan(site=key, files=paths, settings=settings, rules=tuple(ordered))

    def files_for(self, key: str) -> list[RuleFile]:
        return list(self._defaults) if key == DEFAULT_FILE_KEY else list(self._sites.get(key, []))
