// The search page: Pagefind's search box over this site's own index (/pagefind/),
// run at once on the query in the address, so the search field in the header of
// every page (a plain form that submits to /search/?q=…) lands on its results.
(function () {
  "use strict";
  function start() {
    var element = document.getElementById("search");
    if (!element || typeof PagefindUI === "undefined") return;
    // Pagefind's index knows pages by their path in the output folder; a site
    // published below a path (a GitHub Pages project site) links them below it.
    var ui = new PagefindUI({
      element: "#search", showImages: false, showSubResults: false, resetStyles: false,
      baseUrl: element.getAttribute("data-base-url") || "/"
    });
    // Pagefind's box has only a placeholder; the line above it names it.
    var input = element.querySelector("input");
    if (input) input.setAttribute("aria-labelledby", "search-label");
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) ui.triggerSearch(query);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
