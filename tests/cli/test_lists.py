"""`newsclean lists`, `lists add`, `lists update` as real processes against a real HTTP origin on
127.0.0.1: a conditional GET (ETag, Last-Modified → 304 keeps the file), and every way a download can
fail — a 500, an HTML error page, an empty body, a cut-short body — keeps the last good version and
says why."""

from __future__ import annotations

import json

import pytest

from ..proxy.servers import Origin, Route
from .test_main import newsclean

V1 = b"[Adblock Plus 2.0]\n! Title: Test list\n##.ad-banner\nexample.com##.promo\nexample.com##div:has-text(Ad)\n||ads.example^\n"
V2 = V1 + b"example.com##.newsletter-box\n"
DATE = "Mon, 03 Feb 2025 10:00:00 GMT"


@pytest.fixture()
def origin():
    server = Origin()
    server.routes["/easylist.txt"] = Route(V1, content_type="text/plain", etag='"v1"')
    yield server
    server.close()


def out(proc) -> str:
    return proc.stdout.decode("utf-8")


def err(proc) -> str:
    return proc.stderr.decode("utf-8")


def meta(rules, name="easylist") -> dict:
    return json.loads((rules / "lists" / f"{name}.json").read_text())


def test_add_update_and_show(tmp_path, origin):
    rules = tmp_path / "rules"
    url = f"http://127.0.0.1:{origin.port}/easylist.txt"
    added = newsclean("lists", "add", url, "--rules", rules)
    assert added.returncode == 0, err(added)
    assert f"added easylist: {rules / 'lists' / 'easylist.txt'}" in out(added)
    assert (rules / "lists" / "easylist.txt").read_bytes() == V1
    m = meta(rules)
    assert m["source"] == url and m["etag"] == '"v1"' and m["last_modified"] == DATE and m["error"] is None

    shown = newsclean("lists", "--rules", rules, "--no-bundled")
    assert shown.returncode == 0, err(shown)
    text = out(shown)
    assert f"{rules / 'lists'}: 1 list(s)" in text
    assert f"easylist.txt: from {url}, updated " in text
    assert "applied: 2 element-hiding filter(s), 1 procedural / HTML filter(s)" in text
    assert "not applied: network 1\n" in text

    mtime = (rules / "lists" / "easylist.txt").stat().st_mtime_ns
    same = newsclean("lists", "update", "--rules", rules)
    assert same.returncode == 0, err(same)
    assert "easylist: not modified" in out(same)
    assert origin.last("/easylist.txt")[3].get("If-None-Match") == '"v1"'
    assert (rules / "lists" / "easylist.txt").stat().st_mtime_ns == mtime

    origin.routes["/easylist.txt"] = Route(V2, content_type="text/plain", etag='"v2"')
    new = newsclean("lists", "update", "easylist", "--rules", rules)
    assert new.returncode == 0, err(new)
    assert "easylist: updated" in out(new) and "1 list(s): 1 updated" in out(new)
    assert (rules / "lists" / "easylist.txt").read_bytes() == V2 and meta(rules)["etag"] == '"v2"'
    assert not list((rules / "lists").glob(".*.tmp"))  # written in one step, nothing left behind

    data = json.loads(out(newsclean("lists", "--rules", rules, "--no-bundled", "--json")))
    item = data["folders"][0]["lists"][0]
    assert item["applied"] == 3 and item["not_applied"] == {"network": 1} and item["procedural"] == 1 and item["source"] == url


@pytest.mark.parametrize(
    "route, code, message",
    [
        (Route(b"oops", content_type="text/plain", status=500), "http-error", "the server answered 500"),
        (Route(b"<!DOCTYPE html><html><body>Sign in to the wifi</body></html>", content_type="text/plain"), "html",
         "an HTML page"),
        (Route(b"<html><body>Not found</body></html>", content_type="text/html"), "html", "an HTML page"),
        (Route(b"", content_type="text/plain"), "empty", "the body is empty"),
        (Route(V2 * 50, content_type="text/plain", truncate=len(V2) * 20), "truncated", "cut short"),
        (Route(b"Service temporarily unavailable\n", content_type="text/plain"), "no-filters", "not a filter list"),
    ],
    ids=["500", "html-page", "html-type", "empty", "truncated", "plain-text-error"],
)
def test_a_failed_update_keeps_the_last_good_version(tmp_path, origin, route, code, message):
    rules = tmp_path / "rules"
    url = f"http://127.0.0.1:{origin.port}/easylist.txt"
    assert newsclean("lists", "add", url, "--rules", rules).returncode == 0
    origin.routes["/easylist.txt"] = route
    failed = newsclean("lists", "update", "--rules", rules)
    assert failed.returncode == 1, out(failed) + err(failed)
    assert f"easylist: FAILED [{code}] " in out(failed) and message in out(failed)
    assert "the last good version stays" in out(failed)
    assert (rules / "lists" / "easylist.txt").read_bytes() == V1
    assert meta(rules)["error"]["code"] == code
    shown = out(newsclean("lists", "--rules", rules, "--no-bundled"))
    assert "last update failed (" in shown and f"[{code}]" in shown and "the version above is in force" in shown


