"""GET /newsclean/v1/annotated through the real proxy: the picture of what the rules did to the last
copy of a page (engine/preview), for the extension's "Show what was removed"."""

from __future__ import annotations

from urllib.parse import quote

import lxml.html

from .conftest import ATTACKER, PAGE_URL, fetch_page


def test_annotated_is_the_picture_of_what_the_rules_did_to_the_last_copy(client, proxy):
    """The extension's "Show what was removed": the page as the site sent it, each removal outlined
    and labelled by its rule, the list beside it, nothing of the page that runs."""
    fetch_page(proxy)
    report = client.report().json["report"]
    answer = client.call("GET", "annotated?url=" + quote(PAGE_URL + "#comments", safe=""))
    assert answer.status == 200, answer
    data = answer.json
    assert data["url"] == PAGE_URL and data["site"] == "inquirer.net" and data["status"] == "cleaned"
    assert [(i["rule"], i["text"]) for i in data["items"]] == [(r["rule"], r["text"]) for r in report["removals"]]
    assert data["outlined"] == len(data["items"]) and data["counts"]["removed"] == report["removed"]
    root = lxml.html.document_fromstring(data["html"])
    outlined = root.xpath("//*[@data-newsclean-preview-kind]")
    assert sum(len(el.get("data-newsclean-preview").split()) for el in outlined) == len(data["items"])
    ads = [el for el in outlined if "Article continues after this advertisement" in el.text_content()]
    assert len(ads) == 2 and all(el.get("data-newsclean-preview-kind") == "removed" for el in ads)
    assert "MRT-3 officer in charge" in root.text_content()  # the page whole, not the cleaned copy
    assert root.findall(".//script") == [] and root.get_element_by_id("newsclean-preview-panel") is not None
    assert answer.headers["Cache-Control"] == "no-store"
    missing = client.call("GET", "annotated?url=" + quote("http://sports.inquirer.net/never-loaded", safe=""))
    assert (missing.status, missing.json["code"]) == (404, "no-copy")
    assert client.call("GET", "annotated?url=nope").status == 400
    for refused in (client.call("GET", "annotated?url=" + quote(PAGE_URL, safe=""), token=None),
                    client.call("GET", "annotated?url=" + quote(PAGE_URL, safe=""), origin=ATTACKER)):
        assert refused.status in (401, 403) and b"html" not in refused.body
