"""The rule kinds: each key a rule table may hold is one small class registered in a table.

A kind parses its own argument (raising ``RuleSyntaxError`` with a stable code), and then either
*finds* candidate elements on a page (a source, looked up through the page's indexes), *tests* an
element (a filter), *climbs* from a match to its container, or *acts* on the result. Each also
describes itself in words for `newsclean explain` and the extension.

By family, a module each: select (css, xpath), text, links, layout (hidden, within), labels
(own-text, label-box), position (in-sentence, after-sentence, in-link), climbs, actions; the shape
heuristics the labels and climbs share are in shapes, the registries and base classes in base.
Keys are documented for users in README.md ("Rule format"); keep the two in step.
"""

from __future__ import annotations

from .actions import MARK_CLASS, DropText, Keep, Mark, Remove, Unwrap
from .base import (
    ACTIONS,
    CLIMBS,
    MATCHERS,
    Action,
    Climb,
    Matcher,
    batch_regex,
    clear_caches,
    compile_css,
    compile_regex,
    finds_in_none,
    regex_finds,
)
from .climbs import Box, LinkBox, LinkRun, Upward, Widen
from .labels import LabelBox, OwnText, label_text_pattern
from .layout import Hidden, Within
from .links import HrefHost, HrefRegex, HrefWords, LinkDensity, Offsite
from .position import AfterSentence, InLink, InSentence, appended_after_sentence
from .select import Css, SimpleSelector, XPath, simple_selector
from .text import MaxWords, Text, TextContains, TextRegex, TextWords, text_pattern

__all__ = [
    "ACTIONS", "CLIMBS", "MATCHERS", "MARK_CLASS", "Action", "AfterSentence", "Box", "Climb", "Css",
    "DropText", "Hidden", "HrefHost", "HrefRegex", "HrefWords", "InLink", "InSentence", "Keep", "LabelBox", "LinkBox",
    "LinkDensity", "LinkRun", "Mark", "Matcher", "MaxWords", "Offsite", "OwnText", "Remove", "SimpleSelector", "Text",
    "TextContains", "TextRegex", "TextWords", "Unwrap", "Upward", "Widen", "Within", "XPath", "appended_after_sentence",
    "batch_regex", "clear_caches", "compile_css", "compile_regex", "finds_in_none", "label_text_pattern",
    "regex_finds", "simple_selector", "text_pattern",
]  # fmt: skip
