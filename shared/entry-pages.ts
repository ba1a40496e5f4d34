/** Vite's entry page for a path: the public survey pages (kiosk /k/…, phone /s/…) have their own, lighter bundle. */
export function entryPageFor(requestPath: string): 'survey.html' | 'index.html' {
  return /^\/(k|s)\//.test(requestPath) ? 'survey.html' : 'index.html'
}
