/** Sends a page's calls at once and gives their answers under the same names (`Promise.all` over an object). */
export async function loadAll<T extends Record<string, Promise<unknown>>>(calls: T): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const names = Object.keys(calls)
  const answers = await Promise.all(Object.values(calls))
  return Object.fromEntries(names.map((name, i) => [name, answers[i]])) as { [K in keyof T]: Awaited<T[K]> }
}
