// extension/labels.js: which texts could be a label another page of the site shows too, and which
// class names a build tool made up (the picker never anchors a rule on those).
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { labelTrouble, nameLike, looksGenerated, MAX_LABEL_WORDS } = require("../../extension/labels.js");

const LABELS = [ // [text, why it is no label (a word of the reason), or null]
  ["Article continues after this advertisement", null],
  ["FEATURED STORIES", null],
  ["You may also like", null],
  ["READ:", null],
  ["Agence France-Presse / 08:14 AM February 04, 2025", "digits"],
  ["© 2025 Inquirer Interactive, Inc. All rights reserved.", "digits"],
  ["Updated 3 hours ago", "digits"],
  ["Posted on Monday", "date"],
  ["Published in February", "date"],
  ["Subscribe to our daily newsletter and never miss a story", "longer than a label"],
  ["Ad", "too short"],
];

for (const [text, why] of LABELS) {
  test(`label? ${JSON.stringify(text)}`, () => {
    const trouble = labelTrouble(text);
    if (why === null) assert.equal(trouble, null);
    else assert.match(trouble, new RegExp(why));
  });
}

test("a label is at most MAX_LABEL_WORDS words", () => {
  assert.equal(labelTrouble(Array(MAX_LABEL_WORDS).fill("word").join(" ")), null);
  assert.match(labelTrouble(Array(MAX_LABEL_WORDS + 1).fill("word").join(" ")), /longer than a label/);
});

test("two capitalised words in a row read as a name; all-caps labels do not", () => {
  assert.ok(nameLike("Agence France-Presse"));
  assert.ok(nameLike("by Marco Rubio"));
  assert.ok(!nameLike("FEATURED STORIES"));
  assert.ok(!nameLike("Article continues after this advertisement"));
});

const CLASS_NAMES = [ // [class or id, made up by a build tool?]
  ["headertext", false], ["share-tools", false], ["art_author", false], ["articleBody", false],
  ["nl-title", false], ["ztoop", false], ["fs-item", false],
  ["css-1x2y3z", true], ["sc-bdVaJa", true], ["jsx-2817263", true], ["ad-slot-3", true],
  ["e1f9kz2", true], ["inarticle_1", true], ["kQbXyZ", true],
];

for (const [name, generated] of CLASS_NAMES) {
  test(`made up? ${name}`, () => assert.equal(looksGenerated(name), generated));
}
