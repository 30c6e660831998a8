// The element picker, injected into every page but idle until the popup says "pick": then hovering
// highlights, a click proposes a rule (a text anchor or a short stable selector, with how many elements
// it matches), and "Save" sends it to the proxy through the background script.
"use strict";

(() => {
  const NC = globalThis.browser ?? globalThis.chrome;
  if (globalThis.__newscleanPicker) return; // injected twice (a reinstall): keep the first
  globalThis.__newscleanPicker = true;

  const MAX_ANCHOR = 120; // longer texts make brittle anchors: use the first words instead
  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);
  let picker = null;

  // -- the engine's view of text (newsclean.engine.page.normalise over the element's text) --------
  function textOf(node) {
    let out = "";
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT, {
      acceptNode: (t) => (t.parentElement && SKIP.has(t.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    while (walker.nextNode()) out += walker.currentNode.data;
    return out.replace(/\s+/g, " ").trim();
  }
  const fold = (s) => s.toLowerCase();

  // -- counting what a proposal matches on this page (as the engine would) ------------------------
  function innermostWithText(needle) {
    // `text` finds the smallest elements whose whole text is the anchor (case and spacing aside).
    const found = [];
    for (const e of document.body.querySelectorAll("*")) {
      if (SKIP.has(e.tagName) || e.closest("newsclean-picker")) continue;
      if (fold(textOf(e)) !== needle) continue;
      if ([...e.children].some((c) => fold(textOf(c)) === needle)) continue;
      found.push(e);
    }
    return found;
  }

  function targetsOf(rule) {
    let found;
    if (rule.text) {
      found = innermostWithText(fold(rule.text));
    } else if (rule.css) {
      found = [...document.querySelectorAll(rule.css)];
      if (rule["text-contains"]) {
        const needle = fold(rule["text-contains"]);
        found = found.filter((e) => fold(textOf(e)).includes(needle));
      }
    } else {
      return [];
    }
    if (rule.upward) {
      found = found.map((e) => {
        for (let i = 0; e && i < rule.upward; i += 1) e = e.parentElement;
        return e;
      }).filter(Boolean);
    }
    const unique = [...new Set(found)];
    return unique.filter((e) => !unique.some((o) => o !== e && o.contains(e))); // outermost only
  }

  // -- proposals ----------------------------------------------------------------------------------------
  const STABLE = /^[A-Za-z][A-Za-z_-]*[A-Za-z0-9_-]*$/;
  const looksGenerated = (name) => !STABLE.test(name) || /\d{3,}|[a-f0-9]{6,}|^(?:css|sc|jsx|ng)-/i.test(name);

  function cssName(e) {
    let sel = e.tagName.toLowerCase();
    const classes = [...e.classList].filter((c) => !looksGenerated(c) && !c.startsWith("newsclean")).slice(0, 2);
    for (const c of classes) sel += "." + CSS.escape(c);
    return sel;
  }

  function selectorFor(e) {
    if (e.id && !looksGenerated(e.id) && document.querySelectorAll("#" + CSS.escape(e.id)).length === 1) {
      return "#" + CSS.escape(e.id);
    }
    const own = cssName(e);
    if (own.includes(".") && document.querySelectorAll(own).length <= 3) return own;
    const parent = e.parentElement;
    if (parent && parent !== document.body) {
      const anchor = parent.id && !looksGenerated(parent.id) ? "#" + CSS.escape(parent.id) : cssName(parent);
      const sel = `${anchor} > ${own}`;
      if (document.querySelectorAll(sel).length <= 3) return sel;
    }
    return own.includes(".") ? own : null; // a bare tag name would take every paragraph
  }

  function titleInside(e) {
    // A box whose first words are a short title ("FEATURED STORIES"): anchor on the title, climb to the box.
    const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const t = walker.currentNode;
      if (!t.data.trim() || SKIP.has(t.parentElement.tagName)) continue;
      let title = t.parentElement;
      const text = textOf(title);
      if (text.length < 3 || text.length > 60 || title === e) return null;
      let depth = 0;
      for (let p = title; p && p !== e; p = p.parentElement) depth += 1;
      return depth >= 1 && depth <= 32 ? { text, upward: depth } : null;
    }
    return null;
  }

  function proposals(e) {
    const out = [];
    const text = textOf(e);
    const add = (kind, rule) => {
      if (out.some((p) => JSON.stringify(p.rule) === JSON.stringify(rule))) return;
      out.push({ kind, rule, count: targetsOf(rule).length });
    };
    if (text.length >= 3 && text.length <= MAX_ANCHOR) add("its text", { text });
    const title = titleInside(e);
    if (title) add("its title, then up to the box", title);
    const sel = selectorFor(e);
    if (sel) add("a selector", { css: sel });
    if (text.length > MAX_ANCHOR) {
      const words = text.split(" ").slice(0, 10).join(" ");
      add("its first words", { css: e.tagName.toLowerCase(), "text-contains": words });
    }
    // Best first: one that matches this element (and few others); text anchors before selectors.
    return out.filter((p) => p.count >= 1);
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
    .panel .count, .panel .preview { color: #555; margin: 4px 0; }
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
      const options = proposals(e);
      const panel = document.createElement("div");
      panel.className = "panel";
      panel.setAttribute("role", "dialog");
      panel.innerHTML = `
        <h2>New rule for <span class="site"></span></h2>
        <label for="nc-proposal">Match by</label>
        <select id="nc-proposal"></select>
        <pre class="rule-text"></pre>
        <p class="count"></p>
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
      const words = textOf(e).split(" ").slice(0, 8).join(" ");
      panel.querySelector("#nc-reason").value = words ? `Not part of the story: "${words}"` : "Not part of the story";
      const status = panel.querySelector(".status");
      const save = panel.querySelector(".save");
      if (!options.length) {
        status.textContent = "No text anchor or stable selector found for this element: pick its box instead.";
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
      let site = typeof message.site === "string" ? message.site : null;
      if (!site) {
        const answer = await NC.runtime.sendMessage({ type: "newsclean:site" });
        site = answer && answer.data && answer.data.site;
      }
      picker = new Picker(site);
      sendResponse({ ok: true });
    })();
    return true;
  });
})();
