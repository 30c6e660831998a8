"use strict";
/* global NC, ncCall, ncSettings */

const form = document.getElementById("settings");
const proxyInput = document.getElementById("proxy");
const tokenInput = document.getElementById("token");
const result = document.getElementById("result");

async function load() {
  const { proxy, token } = await ncSettings();
  proxyInput.value = proxy;
  tokenInput.value = token;
}

function show(text, kind) {
  result.textContent = text;
  result.className = kind;
}

async function save() {
  let proxy;
  try {
    const u = new URL(proxyInput.value.trim());
    if (u.protocol !== "http:") {
      throw new Error("the proxy's address starts with http://");
    }
    proxy = u.origin;
  } catch (err) {
    show(`Not an address: ${err.message}`, "error");
    return;
  }
  await NC.storage.local.set({ proxy, token: tokenInput.value.trim() });
  proxyInput.value = proxy;
  const answer = await ncCall("GET", "/status");
  if (answer.ok) {
    const d = answer.data;
    show(`Saved. Connected to newsclean ${d.version}: ${d.rules.files.length} rule file(s), ${d.rules.sites.length} site(s), ${d.counters.cleaned ?? 0} page(s) cleaned so far.`, "ok");
  } else {
    show(`Saved, but the test failed: ${answer.data.error}`, "error");
  }
}

const failed = (err) => show(`Something went wrong: ${err && err.message ? err.message : err}`, "error");

form.addEventListener("submit", (event) => {
  event.preventDefault();
  save().catch(failed);
});

load().catch(failed);
