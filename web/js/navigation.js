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
// - When the app takes over the pre-rendered page, the reader keeps their
//   place: go-app draws the page again in new elements, so the scroll
//   position and the focus a quick reader already moved are put back.
// - A tap that navigates ends the gesture: a second tap at the same place
//   within half a second (a double tap) is ignored, so it can neither
//   reveal the next card's answer, follow a link on the next page, nor take
//   the focus from where the next page put it.
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

  // guarded reports whether event is the second tap of a double tap that
  // navigated. A click from the keyboard (Enter on a link) has no detail:
  // only taps and mouse clicks make a double tap.
  function guarded(event) {
    return event.detail > 0 && Date.now() < guard.until && Math.abs(event.clientX - guard.x) < nearby && Math.abs(event.clientY - guard.y) < nearby;
  }

  // The second tap does not take the focus either: the new page has put it
  // where it belongs (a card's question, say).
  window.addEventListener("mousedown", function (event) {
    if (guarded(event)) {
      event.preventDefault();
    }
  }, true);

  window.addEventListener("click", function (event) {
    var now = Date.now();
    var tap = event.detail > 0;
    if (guarded(event)) {
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

  // The reader's place on the pre-rendered page, kept until go-app replaces
  // the page: the focused element as a path of child indexes from the body
  // (the app draws the same page, element for element), with its tag, link
  // and text, which find it again where the app draws it elsewhere.
  if (document.documentElement.dataset.app !== "running") {
    var place = { y: window.scrollY, focus: null };
    var replaced = false;
    var pathOf = function (el) {
      var path = [];
      for (; el && el !== document.body; el = el.parentElement) {
        if (!el.parentElement) return null;
        path.unshift(Array.prototype.indexOf.call(el.parentElement.children, el));
      }
      return el ? path : null;
    };
    var at = function (path) {
      var el = document.body;
      for (var i = 0; el && i < path.length; i++) el = el.children[path[i]];
      return el;
    };
    window.addEventListener("scroll", function () {
      if (!replaced) place.y = window.scrollY;
    }, { passive: true });
    document.addEventListener("focusin", function (e) {
      if (!replaced) place.focus = { path: pathOf(e.target), tag: e.target.tagName, href: e.target.getAttribute("href"), text: e.target.textContent };
    });
    var refocus = function () {
      var f = place.focus;
      if (f && document.activeElement === document.body) {
        // The server indents what it writes: only the words count.
        var words = function (s) { return s.replace(/\s+/g, " ").trim(); };
        var same = function (el) {
          return el && el.tagName === f.tag && el.getAttribute("href") === f.href && words(el.textContent) === words(f.text);
        };
        // The same place in the page, or else (a page the app draws a
        // little differently, as the assessment in steps) the same link.
        var el = f.path && at(f.path);
        if (!same(el)) {
          el = Array.prototype.find.call(document.querySelectorAll(f.tag), same);
        }
        if (el) el.focus({ preventScroll: true });
      }
    };
    var restore = function () {
      if (Math.abs(window.scrollY - place.y) > 1) window.scrollTo(0, place.y);
      refocus();
    };
    document.addEventListener("DOMContentLoaded", function () {
      place.y = window.scrollY;
      var main = document.querySelector("main");
      if (!main) return;
      // The pre-rendered main leaves the document when the app draws its own.
      new MutationObserver(function (changes, observer) {
        if (main.isConnected) return;
        replaced = true;
        observer.disconnect();
        restore();
        // Once more after the app's first frame, when its late content has
        // settled.
        requestAnimationFrame(function () { requestAnimationFrame(restore); });
        // A part the app draws again once the saved progress is read (the
        // assessment's steps) takes the focus with it: for two seconds,
        // unless the reader moves it themselves, it is put back.
        var until = Date.now() + 2000, moved = false;
        document.addEventListener("focusin", function () { moved = true; }, { once: true });
        new MutationObserver(function (changes, late) {
          if (moved || Date.now() > until) return late.disconnect();
          refocus();
        }).observe(document.body, { childList: true, subtree: true });
      }).observe(document.body, { childList: true, subtree: true });
    });
  }
})();
