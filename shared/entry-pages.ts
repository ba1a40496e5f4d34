/**
 * Vite's entry page for a path: the public survey pages (kiosk /k/…, phone /s/…) and the
 * surveyors' interview mode (/field, /field/…) have their own, lighter bundles; paper-form
 * entry (/field/entry…) is a page of the admin app.
 */
export function entryPageFor(requestPath: string): 'survey.html' | 'field.html' | 'index.html' {
  if (/^\/(k|s)\//.test(requestPath)) return 'survey.html'
  if (/^\/field(\/|$)/.test(requestPath) && !/^\/field\/entry/.test(requestPath)) return 'field.html'
  return 'index.html'
}
