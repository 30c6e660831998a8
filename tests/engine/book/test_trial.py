"""Each rule is tried once on a small built-in page before it is let in: a rule that compiles and
still raises on every page (an XPath whose value is a number, a function nobody registered) is
refused with NC018 at its place in its file; the trial page itself never changes."""

from __future__ import annotations

import threading

import lxml.html
import pytest

from newsclean.engine.book import trial
from newsclean.engine.book.compile import parse_rule, parse_rule_text
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.rules.errors import RuleSyntaxError

GOOD = """\
[[rule]]
name = "promo"
reason = "Promo box"
css = ".promo"
"""


def rule_error(extra: str, key: str = "example.com"):
    """Parse GOOD plus one rule; return the one error (the good rule loads)."""
    text = GOOD + "\n[[rule]]\nname = \"bad\"\nreason = \"r\"\n" + extra + "\n"
    parsed = parse_rule_text(text, f"rules/{key}.toml", key)
    assert [r.name for r in parsed.rules] == ["promo"]
    (err,) = parsed.errors
    return err


@pytest.mark.parametrize("extra, line, message", [
    ('xpath = "count(//a)"', 9, "rule 'bad' fails when tried on a small test page (its `xpath`)"),
    ('xpath = "//a[foo()]"', 9, "XPathEvalError: Unregistered function"),
    # the failing condition only tests what a finder finds, and the finder finds nothing on the page:
    # tried on sample elements all the same
    ('href-host = "nowhere.example"\nxpath = "count(//a)"', 10, "(its `xpath`): TypeError"),
])
def test_a_rule_that_fails_on_every_page_is_refused_where_it_is_written(extra, line, message):
    err = rule_error(extra)
    assert err.code == "NC018" and err.line == line and err.rule == 2, str(err)[:300]
    assert message in err.message
    assert len(str(err)) < 600  # the message names the problem; it does not repeat the value


def test_the_refused_rule_costs_only_itself():
    text = GOOD + '\n[[rule]]\nname = "bad"\nreason = "r"\nxpath = "count(//a)"\n'
    book = RuleBook.from_files((), [parse_rule_text(text, "example.com.toml", "example.com")])
    page = b"<html><body><article><p>" + b"A sentence of the story that is long enough. " * 10 + \
        b'</p><div class="promo">Buy now</div></article></body></html>'
    result = clean(page, "https://example.com/story", book)
    assert result.report.status == "cleaned" and [r.rule for r in result.report.removals] == ["example.com:promo"]


def test_an_unnamed_rule_is_named_by_its_id():
    with pytest.raises(RuleSyntaxError) as caught:
        parse_rule({"reason": "r", "xpath": "count(//p)"}, "example.com", 4, "example.com.toml", 1)
    assert caught.value.code == "NC018" and caught.value.key == "xpath"
    assert caught.value.message.startswith("rule 'example.com#5' fails when tried on a small test page (its `xpath`): ")


@pytest.mark.parametrize("table", [
    {"css": ".ad-slot", "upward": 1},
    {"text": "Advertisement", "widen": True},
    {"own-text": ["Read"], "link-box": True},
    {"css": "a", "offsite": True, "link-run": 2},
    {"own-text": ["Sign up for our newsletter"], "box": {"words": 40, "small-print": "(?i)privacy"}},
    {"label-box": ["Advertisement"]},
    {"hidden": True, "offsite": True},
    {"css": "a", "after-sentence": True, "in-sentence": False, "in-link": True},
    {"text-contains": "harbour", "within": "article", "max-words": 10, "link-density": 0.5},
    {"href-words": "spam"},
    {"css": "p", "text-words": "spam", "action": "drop-text", "text-regex": "(?i)slot"},
])
def test_sound_rules_pass_the_trial_and_leave_its_page_as_it_was(table):
    page, _ = trial._trial_page()
    trial._local.uses = 0  # no fresh page in the middle of this test
    html = lxml.html.tostring(page.root)
    rule = parse_rule({"reason": "r", **table}, "example.com", 0, "example.com.toml", 1)  # tried once here
    trial.try_rule(rule)  # and again
    after, _ = trial._trial_page()
    assert after is page and lxml.html.tostring(after.root) == html  # a trial finds targets, never acts on them


def test_the_trial_page_holds_what_rules_look_for():
    page, elements = trial._trial_page()
    assert [el.tag for el in elements] == list(trial._SAMPLE_TAGS)
    for selector in (".ad-slot", "article p", "aside.newsletter form", "div[style] a", "figure img", "table td"):
        assert page.root.cssselect(selector), selector


def test_each_thread_tries_on_its_own_page():
    pages = []

    def take():
        pages.append(trial._trial_page()[0])

    worker = threading.Thread(target=take)
    worker.start()
    worker.join(30)
    assert pages and pages[0] is not trial._trial_page()[0]
