"""Pages and helpers the reader tests share: the seed's sentences, small story pages, the reader page
of a page, its text."""

from __future__ import annotations

import lxml.html

from newsclean.engine import document
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.engine.page import normalise

# What the seed README says a reader must keep, and what rules take out of the article.


SEED_KEPT = [
    "US Secretary of State Marco Rubio (L) meets with El Salvador’s President Nayib Bukele",
    "SAN SALVADOR — US Secretary of State Marco Rubio said Monday",
    "There is virtually no precedent in contemporary times",
    "But Rubio said Bukele, who has launched a sweeping crackdown",
    "“He has offered to house in his jails dangerous American criminals",
    "“No country’s ever made an offer of friendship such as this,” Rubio said.",
    "“We are profoundly grateful. I spoke to President Trump about this earlier today,” he said.",
    "Rubio appeared to suggest that the prison transfer",
    "“Any unlawful immigrant and illegal immigrant United States",
    "Trump has sought to crack down on the right to birthright citizenship",
]


SEED_JUNK = [
    "Article continues after this advertisement",
    "FEATURED STORIES",
    "China denies hacking phone of PH envoy to US",
    "Marco Rubio wins unanimous nod to be top US diplomat",
    "Rubio lays down ultimatum to Panama over canal",
    "mentos4d slot",
    "slot gacor hari ini",
    "situs togel online",
    "Subscribe to our daily newsletter",
]


def parse(body: bytes) -> lxml.html.HtmlElement:
    root, _ = document.parse(body)
    return root


def text(el) -> str:
    return normalise(el.text_content())


def page(head: str = "", body: str = "", html_attrs: str = 'lang="en"') -> bytes:
    paragraphs = "".join(
        f"<p>Paragraph {i} of the story tells what happened in the town, with enough words to read as prose.</p>"
        for i in range(6)
    )
    return (
        f"<!DOCTYPE html><html {html_attrs}><head><meta charset='utf-8'><title>Page title | Site</title>{head}</head>"
        f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>The headline</h1>{body}{paragraphs}</article><footer>© Site</footer></body></html>"
    ).encode()


def reader_page(data: bytes, url: str = "https://news.example.com/a/1?id=5") -> lxml.html.HtmlElement:
    result = clean(data, url, RuleBook.empty(), mode="reader")
    assert result.changed and result.report.status == "cleaned", result.report.detail
    return parse(result.body)
