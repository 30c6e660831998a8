"""Filter lists fetched again on a schedule (``newsclean_lists_update_hours``), off the event loop.

Every list of the proxy's rule folders that was added from a URL or a file (``newsclean lists add``:
it has a sidecar with its source) is fetched again once it was last checked that many hours ago —
a conditional GET, so an unchanged list costs one small answer. The fetch runs on a thread; a new
version is written in one step and the rule book reloaded as after a rule edit. A list that fails
keeps its last good version; the failure is logged once a try, with its reason.
"""

from __future__ import annotations

import asyncio
import logging

from ..edit import listfetch

log = logging.getLogger("newsclean.proxy")

DEFAULT_HOURS = 24.0  # EasyList asks for a refresh every 6 days (`! Expires:`): a daily look is mostly a 304
MAX_POLL = 300.0  # seconds between looks at which lists are due (less when the period is shorter)


def poll_seconds(hours: float) -> float:
    return max(0.2, min(MAX_POLL, hours * 3600 / 4))


async def run_updates(newsclean, hours: float) -> None:
    """Loop for the life of the proxy: update the due lists, then reload if one changed."""
    while True:
        try:
            changed = await asyncio.to_thread(update_due, newsclean.state.dirs, hours)
            if changed:
                await newsclean.reload_rules(force=True)
        except Exception:  # noqa: BLE001 - the schedule must outlive any one bad update
            log.exception("newsclean: updating the filter lists failed; the lists in force stay")
        await asyncio.sleep(poll_seconds(hours))


def update_due(dirs, hours: float) -> int:
    """Update the lists of ``dirs`` that are due; how many got a new version."""
    changed = 0
    for folder in dirs:
        for path in listfetch.sourced_lists(folder):
            if not listfetch.due(path, hours):
                continue
            outcome = listfetch.update(path)
            if outcome.failed:
                log.warning("newsclean: filter list %s not updated: [%s] %s", outcome.name, outcome.code, outcome.detail)
            elif outcome.status == "updated":
                log.info("newsclean: filter list %s updated (%s)", outcome.name, outcome.detail)
            new_include = False
            for inc in outcome.includes:
                if inc.status == "failed":
                    log.warning("newsclean: filter list %s: included file %s", outcome.name, inc.describe())
                elif inc.status in ("added", "updated", "removed"):
                    new_include = True
                    log.info("newsclean: filter list %s: included file %s", outcome.name, inc.describe())
            changed += outcome.status == "updated" or new_include
    return changed
