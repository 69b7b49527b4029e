// Watches for a new build of the app. When the new build's service worker
// has cached every file it needs, the app is told (the event
// "cxopath-update-ready", and window.cxopathUpdateReady for an app that
// starts later); the new build takes over only when the learner agrees:
// window.cxopathApplyUpdate() lets the waiting worker take over, then
// reloads the page once it has.
(function () {
  if (!("serviceWorker" in navigator)) {
    return;
  }
  var waiting = null;
  var applying = false;

  function ready(worker) {
    waiting = worker;
    window.cxopathUpdateReady = true;
    window.dispatchEvent(new Event("cxopath-update-ready"));
  }

  function track(worker) {
    worker.addEventListener("statechange", function () {
      if (worker.state === "installed" && navigator.serviceWorker.controller) {
        ready(worker);
      }
    });
  }

  navigator.serviceWorker.ready.then(function (registration) {
    if (registration.waiting && navigator.serviceWorker.controller) {
      ready(registration.waiting);
    }
    if (registration.installing) {
      track(registration.installing);
    }
    registration.addEventListener("updatefound", function () {
      if (registration.installing) {
        track(registration.installing);
      }
    });
  });

  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (applying) {
      applying = false;
      window.location.reload();
    }
  });

  window.cxopathApplyUpdate = function () {
    if (waiting) {
      applying = true;
      waiting.postMessage("skip-waiting");
    }
  };
})();
