// Service worker of the public survey pages (kiosk /k/…, phone /s/…) and of interview mode
// (/field): keeps each page, its assets, the questionnaire JSON in each language a survey link
// offers and the recordings that read its texts aloud, so a reload without network still shows
// them and still speaks. Answers are not handled here: the pages queue them in IndexedDB
// (client/survey/outbox.ts), and interview mode keeps its questionnaires there too.
const CACHE = 'hailong-survey-v2'
const SHELL = '/survey.html'
const FIELD_SHELL = '/field.html'
const SURVEY_PAGE = /^\/(k|s)\/[^/]+\/?$/
// paper-form entry (/field/entry…) is a page of the admin app
const FIELD_PAGE = /^\/field(\/(?!entry).*)?$/
const SURVEY_API = /^\/api\/v1\/public\/surveys\/[^/]+$/
const RECORDING = /^\/api\/v1\/public\/recordings\/[0-9a-f]{64}$/

function assetsOf(html) {
  const urls = new Set(['/manifest.webmanifest', '/favicon.svg'])
  // exec in a loop, not matchAll: the worker runs on 2018 browsers too (docs/survey.md)
  const asset = /(?:src|href)="(\/assets\/[^"]+)"/g
  for (let match = asset.exec(html); match; match = asset.exec(html)) urls.add(match[1])
  return [...urls]
}

/** The fonts a stylesheet names (woff2 only: every browser with a service worker reads it). */
function fontsOf(css) {
  const urls = []
  const font = /url\((?:\.\/|\/assets\/)?([^)"']+\.woff2)\)/g
  for (let match = font.exec(css); match; match = font.exec(css)) urls.push(`/assets/${match[1].replace(/^.*\//, '')}`)
  return urls
}

/**
 * Stores a shell, the assets it names and the fonts of its stylesheets; assets no kept shell
 * names (older builds') are dropped.
 */
async function keepShell(shell, html) {
  const cache = await caches.open(CACHE)
  const missing = []
  for (const url of assetsOf(html)) if (!(await cache.match(url))) missing.push(url)
  await cache.addAll(missing)
  await cache.put(shell, new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }))
  const wanted = []
  for (const kept of [SHELL, FIELD_SHELL]) {
    const response = await cache.match(kept)
    if (response) wanted.push(...assetsOf(await response.text()))
  }
  for (const url of wanted.filter((u) => u.endsWith('.css'))) {
    const stylesheet = await cache.match(url)
    for (const fontUrl of fontsOf(stylesheet ? await stylesheet.text() : '')) {
      if (!wanted.includes(fontUrl)) wanted.push(fontUrl)
      if (!(await cache.match(fontUrl))) await cache.add(fontUrl).catch(() => undefined)
    }
  }
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname
    if (path.startsWith('/assets/') && !wanted.includes(path)) await cache.delete(request)
  }
}

/** Recordings are named by their content: one stored is never stale. */
async function keepRecordings(cache, urls) {
  for (const url of urls) {
    if (!RECORDING.test(url) || (await cache.match(url))) continue
    const response = await fetch(url).catch(() => null)
    if (response && response.ok) await cache.put(url, response)
  }
}

/** A survey's JSON, and the recordings it names. */
async function keepSurvey(cache, url, response) {
  const survey = await response
    .clone()
    .json()
    .catch(() => null)
  await cache.put(url, response)
  const recordings = survey && survey.recordings ? Object.keys(survey.recordings).map((key) => survey.recordings[key]) : []
  await keepRecordings(cache, recordings)
}

const fetchShell = (shell) =>
  fetch(shell, { cache: 'no-cache' })
    .then((response) => response.text())
    .then((html) => keepShell(shell, html))

async function keepUrls(urls) {
  const cache = await caches.open(CACHE)
  await Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url).catch(() => null)
      if (response && response.ok) await keepSurvey(cache, url, response)
    }),
  )
}

self.addEventListener('install', (event) => {
  event.waitUntil(fetchShell(SHELL).then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('hailong-survey-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'keep' && Array.isArray(event.data.urls)) {
    const urls = event.data.urls.filter((url) => typeof url === 'string' && SURVEY_API.test(new URL(url, self.location.origin).pathname))
    event.waitUntil(keepUrls(urls))
  }
  // interview mode asks for its page to be kept (kiosks and phones never download it)
  if (event.data && event.data.type === 'keep-field') event.waitUntil(fetchShell(FIELD_SHELL))
})

/**
 * The network when it answers, else the stored copy (also when a proxy answers 5xx for a server
 * that is down); a fresh answer refreshes the copy in the background.
 */
function networkFirst(event, cacheKey, refresh) {
  const fallback = async (failure) => {
    const cached = await caches.match(cacheKey)
    if (cached) return cached
    if (failure instanceof Response) return failure
    throw failure
  }
  return fetch(event.request).then((response) => {
    if (response.ok) event.waitUntil(refresh(response.clone()).catch(() => undefined))
    return response.status >= 500 ? fallback(response) : response
  }, fallback)
}

/**
 * A recording from the cache when stored (whatever Range the audio element asks for, it gets the
 * whole file, which media elements accept), else from the network, stored for next time.
 */
async function recording(event, path) {
  const cached = await caches.match(path)
  if (cached) return cached
  const response = await fetch(path)
  if (response.ok) event.waitUntil(caches.open(CACHE).then((cache) => cache.put(path, response.clone())))
  return response
}

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (request.mode === 'navigate' && SURVEY_PAGE.test(url.pathname)) {
    event.respondWith(networkFirst(event, SHELL, (fresh) => fresh.text().then((html) => keepShell(SHELL, html))))
  } else if (request.mode === 'navigate' && FIELD_PAGE.test(url.pathname)) {
    event.respondWith(networkFirst(event, FIELD_SHELL, (fresh) => fresh.text().then((html) => keepShell(FIELD_SHELL, html))))
  } else if (SURVEY_API.test(url.pathname)) {
    event.respondWith(networkFirst(event, request, (fresh) => caches.open(CACHE).then((cache) => keepSurvey(cache, request, fresh))))
  } else if (RECORDING.test(url.pathname)) {
    event.respondWith(recording(event, url.pathname))
  } else if (url.pathname.startsWith('/assets/') || url.pathname === '/manifest.webmanifest') {
    event.respondWith(caches.match(request).then((cached) => cached || fetch(request)))
  }
})
