// extension/picker-text.js: the picker's words. Every count in them is the proxy's /preview answer.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const text = require("../../extension/picker-text.js");

const answer = (matched, applied, note = "") => ({ ok: true, status: 200, data: { matched, applied, note, removals: [] } });
const refused = { ok: false, status: 409, data: { code: "no-copy", error: "no recent copy of this page went through the proxy: reload it first" } };

test("a proposal's line shows the proxy's count once it has answered", () => {
  assert.equal(text.optionLabel("its class"), "its class — counting…");
  assert.equal(text.optionLabel("its class", answer(3, 3)), "its class — matches 3 elements here");
  assert.equal(text.optionLabel("its id", answer(1, 1)), "its id — matches 1 element here");
  assert.equal(text.optionLabel("its id", answer(0, 0, "no match")), "its id — matches 0 elements here");
  assert.equal(text.optionLabel("its id", refused), "its id — not counted");
});

test("the panel says what the rule matches and what the proxy would do with it", () => {
  assert.deepEqual(text.countLines(answer(1, 1), "remove"),
    { count: "Matches 1 element on this page.", preview: "The proxy would remove 1 element." });
  assert.deepEqual(text.countLines(answer(4, 4), "mark"),
    { count: "Matches 4 elements on this page.", preview: "The proxy would mark 4 elements." });
});

test("none found: the site's other rules run first", () => {
  assert.deepEqual(text.countLines(answer(0, 0, "no match"), "remove"), {
    count: "Matches 0 elements on this page.",
    preview: "The proxy finds none on its copy of this page once the site's other rules have run.",
  });
});

test("what the guard holds back is said, with the proxy's reason", () => {
  const held = answer(12, 0, "guard: held back, it would take 63% of the page's text (limit 40%)");
  assert.deepEqual(text.countLines(held, "remove"), {
    count: "Matches 12 elements on this page.",
    preview: "The proxy would remove 0 elements of the 12 (guard: held back, it would take 63% of the page's text (limit 40%)).",
  });
  const kept = answer(3, 2, "protected by a keep rule: div#x");
  assert.equal(text.countLines(kept, "remove").preview, "The proxy would remove 2 elements of the 3 (protected by a keep rule: div#x).");
});

test("while the proxy is asked, and when it cannot answer", () => {
  assert.equal(text.countLines(undefined, "remove").count, "Counting on the proxy's copy of this page…");
  const lines = text.countLines(refused, "remove");
  assert.equal(lines.count, "The proxy cannot count it: no recent copy of this page went through the proxy: reload it first");
  assert.equal(lines.preview, "");
  assert.equal(text.countLines({ ok: false, data: {} }, "remove").count, "The proxy cannot count it: the proxy did not answer");
});

test("a rule is shown as its file will hold it", () => {
  assert.equal(text.ruleText({ css: "#inq-footer > p" }), 'css = "#inq-footer > p"');
  assert.equal(text.ruleText({ text: 'Say "hi"', upward: 2 }), 'text = "Say \\"hi\\""\nupward = 2');
});

test("the suggested reason is the element's first eight words", () => {
  assert.equal(text.defaultReason("one two three four five six seven eight nine"),
    'Not part of the story: "one two three four five six seven eight"');
  assert.equal(text.defaultReason(""), "Not part of the story");
});

test("why proposals were not made, as sentences", () => {
  assert.equal(text.skippedText(["not by its text: too short", "not by its class: it takes 40 elements here"]),
    "Not by its text: too short. Not by its class: it takes 40 elements here.");
  assert.equal(text.skippedText([]), "");
});

test("the rule saved is the proposal's conditions, the action and the reason trimmed", () => {
  assert.deepEqual(text.ruleToSave({ kind: "its id", rule: { css: "#x" } }, "mark", "  Junk  "),
    { css: "#x", action: "mark", reason: "Junk" });
});
