"""Stray paragraphs: paragraphs of other stories dropped into this one.

The seed page carries two ("It has been a profound honor to serve as President of ADB," Asakawa ...
and "Miguel Mapa, founder and chief executive of Nextnorth Holdings Corp. ..."). Nothing in their
markup sets them apart, only their words: the names in them appear nowhere else in the story, and
their terms are not the story's terms. So each paragraph of the article is scored against the rest of
the story (title, description, captions, the other paragraphs): how much of what it talks about —
names, terms, quoted words — the rest of the story also talks about. A paragraph the rest of the story
shares (almost) nothing specific with is flagged.

The story itself is the reference, weighed by how common each word is in its language: sharing
"government" with the rest of the story says little, sharing "Bukele" says a lot, and a paragraph
whose every shared word is one any text of that length would hold is likely from elsewhere. Word
frequencies come from wordfreq's small per-language lists (loaded once per language). The score is
logistic, in two passes: the first over what each paragraph shares (PARAGRAPH_FEATURES); the second
adds what the first says of the rest of the story (STORY_FEATURES: in a story whose other paragraphs
wander too, one more that shares little is less telling). Weights are fitted by
`python -m bench.stray_quality --fit`. One tokenisation per paragraph, set and dict lookups: a few ms
for a long article.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import re2

from ..rules.kinds import MARK_CLASS  # the cleaner's MARK_STYLE dims it, as for the `mark` action
from .page import normalise
from .report import Removal, Report, describe_element, snippet

RULE_ID = "stray"
REASON = "Paragraph that shares no names or terms with the rest of the story: likely from another article"

# Paragraphs shorter than this are not judged: too few words to tell a story's topic from chance.
MIN_WORDS = 12
MIN_CJK_CHARS = 30
# Stories shorter than this give too little to compare against.
MIN_PARAGRAPHS = 4

# Word characters, apostrophes inside words; CJK runs are split into character bigrams below.
_TOKEN = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")

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

# -- text → terms ---------------------------------------------------------------------------------
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
# A term used this rarely or less that nobody else in the story uses: a name or a subject of its own.
NEW_RARE_BELOW = 1e-6


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


# -- scoring --------------------------------------------------------------------------------------
#: What is measured of each paragraph against the rest of its story (n = its distinct content terms;
#: "evidence" of a shared term = -ln P(the term turns up by chance in that much unrelated text),
#: capped at EVIDENCE_CAP).
PARAGRAPH_FEATURES = (
    "evidence",  # Σ evidence of its terms some other text of the story uses
    "evidence_per_term",  # the same, / n
    "evidence_relative",  # evidence_per_term minus the story's median (how this story coheres)
    "story_evidence_median",  # that median
    "top1",  # evidence of its most telling shared term
    "second",  # evidence of its second most telling shared term: one shared word can be chance
    "top3",  # Σ evidence of its three most telling shared terms
    "top3_relative",  # top3 minus the story's median top3
    "missing",  # Σ -ln P(absent by chance) of its terms nobody else uses: common words left unshared
    "missing_per_term",
    "name_evidence",  # Σ evidence of its shared names
    "new_rare",  # share of its terms that are rare words nobody else in the story uses
    "new_rare_names",  # how many of those are names
    "neighbour_evidence",  # evidence shared with the two paragraphs either side
    "neighbour_evidence_per_term",
    "title_evidence",  # evidence shared with the title, description, headings and captions
    "title_evidence_per_term",
    "log_terms",  # ln n: more words, more evidence either way
    "log_story",  # ln(tokens of the rest of the story)
    "bridge",  # how much the paragraphs before and after share, beyond what either shares with it
    "previous_link",  # rare-term weight shared with the paragraph before
    "next_link",  # ... and with the one after
    "neighbours_link",  # ... between those two
    "at_edge",  # first or last paragraph: no bridge to measure
    "names_new",  # names nobody else in the story mentions, / n
    "new_speaker",  # it quotes someone, and every name outside the quotation is new to the story
    "names_shared",  # names it shares, at most 3
    "shared_thrice",  # share of its terms used by at least three other texts
    "story_median",  # the story's median share of terms shared
    "aside_block",  # it sits in a reader comment, an author box, a header or a link (see `apply`)
)
#: What the first pass (a score over PARAGRAPH_FEATURES alone) says of the story as a whole: a story
#: whose other paragraphs look off-topic too (a list of teasers, reader comments, an interview, a
#: feature that wanders) makes one more such paragraph less telling than a story that holds together.
STORY_FEATURES = (
    "others_above_1",  # share of the story's other judged paragraphs whose first-pass score passes 1
    "others_above_2",  # ... passes 2
    "log_judged",  # ln(judged paragraphs in the story)
)
_STORY_CUTS = (1, 2)
FEATURES = PARAGRAPH_FEATURES + STORY_FEATURES
EVIDENCE_CAP = 8.0

# Paragraphs that speak to the reader about the site rather than tell a story — credit lines, comment
# and newsletter notices, affiliate-link disclosures, "follow us" lines — are not judged: they belong
# to no story, so they are not "from another story" either (the rule files deal with them as junk).
# RE2: one linear pass however many phrases (Python's re took a tenth of a ms a paragraph here).
SITE_NOTICE = re2.compile(
    r"(?i)contributed to this (?:report|story|article)|^(?:additional )?reporting by\b|\bediting by\b"
    r"|join the conversation|comments? section|leave a comment|letters? to the editor|tell us what you think"
    r"|let us know (?:in|down|below|what)|\bfollow (?:us|him|her|me)\b(?: on\b)?"
    r"|\b(?:sign up|subscribe)\b[^.]{0,60}\bnewsletter|\bnewsletter\b[^.]{0,60}\b(?:sign up|subscribe|anmelden|abonnier)"
    r"|\baffiliate[- ]?links?\b|\bpartnerlinks?\b|\bspendenbutton|^[^.]{0,40}\bcorrections?:"
    r"|[\w.+-]+@[\w-]+\.[a-z]{2,}|https?://|^@\w{2,}"
)


def is_site_notice(text: str) -> bool:
    return bool(SITE_NOTICE.search(text))


# A quotation: text between double quotes of any of the usual kinds.
_QUOTATION = re.compile(r"[“„«»\"][^“”„«»\"]{8,}[”“«»\"]")


def _new_speaker(text: str, used: dict) -> bool:
    """A quotation attributed to someone the rest of the story never names ("..., Asakawa was quoted
    as saying"): the names outside the quotation marks are all new. Stories introduce new speakers
    too, so this only adds to the score."""
    # A comma where the quotation was: the name right after it ("...,” Asakawa said) starts no
    # sentence (nor does it start the text: "and" goes before, a word too short to be a term).
    outside = _QUOTATION.sub(" , ", text)
    if outside == text:
        return False
    names = text_terms("and " + outside).names
    return bool(names) and all(used.get(t, 0) <= 1 for t in names)


def _median(values: list[float]) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def features(context: list[str], paragraphs: list[str], lang: str | None = None, asides=frozenset()) -> list[dict | None]:
    """FEATURES of each paragraph (None for the ones not judged). Pure function of the texts.
    ``asides``: indices of the paragraphs that sit in comment, author, header or link blocks."""
    return add_story_features(paragraph_features(context, paragraphs, lang, asides))


def add_story_features(rows: list[dict | None], weights: dict | None = None, intercept: float | None = None) -> list[dict | None]:
    """Add STORY_FEATURES to rows of PARAGRAPH_FEATURES (in place), from first-pass scores."""
    weights = FIRST_WEIGHTS if weights is None else weights
    intercept = FIRST_INTERCEPT if intercept is None else intercept
    first = [intercept + sum(weights[k] * r[k] for k in PARAGRAPH_FEATURES) for r in rows if r is not None]
    n = len(first)
    log_judged = math.log(n) if n else 0.0
    counts = [sum(1 for x in first if x > cut) for cut in _STORY_CUTS]
    k = 0
    for r in rows:
        if r is None:
            continue
        mine, k = first[k], k + 1
        others = max(n - 1, 1)
        for cut, count in zip(_STORY_CUTS, counts):
            r[f"others_above_{cut}"] = (count - (mine > cut)) / others
        r["log_judged"] = log_judged
    return rows


def paragraph_features(context: list[str], paragraphs: list[str], lang: str | None = None, asides=frozenset()) -> list[dict | None]:
    """PARAGRAPH_FEATURES of each paragraph (None for the ones not judged)."""
    freq = background(lang) if lang else None
    default = RARE_FREQUENCY if freq else UNKNOWN_FREQUENCY
    para = [text_terms(p) for p in paragraphs]
    ctx = [text_terms(t) for t in context]
    judged = [is_judgeable(p) and not is_site_notice(p) for p in paragraphs]
    ctx_union: set[str] = set().union(*(c.terms for c in ctx)) if ctx else set()
    used: dict[str, int] = {}  # term -> number of texts (context and paragraphs) using it
    for t in ctx_union:
        used[t] = 1
    word_used: dict[str, int] = {}  # the same, by word as written
    for c in ctx:
        for _, w in c.words:
            word_used[w] = 1
    for p in para:
        for t in p.terms:
            used[t] = used.get(t, 0) + 1
        for _, w in p.words:
            word_used[w] = word_used.get(w, 0) + 1
    prob: dict[str, float] = {}
    for t in used:
        f = freq.get(t, default) if freq else default
        prob[t] = min(f, 0.2)
    total_tokens = sum(p.tokens for p in para) + sum(c.tokens for c in ctx)

    def evidence(term: str, tokens: int) -> float:
        chance = -math.expm1(-tokens * prob[term])
        return min(-math.log(max(chance, 1e-12)), EVIDENCE_CAP)

    def rare_weight(term: str) -> float:
        """0 for common words, up to about 3 for rare ones (−log10 frequency beyond 3.5)."""
        return max(0.0, -math.log10(prob[term]) - 3.5)

    def link(a: int, b: int) -> float:
        if a < 0 or b >= len(para):
            return 0.0
        return sum(rare_weight(t) for t in para[a].terms & para[b].terms)

    shares = [sum(1 for t in p.terms if used[t] > 1) / len(p.terms) if p.terms else 0.0 for p in para]
    rows: list[dict | None] = []
    for i, p in enumerate(para):
        if not judged[i] or not p.terms:
            rows.append(None)
            continue
        n = len(p.terms)
        rest_tokens = max(total_tokens - p.tokens, 1)
        shared_evidence = []
        missing = name_evidence = 0.0
        new_rare = new_rare_names = names_shared = thrice = 0
        # Terms some other text uses in the very same spelling; the rest share only a stem
        # ("profound" and "profoundly"), which is weaker: their evidence counts half.
        exact = {t for t, w in p.words if word_used[w] > 1}
        for t in p.terms:
            others = used[t] - 1
            if others > 0:
                e = evidence(t, rest_tokens) * (1.0 if t in exact or t.isdigit() else 0.25)
                shared_evidence.append(e)
                if t in p.names:
                    name_evidence += e
                    names_shared += 1
                if others > 2:
                    thrice += 1
            else:
                missing -= math.log1p(-min(-math.expm1(-rest_tokens * prob[t]), 0.999))
                if prob[t] < NEW_RARE_BELOW:
                    new_rare += 1
                    if t in p.names:
                        new_rare_names += 1
        shared_evidence.sort(reverse=True)
        near: set[str] = set()
        near_tokens = 0
        for j in range(max(0, i - 2), min(len(para), i + 3)):
            if j != i:
                near |= para[j].terms
                near_tokens += para[j].tokens
        ctx_tokens = sum(c.tokens for c in ctx)
        neighbour = sum(evidence(t, max(near_tokens, 1)) for t in p.terms & near)
        title = sum(evidence(t, max(ctx_tokens, 1)) for t in p.terms & ctx_union)
        previous, following = link(i - 1, i), link(i, i + 1)
        at_edge = i == 0 or i == len(para) - 1
        across = 0.0 if at_edge else link(i - 1, i + 1)
        total = sum(shared_evidence)
        rows.append(
            {
                "evidence": total,
                "evidence_per_term": total / n,
                "top1": shared_evidence[0] if shared_evidence else 0.0,
                "second": shared_evidence[1] if len(shared_evidence) > 1 else 0.0,
                "top3": sum(shared_evidence[:3]),
                "missing": missing,
                "missing_per_term": missing / n,
                "name_evidence": name_evidence,
                "new_rare": new_rare / n,
                "new_rare_names": new_rare_names,
                "neighbour_evidence": neighbour,
                "neighbour_evidence_per_term": neighbour / n,
                "title_evidence": title,
                "title_evidence_per_term": title / n,
                "log_terms": math.log(n),
                "log_story": math.log(rest_tokens),
                "bridge": 0.0 if at_edge else across - max(previous, following),
                "previous_link": previous,
                "next_link": following,
                "neighbours_link": across,
                "at_edge": 1.0 if at_edge else 0.0,
                "names_new": (len(p.names) - names_shared) / n,
                "new_speaker": 1.0 if _new_speaker(paragraphs[i], used) else 0.0,
                "names_shared": min(names_shared, 3),
                "shared_thrice": thrice / n,
                "aside_block": 1.0 if i in asides else 0.0,
            }
        )
    judged_rows = [r for r in rows if r is not None]
    evidence_median = _median([r["evidence_per_term"] for r in judged_rows])
    top3_median = _median([r["top3"] for r in judged_rows])
    share_median = _median([shares[i] for i, r in enumerate(rows) if r is not None])
    for r in judged_rows:
        r["evidence_relative"] = r["evidence_per_term"] - evidence_median
        r["story_evidence_median"] = evidence_median
        r["top3_relative"] = r["top3"] - top3_median
        r["story_median"] = share_median
    return rows


# Two logistic scores, both fitted on paragraphs spliced into half of the development corpus and
# checked on the other half (`python -m bench.stray_quality --fit` prints them; the bench measures
# both halves). The first pass weighs PARAGRAPH_FEATURES alone; what it makes of the other paragraphs
# of the story gives STORY_FEATURES; the second weighs all FEATURES. A paragraph whose second score
# passes THRESHOLD is flagged; the threshold trades recall for genuine paragraphs flagged.
FIRST_WEIGHTS = {
    "evidence": -0.1178,
    "evidence_per_term": 0.4603,
    "evidence_relative": 0.4944,
    "story_evidence_median": 0.2143,
    "top1": 0.0717,
    "second": 0.5507,
    "top3": -0.2238,
    "top3_relative": -0.1989,
    "missing": -0.0271,
    "missing_per_term": 0.0368,
    "name_evidence": -0.0201,
    "new_rare": -1.0777,
    "new_rare_names": 0.3025,
    "neighbour_evidence": -0.1476,
    "neighbour_evidence_per_term": 0.4212,
    "title_evidence": -0.1043,
    "title_evidence_per_term": -0.9576,
    "log_terms": 3.3511,
    "log_story": -1.0451,
    "bridge": -0.2572,
    "previous_link": -0.1942,
    "next_link": 0.2027,
    "neighbours_link": 0.3458,
    "at_edge": -0.4609,
    "names_new": 1.7056,
    "new_speaker": 0.4991,
    "names_shared": -0.7299,
    "shared_thrice": -6.0916,
    "story_median": 7.4034,
    "aside_block": -0.3083,
}
FIRST_INTERCEPT = -3.4505
WEIGHTS = {
    "evidence": -0.1164,
    "evidence_per_term": 0.2729,
    "evidence_relative": 0.2320,
    "story_evidence_median": 0.3191,
    "top1": 0.0102,
    "second": 0.4950,
    "top3": -0.1859,
    "top3_relative": -0.1490,
    "missing": 0.0144,
    "missing_per_term": -1.2538,
    "name_evidence": -0.0481,
    "new_rare": -1.1333,
    "new_rare_names": 0.2225,
    "neighbour_evidence": -0.1467,
    "neighbour_evidence_per_term": 0.3167,
    "title_evidence": -0.0801,
    "title_evidence_per_term": -1.3549,
    "log_terms": 2.8351,
    "log_story": -0.1469,
    "bridge": -0.2604,
    "previous_link": -0.1595,
    "next_link": 0.1924,
    "neighbours_link": 0.2578,
    "at_edge": -0.8431,
    "names_new": 3.0242,
    "new_speaker": 0.8865,
    "names_shared": -0.6958,
    "shared_thrice": -3.9268,
    "story_median": 6.6382,
    "aside_block": -0.4463,
    "others_above_1": -10.3923,
    "others_above_2": -5.7841,
    "log_judged": -2.2951,
}
INTERCEPT = 0.8898
THRESHOLD = 2.86


@dataclass(frozen=True)
class Verdict:
    """How one paragraph fared against the rest of its story."""

    index: int
    judged: bool  # long enough, in a story long enough, to judge (and not a notice about the site)
    score: float  # higher: less like the rest of the story
    stray: bool
    features: dict
    why: str = ""


def score_of(feats: dict) -> float:
    return INTERCEPT + sum(WEIGHTS[k] * feats[k] for k in FEATURES)


def judge(
    context: list[str], paragraphs: list[str], threshold: float | None = None, lang: str | None = None, asides=frozenset()
) -> list[Verdict]:
    """Score each paragraph against the story without it.

    ``context``: title, description, captions, headings — story text that is not a paragraph.
    ``paragraphs``: the story's paragraphs in order. ``lang``: the page's declared language, if any
    (the story's own words decide where they clearly say which). ``asides``: indices of paragraphs
    whose markup puts them in a reader comment, an author box, a header or a link (see `apply`).
    """
    threshold = THRESHOLD if threshold is None else threshold
    feats = features(context, paragraphs, story_language(paragraphs, lang), asides)
    enough = sum(1 for f in feats if f is not None) >= MIN_PARAGRAPHS
    verdicts = []
    for i, f in enumerate(feats):
        if f is None or not enough:
            verdicts.append(Verdict(i, False, 0.0, False, f or {}))
            continue
        score = score_of(f)
        stray = score > threshold
        why = ""
        if stray:
            why = (
                f"shares {f['names_shared']} names and little else with the rest of the story "
                f"(its most telling shared term weighs {f['top1']:.1f} of {EVIDENCE_CAP:.0f}); score {score:.1f}"
            )
        verdicts.append(Verdict(i, True, score, stray, f, why))
    return verdicts


# -- the page -------------------------------------------------------------------------------------
def story_paragraphs(page) -> tuple[object, list]:
    """(container, paragraphs) of the story: the article element's ``<p>``s, or — when the page has no
    article element — those of the element holding most paragraph text."""
    container = page.article
    if container is None or sum(1 for p in container.iter("p") if len(page.text(p)) >= 40) < 3:
        from .detect.blocks import densest_container

        densest = densest_container(page, [p for p in page.body.iter("p") if len(page.text(p)) >= 40])
        if densest is not None:
            container = densest
    if container is None:
        return None, []
    paragraphs = []
    for p in container.iter("p"):
        if any(a.tag in ("aside", "nav", "footer", "figure", "figcaption", "form") for a in _ancestors_below(p, container)):
            continue
        text = page.text(p)
        if not text or page.link_text_share(p) > 0.5:
            continue
        if any(c.tag == "p" for c in p.iterdescendants()):
            continue
        paragraphs.append(p)
    return container, paragraphs


# Blocks inside the story's container that are not the story proper: reader comments, the author's
# box, the byline header, teaser links. What their paragraphs say often shares little with the story
# without coming from another one, so where they sit is a feature of its own (aside_block); they are
# still judged: a paragraph from elsewhere can land there too.
_NOT_STORY_BLOCK = re.compile(
    r"(?:^|[-_])(?:comments?|commentlist|kommentare?|comentarios?|commentaires?|"
    r"author-?(?:box|bio|info|section|details|description)|about-?(?:the-)?author|byline)(?:$|[-_])",
    re.IGNORECASE,
)
_NOT_STORY_TAGS = frozenset(("header", "a"))


def _in_aside_block(p, container) -> bool:
    for el in (p, *_ancestors_below(p, container)):
        if el.tag in _NOT_STORY_TAGS:
            return True
        for name in f"{el.get('class') or ''} {el.get('id') or ''}".split():
            if _NOT_STORY_BLOCK.search(name):
                return True
    return False


def _ancestors_below(el, top):
    for a in el.iterancestors():
        if a is top:
            return
        yield a


def story_context(page, container) -> list[str]:
    """Texts of the story that are not paragraphs: title, description, headings, captions."""
    out = []
    root = page.root
    title = root.find(".//title")
    if title is not None and title.text:
        out.append(normalise(title.text_content()))
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or "").lower()
        if key in ("og:title", "og:description", "description", "twitter:title", "twitter:description", "keywords", "news_keywords"):
            if m.get("content"):
                out.append(normalise(m.get("content")))
    for h in root.iter("h1"):
        out.append(page.text(h))
        break
    if container is not None:
        for el in container.iter("h2", "h3", "figcaption", "li"):
            text = page.text(el)
            # Text that holds story paragraphs would let a paragraph vouch for itself.
            if text and next(el.iter("p"), None) is None:
                out.append(text)
    return out


def apply(page, action: str, report: Report, guard=None) -> list[Verdict]:
    """Flag (``mark``) or remove (``remove``) the story paragraphs that belong to other stories. A
    paragraph the page's guard holds back (with the page's other removals it would take more than
    the guard's share) is flagged instead."""
    container, paragraphs = story_paragraphs(page)
    if len(paragraphs) < MIN_PARAGRAPHS:
        return []
    texts = [page.text(p) for p in paragraphs]
    asides = frozenset(i for i, p in enumerate(paragraphs) if _in_aside_block(p, container))
    verdicts = judge(story_context(page, container), texts, lang=page.root.get("lang"), asides=asides)
    for verdict, el in zip(verdicts, paragraphs):
        if not verdict.stray:
            continue
        reason = f"{REASON} ({verdict.why})"
        described = describe_element(el)
        removing = action == "remove"
        if removing and guard is not None:
            take = guard.take_of(el)
            held = guard.admits([take])
            if held:
                removing = False
                reason += f"; only flagged: {held}"
            else:
                guard.record(take)
        if removing:
            page.forget_text_around(el)
            el.drop_tree()
        else:
            classes = (el.get("class") or "").split()
            if MARK_CLASS not in classes:
                el.set("class", " ".join([*classes, MARK_CLASS]))
            el.set("data-newsclean", RULE_ID)
            el.set("title", f"newsclean: {REASON}")
        report.removals.append(
            Removal(rule=RULE_ID, reason=reason, action="remove" if removing else "mark", element=described, text=snippet(texts[verdict.index]))
        )
    return verdicts
