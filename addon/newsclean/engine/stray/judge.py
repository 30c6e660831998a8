"""The stray detector's verdicts and what it does with them: the story's paragraphs and the rest of its
text taken from the page, each paragraph scored (the second logistic score over FEATURES, weights from
weights.json) and judged against THRESHOLD, and the ones from other stories marked or removed, each in
the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..book.kinds import MARK_CLASS  # the cleaner's MARK_STYLE dims it, as for the `mark` action
from ..page import normalise
from ..report import Removal, Report, describe_element, snippet
from .features import EVIDENCE_CAP, FEATURES, FITTED, features
from .terms import story_language

RULE_ID = "stray"
REASON = "Paragraph that shares no names or terms with the rest of the story: likely from another article"

# Stories shorter than this give too little to compare against.
MIN_PARAGRAPHS = 4

# A paragraph whose second score passes THRESHOLD is flagged; the threshold trades recall for genuine
# paragraphs flagged.
WEIGHTS, INTERCEPT, THRESHOLD = FITTED.weights, FITTED.intercept, FITTED.threshold


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



def story_paragraphs(page) -> tuple[object, list]:
    """(container, paragraphs) of the story: the article element's ``<p>``s, or — when the page has no
    article element — those of the element holding most paragraph text."""
    container = page.article
    if container is None or sum(1 for p in container.iter("p") if len(page.text(p)) >= 40) < 3:
        from ..detect.blocks import densest_container

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
        report.add(
            Removal(rule=RULE_ID, reason=reason, action="remove" if removing else "mark", element=described, text=snippet(texts[verdict.index])),
            el,
        )
    return verdicts
