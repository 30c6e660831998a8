"""Conditions on links: `href-host`, `href-regex`, `href-words`, `link-density`, `offsite`."""

from __future__ import annotations

from .pages import CRITICS, LEAD, PLAN, SPRING, Case, Error, cases, check_case, check_error, errors, run

MAYOR = "Mayor opens new ferry terminal"

CASES = [
    Case("href-host", 'href-host = "casino-jackpot.bet"', ["casino jackpot"], [LEAD]),
    Case("href-host", 'href-host = "casino-jackpot.bet"\naction = "unwrap"', [], [CRITICS], name="unwrap"),
    # a host's subdomains, not every name that ends in its letters (casino-jackpot.bet is no jackpot.bet)
    Case("href-host", 'href-host = ["example.com", "jackpot.bet"]', [MAYOR], [LEAD, CRITICS], name="subdomains"),
    Case("href-regex", 'href-regex = "\\\\.vip/"', ["slot gacor", "togel", "judi bola"], [LEAD]),
    Case("href-regex", 'href-regex = "/2024/"', [MAYOR], [PLAN, CRITICS], name="absolute-url"),
    Case("href-words", 'href-words = "spam"', ["casino jackpot"], [LEAD, PLAN, MAYOR]),
    Case("link-density", 'css = "p"\nlink-density = 0.8', [MAYOR], [PLAN, CRITICS]),
    Case("link-density", 'css = "p"\nlink-density = 0.1', [MAYOR, CRITICS], [LEAD, SPRING], name="low"),
    Case("offsite", 'css = "a"\noffsite = true\naction = "unwrap"', [], [CRITICS], name="unwrap"),
    Case("offsite", 'css = "a"\noffsite = true', ["casino jackpot", "slot gacor", "judi bola"], [PLAN, MAYOR]),
    Case("offsite", 'css = "a"\noffsite = false', [MAYOR], [CRITICS, "slot gacor"], name="false"),
    Case("offsite", 'hidden = true\noffsite = true', ["slot gacor", "judi bola"], [CRITICS, LEAD], name="with-hidden"),
]

ERRORS = [
    Error("href-host", {"reason": "r", "href-host": []}, "NC003", "non-empty list of strings"),
    Error("href-host", {"reason": "r", "href-host": ["ok.com", " "]}, "NC003", "non-empty list of strings"),
    Error("href-host", {"reason": "r", "href-host": 5}, "NC003", "`href-host` must be a string or a non-empty list"),
    Error("href-regex", {"reason": "r", "href-regex": "(?=x)"}, "NC007", "invalid regex"),
    Error("href-regex", {"reason": "r", "href-regex": ""}, "NC008", "match (next to) every element"),
    Error("href-regex", {"reason": "r", "href-regex": 1}, "NC003", "`href-regex` must be a string"),
    Error("href-words", {"reason": "r", "href-words": "casino"}, "NC009", "`href-words` names no word list 'casino'"),
    Error("href-words", {"reason": "r", "css": "a", "href-words": ["spam"]}, "NC003", "the name of a word list"),
    Error("link-density", {"reason": "r", "css": "p.x", "link-density": 2}, "NC009", "must be in (0, 1]"),
    Error("link-density", {"reason": "r", "css": "p.x", "link-density": 0}, "NC009", "must be in (0, 1], not 0"),
    Error("link-density", {"reason": "r", "css": "p.x", "link-density": "high"}, "NC003", "must be a number"),
    Error("link-density", {"reason": "r", "css": "p.x", "link-density": True}, "NC003", "must be a number"),
    Error("link-density", {"reason": "r", "link-density": 0.5}, "NC008", "needs a way to find elements"),
    Error("offsite", {"reason": "r", "css": "a", "offsite": "yes"}, "NC003", "`offsite` must be true or false"),
    Error("offsite", {"reason": "r", "offsite": True}, "NC008", "needs a way to find elements"),
]


@cases(CASES)
def test_link_kind(case):
    check_case(case)


@errors(ERRORS)
def test_link_kind_errors(error):
    check_error(error)


def test_spam_rules_skip_pages_without_spam_and_find_it_with():
    # Five off-site links, one of them spam: the batched search must not hide it.
    links = "".join(f'<p><a href="https://other{n}.org/x">Partner site {n}</a></p>' for n in range(4))
    rules = ('[[rule]]\nreason = "r"\ncss = "a"\noffsite = true\ntext-regex = "(?i)\\\\bslot gacor\\\\b"\n'
             '[[rule]]\nreason = "r2"\nhref-regex = "(?i)togel"\noffsite = true\naction = "unwrap"\n')
    clean_page = f"<html><body><p>Story text here.</p>{links}</body></html>"
    result, after, _ = run(rules, clean_page)
    assert not result.changed
    spam = links + '<p><a href="https://spam.vip/situs-togel">SLOT GACOR hari ini</a></p>'
    result, after, _ = run(rules, f"<html><body><p>Story text here.</p>{spam}</body></html>")
    assert "SLOT GACOR" not in after and "Partner site 3" in after


def test_offsite_counts_the_sites_other_hosts_as_its_own():
    html = ('<html><body><p>Story text here, long enough to be a story.</p>'
            '<p><a href="https://www.example.com/x">Other host of the site</a></p>'
            '<p><a href="https://example.org/x">Another site altogether</a></p></body></html>')
    _, after, _ = run('[[rule]]\nreason = "r"\ncss = "a"\noffsite = true\n', html)
    assert "Other host of the site" in after and "Another site altogether" not in after
