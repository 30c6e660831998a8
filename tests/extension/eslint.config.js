// The extension's node tests are linted with its rules (extension/eslint.config.js), as node CommonJS.
"use strict";

module.exports = require("../../extension/eslint.config.js").nodeTests;
