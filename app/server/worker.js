// CxO Path service worker, version {{.Version}}.
//
// Install and activation are all-or-nothing: the new version's cache is
// filled completely before the worker takes over, and older caches are
// deleted only after that. Pages come from the network when it answers and
// from the cache when it does not; assets come from the cache first.
const CACHE = "cxopath-{{.Version}}";
// The site root only redirects; a redirected response cannot answer a navigation.
const PRECACHE = {{.ResourcesToCache}}.filter((url) => url !== "/");

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" })));
    await self.skipWaiting();
  })());
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

// page answers a navigation: fresh from the network, else the cached copy of
// the same page, else the cached home page of its language, whose app then
// renders the page asked for.
async function page(request, url) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) {
      cache.put(url.pathname, response.clone());
    }
    return response;
  } catch (err) {
    const lang = url.pathname.split("/")[1];
    return (await cache.match(url.pathname)) ||
      (await cache.match("/" + lang + "/")) ||
      (await cache.match("/en/")) ||
      Response.error();
  }
}

async function asset(request) {
  const cached = await caches.match(request, { ignoreSearch: true });
  return cached || fetch(request);
}
