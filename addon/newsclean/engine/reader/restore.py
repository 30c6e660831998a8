"""What readability leaves out, put back.

readability-lxml scores blocks by their prose and keeps the best-scoring container's paragraphs: the
story's subheadings (short, no commas), its standfirst (often in a box of its own above the body),
figure captions, lists, and whole stretches of the story in a box of their own fall below its bar.
They are put back from the rule-cleaned page — so junk the rules took out stays out — in page order,
next to the story text around them, and only where the page shows them as part of the story: a gap
between kept paragraphs when all of it reads as story (no link lists, no boxes named for sharing,
comments or related stories), a subheading when story text follows it straight away, the paragraphs
just above the first kept one and just below the last in the same box, a standfirst between the
headline and the story, a caption beside a picture readability kept. Credit lines, bylines, dates
and small print about the site are left out (and taken out of readability's own pick).
"""

from __future__ import annotations

import copy
import re

from ..page import hides_itself, normalise
from .blocks import JUNK_NAMES, attached, block_kind, innermost_blocks, is_page_line, link_share
from .sanitise import LAZY_SRC

# Class or id words of a standfirst (dek, summary, intro) under the headline.
_STANDFIRST_NAMES = re.compile(
    r"(?:^|[\s_-])(?:standfirst|dek|deck|summary|intro|introduction|lede|lead|leadtext|lead-?text|subtitle|"
    r"sub-?title|subhead\w*|sub-?headline|excerpt|abstract|description|strapline|kicker-?text|teaser-?text|"
    r"article-?summary|article-?lead|article-?intro|post-?excerpt|entry-?summary)(?:$|[\s_-])",
    re.IGNORECASE,
)
_OUT_OF_STORY = frozenset({"nav", "aside", "footer", "form", "header", "menu", "noscript", "template", "script", "style"})


STANDFIRST_WORDS = (6, 90)


def _hidden(el, top) -> bool:
    for a in (el, *el.iterancestors()):
        if hides_itself(a) or a.get("aria-hidden") == "true":
            return True
        if a is top:
            break
    return False


def _in_junk(el, top, story_boxes=frozenset()) -> bool:
    """Inside a box that is not the story (by tag or by class/id words) below ``top``. A box holding
    kept story text is the story's, whatever its name (a layout's "with-sidebar" wrapper)."""
    for a in (el, *el.iterancestors()):
        if a is top or a in story_boxes:
            return False
        if a.tag in _OUT_OF_STORY:
            return True
        names = f"{a.get('class') or ''} {a.get('id') or ''}"
        if names.strip() and JUNK_NAMES.search(names):
            return True
    return False


def _common_ancestor(elements):
    chains = [list(reversed([e, *e.iterancestors()])) for e in elements]
    common = None
    for level in zip(*chains):
        if all(x is level[0] for x in level):
            common = level[0]
        else:
            break
    return common


