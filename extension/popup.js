// The popup: what newsclean removed from this page (grouped by rule, with the text that went),
// the site's switch, "show original", the picker, and the site's rules.
"use strict";

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
// `?tab=<id>` names the tab when the popup is opened as a page of its own (tests, a pinned tab).
const openedAsPage = params.has("tab");

const state = { tabId: null, url: null, site: null };

function message(text, kind = "") {
  $("message").textContent = text;
  $("message").className = kind;
}

// Where the token comes from, for every "not connected" message.
const CONNECT_HELP = "Start the proxy (newsclean run): it prints its address and where its token is " +
  "(~/.mitmproxy/newsclean-token). Open the Options, paste the token and press Save and test.";

// The popup's controls: shown only once the proxy has answered with the token, so that nothing can
// be clicked (a switch, the picker) that could not be saved.
const CONTROLS = ["site-switch", "actions", "removals", "rules-section"];

function showControls(on) {
  if (on) {
    $("actions").hidden = false; // the rest appear as their data comes in
  } else {
    for (const id of CONTROLS) $(id).hidden = true;
  }
}

function notConnected(answer) {
  showControls(false);
  const data = answer.data || {};
  let text;
  if (data.code === "no-token") text = "Not connected: no token set.";
  else if (answer.status === 401) text = "Not connected: the proxy refused the token (a new one is made when the token file is deleted).";
  else text = data.error || "Not connected: the proxy refused the request.";
  message(`${text} ${CONNECT_HELP}`, "error");
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

async function currentTab() {
  if (openedAsPage) {
    return NC.tabs.get(Number(params.get("tab")));
  }
  const [tab] = await NC.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function renderRemovals(report) {
  const groups = $("groups");
  groups.replaceChildren();
  const total = report.removed + report.marked;
  $("removals-title").textContent = total
    ? `${report.removed} removed${report.marked ? `, ${report.marked} marked` : ""} on this page`
    : "Nothing removed on this page";
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

function renderRules(view) {
  const list = $("rules");
  list.replaceChildren();
  let count = 0;
  for (const rule of view.rules) {
    if (!rule.name && rule.origin !== "user") continue;
    count += 1;
    const toggle = el("input", { type: "checkbox", checked: rule.enabled, title: rule.enabled ? "switch this rule off" : "switch it back on" });
    toggle.disabled = !rule.name;
    toggle.addEventListener("change", () => edit("PATCH", `${ncSiteRules(state.site)}/${encodeURIComponent(rule.name)}`, { enabled: toggle.checked }));
    const item = el(
      "li",
      { class: `rule ${rule.enabled ? "" : "off"}`, "data-rule": rule.id },
      toggle,
      el("span", { class: "rule-name", title: rule.description }, rule.name || rule.id),
      el("span", { class: `origin ${rule.origin}` }, rule.origin),
    );
    if (rule.origin === "user" && rule.name) {
      const remove = el("button", { class: "delete", title: "delete this rule from your file" }, "Delete");
      remove.addEventListener("click", () => edit("DELETE", `${ncSiteRules(state.site)}/${encodeURIComponent(rule.name)}`));
      item.append(remove);
    }
    item.append(el("div", { class: "reason" }, rule.reason));
    list.append(item);
  }
  $("rules-title").textContent = `Rules for ${view.site} (${count})`;
  const undo = $("undo");
  if (view.undo && view.undo.length) {
    undo.textContent = `Undo: ${view.undo[0].action}`;
    undo.hidden = false;
  } else {
    undo.hidden = true;
  }
  $("rules-section").hidden = false;
}

async function edit(method, path, body) {
  message("Saving…");
  const answer = await ncCall(method, path, body);
  if (!answer.ok) {
    message(answer.data.error || `failed (HTTP ${answer.status})`, "error");
    return;
  }
  message(`${answer.data.action}. Reloading the page…`, "ok");
  await NC.tabs.reload(state.tabId, { bypassCache: true });
  setTimeout(refresh, 700); // the reloaded page's report
}

async function tabUrl(tab) {
  if (tab.url) return tab.url; // with activeTab (the toolbar button was clicked)
  try {
    const answer = await NC.tabs.sendMessage(tab.id, { type: "newsclean:where" });
    return answer && answer.url;
  } catch (err) {
    return null; // no picker script there: not a web page, or loaded before the extension
  }
}

async function refresh() {
  const { token } = await ncSettings();
  if (!token) {
    notConnected({ status: 0, data: { code: "no-token" } });
    return;
  }
  const tab = await currentTab();
  const url = tab && (await tabUrl(tab));
  if (!url || !/^https?:/.test(url)) {
    showControls(false);
    message("newsclean works on web pages (http and https); reload the page if the extension was just installed.");
    return;
  }
  state.tabId = tab.id;
  state.url = ncPageUrl(url);
  const answer = await ncCall("GET", "/report?url=" + encodeURIComponent(state.url));
  if (answer.status === 0 || answer.status === 401 || answer.status === 403) {
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
    $("site-switch").title = data.site_enabled ? `newsclean cleans ${state.site}: untick to switch it off` : `${state.site} is switched off`;
  }
  $("pick").disabled = !state.site;
  $("pick").title = state.site
    ? "Point at something on the page and make a rule that removes it"
    : "This address names no site a rule file could be made for (an IP address, localhost)";
  if (answer.ok && data.report) {
    const r = data.report;
    message(r.status === "cleaned" || r.status === "unchanged" ? "" : `${r.status}: ${r.detail}`);
    renderRemovals(r);
  } else {
    $("removals").hidden = true;
    message(data.site_enabled === false
      ? "This site is switched off: its pages pass through untouched."
      : "newsclean has no record of this page: it is not a site it cleans, or it was loaded before the proxy started. Reload to see.");
  }
  if (state.site) {
    const view = await ncCall("GET", `/sites/${encodeURIComponent(state.site)}`);
    if (view.ok) renderRules(view.data);
  }
}

$("site-enabled").addEventListener("change", (event) => {
  edit("PATCH", `/sites/${encodeURIComponent(state.site)}`, { enabled: event.target.checked });
});

$("original").addEventListener("click", async () => {
  await NC.tabs.update(state.tabId, { url: ncBypassUrl(state.url) });
  if (!openedAsPage) window.close();
});

$("reader").addEventListener("click", async () => {
  await NC.tabs.update(state.tabId, { url: ncReaderUrl(state.url) });
  if (!openedAsPage) window.close();
});

$("pick").addEventListener("click", async () => {
  let answer;
  try {
    answer = await NC.tabs.sendMessage(state.tabId, { type: "newsclean:pick", site: state.site });
  } catch (err) {
    message("The page is not ready for picking (reload it once after installing the extension).", "error");
    return;
  }
  if (!answer || !answer.ok) {
    message((answer && answer.error) || "The picker did not start.", "error");
    return;
  }
  if (!openedAsPage) window.close(); // the picker lives in the page: the popup would cover it
  else message("Picking: point at an element on the page and click it.");
});

$("undo").addEventListener("click", () => edit("POST", `/sites/${encodeURIComponent(state.site)}/undo`));

refresh();
