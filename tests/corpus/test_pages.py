"""What the corpus measure counts as article text."""

from __future__ import annotations

import lxml.html

from .pages import is_teaser, link_texts, page_text, truth_sentences, word_count


def test_sentences_of_eight_words_or_more():
    text = "Short one. This sentence has exactly eight words in it. Another: yes!\nREAD MORE: A teaser line that has well over eight words in it"
    assert truth_sentences(text) == ["This sentence has exactly eight words in it."]


def test_unspaced_scripts_count_characters():
    assert word_count("攻撃はボルノ州の町ダンボアで起きたもので") >= 8
    assert truth_sentences("攻撃はボルノ州の町ダンボアで起きたもので、特徴があった。短い。") == [
        "攻撃はボルノ州の町ダンボアで起きたもので、特徴があった。"
    ]


def test_teaser_labels():
    assert is_teaser("Related: Chicago is America's most segregated city")
    assert is_teaser("Lesen Sie auch: Die Bahn streicht Verbindungen im Winter")
    assert not is_teaser("Related research shows the effect is small in most cases.")


def test_page_text_separates_blocks_and_skips_code():
    root = lxml.html.document_fromstring(
        "<html><body><p>One<b>two</b></p><div>three<script>var x;</script><!-- c -->four</div>"
        "<template>hidden</template><p>five<br>six</p></body></html>"
    )
    assert page_text(root) == "Onetwo threefour five six"


def test_link_texts_are_headlines_only():
    root = lxml.html.document_fromstring(
        "<html><body><a href='/a'>Home</a><a href='/b'>Senators warn of rising rice prices in the provinces</a></body></html>"
    )
    assert link_texts(root) == ["Senators warn of rising rice prices in the provinces"]
