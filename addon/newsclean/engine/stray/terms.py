"""Text → terms for the stray detector: one tokenisation per paragraph into content terms (crude,
language-agnostic stems; stop words and generic news words left out) and names (capitalised words
inside sentences, acronyms, long numbers); how common each stem is in the story's language (wordfreq's
small lists, loaded once per language); and which language the story's own words are in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...rules import words

# Paragraphs shorter than this are not judged: too few words to tell a story's topic from chance.
MIN_WORDS = 12
MIN_CJK_CHARS = 30

# Word characters, apostrophes inside words; CJK runs are split into character bigrams below.
_TOKEN = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?")
_CJK = words.CJK
_CJK_RUN = re.compile(f"[{words.CJK_RANGES}]+")

# Function words of the languages most pages are in; words of three letters or fewer are skipped in
# every language anyway. Generic news words ("said", "year", "percent") are here too: they are shared
# by any two news stories, so they say nothing about whether a paragraph belongs to this one; so are
# titles ("President", "Minister"): two stories share them without sharing a subject.
STOPWORDS = frozenset(
    """
    about above according across actually after afterwards again against ago almost along already also
    although always among another anyone anything around asked away back became because become becomes
    been before began behind being believe below beside besides best better between beyond both bring
    brought came cannot come comes coming could daily did does doing done down during each early either
    else elsewhere enough even ever every everyone everything except far few fifth find first five
    following for four from further gave getting give given gives going gone good got great had has
    have having here hers herself high himself his however hundred into its itself just keep know known
    last late later least less like likely little long made make makes making many may maybe might
    million billion mine month months more most mostly much must myself near nearly need never new news
    next nine none nor not nothing now often once one only onto other others otherwise our ours ourselves
    out over own part people per percent perhaps place please put quite rather really recent recently
    right said same saw say saying says second see seem seemed seems seen set several shall she should
    show showed shown since six some someone something sometimes soon still such take taken takes taking
    tell ten than that the their theirs them themselves then there therefore these they thing things
    think third this those though thought three through thus time times today told too took toward towards
    two under until upon used using very via want wanted was way week weeks well went were what whatever
    when where whether which while who whole whom whose why will with within without would year years yet
    you your yours yourself yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december also added adds
    told tells called calls including included include includes around however thats theres dont didnt
    doesnt isnt wasnt cant wont youre theyre hes shes weve ive its it's that's there's don't didn't
    doesn't isn't wasn't can't won't you're they're he's she's we've i've i'm let's
    president presidents secretary minister ministers chief executive director chairman chairwoman
    spokesman spokeswoman spokesperson official officials governor senator mayor leader leaders head
    told reporters statement interview
    aber alle allem allen aller alles also andere anderen anderer anderes auch auf aus bei beim bereits
    bis bisher bist damit dann darauf darum dass davon dazu dein deine dem den denn der des dessen deshalb
    die dies diese diesem diesen dieser dieses doch dort durch eine einem einen einer eines einige etwa
    etwas euch euer für gegen gewesen habe haben hat hatte hatten hier hin hinter ihm ihn ihnen ihr ihre
    ihrem ihren ihrer ihres immer indem ins ist jede jedem jeden jeder jedes jedoch jetzt kann kein keine
    keinem keinen keiner können könnte machen mehr mein meine mich mir mit muss müssen nach nachdem nicht
    nichts noch nun nur oder ohne schon sehr sein seine seinem seinen seiner seit selbst sich sie sind
    soll sollen sollte sondern sowie über überhaupt uns unser unsere unter viel viele vom von vor wann
    war waren warum was weil welche welchem welchen welcher wenn wer werde werden wie wieder will wir
    wird wirklich wo wurde wurden zum zur zwar zwei zwischen sagte sagt heute gestern morgen jahr jahre
    jahren prozent millionen milliarden ersten erste neue neuen neuer neues etwa wegen gibt geht ganz
    dabei daher dafür dagegen damals danach darf dürfen eigentlich einmal einfach gerade gleich also
    ainsi alors après aussi autre autres avait avant avec avoir cela celle celui cependant ces cette ceux
    chez comme comment dans depuis des deux donc dont elle elles encore entre est étaient était été être
    fait faire fois leur leurs lors mais même mêmes moins nous peut peu plus pour pourquoi quand que quel
    quelle quelles quels qui sans selon ses sont sous sur tous tout toute toutes très une vers vous
    selon ans année années déjà aujourd'hui
    algo algunos ante antes aquí así aunque bien cada como con contra cual cuando del desde donde dos
    durante ella ellas ellos entre era eran esa ese eso esta está están este esto estos hace hacia han
    hasta hay las los más mientras muy nos nuestra nuestro otra otras otro otros para pero poco por porque
    pues que quien según ser sido sin sobre son sus también tanto tiene tienen todo todos una unos
    usted años año dijo ante
    alla alle anche ancora che chi come con cosa degli dei del della delle dello dopo dove fra gli hanno
    loro molto nei nel nella nelle non per più perché quando quella quelle quello questa queste questo
    sono stato sua sue suo suoi tra tutti tutto una uno
    ainda além antes após até como com das dela dele deles depois desde dos ela elas ele eles em entre
    era essa esse esta está estão este isso isto mais mas muito nas nos não onde para pela pelo por
    porque quando que quem sem seu seus sobre sua suas também tem têm uma umas uns
    aan als bij dan dat deze die dit door een eens geen heeft het hij hoe hun iets ik jij kan kon maar
    meer met mij naar niet nog ook over zich zij zijn zou zouden werd worden wordt
    """.split()
)


# Endings taken off before a word is cut to STEM_LENGTH letters, longest first: plural and case
# endings of English, German and the Romance languages, enough to make `jails`/`jail`,
# `Regierungen`/`Regierung`, `citizens`/`citizenship` meet. Cutting at seven letters (not six) keeps
# `Bundestag` and `Bundesliga`, `durchzogen` and `durchzuatmen` apart.
_SUFFIXES = tuple(sorted("s es en er em ern e n ed ing ly ung ungen ers ies".split(), key=len, reverse=True))
STEM_LENGTH = 7
# Characters between two words that end a sentence (the next word's capital says nothing then).
_SENTENCE_BREAK = frozenset(".!?:;„“”\"«»—–(")


def _stem(word: str) -> str:
    """A crude, language-agnostic stem: one common ending off, then the first STEM_LENGTH letters."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:STEM_LENGTH]


