"""The quick look: which blocks are worth measuring."""

from __future__ import annotations

import pytest

from newsclean.engine.detect import blocks, look

from .pages import page, story


@pytest.mark.parametrize(("html", "worth"), [
    ('<div class="c-divider" aria-hidden="true"><hr><span>Kuulutus</span><hr></div>', True),
    ('<div class="c-badge"><span aria-hidden="true">Ilmoitus tässä</span></div>', True),
    ('<div class="c-badge"><span>Kuulutus</span></div>', False),  # (a short line and nothing else: a credit, a name)
    ('<div class="stat__figure" aria-hidden="true">$4.2 billion</div>', False),  # (a figure drawn for the eye)
    # (more than a few words hidden is a repeated quote or a summary, not a label)
    ('<div aria-hidden="true"><span>The vote was the first of its kind in the town</span></div>', False),
])
def test_a_short_line_hidden_from_screen_readers_is_worth_measuring(html, worth):
    pg = page(story(html))
    found = blocks.find_story(pg)
    (block,) = [b for b in found.blocks if b.position == "between"]
    assert look.worth_measuring(pg, block.el) is worth
