"""engine.hosts: a URL's host, a link's host against the page's, a host's registrable domain."""

from __future__ import annotations

import pytest

from newsclean.engine.hosts import host_of, link_host, registrable_domain


@pytest.mark.parametrize("url,host", [
    ("https://www.Example.co.uk/news/1", "www.example.co.uk"), ("http://127.0.0.1:8080/x", "127.0.0.1"),
    ("not a url", ""),
])
def test_host_of(url, host):
    assert host_of(url) == host


@pytest.mark.parametrize("host,domain", [
    ("www.news.example.co.uk", "example.co.uk"), ("globalnation.inquirer.net", "inquirer.net"), ("localhost", "localhost"),
])
def test_registrable_domain_from_the_bundled_suffix_list(host, domain):
    assert registrable_domain(host) == domain


@pytest.mark.parametrize("href,host", [
    ("https://ads.example.net/x", "ads.example.net"), ("//cdn.example.org/a.js", "cdn.example.org"),
    ("/local/path", "www.example.com"), ("#top", "www.example.com"), ("mailto:a@example.com", None),
])
def test_link_host_against_the_pages(href, host):
    assert link_host(href, "www.example.com") == host
