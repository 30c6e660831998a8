// extension/api.js: the page's address as the proxy saw it, and the per-request switch.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { ncPageUrl, ncSwitchUrl, ncSiteRules } = require("../../extension/api.js");

test("the page's address: no fragment, no bypass switch, the rest kept", () => {
  assert.equal(ncPageUrl("https://a.example/story?id=3#comments"), "https://a.example/story?id=3");
  assert.equal(ncPageUrl("https://a.example/story?newsclean=off"), "https://a.example/story");
  assert.equal(ncPageUrl("https://a.example/story?id=3&newsclean=off"), "https://a.example/story?id=3");
  assert.equal(ncPageUrl("https://a.example/story?newsclean=reader"), "https://a.example/story?newsclean=reader");
  assert.equal(ncPageUrl("not a url"), "not a url");
});

test("the switch replaces any switch already there", () => {
  assert.equal(ncSwitchUrl("https://a.example/story", "off"), "https://a.example/story?newsclean=off");
  assert.equal(ncSwitchUrl("https://a.example/story?id=3", "reader"), "https://a.example/story?id=3&newsclean=reader");
  assert.equal(ncSwitchUrl("https://a.example/story?newsclean=off", "reader"), "https://a.example/story?newsclean=reader");
});

test("a site's rules path is escaped", () => {
  assert.equal(ncSiteRules("inquirer.net"), "/sites/inquirer.net/rules");
  assert.equal(ncSiteRules("a/b"), "/sites/a%2Fb/rules");
});
