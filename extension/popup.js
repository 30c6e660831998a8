// The popup: what newsclean removed from this page (grouped by rule, with the text that went),
// the site's switch, "show original", the picker, and the site's rules with how often each matched. Its words: popup-text.js.
"use strict";
/* global NC, NC_MESSAGES, ncCall, ncPageUrl, ncSettings, ncSiteRules, ncSwitchUrl */

const $ = (id) => document.getElementById(id);
const T = globalThis.NCPopupText;
const params = new URLSearchParams(location.search);
// `?tab=<id>` names the tab when the popup is opened as a page of its own (tests, a pinned tab).
const openedAsPage = params.has("tab");
// What the popup injects into the tab for "Pick an element", in this order (picker.js last: it uses the rest).
const PICKER_FILES = ["messages.js", "labels.js", "propose.js", "picker-text.js", "picker.js"];

const state = { tabId: null, url: null, site: null };

function message(text, kind = "") {
  $("message").textContent = text;
  $("message").className = kind;
}

// Every handler runs through this: what goes wrong is said in the popup, never left unseen.
function on(target, type, handler) {
  target.addEventListener(type, async (event) => {
    try {
      await handler(event);
    } catch (err) {
      message(`Something went wrong: ${err && err.message ? err.message : err}`, "error");
    }
  });
}

// The popup's controls: shown only once the proxy has answered with the token, so that nothing can
// be clicked (a switch, the picker) that could not be saved.
const CONTROLS = ["site-switch", "actions", "picture-row", "removals", "rules-section"];

function showControls(shown) {
  if (shown) {
    $("actions").hidden = false; // the rest appear as their data comes in
    $("picture-row").hidden = false;
  } else {
    for (const id of CONTROLS) $(id).hidden = true;
  }
}

function notConnected(answer) {
  showControls(false);
  message(T.notConnected(answer), "error");
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("data-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) {
    node.append(child); // text is appended as text: page words never become markup
  }
  return node;
}

function renderRemovals(report) {
  const groups = $("groups");
  groups.replaceChildren();
  $("removals-title").textContent = T.removalsTitle(report);
  for (const group of report.groups) {
    const list = el("ol");
    for (const item of group.items) {
      list.append(el("li", { class: "removed-text", title: item.element }, item.text || `(${item.element}, no text)`));
    }
    // Folded: a line a rule (its count and the start of its reason); a click shows what went.
    const details = el(
      "details",
      { class: "group", "data-rule": group.rule },
      el(
        "summary",
        { title: group.reason },
        el("span", { class: "rule-id" }, group.rule),
        el("span", { class: "count" }, ` ×${group.count}`),
        el("span", { class: "gist" }, group.reason),
      ),
      el("p", { class: "reason" }, group.reason),
      list,
    );
    groups.append(details);
  }
  $("removals").hidden = false;
}

function renderRules(view, stats) {
  const list = $("rules");
  list.replaceChildren();
  const rules = T.listedRules(view.rules);
  for (const rule of rules) {
    const toggle = el("input", { type: "checkbox", checked: rule.enabled, title: rule.enabled ? "switch this rule off" : "switch it back on" });
    toggle.disabled = !rule.name;
    on(toggle, "change", () => edit("PATCH", `${ncSiteRules(state.site)}/${encodeURIComponent(rule.name)}`, { enabled: toggle.checked }));
    const item = el(
      "li",
      { class: `rule ${rule.enabled ? "" : "off"}`, "data-rule": rule.id },
      toggle,
      el("span", { class: "rule-name", title: rule.description }, rule.name || rule.id),
      el("span", { class: `origin ${rule.origin}` }, rule.origin),
    );
    const counted = T.statsLine(stats, rule.id, view.site);
    if (counted) item.append(el("span", { class: "rule-stats" }, counted));
    if (rule.origin === "user" && rule.name) {
      const remove = el("button", { class: "delete", title: "delete this rule from your file" }, "Delete");
      on(remove, "click", () => edit("DELETE", `${ncSiteRules(state.site)}/${encodeURIComponent(rule.name)}`));
      item.append(remove);
    }
    item.append(el("div", { class: "reason" }, rule.reason));
    list.append(item);
  }
  $("rules-title").textContent = `Rules for ${view.site} (${rules.length})`;
  const undo = T.undoLabel(view.undo);
  $("undo").textContent = undo || "";
  $("undo").hidden = !undo;
  $("rules-section").hidden = false;
}

