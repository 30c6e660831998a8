"""Hosts and sites: a URL's host, a link's host against the page's, a host's registrable domain
(tldextract's bundled public suffix list: never a download)."""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

import tldextract

# Offline: the public suffix list snapshot bundled with tldextract, never a download.
_extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@functools.lru_cache(maxsize=4096)
def registrable_domain(host: str) -> str:
    """``globalnation.inquirer.net`` → ``inquirer.net``; ``news.bbc.co.uk`` → ``bbc.co.uk``."""
    parts = _extract(host)
    if hasattr(parts, "top_domain_under_public_suffix"):  # tldextract >= 5.3 renamed it
        domain = parts.top_domain_under_public_suffix
    else:
        domain = parts.registered_domain
    return domain or host


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


# The authority of an absolute or scheme-relative link: one C match instead of a chain of splits
# per link (a page has a few hundred). Userinfo, ports and IPv6 brackets go the slow way.
_AUTHORITY = re.compile(r"\s*(?:https?:)?//([^/?#\s]*)", re.IGNORECASE)


def link_host(href: str, page_host: str) -> str | None:
    """Host of a link as written, without building the absolute URL (most links are absolute or
    root-relative; urljoin for each of a page's few hundred links costs more than parsing the page)."""
    found = _AUTHORITY.match(href)
    if found is None:
        first = href.lstrip().split("/", 1)[0]
        if ":" in first:  # mailto:, javascript:, tel:, data: — not a page on a host
            return None
        return page_host
    host = found.group(1)
    if "@" in host or ":" in host or "[" in host:
        host = host.rsplit("@", 1)[-1]
        if host.startswith("["):
            host = host[1:].split("]", 1)[0]
        else:
            host = host.split(":", 1)[0]
    return host.lower().rstrip(".") or None
