// Says in the page's language that the app could not load, where go-app's
// loading badge would show the browser's error (for example "TypeError:
// Failed to fetch" when the server goes away mid-download). The pre-rendered
// page stays readable either way; the error itself goes to the console.
(function () {
  var messages = {
    en: "The app did not load. Reload the page to try again.",
    ko: "앱을 불러오지 못했습니다. 페이지를 새로고침해 주세요.",
    ja: "アプリを読み込めませんでした。ページを再読み込みしてください。",
  };

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
      var said = messages[document.documentElement.lang] || messages.en;
      label.dataset.said = said;
      label.textContent = said;
      label.setAttribute("role", "alert");
    });
    observer.observe(label, { childList: true, characterData: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
