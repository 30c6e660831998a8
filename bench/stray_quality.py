"""Stray-paragraph detection measured on the corpus: paragraphs of other articles spliced into real
pages by a deterministic generator, then every page cleaned with `stray = "mark"`.

    python -m bench.stray_quality [--seed N] [--per-page K] [--limit N] [--show-misses] [--fit]

Prints precision and recall of the flags, the share of genuine paragraphs flagged, and the detector's
time per page. The generator (``splice_corpus``) is the one the tests use for their quality gates.
With ``--fit`` it refits the detector's weights instead and prints them as the detector reads them:
the text of addon/newsclean/engine/stray/weights.json.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import math
import random
import re
import statistics
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import lxml.html

from newsclean.engine import document, stray
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.engine.page import Page, host_of, normalise
from newsclean.engine.report import Report
from newsclean.rules.folders import rule_dirs

from .common import CORPUS

# A story must have this many paragraphs of at least stray.MIN_WORDS words to receive splices: the
# detector needs a story to compare against (the seed's has eleven).
MIN_STORY_PARAGRAPHS = 5
# Donor paragraphs: real article paragraphs of at least this many words, hardly any link text.
MIN_DONOR_WORDS = 20

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # lxml refuses them in element text

_LANG_MARKERS = {
    "en": {"the", "and", "of", "to", "is", "that", "with", "was"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den"},
    "fr": {"le", "les", "et", "des", "est", "une", "dans", "pour"},
    "es": {"el", "los", "las", "del", "que", "por", "una", "para"},
    "it": {"il", "che", "di", "della", "per", "non", "una", "sono"},
    "pt": {"os", "que", "não", "uma", "com", "para", "mais", "pelo"},
    "nl": {"het", "een", "van", "en", "niet", "zijn", "voor", "met"},
    "pl": {"się", "nie", "na", "jest", "że", "do", "jak", "oraz"},
}


def language_of(text: str) -> str:
    """A rough language tag from the words themselves (``<html lang>`` is wrong often enough)."""
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if re.search(r"[\u4e00-\u9fff]", text):
        return "zh"
    if re.search(r"[\u0600-\u06ff]", text):
        return "ar"
    if re.search(r"[\u0400-\u04ff]", text):
        return "ru"
    words = text.casefold().split()
    counts = {lang: sum(1 for w in words if w in markers) for lang, markers in _LANG_MARKERS.items()}
    best = max(counts, key=counts.get)
    return best if counts[best] >= 3 else "und"


@dataclass
class Story:
    id: str
    url: str
    source: bytes
    lang: str
    paragraphs: list[str]  # the story's paragraph texts, as the detector finds them
    donors: list[str]  # paragraphs fit to be spliced into other stories
    known: list[str]  # paragraphs the corpus confirms as article text


@dataclass
class SplicedPage:
    id: str
    url: str
    html: bytes
    genuine: list[str]  # texts of the story's own paragraphs
    spliced: list[str]  # texts put in from other articles
    donors: list[str]  # the ids of the articles they came from
    known: list[str]  # genuine paragraphs the corpus confirms as article text (text.txt / "with")


def load_stories(corpus: Path = CORPUS, limit: int | None = None) -> list[Story]:
    stories = []
    folders = sorted((corpus / "pages").iterdir())
    for folder in folders[:limit] if limit else folders:
        data = (folder / "source.html").read_bytes()
        url = _url_of(folder)
        try:
            root, _ = document.parse(data)
        except document.NotAPage:
            continue
        page = Page(root, url)
        _, paragraphs = stray.story_paragraphs(page)
        texts = [page.text(p) for p in paragraphs]
        truth = folder / "text.txt"
        truth_text = normalise(truth.read_text(encoding="utf-8")) if truth.exists() else None
        with_fragments = _with_fragments(folder)
        known = [
            t for t in texts
            if (truth_text is not None and t in truth_text) or (truth_text is None and any(w in t for w in with_fragments))
        ]
        donors = []
        for p, text in zip(paragraphs, texts):
            if len(text.split()) < MIN_DONOR_WORDS or page.link_text_share(p) > 0.1 or _CONTROL.search(text):
                continue
            if truth_text is not None and text not in truth_text:
                continue  # where the corpus says what the article is, only its paragraphs give
            donors.append(text)
        lang = language_of(" ".join(texts[:20]))
        stories.append(Story(folder.name, url, data, lang, texts, donors, known))
    return stories


def _with_fragments(folder: Path) -> list[str]:
    path = folder / "snippets.json"
    if not path.exists():
        return []
    return [normalise(w) for w in json.loads(path.read_text(encoding="utf-8")).get("with", []) if normalise(w)]


def _url_of(folder: Path) -> str:
    return json.loads((folder / "meta.json").read_text(encoding="utf-8"))["url"]


def splice_corpus(stories: list[Story], seed: int = 7, per_page: int = 2) -> list[SplicedPage]:
    """Put ``per_page`` paragraphs of other articles (same language, other sites' stories too) into
    each story long enough to take them. Deterministic for a given seed and corpus."""
    pools: dict[str, list[tuple[str, str]]] = {}
    for s in stories:
        pools.setdefault(s.lang, []).extend((s.id, d) for d in s.donors)
    out = []
    for s in stories:
        judged = [t for t in s.paragraphs if stray.is_judgeable(t)]
        if len(judged) < MIN_STORY_PARAGRAPHS:
            continue
        pool = [(pid, text) for pid, text in pools.get(s.lang, []) if pid != s.id]
        if len({pid for pid, _ in pool}) < per_page:
            continue
        rng = random.Random(f"{seed}:{s.id}")
        chosen, used = [], set()
        while len(chosen) < per_page:
            pid, text = rng.choice(pool)
            if pid in used or text in s.paragraphs:
                continue
            used.add(pid)
            chosen.append((pid, text))
        html = splice_page(s.source, s.url, [t for _, t in chosen], rng)
        if html is None:
            continue
        out.append(SplicedPage(s.id, s.url, html, s.paragraphs, [t for _, t in chosen], [p for p, _ in chosen], s.known))
    return out


def splice_page(source: bytes, url: str, texts: list[str], rng: random.Random) -> bytes | None:
    """The page with each text put in as a ``<p>`` after a random story paragraph (never before the
    first: the lead stays the lead), as injected paragraphs sit in the seed page."""
    root, _ = document.parse(source)
    page = Page(root, url)
    _, paragraphs = stray.story_paragraphs(page)
    if len(paragraphs) < 2:
        return None
    for text in texts:
        after = paragraphs[rng.randrange(0, len(paragraphs))]
        p = lxml.html.Element("p")
        p.text = text
        after.addnext(p)
    return document.serialise(root)


@dataclass
class Tally:
    pages: int = 0
    spliced: int = 0
    caught: int = 0
    genuine: int = 0
    genuine_flagged: int = 0
    known: int = 0
    known_flagged: int = 0
    misses: list = dataclasses.field(default_factory=list)
    false_flags: list = dataclasses.field(default_factory=list)
    times: list = dataclasses.field(default_factory=list)

    @property
    def flagged(self) -> int:
        return self.caught + self.genuine_flagged

    @property
    def recall(self) -> float:
        return self.caught / self.spliced if self.spliced else 0.0

    @property
    def precision(self) -> float:
        return self.caught / self.flagged if self.flagged else 1.0

    @property
    def genuine_flagged_share(self) -> float:
        return self.genuine_flagged / self.genuine if self.genuine else 0.0


def marking_plan(book: RuleBook, url: str):
    plan = book.plan_for(host_of(url))
    return dataclasses.replace(plan, settings=dataclasses.replace(plan.settings, stray="mark"))


def flagged_texts(html: bytes) -> set[str]:
    """Texts of the paragraphs a cleaned page marks as stray (the report shortens long texts)."""
    root, _ = document.parse(html)
    return {normalise(el.text_content()) for el in root.xpath(f"//*[@data-newsclean='{stray.RULE_ID}']")}


def flag_all(spliced: list[SplicedPage], book: RuleBook | None = None) -> dict[str, set[str]]:
    """Clean every spliced page with `stray = "mark"`: page id -> texts of the paragraphs flagged."""
    book = book or RuleBook.load(rule_dirs())
    return {sp.id: flagged_texts(clean(sp.html, sp.url, book, plan=marking_plan(book, sp.url)).body) for sp in spliced}


def measure(spliced: list[SplicedPage], flags: dict[str, set[str]] | None = None) -> Tally:
    """Count which spliced and which genuine paragraphs were flagged."""
    flags = flag_all(spliced) if flags is None else flags
    tally = Tally()
    for sp in spliced:
        flagged = flags[sp.id]
        tally.pages += 1
        tally.spliced += len(sp.spliced)
        for text in sp.spliced:
            if text in flagged:
                tally.caught += 1
            else:
                tally.misses.append((sp.id, text))
        spliced_set = set(sp.spliced)
        tally.genuine += len(sp.genuine)
        for text in flagged - spliced_set:
            tally.genuine_flagged += 1
            tally.false_flags.append((sp.id, text))
        tally.known += len(sp.known)
        tally.known_flagged += sum(1 for t in sp.known if t in flagged)
    return tally


# -- fitting the detector's weights -----------------------------------------------------------------
FIT_SPLIT_SEED = 1


def fit_half(ids) -> set[str]:
    """The half of the corpus stories the weights are fitted on; the other half is held out."""
    ordered = sorted(set(ids))
    random.Random(FIT_SPLIT_SEED).shuffle(ordered)
    return set(ordered[: len(ordered) // 2])


def detector_pages(spliced: list[SplicedPage]) -> list[tuple[str, list[tuple[str, bool, dict | None]]]]:
    """(page id, [(text, spliced?, PARAGRAPH_FEATURES or None)]) of every page the detector judges,
    as the cleaner sees it (the rules have run first)."""
    book = RuleBook.load(rule_dirs())
    seen: dict = {}
    # `apply` calls the `judge` of the module it is in (not the package's re-export): replaced there.
    verdicts = importlib.import_module("newsclean.engine.stray.judge")
    original = verdicts.judge

    def recording(context, paragraphs, threshold=None, lang=None, asides=frozenset()):
        seen["args"] = (context, paragraphs, lang, asides)
        return []  # nothing flagged: only what the detector is given is wanted here

    pages = []
    verdicts.judge = recording
    try:
        for sp in spliced:
            seen.clear()
            clean(sp.html, sp.url, book, plan=marking_plan(book, sp.url))
            if "args" not in seen:
                continue
            context, paragraphs, lang, asides = seen["args"]
            rows = stray.paragraph_features(context, paragraphs, stray.story_language(paragraphs, lang), asides)
            if sum(1 for f in rows if f is not None) < stray.MIN_PARAGRAPHS:
                continue
            extra = set(sp.spliced)
            pages.append((sp.id, [(text, text in extra, f) for text, f in zip(paragraphs, rows)]))
    finally:
        verdicts.judge = original
    return pages


def judged_rows(pages) -> list[tuple[str, str, bool, dict]]:
    """(page id, text, spliced?, features) of each judged paragraph, a text once per page."""
    out = []
    for pid, paragraphs in pages:
        done = set()
        for text, is_spliced, f in paragraphs:
            if f is not None and text not in done:
                done.add(text)
                out.append((pid, text, is_spliced, f))
    return out


def fit(spliced: list[SplicedPage], l2: float = 1.0, iterations: int = 25, genuine_share: float = 0.0038):
    """The detector's two logistic scores (class-balanced, L2, Newton's method) of spliced against
    genuine paragraphs of the fitting half: the first over PARAGRAPH_FEATURES, then — with the story
    features that first score gives — the second over all FEATURES. Returns (first weights, first
    intercept, weights, intercept, threshold); the threshold is the lowest score that flags at most
    ``genuine_share`` of the fitting half's genuine paragraphs."""
    half = fit_half(sp.id for sp in spliced)
    pages = [(pid, paragraphs) for pid, paragraphs in detector_pages(spliced) if pid in half]
    rows = judged_rows(pages)
    first_weights, first_intercept = _logistic(rows, stray.PARAGRAPH_FEATURES, l2, iterations)
    for _, paragraphs in pages:
        stray.add_story_features([f for _, _, f in paragraphs], first_weights, first_intercept)
    weights, intercept = _logistic(rows, stray.FEATURES, l2, iterations)
    genuine_scores = sorted(
        (intercept + sum(weights[n] * f[n] for n in stray.FEATURES) for _, _, is_spliced, f in rows if not is_spliced),
        reverse=True,
    )
    genuine_total = sum(len(sp.genuine) for sp in spliced if sp.id in half)
    allowed = int(genuine_share * genuine_total)
    threshold = genuine_scores[allowed] if allowed < len(genuine_scores) else genuine_scores[-1]
    return first_weights, first_intercept, weights, intercept, threshold


