"""Junk that real pages of ../shared/corpus carry, labelled by hand, and look-alike blocks that must stay.

    tests/realjunk/labels-partN.tsv   page <TAB> verdict <TAB> kind <TAB> occurrence <TAB> marker <TAB> note
                                      (one file a labelling session; bench.detect says which are held out)

- page: the corpus page id (``../shared/corpus/pages/<id>``);
- verdict: ``junk`` (must go) or ``keep`` (looks like junk, is the story's own: must stay);
- kind: for junk one of JUNK_KINDS, for keep one of KEEP_KINDS;
- occurrence: which element holding the marker is meant, 1-based in document order (``all``: every one);
- marker: a text of the block as a reader sees it (whitespace collapsed, NFKC). Several markers
  joined by `` || `` name several parts of one block (a box's title and one of its links): all of
  them must go (junk) or stay (keep). The occurrence picks the first marker's element (among those
  holding it as whole words, when some do: the title "More Buzz", not the menu's "More BuzzFeed");
  each further marker's is the holder of it nearest that one in the tree (`nearest`: the headline
  in the box, not the same headline in the menu above the story);
- note: why it is junk, or what the look-alike is.

The element meant is the innermost one whose text holds the marker. To measure, each labelled
element gets a ``data-nc-label`` attribute (no rule or detector reads it), the page is cleaned, and
the element is looked for in the output: gone = removed; inside a marked element = marked.

    python -m tests.realjunk.labels --check [TSV]      every label (of every file, or of TSV) resolves
    python -m tests.realjunk.labels --dump PAGE         the page's blocks with their text, to label from
    python -m tests.realjunk.labels --find PAGE TEXT    the elements whose text holds TEXT
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import lxml.etree
import lxml.html

from newsclean.engine import document
from newsclean.engine.page import readable_text

from ..corpus.pages import norm

HERE = Path(__file__).resolve().parent
LABEL_FILES = "labels-*.tsv"
# (beside the checkout, or where $NEWSCLEAN_SHARED says, as bench.common and the tests' conftest read it)
CORPUS = Path(os.environ.get("NEWSCLEAN_SHARED", HERE.parents[2] / "shared")) / "corpus"
ATTR = "data-nc-label"

JUNK_KINDS = ("ad", "readmore", "related", "newsletter", "promo")
KEEP_KINDS = (
    "caption", "pullquote", "note", "dateline", "subheading", "linklist", "signoff", "byline", "credit",
    "list", "quote", "other",
)  # fmt: skip
_SKIP = ("script", "style", "template", "noscript")


@dataclass(frozen=True)
class Label:
    line: int
    page: str
    verdict: str
    kind: str
    occurrence: str
    markers: tuple[str, ...]
    note: str

    @property
    def key(self) -> str:
        return f"{self.page}:{self.line}"


def load(path: Path) -> list[Label]:
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not row or row[0].startswith("#") or row[0] == "page":
                continue
            if len(row) != 6:
                raise ValueError(f"{path}:{n}: want 6 tab-separated columns, got {len(row)}")
            page, verdict, kind, occ, marker, note = row
            if verdict not in ("junk", "keep"):
                raise ValueError(f"{path}:{n}: verdict {verdict!r} is not junk/keep")
            kinds = JUNK_KINDS if verdict == "junk" else KEEP_KINDS
            if kind not in kinds:
                raise ValueError(f"{path}:{n}: kind {kind!r} is not one of {kinds}")
            if occ != "all" and not occ.isdigit():
                raise ValueError(f"{path}:{n}: occurrence {occ!r} is not a number or 'all'")
            markers = tuple(norm(m) for m in marker.split(" || ") if m.strip())
            out.append(Label(n, page, verdict, kind, occ, markers, note))
    return out


def _text_map(root) -> dict:
    """Every element of the body with its text as a reader sees it (normalised)."""
    body = root.find("body")
    body = root if body is None else body
    texts = {}
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP:
            continue
        if any(a.tag in _SKIP for a in el.iterancestors()):
            continue
        texts[el] = norm(readable_text(el))
    return texts


def innermost(texts: dict, marker: str) -> list:
    """Elements whose text holds the marker while no child of theirs holds it whole, in document order."""
    holders = [el for el, t in texts.items() if marker in t]
    held = set(holders)
    return [el for el in holders if not any(c in held for c in el)]


def locate(root, label: Label, texts: dict | None = None) -> list:
    """The elements a label means (one a marker), or raise LookupError saying why not."""
    texts = _text_map(root) if texts is None else texts
    found = []
    for marker in label.markers:
        els = innermost(texts, marker)
        if not els:
            raise LookupError(f"marker not in the page: {marker!r}")
        if label.occurrence == "all":
            found.extend(els)
        elif found:  # a further part of the same block: the holder of it nearest the first part
            found.append(nearest(found[0], els))
        else:
            if len(label.markers) > 1:  # a box's title: the whole words, when some holder has them
                els = whole_words(texts, marker, els)  # ("More Buzz", not the menu's "More BuzzFeed")
            n = int(label.occurrence)
            if n > len(els):
                raise LookupError(f"occurrence {n} of {marker!r}, the page has {len(els)}")
            found.append(els[n - 1])
    return found


def whole_words(texts: dict, marker: str, els: list) -> list:
    """Of the marker's holders, those where it is whole words (not the start or end of a longer
    word); all of them when none is."""
    whole = re.compile(rf"(?<!\w){re.escape(marker)}(?!\w)")
    return [el for el in els if whole.search(texts[el])] or els


def nearest(anchor, els: list):
    """Of the elements, the one nearest the anchor in the tree: the one whose common ancestor with
    it is deepest; of those, the first after the anchor in document order, else the first. (A box's
    title and one of its headlines: the headline in that box, not the same headline in the menu
    above the story.)"""
    line = [anchor, *anchor.iterancestors()]
    depth = {id(a): len(line) - n for n, a in enumerate(line)}  # the anchor's line, by depth

    def shared(el) -> int:  # the depth of the element's deepest ancestor in the anchor's line
        return next((depth[id(a)] for a in (el, *el.iterancestors()) if id(a) in depth), 0)

    best = max(shared(el) for el in els)
    near = [el for el in els if shared(el) == best]
    order = {id(el): n for n, el in enumerate(line[-1].iter())}
    after = [el for el in near if order[id(el)] > order[id(anchor)]]
    return (after or near)[0]


def page_source(page_id: str) -> bytes:
    return (CORPUS / "pages" / page_id / "source.html").read_bytes()


def page_url(page_id: str) -> str:
    import json

    return json.loads((CORPUS / "pages" / page_id / "meta.json").read_text(encoding="utf-8"))["url"]


def tag_page(page_id: str, labels: list[Label]) -> tuple[bytes, dict, list]:
    """The page with every label's elements tagged: (bytes, {tag: label}, [(label, error)])."""
    parsed = document.parse_page(page_source(page_id))
    root = parsed.root
    texts = _text_map(root)
    tagged, errors = {}, []
    for label in labels:
        try:
            els = locate(root, label, texts)
        except LookupError as err:
            errors.append((label, str(err)))
            continue
        for i, el in enumerate(els):
            tag = f"{label.line}.{i}"
            prior = el.get(ATTR)
            el.set(ATTR, f"{prior} {tag}" if prior else tag)
        tagged[label.line] = label
    return document.serialise(root, parsed.had_doctype), tagged, errors


