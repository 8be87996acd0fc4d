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

  document.addEventListener("htmx:sendError", function () {
    showError("The server could not be reached. Check your connection and try again.");
  });
})();
