"""The junk detector: judges the blocks in and right after the story by shape and role.

It runs after the rules, on what they left. The story's prose paragraphs are never candidates; the
blocks between and after them are measured (signals.py), scored per kind of junk (score.py), and
removed at the remove threshold or marked at the mark threshold. A block that is not junk as a
whole is looked into (its child blocks are judged in turn). The guard holds over everything the
detector takes from a page together, and blocks a `keep` rule protects are never touched.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..page import readable_text
from ..report import SNIPPET_CHARS, Removal, RuleOutcome, describe_element, snippet
from . import blocks, score, signals

RULE_ID = "detect"
REASON = "Junk found by its shape and role (detector)"
GUARD_MIN_CHARS = 100


@dataclass(frozen=True)
class Settings:
    enabled: bool = True
    remove: float = score.REMOVE
    mark: float = score.MARK


@dataclass
class Finding:
    el: object
    signals: signals.Signals
    score: score.Score
    action: str  # remove | mark


def find(page, settings: Settings = Settings(), story=False) -> list[Finding]:
    """What the detector would do to the page, without doing it."""
    if story is False:
        story = blocks.find_story(page)
    if story is None:
        return []
    found: list[Finding] = []
    measured = [(b, signals.measure(page, b.el, b.position)) for b in story.blocks]
    signals.repeated_texts([s for _b, s in measured])
    queue = measured
    while queue:
        later = []
        for block, sig in queue:
            best = score.best(sig)
            if best.points >= settings.remove:
                if sig.words <= BIG_BLOCK:
                    found.append(Finding(block.el, sig, best, "remove"))
                    continue
                # A big block: only the parts that hold the evidence go; if it cannot be cut so,
                # it is marked, never taken whole (story text may share its wrapper with junk).
                smaller = _junk_parts(page, block, sig, settings)
                found.extend(smaller if smaller is not None else [Finding(block.el, sig, best, "mark")])
                continue
            inner = blocks.parts(block) if sig.words > 0 else []
            if inner:  # not junk as a whole: perhaps a part of it is
                later.extend((b, signals.measure(page, b.el, b.position)) for b in inner)
            elif best.points >= settings.mark:
                found.append(Finding(block.el, sig, best, "mark"))
        if later:
            signals.repeated_texts([s for _b, s in later])
        queue = later
    return found


BIG_BLOCK = 40  # words: a junk block bigger than this is looked into for the parts that hold the evidence


def _junk_parts(page, block, sig, settings) -> list | None:
    """The smallest blocks that hold the evidence. When a part of a junk block is junk on its own,
    only that part goes, with its companions (empty boxes; a short line beside an ad slot; a line
    with the same kind's words): junk put into a wrapper of the story's must not take the story's
    subheading or short paragraphs with it. None: the block goes whole (its evidence is spread
    over its parts, as a box's title and its links are)."""
    inner = blocks.parts(block, limit=8)
    if len(inner) < 2:
        return None
    judged = [(b, signals.measure(page, b.el, b.position)) for b in inner]
    signals.repeated_texts([s for _b, s in judged])
    scored = [(b, s, score.best(s)) for b, s in judged]
    junk = [(b, s, best) for b, s, best in scored if best.points >= settings.remove]
    if not junk:
        return None
    kinds = {best.kind for _b, _s, best in junk}
    out, left = [], signals.words_in(" ".join(t for t in (block.el.text, *(c.tail for c in block.el)) if t))
    for b, s, best in scored:
        if best.points >= settings.remove:
            smaller = _junk_parts(page, b, s, settings)
            out.extend(smaller if smaller is not None else [Finding(b.el, s, best, "remove")])
        elif _companion(s, kinds):
            out.append(Finding(b.el, s, best, "remove"))
        else:
            left += s.words
    return out if left else None  # nothing of the story's left in it: the block goes whole


def _companion(s: signals.Signals, kinds: set) -> bool:
    if not s.words and not s.media:
        return True  # an empty box
    short_line = s.words <= 6 and not s.links and not s.sentences and not s.media
    if short_line and "ad" in kinds:
        return True  # a slot's label, whatever its words
    return short_line and any(k in s.vocab for k in kinds)


def apply(page, settings: Settings, report, mark_class: str, guard_share: float) -> list[Finding]:
    """Remove or mark what `find` finds, within the guard; record each in the report."""
    outcome = RuleOutcome(rule=RULE_ID, reason=REASON, description=f"blocks in and after the story scoring {settings.remove:g}+ go, {settings.mark:g}+ are marked")
    report.rules.append(outcome)
    if not settings.enabled:
        outcome.note = "switched off for this site"
        return []
    story = blocks.find_story(page)
    findings = find(page, settings, story)
    outcome.matched = len(findings)
    kept, notes = [], []
    for f in findings:
        if not page.is_attached(f.el):
            continue
        inside = story is not None and any(a is story.container for a in f.el.iterancestors())
        if not inside and page.is_guarded(f.el):
            notes.append(f"guard: would remove the page's {describe_element(f.el)}")
        elif page.protected and page.is_protected(f.el):
            notes.append(f"protected by a keep rule: {describe_element(f.el)}")
        else:
            kept.append(f)
    # The guard over all the detector takes: the prose it would remove, against the story's.
    removing = [f for f in kept if f.action == "remove"]
    taken = sum(len(page.text(p)) for f in removing for p in f.el.iter("p") if blocks.is_prose(page, p))
    if story is not None and taken > GUARD_MIN_CHARS:
        total = sum(len(page.text(p)) for p in story.prose)
        if taken > guard_share * total:
            notes.append(f"guard: not applied, it would remove prose of {taken / total:.0%} of the story's size (limit {guard_share:.0%})")
            kept = [f for f in kept if f.action != "remove"]
    for f in kept:
        described = describe_element(f.el)
        text = readable_text(f.el, limit=SNIPPET_CHARS)
        if f.action == "remove":
            page.forget_text_around(f.el)
            f.el.drop_tree()
        else:
            classes = (f.el.get("class") or "").split()
            if mark_class not in classes:
                f.el.set("class", " ".join([*classes, mark_class]))
            f.el.set("data-newsclean", RULE_ID)
            f.el.set("title", f"newsclean: {f.score.kind} ({f.score.points:.1f})")
        outcome.applied += 1
        report.removals.append(
            Removal(f"{RULE_ID}:{f.score.kind}", f"{REASON}: {f.score.explain()}", f.action, described, snippet(text))
        )
    outcome.note = "; ".join(notes) if notes else ("" if findings else "no block scored high enough")
    return kept