def verdicts(cleaned_root, labels: dict) -> dict:
    """{label line: "removed" | "marked" | "kept"} for a cleaned page: removed when every element
    it names is gone, kept when any is there unmarked, marked otherwise."""
    from newsclean.engine.book.kinds import MARK_CLASS

    present: dict[int, list[bool]] = {}
    for el in cleaned_root.iter():
        if not isinstance(el.tag, str) or el.get(ATTR) is None:
            continue
        marked = any(MARK_CLASS in (a.get("class") or "").split() for a in (el, *el.iterancestors()))
        for tag in el.get(ATTR).split():
            present.setdefault(int(tag.split(".")[0]), []).append(marked)
    out = {}
    for line in labels:
        seen = present.get(line)
        if not seen:
            out[line] = "removed"
        elif all(seen):
            out[line] = "marked"
        else:
            out[line] = "kept"
    return out


def dump(page_id: str, width: int = 140) -> None:
    """Blocks of the page's body, indented by depth: tag.class#id and the element's own text."""
    root = document.parse_page(page_source(page_id)).root
    body = root.find("body")
    body = root if body is None else body
    print(f"# {page_id} {page_url(page_id)}")
    walker = lxml.etree.iterwalk(body, events=("start", "end"))
    depth = 0
    for event, el in walker:
        if event == "end":
            depth -= 1
            continue
        depth += 1
        if not isinstance(el.tag, str):
            continue
        if el.tag in _SKIP:
            walker.skip_subtree()
            depth -= 1
            continue
        own = norm(" ".join(t for t in [el.text or ""] + [c.tail or "" for c in el]))
        interesting = own or el.tag in ("a", "form", "input", "button", "iframe", "ins", "img", "aside", "section", "article", "ul", "ol")
        if not interesting:
            continue
        ident = el.tag
        if el.get("id"):
            ident += "#" + el.get("id")
        if el.get("class"):
            ident += "." + ".".join(el.get("class").split()[:3])
        extra = ""
        if el.tag == "a" and el.get("href"):
            extra = f" [{el.get('href')[:60]}]"
        if el.tag == "input":
            extra = f" [type={el.get('type')}]"
        print(f"{'  ' * min(depth, 30)}{ident}{extra}: {own[:width]}")


