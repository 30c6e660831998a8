"""Reader mode: the rule-cleaned page → one simple, readable page holding only the story.

The page's rules have already run on ``page.root`` when this is called, so junk inside the article
body (ad labels, teaser boxes, spam links) is gone before readability-lxml picks the article: it never
reaches the reader page. What the reader page holds: the title, byline and date where the page says
them (meta tags, Open Graph, JSON-LD, byline elements), the article with its images and links (absolute
URLs), a link to the original page, the site's language and direction. No scripts, no styles of the
site, no forms, no frames.

One way through, one module a stage: ``metadata`` (the header's fields) → ``extract`` (readability's
pick or the page's own box, pruned; credit lines and notices out) → ``restore`` (what readability
dropped, put back) → ``sanitise`` (the markup whitelist) → ``render`` (the page; ``render()`` is the
way in). ``blocks`` holds what extract and restore both measure of a text block.
"""

from __future__ import annotations

from .blocks import SUBHEADING_MAX_WORDS
from .extract import (
    FALLBACK_BELOW,
    NOTICE_MAX_WORDS,
    PARAGRAPHS_SHARE_BELOW,
    READER_REASONS,
    SIDE_BOX_LEVELS,
    drop_byline_copy,
    drop_credit_lines,
    drop_notices,
    drop_repeated_heading,
    extract_article,
    prune,
)
from .metadata import Metadata, metadata
from .render import BYPASS_PARAM, BYPASS_VALUE, READER_STYLE, build_page, original_url, render
from .restore import (
    LEAD_BOX_LEVELS,
    MAX_GAP,
    MAX_LEAD,
    MAX_OPENING,
    MAX_TAIL,
    STANDFIRST_WORDS,
    TAIL_BOX_LEVELS,
    restore_dropped,
)
from .sanitise import sanitise

__all__ = [
    "BYPASS_PARAM", "BYPASS_VALUE", "FALLBACK_BELOW", "LEAD_BOX_LEVELS", "MAX_GAP", "MAX_LEAD", "MAX_OPENING",
    "MAX_TAIL", "NOTICE_MAX_WORDS", "PARAGRAPHS_SHARE_BELOW", "READER_REASONS", "READER_STYLE", "SIDE_BOX_LEVELS",
    "STANDFIRST_WORDS", "SUBHEADING_MAX_WORDS", "TAIL_BOX_LEVELS", "Metadata", "build_page", "drop_byline_copy",
    "drop_credit_lines", "drop_notices", "drop_repeated_heading", "extract_article", "metadata", "original_url",
    "prune", "render", "restore_dropped", "sanitise",
]
