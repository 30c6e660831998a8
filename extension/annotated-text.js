// The words of the "what was removed" page, worked out from the proxy's answer alone (no browser API),
// so node's tests can check them. annotated.js puts them on the screen.
"use strict";

globalThis.NCAnnotatedText ??= (() => {
  // The API path of the picture for a page's address.
  const apiPath = (url) => "/annotated?url=" + encodeURIComponent(url);

  // The extension page that shows the picture of `url` (opened by the popup in a new tab).
  const pagePath = (url) => "annotated.html?url=" + encodeURIComponent(url);

  // One line over the picture: what the rules did, in the outline colours' words.
  function summary(data) {
    const counts = data.counts || {};
    const parts = [`${counts.removed || 0} removed (red)`, `${counts.marked || 0} marked (orange)`,
      `${counts.hidden || 0} hidden by a list (blue)`];
    const items = (data.items || []).length;
    const missing = items - (data.outlined || 0);
    const where = data.site ? `rules of ${data.site}` : "default rules only";
    let text = `${parts.join(", ")} — ${where}, ${data.status || "?"}.`;
    if (missing > 0) text += ` ${missing} not outlined (not an element of the page as it came: see the list).`;
    if (data.status === "skipped" || data.status === "error") text += ` ${data.detail || ""}`;
    return text.trim();
  }

  // What to say when the picture cannot be had (ncCall's {ok, status, data}).
  function failure(answer) {
    const data = answer.data || {};
    if (data.code === "no-copy") {
      return "The proxy keeps the original of the pages it served last, and this one is not among them: reload the page, then try again.";
    }
    return data.error || `The proxy did not answer with a picture (HTTP ${answer.status}).`;
  }

  return { apiPath, pagePath, summary, failure };
})();

/* global module */
if (typeof module === "object" && module.exports) module.exports = globalThis.NCAnnotatedText;
