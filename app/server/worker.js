// CxO Path service worker, version {{.Version}}.
//
// Install and activation are all-or-nothing: the new version's cache is
// filled completely (a file that fails to download fails the install, and
// the old version goes on working), the new worker then waits until the
// learner agrees to the update (web/js/update.js asks it to take over), and
// older caches are deleted only after that. Pages come from the network when
// the server answers and from the cache when it does not; assets come from
// the cache first. No request ever goes to another origin.
const CACHE = "cxopath-{{.Version}}";
// The site root's own address only redirects, and a redirected response cannot
// answer a navigation: its page is kept as /index.html instead.
// go-app lists its own stylesheet, which the pages no longer use.
const PRECACHE = {{.ResourcesToCache}}.filter((url) => url !== "/" && url !== "/app.css");

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // Versioned assets (?v= names their content) may come from the HTTP
    // cache: the page has usually just downloaded them. Anything else is
    // fetched afresh.
    await cache.addAll(PRECACHE.map((url) =>
      new Request(url, { cache: url.includes("?v=") ? "default" : "reload" })));
  })());
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") {
    self.skipWaiting();
  }
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key !== CACHE) {
        await caches.delete(key);
      }
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (event.request.mode === "navigate") {
    event.respondWith(page(event.request, url));
    return;
  }
  event.respondWith(asset(event.request));
});

// page answers a navigation. A page of this version already kept answers at
// once, so a slow or failing network never holds the learner up (a new
// version comes through the update prompt, never page by page). Otherwise
// the server answers, else (no network, or a server that is down behind a
// proxy) the cached home page of its language, whose app then renders the
// page asked for from its address, query included. An address with a query
// goes to the server first: its pre-rendered page depends on the query.
async function page(request, url) {
  const cache = await caches.open(CACHE);
  // The site root (the installed app's start address, with any query)
  // answers with the kept root page, which opens the learner's language.
  if (url.pathname === "/" || url.pathname === "/index.html") {
    const root = await cache.match("/index.html");
    if (root) {
      return root;
    }
  }
  if (!url.search) {
    const kept = await cache.match(url.pathname);
    if (kept) {
      return kept;
    }
  }
  let response;
  try {
    response = await fetch(request);
    if (response.ok && !url.search) {
      await cache.put(url.pathname, response.clone());
    }
    if (response.status < 500) {
      return response;
    }
  } catch (err) {
    // No network, or no server: answer from the cache.
  }
  const lang = url.pathname.split("/")[1];
  return (await cache.match(url.pathname)) ||
    (await cache.match("/" + lang + "/")) ||
    (await cache.match("/en/")) ||
    response ||
    Response.error();
}

// asset answers from the cache first. A versioned address (?v= names the
// file's content) is answered only with that very version: a tab of an
// older version, still open after an update, never gets the new stylesheet
// or script under its old address. Any other address is answered with this
// version's copy, whatever its query.
async function asset(request) {
  const cached = new URL(request.url).searchParams.has("v")
    ? await caches.match(request)
    : await (await caches.open(CACHE)).match(request, { ignoreSearch: true });
  return cached || fetch(request);
}
