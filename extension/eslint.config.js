// Lint for the extension (`make lint`, run by `make test`): ESLint's recommended rules, with the
// globals of the places each file runs in. The extension's files are plain scripts that share a few
// names (api.js's helpers): a file that defines them says so in an `/* exported */` comment, a file
// that uses them in a `/* global */` one. Its node tests (tests/extension/*.test.js) are linted with
// the same rules as node CommonJS: tests/extension/eslint.config.js takes `nodeTests` from here.
"use strict";

const js = require("@eslint/js");
const globals = require("globals");

const page = { ...globals.browser, ...globals.webextensions };
const rules = {
  "no-unused-vars": ["error", { args: "none", caughtErrors: "none" }],
  "no-var": "error",
  "prefer-const": "error",
  eqeqeq: ["error", "always"],
  strict: ["error", "global"],
};
const common = {
  linterOptions: { reportUnusedDisableDirectives: "error" },
  rules,
};
const node = { sourceType: "commonjs", globals: globals.node };

module.exports = [
  { ignores: ["node_modules/"] },
  js.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: { ecmaVersion: 2023, sourceType: "script", globals: page },
    ...common,
  },
  {
    files: ["background.js"],
    languageOptions: { globals: { ...page, ...globals.serviceworker } },
  },
  {
    files: ["eslint.config.js"],
    languageOptions: node,
  },
];

module.exports.nodeTests = [
  js.configs.recommended,
  { files: ["**/*.js"], languageOptions: node, ...common },
];
