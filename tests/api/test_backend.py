"""The Backend protocol: what the API needs from whatever runs the engine. The proxy's ProxyBackend
keeps to it (real NewsClean state, real rule folders, a real cleaned page), and the API runs on any
object that has its members — here a small one over a rule folder, with no proxy at all."""

from __future__ import annotations

import inspect
import json
import re
import time

import pytest

from newsclean.api import Backend, ControlAPI, handler
from newsclean.edit.editor import RuleEditor
from newsclean.engine.book.rulebook import RuleBook
from newsclean.engine.cleaner import clean
from newsclean.engine.report import Report
from newsclean.proxy.addon import NewsClean
from newsclean.proxy.control import ControlApiAddon, ProxyBackend
from newsclean.proxy.state import PageRecord
from newsclean.stats import StatsError

URL = "https://news.example.com/2025/story"
PAGE = (b"<html><head><meta charset='utf-8'></head><body><article><h1>Harbour budget approved</h1>"
        b"<p>The council approved the harbour budget on Monday after a long debate about dredging costs.</p>"
        b"<div class='promo'><p>Subscribe today for our morning briefing</p></div>"
        b"<p>The budget will be reviewed again in spring, once the first contracts are signed.</p></article></body></html>")
RULES = '[[rule]]\nname = "promo"\nreason = "Promo box"\ncss = ".promo"\n'
TOKEN = "t" * 32
MEMBERS = ["book", "counters", "recent_report", "recent_body", "clean_page", "reload_rules", "rule_stats"]


class FolderBackend:
    """The engine run by hand: a rule folder, the pages cleaned so far, no proxy."""

    def __init__(self, folder):
        self.folder = folder
        self.book = RuleBook.load([folder])
        self.pages: dict[str, tuple[bytes, dict]] = {}
        self.reloads = 0

    def counters(self) -> dict:
        return {"pages": len(self.pages), "reloads": self.reloads}

    def see(self, url: str, body: bytes) -> None:
        self.pages[url] = (body, clean(body, url, self.book).report.to_dict())

    def recent_report(self, url):
        return self.pages[url][1] if url in self.pages else None

    def recent_body(self, url):
        return (self.pages[url][0], None) if url in self.pages else None

    def clean_page(self, body, url, book, charset, plan, extra_rules, trace=False):
        return clean(body, url, book, http_charset=charset, plan=plan, extra_rules=extra_rules, trace=trace)

    def reload_rules(self):
        self.reloads += 1
        self.book = RuleBook.load([self.folder])
        return self.book

    def rule_stats(self, site, limit):
        raise StatsError("no-stats", "no statistics are kept when the engine runs by hand")


def call(api: ControlAPI, method: str, path: str, body=None):
    headers = {"Authorization": f"Bearer {TOKEN}", "Origin": "chrome-extension://abcdefghijklmnop"}
    data = b""
    if body is not None:
        headers["Content-Type"] = "application/json"
        data = json.dumps(body).encode()
    return api.handle(method, "/newsclean/v1/" + path, headers, data)


@pytest.fixture
def folder(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "example.com.toml").write_text(RULES)
    return rules


@pytest.fixture
def proxy_backend(folder):
    newsclean = NewsClean()
    newsclean.state.load([folder])
    return ProxyBackend(newsclean, ControlApiAddon(newsclean))


def test_the_protocol_names_what_the_api_reads():
    """The protocol's members are exactly what the API's handler asks of its backend."""
    used = set(re.findall(r"self\.backend\.(\w+)", inspect.getsource(handler)))
    assert used == set(MEMBERS)
    assert all(hasattr(Backend, name) for name in MEMBERS)


def test_the_proxys_backend_keeps_to_the_protocol(proxy_backend):
    assert isinstance(proxy_backend, Backend)
    for name in MEMBERS:
        ours, theirs = getattr(ProxyBackend, name), getattr(Backend, name)
        if isinstance(theirs, property):
            assert isinstance(ours, property), name
        else:
            assert list(inspect.signature(ours).parameters) == list(inspect.signature(theirs).parameters), name


def test_an_object_missing_a_member_is_no_backend(folder):
    assert isinstance(FolderBackend(folder), Backend)

    class NoReload:
        book = RuleBook.empty()

        def counters(self):
            return {}

        def recent_report(self, url):
            return None

        def recent_body(self, url):
            return None

    assert not isinstance(NoReload(), Backend)
    assert not isinstance(object(), Backend)


