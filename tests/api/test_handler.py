"""The control API through the real proxy: every endpoint, and every way a web page (or anyone
without the token) might try to use it — each refused, nothing written."""

from __future__ import annotations

import base64
import json
from urllib.parse import quote

import pytest

from newsclean import __version__

from ..conftest import CHROMIUM_ARGS
from .conftest import ATTACKER, EXTENSION, PAGE, PAGE_URL, fetch_page, tree

PODCAST = "LISTEN: Inquirer podcasts"
PODCAST_RULE = {"reason": "Podcast promo box inside the story", "text": PODCAST, "upward": 1}


def removed_texts(report: dict) -> dict[str, list[str]]:
    return {g["rule"]: [i["text"] for i in g["items"]] for g in report["groups"]}


# -- reading ------------------------------------------------------------------------------------------
def test_status(client, proxy, user_rules):
    fetch_page(proxy)
    answer = client.call("GET", "status")
    assert answer.status == 200, answer
    data = answer.json
    assert data["version"] == __version__ and data["api"] == "v1"
    assert any(f["path"].endswith("rules/inquirer.net.toml") for f in data["rules"]["files"])
    assert data["rules"]["user_dir"] == str(user_rules)
    assert str(user_rules) in data["rules"]["dirs"]
    assert data["rules"]["errors"] == []
    assert data["counters"]["cleaned"] >= 1 and data["counters"]["removals"] >= 5
    assert answer.headers["Content-Type"] == "application/json; charset=utf-8"
    assert answer.headers["Cache-Control"] == "no-store"
    assert answer.headers["Access-Control-Allow-Origin"] == EXTENSION


def test_report_lists_every_removal_grouped_by_rule(client, proxy):
    fetch_page(proxy)
    answer = client.report(PAGE_URL + "#comments")  # a tab's URL may carry a fragment
    assert answer.status == 200, answer
    data = answer.json
    assert data["url"] == PAGE_URL and data["site"] == "inquirer.net" and data["site_enabled"] is True
    report = data["report"]
    assert report["status"] == "cleaned"
    texts = [t for items in removed_texts(report).values() for t in items]
    assert report["removed"] == len(texts) == sum(g["count"] for g in report["groups"])
    # what went, each with the rule that took it (which rules: the bundled files may grow)
    assert texts.count("Article continues after this advertisement") == 2
    for gone in ("READ: LRT-1 fare hike takes effect", "Subscribe to our daily newsletter", "slot gacor hari ini"):
        assert any(t.startswith(gone) for t in texts), gone
    for kept in ("MRT-3 officer in charge", "Additional security personnel", "LISTEN: Inquirer podcasts"):
        assert not any(kept in t for t in texts), kept
    for group in report["groups"]:
        assert group["rule"] and group["reason"] and group["count"] == len(group["items"])
    assert report["groups"][0]["items"][0]["text"] == "Article continues after this advertisement"  # page order


def test_report_of_an_unknown_page_says_which_site_it_would_be(client):
    answer = client.report("http://sports.inquirer.net/never-loaded")
    assert answer.status == 404
    assert answer.json["site"] == "inquirer.net" and answer.json["report"] is None
    assert client.report("not a url").status == 400
    assert client.call("GET", "report").status == 400


def test_original_is_the_page_as_the_site_sent_it(client, proxy):
    """What `newsclean snapshot` saves: the last copy's original bytes, not the cleaned page."""
    fetch_page(proxy)
    answer = client.call("GET", "original?url=" + quote(PAGE_URL + "#comments", safe=""), origin=None)
    assert answer.status == 200, answer
    data = answer.json
    assert data["url"] == PAGE_URL and data["site"] == "inquirer.net" and data["http_charset"] == "utf-8"
    assert base64.b64decode(data["body_base64"]) == PAGE and data["size"] == len(PAGE)
    assert answer.headers["Cache-Control"] == "no-store"
    missing = client.call("GET", "original?url=" + quote("http://sports.inquirer.net/never-loaded", safe=""))
    assert (missing.status, missing.json["code"]) == (404, "no-copy")
    assert client.call("GET", "original?url=nope").status == 400
    for refused in (client.call("GET", "original?url=" + quote(PAGE_URL, safe=""), token=None),
                    client.call("GET", "original?url=" + quote(PAGE_URL, safe=""), origin=ATTACKER)):
        assert refused.status in (401, 403) and b"body_base64" not in refused.body


