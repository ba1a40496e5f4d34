import { afterEach, describe, expect, it } from 'vitest'
import { assertPgToolsInstalled, MissingClientTools } from '../../server/backups/pg-tools'

describe("PostgreSQL's client tools", () => {
  const path = process.env.PATH
  afterEach(() => {
    process.env.PATH = path
  })

  it('are found on PATH, or their absence is told in one clear sentence with the way out', () => {
    expect(() => assertPgToolsInstalled()).not.toThrow()
    process.env.PATH = '/nonexistent'
    expect(() => assertPgToolsInstalled()).toThrow(MissingClientTools)
    expect(() => assertPgToolsInstalled()).toThrow(/pg_dump was not found: install .*postgresql-client.* or take an engine-neutral backup with --logical/)
  })
})