def test_proxy_backend_reads_the_proxys_state(proxy_backend, folder):
    state = proxy_backend.newsclean.state
    assert proxy_backend.book is state.book and proxy_backend.book.site_domains == ("example.com",)
    assert proxy_backend.recent_report(URL) is None and proxy_backend.recent_body(URL) is None
    result = clean(PAGE, URL, state.book)
    state.record(PageRecord(URL, "cleaned", time.time(), removed=result.report.removed, report=result.report,
                            original=PAGE, http_charset="utf-8"))
    state.counters.pages += 1
    report = proxy_backend.recent_report(URL)
    assert report["removed"] == 1 and report["removals"][0]["rule"] == "example.com:promo"
    assert report["served"]["status"] == "cleaned" and report["served"]["original_kept"] is True
    assert proxy_backend.recent_body(URL) == (PAGE, "utf-8")
    counters = proxy_backend.counters()
    assert counters["pages"] == 1 and counters["recent_pages"] == 1
    json.dumps(report), json.dumps(counters)


def test_a_page_skipped_before_the_engine_has_a_report_of_the_same_shape(proxy_backend):
    state = proxy_backend.newsclean.state
    state.record(PageRecord(URL, "too-large", time.time(), detail="over newsclean_max_bytes"))
    report = proxy_backend.recent_report(URL)
    assert set(report) == set(Report(URL).to_dict()) | {"served"}
    assert (report["status"], report["detail"], report["removals"]) == ("too-large", "over newsclean_max_bytes", [])
    assert proxy_backend.recent_body(URL) is None  # no original kept


def test_proxy_backend_reload_reads_the_folder_when_no_loop_runs(proxy_backend, folder):
    (folder / "example.org.toml").write_text(RULES)
    book = proxy_backend.reload_rules()
    assert book is proxy_backend.book and book.site_domains == ("example.com", "example.org")


def test_the_api_runs_on_any_backend(folder, tmp_path):
    backend = FolderBackend(folder)
    api = ControlAPI(backend, RuleEditor(folder, base_dirs=()), TOKEN)
    assert call(api, "GET", "status").json["counters"] == {"pages": 0, "reloads": 0}
    missing = call(api, "GET", f"report?url={URL}")
    assert missing.status == 404 and missing.json["code"] == "no-report"
    backend.see(URL, PAGE)
    report = call(api, "GET", f"report?url={URL}").json
    assert report["site"] == "example.com" and [g["rule"] for g in report["report"]["groups"]] == ["example.com:promo"]
    preview = call(api, "POST", "preview", {"url": URL, "rule": {"reason": "r", "css": "h1"}}).json
    assert preview["applied"] == 1 and preview["removals"][0]["text"] == "Harbour budget approved"
    stats = call(api, "GET", "stats?site=example.com")
    assert stats.status == 404 and stats.json == {"code": "no-stats", "error": "no statistics are kept when the engine runs by hand"}
    added = call(api, "POST", "sites/example.com/rules", {"rule": {"reason": "Headline", "css": "h1"}})
    assert added.status == 201 and backend.reloads == 1  # an edit asks the backend for a reload
    assert len(backend.book.files_for("example.com")[0].rules) == 2


def test_a_traced_clean_through_the_proxys_backend(proxy_backend):
    """`trace` goes through to the engine on the proxy's cleaner threads (GET /annotated's picture)."""
    book = proxy_backend.book
    plan = book.plan_for("news.example.com")
    traced = proxy_backend.clean_page(PAGE, URL, book, "utf-8", plan, (), trace=True)
    assert [w.tag for w in traced.report.trace.located] == ["div"]
    assert proxy_backend.clean_page(PAGE, URL, book, "utf-8", plan, ()).report.trace is None


def test_annotated_on_any_backend(folder):
    backend = FolderBackend(folder)
    api = ControlAPI(backend, RuleEditor(folder), TOKEN)
    assert call(api, "GET", "annotated?url=" + URL).status == 404
    backend.see(URL, PAGE)
    answer = call(api, "GET", "annotated?url=" + URL)
    assert answer.status == 200, answer.body
    data = answer.json
    assert [(i["rule"], i["kind"], i["path"]) for i in data["items"]] == [("example.com:promo", "removed", "/html/body/article/div")]
    assert 'data-newsclean-preview-kind="removed"' in data["html"]
