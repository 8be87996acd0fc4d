// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // A failed htmx request (network down, 5xx) shows a banner in the flash area instead of
  // failing silently. The server's own error banners arrive as ordinary swaps.
  function showError(message) {
    var flash = document.getElementById("flash");
    if (!flash) { return; }
    var banner = document.createElement("div");
    banner.className = "alert alert--error";
    banner.setAttribute("role", "alert");
    banner.textContent = message;
    flash.replaceChildren(banner);
  }

  document.addEventListener("htmx:responseError", function (event) {
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    showError(status === 429
      ? "Too many requests. Please wait a moment and try again."
      : "Something went wrong (" + status + "). Please try again.");
  });

  // Quick amounts on the Account page: without this they ask the server to fill the field in;
  // with it, the field is filled in place. Nothing moves until the form is submitted.
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-quick-add]") : null;
    if (!button) { return; }
    var input = document.getElementById(button.getAttribute("data-target"));
    if (!input) { return; }
    event.preventDefault();
    var typed = /^\d+(\.\d{1,2})?$/.test(input.value.trim()) ? input.value.trim() : "0";
    var cents = Math.round(parseFloat(typed) * 100) + parseInt(button.getAttribute("data-quick-add"), 10) * 100;
    input.value = (cents / 100).toFixed(2);
    input.focus();
  });

  // The phone menu is a <details>: it opens and closes without this file. With it, its toggle
  // says whether it is open (aria-expanded), Escape closes it, giving focus back to the toggle,
  // and on wide screens (where app.css shows it as the bar) it is open, as tools that judge
  // visibility by the open attribute expect; narrowing the window closes it again.
  var menu = document.getElementById("menu");
  if (menu) {
    var toggle = menu.querySelector("summary");
    var wide = window.matchMedia("(min-width: 960px)");
    var sync = function () { toggle.setAttribute("aria-expanded", menu.open ? "true" : "false"); };
    var fit = function () { menu.open = wide.matches; sync(); };
    fit();
    wide.addEventListener("change", fit);
    menu.addEventListener("toggle", sync);
    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open) {
        menu.open = false;
        toggle.focus();
      }
    });
  }

  // Live parts (hx-trigger "every Ns") refresh cheaply. Each htmx GET answers with an ETag
  // (LiveRefreshEtagFilter); the next GET for the same part sends it back as If-None-Match,
  // and a part that has not changed answers 304 with no body: nothing is swapped, so focus,
  // scroll and an open menu stay as they are. The ETag is kept here, by the id of the part
  // it came with, not in the browser's cache (the answers are private and stay no-store).
  // While the tab is hidden the polls are dropped; when it shows again, every live part
  // refreshes once (their hx-trigger listens for "tab-visible"). htmx's own trigger
  // filters ("every 5s [...]") would need eval, which the CSP forbids.
  var etags = {};

  document.addEventListener("htmx:configRequest", function (event) {
    var detail = event.detail;
    if (detail.verb !== "get") { return; }
    var elt = event.target;
    if (document.hidden && /\bevery\b/.test(elt.getAttribute("hx-trigger") || "")) {
      event.preventDefault();
      return;
    }
    var etag = detail.target && detail.target.id ? etags[detail.target.id] : null;
    if (etag) { detail.headers["If-None-Match"] = etag; }
  });

  document.addEventListener("htmx:beforeSwap", function (event) {
    var detail = event.detail;
    var target = detail.target;
    if (detail.xhr.status === 304) {
      detail.shouldSwap = false;
      return;
    }
    if (!target || !target.id) { return; }
    var etag = detail.xhr.getResponseHeader("ETag");
    if (etag && detail.shouldSwap && detail.requestConfig && detail.requestConfig.verb === "get") {
      etags[target.id] = etag;
    }
    else {
      delete etags[target.id];
    }
  });

  document.addEventListener("visibilitychange", function () {
    if (!document.hidden && window.htmx) { window.htmx.trigger(document.body, "tab-visible"); }
  });

  // Keyboard focus across htmx swaps: a swap that replaces the focused element would drop
  // focus to the page, and the next Tab would start again from the top. Before the swap
  // we note what had focus inside the part being replaced; after it we focus the same
  // element in the new part (same id, or the same link or button at the same place), else
  // the first field with a problem, else the part's marked heading ([data-swap-focus],
  // tabindex="-1"). A new step's heading (data-swap-focus="first", the review panel's)
  // always takes focus, so Confirm is the next Tab stop.
  var FOCUSABLE = "a[href], button, input, select, textarea, [tabindex]";
  // by the id of the part being swapped: another part's request (the side panel that
  // HX-Trigger refreshes at once) may swap in between this one's swap and its settle
  var lostFocus = {};

  function focusKey(element) {
    return element.tagName + "|" + (element.getAttribute("href") || "") + "|" +
      (element.getAttribute("name") || "") + "|" + (element.textContent || "").trim();
  }

  // a button disabled while its request runs (hx-disabled-elt) has already let focus go
  var lastFocused = null;
  document.addEventListener("focusin", function (event) { lastFocused = event.target; });
  document.addEventListener("focusout", function (event) {
    if (!event.target.disabled) { lastFocused = null; }
  });

  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail.target;
    if (!event.detail.shouldSwap) { return; }
    var active = document.activeElement;
    if (!active || active === document.body) { active = lastFocused; }
    if (!target || !target.id) { return; }
    delete lostFocus[target.id];
    if (!active || active === document.body || !target.contains(active)) { return; }
    var all = Array.prototype.slice.call(target.querySelectorAll(FOCUSABLE));
    lostFocus[target.id] = { target: target.id, id: active.id, key: focusKey(active), index: all.indexOf(active) };
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    var settled = event.detail.target || event.target;
    if (!settled || !settled.id) { return; }
    var lost = lostFocus[settled.id];
    delete lostFocus[settled.id];
    if (!lost) { return; }
    var active = document.activeElement;
    if (active && active !== document.body && document.contains(active)) { return; }
    var part = document.getElementById(lost.target);
    if (!part) { return; }
    var next = null;
    var marked = part.querySelector("[data-swap-focus]");
    var invalid = part.querySelector("[aria-invalid=true]");
    // a new step (a heading that was not there before) or a problem wins over the old place
    if (marked && marked.getAttribute("data-swap-focus") === "first") {
      next = marked;
    }
    else if (invalid) {
      next = invalid;
    }
    else {
      if (lost.id) { next = document.getElementById(lost.id); }
      if (!next) {
        var same = part.querySelectorAll(FOCUSABLE)[lost.index];
        if (same && focusKey(same) === lost.key) { next = same; }
      }
      if (!next) { next = marked; }
    }
    if (next && part.contains(next)) { next.focus(); }
  });

  // A session that ended answers every request in flight with the same HX-Redirect (the
  // review and the live estimate that its click sends): the first one navigates. A second
  // navigation would load the sign-in page twice, each time with a session of its own, and
  // leave the form holding the CSRF token of the session the browser did not keep.
  var leaving = false;
  document.addEventListener("htmx:beforeOnLoad", function (event) {
    var xhr = event.detail.xhr;
    if (!xhr || !xhr.getResponseHeader("HX-Redirect")) { return; }
    if (leaving) { event.preventDefault(); }
    leaving = true;
  });
  window.addEventListener("pageshow", function () { leaving = false; });

  // Charts on demand (the portfolio value): the chart names its files (uPlot, charts.js and their
  // styles, two thirds of a dashboard's first load) and they are fetched only when the pointer,
  // a finger or the keyboard first reaches the server's chart, which is made focusable for that.
  var chartFiles = null;
  function loadChartFiles(plot) {
    if (!chartFiles) {
      (plot.getAttribute("data-chart-styles") || "").split(" ").filter(Boolean).forEach(function (href) {
        var style = document.createElement("link");
        style.rel = "stylesheet";
        style.href = href;
        document.head.appendChild(style);
      });
      chartFiles = (plot.getAttribute("data-chart-scripts") || "").split(" ").filter(Boolean)
        .reduce(function (before, src) {
          return before.then(function () {
            return new Promise(function (resolve, reject) {
              var script = document.createElement("script");
              script.src = src;
              script.onload = resolve;
              script.onerror = reject;
              document.head.appendChild(script);
            });
          });
        }, Promise.resolve());
      chartFiles.catch(function () { chartFiles = null; });
    }
    return chartFiles;
  }
  function offerCharts(root) {
    root.querySelectorAll("[data-chart-scripts]").forEach(function (plot) {
      var frame = plot.closest(".chart-frame");
      var svg = frame && frame.querySelector("svg");
      if (!svg || frame.hasAttribute("data-chart-offered")) { return; }
      frame.setAttribute("data-chart-offered", "");
      svg.setAttribute("tabindex", "0");
      svg.setAttribute("focusable", "true");
      var reached = ["pointerenter", "touchstart", "focusin"];
      function reach(event) {
        reached.forEach(function (name) { frame.removeEventListener(name, reach); });
        loadChartFiles(plot).then(function () {
          if (window.OrderProcessorCharts) { window.OrderProcessorCharts.create(plot); }
          svg.removeAttribute("tabindex");
          if (event.type === "focusin" && !plot.hidden) { plot.focus(); }
        });
      }
      reached.forEach(function (name) { frame.addEventListener(name, reach, { passive: true }); });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { offerCharts(document); });
  document.addEventListener("htmx:load", function (event) { offerCharts(event.detail.elt); });

  document.addEventListener("htmx:sendError", function () {
    showError("The server could not be reached. Check your connection and try again.");
  });
})();
