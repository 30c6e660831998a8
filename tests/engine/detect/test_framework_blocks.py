"""Blocks written as component frameworks and players write them (React's `data-testid`, Arc's and
Brightspot's `data-component`/`data-module`, Brightcove's `<video-js>`, JW Player, AdSense,
Gutenberg, live blogs), one a file in `framework_blocks/`: the story's own — captions, embeds,
timelines, bylines, fact boxes — and junk. A helper session wrote them to review a change that read
data attributes as class names (it took 23 of the story's blocks; a narrower change took none).

The first line of a file says what the block is (`story` or `junk`) and where it goes: between the
story's paragraphs, `after` them, or a whole `page`. A story block is neither removed nor marked, a
junk block is removed — but for those listed below, no worse than what the detector does today."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.engine.cleaner import clean

from .pages import PROSE, URL, story
from .test_apply import book

CASES = Path(__file__).parent / "framework_blocks"

# The story's blocks the detector takes today (known; none may be added), and why it does.
STORY_TAKEN = {
    # lists of headline links to the site's stories in the story's body, titled or not: what a box
    # of related stories looks like (the linklist look-alikes of tests/realjunk, 25 of 32 kept)
    "s35_list_of_links_story.html": "remove",
    "s54_timeline_links_rel.html": "remove",
    # a line that is a label ("Listen to", "See") and one link to another page of the site
    "s68_gutenberg_podcast_link.html": "remove",
    "p01_nextjs_liveblog_page.html": "remove",
    # short lines with one link to the site or a social network: dimmed, not removed
    "s51_internal_link_para.html": "mark",
    "s71_inline_link_short_para.html": "mark",
    "s56_follow_byline.html": "mark",
    "a01_related_topics_tags.html": "mark",
    "a03_author_follow_social.html": "mark",
}
# The junk the detector leaves or only marks today.
JUNK_MISSED = {
    "j02_related_component.html": "mark",  # two headline links and a title: a box or the story's list?
    "j11_related_gallery.html": "mark",
    "s74_social_follow_topic_tags.html": "mark",
    "j07_promo_app.html": "left",  # an app's promotion in a sentence
    "j15_sponsored_card_image.html": "left",  # a sponsored card named nothing, its label a word no list holds
    "s77_disclaimer_affiliate.html": "left",  # an affiliate disclaimer in a sentence
}


RANK = {"left": 0, "mark": 1, "remove": 2}


def _case(path: Path) -> tuple[str, bytes]:
    first, _, body = path.read_text(encoding="utf-8").partition("\n")
    kind = "junk" if "junk" in first else "story"
    if "page" in first:
        return kind, body.encode()
    return kind, story("", after=body.strip()) if "after" in first else story(body.strip())


def _verdict(result) -> str:
    actions = {r.action for r in result.report.removals if r.rule.startswith("detect:")}
    return "remove" if "remove" in actions else "mark" if "mark" in actions else "left"


@pytest.mark.parametrize("name", sorted(p.name for p in CASES.glob("*.html")))
def test_framework_block(name):
    kind, data = _case(CASES / name)
    result = clean(data, URL, book())
    verdict = _verdict(result)
    if kind == "story":  # (no worse than today: a block the detector stops taking is welcome)
        assert RANK[verdict] <= RANK[STORY_TAKEN.get(name, "left")], f"{name}: the story's block {verdict}"
    else:
        assert RANK[verdict] >= RANK[JUNK_MISSED.get(name, "remove")], f"{name}: junk {verdict}"
    if "page" not in name:  # (a whole page has a story of its own)
        assert all(p in result.body.decode() for p in PROSE)


def test_the_cases_are_there():
    names = {p.name for p in CASES.glob("*.html")}
    assert len(names) >= 100 and set(STORY_TAKEN) <= names and set(JUNK_MISSED) <= names
