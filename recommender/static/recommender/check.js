/* /check/: a live character count for the description, and focus on the error summary. */
(function () {
  "use strict";
  document.querySelectorAll("textarea[data-counter]").forEach(function (field) {
    var counter = document.getElementById(field.dataset.counter);
    var limit = parseInt(field.getAttribute("maxlength"), 10);
    if (!counter || !limit) { return; }
    var timer = null;
    function update() {
      var left = limit - field.value.length;
      counter.textContent = field.value.length + " of " + limit + " characters" +
        (left <= 200 ? " (" + Math.max(left, 0) + " left)" : "");
    }
    // Screen readers hear the count after a pause in typing, not on every key.
    field.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(update, 400); });
    update();
  });
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
})();
