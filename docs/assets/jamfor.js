// Comparison: choose which initiatives to show; the choice is kept in the URL (?visa=a,b).
(function () {
  "use strict";
  var box = document.getElementById("nh-compare-choice");
  if (!box) return;
  if (window.NH_COMPARE) {
    national(window.NH_COMPARE);
    return;
  }
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

  // A national handbook: checkboxes for one region at a time (and the initiatives already chosen), and a table
  // built from the data script (window.NH_COMPARE: per initiative its id, title, region and one text per row).
  function national(data) {
    var select = document.getElementById("nh-compare-region");
    var status = document.getElementById("nh-compare-status");
    var table = document.getElementById("nh-compare");
    var root = table.getAttribute("data-root");
    var byId = {};
    data.items.forEach(function (item) { byId[item[0]] = item; });
    var visa = new URLSearchParams(window.location.search).get("visa");
    var chosen = (visa ? visa.split(",") : []).filter(function (id) { return byId[id]; });
    if (chosen.length) select.value = data.regions[byId[chosen[0]][2]];
    select.parentElement.hidden = false;
    box.hidden = false;
    document.getElementById("nh-compare-fallback").hidden = true;

    function choices() {
      var region = data.regions.indexOf(select.value);
      Array.prototype.slice.call(box.querySelectorAll("label")).forEach(function (label) { box.removeChild(label); });
      data.items.forEach(function (item) {
        if (item[2] !== region && chosen.indexOf(item[0]) === -1) return;
        var label = document.createElement("label");
        var input = document.createElement("input");
        input.type = "checkbox";
        input.name = "visa";
        input.value = item[0];
        input.checked = chosen.indexOf(item[0]) !== -1;
        input.addEventListener("change", function () { toggle(item[0], input.checked); });
        label.appendChild(input);
        label.appendChild(document.createTextNode(" " + item[1]));
        box.appendChild(label);
      });
    }

    function toggle(id, on) {
      var at = chosen.indexOf(id);
      if (on && at === -1) chosen.push(id);
      if (!on && at !== -1) chosen.splice(at, 1);
      render(true);
    }

    function render(updateUrl) {
      var head = table.querySelector("thead tr");
      var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
      [head].concat(rows).forEach(function (row) {
        while (row.children.length > 1) row.removeChild(row.lastChild);
      });
      chosen.forEach(function (id) {
        var item = byId[id];
        var th = document.createElement("th");
        th.scope = "col";
        var a = document.createElement("a");
        a.href = root + data.url.replace("__id__", id);
        a.textContent = item[1];
        th.appendChild(a);
        head.appendChild(th);
        rows.forEach(function (row, r) {
          var td = document.createElement("td");
          td.textContent = item[3 + r];
          row.appendChild(td);
        });
      });
      status.textContent = chosen.length
        ? "Jämför " + chosen.length + (chosen.length === 1 ? " satsning." : " satsningar.")
        : "Inga satsningar valda ännu. Kryssa i de satsningar du vill jämföra.";
      if (updateUrl) {
        var query = chosen.length ? "?visa=" + chosen.join(",") : "";
        try { window.history.replaceState(null, "", window.location.pathname + query); } catch (e) { /* file:// */ }
      }
    }

    select.addEventListener("change", choices);
    choices();
    render(false);
  }
})();
