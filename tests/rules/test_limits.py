"""Rule files that once broke loading, or passed `check` and then failed on every page: each is now an
error of its own file (`path:line:col: CODE message`), and every other file loads."""

from __future__ import annotations

import os
import threading

import pytest

from newsclean.edit.editor import EditError, RuleEditor
from newsclean.engine.book.compile import parse_rule_text
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.rules.errors import CODES
from newsclean.rules.limits import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_ITEMS,
    MAX_PATTERN_CHARS,
    MAX_REASON_CHARS,
    MAX_SELECTORS,
    MAX_TEXT_CHARS,
    nesting_too_deep,
)
from newsclean.rules.loader import RuleFileError

GOOD = """\
[[rule]]
name = "promo"
reason = "Promo box"
css = ".promo"
"""

PAGE = (
    b"<html><body><article><p>" + b"A sentence of the story that is long enough to count. " * 10
    + b'</p><div class="promo">Buy now</div></article></body></html>'
)


def load_alone(folder) -> RuleBook:
    """RuleBook.load in a thread, so that a load that blocks (a FIFO) fails the test instead of
    hanging it: a guard against a hang, not a measure of speed."""
    out: list = []
    worker = threading.Thread(target=lambda: out.append(RuleBook.load([folder])), daemon=True)
    worker.start()
    worker.join(60)
    assert out, "RuleBook.load did not return"
    return out[0]


def only_error(book: RuleBook, code: str):
    (err,) = book.errors
    assert err.code == code, str(err)
    return err


# -- item 5: what a file is, and how deep it nests ---------------------------------------------------


def test_fifo_is_refused_without_blocking_and_others_load(tmp_path):
    (tmp_path / "example.com.toml").write_text(GOOD)
    os.mkfifo(tmp_path / "example.org.toml")
    book = load_alone(tmp_path)
    err = only_error(book, "NC013")
    assert str(err).startswith(f"{tmp_path / 'example.org.toml'}:1:1: NC013 not a regular file but a FIFO")
    assert book.site_domains == ("example.com",)


def test_symlink_to_dev_zero_is_refused_unread(tmp_path):
    (tmp_path / "example.com.toml").write_text(GOOD)
    os.symlink("/dev/zero", tmp_path / "example.org.toml")
    book = load_alone(tmp_path)
    assert "a character device" in only_error(book, "NC013").message
    assert book.site_domains == ("example.com",)


def test_symlink_to_a_regular_file_loads(tmp_path):
    (tmp_path / "elsewhere.txt").write_text(GOOD)
    os.symlink(tmp_path / "elsewhere.txt", tmp_path / "example.com.toml")
    book = load_alone(tmp_path)
    assert not book.errors and book.site_domains == ("example.com",)


def test_folder_named_like_a_rule_file_is_refused(tmp_path):
    (tmp_path / "example.org.toml").mkdir()
    assert "a folder" in only_error(load_alone(tmp_path), "NC013").message


def test_file_over_the_size_cap_is_refused(tmp_path):
    (tmp_path / "example.com.toml").write_text(GOOD)
    big = GOOD + "#" * (MAX_FILE_BYTES - len(GOOD)) + "\n"  # valid TOML, one byte past the cap
    (tmp_path / "example.org.toml").write_text(big)
    err = only_error(load_alone(tmp_path), "NC014")
    assert f"{MAX_FILE_BYTES + 1:,} bytes" in err.message
    (tmp_path / "example.org.toml").write_text(big[:-1])  # at the cap: loads
    assert not load_alone(tmp_path).errors


@pytest.mark.parametrize(
    "value",
    ["[" * 10_000 + "]" * 10_000, "{a = " * 10_000 + "1" + "}" * 10_000, "[" * 10_000],
)
def test_deep_nesting_is_refused_before_tomllib_recurses(tmp_path, value):
    (tmp_path / "example.com.toml").write_text(GOOD)
    (tmp_path / "example.org.toml").write_text(GOOD + f"\n[[rule]]\nreason = 'r'\ncss = 'p'\nx = {value}\n")
    err = only_error(load_alone(tmp_path), "NC015")
    # the bracket past the limit: line 9, after `x = ` and MAX_DEPTH others
    offset = len("x = ") + (MAX_DEPTH if value[0] == "[" else len("{a = ") * MAX_DEPTH)
    assert str(err).startswith(f"{tmp_path / 'example.org.toml'}:9:{offset + 1}: NC015 ")
    assert load_alone(tmp_path).site_domains == ("example.com",)


