"""The junk detector: judges the blocks in and right after the story by shape and role.

It runs after the rules, on what they left. The story's prose paragraphs are never candidates; the
blocks between and after them are measured (signals.py), scored per kind of junk (score.py), and
removed at the remove threshold or marked at the mark threshold. A block that is not junk as a
whole is looked into (its child blocks are judged in turn). The guard holds over everything the
detector takes from a page together, and blocks a `keep` rule protects are never touched.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...rules import words
from ..guard import GUARD_MIN_CHARS, NOTHING, Guard
from ..page import readable_text
from ..report import SNIPPET_CHARS, Removal, RuleOutcome, describe_element, snippet
from . import blocks, cut, learned, look, marks, own, score, signals, targets
from .cut import Finding

RULE_ID = "detect"
REASON = "Junk found by its shape and role (detector)"


@dataclass(frozen=True)
class Settings:
    enabled: bool = True
    remove: float = score.REMOVE
    mark: float = score.MARK
    learned: bool | None = None  # the learned score beside the hand-set one (None: learned.IN_FORCE)


def scorer(settings: Settings):
    """The block scorer the settings ask for: the hand-set one, or the learned one beside it."""
    on = learned.IN_FORCE if settings.learned is None else settings.learned
    return learned.best if on else score.best


def find(page, settings: Settings = Settings(), story: "blocks.Story | None" = None) -> list[Finding]:
    """What the detector would do to the page, without doing it (``story``: found already)."""
    if story is None:
        story = blocks.find_story(page)
    if story is None:
        return []
    story.scorer = scorer(settings)
    story.marks = marks.Marks([story.container, *(b.el for b in story.blocks if b.outside)], page.raw)
    repeats = look.short_lines(page, [b.el for b in story.blocks])
    measured = [
        (b, signals.measured(page, story, b.el, b.position))
        for b in story.blocks
        if look.worth_measuring(page, b.el, repeats, story.marks, story)
    ]
    signals.repeated_texts([s for _b, s in measured])
    found: list[Finding] = []
    for block, sig in measured:
        judged = _judge(page, story, block, sig, settings, repeats)
        if story.short:
            # (a post of one paragraph: a list of links in it may be the post's own, and nothing
            # tells — boxes of links are left there; what a slot, a form or share buttons show goes)
            judged = [f for f in judged if f.score.kind != "teaser"]
        if block.outside and block.position == "before":
            # Ahead of the story (its byline, its date, its kicker beside the junk) only what is
            # sure goes: nothing there is dimmed.
            judged = [f for f in judged if f.action == "remove"]
        found.extend(judged)
    taken = {id(f.el) for f in found}
    for f in list(found):
        title = cut.box_title(page, story, f)
        if title is not None and id(title.el) not in taken:
            taken.add(id(title.el))
            found.append(title)
    return found


def _judge(page, story, block, sig, settings: Settings, repeats: dict) -> list[Finding]:
    """A block: junk as a whole (cut.judge says how much of it goes), or looked into when it holds
    evidence (its parts judged in turn), or marked when it scores between the thresholds and
    nothing inside it does."""
    best = story.scorer(sig)
    if best.points >= settings.remove:
        return cut.judge(page, story, block, sig, best, settings.remove)
    found: list[Finding] = []
    if sig.words > 0 and signals.has_evidence(sig):
        inner = [
            (b, signals.measured(page, story, b.el, b.position))
            for b in blocks.parts(block)
            if look.worth_measuring(page, b.el, repeats, story.marks, story)
        ]
        signals.repeated_texts([s for _b, s in inner])
        own = score.story_names(sig, targets.class_tokens(block.el))
        for b, s in inner:
            if own:  # a part of a box named as the story's own ("sources", "caption") is named so too
                s.tokens["story"] = sorted(set(s.tokens.get("story", ())) | own)
            found.extend(_judge(page, story, b, s, settings, repeats))
    # An ad's box whose label goes (a native ad's card: its advertiser, its title and "Sponsored"
    # in a box named for ads): the label says what the box is, and the box is cut as junk is —
    # whole, when what is left beside the label is no line of the story's.
    if best.kind == "ad" and "ad" in sig.tokens and any(_ad_label(f) for f in found):
        return cut.judge(page, story, block, sig, best, settings.remove)
    # Marked whole when nothing inside it goes and nothing inside it is surer than it (a box's
    # title and its list marked together, not the list alone).
    if best.points >= settings.mark and all(f.action == "mark" and f.score.points <= best.points for f in found):
        return [Finding(block.el, sig, best, "mark")]
    return found


def _ad_label(f: Finding) -> bool:
    """A finding that is an ad's label going: a short line, no link, scored as an ad."""
    return f.action == "remove" and f.score.kind == "ad" and 0 < f.signals.words <= 6 and not f.signals.links


