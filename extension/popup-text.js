// The popup's words and choices, worked out from the proxy's answers alone (no page, no browser API),
// so node's tests can check them. popup.js puts them on the screen.
"use strict";

globalThis.NCPopupText ??= (() => {
  // Where the token comes from, for every "not connected" message.
  const CONNECT_HELP = "Start the proxy (newsclean run): it prints its address and where its token is " +
    "(~/.mitmproxy/newsclean-token). Open the Options, paste the token and press Save and test.";

  // An answer from the API (ncCall's {ok, status, data}) that means the popup is not connected: no
  // token, no proxy, or the token refused.
  const refused = (answer) => answer.status === 0 || answer.status === 401 || answer.status === 403;

  function notConnected(answer) {
    const data = answer.data || {};
    let text;
    if (data.code === "no-token") text = "Not connected: no token set.";
    else if (answer.status === 401) text = "Not connected: the proxy refused the token (a new one is made when the token file is deleted).";
    else text = data.error || "Not connected: the proxy refused the request.";
    return `${text} ${CONNECT_HELP}`;
  }

  // Whether the popup can work on this tab: its address, or why not.
  function pageOf(tab) {
    if (!tab) return { error: "No tab to work on." };
    if (!tab.url) {
      return { error: "newsclean sees a tab's address only when its toolbar button is clicked on that tab: click it on the page." };
    }
    if (!/^https?:/.test(tab.url)) return { error: "newsclean works on web pages (http and https)." };
    return { url: tab.url };
  }

  function removalsTitle(report) {
    const total = report.removed + report.marked;
    if (!total) return "Nothing removed on this page";
    return `${report.removed} removed${report.marked ? `, ${report.marked} marked` : ""} on this page`;
  }

  // The line above the removals: empty for a page cleaned as usual, else the report's status.
  const reportMessage = (report) => (report.status === "cleaned" || report.status === "unchanged" ? "" : `${report.status}: ${report.detail}`);

  const noReportMessage = (siteEnabled) => (siteEnabled === false
    ? "This site is switched off: its pages pass through untouched."
    : "newsclean has no record of this page: it is not a site it cleans, or it was loaded before the proxy started. Reload to see.");

  // The rules the popup lists: those the reader can switch (named) and every one of the reader's own.
  const listedRules = (rules) => rules.filter((rule) => rule.name || rule.origin === "user");

  const undoLabel = (undo) => (undo && undo.length ? `Undo: ${undo[0].action}` : null);

  const pickTitle = (site) => (site
    ? "Point at something on the page and make a rule that removes it"
    : "This address names no site a rule file could be made for (an IP address, localhost)");

  const switchTitle = (site, enabled) => (enabled ? `newsclean cleans ${site}: untick to switch it off` : `${site} is switched off`);

  // The proxy's rule statistics (GET /stats?site=SITE) by rule id: the rules that acted on this site,
  // each with its figures over every site. null when none are kept (404) or they cannot be read (503).
  const statsByRule = (answer) => (answer && answer.ok && answer.data && Array.isArray(answer.data.rules)
    ? new Map(answer.data.rules.map((entry) => [entry.rule, entry]))
    : null);

  const times = (n) => (n === 1 ? "once" : `${n} times`);

  // What the popup says beside a rule: "matched 212 times on 9 sites"; "" when no statistics are kept.
  function statsLine(stats, ruleId, site) {
    if (!stats) return "";
    const entry = stats.get(ruleId);
    if (!entry) return `no match on ${site} yet`;
    const sites = entry.sites === 1 ? "1 site" : `${entry.sites} sites`;
    if (!entry.matches) return `held back ${times(entry.held)} by the guard, on ${sites}`;
    return `matched ${times(entry.matches)} on ${sites}`;
  }

  return Object.freeze({
    CONNECT_HELP, refused, notConnected, pageOf, removalsTitle, reportMessage, noReportMessage, listedRules,
    undoLabel, pickTitle, switchTitle, statsByRule, statsLine,
  });
})();

/* global module */
if (typeof module === "object" && module.exports) module.exports = globalThis.NCPopupText;
