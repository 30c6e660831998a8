// Talking to the newsclean proxy's control API. Shared by the popup, the options page and the
// background script (content scripts never call the API themselves: their requests would carry the
// web page's origin, which the API refuses).
"use strict";
/* exported NC, ncCall, ncPageUrl, ncSettings, ncSiteRules, ncSwitchUrl */

const NC = globalThis.browser ?? globalThis.chrome;
const NC_DEFAULT_PROXY = "http://127.0.0.1:8080";
const NC_API = "/newsclean/v1";

async function ncSettings() {
  const stored = await NC.storage.local.get({ proxy: NC_DEFAULT_PROXY, token: "" });
  return { proxy: (stored.proxy || NC_DEFAULT_PROXY).replace(/\/+$/, ""), token: (stored.token || "").trim() };
}

// One API call. Resolves to {ok, status, data}; `data.error` says what went wrong in words.
async function ncCall(method, path, body) {
  const { proxy, token } = await ncSettings();
  if (!token) {
    return { ok: false, status: 0, data: { code: "no-token", error: "No token set: open the extension's options and paste the proxy's token (newsclean run prints where it is, by default ~/.mitmproxy/newsclean-token)." } };
  }
  const init = {
    method,
    headers: { Authorization: "Bearer " + token },
    cache: "no-store",
    credentials: "omit",
  };
  if (method !== "GET") {
    // The API takes writes as JSON only (a web page's form cannot send that).
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body ?? {});
  }
  let response;
  try {
    response = await fetch(proxy + NC_API + path, init);
  } catch (err) {
    return { ok: false, status: 0, data: { code: "unreachable", error: `The proxy at ${proxy} does not answer: is \`newsclean run\` running, and is the address in the options right?` } };
  }
  let data;
  try {
    data = await response.json();
  } catch (err) {
    data = { error: `unexpected answer (HTTP ${response.status}) from ${proxy}: is that the newsclean proxy?` };
  }
  return { ok: response.ok, status: response.status, data: data ?? {} };
}

// The page's address as the proxy saw it (no #fragment; without our own bypass parameter).
function ncPageUrl(url) {
  try {
    const u = new URL(url);
    u.hash = "";
    if (u.searchParams.get("newsclean") === "off") {
      u.searchParams.delete("newsclean");
    }
    return u.toString();
  } catch (err) {
    return url;
  }
}

// The page's URL with newsclean's per-request switch: "off" (the original) or "reader" (the
// reader page). The proxy takes the parameter out before the request goes on to the site.
function ncSwitchUrl(url, value) {
  const u = new URL(url);
  u.searchParams.set("newsclean", value);
  return u.toString();
}

const ncSiteRules = (site) => `/sites/${encodeURIComponent(site)}/rules`;

/* global module */
if (typeof module === "object" && module.exports) module.exports = { ncPageUrl, ncSwitchUrl, ncSiteRules };
