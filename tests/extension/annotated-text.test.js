// extension/annotated-text.js: the words of the "what was removed" page, from the proxy's answer.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const T = require("../../extension/annotated-text.js");

const URL_WITH_QUERY = "https://news.example/a b?x=1&newsclean=off#top";

test("the API path and the page path carry the page's address whole", () => {
  assert.equal(T.apiPath(URL_WITH_QUERY), "/annotated?url=" + encodeURIComponent(URL_WITH_QUERY));
  const page = new URL("chrome-extension://id/" + T.pagePath(URL_WITH_QUERY));
  assert.equal(page.pathname, "/annotated.html");
  assert.equal(page.searchParams.get("url"), URL_WITH_QUERY);
});

test("the summary counts each kind in its outline's colour and says what was not outlined", () => {
  const data = {
    site: "inquirer.net", status: "cleaned", outlined: 3,
    counts: { removed: 2, marked: 1, hidden: 1 },
    items: [{}, {}, {}, {}],
  };
  const text = T.summary(data);
  assert.equal(text, "2 removed (red), 1 marked (orange), 1 hidden by a list (blue) — rules of inquirer.net, cleaned. "
    + "1 not outlined (not an element of the page as it came: see the list).");
  const all = T.summary({ ...data, outlined: 4 });
  assert.ok(!all.includes("not outlined"));
});

test("a skipped page says why; no site file says default rules", () => {
  const text = T.summary({ site: null, status: "skipped", detail: "site switched off", counts: {}, items: [], outlined: 0 });
  assert.equal(text, "0 removed (red), 0 marked (orange), 0 hidden by a list (blue) — default rules only, skipped. site switched off");
});

test("failures: no copy of the page asks for a reload; else the proxy's words", () => {
  assert.match(T.failure({ status: 404, data: { code: "no-copy", error: "x" } }), /reload the page/);
  assert.equal(T.failure({ status: 401, data: { error: "a valid token is required" } }), "a valid token is required");
  assert.equal(T.failure({ status: 500, data: {} }), "The proxy did not answer with a picture (HTTP 500).");
});
