// The picker (injected into a tab by the popup) asks here for what it needs from the API: the page's
// site, a preview of a proposed rule and saving it. Only these requests, and always about the tab that
// sent the message: the page's address comes from the browser, never from the message.
"use strict";
/* global NC, NC_MESSAGES, ncCall, ncPageUrl, ncSiteRules */

if (typeof importScripts === "function") {
  importScripts("messages.js", "api.js"); // Chromium's service worker; Firefox lists them in background.scripts
}

async function handlePickerMessage(message, sender) {
  // sender.url: the address of the frame the picker runs in (the page), given by the browser.
  const from = sender.url || (sender.tab && sender.tab.url);
  if (!sender.tab || !from || !/^https?:/.test(from)) {
    return { ok: false, data: { error: "not from a web page" } };
  }
  const url = ncPageUrl(from);
  switch (message && message.type) {
    case NC_MESSAGES.SITE: {
      const answer = await ncCall("GET", "/report?url=" + encodeURIComponent(url));
      const refused = answer.status === 0 || answer.status === 401 || answer.status === 403; // no token, no proxy
      const site = (!refused && answer.data && answer.data.site) || null;
      const error = refused
        ? answer.data.error || "the proxy refused the request: check the token in the options"
        : site ? null : "newsclean makes no rules for this page's address (an IP address or localhost)";
      return { ok: Boolean(site), data: { site, error } };
    }
    case NC_MESSAGES.PREVIEW:
      return ncCall("POST", "/preview", { url, rule: message.rule });
    case NC_MESSAGES.SAVE: {
      if (typeof message.site !== "string") {
        return { ok: false, data: { error: "no site to save the rule for" } };
      }
      return ncCall("POST", ncSiteRules(message.site), { rule: message.rule, source_url: url });
    }
    default:
      return { ok: false, data: { error: "unknown request" } };
  }
}

NC.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== NC.runtime.id) {
    return false;
  }
  handlePickerMessage(message, sender).then(sendResponse, (err) => sendResponse({ ok: false, data: { error: `the extension failed: ${err}` } }));
  return true; // the answer comes later
});
