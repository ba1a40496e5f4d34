import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConfigError, loadConfig } from '../../server/config'
import type { SurveyLinkRow } from '../../server/surveys/find-survey-link'
import { SurveyLinkCache } from '../../server/surveys/survey-link-cache'

const row = (linkId: number) => ({ linkId }) as SurveyLinkRow

describe('SurveyLinkCache', () => {
  afterEach(() => vi.useRealTimers())

  it('reads a code from the database once per TTL and again after it', async () => {
    vi.useFakeTimers()
    const cache = new SurveyLinkCache(5000)
    const load = vi.fn(async () => row(7))
    expect(await cache.get('abc', load)).toEqual(row(7))
    vi.advanceTimersByTime(4999)
    expect(await cache.get('abc', load)).toEqual(row(7))
    expect(load).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1)
    await cache.get('abc', load)
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('does not keep unknown codes', async () => {
    const cache = new SurveyLinkCache(5000)
    const load = vi.fn(async () => undefined)
    expect(await cache.get('nope', load)).toBeUndefined()
    expect(await cache.get('nope', load)).toBeUndefined()
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('reads again after forget()', async () => {
    const cache = new SurveyLinkCache(5000)
    let linkId = 1
    const load = async () => row(linkId)
    await cache.get('abc', load)
    linkId = 2
    expect((await cache.get('abc', load))?.linkId).toBe(1)
    cache.forget()
    expect((await cache.get('abc', load))?.linkId).toBe(2)
  })

  it('keeps nothing with a TTL of 0 (SURVEY_LINK_CACHE_SECONDS=0), 5 s by default', async () => {
    const cache = new SurveyLinkCache(loadConfig({ SURVEY_LINK_CACHE_SECONDS: '0' }).surveyLinkCacheSeconds * 1000)
    const load = vi.fn(async () => row(7))
    await cache.get('abc', load)
    await cache.get('abc', load)
    expect(load).toHaveBeenCalledTimes(2)
    expect(loadConfig({}).surveyLinkCacheSeconds).toBe(5)
    expect(() => loadConfig({ SURVEY_LINK_CACHE_SECONDS: '-1' })).toThrow(ConfigError)
  })
})
