"""The JSON the API answers with, built from the engine's values (no HTTP here)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from .. import __version__
from ..edit.editor import EditError, RuleEditor, validate_site
from ..engine.book.rulebook import RuleBook
from ..engine.page import host_of, registrable_domain
from ..rules.specs import DEFAULT_FILE_KEY


def page_url(url: str) -> str:
    """The URL as the proxy saw it: a browser's tab URL may carry a #fragment, which is never sent."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(fragment=""))


def site_for_url(book: RuleBook, url: str) -> str | None:
    """Which site file an edit made on this page goes to: the one that covers the host now, else one
    named after the registrable domain (`news.example.co.uk` → `example.co.uk`). None for hosts that
    cannot name a file (an IP address, `localhost`)."""
    host = host_of(url)
    if not host:
        return None
    site = book.site_key(host) or registrable_domain(host)
    try:
        return validate_site(site)
    except EditError:
        return None


def site_enabled(book: RuleBook, site: str | None) -> bool:
    return book.plan_for(site or "").settings.enabled if site else True


def report_view(report: dict) -> dict:
    """The report plus its removals grouped by rule, in page order: what the popup lists."""
    groups: dict[str, dict] = {}
    for removal in report.get("removals", []):
        group = groups.get(removal["rule"])
        if group is None:
            group = groups[removal["rule"]] = {
                "rule": removal["rule"],
                "reason": removal["reason"],
                "action": removal["action"],
                "count": 0,
                "items": [],
            }
        group["count"] += 1
        group["items"].append({"element": removal["element"], "text": removal["text"], "action": removal["action"]})
    return {**report, "groups": list(groups.values())}


def _in_folder(path: str, folder: Path) -> bool:
    try:
        return Path(path).resolve().parent == folder.resolve()
    except OSError:
        return False


def site_view(book: RuleBook, editor: RuleEditor, site: str) -> dict:
    """A site's rules as the proxy applies them: its own (bundled and the user's), then the defaults."""
    files = book.files_for(site)
    # No file for this site yet: the settings a new user file starts from (a parent domain's file,
    # if any, would not apply to a file of its own).
    settings = book.plan_for(site if files else "").settings
    rules: dict[str, dict] = {}
    for f in files:
        origin = "user" if _in_folder(f.path, editor.user_dir) else "bundled"
        for rule in f.rules:
            key = rule.name or rule.id + f.path
            previous = rules.get(key)
            rules[key] = _rule_entry(rule, origin, rule.enabled, overrides=previous["path"] if previous else None)
    defaults = []
    if settings.defaults:
        for f in book.files_for(DEFAULT_FILE_KEY):
            for rule in f.rules:
                switched_off = rule.name is not None and rule.name in settings.disable
                defaults.append(_rule_entry(rule, "default", rule.enabled and not switched_off))
    user_path = editor.path_for(site)
    return {
        "site": site,
        "enabled": settings.enabled,
        "mode": settings.mode,
        "defaults": settings.defaults,
        "disable": sorted(settings.disable),
        "files": [f.path for f in files],
        "user_file": str(user_path),
        "user_file_exists": user_path.is_file(),
        "rules": list(rules.values()) + defaults,
        "errors": [e.to_dict() for e in book.errors if _about(e.path, site)],
        "undo": editor.history(site)[:10],
    }


def _about(path: str, site: str) -> bool:
    return os.path.basename(path) == f"{site}.toml"


def _rule_entry(rule, origin: str, enabled: bool, overrides: str | None = None) -> dict:
    return {
        "id": rule.id,
        "name": rule.name,
        "reason": rule.reason,
        "description": rule.describe(),
        "action": rule.action_name,
        "origin": origin,  # user | bundled | default
        "enabled": enabled,
        "path": rule.path,
        "line": rule.line,
        "overrides": overrides,  # the file whose rule of the same name this one replaces
        "table": rule.table,
    }


def status_view(book: RuleBook, counters: dict, editor: RuleEditor) -> dict:
    return {
        "version": __version__,
        "api": "v1",
        "rules": {
            "dirs": [str(d) for d in book.dirs],
            "user_dir": str(editor.user_dir),
            "files": [
                {"path": f.path, "key": f.key, "rules": len(f.rules), "errors": len(f.errors)} for f in book.files
            ],
            "sites": list(book.site_domains),
            "errors": [e.to_dict() for e in book.errors],
        },
        "counters": counters,
    }
