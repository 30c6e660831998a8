"""Text → terms: stems, names, compounds; word frequencies; the story's language."""

from __future__ import annotations

from newsclean.engine.stray.terms import _stem, background, story_language, terms_of


def test_terms_and_names():
    terms, names = terms_of("Rubio said the jails of El Salvador hold 1500 prisoners. The US agreed.")
    assert {"rubio", "salvado", "jail", "prison", "1500"} <= terms
    assert {"salvado", "1500", "us"} <= names
    assert "rubio" not in names  # a capital that starts a sentence says nothing
    assert "the" not in terms and "said" not in terms
    assert _stem("citizenship") == _stem("citizens")
    assert _stem("Regierungen".casefold()) == _stem("regierung")
    # The parts of a compound count as terms of their own.
    assert {"corona", "schutzv"} <= terms_of("Seit heute gilt die neue Corona-Schutzverordnung.")[0]
    # Seven letters, not six: different words with a common start stay apart.
    assert _stem("bundestag") != _stem("bundesliga")
    assert _stem("durchzogenen") != _stem("durchzuatmen")


def test_story_language_comes_from_the_words_before_the_lang_attribute():
    german = ["Die Regierung hat sich mit den Ländern auf die neuen Regeln für den Winter geeinigt, und das ist nicht alles."]
    assert story_language(german * 3, "en") == "de"
    assert story_language(["Lorem ipsum dolor sit amet."], "pt-BR") == "pt"
    assert story_language(["Lorem ipsum dolor sit amet."], None) is None


def test_word_frequencies_by_stem_and_none_for_a_language_wordfreq_lacks():
    english = background("en")
    # Every word of a stem adds to it: "governments" and "government" are one term.
    assert english[_stem("governments")] == english[_stem("government")] > 1e-4
    assert background("xx") is None
    assert background("en") is english  # loaded once per language


def test_known_word_asks_the_language_s_frequency_list():
    from newsclean.engine.stray.terms import known_word

    assert known_word("en", "Council") is True
    assert known_word("en", "yanayodhaminiwa") is False
    assert known_word("xx-none", "word") is None  # (a language without a list tells nothing)
