// The names of the messages between the popup, the background script and the picker: every sender
// and every receiver takes them from here, so a name cannot be misspelt on one side only.
//   SITE     picker → background: the site the tab's page belongs to (no site: no picker)
//   PREVIEW  picker → background: the proxy's /preview of a proposed rule on this page
//   SAVE     picker → background: save a rule in the site's user file
//   PICK     popup → picker (injected just before): start picking
"use strict";

globalThis.NC_MESSAGES ??= Object.freeze({
  SITE: "newsclean:site",
  PREVIEW: "newsclean:preview",
  SAVE: "newsclean:save",
  PICK: "newsclean:pick",
});

/* global module */
if (typeof module === "object" && module.exports) module.exports = globalThis.NC_MESSAGES;
