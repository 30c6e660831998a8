"""Which hosts the proxy touches: sites with a rule file, the extra news domains a user lists, or all.

Everything else is tunnelled untouched: mitmproxy's ``allow_hosts`` keeps the TLS of other hosts
closed (banking, mail, certificate-pinned apps), and the addon does not parse their pages. A domain
covers its subdomains (``inquirer.net`` covers ``globalnation.inquirer.net``), looked up the way the
rule book does it — by stripping the leftmost label — so the cost per request does not grow with the
number of sites.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

_LABEL = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")


class DomainError(ValueError):
    """A listed news domain that cannot be one; the message says what to give instead."""


def normalise_domain(value: str) -> str:
    """``"*.Example.COM."`` → ``"example.com"``; raise DomainError with a clear message otherwise.

    Accepts a host name (IDNA allowed), an IPv4 address or ``localhost``; a leading ``*.`` or ``.``
    is dropped since a domain always covers its subdomains.
    """
    raw = value
    value = (value or "").strip().lower()
    if "://" in value or "/" in value:
        raise DomainError(f"{raw!r}: give a domain, not a URL (e.g. 'example.com')")
    if value.startswith("*."):
        value = value[2:]
    value = value.lstrip(".").rstrip(".")
    if not value:
        raise DomainError(f"{raw!r}: empty domain")
    if ":" in value:
        raise DomainError(f"{raw!r}: give the domain without a port (the proxy covers every port)")
    try:
        ipaddress.IPv4Address(value)
        return value
    except ValueError:
        pass
    try:
        value = value.encode("idna").decode("ascii")
    except UnicodeError:
        raise DomainError(f"{raw!r}: not a valid domain name") from None
    if len(value) > 253 or not all(_LABEL.match(label) for label in value.split(".")):
        raise DomainError(f"{raw!r}: not a valid domain name")
    return value


def _covered(host: str, domains: frozenset[str]) -> bool:
    host = (host or "").lower().rstrip(".")
    while host:
        if host in domains:
            return True
        _, _, host = host.partition(".")
    return False


@dataclass(frozen=True)
class Scope:
    site_domains: frozenset[str] = frozenset()  # domains with a site rule file
    extra_domains: frozenset[str] = frozenset()  # domains the user listed (default rules apply)
    all_sites: bool = False  # clean every HTML page with the default rules

    @property
    def domains(self) -> frozenset[str]:
        return self.site_domains | self.extra_domains

    def covers(self, host: str) -> bool:
        return self.all_sites or _covered(host, self.domains)

    def allow_hosts(self) -> list[str]:
        """mitmproxy ``allow_hosts`` patterns: intercept covered hosts only ([] = everything).

        mitmproxy matches each pattern against ``host:port`` (the CONNECT target, the TLS SNI, the
        Host header) and tunnels the connection untouched when none matches. One pattern with an
        alternation keeps that check a single regex search however many sites there are.
        """
        if self.all_sites:
            return []
        if not self.domains:
            return [r"^(?!)"]  # nothing is covered: intercept no TLS at all
        names = "|".join(re.escape(d) for d in sorted(self.domains))
        return [rf"^(?:[^:]*\.)?(?:{names})(?::\d+)?$"]

    def describe(self) -> str:
        """One line for the start-up banner: how many sites are covered, and which."""
        if self.all_sites:
            return "every site (--all-sites): every HTML page is cleaned with the default rules"
        sites = sorted(self.site_domains)
        extra = sorted(self.extra_domains - self.site_domains)
        total = len(sites) + len(extra)
        parts = []
        if sites:
            parts.append(f"{len(sites)} with rule files ({_short_list(sites)})")
        if extra:
            parts.append(f"{len(extra)} you listed, with the default rules ({_short_list(extra)})")
        if not total:
            return "no sites: there is no site rule file and no --site domain, so nothing is cleaned"
        return f"{total} site{'s' if total != 1 else ''}: " + "; ".join(parts)


def _short_list(names: list[str], limit: int = 8) -> str:
    if len(names) <= limit:
        return ", ".join(names)
    return ", ".join(names[:limit]) + f", and {len(names) - limit} more"
