"""The default rules measured on the real corpus: what junk goes, what article text stays.

For each page of ../shared/corpus: clean the page as it is and the page with injected junk
(tests/corpus/junk.py), with the bundled rules; then

- kept: every truth sentence and "with" fragment present before cleaning must be present after,
  on both versions of the page;
- removed: each injected piece (by its ``data-junk`` id) must be gone from the cleaned page. A spam
  link inside a sentence counts as gone when the link is (its words stay by design); any other
  spam piece also needs its words gone. A piece still there but marked counts as marked.

Used by tests/corpus/test_no_loss.py, tests/corpus/test_junk_removed.py and
`python -m bench.default_rules`.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newsclean.engine import document
from newsclean.engine.book.kinds import MARK_CLASS
from newsclean.engine.cleaner import clean

from .junk import JUNK_ATTR, KINDS, InjectedPage, inject
from .pages import CorpusPage, link_texts, page_text


@dataclass
class PageResult:
    id: str
    kept_sentences: list[str] = field(default_factory=list)  # truth sentences present before cleaning
    sentences: int = 0  # truth sentences present before cleaning (original page)
    fragments: int = 0  # "with" fragments present before cleaning (original page)
    lost: list[str] = field(default_factory=list)  # lost from the original page
    lost_injected: list[str] = field(default_factory=list)  # lost from the page with junk in it
    broken: list[str] = field(default_factory=list)  # truth the injection itself split (must be none)
    junk: list[tuple[str, str, str]] = field(default_factory=list)  # (item id, shape, removed|marked|left)
    removals_original: list[tuple[str, str]] = field(default_factory=list)  # (rule, text) on the clean page
    seconds: float = 0.0  # cleaning time of the injected page


@dataclass
class Summary:
    pages: list[PageResult]

    def junk_counts(self, by: str = "kind") -> dict[str, Counter]:
        out: dict[str, Counter] = defaultdict(Counter)
        for page in self.pages:
            for item_id, shape, verdict in page.junk:
                key = item_id.split(":", 1)[0] if by == "kind" else shape
                out[key][verdict] += 1
                out[key]["total"] += 1
        return dict(out)

    def removed_share(self, kind: str) -> float:
        c = self.junk_counts().get(kind, Counter())
        return c["removed"] / c["total"] if c["total"] else 0.0

    @property
    def sentences(self) -> int:
        return sum(p.sentences for p in self.pages)

    @property
    def fragments(self) -> int:
        return sum(p.fragments for p in self.pages)

    @property
    def lost(self) -> list[tuple[str, str]]:
        return [(p.id, t) for p in self.pages for t in p.lost]

    @property
    def broken(self) -> list[tuple[str, str]]:
        return [(p.id, t) for p in self.pages for t in p.broken]

    @property
    def lost_injected(self) -> list[tuple[str, str]]:
        return [(p.id, t) for p in self.pages for t in p.lost_injected]


def _lost(keep: list[str], body: bytes) -> list[str]:
    after = page_text(document.parse(body)[0])
    return [t for t in keep if t not in after]


def _junk_verdicts(injected: InjectedPage, cleaned: bytes, text_before: str) -> list[tuple[str, str, str]]:
    root, _ = document.parse(cleaned)
    left = {}
    for el in root.iter():
        junk_id = el.get(JUNK_ATTR) if isinstance(el.tag, str) else None
        if junk_id:
            left[junk_id] = el
    after = page_text(root) if any(not it.inline and it.kind == "spam" for it in injected.items) else ""
    # Words that may stay: the page's own, and those of spam links inside sentences (unwrapped).
    staying = " | ".join([text_before, *(t for it in injected.items if it.inline for t in it.texts)])
    verdicts = []
    for it in injected.items:
        el = left.get(it.id)
        gone = el is None
        if gone and it.kind == "spam" and not it.inline:
            # Unwrapped instead of removed: the spam words would still be on the page.
            gone = all(after.count(t) <= staying.count(t) for t in it.texts)
        if gone:
            verdict = "removed"
        elif el is not None and (
            MARK_CLASS in (el.get("class") or "").split()
            or any(MARK_CLASS in (a.get("class") or "").split() for a in el.iterancestors())
        ):
            verdict = "marked"
        else:
            verdict = "left"
        verdicts.append((it.id, it.shape, verdict))
    return verdicts


def measure_page(page: CorpusPage, book, seed: int = 0, family: str = "listed") -> PageResult:
    result = PageResult(page.id)
    root_before = document.parse(page.source)[0]
    text_before = page_text(root_before)
    sentences, fragments = page.must_keep(text_before, link_texts(root_before))
    result.sentences, result.fragments = len(sentences), len(fragments)
    result.kept_sentences = sentences
    keep = sentences + fragments

    cleaned = clean(page.source, page.url, book)
    result.removals_original = [(r.rule, r.text) for r in cleaned.report.removals]
    if cleaned.changed:
        result.lost = _lost(keep, cleaned.body)

    injected = inject(page, seed, family)
    if injected is None:
        return result
    started = time.perf_counter()
    cleaned = clean(injected.data, page.url, book)
    result.seconds = time.perf_counter() - started
    text_injected = page_text(document.parse(injected.data)[0])
    keep_injected = [t for t in keep if t in text_injected]
    result.broken = [t for t in keep if t not in text_injected]
    result.lost_injected = _lost(keep_injected, cleaned.body)
    result.junk = _junk_verdicts(injected, cleaned.body, text_before)
    return result


def measure(pages: list[CorpusPage], book, seed: int = 0) -> Summary:
    return Summary([measure_page(p, book, seed) for p in pages])


__all__ = ["KINDS", "PageResult", "Summary", "measure", "measure_page"]