@dataclass(frozen=True)
class Terms:
    """What one text talks about: its distinct content terms (stems), which of them are names
    (capitalised words not starting a sentence, acronyms, numbers of 3+ digits), and its length."""

    terms: frozenset
    names: frozenset
    tokens: int
    words: frozenset = frozenset()  # (stem, word as written, case-folded): exact reuse weighs more


# What a word is worth, by its spelling: (stem or None, may be a name). Words repeat within a page and
# across pages: each is analysed once per process (bounded: cleared when it grows past _WORDS_MAX).
_WORDS: dict[str, tuple[str | None, bool, str]] = {}
_WORDS_MAX = 200_000
_NO_TERM = (None, False, "")


def _word(word: str) -> tuple[str | None, bool, str]:
    found = _WORDS.get(word)
    if found is not None:
        return found
    found = _analyse(word)
    if len(_WORDS) >= _WORDS_MAX:
        _WORDS.clear()
    _WORDS[word] = found
    return found


def _analyse(token: str) -> tuple[str | None, bool, str]:
    word = token.strip(".-'’")
    if not word:
        return _NO_TERM
    if word[0].isdigit():
        digits = re.sub(r"\D", "", word)
        if len(digits) >= 3 and not (len(digits) == 4 and digits[:2] in ("19", "20")):
            return digits, True, digits  # a number is named like a name: it does not start sentences
        return _NO_TERM
    folded = word.casefold()
    if folded.endswith(("'s", "’s")):
        folded = folded[:-2]
    if len(folded) <= 3 and not (word.isupper() and len(word) >= 2):
        return _NO_TERM
    if folded in STOPWORDS:
        return _NO_TERM
    return _stem(folded), word[0].isupper() and len(word) >= 2, folded


# Each word with the non-word characters before it (the gap tells whether a sentence ended there).
_GAP_AND_TOKEN = re.compile(r"([\W_]*?)(" + _TOKEN.pattern + ")")


def text_terms(text: str) -> Terms:
    terms: set[str] = set()
    names: set[str] = set()
    words: set[str] = set()
    pairs = _GAP_AND_TOKEN.findall(text)
    has_cjk = _CJK.search(text) is not None
    starts_sentence = True
    for gap, token in pairs:
        # A capital after a sentence break says nothing: only capitals inside sentences mark names.
        if gap:
            starts_sentence = starts_sentence or not _SENTENCE_BREAK.isdisjoint(gap)
        if has_cjk and _CJK.search(token):
            for run in _CJK_RUN.findall(token):
                terms.update(run[i : i + 2] for i in range(max(1, len(run) - 1)))
            starts_sentence = False
            continue
        stem, capital, folded = _word(token)
        if stem is not None:
            terms.add(stem)
            words.add((stem, folded))
            if capital and (not starts_sentence or stem.isdigit() or token.isupper()):
                names.add(stem)
        if "-" in token:
            # The parts of a compound count too: "Corona-Schutzverordnung" talks about "Corona".
            for part in token.split("-"):
                part_stem, part_capital, part_folded = _word(part)
                if part_stem is not None:
                    terms.add(part_stem)
                    words.add((part_stem, part_folded))
                    if part_capital and not starts_sentence:
                        names.add(part_stem)
        starts_sentence = False
    return Terms(frozenset(terms), frozenset(names), len(pairs), frozenset(words))


