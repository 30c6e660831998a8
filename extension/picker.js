// The element picker. The popup injects it into the tab when the reader clicks "Pick an element"
// (chrome.scripting, with the tab the toolbar button was clicked on: no script of ours runs in pages
// otherwise), then sends it PICK. Hovering highlights; a click proposes rules (propose.js: what recurs
// across the site's pages, best first), each counted by the proxy (/preview through the background
// script: the engine's own count on its copy of the page); "Save" sends one to the proxy the same way.
"use strict";

(() => {
  if (globalThis.__newscleanPicker) return; // injected again (a second click on "Pick"): keep the first
  globalThis.__newscleanPicker = true;

  const NC = globalThis.browser ?? globalThis.chrome;
  const MSG = globalThis.NC_MESSAGES; // messages.js, injected before
  const text = globalThis.NCPickerText; // picker-text.js
  const { textOf, targetsOf, cssName, proposals } = globalThis.NCPropose; // propose.js
  let picker = null;

  // A message to the background script; its answer is {ok, data} even when the message fails
  // (the extension reloaded under the page, the worker gone).
  async function send(message) {
    try {
      return (await NC.runtime.sendMessage(message)) || { ok: false, data: { error: "no answer from the extension" } };
    } catch (err) {
      return { ok: false, data: { error: `the extension did not answer (${err && err.message ? err.message : err}): reload the page` } };
    }
  }

  // -- the overlay ---------------------------------------------------------------------------------------
  const STYLE = `
    :host { all: initial; }
    .box { position: fixed; pointer-events: none; z-index: 2147483646; background: rgba(204, 68, 0, .15);
           outline: 2px solid #c40; border-radius: 2px; transition: all 40ms linear; }
    .tag { position: fixed; z-index: 2147483647; pointer-events: none; font: 12px/1.4 system-ui, sans-serif;
           background: #222; color: #fff; padding: 2px 6px; border-radius: 3px; max-width: 60vw;
           white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; width: 380px; max-width: calc(100vw - 32px);
             font: 13px/1.45 system-ui, sans-serif; color: #1d1d1f; background: #fff; border: 1px solid #bbb;
             border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.25); padding: 12px 14px; }
    .panel h2 { font-size: 14px; margin: 0 0 8px; }
    .panel label { display: block; margin: 8px 0 2px; font-weight: 600; }
    .panel select, .panel input { width: 100%; box-sizing: border-box; font: inherit; padding: 4px 6px; }
    .panel pre { background: #f4f4f4; padding: 6px 8px; margin: 6px 0; white-space: pre-wrap; word-break: break-word;
                 font: 12px/1.4 ui-monospace, monospace; max-height: 8em; overflow: auto; }
    .panel .count, .panel .preview, .panel .skipped { color: #555; margin: 4px 0; }
    .panel .skipped:empty { display: none; }
    .panel .error { color: #b00020; }
    .panel .ok { color: #1b6e20; }
    .panel .buttons { display: flex; gap: 8px; justify-content: flex-end; margin-top: 10px; }
    .panel button { font: inherit; padding: 4px 12px; cursor: pointer; }
    .panel button.primary { background: #c40; color: #fff; border: 1px solid #a30; border-radius: 4px; }
  `;

  const PANEL = `
    <h2>New rule for <span class="site"></span></h2>
    <label for="nc-proposal">Match by</label>
    <select id="nc-proposal"></select>
    <pre class="rule-text"></pre>
    <p class="count"></p>
    <p class="skipped"></p>
    <p class="preview"></p>
    <label for="nc-reason">Why is it junk?</label>
    <input id="nc-reason" maxlength="200">
    <label for="nc-action">Then</label>
    <select id="nc-action">
      <option value="remove">remove it</option>
      <option value="mark">mark it (dim, keep in the page)</option>
    </select>
    <p class="status" role="status"></p>
    <div class="buttons">
      <button class="another">Pick another</button>
      <button class="cancel">Cancel</button>
      <button class="primary save">Save rule</button>
    </div>`;

  const SWALLOWED = ["mousedown", "mouseup", "pointerdown", "pointerup", "auxclick"];

  class Picker {
    constructor(site) {
      this.site = site;
      this.host = document.createElement("newsclean-picker");
      this.root = this.host.attachShadow({ mode: "open" });
      const style = document.createElement("style");
      style.textContent = STYLE;
      this.box = Object.assign(document.createElement("div"), { className: "box", hidden: true });
      this.tag = Object.assign(document.createElement("div"), { className: "tag", hidden: true });
      this.root.append(style, this.box, this.tag);
      document.documentElement.append(this.host);
      this.onMove = this.onMove.bind(this);
      this.onClick = this.onClick.bind(this);
      this.onKey = this.onKey.bind(this);
      this.swallow = (ev) => { if (!this.inside(ev)) { ev.preventDefault(); ev.stopPropagation(); } };
      document.addEventListener("mouseover", this.onMove, true);
      document.addEventListener("click", this.onClick, true);
      document.addEventListener("keydown", this.onKey, true);
      for (const type of SWALLOWED) document.addEventListener(type, this.swallow, true);
    }

    inside(ev) {
      return ev.composedPath().includes(this.host);
    }

    highlight(e) {
      const r = e.getBoundingClientRect();
      Object.assign(this.box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
      this.box.hidden = false;
      this.tag.textContent = cssName(e) + (e.id ? `#${e.id}` : "");
      Object.assign(this.tag.style, { left: `${Math.max(0, r.left)}px`, top: `${Math.max(0, r.top - 22)}px` });
      this.tag.hidden = false;
    }

    onMove(ev) {
      if (this.chosen || this.inside(ev)) return;
      const e = ev.target;
      if (e instanceof Element && e !== document.documentElement && e !== document.body) {
        this.highlight(e);
      }
    }

    onKey(ev) {
      if (ev.key === "Escape") {
        ev.preventDefault();
        this.stop();
      }
    }

    onClick(ev) {
      if (this.inside(ev)) return;
      ev.preventDefault();
      ev.stopPropagation();
      if (this.chosen) return;
      const e = ev.target;
      if (!(e instanceof Element) || e === document.documentElement || e === document.body) return;
      this.choose(e);
    }

    choose(e) {
      this.chosen = e;
      this.highlight(e);
      this.tag.hidden = true;
      let found;
      try {
        found = proposals(e);
      } catch (err) { // shown in the panel below, with no proposal to save
        found = { options: [], skipped: [], error: `No proposals: ${err && err.message ? err.message : err}` };
      }
      const { options, skipped } = found;
      const panel = document.createElement("div");
      panel.className = "panel";
      panel.setAttribute("role", "dialog");
      panel.innerHTML = PANEL;
      this.root.append(panel);
      this.panel = panel;
      const $ = (selector) => panel.querySelector(selector);
      $(".site").textContent = this.site || "this site";
      const select = $("#nc-proposal");
      options.forEach((p, i) => select.append(new Option(text.optionLabel(p.kind), String(i))));
      $(".skipped").textContent = text.skippedText(skipped);
      $("#nc-reason").value = text.defaultReason(textOf(e));
      const status = $(".status");
      const save = $(".save");
      const say = (words, kind = "") => {
        status.textContent = words;
        status.className = `status ${kind}`;
      };
      // Every handler shows what went wrong in the panel rather than failing unseen.
      const guarded = (handler) => async (...args) => {
        try {
          await handler(...args);
        } catch (err) {
          say(`Something went wrong: ${err && err.message ? err.message : err}`, "error");
        }
      };
      if (!options.length) {
        say(found.error || "Nothing on this element would recur on the site's other pages (no label, no stable class or id): pick its box instead.", "error");
        save.disabled = true;
      }

      // The proxy's counts, by proposal and action ("0 remove"): its answer, or undefined while asked.
      const previews = new Map();
      const action = () => $("#nc-action").value;
      const chosen = () => Number(select.value);
      const showCount = () => {
        const lines = text.countLines(previews.get(`${chosen()} ${action()}`), action());
        $(".count").textContent = lines.count;
        $(".preview").textContent = lines.preview;
      };
      const count = async (i, act) => {
        const key = `${i} ${act}`;
        if (previews.has(key)) return;
        previews.set(key, undefined);
        const answer = await send({ type: MSG.PREVIEW, rule: text.ruleToSave(options[i], act, "preview") });
        previews.set(key, answer);
        if (answer.ok || !select.options[i].textContent.includes("matches")) {
          select.options[i].textContent = text.optionLabel(options[i].kind, answer); // the same for either action
        }
        if (chosen() === i && action() === act) showCount();
      };
      const describe = async () => {
        const p = options[chosen()];
        if (!p) return;
        $(".rule-text").textContent = text.ruleText(p.rule);
        targetsOf(p.rule).slice(0, 1).forEach((t) => this.highlight(t));
        showCount();
        await count(chosen(), action());
      };
      select.addEventListener("change", guarded(describe));
      $("#nc-action").addEventListener("change", guarded(describe));
      $(".cancel").addEventListener("click", guarded(() => this.stop()));
      $(".another").addEventListener("click", guarded(() => {
        panel.remove();
        this.chosen = null;
      }));
      save.addEventListener("click", guarded(async () => {
        const p = options[chosen()];
        const reason = $("#nc-reason").value;
        if (!p || !reason.trim()) {
          say("Say why it is junk: every rule has a reason.", "error");
          return;
        }
        save.disabled = true;
        say("Saving…");
        const answer = await send({ type: MSG.SAVE, site: this.site, rule: text.ruleToSave(p, action(), reason) });
        if (!answer.ok) {
          say((answer.data && answer.data.error) || "The proxy did not save the rule.", "error");
          save.disabled = false;
          return;
        }
        say(`Saved as "${answer.data.name}". Reloading…`, "ok");
        this.saved = answer.data.name;
        location.reload(); // the proxy cleans the page again, with the new rule
      }));
      // The chosen proposal's count first, then the others' (the proxy answers one after another).
      guarded(async () => {
        await describe();
        for (let i = 0; i < options.length; i += 1) await count(i, "remove");
      })();
    }

    stop() {
      document.removeEventListener("mouseover", this.onMove, true);
      document.removeEventListener("click", this.onClick, true);
      document.removeEventListener("keydown", this.onKey, true);
      for (const type of SWALLOWED) document.removeEventListener(type, this.swallow, true);
      this.host.remove();
      picker = null;
    }
  }

  // Only with a proxy that answers with the token, for a page it can make rules for: a picker that
  // could not save its rule is not started.
  async function start() {
    if (picker) picker.stop();
    const answer = await send({ type: MSG.SITE });
    const site = answer.ok && answer.data.site;
    if (!site) {
      return { ok: false, error: (answer.data && answer.data.error) || "newsclean makes no rules for this page's address." };
    }
    picker = new Picker(site);
    return { ok: true };
  }

  NC.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== NC.runtime.id || !message || message.type !== MSG.PICK) return false;
    start().then(sendResponse, (err) => sendResponse({ ok: false, error: `The picker did not start: ${err && err.message ? err.message : err}` }));
    return true; // the answer comes later
  });
})();