// Reload the tab (the proxy cleans the page anew) and resolve once chrome.tabs.onUpdated says it is
// "complete" again, or the tab is closed.
async function reloadTab(tabId) {
  let stop;
  const loaded = new Promise((resolve) => {
    const updated = (id, change) => { if (id === tabId && change.status === "complete") stop(); };
    const removed = (id) => { if (id === tabId) stop(); };
    stop = () => {
      NC.tabs.onUpdated.removeListener(updated);
      NC.tabs.onRemoved.removeListener(removed);
      resolve();
    };
    NC.tabs.onUpdated.addListener(updated);
    NC.tabs.onRemoved.addListener(removed);
  });
  try {
    await NC.tabs.reload(tabId, { bypassCache: true });
  } catch (err) {
    stop();
    throw err;
  }
  await loaded;
}

// An edit through the API, then the page reloaded and its report shown.
async function edit(method, path, body) {
  message("Saving…");
  const answer = await ncCall(method, path, body);
  if (!answer.ok) {
    message(answer.data.error || `failed (HTTP ${answer.status})`, "error");
    return;
  }
  message(`${answer.data.action}. Reloading the page…`, "ok");
  await reloadTab(state.tabId);
  await refresh();
}

// The tab the popup is about: the active one (its address is readable after a click on the toolbar
// button: activeTab), or the one named in `?tab=`.
async function currentTab() {
  if (openedAsPage) {
    return NC.tabs.get(Number(params.get("tab")));
  }
  const [tab] = await NC.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function refresh() {
  const { token } = await ncSettings();
  if (!token) {
    notConnected({ status: 0, data: { code: "no-token" } });
    return;
  }
  const tab = await currentTab();
  const page = T.pageOf(tab);
  if (!page.url) {
    showControls(false);
    message(page.error);
    return;
  }
  state.tabId = tab.id;
  state.url = ncPageUrl(page.url);
  const answer = await ncCall("GET", "/report?url=" + encodeURIComponent(state.url));
  if (T.refused(answer)) {
    notConnected(answer);
    return;
  }
  const data = answer.data;
  state.site = data.site || null;
  showControls(true);
  if (state.site) {
    $("site-switch").hidden = false;
    $("site-name").textContent = state.site;
    $("site-enabled").checked = Boolean(data.site_enabled);
    $("site-switch").title = T.switchTitle(state.site, data.site_enabled);
  }
  $("pick").disabled = !state.site;
  $("pick").title = T.pickTitle(state.site);
  if (answer.ok && data.report) {
    message(T.reportMessage(data.report));
    renderRemovals(data.report);
  } else {
    $("removals").hidden = true;
    message(T.noReportMessage(data.site_enabled));
  }
  if (state.site) {
    const site = encodeURIComponent(state.site);
    const [view, stats] = await Promise.all([ncCall("GET", `/sites/${site}`), ncCall("GET", `/stats?site=${site}`)]);
    if (view.ok) renderRules(view.data, T.statsByRule(stats));
  }
}

// Another load of this page: the original (`off`) or the reader page (`reader`).
async function switchTo(value) {
  await NC.tabs.update(state.tabId, { url: ncSwitchUrl(state.url, value) });
  if (!openedAsPage) window.close();
}

on($("site-enabled"), "change", (event) => edit("PATCH", `/sites/${encodeURIComponent(state.site)}`, { enabled: event.target.checked }));
on($("original"), "click", () => switchTo("off"));
on($("reader"), "click", () => switchTo("reader"));
// The picture of what went (the proxy's GET /annotated), in a tab of its own.
on($("annotated"), "click", async () => {
  await NC.tabs.create({ url: NC.runtime.getURL(globalThis.NCAnnotatedText.pagePath(state.url)) });
  if (!openedAsPage) window.close();
});
on($("undo"), "click", () => edit("POST", `/sites/${encodeURIComponent(state.site)}/undo`));

// The picker is put into the page only now (not into every page the browser shows), then started.
on($("pick"), "click", async () => {
  message("Starting the picker…");
  try {
    await NC.scripting.executeScript({ target: { tabId: state.tabId }, files: PICKER_FILES });
  } catch (err) {
    message(`The picker cannot run on this page (${err && err.message ? err.message : err}). Reload the page and click the toolbar button again.`, "error");
    return;
  }
  const answer = await NC.tabs.sendMessage(state.tabId, { type: NC_MESSAGES.PICK });
  if (!answer || !answer.ok) {
    message((answer && answer.error) || "The picker did not start.", "error");
    return;
  }
  if (!openedAsPage) window.close(); // the picker lives in the page: the popup would cover it
  else message("Picking: point at an element on the page and click it.");
});

refresh().catch((err) => message(`Something went wrong: ${err && err.message ? err.message : err}`, "error"));
