import { describe, expect, it } from 'vitest'
import { entryPageFor } from '../../shared/entry-pages'

describe('entry page of a path', () => {
  it('serves the survey to kiosks and phones, interview mode at /field, and the admin app elsewhere, paper-form entry included', () => {
    expect(entryPageFor('/k/abc')).toBe('survey.html')
    expect(entryPageFor('/s/abc')).toBe('survey.html')
    expect(entryPageFor('/field')).toBe('field.html')
    expect(entryPageFor('/field/')).toBe('field.html')
    expect(entryPageFor('/field/anything')).toBe('field.html')
    expect(entryPageFor('/field/entry')).toBe('index.html')
    expect(entryPageFor('/field/entry/123')).toBe('index.html')
    expect(entryPageFor('/fieldwork')).toBe('index.html')
    expect(entryPageFor('/admin/campaigns')).toBe('index.html')
  })
})
