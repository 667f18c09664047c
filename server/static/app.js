// Keeps SLA countdowns current while a page stays open. The page works
// without it: the server renders every countdown.
(function () {
  function fmt(ms) {
    var over = ms < 0;
    ms = Math.abs(ms);
    var d = Math.floor(ms / 864e5), h = Math.floor((ms % 864e5) / 36e5), m = Math.floor((ms % 36e5) / 6e4);
    var s = d > 0 ? d + " d " + h + " h" : h > 0 ? h + " h " + m + " m" : m + " m";
    return s + (over ? " overdue" : " left");
  }
  function tick() {
    document.querySelectorAll("time[data-due]").forEach(function (t) {
      t.textContent = fmt(Date.parse(t.dateTime) - Date.now());
    });
  }
  setInterval(tick, 30000);
})();

// Keys a reviewer working 40 cases a day reaches for: d goes to the
// decision on a case page, n claims the next case. Never while typing in a
// field.
(function () {
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable))) return;
    if (e.key === "d") {
      var d = document.getElementById("decide");
      if (d) { d.focus(); d.scrollIntoView(); e.preventDefault(); }
    } else if (e.key === "n") {
      var b = document.getElementById("next-case");
      if (b) { b.click(); e.preventDefault(); }
    }
  });
  document.documentElement.setAttribute("data-keys", "on"); // for tests: keys are live
})();

// A page still at work (a fax being read) reloads itself every few
// seconds until it is done; the server renders the progress each time.
(function () {
  var el = document.querySelector("[data-refresh]");
  if (el) setTimeout(function () { location.reload(); }, 1000 * Number(el.getAttribute("data-refresh") || 5));
})();
