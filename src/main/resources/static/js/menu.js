// Phone layout (issue 18 #8). Loaded in <head> without defer so that the "js" class is on <html>
// before the first paint: without JavaScript the menu simply stays open, with it the menu starts
// folded on narrow screens and the ☰ button opens it. Data tables become one block per row (stack,
// below); other wide tables get a box of their own that scrolls sideways (focusable, named, so
// keyboard users can scroll it too) instead of the page.
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
    if (stack(table) || table.parentElement.classList.contains("table-scroll")) {
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

// A data table with a header row (the STAFF and member registers: tasks, dossiers, councils, reports)
// becomes one block per row on a phone: each cell says which column it is (data-label, from the
// header), so the stage of a task is read beside its title instead of past the right edge. The
// explicit roles keep it a table for screen readers once CSS makes its parts blocks.
function stack(table) {
  var head = table.tHead && table.tHead.rows.length ? table.tHead.rows[table.tHead.rows.length - 1] : null;
  if (!table.classList.contains("data") || !head) {
    return false;
  }
  var labels = [];
  Array.prototype.forEach.call(head.cells, function (cell) {
    for (var i = 0; i < (cell.colSpan || 1); i++) {
      labels.push(cell.textContent.trim());
    }
  });
  table.setAttribute("role", "table");
  Array.prototype.forEach.call(table.querySelectorAll("thead, tbody, tfoot"), function (group) {
    group.setAttribute("role", "rowgroup");
  });
  Array.prototype.forEach.call(table.rows, function (row) {
    row.setAttribute("role", "row");
    var column = 0;
    Array.prototype.forEach.call(row.cells, function (cell) {
      var inHead = row.parentElement === table.tHead;
      cell.setAttribute("role", inHead ? "columnheader" : cell.tagName === "TH" ? "rowheader" : "cell");
      if (!inHead && !cell.hasAttribute("data-label") && labels[column]) {
        cell.setAttribute("data-label", labels[column]);
      }
      column += cell.colSpan || 1;
    });
  });
  table.classList.add("stacked");
  return true;
}
