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
`python -m bench.stray_quality --fit`; they live in weights.json. One tokenisation per paragraph, set
and dict lookups: a few ms for a long article.

One way through, one module a stage: ``terms`` (text → terms and names; word frequencies; the story's
language) → ``features`` (what each paragraph shares with the rest of its story) → ``judge`` (the
score, the verdicts, and ``apply``, which marks or removes on the page). ``weights`` reads the fitted
weights.
"""

from __future__ import annotations

from .features import (
    EVIDENCE_CAP,
    FEATURES,
    FIRST_INTERCEPT,
    FIRST_WEIGHTS,
    NEW_RARE_BELOW,
    PARAGRAPH_FEATURES,
    SITE_NOTICE,
    STORY_FEATURES,
    add_story_features,
    features,
    is_site_notice,
    paragraph_features,
)
from .judge import (
    INTERCEPT,
    MIN_PARAGRAPHS,
    REASON,
    RULE_ID,
    THRESHOLD,
    WEIGHTS,
    Verdict,
    apply,
    judge,
    score_of,
    story_context,
    story_paragraphs,
)
from .terms import (
    MIN_CJK_CHARS,
    MIN_WORDS,
    RARE_FREQUENCY,
    STEM_LENGTH,
    STOPWORDS,
    UNKNOWN_FREQUENCY,
    Terms,
    background,
    is_judgeable,
    story_language,
    terms_of,
    text_terms,
)
from .weights import WeightsError

__all__ = [
    "EVIDENCE_CAP", "FEATURES", "FIRST_INTERCEPT", "FIRST_WEIGHTS", "INTERCEPT", "MIN_CJK_CHARS", "MIN_PARAGRAPHS",
    "MIN_WORDS", "NEW_RARE_BELOW", "PARAGRAPH_FEATURES", "RARE_FREQUENCY", "REASON", "RULE_ID", "SITE_NOTICE", "STEM_LENGTH",
    "STOPWORDS", "STORY_FEATURES", "THRESHOLD", "UNKNOWN_FREQUENCY", "WEIGHTS", "Terms", "Verdict", "WeightsError",
    "add_story_features", "apply", "background", "features", "is_judgeable", "is_site_notice", "judge",
    "paragraph_features", "score_of", "story_context", "story_language", "story_paragraphs", "terms_of",
    "text_terms",
]