def check(path: Path) -> int:
    labels = load(path)
    by_page: dict[str, list[Label]] = {}
    for label in labels:
        by_page.setdefault(label.page, []).append(label)
    bad = 0
    for page_id, group in sorted(by_page.items()):
        if not (CORPUS / "pages" / page_id).is_dir():
            for label in group:
                print(f"{path}:{label.line}: no corpus page {page_id!r}")
                bad += 1
            continue
        _, _, errors = tag_page(page_id, group)
        for label, err in errors:
            print(f"{path}:{label.line}: {err}")
            bad += 1
    junk = [x for x in labels if x.verdict == "junk"]
    keep = [x for x in labels if x.verdict == "keep"]
    print(f"{len(labels)} labels ({len(junk)} junk on {len({x.page for x in junk})} pages, {len(keep)} keep); {bad} problem(s)")
    for verdict, kinds in (("junk", JUNK_KINDS), ("keep", KEEP_KINDS)):
        counts = {k: sum(1 for x in labels if x.verdict == verdict and x.kind == k) for k in kinds}
        print(f"  {verdict}: " + ", ".join(f"{k} {n}" for k, n in counts.items() if n))
    return 1 if bad else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.realjunk.labels")
    parser.add_argument("--check", nargs="?", const="", metavar="TSV")
    parser.add_argument("--dump", metavar="PAGE")
    parser.add_argument("--find", nargs=2, metavar=("PAGE", "TEXT"))
    args = parser.parse_args(argv)
    if args.dump:
        dump(args.dump)
    elif args.find:
        page_id, text = args.find
        root = document.parse_page(page_source(page_id)).root
        for i, el in enumerate(innermost(_text_map(root), norm(text)), 1):
            path = root.getroottree().getpath(el)
            print(f"{i}: {path} class={el.get('class')!r}: {norm(readable_text(el))[:160]}")
    elif args.check is not None:
        paths = [Path(args.check)] if args.check else sorted(HERE.glob(LABEL_FILES))
        return max(check(path) for path in paths)
    else:
        parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
