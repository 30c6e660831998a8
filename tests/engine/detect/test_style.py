"""How a short line is set: the cues of a notice's type read from tags, inline style and classes."""

from __future__ import annotations

import lxml.html
import pytest

from newsclean.engine.detect import style


def cues_of(html: str) -> set:
    el = lxml.html.fragment_fromstring(html)
    return style.cues(el, el.text_content())


@pytest.mark.parametrize(
    "html, expected",
    [
        # inline style: a size in px, pt, rem and the shorthand; centred; a grey
        ('<p style="text-align:center;font-size:11px;color:#999">Anuncio</p>', {"small", "centred", "grey"}),
        ('<span style="display:block;font:11px/1.4 sans-serif;color:#888">Oglas</span>', {"small", "grey"}),
        ('<p style="font-size:.7rem;text-transform:uppercase">Werbung</p>', {"small", "capitals"}),
        ('<p style="font-size:9pt;color:rgb(140, 140, 140)">Reklama</p>', {"small", "grey"}),
        # tags that set type
        ('<center><font size="1">Publicidad</font></center>', {"small", "centred"}),
        ('<div><small>Mainos</small></div>', {"small"}),
        # the frameworks' utility classes, on the line or the element it wraps
        ('<small class="text-muted text-uppercase d-block">Publicité</small>', {"small", "grey", "capitals"}),
        ('<div class="flex justify-center"><span class="rounded-full text-xs text-gray-500">Annons</span></div>',
         {"small", "centred", "grey"}),
        # all capitals, in the text itself
        ('<p>ADVERTISEMENT</p>', {"capitals"}),
        # none: a plain line, a large one, a colour that is not grey, a grid's column class
        ('<p>Advertisement</p>', set()),
        ('<p style="font-size:18px;color:#c00">Advertisement</p>', set()),
        ('<div class="col-xs-12 text-amber-700">Advertisement</div>', set()),
        # capitals need letters that have them (Thai has none)
        ('<p>โฆษณา</p>', set()),
    ],
)
def test_cues(html, expected):
    assert cues_of(html) == expected


def test_a_wrapper_s_cues_count_only_when_the_line_is_all_it_holds():
    el = lxml.html.fragment_fromstring('<div class="text-center"><p>Anzeige</p><div id="slot-1"></div></div>')
    line = el[0]
    assert style.cues(line, "Anzeige") == set()
    alone = lxml.html.fragment_fromstring('<div class="text-center"><p class="small">Anzeige</p></div>')
    assert style.cues(alone[0], "Anzeige") == {"small", "centred"}