def restore_dropped(article, root) -> None:
    """Put back the story's blocks that readability dropped: runs of paragraphs, subheadings, lists and
    captions between kept story text, the paragraphs just above the first kept one, the standfirst."""
    body = root.find("body")
    units = innermost_blocks(body if body is not None else root)
    out_units = innermost_blocks(article)
    if not units or not out_units:
        return
    out_text = normalise(article.text_content())
    present = [len(text) >= 2 and text in out_text for _, text in units]
    story = [i for i, (el, text) in enumerate(units) if present[i] and len(text) >= 40]
    if not story:
        return
    first, last = story[0], story[-1]
    region = _common_ancestor([units[i][0] for i in story])
    if region is None:
        return
    by_text: dict[str, object] = {}
    for el, text in out_units:
        by_text.setdefault(text, el)
    story_boxes: set = set()  # every box holding kept story text
    for i in story:
        for a in units[i][0].iterancestors():
            if a in story_boxes:
                break
            story_boxes.add(a)

    def output_of(text: str):
        """The output block holding ``text`` (exactly, else the smallest one containing it)."""
        found = by_text.get(text)
        if found is not None:
            return found
        holders = [(len(t), el) for el, t in out_units if text in t]
        return min(holders, key=lambda h: h[0])[1] if holders else None

    kinds = {}
    pictures = {_picture_name(img) for img in article.iter("img")} - {""}

    def kind(i: int, top) -> str | None:
        if i not in kinds:
            el, text = units[i]
            what = None if _hidden(el, top) or _in_junk(el, top, story_boxes) else block_kind(el, text)
            # A caption comes back only to a picture readability kept: with the picture gone, its
            # caption would describe nothing.
            if what == "caption" and not (_pictures_of(el) & pictures):
                what = None
            kinds[i] = what
        return kinds[i]

    copied_lists: set = set()

    def copy_of(i: int):
        el, _ = units[i]
        if kinds.get(i) == "item":
            holder = el.getparent()
            if holder is None or holder in copied_lists:
                return None
            copied_lists.add(holder)
            copied = _copy_block(holder)
            for child in list(copied):
                # Only its items of text: a sign-up box some sites nest in a list stays out.
                if child.tag != "li" or next(child.iter("p", "div", "section", "form", "h2", "h3", "h4"), None) is not None:
                    child.drop_tree()
            return copied
        copied = _copy_block(el)
        if el.tag in ("figcaption", "div", "section", "address", "dd", "dt"):
            copied.tag = "p"
        return copied

    # Gaps: blocks readability left out between two blocks of story text it kept. A gap holding only
    # paragraphs, subheadings, list items and captions (no link lists, nothing in a box named for
    # sharing, comments or related stories) comes back whole; otherwise only its subheadings that story
    # text follows, and its captions.
    anchor = None
    i = first
    while i <= last:
        if present[i]:
            found = output_of(units[i][1])
            if found is not None:
                anchor = found
            i += 1
            continue
        j = i
        while j <= last and not present[j]:
            j += 1
        # Photo credits and date lines inside a gap are left out without holding the rest back.
        gap = [k for k in range(i, j) if not (kind(k, region) is None and is_page_line(units[k][1]))]
        whole = len(gap) <= MAX_GAP and all(kind(k, region) is not None for k in gap)
        # Otherwise its opening run of story blocks (up to the first block that is not story text,
        # without a subheading left hanging at its end) comes back, and further on only subheadings
        # that story text follows, and captions.
        opening = 0
        if not whole and len(gap) <= MAX_GAP:
            while opening < min(len(gap), MAX_OPENING):
                what = kind(gap[opening], region)
                if what is None or (what == "paragraph" and len(units[gap[opening]][1].split()) < 4):
                    break
                opening += 1
            while opening and kinds[gap[opening - 1]] == "heading":
                opening -= 1
        for n, k in enumerate(gap):
            what = kind(k, region)
            if anchor is None or what is None:
                continue
            if not whole and n >= opening and not (
                what == "caption" or (what == "heading" and _story_follows(units, present, k, last))
            ):
                continue
            copied = copy_of(k)
            if copied is not None:
                _place_after(article, anchor, copied)
                anchor = copied
        i = j
    # The lead: paragraphs just above the first kept one (readability often takes the body's box and
    # leaves the intro's), back to the headline or to the first block that is not story text.
    lead = []
    start = first  # the story starts with the short kept lines right above its first paragraph
    while start > 0 and present[start - 1] and units[start - 1][0].tag != "h1" and first - start < MAX_LEAD:
        start -= 1
    top = _box_of(units[first][0], LEAD_BOX_LEVELS)
    k = start - 1
    while k >= 0 and start - k <= MAX_LEAD and units[k][0].tag != "h1" and not present[k]:
        el, text = units[k]
        if top is None or not attached(el, top):
            break
        if kind(k, top) is None:
            if is_page_line(text) and not _in_junk(el, top, story_boxes):
                k -= 1  # a photo credit or a date between two paragraphs: left out, but no stop
                continue
            break
        lead.append(k)
        k -= 1
    # Short lines at the top of the lead are more likely labels or kickers than story: only a lead's
    # inner short lines (an interview's questions) come back.
    while lead and kinds[lead[-1]] in ("paragraph", "heading", "caption") and len(units[lead[-1]][1].split()) < 6:
        lead.pop()
    first_out = output_of(units[start][1])
    for k in reversed(lead):
        copied = copy_of(k)
        if copied is None:
            continue
        if first_out is not None:
            _place_before(article, first_out, copied)
        else:
            article.insert(0, copied)
    # The end: paragraphs just below the last kept one, in the same box, up to the first block that is
    # not story text.
    last_out = output_of(units[last][1])
    top = _box_of(units[last][0], TAIL_BOX_LEVELS)
    k = last + 1
    anchor = last_out
    while anchor is not None and k < len(units) and k - last <= MAX_TAIL and not present[k]:
        el, text = units[k]
        if not attached(el, top):
            break
        what = kind(k, top)
        if what is None and is_page_line(text) and not _in_junk(el, top, story_boxes):
            k += 1
            continue
        if what == "heading" and not (k + 1 < len(units) and kind(k + 1, top) in ("paragraph", "item")):
            break
        if what is None or (what == "paragraph" and len(text.split()) < 6):
            break
        copied = copy_of(k)
        if copied is not None:
            _place_after(article, anchor, copied)
            anchor = copied
        k += 1
    standfirst = _standfirst(root, units, present, (lead[-1] if lead else start), out_text)
    if standfirst is not None:
        copied = _copy_block(standfirst)
        copied.tag = "p"
        article.insert(0, copied)


