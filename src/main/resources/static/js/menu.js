// Phone layout (issue 18 #8). Loaded in <head> without defer so that the "js" class is on <html>
// before the first paint: without JavaScript the menu simply stays open, with it the menu starts
// folded on narrow screens and the ☰ button opens it. Wide tables get a box of their own that
// scrolls sideways (focusable, named, so keyboard users can scroll it too) instead of the page.
document.documentElement.classList.add("js");
document.addEventListener("DOMContentLoaded", function () {
  var header = document.querySelector(".site-header");
  var toggle = header && header.querySelector(".menu-toggle");
  if (toggle) {
    toggle.addEventListener("click", function () {
      var open = header.classList.toggle("menu-open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }
  document.querySelectorAll("main table").forEach(function (table) {
    if (table.parentElement.classList.contains("table-scroll")) {
      return;
    }
    var box = document.createElement("div");
    box.className = "table-scroll";
    box.setAttribute("tabindex", "0");
    box.setAttribute("role", "region");
    var caption = table.querySelector("caption");
    var heading = caption ? caption.textContent : (document.querySelector("main h1") || {}).textContent;
    box.setAttribute("aria-label", (heading || document.title).trim());
    table.parentNode.insertBefore(box, table);
    box.appendChild(table);
  });
});
