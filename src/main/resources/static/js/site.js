// Progressive enhancement only: every page works without this file.
// After a form comes back with problems, move focus to the summary so that keyboard and screen-reader
// users land on the list of what to correct (the summary's links lead to each field).
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
  }
});
