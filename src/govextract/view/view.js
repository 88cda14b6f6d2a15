(function () {
  "use strict";
  var table = document.getElementById("qtable");
  if (table) {
    var body = table.tBodies[0];
    Array.prototype.forEach.call(table.querySelectorAll("th button"), function (button) {
      button.addEventListener("click", function () {
        var head = button.parentNode, column = Number(button.getAttribute("data-col"));
        var numeric = button.getAttribute("data-num") === "1";
        var ascending = head.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(table.querySelectorAll("th"), function (h) { h.removeAttribute("aria-sort"); });
        head.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute("data-key"), y = b.cells[column].getAttribute("data-key");
          var order = numeric ? Number(x) - Number(y) : x.localeCompare(y, "zh");
          if (order === 0) order = Number(a.cells[0].getAttribute("data-key")) - Number(b.cells[0].getAttribute("data-key"));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }
  function jumpTo(element) {
    Array.prototype.forEach.call(document.querySelectorAll(".jumped"), function (e) { e.classList.remove("jumped"); });
    element.classList.add("jumped");
    element.scrollIntoView({ block: "center" });
    element.focus({ preventScroll: true });
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.jump") : null;
    if (!link) return;
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (target) { event.preventDefault(); jumpTo(target); }
  });
  document.addEventListener("keydown", function (event) {
    var element = event.target;
    if (event.key !== "Enter" || !element.classList || !element.classList.contains("q") || !element.id) return;
    var row = document.getElementById("row-" + element.id);
    var link = row && row.querySelector("a.jump");
    if (link) { event.preventDefault(); link.scrollIntoView({ block: "center" }); link.focus(); }
  });
})();
