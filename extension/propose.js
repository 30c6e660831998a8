// What the picker proposes for a picked element, best first. A rule is worth saving when it matches
// the same junk on the site's other pages, so proposals rest on what recurs across them: a label's
// text (short, without digits, dates or names), a stable class, the element's place under a stable
// parent, a stable id. What is unique to this one article (a byline with its time, a headline, a
// paragraph's words) is not proposed, or comes last and says so.
//
// What a proposal finds here is worked out in the page only to rank the proposals (one that misses
// the picked element, takes too much or also takes its neighbours goes last or is dropped) and to
// highlight its first target. How many elements it matches is the proxy's to say (/preview, asked by
// the picker): the engine folds case and space its own way and its guard may hold a removal back,
// so a count made here could tell the reader something the proxy will not do.
"use strict";

globalThis.NCPropose ??= (() => {
  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);
  const MAX_TITLE_CHARS = 60;
  const MAX_MATCHES = 30; // a selector that takes more on one page is too broad to propose
  const FIRST_WORDS = 6;
  const { MAX_LABEL_WORDS, labelTrouble, nameLike, looksGenerated } = globalThis.NCLabels; // labels.js, injected before

  // -- an element's text, whitespace collapsed (close to newsclean.engine.page.normalise) ----------
  function textOf(node) {
    let out = "";
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT, {
      acceptNode: (t) => (t.parentElement && SKIP.has(t.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    while (walker.nextNode()) out += walker.currentNode.data;
    return out.replace(/\s+/g, " ").trim();
  }
  const fold = (s) => s.toLowerCase();

  // -- what a proposal finds on this page (for ranking and highlighting; never shown as a count) ---
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

  // -- what recurs (labels.js judges the words) ----------------------------------------------------
  const stableClasses = (e) => [...e.classList].filter((c) => !looksGenerated(c) && !c.startsWith("newsclean"));
  const stableId = (e) => (e.id && !looksGenerated(e.id) ? e.id : null);

  function cssName(e) {
    let sel = e.tagName.toLowerCase();
    for (const c of stableClasses(e).slice(0, 2)) sel += "." + CSS.escape(c);
    return sel;
  }

  const inLink = (e) => Boolean(e.closest("a[href]")) || (e.querySelector("a[href]") && textOf(e) === textOf(e.querySelector("a[href]")));

  function titleInside(e) {
    // A box whose first words are a short title ("FEATURED STORIES"): anchor on the title, climb to the box.
    const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const t = walker.currentNode;
      if (!t.data.trim() || SKIP.has(t.parentElement.tagName)) continue;
      const title = t.parentElement;
      const text = textOf(title);
      if (text.length < 3 || text.length > MAX_TITLE_CHARS || title === e) return null;
      let depth = 0;
      for (let p = title; p && p !== e; p = p.parentElement) depth += 1;
      return depth >= 1 && depth <= 32 ? { text, upward: depth, title } : null;
    }
    return null;
  }

  // -- the candidates, ranked --------------------------------------------------------------------------
  // Ranks (higher first): a label's text, a box's title, a stable class, the place under a stable
  // parent, a stable id; then what may not recur (a name-like text or a link's text); last the first
  // words of a long text (this article only). A selector that also takes the picked element's
  // neighbours goes last: the picked element's siblings are rarely the same junk.
  function proposals(e) {
    const out = [];
    const skipped = [];
    const add = (rank, kind, rule) => {
      if (out.some((p) => JSON.stringify(p.rule) === JSON.stringify(rule))) return;
      const targets = targetsOf(rule);
      if (!targets.some((t) => t === e || t.contains(e) || e.contains(t))) return; // misses the pick
      if (targets.length > MAX_MATCHES) {
        skipped.push(`not by ${kind}: it takes ${targets.length} elements here`);
        return;
      }
      const siblings = rule.css && e.parentElement ? targets.filter((t) => t !== e && t.parentElement === e.parentElement).length : 0;
      if (siblings) kind += ` (also ${siblings} of its neighbours)`;
      out.push({ rank: siblings ? 0 : rank, kind, rule });
    };

    const text = textOf(e);
    const trouble = labelTrouble(text);
    if (trouble) {
      if (text) skipped.push(`not by its text: ${trouble}, so it would not match the site's other pages`);
    } else if (nameLike(text) || inLink(e)) {
      add(30, "its text (a name or a link's words: may not recur)", { text });
    } else {
      add(100, "its label text", { text });
    }

    const title = titleInside(e);
    if (title) {
      const titleTrouble = labelTrouble(title.text) || (inLink(title.title) ? "it is a link's words" : null);
      if (titleTrouble) skipped.push(`not by its title "${title.text}": ${titleTrouble}`);
      else add(nameLike(title.text) ? 30 : 90, "its title, then up to the box", { text: title.text, upward: title.upward });
    }

    const own = cssName(e);
    if (own.includes(".")) add(80, "its class", { css: own });
    const parent = e.parentElement;
    if (parent && parent !== document.body && parent !== document.documentElement) {
      const parentId = stableId(parent);
      const anchor = parentId ? "#" + CSS.escape(parentId) : cssName(parent);
      if (anchor.includes("#") || anchor.includes(".")) add(70, "its place under a stable parent", { css: `${anchor} > ${own}` });
    }
    const id = stableId(e);
    if (id) add(60, "its id", { css: "#" + CSS.escape(id) });

    if (text.split(" ").length > MAX_LABEL_WORDS) {
      const words = text.split(" ").slice(0, FIRST_WORDS).join(" ");
      if (!labelTrouble(words)) add(10, "its first words (this article only)", { css: e.tagName.toLowerCase(), "text-contains": words });
    }
    out.sort((a, b) => b.rank - a.rank); // stable: equal ranks keep the order above
    return { options: out, skipped };
  }

  return Object.freeze({ textOf, targetsOf, cssName, proposals });
})();