def test_site_view_lists_bundled_user_and_default_rules(client, clean_user_rules):
    assert client.add("inquirer.net", {**PODCAST_RULE, "name": "podcast"}).status == 201
    answer = client.call("GET", "sites/inquirer.net")
    assert answer.status == 200, answer
    view = answer.json
    assert view["site"] == "inquirer.net" and view["enabled"] is True
    origins = {r["id"]: r["origin"] for r in view["rules"]}
    assert origins["inquirer.net:ad-label"] == "bundled"
    assert origins["inquirer.net:podcast"] == "user"
    assert origins["_default:hidden-link-block"] == "default"
    assert view["user_file"] == str(clean_user_rules / "inquirer.net.toml") and view["user_file_exists"]
    assert view["undo"][0]["action"] == "added rule podcast"
    rules = client.call("GET", "sites/inquirer.net/rules").json
    assert [r["id"] for r in rules["rules"]] == [r["id"] for r in view["rules"]]


# -- editing ------------------------------------------------------------------------------------------
def test_an_added_rule_applies_to_the_next_page_load(client, proxy, clean_user_rules):
    assert PODCAST.encode() in fetch_page(proxy)[2]
    answer = client.add("inquirer.net", PODCAST_RULE)
    assert answer.status == 201, answer
    name = answer.json["name"]
    assert name == "picked-listen-inquirer-podcasts" and answer.json["rule_errors"] == []
    assert f'name = "{name}"' in (clean_user_rules / "inquirer.net.toml").read_text()
    status, headers, body = fetch_page(proxy)
    assert PODCAST.encode() not in body and b"The day's biggest stories" not in body
    assert b"Additional security personnel will be deployed" in body
    report = client.report().json["report"]
    assert removed_texts(report)[f"inquirer.net:{name}"] == [
        "LISTEN: Inquirer podcasts The day's biggest stories, in 15 minutes. New episodes every weekday."]


def test_source_url_becomes_a_comment(client, clean_user_rules):
    answer = client.call("POST", "sites/inquirer.net/rules", {"rule": PODCAST_RULE, "source_url": PAGE_URL + "\n[[rule]]"})
    assert answer.status == 201
    text = (clean_user_rules / "inquirer.net.toml").read_text()
    assert f"# picked on {PAGE_URL} [[rule]]\n[[rule]]" in text


def groups_of(client) -> set[str]:
    return {g["rule"] for g in client.report().json["report"]["groups"]}


def test_switch_a_bundled_rule_off_and_on(client, proxy, clean_user_rules):
    fetch_page(proxy)
    assert "inquirer.net:read-teaser" in groups_of(client)
    answer = client.call("PATCH", "sites/inquirer.net/rules/read-teaser", {"enabled": False})
    assert answer.status == 200, answer
    assert answer.json["via"] == "override of a bundled rule"
    fetch_page(proxy)
    assert "inquirer.net:read-teaser" not in groups_of(client)
    assert client.call("PATCH", "sites/inquirer.net/rules/read-teaser", {"enabled": True}).status == 200
    fetch_page(proxy)
    assert "inquirer.net:read-teaser" in groups_of(client)


def test_switch_a_default_rule_off_for_the_site(client, proxy, clean_user_rules):
    fetch_page(proxy)
    rule_id = next(g for g in sorted(groups_of(client)) if g.startswith("_default:"))
    name = rule_id.split(":", 1)[1]
    assert client.call("PATCH", f"sites/inquirer.net/rules/{name}", {"enabled": False}).status == 200
    fetch_page(proxy)
    assert rule_id not in groups_of(client)
    view = client.call("GET", "sites/inquirer.net").json
    assert name in view["disable"]
    assert not next(r for r in view["rules"] if r["id"] == rule_id)["enabled"]


