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

// Keys a reviewer working 40 cases a day reaches for (? lists them):
// j/k move through the queue, n claims the next case, d goes to the
// decision, a/i/e put the reviewer on approve, the question or the
// escalation reason. A key only ever moves focus or opens a page: nothing
// is decided without Enter or a click. Never while typing in a field.
(function () {
  function focusOn(id) {
    var el = document.getElementById(id);
    if (!el) return false;
    el.scrollIntoView({ block: "center" });
    el.focus();
    return true;
  }
  function moveInQueue(step) {
    var links = Array.prototype.slice.call(document.querySelectorAll("table.queue a.caselink"));
    if (!links.length) return false;
    var i = links.indexOf(document.activeElement);
    i = i < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, i + step));
    links[i].focus();
    links.forEach(function (l, j) { l.closest("tr").classList.toggle("current", j === i); });
    return true;
  }
  var help = document.getElementById("keyhelp");
  document.querySelectorAll("[data-keyhelp]").forEach(function (b) {
    b.addEventListener("click", function () { if (help && !help.open) help.showModal(); });
  });
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable))) return;
    if (help && help.open) return; // the dialog handles Esc itself
    var done = false;
    switch (e.key) {
      case "d":
        var d = document.getElementById("decide");
        if (d) { d.focus(); d.scrollIntoView(); done = true; }
        break;
      case "n":
        var b = document.getElementById("next-case");
        if (b) { b.click(); done = true; }
        break;
      case "j": done = moveInQueue(1); break;
      case "k": done = moveInQueue(-1); break;
      case "a": done = focusOn("bar-approve") || focusOn("approve"); break;
      case "i": done = focusOn("question"); break;
      case "e": done = focusOn("esc-reason"); break;
      case "?":
        if (help) { help.showModal(); done = true; }
        break;
    }
    if (done) e.preventDefault();
  });
  // Links in the decision bar put the reviewer in the field they name.
  document.querySelectorAll("a[data-focus]").forEach(function (a) {
    a.addEventListener("click", function (e) {
      if (focusOn(a.getAttribute("data-focus"))) e.preventDefault();
    });
  });
  document.documentElement.setAttribute("data-keys", "on"); // for tests: keys are live
})();

// Citations open beside the case, not instead of it: the source page is
// fetched (audited like any visit), its content shown in a side panel and
// scrolled to the highlighted sentence. Without script, or when the fetch
// fails, the link opens the page itself.
(function () {
  var panel = document.getElementById("sidepanel");
  if (!panel) return;
  var body = document.getElementById("sidepanel-body");
  var title = document.getElementById("sidepanel-h");
  var open = document.getElementById("sidepanel-open");
  var opener = null;
  function close() {
    panel.hidden = true;
    document.body.classList.remove("panel-open");
    if (opener) opener.focus();
  }
  document.getElementById("sidepanel-close").addEventListener("click", close);
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && !panel.hidden) { close(); e.preventDefault(); }
  });
  document.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a[data-panel]") : null;
    if (!a || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    opener = a;
    fetch(a.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
      // A signed-out session is redirected to the sign-in page: open the
      // link itself rather than a sign-in form in the panel.
      .then(function (r) { if (!r.ok || r.redirected) throw new Error("status " + r.status); return r.text(); })
      .then(function (html) {
        var main = new DOMParser().parseFromString(html, "text/html").querySelector("main");
        if (!main) throw new Error("no content");
        main.querySelectorAll(".crumb").forEach(function (n) { n.remove(); });
        var h1 = main.querySelector("h1");
        title.textContent = h1 ? h1.textContent : a.textContent;
        if (h1) h1.remove();
        body.replaceChildren.apply(body, Array.prototype.map.call(main.childNodes, function (n) { return document.importNode(n, true); }));
        open.href = a.href;
        panel.hidden = false;
        document.body.classList.add("panel-open");
        panel.focus({ preventScroll: true });
        var m = body.querySelector("mark#excerpt") || body.querySelector("mark");
        if (m) m.scrollIntoView({ block: "center" });
        panel.setAttribute("data-shows", a.getAttribute("href")); // for tests
      })
      .catch(function () { location.href = a.href; });
  });
})();

// A page still at work (a fax being read) reloads itself every few
// seconds until it is done; the server renders the progress each time.
(function () {
  var el = document.querySelector("[data-refresh]");
  if (el) setTimeout(function () { location.reload(); }, 1000 * Number(el.getAttribute("data-refresh") || 5));
})();
