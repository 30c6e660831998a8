"""The detector's learned score, fitted on the hand-labelled pages of the tuning set.

    python -m bench.detect_fit [--fit | --labels] [--folds 5] [--seed 12] [--l2 30] [--margin 1]

The candidate blocks the detector measures on the labelled pages of parts 0-4 (tests/realjunk:
labels-part0..4.tsv; parts 5-7 are held out and never read here) become examples: a block that is
or holds a junk label, or sits inside one, and holds no look-alike and no truth sentence of the page
is junk (of the label's kind); a block that holds or sits in a look-alike, or holds a truth sentence
of the page (../shared/corpus/pages/*/text.txt), and no junk label, is the story's. Blocks of
neither, or of both, are left out. The injected families of tests/corpus are no training data.

By default it prints, by cross-validation over the tuning pages (folds of pages, seeded), how many
of each kind's junk blocks and of the story's blocks the hand scorer alone and the hand scorer with
the learned score beside it (learned.best) put at the remove threshold. ``--labels`` measures what
counts in the end on the same tuning pages: the labels removed, marked and kept with the bundled
rules and the detector, the learned score off and on (the weights in force), and where the junk
labels the hand scorer misses are (which blocks the detector scores around them). ``--fit`` fits on all
the tuning pages and prints the weights as the detector reads them (engine/detect/weights.json).

The model: a class-balanced L2 logistic regression (Newton's method, plain Python: the same fit as
the stray detector's, bench.stray_quality) over engine/detect/features.py. Its log-odds become
points (learned.py): the remove threshold is ``--margin`` log-odds above the most that any of the
tuning set's story blocks reaches while the hand scorer gives it some evidence but less than the
remove threshold (so the learned score takes none of those), the mark threshold the same for marks.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter

from newsclean.engine import detect as D
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.engine.detect import blocks, features, look, score, signals, targets
from newsclean.engine.page import readable_text
from newsclean.rules.folders import rule_dirs

from .common import CORPUS, REPO
from .stray_quality import _logistic

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.corpus.pages import load_corpus, norm  # noqa: E402
from tests.realjunk import labels as L  # noqa: E402
from tests.realjunk import measure as real  # noqa: E402

TUNING = tuple(f"labels-part{n}" for n in range(5))  # parts 5-7 are held out: never read here
ABOUT = (
    "The junk detector's learned score (engine/detect/learned.py): log-odds of junk = intercept + the weights"
    " over features.py; at remove_at log-odds a block scores the remove threshold, at mark_at the mark"
    " threshold. Fitted on the candidate blocks of the hand-labelled tuning pages (tests/realjunk parts 0-4):"
    " python -m bench.detect_fit --fit"
)
L2 = 30.0
MARGIN = 1.0
ITERATIONS = 30


def _labelled(el) -> set:
    """The label lines an element carries (labels.tag_page's attribute)."""
    value = el.get(L.ATTR)
    return {int(t.split(".")[0]) for t in value.split()} if value else set()


def _lines_near(el) -> set:
    """Label lines on the element, inside it, or on an element holding it."""
    out = set()
    for node in el.iter():
        if isinstance(node.tag, str):
            out |= _labelled(node)
    for a in el.iterancestors():
        out |= _labelled(a)
    return out


def _candidates(page, story) -> list:
    """Every block the detector may score on the page, as it meets them: the story's blocks worth
    measuring, and the parts of each that holds evidence (the detector looks into those whether it
    takes the block whole or not), with the signals it gives them."""
    story.marks = D.marks.Marks([story.container, *(b.el for b in story.blocks if b.outside)])
    repeats = look.short_lines(page, [b.el for b in story.blocks])
    out = []

    def visit(group, own=frozenset()):
        measured = [(b, signals.measured(page, story, b.el, b.position)) for b in group
                    if look.worth_measuring(page, b.el, repeats, story.marks)]
        signals.repeated_texts([s for _b, s in measured])
        for b, s in measured:
            if own:
                s.tokens["story"] = sorted(set(s.tokens.get("story", ())) | own)
            out.append((b.el, s))
            if s.words > 0 and signals.has_evidence(s):
                visit(blocks.parts(b), score.story_names(s, targets.class_tokens(b.el)))

    visit(story.blocks)
    return out


def page_candidates(book, page_id: str, labels: list) -> tuple[list, dict]:
    """([(element, Signals)] of the blocks the detector would score on the page with its labels
    tagged, after the rules, {label line: label})."""
    data, tagged, _errors = L.tag_page(page_id, labels)
    url = L.page_url(page_id)
    seen = []
    original = D.find

    def recording(page, settings=D.Settings(), story=None):
        if story is not None:
            seen.extend(_candidates(page, story))
        return []  # nothing removed: only what the detector would score is wanted here

    D.find = recording
    try:
        clean(data, url, book, plan=real.plan_with(book, url))
    finally:
        D.find = original
    return seen, tagged


def page_rows(book, page_id: str, group: list, truth: list[str]) -> list[tuple]:
    """(page id, kind or None for the story's, features, the start of its text) of the page's
    candidate blocks that the labels and the truth text say something of."""
    seen, tagged = page_candidates(book, page_id, [label for _source, label in group])
    rows = []
    for el, s in seen:
        near = [tagged[n] for n in _lines_near(el) if n in tagged]
        junk = [x for x in near if x.verdict == "junk"]
        keep = [x for x in near if x.verdict == "keep"]
        text = norm(readable_text(el))
        links = [norm(readable_text(a)) for a in el.iter("a")]
        holds_truth = any(t in text and not any(t in a for a in links) for t in truth)
        if junk and not keep and not holds_truth:
            rows.append((page_id, junk[0].kind, features.vector(s), s.text[:80]))
        elif (keep or holds_truth) and not junk:
            rows.append((page_id, None, features.vector(s), s.text[:80]))
    return rows


def gather(sources=TUNING) -> list[tuple]:
    book = RuleBook.load(rule_dirs())
    pages = {p.id: p for p in load_corpus(CORPUS)}
    groups: dict = {}
    for source, label in real.load_all():
        if source in sources:
            groups.setdefault(label.page, []).append((source, label))
    rows = []
    for page_id, group in sorted(groups.items()):
        if len({source for source, _label in group}) > 1:  # (tagged by line: one file's labels a page)
            raise SystemExit(f"{page_id}: labels in more than one file; tag each file's apart")
        truth = pages[page_id].sentences if page_id in pages else []
        rows.extend(page_rows(book, page_id, group, truth))
    return rows


def fit(rows, l2: float = L2) -> tuple[dict, float]:
    as_stray = [(pid, "", kind is not None, f) for pid, kind, f, _t in rows]
    return _logistic(as_stray, features.NAMES, l2, ITERATIONS)


def logit(weights: dict, intercept: float, f: dict) -> float:
    return intercept + sum(weights[n] * f[n] for n in features.NAMES)


def thresholds(rows, weights: dict, intercept: float, margin: float = MARGIN) -> tuple[float, float]:
    """(remove, mark) log-odds: ``margin`` above the most any of the tuning set's story blocks that
    the hand scorer leaves below the remove (mark) threshold reaches, so that the learned score
    takes none of them there (the mark threshold at least one log-odds below the remove one)."""
    out = []
    for at in (score.REMOVE, score.MARK):
        zs = [logit(weights, intercept, f) for _pid, kind, f, _t in rows if kind is None and 0 < f["hand_best"] < at]
        out.append(max(zs) + margin)
    return out[0], min(out[1], out[0] - 1.0)


def combined(f: dict, z: float, remove: float, mark: float) -> float:
    """The detector's points with the learned score beside the hand-set one (learned.best)."""
    hand = f["hand_best"]
    if hand <= 0:
        return hand
    return max(hand, score.MARK + (z - mark) * (score.REMOVE - score.MARK) / (remove - mark))


def folds(rows, k: int, seed: int) -> list[set]:
    ids = sorted({r[0] for r in rows})
    random.Random(seed).shuffle(ids)
    return [set(ids[i::k]) for i in range(k)]


def cross_validate(rows, k: int, seed: int, l2: float = L2, margin: float = MARGIN) -> Counter:
    hand, learned = Counter(), Counter()
    for held in folds(rows, k, seed):
        train = [r for r in rows if r[0] not in held]
        test = [r for r in rows if r[0] in held]
        w, b = fit(train, l2)
        remove, mark = thresholds(train, w, b, margin)
        for _pid, kind, f, _t in test:
            key = kind or "story"
            both = combined(f, logit(w, b, f), remove, mark)
            for c, p in ((hand, f["hand_best"]), (learned, both)):
                c[key, "total"] += 1
                c[key, "remove"] += p >= score.REMOVE
                c[key, "mark"] += score.MARK <= p < score.REMOVE
    return hand, learned


def print_cv(hand: Counter, learned: Counter, title: str) -> None:
    print(title)
    print(f"    {'kind':<12}{'hand':>24}{'hand + learned':>24}")
    for key in (*L.JUNK_KINDS, "story"):
        t = hand[key, "total"]
        cells = [f"{c[key, 'remove']}/{t} {100 * c[key, 'remove'] / t:5.1f}% ({c[key, 'mark']}m)" for c in (hand, learned)]
        print(f"    {key:<12}" + "".join(f"{c:>24}" for c in cells))


def weights_file(weights: dict, intercept: float, remove: float, mark: float, rows) -> str:
    counts = Counter(r[1] or "story" for r in rows)
    return json.dumps(
        {
            "about": ABOUT,
            "examples": dict(sorted(counts.items())),
            "weights": {name: round(value, 4) for name, value in weights.items()},
            "intercept": round(intercept, 4),
            "remove_at": round(remove, 3),
            "mark_at": round(mark, 3),
        },
        indent=2,
        ensure_ascii=False,
    ) + "\n"


def labels_report() -> None:
    """The tuning pages' labels with the detector's hand scorer alone and with the learned score."""
    from newsclean.engine.detect import learned

    book = RuleBook.load(rule_dirs())
    print("labels of the tuning pages (parts 0-4), bundled rules + detector: removed (marked)")
    for on in (False, True):
        saved, learned.IN_FORCE = learned.IN_FORCE, on
        try:
            out = real.measure(book, only=set(TUNING))
        finally:
            learned.IN_FORCE = saved
        junk = real.tally(out, "junk")
        keep = Counter()
        for c in real.tally(out, "keep").values():
            keep.update(c)
        cells = " ".join(f"{k} {junk[k]['removed']}/{junk[k]['total']} ({junk[k]['marked']})" for k in L.JUNK_KINDS)
        print(f"    {'hand + learned' if on else 'hand':<15}{cells}; look-alikes removed {keep['removed']},"
              f" marked {keep['marked']} of {keep['total']}")
        if not on:
            hand_misses = [o for o in out if o.label.verdict == "junk" and o.verdict != "removed"]
    where = misses_by_block(book, hand_misses)
    print(f"  where the {len(hand_misses)} junk labels the hand scorer misses are (what a scorer of the same blocks can reach):")
    for what, n in where.most_common():
        print(f"    {n:4}  {what}")


def misses_by_block(book, misses: list) -> Counter:
    """Each missed junk label by the blocks the detector scores around it: none; one scored at the
    remove threshold already (what goes is decided past the score); its own block (the label's
    element or one inside it) scored below; or only larger blocks holding other text too."""
    out = Counter()
    by_page: dict = {}
    for o in misses:
        by_page.setdefault(o.label.page, []).append(o.label)
    groups: dict = {}
    for source, label in real.load_all():
        if source in TUNING:
            groups.setdefault(label.page, []).append(label)
    for page_id, labels in sorted(by_page.items()):
        seen, _tagged = page_candidates(book, page_id, groups[page_id])
        for label in labels:
            own, larger = [], []
            for el, s in seen:
                if label.line in _labelled(el) or any(label.line in _labelled(a) for a in el.iterancestors()):
                    own.append(score.best(s).points)
                elif label.line in _lines_near(el):
                    larger.append(score.best(s).points)
            if not own and not larger:
                out["in no block the detector scores"] += 1
            elif max(own + larger) >= score.REMOVE:
                out["in a block scored at the remove threshold already"] += 1
            elif own:
                out["its own block scored below the remove threshold"] += 1
            else:
                out["only in larger blocks, scored below the remove threshold"] += 1
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.detect_fit", description=__doc__.split("\n\n")[0])
    parser.add_argument("--fit", action="store_true", help="fit on all the tuning pages and print weights.json")
    parser.add_argument("--labels", action="store_true", help="the tuning pages' labels, learned score off and on")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=12, help="how the tuning pages are dealt into folds")
    parser.add_argument("--l2", type=float, default=L2, help="the fit's L2 penalty (on standardised features)")
    parser.add_argument("--margin", type=float, default=MARGIN, help="log-odds above the tuning set's story blocks")
    args = parser.parse_args(argv)
    if not (CORPUS / "manifest.tsv").exists():
        print(f"skipped: {CORPUS} is absent (the shared corpus sits beside the checkout)")
        return 0
    if args.labels:
        labels_report()
        return 0
    rows = gather()
    if args.fit:
        w, b = fit(rows, args.l2)
        remove, mark = thresholds(rows, w, b, args.margin)
        print(weights_file(w, b, remove, mark, rows), end="")
        return 0
    counts = Counter(r[1] or "story" for r in rows)
    print(f"{len(rows)} blocks on {len({r[0] for r in rows})} pages: {dict(sorted(counts.items()))}")
    hand, learned = cross_validate(rows, args.folds, args.seed, args.l2, args.margin)
    print_cv(hand, learned, f"cross-validated over the tuning pages ({args.folds} folds of pages, seed {args.seed}, L2 {args.l2:g},"
             f" margin {args.margin:g}): blocks at the remove threshold (marked in brackets)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
