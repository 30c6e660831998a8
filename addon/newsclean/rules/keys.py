"""The keys a rule table may hold, by what they do: the format's words, with no code behind them.

Each name is a rule kind the engine implements (engine/book/kinds: a class registered under the same
name; the registries check that both lists agree when the kinds load). Matchers find or test
elements, climbs go from a match to its container (in the order they are written), an action says
what happens to the result; a few keys belong to one action.
"""

from __future__ import annotations

MATCHER_KEYS = (
    "text", "text-contains", "text-regex", "text-words", "max-words", "own-text", "label-box", "hidden", "within",
    "href-host", "href-regex", "href-words", "link-density", "offsite", "in-sentence", "after-sentence", "in-link",
    "css", "xpath",
)  # fmt: skip
CLIMB_KEYS = ("upward", "widen", "link-box", "link-run", "box")
ACTION_NAMES = ("remove", "unwrap", "drop-text", "mark", "keep")
#: keys that belong to a particular action (validated by it)
ACTION_KEYS = {"class": "mark"}
#: keys renamed to say what they are: the old name still works, with an NC020 warning
RENAMED_KEYS = {"in-text": "in-sentence"}

RULE_KEYS = frozenset({"name", "reason", "action", "enabled", *MATCHER_KEYS, *CLIMB_KEYS, *ACTION_KEYS})
SITE_KEYS = frozenset({"enabled", "mode", "article", "defaults", "disable", "guard", "stray", "detect", "lists"})
DETECT_KEYS = frozenset({"enabled", "remove", "mark"})
TOP_KEYS = frozenset({"site", "rule"})

#: `disable = ["list:NAME"]` switches a filter list off for a site, `"list:NAME:LINE"` one filter of it
LIST_SWITCH_PREFIX = "list:"


def list_switch(entry: str) -> tuple[str, int | None] | None:
    """``"list:easylist:1234"`` → ("easylist", 1234), ``"list:easylist"`` → ("easylist", None); None
    for an entry that is not a list's (a default rule's name); ValueError for a malformed one."""
    if not entry.startswith(LIST_SWITCH_PREFIX):
        return None
    name, _, line = entry[len(LIST_SWITCH_PREFIX):].partition(":")
    if not name or (line and not line.isdigit()) or (entry.endswith(":") and not line):
        raise ValueError(f"`{entry}`: write `list:NAME` or `list:NAME:LINE` (the list's file name without .txt)")
    return name, int(line) if line else None
