"""What the stray detector measures of each paragraph against the rest of its story (a pure function
of the texts): PARAGRAPH_FEATURES — how much of what it talks about the rest of the story also talks
about, weighed by how rare each shared word is — and STORY_FEATURES, what a first score over those says
of the story's other paragraphs. The fitted weights of both scores are read from weights.json.
"""

from __future__ import annotations

import math
import re

import re2

from .terms import RARE_FREQUENCY, UNKNOWN_FREQUENCY, background, is_judgeable, text_terms
from .weights import load

# A term used this rarely or less that nobody else in the story uses: a name or a subject of its own.
NEW_RARE_BELOW = 1e-6

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

# Two logistic scores, both fitted on paragraphs spliced into half of the development corpus and
# checked on the other half (`python -m bench.stray_quality --fit` prints them; the bench measures
# both halves). The first pass weighs PARAGRAPH_FEATURES alone; what it makes of the other paragraphs
# of the story gives STORY_FEATURES; the second (judge.py) weighs all FEATURES. Read once from
# weights.json, their names checked against these.
FITTED = load(PARAGRAPH_FEATURES, FEATURES)
FIRST_WEIGHTS, FIRST_INTERCEPT = FITTED.first_weights, FITTED.first_intercept

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
