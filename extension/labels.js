// What recurs across a site's pages, judged on words alone (no page needed): whether a text could be
// a label another page shows too, whether it reads like a name, whether a class name or an id was
// made up by a build tool. propose.js (the picker's proposals) asks these; node's tests do too.
"use strict";

globalThis.NCLabels ??= (() => {
  const MAX_LABEL_WORDS = 6; // "Article continues after this advertisement" is six
  // Dates in words (digits are refused anyway). Not "may": "You may also like" is a label.
  const DATE_WORDS = new RegExp(
    "\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?" +
      "|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
    "i",
  );
  const GENERATED_PREFIX = /^(?:css|sc|jsx|ng|emotion|svelte|astro|styled)-/i;

  // Why a text is no label another page would show too (null: it may be one).
  function labelTrouble(text) {
    if (text.length < 3) return "too short";
    if (/\d/.test(text)) return "it has digits (a date, a time, a count)";
    if (DATE_WORDS.test(text)) return "it names a date";
    if (text.split(" ").length > MAX_LABEL_WORDS) return `it is longer than a label (over ${MAX_LABEL_WORDS} words)`;
    return null;
  }

  // Two capitalised words in a row ("Agence France-Presse", "Marco Rubio"): a name or a headline,
  // which changes from article to article. (All-caps labels such as "FEATURED STORIES" are not.)
  const nameLike = (text) => /\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+/.test(text);

  // Class names and ids that a build tool made up (css-1x2y3z, sc-bdVaJa, ad-slot-3) differ between
  // pages and deploys: never anchor on them.
  function looksGenerated(name) {
    if (!/^[A-Za-z][A-Za-z_-]*$/.test(name) || GENERATED_PREFIX.test(name)) return true; // digits too
    const humps = name.split(/[-_]/).flatMap((part) => part.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) || []);
    return /[a-z][A-Z]/.test(name) && humps.length >= 2 && Math.max(...humps.map((h) => h.length)) <= 3;
  }

  return Object.freeze({ MAX_LABEL_WORDS, labelTrouble, nameLike, looksGenerated });
})();

/* global module */
if (typeof module === "object" && module.exports) module.exports = globalThis.NCLabels;
