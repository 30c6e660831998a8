"""Sign-up boxes put into the story: their blurbs are written in sentences, as the story's prose
is, and must not be taken for it (blocks.py leaves what these find out of the story's prose).

`boxes`: the box around each of the body's sign-up controls (an email field; a link drawn as a
button, or a form of a button alone, to a sign-up page), named a sign-up box or holding a blurb that
says what a sign-up says and nothing of the story. (A paragraph of the story's make with a sign-up
link in it stays the story's: a story about a newsletter, or a charity's mailing list, writes so.)
"""

from __future__ import annotations

from collections import Counter

from ...rules import words
from . import blocks, marks
from .targets import name_tokens, names_kind

_MATCHER = words.matcher()

SIGNUP_BOX_WORDS = 100  # the most words a sign-up box around its control holds (blurb, small print)
SIGNUP_LEVELS = 6  # how far up from the control its box is looked for
SIGNUP_PROSE = 2  # blocks in sentences a sign-up box may hold: its blurb and its small print
CONTROL_WORDS = 4  # words beside a control in a box named as nothing whose blurb is its prompt ("Sign me up")


def boxes(page, prose: list) -> set:
    """The boxes around the body's sign-up controls (an email field; a link drawn as a button, or a
    form of a button alone, to a sign-up page), their blurbs in sentences being the box's and not
    the story's prose. For each control, a few levels up within SIGNUP_BOX_WORDS words and two blocks
    in sentences (the blurb, the small print), the box is the highest ancestor named a sign-up box by
    its own class or id; or, when none is, the smallest ancestor holding a block in sentences, if the
    control's side of it says no more than the control's own few words and those blocks are of none
    of the story's paragraphs' make and share no telling word with them ("The 7am briefing, in your
    inbox every weekday" beside its button). A story's line never is: the story around a form holds
    more, and a line the form is put into, or beside a box that says its own prompt, writes its own
    sentence, of the story's make or of its words."""
    boxes, plain = set(), set()
    prose_set = set(prose)
    under = None  # element -> prose blocks under it, counted once for all the controls
    for control in _controls(page):
        if under is None:
            under = {}
            for p in prose:
                for a in p.iterancestors():
                    under[a] = under.get(a, 0) + 1
        box = unnamed = None
        branch, blurbed = control, False  # the child of the ancestor looked at that holds the control
        for level, a in enumerate(control.iterancestors()):
            if level >= SIGNUP_LEVELS or a is page.body or page.text(a).count(" ") >= SIGNUP_BOX_WORDS:
                # (a normalised text's words are its spaces and one)
                break
            if a in prose_set or under.get(a, 0) > SIGNUP_PROSE:
                break  # a line of the story's own text with the field put into it, or the story
            if names_kind(a, "newsletter"):
                box = a
            elif not blurbed and under.get(a, 0):
                blurbed = True  # (the smallest wrapper of the control and a block in sentences)
                if page.text(branch).count(" ") < CONTROL_WORDS:
                    unnamed = a
            branch = a
        if box is not None:
            boxes.add(box)
        elif unnamed is not None:
            plain.add(unnamed)
    if plain:
        boxes.update(_blurb_boxes(page, prose, prose_set, plain))
    return boxes


def _controls(page):
    """The body's email fields and its forms that go to a sign-up page with no field to fill (a
    button alone, beside hidden inputs), and the page's links drawn as buttons whose target is a
    sign-up page (from the page's links, gathered once for the rules)."""
    for node in page.body.iter("input", "form"):
        if node.tag == "input":
            if marks.node_marks(node) == marks.EMAIL:
                yield node
        elif marks.SIGNUP_TARGET.search(node.get("action") or "") and not any(
            (i.get("type") or "text").lower() not in _NO_FIELD for i in node.iter("input")
        ):
            yield node
    for a, href, _host in page.links:
        if _drawn_as_button(a) and marks.SIGNUP_TARGET.search(href):
            yield a


_NO_FIELD = frozenset(("hidden", "submit", "button", "image"))
_BUTTON_NAMES = frozenset(("btn", "button", "cta"))


def _drawn_as_button(a) -> bool:
    """A link drawn as a button (``role="button"``, or a button's class): a call to act, not a word of
    a sentence turned into a link."""
    if a.get("role") == "button":
        return True
    names = a.get("class")
    return bool(names) and not _BUTTON_NAMES.isdisjoint(name_tokens(names))


def _blurb_boxes(page, prose: list, prose_set: set, plain: set) -> list:
    """The unnamed boxes whose blocks in sentences are their blurbs: each says what a sign-up says
    (a listed word of the newsletter list), is of no make (`signature`) of the page's other prose
    and shares no telling word with it. The page's prose words and makes are counted once; a box's
    own blocks are found in the box (it is small), so the cost stays linear in the page."""
    inside = {box: [e for e in box.iter() if e in prose_set] for box in plain}
    inside = {box: els for box, els in inside.items() if els}
    if not inside:
        return []
    words_of = {p: {w.casefold() for w in blocks.WORD.findall(page.text(p))} for p in prose}
    makes = Counter(blocks.signature(p) for p in prose)
    counts = Counter(w for found in words_of.values() for w in found)
    out = []
    for box, els in inside.items():
        if len(prose) - len(els) < blocks.MIN_PROSE:
            continue
        own_makes = Counter(blocks.signature(p) for p in els)
        own_counts = Counter(w for p in els for w in words_of[p])
        if any(makes[m] > n for m, n in own_makes.items()):
            continue  # a block of the make of the page's other prose
        if not all("newsletter" in _MATCHER.find(page.text(p)) for p in els):
            continue  # a line that says nothing of a sign-up is somebody's (a sign-off, a note)
        if any(blocks.tells({w for w in words_of[p] if counts[w] > own_counts[w]}) for p in els):
            continue  # it talks of the story
        out.append(box)
    return out
