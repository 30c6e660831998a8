"""The vocabulary in one place: named lists the detector reads, named patterns the rules name."""

from __future__ import annotations

import re

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
    """Once, as the lists compare them: "ещё" and "еще" are one entry."""
    for name, entries in [*words.LISTS.items(), *words.TOKENS.items()]:  # (both have an "ad" list)
        folded = [words.fold(e) for e in entries]
        assert len(folded) == len(set(folded)), (name, sorted({e for e in folded if folded.count(e) > 1}))


def test_words_are_found_without_their_accents_and_reported_as_written():
    find = words.matcher().find
    assert find("PUBLICITÉ") == {"ad": ["publicité"]} and find("Publicite") == {"ad": ["publicite"]}
    assert find("Reklāma")["ad"] == ["reklāma"]  # a Latvian spelling of a listed word
    assert find("Читайте ещё")["teaser"] == ["читайте", "ещё"]  # й and ё as written, found as и and е
    # Indic vowel signs are letters, not accents: the Hindi word is found whole, not as its consonants.
    assert words.fold("विज्ञापन") == "विज्ञापन" and find("विज्ञापन")["ad"] == ["विज्ञापन"]
    assert find("আরও পড়ুন")["teaser"] == ["পড়ুন"]
    assert words.fold("광고") == "광고"  # Hangul syllables come back composed
    assert find("a public hearing") == {}  # a stem is a word's start, not any letters


# A language key: ISO 639-1 (two letters) where there is a code, else ISO 639-3 (three), with an
# optional script (four letters, capitalised) or region (two capitals or three digits) subtag.
_LANGUAGE_KEY = re.compile(r"[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?")


def test_every_list_loads_from_the_vocabulary_by_language():
    """vocabulary.toml holds the seven lists, each by language; a list is its languages' entries joined."""
    assert set(words.LANGUAGES_OF) == set(words.LISTS) == {
        "ad", "continue", "teaser", "newsletter", "promo", "self", "direction"
    }  # fmt: skip
    for name, by_language in words.LANGUAGES_OF.items():
        assert by_language and "en" in by_language, name
        for lang, entries in by_language.items():
            assert _LANGUAGE_KEY.fullmatch(lang), (name, lang)
            assert entries and all(isinstance(e, str) and e.strip() == e and e for e in entries), (name, lang)
            assert all(e.count("*") == (1 if e.endswith("*") else 0) for e in entries), (name, lang)
        assert words.LISTS[name] == tuple(e for entries in by_language.values() for e in entries)
    assert words.AD_WORDS == words.LISTS["ad"] and words.DIRECTION_WORDS == words.LISTS["direction"]


def test_every_vocabulary_entry_is_written_once_in_its_list_across_languages():
    """As folded, an entry is in one language of its list only: a word several languages share is
    written under one of them."""
    for name, by_language in words.LANGUAGES_OF.items():
        seen: dict[str, str] = {}
        for lang, entries in by_language.items():
            for entry in entries:
                folded = words.fold(entry)
                assert folded not in seen, (name, entry, seen.get(folded), lang)
                seen[folded] = lang


# Entries that are, written without their accents, a very common word of another language, known and
# kept: the same word or meaning there ("také"/"take" aside), or a word the lists need whatever it
# collides with — each counts only beside other evidence (a teaser's link, an ad's slot). A new
# entry is not added to this: it is made a phrase, or left out.
_KNOWN_COLLISIONS = {
    ("ad", "ad"),  # Italian "ad" (to): the English label word "AD" over a slot
    ("ad", "اعلان"),  # Urdu "announcement"
    ("teaser", "also"), ("teaser", "most"), ("teaser", "más"), ("teaser", "mais"), ("teaser", "läs"),
    ("teaser", "také"), ("teaser", "thêm"),
    ("self", "nota"),
}  # fmt: skip
# Languages written alike, whose words are one another's (wordfreq's "sh" is Serbo-Croatian).
_KIN = [{"id", "ms"}, {"nb", "nn", "no", "da"}, {"sr", "hr", "bs", "sh"}, {"tl", "fil"}]
_COMMON = 5.5  # wordfreq's Zipf scale: about one word in 300 of running text and more


def test_no_list_word_is_a_common_word_of_another_language():
    """A single word of a list (not a stem, a phrase or a word of a script written without spaces) is
    not, as folded, a very common word of another language wordfreq knows: Luxembourgish "ënnen"
    would be Finnish "ennen" (before), Croatian "još" Finnish "jos" (if). The direction words are left
    out: "after", "under" and "na" are function words wherever they are, and count only beside a
    "continues" word."""
    from wordfreq import available_languages, zipf_frequency

    others = sorted(lang for lang in available_languages() if lang not in ("ja", "zh", "ko"))  # (need MeCab, jieba)
    found = set()
    for name, by_language in words.LANGUAGES_OF.items():
        if name == "direction":
            continue
        for lang, entries in by_language.items():
            own = {lang.split("-")[0]}
            own = set().union(own, *(kin for kin in _KIN if own & kin))
            for entry in entries:
                if entry.endswith("*") or " " in entry or "-" in entry or words.UNSPACED.search(entry):
                    continue
                folded = words.fold(entry)
                for other in others:
                    if other not in own and max(zipf_frequency(folded, other), zipf_frequency(entry, other)) >= _COMMON:
                        found.add((name, entry))
    assert found <= _KNOWN_COLLISIONS, sorted(found - _KNOWN_COLLISIONS)
    assert _KNOWN_COLLISIONS <= found  # (an entry gone, or no longer colliding, leaves this list)
