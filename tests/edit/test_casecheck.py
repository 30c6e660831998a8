"""A case's check: each item that does not hold is a failure of its own kind, said in words."""

from __future__ import annotations

from newsclean.edit.casecheck import norm, page_text, run_case
from newsclean.engine import document
from newsclean.engine.book.rulebook import RuleBook
from newsclean.rules.folders import rule_dirs

URL = "https://news.example.org/2025/01/02/story"
PAGE = b"""<html><head><style>p{}</style></head><body>
<article>
<h1>Harbour works begin</h1>
<p>The dredging of the outer harbour began on Monday, the port authority said in a statement.</p>
<div class="ad"><p>Advertisement</p></div>
<p>Work is expected to last until September, when the first ships will dock.</p>
<p>Buy now: cheap flights</p>
<a href="https://spam.example/x">a link</a>
</article>
<footer>&#169; Example News</footer>
</body></html>"""
STORY = "The dredging of the outer harbour began on Monday"
RULE = '[[rule]]\nname = "flights"\nreason = "A sales line in the story"\ntext-contains = "{text}"\n'


def book_with(tmp_path, text: str | None = None) -> RuleBook:
    if text is not None:
        (tmp_path / "example.org.toml").write_text(RULE.format(text=text))
    return RuleBook.load(rule_dirs(tmp_path))


def kinds(outcome):
    return [(f.kind, f.item) for f in outcome.failures]


def test_page_text_is_the_readers_text():
    root = document.parse(b"<body><p>One<b>two</b></p><p>three</p><script>x()</script>&#160;four\xef\xac\x81</body>")[0]
    assert page_text(root) == "Onetwo three fourfi"  # blocks apart, code out, NFKC (the ligature)
    assert norm("  a\n\tb ") == "a b"


def test_a_case_that_holds_passes(tmp_path):
    spec = {"url": URL, "must_go": ["Advertisement", "Buy now: cheap flights"], "must_stay": [STORY, "Harbour works begin"],
            "by": ["flights"], "kept_selectors": ["article h1"]}
    outcome = run_case(spec, PAGE, book_with(tmp_path, "Buy now"))
    assert outcome.passed, kinds(outcome)
    assert outcome.checked == {"must_go": 2, "must_stay": 2, "by": 1, "kept_selectors": 1}


def test_junk_that_stayed_and_story_that_went_are_named_with_the_rule_that_took_it(tmp_path):
    spec = {"url": URL, "must_go": ["Buy now: cheap flights"], "must_stay": [STORY, "Work is expected"]}
    outcome = run_case(spec, PAGE, book_with(tmp_path, "dredging of the outer harbour"))
    assert kinds(outcome) == [("stayed", "Buy now: cheap flights"), ("went", STORY)]
    stayed, went = (f.message for f in outcome.failures)
    assert stayed == "must go, stayed: 'Buy now: cheap flights'"
    assert went.startswith(f"must stay, went: {STORY!r} — taken by example.org:flights (remove p")


def test_texts_the_page_never_had_are_the_cases_mistake(tmp_path):
    spec = {"url": URL, "must_go": ["Not on the page"], "must_stay": ["Nor this"], "gone_selectors": [".nothing"],
            "links_kept": ["https://absent.example/"]}
    outcome = run_case(spec, PAGE, book_with(tmp_path))
    assert [k for k, _ in kinds(outcome)] == ["case"] * 4
    assert "case error: must_go text 'Not on the page' is not in the page to begin with" in outcome.failures[0].message


def test_rules_selectors_links_actions_and_paragraphs(tmp_path):
    spec = {
        "url": URL, "by": ["flights"], "not_by": ["ad-label"], "gone_selectors": ["article h1"],
        "kept_selectors": ["div.ad", "p["], "links_gone": ["https://spam.example/x"], "actions": ["unwrap"],
        "paragraphs_after": 9,
    }
    outcome = run_case(spec, PAGE, book_with(tmp_path))
    assert kinds(outcome) == [
        ("idle", "flights"), ("acted", "ad-label"), ("selector-stayed", "article h1"), ("selector-went", "div.ad"),
        ("case", "p["), ("link-stayed", "https://spam.example/x"), ("action", "remove"), ("paragraphs", "3"),
    ]
    assert outcome.failures[-1].message == "3 paragraph(s) after cleaning, not 9"


def test_normalised_texts_compare_as_the_reader_reads_them(tmp_path):
    spec = {"url": URL, "must_stay": ["The  dredging of the outer\nharbour"], "must_go": ["Advertisement"]}
    assert run_case(spec, PAGE, book_with(tmp_path)).passed


def test_a_page_in_another_charset_is_read_with_the_cases_charset(tmp_path):
    page = "<html><body><p>Der Hafen wird ausgebaggert, sagte die Behörde.</p><p>Anzeige</p></body></html>".encode("cp1252")
    spec = {"url": URL, "charset": "windows-1252", "must_stay": ["sagte die Behörde"], "must_go": ["Anzeige"]}
    outcome = run_case(spec, page, book_with(tmp_path))
    assert outcome.passed, kinds(outcome)