def test_delete_a_user_rule_and_refuse_a_bundled_one(client, proxy, clean_user_rules):
    assert client.add("inquirer.net", {**PODCAST_RULE, "name": "podcast"}).status == 201
    assert client.call("DELETE", "sites/inquirer.net/rules/podcast").status == 200
    assert PODCAST.encode() in fetch_page(proxy)[2]
    answer = client.call("DELETE", "sites/inquirer.net/rules/ad-label")
    assert answer.status == 409 and "switch it off" in answer.json["error"]
    assert client.call("DELETE", "sites/inquirer.net/rules/nope").status == 404


def test_switch_the_site_off_and_on(client, proxy, clean_user_rules):
    answer = client.call("PATCH", "sites/inquirer.net", {"enabled": False})
    assert answer.status == 200 and answer.json["enabled"] is False
    status, headers, body = fetch_page(proxy)
    assert b"Article continues after this advertisement" in body
    assert "skipped" in headers["X-Newsclean"]
    assert client.report().json["site_enabled"] is False
    assert client.call("PATCH", "sites/inquirer.net", {"enabled": True}).status == 200
    assert b"Article continues after this advertisement" not in fetch_page(proxy)[2]
    assert client.call("PATCH", "sites/inquirer.net", {"enabled": "no"}).status == 400


def test_undo_puts_back_the_previous_version(client, proxy, clean_user_rules):
    assert client.add("inquirer.net", PODCAST_RULE).status == 201
    first = (clean_user_rules / "inquirer.net.toml").read_text()
    assert client.call("PATCH", "sites/inquirer.net", {"enabled": False}).status == 200
    answer = client.call("POST", "sites/inquirer.net/undo")
    assert answer.status == 200 and answer.json["action"] == "undid: switched the site off"
    assert (clean_user_rules / "inquirer.net.toml").read_text() == first
    assert PODCAST.encode() not in fetch_page(proxy)[2]
    assert client.call("POST", "sites/inquirer.net/undo").status == 200
    assert not (clean_user_rules / "inquirer.net.toml").exists()
    assert PODCAST.encode() in fetch_page(proxy)[2]
    answer = client.call("POST", "sites/inquirer.net/undo")
    assert answer.status == 409 and answer.json["code"] == "nothing-to-undo"


def test_preview_shows_what_a_proposed_rule_would_remove(client, proxy, clean_user_rules):
    fetch_page(proxy)
    answer = client.call("POST", "preview", {"url": PAGE_URL, "rule": {**PODCAST_RULE, "reason": "x"}})
    assert answer.status == 200, answer
    data = answer.json
    assert data["matched"] == 1 and data["applied"] == 1
    assert data["removals"][0]["text"].startswith("LISTEN: Inquirer podcasts The day's biggest stories")
    assert data["rule"]["description"] == "remove: text is 'LISTEN: Inquirer podcasts'; up 1 level(s)"
    # a rule that would take the story is held back, and the preview says so
    greedy = client.call("POST", "preview", {"url": PAGE_URL, "rule": {"reason": "x", "css": "#article_content"}}).json
    assert greedy["applied"] == 0 and "guard" in greedy["note"]
    assert tree(clean_user_rules) == {}  # a preview writes nothing


def test_preview_refusals(client, clean_user_rules):
    bad = client.call("POST", "preview", {"url": PAGE_URL, "rule": {"reason": "x", "css": "p[["}})
    assert bad.status == 400 and bad.json["code"] == "NC005"
    unknown = client.call("POST", "preview", {"url": "http://sports.inquirer.net/x", "rule": PODCAST_RULE})
    assert unknown.status == 404 and "reload it first" in unknown.json["error"]


