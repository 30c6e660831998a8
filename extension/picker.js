// The element picker, injected into every page but idle until the popup says "pick": then hovering
// highlights, a click proposes rules (propose.js: what recurs across the site's pages, best first, each
// with how many elements it matches here), and "Save" sends one to the proxy through the background
// script.
"use strict";

(() => {
  const NC = globalThis.browser ?? globalThis.chrome;
  if (globalThis.__newscleanPicker) return; // injected twice (a reinstall): keep the first
  globalThis.__newscleanPicker = true;

  const { textOf, targetsOf, cssName, proposals } = globalThis.NCPropose; // propose.js, injected before
  let picker = null;

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
      for (const type of ["mousedown", "mouseup", "pointerdown", "pointerup", "auxclick"]) {
        document.addEventListener(type, this.swallow, true);
      }
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
      const { options, skipped } = proposals(e);
      const panel = document.createElement("div");
      panel.className = "panel";
      panel.setAttribute("role", "dialog");
      panel.innerHTML = `
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
      this.root.append(panel);
      this.panel = panel;
      panel.querySelector(".site").textContent = this.site || "this site";
      const select = panel.querySelector("#nc-proposal");
      options.forEach((p, i) => {
        const label = `${p.kind} — matches ${p.count} element${p.count === 1 ? "" : "s"} here`;
        select.append(new Option(label, String(i)));
      });
      panel.querySelector(".skipped").textContent = skipped.map((why) => why[0].toUpperCase() + why.slice(1) + ".").join(" ");
      const words = textOf(e).split(" ").slice(0, 8).join(" ");
      panel.querySelector("#nc-reason").value = words ? `Not part of the story: "${words}"` : "Not part of the story";
      const status = panel.querySelector(".status");
      const save = panel.querySelector(".save");
      if (!options.length) {
        status.textContent = "Nothing on this element would recur on the site's other pages (no label, no stable class or id): pick its box instead.";
        status.className = "status error";
        save.disabled = true;
      }
      const current = () => {
        const p = options[Number(select.value)];
        return p && { ...p.rule, action: panel.querySelector("#nc-action").value, reason: panel.querySelector("#nc-reason").value.trim() };
      };
      const describe = () => {
        const p = options[Number(select.value)];
        if (!p) return;
        panel.querySelector(".rule-text").textContent = Object.entries(p.rule).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join("\n");
        panel.querySelector(".count").textContent = `Matches ${p.count} element${p.count === 1 ? "" : "s"} on this page.`;
        targetsOf(p.rule).slice(0, 1).forEach((t) => this.highlight(t));
        this.preview(current());
      };
      select.addEventListener("change", describe);
      panel.querySelector("#nc-action").addEventListener("change", describe);
      panel.querySelector(".cancel").addEventListener("click", () => this.stop());
      panel.querySelector(".another").addEventListener("click", () => {
        panel.remove();
        this.chosen = null;
      });
      save.addEventListener("click", async () => {
        const rule = current();
        if (!rule || !rule.reason) {
          status.textContent = "Say why it is junk: every rule has a reason.";
          status.className = "status error";
          return;
        }
        save.disabled = true;
        status.textContent = "Saving…";
        status.className = "status";
        const answer = await NC.runtime.sendMessage({ type: "newsclean:save", site: this.site, rule });
        if (!answer || !answer.ok) {
          status.textContent = (answer && answer.data && answer.data.error) || "The proxy did not save the rule.";
          status.className = "status error";
          save.disabled = false;
          return;
        }
        status.textContent = `Saved as "${answer.data.name}". Reloading…`;
        status.className = "status ok";
        this.saved = answer.data.name;
        setTimeout(() => location.reload(), 300);
      });
      describe();
    }

    async preview(rule) {
      const out = this.panel.querySelector(".preview");
      out.textContent = "";
      if (!rule) return;
      const answer = await NC.runtime.sendMessage({ type: "newsclean:preview", rule: { ...rule, reason: rule.reason || "preview" } });
      if (answer && answer.ok) {
        const n = answer.data.applied;
        out.textContent = `On the proxy's copy of this page it would ${rule.action} ${n} element${n === 1 ? "" : "s"}.` +
          (answer.data.note ? ` (${answer.data.note})` : "");
      } else if (answer && answer.data && answer.data.error) {
        out.textContent = `Preview: ${answer.data.error}`;
      }
    }

    stop() {
      document.removeEventListener("mouseover", this.onMove, true);
      document.removeEventListener("click", this.onClick, true);
      document.removeEventListener("keydown", this.onKey, true);
      for (const type of ["mousedown", "mouseup", "pointerdown", "pointerup", "auxclick"]) {
        document.removeEventListener(type, this.swallow, true);
      }
      this.host.remove();
      picker = null;
    }
  }

  NC.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== NC.runtime.id || !message) return false;
    if (message.type === "newsclean:where") {
      // The popup may not see the tab's address (no "tabs" permission): the page tells it.
      sendResponse({ url: location.href });
      return false;
    }
    if (message.type !== "newsclean:pick") return false;
    if (picker) picker.stop();
    (async () => {
      // Only with a proxy that answers with the token, for a page it can make rules for: a picker that
      // could not save its rule is not started.
      const answer = await NC.runtime.sendMessage({ type: "newsclean:site" });
      const site = answer && answer.ok && answer.data.site;
      if (!site) {
        sendResponse({ ok: false, error: (answer && answer.data && answer.data.error) || "newsclean makes no rules for this page's address." });
        return;
      }
      picker = new Picker(site);
      sendResponse({ ok: true });
    })();
    return true;
  });
})();