DEEP = "[" * (MAX_DEPTH + 1)


@pytest.mark.parametrize(
    "text,too_deep",
    [
        (f"a = {'[' * MAX_DEPTH}{']' * MAX_DEPTH}\n", False),
        (f"a = {DEEP}{']' * (MAX_DEPTH + 1)}\n", True),
        (f'a = "{DEEP}"\n', False),  # inside strings of every kind, brackets are text
        (f"a = '{DEEP}'\n", False),
        (f'a = """\n{DEEP}\n"""\n', False),
        (f"a = '''\n{DEEP}\n'''\n", False),
        (f'a = "x\\"{DEEP}"\n', False),  # an escaped quote does not end a basic string
        (f"a = 'x\\'\nb = {DEEP}\n", True),  # a literal string has no escapes: it ended at the quote
        (f'a = """x""""\nb = {DEEP}\n', True),  # up to two quotes more belong to a multi-line string
        (f"# {DEEP}\na = 1\n", False),  # comments
        (f'a = "#"\nb = {DEEP}\n', True),  # a # in a string starts no comment
        ("[[rule]]\n" * 100, False),  # headers open and close on their line
    ],
)
def test_nesting_scan_follows_strings_and_comments(text, too_deep):
    assert (nesting_too_deep(text) is not None) == too_deep


def test_a_broken_reload_keeps_the_last_good_version(tmp_path):
    path = tmp_path / "example.com.toml"
    path.write_text(GOOD)
    first = RuleBook.load([tmp_path])
    path.write_text("x = " + "[" * 5000)
    os.utime(path, ns=(1, 1))  # a different mtime, whatever the clock's resolution
    again = RuleBook.load([tmp_path], previous=first)
    assert only_error(again, "NC015")
    assert [r.id for f in again.files for r in f.rules] == ["example.com:promo"]


# -- item 6: values past their limits, rules that fail on any page ------------------------------------


def rule_error(extra: str, key: str = "example.com"):
    """Parse GOOD plus one rule; return the one error (the good rule loads)."""
    text = GOOD + "\n[[rule]]\nname = \"bad\"\nreason = \"r\"\n" + extra + "\n"
    parsed = parse_rule_text(text, f"rules/{key}.toml", key)
    assert [r.name for r in parsed.rules] == ["promo"]
    (err,) = parsed.errors
    return err


@pytest.mark.parametrize(
    "extra,code,line,message",
    [
        (f'text-contains = "{"x" * (MAX_TEXT_CHARS + 1)}"', "NC016", 9, f"`text-contains` is {MAX_TEXT_CHARS + 1:,}"),
        (f'text = "{"x" * 1_000_000}"', "NC016", 9, "at most 2,000 are allowed"),
        (f'css = "p"\ntext-regex = "{"a" * (MAX_PATTERN_CHARS + 1)}"', "NC016", 10, "`text-regex`"),
        (f'xpath = "//p[@x=\'{"a" * MAX_PATTERN_CHARS}\']"', "NC016", 9, "`xpath`"),
        ('css = "' + ", ".join(f".c{i}" for i in range(6000)) + '"', "NC017", 9, "lists 6,000 selectors"),
        ('css = "' + ", ".join(f".c{i}" for i in range(MAX_SELECTORS + 1)) + '"', "NC017", 9, "at most 256"),
        ('css = "p"\nwithin = "' + ", ".join(f"#a{i}" for i in range(300)) + '"', "NC017", 10, "`within`"),
        ("label-box = [" + ", ".join(f'"l{i}"' for i in range(MAX_ITEMS + 1)) + "]", "NC017", 9, "501 entries"),
        (f'css = "p"\nbox = {{ words = 9, small-print = "{"a" * (MAX_PATTERN_CHARS + 1)}" }}', "NC016", 10,
         "`box.small-print`"),
        ('css = "' + ":is(" * 790 + "p" + ")" * 790 + '"', "NC005", 9, "nested too deep to compile"),
    ],
)
def test_values_past_their_limits(extra, code, line, message):
    err = rule_error(extra)
    assert err.code == code and err.line == line, str(err)[:300]
    assert message in err.message
    assert len(str(err)) < 600  # the message names the problem; it does not repeat the value


def test_long_reason_and_site_values():
    text = GOOD.replace('reason = "Promo box"', f'reason = "{"r" * (MAX_REASON_CHARS + 1)}"')
    (err,) = parse_rule_text(text, "f.toml", "example.com").errors
    assert err.code == "NC016" and "`reason`" in err.message
    site = "[site]\narticle = \"" + ", ".join(f"#s{i}" for i in range(MAX_SELECTORS + 1)) + "\"\n"
    with pytest.raises(RuleFileError) as caught:
        parse_rule_text(site + GOOD, "f.toml", "example.com")
    (err,) = caught.value.errors
    assert err.code == "NC017" and (err.line, err.col) == (2, 11)


