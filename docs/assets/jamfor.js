// Comparison: choose which initiatives to show; the choice is kept in the URL (?visa=a,b).
(function () {
  "use strict";
  var box = document.getElementById("nh-compare-choice");
  if (!box) return;
  var checks = Array.prototype.slice.call(box.querySelectorAll("input[type=checkbox]"));
  var params = new URLSearchParams(window.location.search);
  if (params.get("visa")) {
    var wanted = params.get("visa").split(",");
    checks.forEach(function (c) { c.checked = wanted.indexOf(c.value) !== -1; });
  }
  function apply(updateUrl) {
    var on = checks.filter(function (c) { return c.checked; }).map(function (c) { return c.value; });
    document.querySelectorAll("#nh-compare [data-col]").forEach(function (cell) {
      cell.hidden = on.indexOf(cell.getAttribute("data-col")) === -1;
    });
    if (updateUrl) {
      var query = on.length === checks.length ? "" : "?visa=" + on.join(",");
      try { window.history.replaceState(null, "", window.location.pathname + query); } catch (e) { /* file:// */ }
    }
  }
  checks.forEach(function (c) { c.addEventListener("change", function () { apply(true); }); });
  apply(false);
})();
