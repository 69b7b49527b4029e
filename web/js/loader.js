// Says in the page's language that the app could not load, where go-app's
// loading badge would show the browser's error (for example "TypeError:
// Failed to fetch" when the server goes away mid-download), or when the app
// could not start because the page's text did not arrive, and offers the
// one thing to do: reload. The pre-rendered page stays readable either way;
// the error itself goes to the console. (The app's messages live in its
// WebAssembly, which is what failed: these few words are written here.)
(function () {
  var messages = {
    en: "The app could not load. You can still read this page.",
    ko: "앱을 불러오지 못했습니다. 이 페이지는 그대로 읽을 수 있습니다.",
    ja: "アプリを読み込めませんでした。表示中の内容は、このまま読むことができます。",
  };
  var reloads = { en: "Reload", ko: "새로고침", ja: "再読み込み" };
  var closes = { en: "Close", ko: "닫기", ja: "閉じる" };

  // alert turns the loading badge's label into the message, with the
  // button that reloads.
  function alert(label) {
    var lang = messages[document.documentElement.lang] ? document.documentElement.lang : "en";
    label.dataset.said = messages[lang];
    label.textContent = messages[lang];
    label.setAttribute("role", "alert");
    var reload = document.createElement("button");
    reload.type = "button";
    reload.className = "button loader-reload";
    reload.textContent = reloads[lang];
    reload.addEventListener("click", function () {
      location.reload();
    });
    label.insertAdjacentElement("afterend", reload);
    // The page stays readable: the learner can put the alert away.
    var close = document.createElement("button");
    close.type = "button";
    close.className = "loader-close";
    close.setAttribute("aria-label", closes[lang]);
    close.addEventListener("click", function () {
      var badge = document.getElementById("app-wasm-loader");
      if (badge) {
        badge.remove();
      }
    });
    reload.insertAdjacentElement("afterend", close);
  }

  function watch() {
    var label = document.getElementById("app-wasm-loader-label");
    if (!label) {
      return;
    }
    var observer = new MutationObserver(function () {
      var text = label.textContent.trim();
      if (text === "" || /^\d+%$/.test(text) || text === label.dataset.said) {
        return;
      }
      observer.disconnect();
      console.warn("app.wasm did not load:", text);
      alert(label);
    });
    observer.observe(label, { childList: true, characterData: true, subtree: true });
  }

  // The app calls this when it cannot start after app.wasm has loaded (the
  // page's words did not arrive). go-app has removed its badge by then:
  // this puts it back, as the alert.
  window.cxopathCannotStart = function () {
    console.warn("the app could not start: the page's text did not arrive");
    var badge = document.getElementById("app-wasm-loader");
    if (!badge) {
      badge = document.createElement("div");
      badge.id = "app-wasm-loader";
      badge.className = "goapp-app-info";
      var empty = document.createElement("p");
      empty.id = "app-wasm-loader-label";
      empty.className = "goapp-label";
      badge.appendChild(empty);
      document.body.appendChild(badge);
    }
    var label = document.getElementById("app-wasm-loader-label");
    if (label.getAttribute("role") !== "alert") {
      alert(label);
    }
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
