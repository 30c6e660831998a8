"""User-caused errors through the real proxy: each answered with a 4xx that names the problem, nothing
written, and the API answering on. (The guards' refusals are in test_handler.py; a folder that cannot
be written in test_folder_failures.py.)"""

from __future__ import annotations

import os
import re

import pytest

from newsclean.edit.refusals import STATUS

from ..proxy.processes import Process, newsclean_argv
from .conftest import tree

RULE = {"reason": "Podcast promo", "text": "LISTEN: podcasts"}


def domain(length: int) -> str:
    """A valid domain name of ``length`` (200-255) characters: three labels of 63, one to fill, `.com`."""
    return ".".join(["a" * 63] * 3 + ["b" * (length - 196)]) + ".com"


# -- site names: limits checked before the disk is touched ------------------------------------------------
def test_a_253_character_domain_is_refused_naming_the_limit(client, clean_user_rules):
    site = "a" * 63 + "." + "b" * 63 + "." + "c" * 63 + "." + "d" * 57 + ".com"
    assert len(site) == 253
    parent = clean_user_rules.parent
    before = tree(parent)
    for method, path, body in (
        ("POST", f"sites/{site}/rules", {"rule": RULE}),
        ("PATCH", f"sites/{site}", {"enabled": False}),
        ("GET", f"sites/{site}", None),
        ("POST", f"sites/{site}/undo", None),
    ):
        answer = client.call(method, path, body)
        assert answer.status == 400, (method, answer)
        assert answer.json["code"] == "bad-site"
        assert "at most 250 characters" in answer.json["error"] and "255 bytes" in answer.json["error"]
        assert "has 253" in answer.json["error"]
    assert tree(parent) == before
    assert not (clean_user_rules / ".history").exists()


def test_a_label_over_63_characters_is_refused_naming_the_limit(client, clean_user_rules):
    answer = client.add("a" * 64 + ".com", RULE)
    assert answer.status == 400 and answer.json["code"] == "bad-site"
    assert "at most 63 characters" in answer.json["error"] and "has 64" in answer.json["error"]
    assert tree(clean_user_rules) == {}


def test_the_longest_site_name_a_file_can_carry_works_end_to_end(client, clean_user_rules):
    """250 characters: `<site>.toml` is 255 bytes, the most a file name may have; its temporary
    files and undo entries must fit too (they once took the site's name plus 22 characters)."""
    site = domain(250)
    assert len(site) == 250 and all(len(label) <= 63 for label in site.split("."))
    answer = client.add(site, RULE)
    assert answer.status == 201, answer
    assert (clean_user_rules / f"{site}.toml").is_file()
    assert client.call("GET", f"sites/{site}").json["user_file_exists"] is True
    assert client.call("POST", f"sites/{site}/undo").status == 200
    assert not (clean_user_rules / f"{site}.toml").exists()
    assert client.add(domain(251), RULE).status == 400


# -- bodies ----------------------------------------------------------------------------------------------
def test_json_nested_30000_deep_is_refused(client, clean_user_rules):
    raw = b'{"rule": ' + b"[" * 30_000 + b"]" * 30_000 + b"}"
    answer = client.call("POST", "sites/example.com/rules", raw=raw)
    assert answer.status == 400, answer
    assert answer.json["code"] == "json-too-deep"
    assert answer.json["error"].startswith("JSON nested too deep")
    deep_object = b'{"rule": ' + b'{"a": ' * 9_000 + b"1" + b"}" * 9_000 + b"}"  # under the 64 KiB a body may have
    assert client.call("POST", "preview", raw=deep_object).json["code"] == "json-too-deep"
    assert tree(clean_user_rules) == {}
    assert client.call("GET", "status").status == 200


def test_nesting_is_bounded_well_below_the_recursion_limit(client, clean_user_rules):
    from newsclean.api.body import MAX_DEPTH

    within = b'{"rule": {"reason": "r", "text": "x"}, "x": ' + b"[" * (MAX_DEPTH - 1) + b"]" * (MAX_DEPTH - 1) + b"}"
    over = b'{"rule": {"reason": "r", "text": "x"}, "x": ' + b"[" * MAX_DEPTH + b"]" * MAX_DEPTH + b"}"
    assert client.call("POST", "preview", raw=within).json["code"] != "json-too-deep"
    answer = client.call("POST", "preview", raw=over)
    assert answer.status == 400 and answer.json["code"] == "json-too-deep"
    assert f"{MAX_DEPTH + 1} levels" in answer.json["error"]
    brackets_in_text = {"rule": {"reason": "[" * 1000, "text": "{" * 1000}}  # text, not nesting
    assert client.call("POST", "sites/example.com/rules", brackets_in_text).status == 201


