"""Stray paragraphs: paragraphs of other stories dropped into this one.

The seed page carries two ("It has been a profound honor to serve as President of ADB," Asakawa ...
and "Miguel Mapa, founder and chief executive of Nextnorth Holdings Corp. ..."). Nothing in their
markup sets them apart, only their words: the names in them appear nowhere else in the story, and
their terms are not the story's terms. So each paragraph of the article is scored against the rest of
the story (title, description, captions, the other paragraphs): how much of what it talks about —
names, terms, quoted words — the rest of the story also talks about. A paragraph the rest of the story
shares (almost) nothing specific with is flagged.

The story itself is the reference: no corpus statistics and no language model ship with this, only a
short list of function words per common language and fifteen weights (a logistic score over the
measures in FEATURES, fitted by `python -m bench.stray_quality --fit`). One tokenisation per
paragraph and set lookups: a few ms for a long article.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

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
_SENTENCE_END = re.compile(r"[.!?:;„“”\"«»—–(]\s*$")

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
def _stem(word: str) -> str:
    """A crude, language-agnostic stem: plural -s and possessives off, then the first 6 letters.

    Crude on purpose: it only has to make `jails`/`jail`, `citizens`/`citizenship`, `Regierung`/
    `Regierungen` meet, and it costs nothing.
    """
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:6]


def terms_of(text: str) -> tuple[set[str], set[str]]:
    """(content terms, names) of a text. Names are capitalised words not starting a sentence, acronyms
    and numbers of 3+ digits; terms are every content word (names included), stemmed."""
    terms: set[str] = set()
    names: set[str] = set()
    prev_end = 0
    for m in _TOKEN.finditer(text):
        word = m.group(0).strip(".-'’")
        if not word:
            continue
        if _CJK.search(word):
            for run in _CJK_RUN.findall(word):
                terms.update(run[i : i + 2] for i in range(max(1, len(run) - 1)))
            prev_end = m.end()
            continue
        folded = word.casefold()
        if folded.endswith(("'s", "’s")):
            folded = folded[:-2]
        if word[0].isdigit():
            digits = re.sub(r"\D", "", word)
            if len(digits) >= 3 and not (len(digits) == 4 and digits[:2] in ("19", "20")):
                names.add(digits)
                terms.add(digits)
            prev_end = m.end()
            continue
        starts_sentence = prev_end == 0 or bool(_SENTENCE_END.search(text[max(0, prev_end - 3) : m.start()]))
        prev_end = m.end()
        if len(folded) <= 3 and not (word.isupper() and len(word) >= 2):
            continue
        if folded in STOPWORDS:
            continue
        stem = _stem(folded)
        terms.add(stem)
        if word[0].isupper() and (not starts_sentence or word.isupper()) and len(word) >= 2:
            names.add(stem)
    return terms, names


def is_judgeable(text: str) -> bool:
    if len(_CJK.findall(text)) >= MIN_CJK_CHARS:
        return True
    return len(text.split()) >= MIN_WORDS


# -- scoring --------------------------------------------------------------------------------------
#: What is measured of each paragraph against the rest of its story (n = its distinct content terms).
FEATURES = (
    "shared",  # share of its terms that some other text of the story uses
    "shared_twice",  # share used by at least two other texts
    "shared_thrice",  # share used by at least three: the story's recurring terms
    "relative",  # shared, over the median of the story's other paragraphs (how this story coheres)
    "story_median",  # that median
    "neighbours",  # share of its terms the two paragraphs either side use
    "title",  # share of its terms in the title, description, headings and captions
    "weighted",  # Σ log(1 + other texts using the term) / n: common story terms count more
    "closest",  # the most terms it shares with any one other paragraph, / n
    "closest_count",  # the same, as a count
    "shared_count",  # terms shared, as a count
    "names_shared",  # names (capitalised words, acronyms, numbers) it shares, at most 3
    "names_new",  # names nobody else in the story mentions, / n
    "log_terms",  # log n: more words, more evidence
    "words",  # length in words / 50
)

# Logistic weights over FEATURES (and the intercept), fitted once on paragraphs spliced into half of
# the development corpus and checked on the other half (bench/stray_quality.py measures both). A
# paragraph whose score passes THRESHOLD is flagged; the threshold trades recall for genuine
# paragraphs flagged.
WEIGHTS = {
    "shared": -0.0002,
    "shared_twice": -0.2490,
    "shared_thrice": -4.5399,
    "relative": -1.0629,
    "story_median": 6.8557,
    "neighbours": -4.5919,
    "title": -2.8854,
    "weighted": -1.6953,
    "closest": -2.1957,
    "closest_count": -0.5974,
    "shared_count": -0.1106,
    "names_shared": -0.4599,
    "names_new": 3.0296,
    "log_terms": 1.2136,
    "words": 0.7187,
}
INTERCEPT = -2.7665
THRESHOLD = 2.5


@dataclass(frozen=True)
class Verdict:
    """How one paragraph fared against the rest of its story."""

    index: int
    judged: bool  # long enough, in a story long enough, to judge
    score: float  # higher: less like the rest of the story
    stray: bool
    features: dict
    why: str = ""


def features(context: list[str], paragraphs: list[str]) -> list[dict | None]:
    """FEATURES of each paragraph (None for the ones too short to judge). Pure function of the texts."""
    para = [terms_of(p) for p in paragraphs]
    judged = [is_judgeable(p) for p in paragraphs]
    ctx_sets = [terms_of(t)[0] for t in context]
    ctx_union: set[str] = set().union(*ctx_sets) if ctx_sets else set()
    used: dict[str, int] = {}  # term -> number of texts (context and paragraphs) using it
    for terms in ctx_sets:
        for t in terms:
            used[t] = used.get(t, 0) + 1
    for terms, _ in para:
        for t in terms:
            used[t] = used.get(t, 0) + 1
    shares = []
    for terms, _ in para:
        shares.append(sum(1 for t in terms if used[t] > 1) / len(terms) if terms else 0.0)
    judged_shares = sorted(shares[j] for j in range(len(para)) if judged[j])
    # Which paragraphs hold each term: overlaps are counted from these lists, not pair by pair.
    holders: dict[str, list[int]] = {}
    for j, (terms, _) in enumerate(para):
        for t in terms:
            holders.setdefault(t, []).append(j)
    out: list[dict | None] = []
    for i, (terms, names) in enumerate(para):
        if not judged[i] or not terms:
            out.append(None)
            continue
        n = len(terms)
        others = {t: used[t] - 1 for t in terms}
        shared = sum(1 for t in terms if others[t] > 0)
        near: set[str] = set()
        for j in range(max(0, i - 2), min(len(para), i + 3)):
            if j != i:
                near |= para[j][0]
        overlap: dict[int, int] = {}
        for t in terms:
            for j in holders[t]:
                overlap[j] = overlap.get(j, 0) + 1
        overlap.pop(i, None)
        closest = max(overlap.values(), default=0)
        median = _median_without(judged_shares, shares[i])
        names_shared = sum(1 for t in names if others[t] > 0)
        out.append(
            {
                "shared": shared / n,
                "shared_twice": sum(1 for t in terms if others[t] > 1) / n,
                "shared_thrice": sum(1 for t in terms if others[t] > 2) / n,
                "relative": (shared / n) / max(median, 0.05),
                "story_median": median,
                "neighbours": len(terms & near) / n,
                "title": len(terms & ctx_union) / n,
                "weighted": sum(math.log1p(others[t]) for t in terms if others[t] > 0) / n,
                "closest": closest / n,
                "closest_count": closest,
                "shared_count": shared,
                "names_shared": min(names_shared, 3),
                "names_new": (len(names) - names_shared) / n,
                "log_terms": math.log(n),
                "words": len(paragraphs[i].split()) / 50,
            }
        )
    return out


def _median_without(ordered: list[float], value: float) -> float:
    """The (upper) median of ``ordered`` with one occurrence of ``value`` taken out."""
    if len(ordered) < 2:
        return 0.5
    k = bisect.bisect_left(ordered, value)
    m = (len(ordered) - 1) // 2
    return ordered[m] if m < k else ordered[m + 1]


def score_of(feats: dict) -> float:
    return INTERCEPT + sum(WEIGHTS.get(k, 0.0) * v for k, v in feats.items())


def judge(context: list[str], paragraphs: list[str], threshold: float | None = None) -> list[Verdict]:
    """Score each paragraph against the story without it.

    ``context``: title, description, captions, headings — story text that is not a paragraph.
    ``paragraphs``: the story's paragraphs in order.
    """
    threshold = THRESHOLD if threshold is None else threshold
    feats = features(context, paragraphs)
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
                f"shares {f['shared_count']} of its {round(math.exp(f['log_terms']))} terms and "
                f"{f['names_shared']} names with the rest of the story; score {score:.1f}"
            )
        verdicts.append(Verdict(i, True, score, stray, f, why))
    return verdicts


# -- the page -------------------------------------------------------------------------------------
def story_paragraphs(page) -> tuple[object, list]:
    """(container, paragraphs) of the story: the article element's ``<p>``s, or — when the page has no
    article element — those of the element holding most paragraph text."""
    container = page.article
    if container is None or sum(1 for p in container.iter("p") if len(page.text(p)) >= 40) < 3:
        scores: dict = {}
        for p in page.body.iter("p"):
            size = len(page.text(p))
            if size < 40:
                continue
            parent = p.getparent()
            if parent is None:
                continue
            scores[parent] = scores.get(parent, 0) + size
            grand = parent.getparent()
            if grand is not None:
                scores[grand] = scores.get(grand, 0) + size / 2
        if scores:
            container = max(scores, key=scores.get)
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


def apply(page, action: str, report: Report) -> list[Verdict]:
    """Flag (``mark``) or remove (``remove``) the story paragraphs that belong to other stories."""
    container, paragraphs = story_paragraphs(page)
    if len(paragraphs) < MIN_PARAGRAPHS:
        return []
    texts = [page.text(p) for p in paragraphs]
    verdicts = judge(story_context(page, container), texts)
    for verdict, el in zip(verdicts, paragraphs):
        if not verdict.stray:
            continue
        reason = f"{REASON} ({verdict.why})"
        described = describe_element(el)
        if action == "remove":
            el.drop_tree()
        else:
            classes = (el.get("class") or "").split()
            if MARK_CLASS not in classes:
                el.set("class", " ".join([*classes, MARK_CLASS]))
            el.set("data-newsclean", RULE_ID)
            el.set("title", f"newsclean: {REASON}")
        report.removals.append(
            Removal(rule=RULE_ID, reason=reason, action="remove" if action == "remove" else "mark", element=described, text=snippet(texts[verdict.index]))
        )
    return verdicts
