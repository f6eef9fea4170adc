// Finder: filters the initiatives in window.NH_FINDER (assets/hitta-data.js) and keeps the filter state in the URL.
// The data is compact: per filter a table of values, per initiative the indexes of its values in those tables.
(function () {
  "use strict";
  var form = document.getElementById("nh-finder");
  var data = window.NH_FINDER;
  if (!form || !data) return;
  var PAGE = 50;
  var list = document.getElementById("nh-finder-results");
  var status = document.getElementById("nh-finder-status");
  var more = document.getElementById("nh-finder-more");
  var root = list.getAttribute("data-root");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var column = {};
  data.keys.forEach(function (key, i) { column[key] = 4 + i; });
  var matches = [];
  var limit = PAGE;

  // Long option lists (municipalities, partners at national scale) come from the data, not the page.
  selects.forEach(function (s) {
    var key = s.getAttribute("data-options");
    if (!key) return;
    data.values[key].forEach(function (value, i) { s.add(new Option(data.labels[key][i], value)); });
  });

  function card(item) {
    var li = document.createElement("li");
    li.className = "nh-card";
    var a = document.createElement("a");
    a.href = root + data.url.replace("__id__", item[0]);
    var strong = document.createElement("strong");
    strong.textContent = item[1];
    a.appendChild(strong);
    var place = document.createElement("span");
    place.className = "nh-card-meta";
    place.textContent = data.places[item[3]];
    var summary = document.createElement("p");
    summary.textContent = item[2];
    li.appendChild(a);
    li.appendChild(place);
    li.appendChild(summary);
    return li;
  }

  function show(from) {
    var fragment = document.createDocumentFragment();
    matches.slice(from, limit).forEach(function (item) { fragment.appendChild(card(item)); });
    list.appendChild(fragment);
    more.parentElement.hidden = matches.length <= limit;  // the paragraph: Material's buttons ignore [hidden]
  }

  function describe() {
    var shownCount = Math.min(limit, matches.length);
    return "Visar " + matches.length + " av " + data.items.length + " satsningar." +
      (matches.length === 0 ? " Inga satsningar matchar. Ta bort ett filter för att se fler." : "") +
      (shownCount < matches.length ? " Listan visar de första " + shownCount + "." : "");
  }

  function apply(updateUrl) {
    var params = new URLSearchParams();
    var wanted = [];
    selects.forEach(function (s) {
      if (!s.value) return;
      params.set(s.name, s.value);
      wanted.push([column[s.name], data.values[s.name].indexOf(s.value)]);
    });
    matches = data.items.filter(function (item) {
      return wanted.every(function (w) { return item[w[0]].indexOf(w[1]) !== -1; });
    });
    limit = PAGE;
    list.textContent = "";
    show(0);
    status.textContent = describe();
    if (updateUrl) {
      var query = params.toString();
      var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
      try { window.history.replaceState(null, "", url); } catch (e) { /* file:// in some browsers */ }
    }
  }

  more.addEventListener("click", function () {
    var from = limit;
    limit += PAGE;
    show(from);
    status.textContent = describe();
    // Keyboard and screen reader users continue at the first new result.
    var first = list.children[from] && list.children[from].querySelector("a");
    if (first) first.focus();
  });

  var params = new URLSearchParams(window.location.search);
  selects.forEach(function (s) {
    var value = params.get(s.name);
    if (value && Array.prototype.some.call(s.options, function (o) { return o.value === value; })) s.value = value;
    s.addEventListener("change", function () { apply(true); });
  });
  form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(true); });
  document.getElementById("nh-finder-fallback").hidden = true;
  apply(false);
})();
