// Applies the theme the learner chose (kept by the app under
// "cxopath.theme") before the page is painted, so a pre-rendered page never
// flashes in the other theme. Without a choice the system's theme applies.
(function () {
  try {
    var theme = JSON.parse(localStorage.getItem("cxopath.theme") || '""');
    if (theme === "light" || theme === "dark") {
      document.documentElement.setAttribute("data-theme", theme);
    }
  } catch (e) {
    // Storage disabled or damaged: the system theme applies.
  }
})();
