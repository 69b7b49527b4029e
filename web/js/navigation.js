// How in-app navigation feels, for every page. It runs in the head, before
// the page is painted.
//
// - At the site root (the installed app's start address, which the service
//   worker answers offline with the root page) it opens the language the
//   learner last used (kept by the app under "cxopath.lang") at once; with
//   none remembered, the app picks the best match for the browser's
//   languages once it runs.
// - A link to another page lands at the top of that page, or at the section
//   its #fragment names, which also takes the keyboard focus (skip link,
//   table of contents). go-app adds a history entry for each in-app
//   navigation and scrolls to a fragment itself, but keeps the old page's
//   scroll position otherwise. Back and Forward are left to the browser,
//   which restores where the learner was.
// - A tap that navigates ends the gesture: a second tap at the same place
//   within half a second (a double tap) is ignored, so it can neither
//   reveal the next card's answer nor follow a link on the next page.
(function () {
  if (location.pathname === "/" || location.pathname === "/index.html") {
    try {
      var lang = JSON.parse(localStorage.getItem("cxopath.lang") || '""');
      if (lang === "ko" || lang === "ja" || lang === "en") {
        location.replace("/" + lang + "/");
        return;
      }
    } catch (e) {
      // Nothing remembered that can be read: the app chooses.
    }
  }

  var lastTap = { x: -1, y: -1, at: 0 };
  var guard = { x: -1, y: -1, until: 0 };
  var nearby = 32; // pixels: a second tap of a double tap lands this close

  window.addEventListener("click", function (event) {
    var now = Date.now();
    // A click from the keyboard (Enter on a link) has no detail: only taps
    // and mouse clicks make a double tap.
    var tap = event.detail > 0;
    if (tap && now < guard.until && Math.abs(event.clientX - guard.x) < nearby && Math.abs(event.clientY - guard.y) < nearby) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (tap) {
      lastTap = { x: event.clientX, y: event.clientY, at: now };
    }
    // A link to a section of this page moves the focus there too, also
    // when the address already names it (go-app then does nothing).
    var link = event.target.closest && event.target.closest("a[href]");
    if (link && link.hash.length > 1 && link.pathname === location.pathname && link.search === location.search) {
      var id = decodeURIComponent(link.hash.slice(1));
      requestAnimationFrame(function () { focusSection(id); });
    }
  }, true);

  function focusSection(id) {
    var target = document.getElementById(id);
    if (!target) {
      return;
    }
    if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) {
      target.setAttribute("tabindex", "-1");
    }
    target.focus({ preventScroll: true });
  }

  var pushState = history.pushState;
  history.pushState = function (state, title, url) {
    var from = location.pathname;
    pushState.apply(history, arguments);
    if (Date.now() - lastTap.at < 1000) {
      guard = { x: lastTap.x, y: lastTap.y, until: Date.now() + 500 };
    }
    if (location.hash.length > 1) {
      // go-app scrolls to the fragment once the page is drawn.
      var id = decodeURIComponent(location.hash.slice(1));
      requestAnimationFrame(function () { focusSection(id); });
    } else if (location.pathname !== from) {
      window.scrollTo(0, 0);
    }
  };
})();
