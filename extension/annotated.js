// The picture of what newsclean removed from a page, asked of the proxy (GET /annotated: the page as
// it came, each removal outlined and labelled, and the list) and shown in a sandboxed frame: none of
// the page's scripts could run there even if the proxy had left one in.
"use strict";
/* global ncCall */

(async () => {
  const T = globalThis.NCAnnotatedText;
  const message = document.getElementById("message");
  const say = (text, kind = "") => {
    message.textContent = text;
    message.className = kind;
  };
  const url = new URLSearchParams(location.search).get("url");
  if (!url) {
    say("No page given (annotated.html?url=...).", "error");
    return;
  }
  document.getElementById("page-url").textContent = url;
  document.title = `newsclean: what was removed from ${url}`;
  say("Asking the proxy…");
  try {
    const answer = await ncCall("GET", T.apiPath(url));
    if (!answer.ok) {
      say(T.failure(answer), "error");
      return;
    }
    say(T.summary(answer.data), "ok");
    const frame = document.getElementById("picture");
    frame.srcdoc = answer.data.html;
    frame.hidden = false;
  } catch (err) {
    say(`Something went wrong: ${err && err.message ? err.message : err}`, "error");
  }
})();
