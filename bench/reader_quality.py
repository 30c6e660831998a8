"""Reader mode measured on the corpus, against readability-lxml alone and trafilatura in the same run.

    python -m bench.reader_quality [--limit N] [--show PAGE_ID]

For each page, three extractors run on the same decoded page:
  newsclean    the engine in reader mode: the default rules, then readability-lxml, then the reader page
               (its article part: the header with title, byline and date is left out of the figures)
  readability  readability-lxml's Document(...).summary() on the page as served
  trafilatura  trafilatura.extract(...) with its defaults, comments left out (reader mode shows none)

Figures (the corpus README's measures):
  article kept     pages with text.txt: share of its sentences (8+ words, no teasers) that are in the
                   page and still in the output; pages with snippets: share of "with" fragments kept
  junk dropped     pages with text.txt: share of the page's other text (blocks of 4+ words that are not
                   article text), by characters, that the output no longer holds; pages with snippets:
                   share of "without" fragments that are gone
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass, field

import lxml.etree
import lxml.html

from newsclean.edit.casecheck import BLOCK_TAGS, TEXTLESS_TAGS, norm, page_text
from newsclean.engine import document
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.rules.folders import rule_dirs

from .common import CORPUS, REPO

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
from tests.corpus.pages import load_corpus  # noqa: E402

EXTRACTORS = ("newsclean", "readability", "trafilatura")


def extract_newsclean(data: bytes, url: str, book: RuleBook) -> str:
    result = clean(data, url, book, mode="reader")
    if not result.changed:
        return ""
    root, _ = document.parse(result.body)
    # The article only: the reader page's header (title, byline, date, link to the original) is
    # metadata shown on purpose, and the other extractors' text output holds none of it.
    article = root.find(".//article")
    return page_text(article if article is not None else root)


def extract_readability(html: str, url: str) -> str:
    from readability import Document

    summary = Document(html, url=url).summary(html_partial=True)
    return page_text(lxml.html.document_fromstring(f"<html><body>{summary}</body></html>"))


def extract_trafilatura(html: str, url: str) -> str:
    import trafilatura

    return norm(trafilatura.extract(html, url=url, include_comments=False) or "")


def junk_blocks(root, article: str) -> list[str]:
    """Texts of the page's innermost blocks (4+ words) that are not article text."""
    out = []
    body = root.find("body")
    for el in (body if body is not None else root).iter(*BLOCK_TAGS):
        if any(d.tag in BLOCK_TAGS for d in el.iterdescendants() if isinstance(d.tag, str)):
            continue
        if any(a.tag in TEXTLESS_TAGS for a in el.iterancestors()):
            continue
        text = norm(" ".join(t for t in el.xpath(".//text()[not(ancestor::script or ancestor::style)]")))
        if len(text.split()) >= 4 and text not in article:
            out.append(text)
    return out


@dataclass
class Score:
    kept: int = 0
    keep_total: int = 0
    dropped: float = 0.0
    drop_total: float = 0.0
    failures: int = 0
    seconds: list = field(default_factory=list)

    def add(self, keep: list[str], drop: list[tuple[str, float]], out: str) -> None:
        self.keep_total += len(keep)
        self.kept += sum(1 for s in keep if s in out)
        self.drop_total += sum(w for _, w in drop)
        self.dropped += sum(w for s, w in drop if s not in out)

    @property
    def kept_share(self) -> float:
        return self.kept / self.keep_total if self.keep_total else 0.0

    @property
    def dropped_share(self) -> float:
        return self.dropped / self.drop_total if self.drop_total else 0.0


def run(limit: int | None = None, show: str | None = None) -> dict:
    book = RuleBook.load(rule_dirs())
    pages = load_corpus(CORPUS)[:limit] if limit else load_corpus(CORPUS)
    scores = {kind: {"text": Score(), "snippets": Score()} for kind in EXTRACTORS}
    for page in pages:
        if show and page.id != show:
            continue
        try:
            root, _ = document.parse(page.source)
        except document.NotAPage:
            continue
        html = lxml.html.tostring(root, encoding="unicode")
        before = page_text(root)
        sentences, withs = page.must_keep(before)
        if page.sentences:
            kind = "text"
            truth = norm((page.folder / "text.txt").read_text(encoding="utf-8"))
            keep = sentences
            drop = [(b, float(len(b))) for b in junk_blocks(root, truth)]
        else:
            kind = "snippets"
            keep = withs
            drop = [(w, 1.0) for w in _without(page) if w in before]
        if not keep and not drop:
            continue
        for name in EXTRACTORS:
            t0 = time.perf_counter()
            try:
                if name == "newsclean":
                    out = extract_newsclean(page.source, page.url, book)
                elif name == "readability":
                    out = extract_readability(html, page.url)
                else:
                    out = extract_trafilatura(html, page.url)
            except Exception:  # noqa: BLE001 - an extractor failing on a page scores it as empty output
                out = ""
                scores[name][kind].failures += 1
            scores[name][kind].seconds.append(time.perf_counter() - t0)
            scores[name][kind].add(keep, drop, out)
            if show:
                print(f"== {name}: kept {sum(s in out for s in keep)}/{len(keep)}, "
                      f"junk left: {[s[:80] for s, _ in drop if s in out]}")
                print("   lost:", [s[:100] for s in keep if s not in out])
    return scores


def _without(page) -> list[str]:
    import json

    path = page.folder / "snippets.json"
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    return [norm(s) for s in data.get("without", []) if norm(s)]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.reader_quality", description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N corpus pages")
    parser.add_argument("--show", default=None, help="one page id: print what each extractor kept and lost")
    args = parser.parse_args(argv)
    if not (CORPUS / "pages").is_dir():
        print(f"skipped: {CORPUS} is absent (the shared corpus sits beside the checkout)")
        return
    scores = run(args.limit, args.show)
    print(f"{'':12} {'article kept':>26} {'junk dropped':>26} {'median time':>12}")
    for name in EXTRACTORS:
        text, snip = scores[name]["text"], scores[name]["snippets"]
        times = text.seconds + snip.seconds
        print(
            f"{name:12} text {text.kept_share:6.1%} with {snip.kept_share:6.1%}   "
            f"text {text.dropped_share:6.1%} without {snip.dropped_share:6.1%}   "
            f"{statistics.median(times) * 1000 if times else 0:8.1f} ms"
        )
    text, snip = scores["newsclean"]["text"], scores["newsclean"]["snippets"]
    print(f"pages: {len(text.seconds)} with text.txt ({text.keep_total} sentences), "
          f"{len(snip.seconds)} with snippets ({snip.keep_total} with, {int(snip.drop_total)} without)")


if __name__ == "__main__":
    main()
