import type { MiddlewareHandler } from 'hono'
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from '../../shared/text/storable-text'
import { fieldError } from './errors'

/**
 * The dotted path of the first string (value or key) in `value` that the database could
 * not store, or null. Iterative, so no nesting depth can overflow the stack.
 */
export function findUnstorableText(value: unknown, root = ''): string | null {
  const stack: [unknown, string][] = [[value, root]]
  while (stack.length) {
    const [item, path] = stack.pop()!
    if (typeof item === 'string') {
      if (!isStorableText(item)) return path || '(body)'
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        const childPath = path ? `${path}.${key}` : key
        if (!isStorableText(key)) return childPath
        stack.push([child, childPath])
      }
    }
  }
  return null
}

/** Throws a 400 naming the field when validated input holds text the database cannot store. */
export function assertStorableText(value: unknown, root = ''): void {
  const field = findUnstorableText(value, root)
  if (field !== null) throw fieldError(field, 'not_storable', UNSTORABLE_TEXT_MESSAGE)
}

function decodedPath(url: string): string {
  const path = new URL(url).pathname
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/**
 * Every route, validated or not: a path or query string carrying NUL or a lone surrogate
 * (`/api/v1/public/surveys/%00`) is refused before it can reach a query. JSON bodies are
 * checked after validation, by `createRouter`.
 */
export function rejectUnstorableText(): MiddlewareHandler {
  return async (c, next) => {
    if (!isStorableText(decodedPath(c.req.url))) throw fieldError('path', 'not_storable', UNSTORABLE_TEXT_MESSAGE)
    for (const [name, values] of Object.entries(c.req.queries())) assertStorableText({ [name]: values.join('') }, 'query')
    await next()
  }
}
