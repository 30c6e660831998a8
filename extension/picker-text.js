// The picker's words, worked out from data alone (no page, no browser API), so node's tests can
// check them. Every count here is the proxy's answer to /preview: `matched` (what the rule finds on
// the proxy's copy of the page) and `applied` (what it would change there: the guard or a keep rule
// may hold some back, and says why in `note`).
"use strict";

globalThis.NCPickerText ??= (() => {
  const elements = (n) => `${n} element${n === 1 ? "" : "s"}`;

  // The line of a proposal in the "Match by" list: its kind and, once the proxy has answered, its count.
  // `preview`: undefined (not asked yet), {ok, data} (the background's answer to PREVIEW).
  function optionLabel(kind, preview) {
    if (!preview) return `${kind} — counting…`;
    if (!preview.ok) return `${kind} — not counted`;
    return `${kind} — matches ${elements(preview.data.matched)} here`;
  }

  // The panel's two lines for the chosen proposal: how many it matches, and what the proxy would do.
  function countLines(preview, action) {
    if (!preview) return { count: "Counting on the proxy's copy of this page…", preview: "" };
    if (!preview.ok) {
      const why = (preview.data && preview.data.error) || "the proxy did not answer";
      return { count: `The proxy cannot count it: ${why}`, preview: "" };
    }
    const { matched, applied, note } = preview.data;
    const count = `Matches ${elements(matched)} on this page.`;
    if (!matched) {
      // The proxy runs a proposed rule after the site's own: what they remove already, it cannot find.
      return { count, preview: "The proxy finds none on its copy of this page once the site's other rules have run." };
    }
    let done = `The proxy would ${action} ${elements(applied)}`;
    if (applied < matched) done += ` of the ${matched}`;
    done += note && note !== "no match" ? ` (${note}).` : ".";
    return { count, preview: done };
  }

  // A rule as the panel shows it: one `key = value` line a condition, as the rule file will have it.
  const ruleText = (rule) => Object.entries(rule).map(([key, value]) => `${key} = ${JSON.stringify(value)}`).join("\n");

  // The reason the panel suggests: the picked element's first words.
  function defaultReason(text) {
    const words = text.split(" ").filter(Boolean).slice(0, 8).join(" ");
    return words ? `Not part of the story: "${words}"` : "Not part of the story";
  }

  // Why some proposals were not made, as sentences.
  const skippedText = (skipped) => skipped.map((why) => why[0].toUpperCase() + why.slice(1) + ".").join(" ");

  // The rule to send: the proposal's conditions, then what to do and why.
  const ruleToSave = (proposal, action, reason) => ({ ...proposal.rule, action, reason: reason.trim() });

  return Object.freeze({ optionLabel, countLines, ruleText, defaultReason, skippedText, ruleToSave });
})();

/* global module */
if (typeof module === "object" && module.exports) module.exports = globalThis.NCPickerText;