@pytest.mark.parametrize(
    "raw, field",
    [
        (rb'{"rule": {"reason": "\ud800", "text": "x"}}', "rule.reason"),
        (rb'{"rule": {"reason": "r", "text": ["a", "b\udfff"]}}', "rule.text[1]"),
        (rb'{"rule": {"reason": "r", "text": "x"}, "source_url": "http://x.test/\udc00"}', "source_url"),
        (rb'{"rule": {"reason": "r", "\ud800": "x"}}', "rule.\\ud800"),
    ],
)
def test_lone_surrogates_are_refused_naming_the_field(client, clean_user_rules, raw, field):
    answer = client.call("POST", "sites/example.com/rules", raw=raw)
    assert answer.status == 400, answer
    assert answer.json["code"] == "bad-unicode"
    assert answer.json["error"].startswith(f"`{field}` holds a lone surrogate")
    assert tree(clean_user_rules) == {}
    paired = rb'{"rule": {"reason": "Emoji \ud83d\ude00 promo", "text": "x"}}'  # a pair is one character
    assert client.call("POST", "sites/example.com/rules", raw=paired).status == 201
    assert "Emoji 😀 promo" in (clean_user_rules / "example.com.toml").read_text(encoding="utf-8")


# -- file names in the rules folder -----------------------------------------------------------------------
HOSTILE = ("\x1b[31mred.toml", "a\nb.com.toml", "x\x9b2J.com.toml")


def make_hostile_files(folder) -> None:
    for name in HOSTILE:
        (folder / name).write_text("[[rule]]\n", encoding="utf-8")
    for name in (b"\xff.toml", b"caf\xe9.com.toml"):
        fd = os.open(os.path.join(os.fsencode(folder), name), os.O_CREAT | os.O_WRONLY, 0o644)
        os.close(fd)


def test_file_names_that_are_not_utf8_or_hold_control_characters_do_not_break_status(client, proxy, clean_user_rules):
    make_hostile_files(clean_user_rules)
    (clean_user_rules / "example.com.toml").write_text('[[rule]]\nname = "ok"\nreason = "r"\ntext = "x"\n')
    proxy.call(proxy.addon.reload_rules, True)
    answer = client.call("GET", "status")
    assert answer.status == 200, answer
    answer.body.decode("utf-8")  # valid UTF-8 throughout
    errors = {e["path"].rsplit("/", 1)[-1]: e for e in answer.json["rules"]["errors"]}
    assert "\\xff.toml" in errors and "caf\\xe9.com.toml" in errors  # the bytes, shown escaped
    assert errors["\\xff.toml"]["code"] == "NC011"
    assert "\x1b[31mred.toml" in errors  # JSON carries it escaped (\u001b); the client decides how to show it
    assert any(f["key"] == "example.com" for f in answer.json["rules"]["files"])  # the good file still loads
    assert client.add("example.com", RULE).status == 201  # and edits go on


def test_file_names_are_escaped_in_the_proxys_log_and_in_check(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    make_hostile_files(rules)
    proc = Process(newsclean_argv("run", "--port", 0, "--confdir", tmp_path / "mitmproxy", "--rules", rules, "--no-bundled"))
    try:
        proc.wait_for_line("Stop with Ctrl-C")  # the rule errors are logged before
    finally:
        proc.stop()
    printed = "".join(proc.out) + "".join(proc.err)
    assert "\x1b" not in printed and "\x9b" not in printed
    assert "\\x1b[31mred.toml" in printed and "x\\x9b2J.com.toml" in printed
    assert "a\\x0ab.com.toml" in printed and not re.search(r"^b\.com\.toml", printed, re.M)  # no forged line
    assert "\\xff.toml" in printed

    import subprocess

    check = subprocess.run(newsclean_argv("check", "--rules", rules, "--no-bundled"), capture_output=True, timeout=120)
    out = check.stdout + check.stderr
    assert b"\x1b" not in out and b"\xff" not in out, out
    assert b"\\x1b[31mred.toml" in out and b"\\xff.toml" in out, out


def test_every_code_the_api_answers_with_has_its_status_in_one_table(client):
    answer = client.call("GET", "nope")
    assert (answer.status, answer.json["code"]) == (STATUS["not-found"], "not-found")
    answer = client.call("POST", "sites/example.com/rules", raw=b"[1]")
    assert (answer.status, answer.json["code"]) == (STATUS["json"], "json")