def weights_file(first_weights: dict, first_intercept: float, weights: dict, intercept: float, threshold: float) -> str:
    """What `fit` found, as weights.json holds it: weights and intercepts to 4 places, the threshold to 2."""
    about = json.loads(resources.files(stray).joinpath("weights.json").read_text(encoding="utf-8"))["about"]
    return json.dumps(
        {
            "about": about,
            "first_weights": {name: round(value, 4) for name, value in first_weights.items()},
            "first_intercept": round(first_intercept, 4),
            "weights": {name: round(value, 4) for name, value in weights.items()},
            "intercept": round(intercept, 4),
            "threshold": round(threshold, 2),
        },
        indent=2,
        ensure_ascii=False,
    ) + "\n"


def _logistic(rows, names, l2: float, iterations: int) -> tuple[dict, float]:
    """Class-balanced L2 logistic regression by Newton's method on standardised features: (weights
    on the raw features, intercept)."""
    raw = [[f[k] for k in names] for _, _, _, f in rows]
    labels = [1.0 if is_spliced else 0.0 for _, _, is_spliced, _ in rows]
    k = len(names)
    mean = [statistics.fmean(r[j] for r in raw) for j in range(k)]
    spread = [statistics.pstdev(r[j] for r in raw) or 1.0 for j in range(k)]
    x = [[1.0] + [(r[j] - mean[j]) / spread[j] for j in range(k)] for r in raw]
    positives = sum(labels)
    balance = {1.0: len(rows) / (2 * positives), 0.0: len(rows) / (2 * (len(rows) - positives))}
    w = [0.0] * (k + 1)
    for _ in range(iterations):
        grad = [l2 * wj for wj in w]
        grad[0] = 0.0
        hess = [[(l2 if a == b and a else 0.0) for b in range(k + 1)] for a in range(k + 1)]
        for xi, y in zip(x, labels):
            z = max(-30.0, min(30.0, sum(a * b for a, b in zip(w, xi))))
            p = 1 / (1 + math.exp(-z))
            c = balance[y]
            err, curv = c * (p - y), c * p * (1 - p)
            for a in range(k + 1):
                grad[a] += err * xi[a]
                row = hess[a]
                cx = curv * xi[a]
                for b in range(a, k + 1):
                    row[b] += cx * xi[b]
        for a in range(k + 1):
            for b in range(a):
                hess[a][b] = hess[b][a]
        step = _solve(hess, grad)
        w = [wj - sj for wj, sj in zip(w, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    weights = {names[j]: w[j + 1] / spread[j] for j in range(k)}
    intercept = w[0] - sum(w[j + 1] * mean[j] / spread[j] for j in range(k))
    return weights, intercept


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the system is small: one row per feature)."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            if factor:
                for c in range(col, n + 1):
                    a[r][c] -= factor * a[col][c]
    out = [0.0] * n
    for r in range(n - 1, -1, -1):
        out[r] = (a[r][n] - sum(a[r][c] * out[c] for c in range(r + 1, n))) / a[r][r]
    return out


def time_detector(spliced: list[SplicedPage]) -> list[float]:
    """Seconds `stray.apply` takes per page (best of three, parse excluded)."""
    times = []
    for sp in spliced:
        best = float("inf")
        for _ in range(3):
            root, _ = document.parse(sp.html)
            page = Page(root, sp.url)
            t0 = time.perf_counter()
            stray.apply(page, "mark", Report(url=sp.url))
            best = min(best, time.perf_counter() - t0)
        times.append(best)
    return times


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.stray_quality", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-page", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="only the first N corpus pages")
    parser.add_argument("--fit", action="store_true", help="refit the detector's weights and print them")
    parser.add_argument("--show-misses", action="store_true", help="print missed splices and false flags")
    args = parser.parse_args(argv)
    if not (CORPUS / "pages").is_dir():
        print(f"skipped: {CORPUS} is absent (the shared corpus sits beside the checkout)")
        return
    stories = load_stories(limit=args.limit)
    spliced = splice_corpus(stories, seed=args.seed, per_page=args.per_page)
    if args.fit:
        print(weights_file(*fit(spliced)), end="")
        return
    flags = flag_all(spliced)
    held_out = [sp for sp in spliced if sp.id not in fit_half(sp.id for sp in spliced)]
    print(f"corpus: {len(stories)} pages; {len(spliced)} stories long enough took {args.per_page} spliced "
          f"paragraphs each (seed {args.seed}); threshold {stray.THRESHOLD}")
    for name, subset in (("all stories", spliced), ("held-out half", held_out)):
        tally = measure(subset, flags)
        print(f"{name}: {tally.pages} pages")
        print(f"  recall      {tally.recall:6.1%}  ({tally.caught} of {tally.spliced} spliced paragraphs flagged)")
        print(f"  precision   {tally.precision:6.1%}  ({tally.caught} of {tally.flagged} flags)")
        print(f"  genuine flagged {tally.genuine_flagged_share:6.2%}  ({tally.genuine_flagged} of {tally.genuine}; "
              f"1 in {tally.genuine / max(tally.genuine_flagged, 1):.0f})")
        print(f"  confirmed article paragraphs flagged {tally.known_flagged / max(tally.known, 1):6.2%}  "
              f"({tally.known_flagged} of {tally.known})")
    times = time_detector(spliced)
    ordered = sorted(times)
    print(f"detector time per page: median {statistics.median(ordered) * 1000:.2f} ms, "
          f"p95 {ordered[int(0.95 * (len(ordered) - 1))] * 1000:.2f} ms, max {ordered[-1] * 1000:.2f} ms")
    if args.show_misses:
        tally = measure(spliced, flags)
        for pid, text in tally.misses:
            print(f"MISS  {pid}: {text[:160]}")
        for pid, text in tally.false_flags:
            print(f"FALSE {pid}: {text[:160]}")


if __name__ == "__main__":
    main()