def terms_of(text: str) -> tuple[set[str], set[str]]:
    """(content terms, names) of a text."""
    found = text_terms(text)
    return set(found.terms), set(found.names)


def is_judgeable(text: str) -> bool:
    if len(_CJK.findall(text)) >= MIN_CJK_CHARS:
        return True
    return len(text.split()) >= MIN_WORDS



# -- how common a word is ------------------------------------------------------------------------
# Sharing "government" with the rest of the story says little; sharing "Bukele" says a lot. How much
# a shared term weighs is how unlikely it is to turn up by chance in that much unrelated text of the
# same language: from wordfreq's frequency lists (its "small" lists: every word used at least once in a
# million, about 30,000 a language, loaded once per language on first use). A word not in the list is
# rarer than that: RARE_FREQUENCY. Without a list (a language wordfreq lacks, or wordfreq missing)
# every term counts as UNKNOWN_FREQUENCY: the score then rests on the story's own counts.
RARE_FREQUENCY = 3e-7
UNKNOWN_FREQUENCY = 2e-5


@lru_cache(maxsize=16)
def background(lang: str) -> dict | None:
    """Stem → summed frequency of the words of ``lang`` with that stem; None where wordfreq has no list."""
    try:
        import wordfreq  # noqa: PLC0415 - loaded on first use: only sites with the detector on pay for it
    except ImportError:  # pragma: no cover - a dependency; the detector still works on the story alone
        return None
    if lang not in _wordfreq_languages():
        return None
    out: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict(lang, wordlist="small").items():
        stem = _stem(word)
        out[stem] = out.get(stem, 0.0) + freq
    return out


def known_word(lang: str, word: str) -> bool | None:
    """Whether the language's frequency list holds a word of this word's stem; None without a list."""
    table = background(lang)
    if table is None:
        return None
    return _stem(word.casefold()) in table


@lru_cache(maxsize=1)
def _wordfreq_languages() -> frozenset:
    import wordfreq  # noqa: PLC0415

    return frozenset(wordfreq.available_languages("small"))


# Frequent words of the languages most pages are in: the language whose words a story uses most is
# the story's language (a page's lang attribute is wrong often enough: a German page saying "en").
_LANGUAGE_MARKERS = {
    "en": frozenset("the and of to is that with was for are have this from".split()),
    "de": frozenset("der die und das ist nicht mit den sich auch auf für".split()),
    "fr": frozenset("le les et des est une dans pour qui pas sur avec".split()),
    "es": frozenset("el los las del que por una para con como más pero".split()),
    "it": frozenset("il che di della per non una sono del gli anche con".split()),
    "pt": frozenset("os que não uma com para mais pelo como dos das foi".split()),
    "nl": frozenset("het een van en niet zijn voor met ook maar dat wordt".split()),
    "pl": frozenset("się nie na jest że do jak oraz przez jego być tym".split()),
    "sv": frozenset("och att det som för med inte har på till av är".split()),
}


_MARKER_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _lang, _words in _LANGUAGE_MARKERS.items():
    for _w in _words:
        _MARKER_LANGUAGES[_w] = (*_MARKER_LANGUAGES.get(_w, ()), _lang)


def story_language(texts: list[str], declared: str | None = None) -> str | None:
    """The language of the story's words (a wordfreq code), else the page's declared one."""
    counts = dict.fromkeys(_LANGUAGE_MARKERS, 0)
    seen = 0
    for text in texts:
        words = text.casefold().split()
        seen += len(words)
        for word in words:
            langs = _MARKER_LANGUAGES.get(word)
            if langs:
                for lang in langs:
                    counts[lang] += 1
        if seen > 1500:
            break
    best = max(counts, key=counts.get)
    if counts[best] >= 5:
        return best
    if declared:
        primary = declared.strip().split("-")[0].split("_")[0].lower()
        return primary or None
    return None

