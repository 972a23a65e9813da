/* Records a click on a recommended product as a select_item event. The link works without it. */
(function () {
  "use strict";
  if (window.stridewiseEvents) { return; }  // the block may be on a page more than once
  var KEY = "stridewise.anonymous_id";
  var ENDPOINT = "/api/v1/events/";

  function newId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID();
    }
    return "anon-" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 12);
  }

  function anonymousId() {
    try {
      var id = window.localStorage.getItem(KEY);
      if (!id) { id = newId(); window.localStorage.setItem(KEY, id); }
      return id;
    } catch (e) {
      return newId();  // storage blocked: still count the click, just not across visits
    }
  }

  function send(payload) {
    var body = JSON.stringify(payload);
    try {
      if (navigator.sendBeacon && navigator.sendBeacon(ENDPOINT, new Blob([body], { type: "application/json" }))) {
        return;
      }
    } catch (e) { /* fall through to fetch */ }
    if (window.fetch) {
      window.fetch(ENDPOINT, {
        method: "POST", body: body, keepalive: true, credentials: "same-origin",
        headers: { "Content-Type": "application/json" }
      }).catch(function () {});
    }
  }

  function onClick(event) {
    var link = event.target.closest ? event.target.closest("a[data-rec-product]") : null;
    if (!link) { return; }
    var payload = { kind: "select_item", product: link.dataset.recProduct, anonymous_id: anonymousId() };
    if (link.dataset.recArticle) { payload.article = link.dataset.recArticle; }
    if (link.dataset.recCause) { payload.cause = link.dataset.recCause; }
    send(payload);
  }

  window.stridewiseEvents = { anonymousId: anonymousId, send: send };
  document.addEventListener("click", onClick);
  document.addEventListener("auxclick", onClick);  // middle-click opens a new tab: still a click
})();
