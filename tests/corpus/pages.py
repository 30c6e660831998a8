"""The real pages of ../shared/corpus and what must survive cleaning on them.

    pages/<id>/source.html    the page as saved
    pages/<id>/text.txt       the article's text (truth = yes): its sentences must survive
    pages/<id>/snippets.json  {"with": [...]} fragments of the article: they must survive

A truth sentence counts when it has at least eight words (or, in scripts written without spaces,
sixteen characters), is not a teaser (the source corpora disagree on those: a sentence that starts
with a teaser label, "READ MORE: ...", or that is the text of a link, a headline pointing to another
story), and is in the page's text before cleaning. Text is compared as the reader sees it: script, style and
template content left out, block boundaries as spaces, whitespace collapsed, NFKC.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from newsclean.edit.casecheck import page_text
from newsclean.engine import document

_WS = re.compile(r"\s+")
# A sentence ends at . ! ? (and the full-width forms, which need no space after them).
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)]*\s+(?=\S)|(?<=[。！？])")
# Characters of scripts written without spaces between words (CJK, kana, Thai, Lao, Khmer, ...).
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Teaser sentences: "READ MORE: ...", "Related: ...", "Lesen Sie auch: ..." (a label, then a colon).
TEASER_START = re.compile(
    r"^\W*(?:read|read more|also read|more|learn more|related|related stories|see also|watch|listen|"
    r"lesen sie auch|mehr zum thema|baca juga|lihat juga|leia também|lee también|lire aussi|"
    r"à lire aussi|leggi anche|czytaj także|читайте также)\s*[:|»›]",
    re.IGNORECASE,
)


def norm(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def text_of(data: bytes) -> str:
    root, _ = document.parse(data)
    return page_text(root)


def word_count(sentence: str) -> int:
    words = len(sentence.split())
    unspaced = len(_UNSPACED.findall(sentence))
    return max(words, unspaced // 2) if unspaced else words


def is_teaser(sentence: str) -> bool:
    return bool(TEASER_START.match(sentence))


def truth_sentences(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        for sentence in _SENTENCE_END.split(norm(line)):
            sentence = sentence.strip()
            if word_count(sentence) >= 8 and not is_teaser(sentence):
                out.append(sentence)
    return out


@dataclass
class CorpusPage:
    id: str
    url: str
    folder: Path
    truth: str  # "yes" (text.txt) or "snippets"
    meta: dict = field(default_factory=dict)

    @cached_property
    def source(self) -> bytes:
        return (self.folder / "source.html").read_bytes()

    @cached_property
    def sentences(self) -> list[str]:
        path = self.folder / "text.txt"
        return truth_sentences(path.read_text(encoding="utf-8")) if path.exists() else []

    @cached_property
    def with_fragments(self) -> list[str]:
        path = self.folder / "snippets.json"
        if not path.exists():
            return []
        data = json.loads(path.read_text(encoding="utf-8"))
        return [norm(s) for s in data.get("with", []) if norm(s)]

    def must_keep(self, text_before: str, links: list[str] = ()) -> tuple[list[str], list[str]]:
        """(sentences, with-fragments) of the truth that the page holds before cleaning.

        A sentence or fragment that is the text of a link in the page (``links``: see `link_texts`)
        is a headline pointing to another story — a teaser — and is not counted; nor is one that
        DISPUTED names (the truth file keeps junk there, and the hand labels say so)."""
        disputed = DISPUTED.get(self.id, ())
        return (
            [
                s for s in self.sentences
                if s in text_before and not any(s in link for link in links) and not s.startswith(disputed)
            ],
            [w for w in self.with_fragments if w in text_before and not any(w in link for link in links)],
        )


# Truth sentences that are junk, by page: the start of each, and why. Each is also labelled junk in
# tests/realjunk (so the two measures do not pull the rules opposite ways). Keep this list short:
# a sentence goes here only when the page shows it is not the story's.
DISPUTED: dict[str, tuple[str, ...]] = {
    # An affiliate shop card between the paragraphs ("VIEW PRICE" buttons to a store): an ad.
    "np-video_article_02": ("VIEW PRICE:",),
}


def link_texts(root) -> list[str]:
    """Texts of the page's links of at least eight words (headlines of other stories, mostly)."""
    out = []
    for a in root.iter("a"):
        text = norm(a.text_content())
        if word_count(text) >= 8:
            out.append(text)
    return out


def load_corpus(corpus_dir: Path) -> list[CorpusPage]:
    pages = []
    manifest = corpus_dir / "manifest.tsv"
    for line in manifest.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip():
            continue
        page_id, _domain, url, truth, *_ = line.split("\t")
        pages.append(CorpusPage(page_id, url, corpus_dir / "pages" / page_id, truth))
    return pages
