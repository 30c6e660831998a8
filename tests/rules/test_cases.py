"""Cases beside the rules: found per site folder, checked as written, and sites without one named."""

from __future__ import annotations

import pytest

from newsclean.engine.book.rulebook import RuleBook
from newsclean.rules.cases import CaseFileError, find_cases, missing_cases, parse_spec, sites_with_cases
from newsclean.rules.folders import BUNDLED_RULES, rule_dirs

URL = "https://news.example.org/2025/01/02/story"
PAGE = b"<html><body><article><p>The story.</p><p>Advertisement</p></article></body></html>"


def write_case(folder, site, name, toml, page=PAGE):
    where = folder / "tests" / site
    where.mkdir(parents=True, exist_ok=True)
    (where / f"{name}.toml").write_text(toml, encoding="utf-8")
    if page is not None:
        (where / f"{name}.html").write_bytes(page)
    return where / f"{name}.toml"


def test_the_bundled_site_files_each_have_a_case():
    book = RuleBook.load(rule_dirs())
    sites = {f.key for f in book.files if not f.is_default}
    assert sites and sites <= sites_with_cases([BUNDLED_RULES])
    cases = find_cases([BUNDLED_RULES])
    assert cases and all(c.problem is None for c in cases), [str(c.problem) for c in cases if c.problem]
    assert not missing_cases(book)


def test_cases_are_found_per_site_and_filtered(tmp_path):
    write_case(tmp_path, "example.org", "a", f'url = "{URL}"\nmust_go = ["Advertisement"]\n')
    write_case(tmp_path, "example.org", "b", f'url = "{URL}"\nmust_stay = ["The story."]\n')
    write_case(tmp_path, "other.net", "c", 'url = "https://other.net/x"\nmust_stay = ["The story."]\n')
    found = find_cases([tmp_path])
    assert [c.label for c in found] == ["example.org/a", "example.org/b", "other.net/c"]
    assert all(c.problem is None for c in found)
    assert [c.label for c in find_cases([tmp_path], ["OTHER.net"])] == ["other.net/c"]
    assert found[0].page == tmp_path / "tests" / "example.org" / "a.html"
    assert found[0].spec["must_go"] == ["Advertisement"]


@pytest.mark.parametrize("toml, message, line", [
    ('url = "https://news.example.org/x"\nmust_goo = ["x"]\n', "unknown key `must_goo`: did you mean `must_go`?", 2),
    ('url = "https://news.example.org/x"\nmust_go = "Advertisement"\n', "`must_go` must be a list of non-empty strings", 2),
    ('url = "https://news.example.org/x"\nmust_go = [""]\n', "`must_go` must be a list of non-empty strings", 2),
    ('must_go = ["x"]\n', "the case needs `url`", 1),
    ('url = "ftp://news.example.org/x"\nmust_go = ["x"]\n', "`url` must be an http(s) URL with a host", 1),
    ('url = "https://elsewhere.net/x"\nmust_go = ["x"]\n', "the case's URL is on elsewhere.net, not on example.org", 1),
    ('url = "https://news.example.org/x"\n', "the case checks nothing", 1),
    ('url = "https://news.example.org/x"\nparagraphs_after = true\n', "`paragraphs_after` must be a whole number", 2),
    ('url = "https://news.example.org/x"\nmust_go = [x]\n', "not valid TOML", 2),
])
def test_a_case_file_that_cannot_check_what_it_says_is_refused_with_its_line(tmp_path, toml, message, line):
    with pytest.raises(CaseFileError) as caught:
        parse_spec(toml, tmp_path / "c.toml", "example.org")
    assert message in caught.value.message
    assert caught.value.line == line
    assert str(caught.value).startswith(f"{tmp_path / 'c.toml'}:{line}: ")


def test_a_case_on_a_subdomain_of_its_site_and_default_cases_on_any_site():
    assert parse_spec(f'url = "{URL}"\nmust_go = ["x"]\n', "c.toml", "example.org")["url"] == URL
    assert parse_spec('url = "https://any.where/x"\nmust_go = ["x"]\n', "c.toml", "_default")
    with pytest.raises(CaseFileError, match="not on example.org"):
        parse_spec('url = "https://notexample.org/x"\nmust_go = ["x"]\n', "c.toml", "example.org")


def test_broken_cases_are_listed_with_their_problem_not_dropped(tmp_path):
    write_case(tmp_path, "example.org", "no-page", f'url = "{URL}"\nmust_go = ["x"]\n', page=None)
    write_case(tmp_path, "example.org", "bad", "url = \n")
    (tmp_path / "tests" / "example.org" / "lonely.html").write_bytes(PAGE)
    (tmp_path / "tests" / "Not A Site").mkdir()
    (tmp_path / "tests" / "example.org" / "latin1.toml").write_bytes(b'url = "\xe9"\n')
    problems = {c.label: c.problem.message for c in find_cases([tmp_path])}
    assert "its page is missing: no-page.html belongs beside it" in problems["example.org/no-page"]
    assert "not valid TOML" in problems["example.org/bad"]
    assert "a page without its case file: write lonely.toml" in problems["example.org/lonely"]
    assert "not UTF-8" in problems["example.org/latin1"]
    assert "not a site's folder" in problems["Not A Site/*"]


def test_a_site_file_without_a_case_gets_nc021(tmp_path):
    (tmp_path / "example.org.toml").write_text('[[rule]]\nreason = "x"\ntext = "Buy now"\n')
    (tmp_path / "tested.net.toml").write_text('[[rule]]\nreason = "x"\ntext = "Buy now"\n')
    write_case(tmp_path, "tested.net", "a", 'url = "https://tested.net/x"\nmust_go = ["Advertisement"]\n')
    book = RuleBook.load(rule_dirs(tmp_path))
    (warning,) = missing_cases(book)
    assert warning.code == "NC021" and warning.path == str(tmp_path / "example.org.toml")
    assert f"newsclean snapshot URL --site example.org --rules {tmp_path}" in warning.message
    assert str(tmp_path / "tests" / "example.org") in warning.message


def test_a_case_in_another_folder_counts_for_the_site(tmp_path):
    """A user's file for a bundled site extends it: the bundled cases test the site as it is served."""
    (tmp_path / "inquirer.net.toml").write_text('[[rule]]\nname = "promo"\nreason = "x"\ntext = "LISTEN: Inquirer podcasts"\n')
    assert not missing_cases(RuleBook.load(rule_dirs(tmp_path)))
