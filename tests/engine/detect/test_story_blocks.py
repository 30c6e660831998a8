"""Pages whose story holds a block of its own that looks like junk — a live blog's entries, a
recipe, a results table, a poem, a Q&A's bold questions, a correction in small type, a list of
sources, a "how to help" box, a hashtag line, a sentence whose link goes on after "también",
"anche" or "juga", a line that files a complaint ("Anzeige erstattet") — in twelve languages, one
page a file in `story_blocks/` (`cases.json`: the lines each page must keep, and what the block
is). A helper session wrote them to look for the story's text the product takes; the causes it
found were mended, and what is still taken is listed below.

Every line a page must keep is in the output and not dimmed (the bundled rules and the detector)
— but for those listed below, no worse than what the product does today."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean.engine.cleaner import clean

from .pages import FATES, line_fate

CASES = Path(__file__).parent / "story_blocks"
URL = "https://news.example.org/2024/05/some-story-slug"
KEEP = json.loads((CASES / "cases.json").read_text(encoding="utf-8"))

# What the product takes today (known; none may be added). Lists whose items are headline links to
# the site's earlier stories, with a date or a number before each and no title, read as a box of
# story cards (a timeline of an explainer's earlier coverage, a series' parts); a live ticker's
# entry that is one link to the site's own story reads as a lone teaser.
_TIMELINES = ("ar02_tasalsul", "en09_explainer_timeline_links", "es04_cronologia_enlaces", "nl01_tijdlijn",
              "pt05_leia_mais_explicador")
KNOWN = {name: "remove" for name in _TIMELINES}
KNOWN["de01_liveticker"] = "remove"
KNOWN["en39_series_part_links"] = "mark"
# A listed word in a link to another site, where it names that site's page: a source's "Boletín
# Oficial de Aragón" (a sign-up word), a charity's "brk.de/spenden" (a donation's). (Counting only
# the words outside such links lost a sponsor's "Jetzt anmelden!" link, and others held out.)
KNOWN["es05_fuentes_nota"] = "remove"
KNOWN["de06_spendenaufruf_hochwasser"] = "mark"
@pytest.mark.parametrize("name", sorted(KEEP))
def test_the_story_s_block_stays(name, bundled_book):
    result = clean((CASES / f"{name}.html").read_bytes(), URL, bundled_book)
    worst = max((line_fate(result.body, line) for line in KEEP[name]["keep"]), key=FATES.get)
    assert FATES[worst] <= FATES[KNOWN.get(name, "kept")], f"{name} ({KEEP[name]['note']}): {worst}"


def test_the_cases_are_there():
    assert sorted(p.stem for p in CASES.glob("*.html")) == sorted(KEEP) and len(KEEP) >= 100
    assert len({case["lang"] for case in KEEP.values()}) >= 10