# -- CORS ------------------------------------------------------------------------------------------------
def test_preflight_from_the_extension(client):
    answer = client.call(
        "OPTIONS", "sites/inquirer.net/rules", token=None, content_type=None,
        headers={"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type",
                 "Access-Control-Request-Private-Network": "true"},
    )
    assert answer.status == 204
    assert answer.headers["Access-Control-Allow-Origin"] == EXTENSION
    assert answer.headers["Access-Control-Allow-Methods"] == "GET, POST"
    assert "Authorization" in answer.headers["Access-Control-Allow-Headers"]
    assert answer.headers["Access-Control-Allow-Private-Network"] == "true"
    firefox = client.call("OPTIONS", "status", token=None, origin="moz-extension://0d6b2c3e-8c49-4f7e-9a57-6c1c9d3f0e11",
                          headers={"Access-Control-Request-Method": "GET"})
    assert firefox.status == 204


def test_a_call_without_origin_works_with_the_token_and_gets_no_cors(client):
    answer = client.call("GET", "status", origin=None)
    assert answer.status == 200
    assert "Access-Control-Allow-Origin" not in answer.headers


def test_through_the_proxy_as_an_absolute_url_too(client):
    answer = client.call("GET", "status", via_proxy=True)
    assert answer.status == 200 and answer.json["api"] == "v1"
    assert "X-Newsclean" not in answer.headers  # answered by the proxy, never cleaned


# -- attacks: each refused, nothing written --------------------------------------------------------------
ADD = ("POST", "sites/inquirer.net/rules", {"rule": PODCAST_RULE})


@pytest.mark.parametrize(
    "why, request_kw, status",
    [
        ("no token", {"token": None}, 401),
        ("wrong token", {"token": "x" * 43}, 401),
        ("empty bearer", {"headers": {"Authorization": "Bearer "}, "token": None}, 401),
        ("token in the query", {"token": None, "path_suffix": "?token={token}"}, 401),
        ("token in a cookie", {"token": None, "headers": {"Cookie": "token={token}; newsclean_token={token}"}}, 401),
        ("two tokens, one wrong", {"headers": {"X-Newsclean-Token": "y" * 43}}, 401),
        ("foreign origin", {"origin": ATTACKER}, 403),
        ("null origin", {"origin": "null"}, 403),
        ("extension-looking origin with a path", {"origin": EXTENSION + "/popup.html"}, 403),
        ("two origins", {"headers": {"Origin": [EXTENSION, ATTACKER]}, "origin": None}, 403),
        ("oversized body", {"raw": b'{"rule": {"reason": "' + b"x" * 70_000 + b'", "text": "y"}}'}, 413),
        ("form post", {"content_type": "application/x-www-form-urlencoded", "raw": b"rule=x&token={token}"}, 415),
        ("text/plain post", {"content_type": "text/plain", "raw": json.dumps({"rule": PODCAST_RULE}).encode()}, 415),
        ("multipart post", {"content_type": "multipart/form-data; boundary=x", "raw": b"--x--"}, 415),
        ("not JSON", {"raw": b"{rule"}, 400),
        ("JSON not an object", {"raw": b"[1, 2]"}, 400),
    ],
)
def test_refused_requests_write_nothing(client, clean_user_rules, why, request_kw, status):
    kw = dict(request_kw)
    suffix = kw.pop("path_suffix", "").format(token=client.token)
    if "raw" in kw:
        kw["raw"] = kw["raw"].replace(b"{token}", client.token.encode())
    if "headers" in kw:
        kw["headers"] = {k: v if isinstance(v, list) else v.format(token=client.token) for k, v in kw["headers"].items()}
    method, path, body = ADD
    before = tree(clean_user_rules)
    answer = client.call(method, path + suffix, None if "raw" in kw else body, **kw)
    assert answer.status == status, (why, answer)
    assert "error" in answer.json
    if status == 403:
        assert "Access-Control-Allow-Origin" not in answer.headers  # the page may not even read the refusal
    assert tree(clean_user_rules) == before, why


def test_reading_needs_the_token_and_the_extension_origin(client, proxy):
    fetch_page(proxy)
    for kw in ({"token": None}, {"origin": ATTACKER}, {"token": "wrong-token-wrong-token-wrong-token"}):
        answer = client.report(**kw)
        assert answer.status in (401, 403)
        assert b"Article continues" not in answer.body and b"inquirer" not in answer.body