# Longest run of dropped blocks put back between two kept ones, and longest lead put back above.
MAX_GAP = 40
MAX_OPENING = 10
MAX_LEAD = 12
# The lead is looked for in the box this many levels above the first kept block (never the body),
# the end in the box this many levels above the last.
LEAD_BOX_LEVELS = 4
TAIL_BOX_LEVELS = 4
MAX_TAIL = 20


def _box_of(el, levels: int):
    box = el
    for _ in range(levels):
        parent = box.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        box = parent
    return box


def _place_after(article, anchor, new) -> None:
    """Right after ``anchor`` in the output, but never inside a list, table, quote or figure."""
    anchor = _outside_containers(article, anchor)
    anchor.addnext(new)


def _place_before(article, anchor, new) -> None:
    anchor = _outside_containers(article, anchor)
    anchor.addprevious(new)


def _outside_containers(article, anchor):
    while anchor.getparent() is not None and anchor.getparent() is not article and (
        anchor.getparent().tag in ("ul", "ol", "dl", "table", "tbody", "thead", "tr", "li", "blockquote", "figure")
        or anchor.tag in ("li", "dd", "dt", "td", "th", "tr")
    ):
        anchor = anchor.getparent()
    return anchor


def _picture_name(img) -> str:
    """The file name of an image (its address as written varies: relative, absolute, lazy)."""
    for name in ("src", *LAZY_SRC):
        value = (img.get(name) or "").strip()
        if value and not value.startswith("data:"):
            return value.split(",")[0].split()[0].split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    return ""


def _pictures_of(el) -> set:
    """File names of the pictures of the figure (or the caption's box) that ``el`` describes."""
    box = next((a for a in el.iterancestors() if a.tag == "figure"), None)
    if box is None:
        box = el.getparent()
    return {_picture_name(img) for img in box.iter("img")} - {""} if box is not None else set()


def _story_follows(units, present, i: int, last: int) -> bool:
    """The next text block after a subheading (captions aside) is story text readability kept."""
    for j in range(i + 1, last + 1):
        el, text = units[j]
        if el.tag == "figcaption" or any(a.tag == "figure" for a in el.iterancestors()):
            continue
        return present[j] and len(text) >= 40
    return False


def _standfirst(root, units, present, first: int, out_text: str):
    """A summary paragraph between the headline and the story's first kept paragraph: named so by its
    class or id, or the page's own description shown as text."""
    described = ""
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or "").lower()
        if key in ("og:description", "description", "twitter:description") and m.get("content"):
            described = normalise(m.get("content"))
            break
    start = 0
    for j in range(first - 1, -1, -1):
        if units[j][0].tag == "h1":
            start = j + 1
            break
    else:
        if first > 40:
            return None  # no headline: only the blocks just above the story are candidates
        start = max(0, first - 12)
    for j in range(start, first):
        el, text = units[j]
        if present[j] or text in out_text:
            continue
        words = len(text.split())
        if not STANDFIRST_WORDS[0] <= words <= STANDFIRST_WORDS[1] or link_share(el, text) > 0.3:
            continue
        if _hidden(el, None) or any(a.tag in _OUT_OF_STORY - {"header"} for a in el.iterancestors()):
            continue
        named = any(
            _STANDFIRST_NAMES.search(f"{a.get('class') or ''} {a.get('id') or ''}")
            for a in (el, *list(el.iterancestors())[:2])
        )
        if named or (described and (text == described or (len(described) > 60 and described in text))):
            return el
    return None


def _copy_block(el):
    copied = copy.deepcopy(el)
    copied.tail = None
    return copied
