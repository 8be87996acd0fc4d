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

  document.addEventListener("htmx:sendError", function () {
    showError("The server could not be reached. Check your connection and try again.");
  });
})();