def test_preflight_from_a_web_page_is_refused(client):
    answer = client.call("OPTIONS", "sites/inquirer.net/rules", token=None, origin=ATTACKER, content_type=None,
                         headers={"Access-Control-Request-Method": "POST"})
    assert answer.status == 403
    assert not any(h.lower().startswith("access-control-allow") for h in answer.headers)


@pytest.mark.parametrize(
    "site", ["..%2F..%2Fx", "..", "_default", "localhost", "a%00b.com", "exa%20mple.com", "inquirer.net%2F..%2F..%2Fx",
             "%2Fetc%2Fpasswd", "x" * 300 + ".com"],
)
def test_bad_site_names_write_nothing(client, clean_user_rules, site):
    parent = clean_user_rules.parent
    before = tree(parent)
    for method, path, body in (
        ("POST", f"sites/{site}/rules", {"rule": PODCAST_RULE}),
        ("PATCH", f"sites/{site}", {"enabled": False}),
        ("PATCH", f"sites/{site}/rules/ad-label", {"enabled": False}),
        ("DELETE", f"sites/{site}/rules/ad-label", None),
        ("POST", f"sites/{site}/undo", None),
    ):
        answer = client.call(method, path, body)
        assert answer.status in (400, 404), (site, method, answer)
    assert tree(parent) == before


def test_a_literal_dot_dot_path_writes_nothing(client, clean_user_rules):
    parent = clean_user_rules.parent
    before = tree(parent)
    answer = client.call("POST", "/newsclean/v1/sites/../../x/rules", {"rule": PODCAST_RULE})
    assert answer.status == 404
    assert tree(parent) == before


@pytest.mark.parametrize(
    "rule, code",
    [
        ({"text": PODCAST}, "NC004"),
        ({"reason": "r"}, "NC008"),
        ({"reason": "r", "css": "div[["}, "NC005"),
        ({"reason": "r", "css": "p", "text-regex": "(?<=x)y"}, "NC007"),
        ({"reason": "r", "text": "x", "onclick": "alert(1)"}, "NC002"),
        ({"reason": "r", "text": "x", "name": "ad-label"}, "NC010"),
        ({"reason": "r", "text": ["a", {"b": 1}]}, "NC003"),
        ({"reason": "r", "text": "x", "upward": 1e309}, "NC003"),
    ],
)
def test_invalid_rules_are_refused_with_a_reason(client, clean_user_rules, rule, code):
    before = tree(clean_user_rules)
    raw = json.dumps({"rule": rule}).replace("Infinity", "1e309").encode()
    answer = client.call("POST", "sites/inquirer.net/rules", raw=raw)
    assert answer.status in (400, 409), answer
    assert answer.json["code"] == code and answer.json["error"]
    assert tree(clean_user_rules) == before


def test_unknown_paths_and_methods(client):
    assert client.call("GET", "nope").status == 404
    assert client.call("GET", "/somewhere/else").status == 404
    answer = client.call("DELETE", "status", {})
    assert answer.status == 405 and answer.headers["Allow"] == "GET"
    assert client.call("GET", "/newsclean/v2/status").status == 404


