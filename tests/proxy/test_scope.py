"""Which hosts are covered, and the allow_hosts pattern mitmproxy gets from that."""

from __future__ import annotations

import re

import pytest

from newsclean.proxy.scope import DomainError, Scope, normalise_domain


@pytest.mark.parametrize(
    "value, expected",
    [
        ("inquirer.net", "inquirer.net"),
        ("  Inquirer.NET. ", "inquirer.net"),
        ("*.inquirer.net", "inquirer.net"),
        (".inquirer.net", "inquirer.net"),
        ("127.0.0.1", "127.0.0.1"),
        ("localhost", "localhost"),
        ("bücher.de", "xn--bcher-kva.de"),
    ],
)
def test_domains_are_normalised(value, expected):
    assert normalise_domain(value) == expected


@pytest.mark.parametrize(
    "value, message",
    [
        ("https://inquirer.net/news", "give a domain, not a URL"),
        ("inquirer.net/news", "give a domain, not a URL"),
        ("inquirer.net:443", "without a port"),
        ("", "empty domain"),
        ("*.", "empty domain"),
        ("news site.com", "not a valid domain name"),
        ("-bad-.com", "not a valid domain name"),
    ],
)
def test_bad_domains_say_what_to_give_instead(value, message):
    with pytest.raises(DomainError, match=re.escape(message)):
        normalise_domain(value)


SCOPE = Scope(site_domains=frozenset({"inquirer.net"}), extra_domains=frozenset({"rappler.com"}))


@pytest.mark.parametrize(
    "host, covered",
    [
        ("inquirer.net", True),
        ("globalnation.inquirer.net", True),
        ("GLOBALNATION.Inquirer.net.", True),
        ("www.rappler.com", True),
        ("notinquirer.net", False),
        ("inquirer.net.evil.com", False),
        ("mybank.com", False),
        ("", False),
    ],
)
def test_a_domain_covers_itself_and_its_subdomains_only(host, covered):
    assert SCOPE.covers(host) is covered


@pytest.mark.parametrize(
    "hostname, intercepted",
    [
        # mitmproxy matches "host:port" strings (CONNECT target, TLS SNI, Host header, peer address)
        ("inquirer.net:443", True),
        ("globalnation.inquirer.net:443", True),
        ("www.rappler.com:80", True),
        ("notinquirer.net:443", False),
        ("inquirer.net.evil.com:443", False),
        ("mail.google.com:443", False),
        ("203.0.113.7:443", False),
    ],
)
def test_allow_hosts_pattern_intercepts_covered_hosts_only(hostname, intercepted):
    patterns = SCOPE.allow_hosts()
    assert any(re.search(p, hostname, re.IGNORECASE) for p in patterns) is intercepted


def test_all_sites_intercepts_everything_and_no_sites_intercepts_nothing():
    assert Scope(all_sites=True).allow_hosts() == []
    assert Scope(all_sites=True).covers("anything.example")
    nothing = Scope().allow_hosts()
    assert nothing and not any(re.search(p, "inquirer.net:443") for p in nothing)


def test_description_counts_the_covered_sites():
    assert SCOPE.describe() == (
        "2 sites: 1 with rule files (inquirer.net); 1 you listed, with the default rules (rappler.com)"
    )
    assert Scope().describe().startswith("no sites")
    assert Scope(all_sites=True).describe().startswith("every site")
    many = Scope(site_domains=frozenset(f"site{i:02}.com" for i in range(12)))
    assert many.describe().endswith("site07.com, and 4 more)")
