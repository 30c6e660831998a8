// extension/popup-text.js: the popup's words and choices from the proxy's answers.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const T = require("../../extension/popup-text.js");

test("not connected: why, and how to connect, every time", () => {
  const noToken = T.notConnected({ status: 0, data: { code: "no-token" } });
  assert.ok(noToken.startsWith("Not connected: no token set."));
  const badToken = T.notConnected({ status: 401, data: { error: "bad token" } });
  assert.ok(badToken.startsWith("Not connected: the proxy refused the token"));
  const down = T.notConnected({ status: 0, data: { code: "unreachable", error: "The proxy at http://127.0.0.1:8080 does not answer" } });
  assert.ok(down.startsWith("The proxy at http://127.0.0.1:8080 does not answer"));
  for (const text of [noToken, badToken, down]) {
    assert.ok(text.endsWith(T.CONNECT_HELP));
    assert.match(text, /newsclean run/);
    assert.match(text, /~\/\.mitmproxy\/newsclean-token/);
  }
});

test("which answers mean the popup is not connected", () => {
  assert.ok(T.refused({ status: 0 }) && T.refused({ status: 401 }) && T.refused({ status: 403 }));
  assert.ok(!T.refused({ status: 200 }) && !T.refused({ status: 404 }));
});

test("the tab's address, or why the popup cannot work on it", () => {
  assert.deepEqual(T.pageOf({ id: 3, url: "https://example.org/a" }), { url: "https://example.org/a" });
  assert.match(T.pageOf({ id: 3 }).error, /toolbar button/); // no activeTab grant: no address
  assert.match(T.pageOf({ id: 3, url: "chrome://settings/" }).error, /http and https/);
  assert.match(T.pageOf(undefined).error, /No tab/);
});

test("the removals' title", () => {
  assert.equal(T.removalsTitle({ removed: 0, marked: 0 }), "Nothing removed on this page");
  assert.equal(T.removalsTitle({ removed: 7, marked: 0 }), "7 removed on this page");
  assert.equal(T.removalsTitle({ removed: 7, marked: 2 }), "7 removed, 2 marked on this page");
  assert.equal(T.removalsTitle({ removed: 0, marked: 2 }), "0 removed, 2 marked on this page");
});

test("the report's line: nothing for a page cleaned as usual, else its status", () => {
  assert.equal(T.reportMessage({ status: "cleaned", detail: "" }), "");
  assert.equal(T.reportMessage({ status: "unchanged", detail: "" }), "");
  assert.equal(T.reportMessage({ status: "skipped", detail: "too large" }), "skipped: too large");
  assert.match(T.noReportMessage(false), /switched off/);
  assert.match(T.noReportMessage(true), /no record of this page/);
  assert.match(T.noReportMessage(undefined), /no record of this page/);
});

test("the rules listed: the named ones and all of the reader's own", () => {
  const rules = [
    { id: "a:1", name: "ad-label", origin: "bundled" },
    { id: "a:2", name: "", origin: "bundled" },
    { id: "a:3", name: "", origin: "user" },
    { id: "a:4", name: "mine", origin: "user" },
  ];
  assert.deepEqual(T.listedRules(rules).map((r) => r.id), ["a:1", "a:3", "a:4"]);
});

test("undo, the picker's and the switch's titles", () => {
  assert.equal(T.undoLabel([{ action: "added rule x" }, { action: "older" }]), "Undo: added rule x");
  assert.equal(T.undoLabel([]), null);
  assert.equal(T.undoLabel(undefined), null);
  assert.match(T.pickTitle("inquirer.net"), /make a rule/);
  assert.match(T.pickTitle(null), /no site/);
  assert.equal(T.switchTitle("inquirer.net", true), "newsclean cleans inquirer.net: untick to switch it off");
  assert.equal(T.switchTitle("inquirer.net", false), "inquirer.net is switched off");
});

test("a rule's count beside it, from the proxy's statistics", () => {
  const answer = {
    ok: true, status: 200,
    data: { site: "inquirer.net", rules: [
      { rule: "inquirer.net:ad-label", matches: 212, held: 0, sites: 1 },
      { rule: "_default:spam-link", matches: 1, held: 0, sites: 9 },
      { rule: "_default:big-box", matches: 0, held: 3, sites: 1 },
    ] },
  };
  const stats = T.statsByRule(answer);
  assert.equal(T.statsLine(stats, "inquirer.net:ad-label", "inquirer.net"), "matched 212 times on 1 site");
  assert.equal(T.statsLine(stats, "_default:spam-link", "inquirer.net"), "matched once on 9 sites");
  assert.equal(T.statsLine(stats, "_default:big-box", "inquirer.net"), "held back 3 times by the guard, on 1 site");
  assert.equal(T.statsLine(stats, "inquirer.net:never", "inquirer.net"), "no match on inquirer.net yet");
  // no statistics kept (404 no-stats), unreadable (503), or no proxy: nothing is said beside the rules
  for (const refused of [{ ok: false, status: 404, data: { code: "no-stats" } }, { ok: false, status: 503, data: {} }, { ok: false, status: 0 }]) {
    assert.equal(T.statsByRule(refused), null);
    assert.equal(T.statsLine(T.statsByRule(refused), "inquirer.net:ad-label", "inquirer.net"), "");
  }
});