def apply(page, settings: Settings, report, mark_class: str, guard: "Guard | float") -> list[Finding]:
    """Remove or mark what `find` finds, within the guard (the page's, which holds over the rules'
    removals too; or its share, for a page of its own); record each in the report."""
    if not isinstance(guard, Guard):
        guard = Guard(page, guard)
    outcome = RuleOutcome(rule=RULE_ID, reason=REASON, description=f"blocks in and after the story scoring {settings.remove:g}+ go, {settings.mark:g}+ are marked")
    report.rules.append(outcome)
    if not settings.enabled:
        outcome.note = "switched off for this site"
        return []
    story = blocks.find_story(page)
    findings = find(page, settings, story) if story is not None else []
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
    kept, held = _within_guard(page, story, kept, guard.share)
    if held:
        notes.append(
            f"guard: {held} removal(s) only marked: the detector's removals together would take more than"
            f" {guard.share:.0%} of the story's size"
        )
    kept, takes, held_by_page = _within_page(guard, kept)
    if held_by_page:
        notes.append(
            f"guard: {held_by_page} removal(s) only marked: with the page's other removals they would take"
            f" more than {guard.share:.0%} of the page's text"
        )
    outcome.held = held + held_by_page
    for f in kept:
        described = describe_element(f.el)
        text = readable_text(f.el, limit=SNIPPET_CHARS)
        if f.action == "remove":
            guard.record(takes[id(f)])
            page.forget_text_around(f.el)
            f.el.drop_tree()
        else:
            classes = (f.el.get("class") or "").split()
            if mark_class not in classes:
                f.el.set("class", " ".join([*classes, mark_class]))
            f.el.set("data-newsclean", RULE_ID)
            f.el.set("title", f"newsclean: {f.score.kind} ({f.score.points:.1f})")
        outcome.applied += 1
        report.add(
            Removal(f"{RULE_ID}:{f.score.kind}", f"{REASON}: {f.score.explain()}", f.action, described, snippet(text)),
            f.el,
        )
    outcome.note = "; ".join(notes) if notes else ("" if findings else "no block scored high enough")
    return kept


def _within_page(guard: Guard, findings: list[Finding]) -> tuple[list[Finding], dict, int]:
    """The page's guard over the removals left, surest first: with what the rules took already, a
    removal that would pass the page's share is marked instead.
    (findings, what each removal takes by id, how many were held back)"""
    takes: dict = {}
    held = set()
    admitted = NOTHING  # what the removals let through so far take together
    for f in sorted((f for f in findings if f.action == "remove"), key=lambda f: -f.score.points):
        take = guard.take_of(f.el)
        if guard.admits([admitted, take]):
            held.add(id(f))
        else:
            takes[id(f)] = take
            admitted = admitted + take
    if held:
        findings = [Finding(f.el, f.signals, f.score, "mark") if id(f) in held else f for f in findings]
    return findings, takes, len(held)


def _take(f: Finding) -> int:
    """What a removal takes that could be somebody's text: its words outside links."""
    return max(0, f.signals.chars - f.signals.link_chars)


# What a removal's words count against the story's share when it is a box of its own — after the
# story, or named for junk by its own class or id — and its text shares no telling word with the
# story's prose (its names and terms): a newsletter's blurb, an ad card's pitch, a box of other
# stories, text from elsewhere. A block among the story's paragraphs that is not named so may be
# the story's own box with junk put in (its line is the story's whatever words it uses): it counts
# whole, as does text that shares the story's terms or is written without spaces (no words to
# compare there).
FOREIGN_WEIGHT = 0.25
# (a story found as one paragraph may be one found wrong — a how-to's steps beside its lead, each too
# short to be prose: what comes after it is the story's, and its words count whole)
FOREIGN_MIN_PROSE = 2


def _story_take(page, story, f: Finding) -> float:
    take = _take(f)
    sig = f.signals
    if (
        take and len(story.prose) >= FOREIGN_MIN_PROSE
        and (sig.position in ("after", "end") or not _JUNK_KINDS.isdisjoint(sig.own_tokens))
        and words.UNSPACED.search(sig.text) is None and not own.shares_story_words(page, story, sig.text)
    ):
        return take * FOREIGN_WEIGHT
    return take


_JUNK_KINDS = frozenset(targets.JUNK_KINDS)


def _within_guard(page, story, findings: list[Finding], guard_share: float) -> tuple[list[Finding], int]:
    """The guard over all the detector takes from a page: the words outside links it removes, against
    the story's prose. Removals are taken surest first (highest score, then least text); those that
    would pass the limit are marked instead, so the reader still sees them (dimmed) and the report
    says they were held back. (findings, how many were held back)"""
    removing = [f for f in findings if f.action == "remove"]
    if story is None or sum(_take(f) for f in removing) <= GUARD_MIN_CHARS:
        return findings, 0
    budget = max(GUARD_MIN_CHARS, guard_share * sum(len(page.text(p)) for p in story.prose))
    taken, held = 0.0, set()
    for f in sorted(removing, key=lambda f: (-f.score.points, _take(f))):
        take = _story_take(page, story, f)
        if taken + take > budget:
            held.add(id(f))
        else:
            taken += take
    if not held:
        return findings, 0
    out = [Finding(f.el, f.signals, f.score, "mark") if id(f) in held else f for f in findings]
    return out, len(held)
