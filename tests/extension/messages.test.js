// extension/messages.js: one name a message, and every script of the extension takes the names from
// there (no message name is written out anywhere else), each sent by one side and received by another.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const NC_MESSAGES = require("../../extension/messages.js");

const EXTENSION = path.join(__dirname, "..", "..", "extension");
const scripts = fs.readdirSync(EXTENSION).filter((f) => f.endsWith(".js") && f !== "eslint.config.js");
const source = Object.fromEntries(scripts.map((f) => [f, fs.readFileSync(path.join(EXTENSION, f), "utf8")]));

test("the names are distinct and fixed", () => {
  const names = Object.values(NC_MESSAGES);
  assert.equal(new Set(names).size, names.length);
  assert.ok(Object.isFrozen(NC_MESSAGES));
  for (const name of names) assert.match(name, /^newsclean:[a-z]+$/);
});

test("no script writes a message name out: they use messages.js", () => {
  for (const [file, text] of Object.entries(source)) {
    if (file === "messages.js") continue;
    assert.doesNotMatch(text, /["'`]newsclean:[a-z]/, file);
  }
});

// Who sends and who receives each message (a sender calls sendMessage with it; a receiver switches on it).
const ROUTES = {
  SITE: { from: "picker.js", to: "background.js" },
  PREVIEW: { from: "picker.js", to: "background.js" },
  SAVE: { from: "picker.js", to: "background.js" },
  PICK: { from: "popup.js", to: "picker.js" },
};

test("every message has a sender and a receiver", () => {
  assert.deepEqual(Object.keys(ROUTES).sort(), Object.keys(NC_MESSAGES).sort());
  for (const [key, { from, to }] of Object.entries(ROUTES)) {
    const use = new RegExp(`\\bMSG\\.${key}\\b|\\bNC_MESSAGES\\.${key}\\b`);
    assert.match(source[from], use, `${from} sends ${key}`);
    assert.match(source[to], use, `${to} receives ${key}`);
  }
});
