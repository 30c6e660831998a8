"""A kept list's `!#include` files, fetched beside it from a real origin on 127.0.0.1: added with the
list, checked again with their own ETags, replaced when they change, removed when no longer
included, refused when named with a path or elsewhere, kept as they were when a download fails; and
the loader reading the list again when only an included file changed."""

from __future__ import annotations

import json

import pytest

from newsclean.edit import listfetch
from newsclean.edit.listincludes import names_in
from newsclean.rules.filterlist import load_lists

from ..proxy.servers import Origin, Route

PARENT = b"! Title: annoyances\n!#include others.txt\n##.parent-filter\n"
OTHERS = b"! Title: others\n##.included-filter\n"


@pytest.fixture
def origin():
    server = Origin()
    server.routes["/f/annoyances.txt"] = Route(PARENT, content_type="text/plain", etag='"p1"')
    server.routes["/f/others.txt"] = Route(OTHERS, content_type="text/plain", etag='"o1"')
    yield server
    server.close()


def url(origin, path):
    return f"http://127.0.0.1:{origin.port}{path}"


def fetched(origin) -> list[str]:
    return [path for method, _host, path, _headers in origin.seen if method == "GET"]


def selectors(folder) -> set[str]:
    lists, failed = load_lists(folder / "lists")
    assert not failed
    return {f.selector for fl in lists for f in fl.filters}


def test_an_included_file_comes_with_the_list_and_is_loaded_as_part_of_it(origin, tmp_path):
    outcome = listfetch.add(tmp_path, url(origin, "/f/annoyances.txt"))
    assert [(i.name, i.status) for i in outcome.includes] == [("others.txt", "added")]
    assert (tmp_path / "lists" / "others.txt").read_bytes() == OTHERS
    meta = json.loads((tmp_path / "lists" / "annoyances.json").read_text())
    assert meta["includes"]["others.txt"]["etag"] == '"o1"'
    assert meta["includes"]["others.txt"]["source"] == url(origin, "/f/others.txt")
    lists, _ = load_lists(tmp_path / "lists")
    assert [(fl.name, fl.includes) for fl in lists] == [("annoyances", ("others.txt",))]  # one list, not two
    assert selectors(tmp_path) == {".parent-filter", ".included-filter"}


def test_an_update_asks_for_each_file_with_its_own_etag_and_takes_a_new_version(origin, tmp_path):
    listfetch.add(tmp_path, url(origin, "/f/annoyances.txt"))
    origin.seen.clear()
    outcome = listfetch.update(tmp_path / "lists" / "annoyances.txt")
    assert outcome.status == "not-modified" and [i.status for i in outcome.includes] == ["not-modified"]
    asked = {path: headers.get("If-None-Match") for _m, _h, path, headers in origin.seen}
    assert asked == {"/f/annoyances.txt": '"p1"', "/f/others.txt": '"o1"'}

    lists_before, _ = load_lists(tmp_path / "lists")
    origin.routes["/f/others.txt"] = Route(OTHERS + b"##.newer\n", content_type="text/plain", etag='"o2"')
    outcome = listfetch.update(tmp_path / "lists" / "annoyances.txt")
    assert outcome.status == "not-modified" and [i.status for i in outcome.includes] == ["updated"]
    # the loader reads the list again though the list's own file did not change
    lists_after, _ = load_lists(tmp_path / "lists", previous=lists_before)
    assert ".newer" in {f.selector for f in lists_after[0].filters}


def test_a_file_no_longer_included_goes_and_one_that_fails_keeps_its_last_version(origin, tmp_path):
    listfetch.add(tmp_path, url(origin, "/f/annoyances.txt"))
    origin.routes["/f/others.txt"] = Route(b"<html><body>maintenance</body></html>", content_type="text/html")
    outcome = listfetch.update(tmp_path / "lists" / "annoyances.txt")
    (inc,) = outcome.includes
    assert (inc.status, inc.code) == ("failed", "html") and "the last good version stays" in inc.detail
    assert (tmp_path / "lists" / "others.txt").read_bytes() == OTHERS

    origin.routes["/f/annoyances.txt"] = Route(b"! Title: annoyances\n##.parent-filter\n", content_type="text/plain")
    outcome = listfetch.update(tmp_path / "lists" / "annoyances.txt")
    assert outcome.status == "updated" and [(i.name, i.status) for i in outcome.includes] == [("others.txt", "removed")]
    assert not (tmp_path / "lists" / "others.txt").exists()
    assert json.loads((tmp_path / "lists" / "annoyances.json").read_text())["includes"] == {}


@pytest.mark.parametrize(
    "line, code",
    [
        ("!#include ../secrets.txt", "bad-include"),  # a path: the loader would not read it either
        ("!#include sub/others.txt", "bad-include"),
        ("!#include annoyances.json", "bad-include"),  # not a list (and a sidecar's name)
        ("!#include missing.txt", "http-error"),  # the server has no such file
    ],
)
def test_an_include_that_cannot_be_taken_is_said_and_the_list_is_added(origin, tmp_path, line, code):
    origin.routes["/f/odd.txt"] = Route(f"! Title: odd\n{line}\n##.odd\n".encode(), content_type="text/plain")
    outcome = listfetch.add(tmp_path, url(origin, "/f/odd.txt"))
    assert outcome.status == "added" and (tmp_path / "lists" / "odd.txt").is_file()
    (inc,) = outcome.includes
    assert (inc.status, inc.code) == ("failed", code)
    assert not any("secrets" in p or "json" in p for p in fetched(origin))  # refused ones are not even asked for
    lists, _ = load_lists(tmp_path / "lists")  # the loader counts the include it could not take
    assert lists[0].not_applied == {"missing-include": 1}


def test_a_file_of_that_name_nobody_fetched_is_left_alone(origin, tmp_path):
    (tmp_path / "lists").mkdir()
    mine = b"! my own\n##.mine\n"
    (tmp_path / "lists" / "others.txt").write_bytes(mine)
    outcome = listfetch.add(tmp_path, url(origin, "/f/annoyances.txt"))
    assert [(i.name, i.status) for i in outcome.includes] == [("others.txt", "kept")]
    assert (tmp_path / "lists" / "others.txt").read_bytes() == mine
    assert "/f/others.txt" not in fetched(origin)


def test_a_list_copied_from_a_file_brings_the_files_beside_it(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "annoyances.txt").write_bytes(PARENT)
    (src / "others.txt").write_bytes(OTHERS)
    outcome = listfetch.add(tmp_path / "rules", str(src / "annoyances.txt"))
    assert [(i.name, i.status) for i in outcome.includes] == [("others.txt", "added")]
    assert selectors(tmp_path / "rules") == {".parent-filter", ".included-filter"}


def test_names_in_reads_each_include_once():
    assert names_in(b"!#include a.txt\r\n##.x\n  !#include   b.txt \n!#include a.txt\n! #include c.txt\n") == ["a.txt", "b.txt"]