def test_a_selector_list_at_the_limit_loads_and_matches():
    selectors = ", ".join(f".c{i}" for i in range(MAX_SELECTORS - 1)) + ", .promo"
    parsed = parse_rule_text(GOOD.replace('".promo"', f'"{selectors}"'), "f.toml", "example.com")
    assert not parsed.errors
    book = RuleBook.from_files((), [parsed])
    result = clean(PAGE, "https://example.com/story", book)
    assert [r.rule for r in result.report.removals] == ["example.com:promo"]


def test_a_huge_default_literal_costs_its_rule_not_every_site(tmp_path):
    """The 1 MB literal in _default.toml: the rule is refused, every site's pages still clean."""
    (tmp_path / "_default.toml").write_text(GOOD + f'\n[[rule]]\nreason = "r"\ntext-contains = "{"x" * 1_000_000}"\n')
    book = RuleBook.load([tmp_path])
    assert [e.code for e in book.errors] == ["NC016"]
    result = clean(PAGE, "https://any.example.net/story", book)
    assert result.report.status == "cleaned" and result.report.removed == 1


def test_failing_rules_are_refused_by_the_api_save(tmp_path):
    editor = RuleEditor(tmp_path / "user", base_dirs=())
    for rule, code in (
        ({"reason": "r", "xpath": "count(//a)"}, "NC018"),
        ({"reason": "r", "css": ", ".join(f".c{i}" for i in range(6000))}, "NC017"),
        ({"reason": "r", "text": "x" * (MAX_TEXT_CHARS + 1)}, "NC016"),
    ):
        with pytest.raises(EditError) as caught:
            editor.add_rule("example.com", rule)
        assert caught.value.status == 400 and caught.value.code == code
    assert not (tmp_path / "user" / "example.com.toml").exists()  # nothing written


def test_help_lines_state_the_limits():
    assert f"{MAX_DEPTH} deep" in CODES["NC015"][1]
    assert f"{MAX_TEXT_CHARS:,}" in CODES["NC016"][1] and f"{MAX_PATTERN_CHARS:,}" in CODES["NC016"][1]
    assert f"{MAX_REASON_CHARS:,}" in CODES["NC016"][1]
    assert f"{MAX_SELECTORS}" in CODES["NC017"][1] and f"{MAX_ITEMS}" in CODES["NC017"][1]
    assert f"{MAX_FILE_BYTES >> 20} MiB" in CODES["NC014"][1]


def test_an_edit_of_a_user_file_that_is_a_fifo_is_refused_without_blocking(tmp_path):
    user = tmp_path / "user"
    user.mkdir()
    os.mkfifo(user / "example.com.toml")
    editor = RuleEditor(user, base_dirs=())
    out: list = []

    def edit():
        try:
            editor.add_rule("example.com", {"reason": "r", "css": ".x"})
        except EditError as err:
            out.append(err)

    worker = threading.Thread(target=edit, daemon=True)
    worker.start()
    worker.join(60)  # a guard against a hang, not a measure of speed
    (err,) = out
    assert err.status == 409 and err.code == "NC013" and "FIFO" in err.message


def test_proxy_banner_counts_the_broken_files_and_serves_the_good_one(tmp_path):
    """`newsclean run` over a folder with a FIFO, a symlink to /dev/zero and TOML nested 10,000 deep:
    it starts, its banner counts the three errors, and the good file's site is covered."""
    from ..proxy.processes import Process, newsclean_argv

    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "example.com.toml").write_text(GOOD)
    os.mkfifo(rules / "fifo.example.toml")
    os.symlink("/dev/zero", rules / "zero.example.toml")
    (rules / "deep.example.toml").write_text("x = " + "[" * 10_000 + "]" * 10_000 + "\n")
    proc = Process(newsclean_argv(
        "run", "--port", 0, "--confdir", tmp_path / "mitmproxy", "--rules", rules, "--no-bundled",
    ))
    try:
        proc.wait_for_line("Stop with Ctrl-C")
        banner = "".join(proc.out)
    finally:
        proc.stop()
    assert "covers 1 site: 1 with rule files (example.com)" in banner
    assert "rules: 1 file(s), 1 rule(s), 3 error(s)" in banner
