"""The vocabulary in one place: named lists the detector reads, named patterns the rules name."""

from __future__ import annotations

import re2

from newsclean.engine.book.compile import parse_rule_text
from newsclean.rules import words


def test_spam_vocabulary_spares_ordinary_links():
    """Words and targets a news page links to every day are not spam."""
    text = re2.compile(words.TEXT_PATTERNS["spam"])
    href = re2.compile(words.TARGET_PATTERNS["spam"])
    for said in ["Rue89", "covid19", "Toto Wolff", "time slot", "casino stocks", "Boeing 777", "judiciary"]:
        assert not text.search(said), said
    for target in [
        "https://www.rue89.com/article",
        "https://www.judiciary.uk/",
        "https://www.bandarlampungkota.go.id/",
        "https://www.reuters.com/business/airport-slots-rules/",
        "https://www.dominos.com/",
    ]:
        assert not href.search(target), target
    for said in ["slot gacor", "situs togel online", "mentos4d", "judi bola", "domino qq", "hoki777"]:
        assert text.search(said), said
    for target in ["https://mentos4d-login.vip/", "https://x.example/wp-content/uploads/slot-gacor/", "https://slotgacor.bet/"]:
        assert href.search(target), target


def test_rules_naming_a_list_share_one_compiled_pattern():
    rules = parse_rule_text(
        '[[rule]]\nreason = "a"\ncss = "a"\ntext-words = "spam"\n'
        '[[rule]]\nreason = "b"\ncss = "p a"\ntext-words = "spam"\n'
        '[[rule]]\nreason = "c"\nhref-words = "spam"\n',
        "x.org.toml", "x.org",
    ).rules
    (a,), (b,) = [[m for m in r.matchers if m.key == "text-words"] for r in rules[:2]]
    assert a.regex is b.regex and a.pattern == words.SPAM_TEXT
    assert a.describe() == "text holds words of the list `spam`"
    assert rules[2].matchers[0].describe() == "link target is of the list `spam`"


def test_a_list_that_does_not_exist_is_an_error_naming_those_that_do():
    parsed = parse_rule_text('[[rule]]\nreason = "a"\ncss = "a"\ntext-words = "gambling"\n', "x.org.toml", "x.org")
    (err,) = parsed.errors
    assert err.code == "NC009" and "`text-words` names no word list 'gambling'; there are: `spam`" in err.message
    parsed = parse_rule_text('[[rule]]\nreason = "a"\ncss = "a"\nhref-words = ["spam"]\n', "x.org.toml", "x.org")
    assert [e.code for e in parsed.errors] == ["NC003"]


def test_every_named_list_entry_is_written_once():
    for name, entries in {**words.LISTS, **words.TOKENS}.items():
        assert len(entries) == len(set(entries)), (name, sorted({e for e in entries if entries.count(e) > 1}))
