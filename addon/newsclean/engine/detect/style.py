"""How a short line is set: the cues of a notice's type — small print, centred, grey, in capitals.

An ad's label is set apart from the story around it: "ADVERTISEMENT" in small grey capitals in the
middle of the column, whatever language it says it in. Read from the markup alone (no stylesheet
is applied here): the tags that set type (`<small>`, `<font size=1>`, `<center>`), the inline
style, and the utility classes of the common frameworks (Bootstrap's `small text-muted
text-uppercase text-center`, Tailwind's `text-xs text-gray-500 uppercase justify-center`). A cue
counts from the line's element, the one element it wraps, and so down, and from its wrapper.
"""

from __future__ import annotations

import re

SMALL, CENTRED, GREY, CAPITALS = "small", "centred", "grey", "capitals"

_SMALL_TAGS = frozenset(("small", "sub", "sup"))
_SMALL_FONT = frozenset(("1", "2", "-1", "-2", "-3"))
# (`font:11px/1.4 sans-serif` and `font-size:.7rem` alike; a size in %, only below 85%)
_FONT_SIZE = re.compile(r"font(?:-size)?\s*:\s*[^;]*?(\d*\.?\d+)\s*(px|pt|rem|em|%)", re.IGNORECASE)
_SMALL_WORD = re.compile(r"font(?:-size)?\s*:\s*[^;]*\b(?:x{1,2}-small|smaller)\b", re.IGNORECASE)
_ALIGN_CENTRE = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
_UPPER_STYLE = re.compile(r"text-transform\s*:\s*uppercase|font-variant\s*:\s*small-caps", re.IGNORECASE)
_COLOUR = re.compile(r"(?:^|;)\s*color\s*:\s*([^;!]+)", re.IGNORECASE)
_HEX = re.compile(r"#([0-9a-f]{3}|[0-9a-f]{6})\b", re.IGNORECASE)
_RGB = re.compile(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)", re.IGNORECASE)

_CLASS_CUES = {
    SMALL: re.compile(
        r"(?:^|\s)(?:small|text-(?:xs|2xs|xxs|tiny|\[(?:[0-9]|1[0-2])px\])|fs-[67]|tiny|fine-?print|small-?print)(?=\s|$)",
        re.IGNORECASE,
    ),
    CENTRED: re.compile(
        r"(?:^|\s)(?:text-center|text-centered|center|centered|centre|justify-center|align-center|aligncenter|"
        r"has-text-align-center|tc|u-center|u-text-center)(?=\s|$)",
        re.IGNORECASE,
    ),
    GREY: re.compile(
        r"(?:^|\s)(?:muted|text-muted|text-secondary|grey|gray|text-gr[ae]y(?:-\d+)?|text-(?:slate|zinc|neutral|stone)-\d+)(?=\s|$)",
        re.IGNORECASE,
    ),
    CAPITALS: re.compile(
        r"(?:^|\s)(?:uppercase|text-uppercase|is-uppercase|caps|all-?caps|small-?caps|u-uppercase)(?=\s|$)",
        re.IGNORECASE,
    ),
}
_LEVELS = 4  # elements looked at down from the line's (it wrapping one each) and its wrapper


def _small_size(number: str, unit: str) -> bool:
    size = float(number)
    unit = unit.lower()
    if unit == "px":
        return 0 < size <= 12
    if unit == "pt":
        return 0 < size <= 9
    if unit == "%":
        return 0 < size <= 85
    return 0 < size <= 0.8  # em, rem


def _grey(value: str) -> bool:
    """A colour of grey, light enough to set text apart (not black, not a hue)."""
    value = value.strip().lower()
    if value.startswith(("gray", "grey", "darkgray", "darkgrey", "silver", "lightgray", "lightgrey", "dimgray", "dimgrey")):
        return True
    m = _HEX.search(value)
    if m:
        digits = m.group(1)
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        rgb = [int(digits[i : i + 2], 16) for i in (0, 2, 4)]
    else:
        m = _RGB.search(value)
        if not m:
            return False
        rgb = [int(x) for x in m.groups()]
    return max(rgb) - min(rgb) <= 24 and 0x55 <= min(rgb) <= 0xdd


def _cues_of(el) -> set:
    cues = set()
    tag = el.tag
    if tag in _SMALL_TAGS or (tag == "font" and (el.get("size") or "").strip() in _SMALL_FONT):
        cues.add(SMALL)
    if tag == "center" or (el.get("align") or "").lower() == "center":
        cues.add(CENTRED)
    style = el.get("style")
    if style:
        size = _FONT_SIZE.search(style)
        if (size and _small_size(*size.groups())) or _SMALL_WORD.search(style):
            cues.add(SMALL)
        if _ALIGN_CENTRE.search(style):
            cues.add(CENTRED)
        if _UPPER_STYLE.search(style):
            cues.add(CAPITALS)
        colour = _COLOUR.search(style)
        if colour and _grey(colour.group(1)):
            cues.add(GREY)
    names = el.get("class")
    if names:
        for cue, pattern in _CLASS_CUES.items():
            if cue not in cues and pattern.search(names):
                cues.add(cue)
    return cues


def cues(el, text: str) -> set:
    """The cues of a notice's type that a short line is set with: from the element, the elements it
    wraps one within the other (and nothing beside them), and its wrapper when it is the wrapper's
    only element; and capitals when its letters are all capitals."""
    found = set()
    node = el
    for _ in range(_LEVELS):
        found |= _cues_of(node)
        if len(node) != 1 or (node.text or "").strip():
            break
        node = node[0]
        if not isinstance(node.tag, str):
            break
    parent = el.getparent()
    if parent is not None and len(parent) == 1 and not (parent.text or "").strip():
        found |= _cues_of(parent)
    cased = [c for c in text if c.lower() != c.upper()]  # (letters of scripts with capitals)
    if len(cased) >= 4 and all(c.isupper() for c in cased):
        found.add(CAPITALS)
    return found