def test_a_failed_add_writes_nothing(tmp_path, origin):
    rules = tmp_path / "rules"
    origin.routes["/broken.txt"] = Route(b"<html><body>error</body></html>")
    proc = newsclean("lists", "add", f"http://127.0.0.1:{origin.port}/broken.txt", "--rules", rules)
    assert proc.returncode == 1 and "[html]" in err(proc)
    assert not (rules / "lists" / "broken.txt").exists()


def test_last_modified_alone_makes_the_get_conditional(tmp_path, origin):
    rules = tmp_path / "rules"
    origin.routes["/dated.txt"] = Route(V1, content_type="text/plain", last_modified=DATE)
    assert newsclean("lists", "add", f"http://127.0.0.1:{origin.port}/dated.txt", "--rules", rules).returncode == 0
    proc = newsclean("lists", "update", "dated", "--rules", rules)
    assert proc.returncode == 0 and "dated: not modified" in out(proc), out(proc)
    headers = origin.last("/dated.txt")[3]
    assert headers.get("If-Modified-Since") == DATE and "If-None-Match" not in headers


def test_add_a_file_then_update_it_from_the_file(tmp_path):
    rules = tmp_path / "rules"
    source = tmp_path / "mine.txt"
    source.write_bytes(V1)
    proc = newsclean("lists", "add", source, "--name", "my-list", "--rules", rules)
    assert proc.returncode == 0, err(proc)
    assert (rules / "lists" / "my-list.txt").read_bytes() == V1 and meta(rules, "my-list")["source"] == str(source)
    source.write_bytes(V2)
    proc = newsclean("lists", "update", "--rules", rules)
    assert "my-list: updated" in out(proc) and (rules / "lists" / "my-list.txt").read_bytes() == V2


@pytest.mark.parametrize(
    "args, message",
    [
        (["add", "{url}", "--name", "bad/name"], "a list's name is letters"),
        (["add", "{url}", "--name", "taken"], "a list named 'taken' is already in"),
        (["add", "{dir}/no-such-file.txt"], "is not a file"),
        (["update", "unknown"], "no list named 'unknown'"),
    ],
)
def test_usage_errors(tmp_path, origin, args, message):
    rules = tmp_path / "rules"
    (rules / "lists").mkdir(parents=True)
    (rules / "lists" / "taken.txt").write_bytes(V1)
    url = f"http://127.0.0.1:{origin.port}/easylist.txt"
    proc = newsclean("lists", *[a.format(url=url, dir=tmp_path) for a in args], "--rules", rules)
    assert proc.returncode == 2, out(proc) + err(proc)
    assert message in err(proc)


def test_a_list_put_there_by_hand_is_shown_and_left_alone(tmp_path):
    rules = tmp_path / "rules"
    (rules / "lists").mkdir(parents=True)
    (rules / "lists" / "hand.txt").write_bytes(V1)
    assert "hand.txt: put there by hand, updated " in out(newsclean("lists", "--rules", rules, "--no-bundled"))
    proc = newsclean("lists", "update", "hand", "--rules", rules)
    assert proc.returncode == 0 and "hand: left as it is (no source recorded" in out(proc)


def test_a_lists_included_files_come_with_it_and_a_failed_one_is_said(tmp_path, origin):
    rules = tmp_path / "rules"
    origin.routes["/annoyances.txt"] = Route(b"! Title: a\n!#include others.txt\n##.a\n", content_type="text/plain")
    origin.routes["/others.txt"] = Route(b"! Title: others\n##.b\n", content_type="text/plain", etag='"o1"')
    added = newsclean("lists", "add", f"http://127.0.0.1:{origin.port}/annoyances.txt", "--rules", rules)
    assert added.returncode == 0, out(added) + err(added)
    assert "    includes others.txt: added (" in out(added)
    shown = json.loads(out(newsclean("lists", "--rules", rules, "--no-bundled", "--json")))
    (listed,) = [item for folder in shown["folders"] for item in folder["lists"]]
    assert listed["name"] == "annoyances" and listed["includes"] == ["others.txt"]
    origin.routes["/others.txt"] = Route(b"", status=500, content_type="text/plain")
    failed = newsclean("lists", "update", "--rules", rules)
    assert failed.returncode == 1, out(failed)
    assert "    includes others.txt: FAILED [http-error] the server answered 500" in out(failed)
    assert (rules / "lists" / "others.txt").read_bytes() == b"! Title: others\n##.b\n"
