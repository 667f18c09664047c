// Refreshes the command centre every data-refresh seconds, but never under
// an operator who is editing: a focused or changed form field waits for
// the save (a meta refresh used to wipe an assignment being typed).
(function () {
  var secs = parseInt(document.body.getAttribute("data-refresh") || "0", 10);
  if (!secs) return;
  var dirty = false;
  document.addEventListener("input", function () { dirty = true; });
  document.addEventListener("change", function () { dirty = true; });
  setInterval(function () {
    var a = document.activeElement;
    var editing = a && (a.tagName === "INPUT" || a.tagName === "SELECT" || a.tagName === "TEXTAREA");
    if (!dirty && !editing) window.location.reload();
  }, secs * 1000);
})();