# -- a web page in a real browser, through the proxy -------------------------------------------------------
ATTACK_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Free slots</title></head><body>
<form id="f" method="post" action="http://127.0.0.1:{port}/newsclean/v1/sites/inquirer.net/rules" target="sink">
<input name="rule" value='{{"reason": "x", "css": "p"}}'><input name="token" value="{token}"></form>
<iframe name="sink" id="sink"></iframe>
<script>
window.results = {{}};
const api = "http://127.0.0.1:{port}/newsclean/v1";
async function attempt(name, url, init) {{
  try {{
    const r = await fetch(url, init);
    window.results[name] = "status " + r.status + " " + (await r.text()).slice(0, 200);
  }} catch (e) {{
    window.results[name] = "blocked: " + e.message;
  }}
}}
document.cookie = "token={token}; path=/";
window.attack = Promise.all([
  attempt("read report", api + "/report?url=" + encodeURIComponent("{page}"), {{}}),
  attempt("read with token", api + "/status", {{headers: {{"Authorization": "Bearer {token}"}}}}),
  attempt("write with token", api + "/sites/inquirer.net/rules", {{method: "POST",
     headers: {{"Authorization": "Bearer {token}", "Content-Type": "application/json"}},
     body: JSON.stringify({{rule: {{reason: "x", css: "p"}}}})}}),
  attempt("no-cors write", api + "/sites/inquirer.net", {{method: "PATCH", mode: "no-cors",
     headers: {{"Content-Type": "text/plain"}}, body: JSON.stringify({{enabled: false}})}}),
  attempt("simple post", api + "/sites/inquirer.net/undo", {{method: "POST", mode: "no-cors", credentials: "include",
     headers: {{"Content-Type": "text/plain"}}, body: "{{}}"}}),
]);
</script></body></html>"""


@pytest.mark.browser
def test_a_proxied_web_page_cannot_use_the_api(client, proxy, origin, clean_user_rules, chromium_path, tmp_path):
    """Even a page that somehow knows the token: its fetches carry its origin, its form too."""
    from ..proxy.servers import Route

    fetch_page(proxy)
    origin.routes["/free-slots"] = Route(
        ATTACK_PAGE.format(port=proxy.port, token=client.token, page=PAGE_URL).encode(), "text/html; charset=utf-8")
    parent = clean_user_rules.parent
    before = tree(parent)
    seen = []
    api = proxy.master.addons.get("controlapiaddon").api
    reached = []  # what the API itself received and answered (the real handler, recorded)

    def recording(method, target, headers, body, _handle=api.handle):
        answer = _handle(method, target, headers, body)
        h = {k.lower(): v for k, v in headers}
        reached.append((method, target.split("?")[0], h.get("origin"), answer.status, h.get("content-type", "")))
        return answer

    api.handle = recording
    try:
        form_posted = lambda: any(m == "POST" and t.endswith("/sites/inquirer.net/rules") and "json" not in ct
                                  for m, t, _, _, ct in reached)  # noqa: E731
        results = run_attack_page(proxy, chromium_path, seen, form_posted)
    finally:
        del api.handle
    assert set(results) == {"read report", "read with token", "write with token", "no-cors write", "simple post"}
    for name, outcome in results.items():
        # refused by CORS (the browser never hands the page the answer) or an opaque no-cors answer
        assert outcome.startswith("blocked") or outcome == "status 0 ", (name, outcome)
    assert all(status in (401, 403) for _, _, status in seen), seen
    # the requests reached the API (the browser did not spare it) and each was refused for its origin
    answered = {(m, t, o, status) for m, t, o, status, _ in reached}
    assert ("POST", "/newsclean/v1/sites/inquirer.net/rules", ATTACKER, 403) in answered  # the form
    assert ("GET", "/newsclean/v1/report", ATTACKER, 403) in answered
    assert ("OPTIONS", "/newsclean/v1/sites/inquirer.net/rules", ATTACKER, 403) in answered  # the preflight
    assert all(status == 403 for _, _, _, status in answered), reached
    assert tree(parent) == before
    assert client.call("GET", "sites/inquirer.net").json["enabled"] is True


def run_attack_page(proxy, chromium_path, seen, form_posted) -> dict:
    """Open the attacker's page through the proxy, let its script run, submit its form."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=chromium_path, headless=True, proxy={"server": f"http://127.0.0.1:{proxy.port}"},
            args=CHROMIUM_ARGS,
        )
        try:
            page = browser.new_page()
            page.on("response", lambda r: seen.append((r.request.method, r.url, r.status)) if "/newsclean/" in r.url else None)
            page.goto("http://www.attacker.test/free-slots", wait_until="load")
            page.evaluate("window.attack")
            results = page.evaluate("window.results")
            page.evaluate("document.getElementById('f').submit()")
            for _ in range(150):
                if form_posted():
                    break
                page.wait_for_timeout(100)
            else:
                raise AssertionError("the form's POST never reached the proxy")
        finally:
            browser.close()
    return results
