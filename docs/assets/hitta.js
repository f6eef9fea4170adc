// Finder: filters the server-rendered list in the browser and keeps the filter state in the URL.
(function () {
  "use strict";
  var form = document.getElementById("nh-finder");
  if (!form) return;
  var items = Array.prototype.slice.call(document.querySelectorAll("#nh-finder-results > li"));
  var status = document.getElementById("nh-finder-status");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));

  function token(value) { return value.replace(/ /g, "_"); }

  function apply(updateUrl) {
    var shown = 0;
    var params = new URLSearchParams();
    selects.forEach(function (s) { if (s.value) params.set(s.name, s.value); });
    items.forEach(function (li) {
      var ok = selects.every(function (s) {
        if (!s.value) return true;
        var values = (li.getAttribute("data-" + s.name) || "").split(" ");
        return values.indexOf(token(s.value)) !== -1;
      });
      li.hidden = !ok;
      if (ok) shown += 1;
    });
    status.textContent = "Visar " + shown + " av " + items.length + " satsningar." +
      (shown === 0 ? " Inga satsningar matchar. Ta bort ett filter för att se fler." : "");
    if (updateUrl) {
      var query = params.toString();
      var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
      try { window.history.replaceState(null, "", url); } catch (e) { /* file:// in some browsers */ }
    }
  }

  var params = new URLSearchParams(window.location.search);
  selects.forEach(function (s) {
    var wanted = params.get(s.name);
    if (wanted && Array.prototype.some.call(s.options, function (o) { return o.value === wanted; })) s.value = wanted;
    s.addEventListener("change", function () { apply(true); });
  });
  form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(true); });
  apply(false);
})();
