"""Where newsclean keeps a user's things, and what a site's file may be called: the config folder
($NEWSCLEAN_CONFIG, else $XDG_CONFIG_HOME/newsclean, else ~/.config/newsclean), the user's rule
folder in it, and a site name checked as a domain whose `<site>.toml` fits a file name."""

from __future__ import annotations

import os
from pathlib import Path

from ..rules.errors import printable
from ..rules.loader import file_key
from ..rules.specs import DEFAULT_FILE_KEY
from .refusals import EditError

MAX_SITE_CHARS = 253  # a domain name's limit (RFC 1035)
MAX_LABEL_CHARS = 63  # a label's, between dots
MAX_FILE_NAME_BYTES = 255  # a file name's, on Linux, macOS and Windows: `<site>.toml` must fit
MAX_SITE_FILE_CHARS = MAX_FILE_NAME_BYTES - len(".toml")


def config_dir() -> Path:
    """newsclean's per-user folder: $NEWSCLEAN_CONFIG, else $XDG_CONFIG_HOME/newsclean, else ~/.config/newsclean."""
    if os.environ.get("NEWSCLEAN_CONFIG"):
        return Path(os.environ["NEWSCLEAN_CONFIG"])
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "newsclean"


def default_user_rules_dir() -> Path:
    """Where rule edits go when no ``--rules`` folder was given."""
    return config_dir() / "rules"


def validate_site(site) -> str:
    """A site is a domain name (it names the file `<site>.toml`): anything else writes nothing. The
    limits are checked before the disk is touched: a domain has at most 253 characters and labels of
    at most 63, and its file name at most 255 bytes, so a site name may have 250."""
    if not isinstance(site, str) or not site:
        raise EditError("bad-site", "a site is a domain name such as `inquirer.net`")
    limit = min(MAX_SITE_CHARS, MAX_SITE_FILE_CHARS)
    if len(site.encode("utf-8", "surrogatepass")) > limit:
        raise EditError(
            "bad-site",
            f"a site name may have at most {limit} characters (its file, `<site>.toml`, a name of at most "
            f"{MAX_FILE_NAME_BYTES} bytes): {shown(site)} has {len(site)}",
        )
    long_label = next((label for label in site.split(".") if len(label) > MAX_LABEL_CHARS), None)
    if long_label is not None:
        raise EditError(
            "bad-site", f"each part of a domain name between dots may have at most {MAX_LABEL_CHARS} characters: "
            f"{shown(long_label)} has {len(long_label)}",
        )
    lowered = site.lower()
    if lowered == DEFAULT_FILE_KEY or file_key(Path(lowered + ".toml")) != lowered:
        raise EditError("bad-site", f"{shown(site)} is not a domain name such as `inquirer.net`")
    return lowered


def shown(value: str, limit: int = 80) -> str:
    value = value if len(value) <= limit else value[: limit - 1] + "…"
    return "'" + printable(value).replace("'", "\\'") + "'"
