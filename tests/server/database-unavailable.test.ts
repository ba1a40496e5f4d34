import { describe, expect, it } from 'vitest'
import { isDatabaseUnavailable } from '../../server/db/unavailable'

const withCode = (message: string, fields: Record<string, string>) => Object.assign(new Error(message), fields)

describe('which errors mean the database is unavailable (503) rather than a fault (500)', () => {
  it('knows a restart, an outage and a cut connection', () => {
    expect(isDatabaseUnavailable(withCode('terminating connection due to administrator command', { code: '57P01' }))).toBe(true)
    expect(isDatabaseUnavailable(withCode('the database system is starting up', { code: '57P03' }))).toBe(true)
    expect(isDatabaseUnavailable(withCode('connection failure', { code: '08006' }))).toBe(true)
    expect(isDatabaseUnavailable(withCode('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED', syscall: 'connect' }))).toBe(true)
    expect(isDatabaseUnavailable(new AggregateError([withCode('connect ECONNREFUSED ::1:5432', { code: 'ECONNREFUSED', syscall: 'connect' })]))).toBe(true)
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true)
    expect(isDatabaseUnavailable(new Error('Client has encountered a connection error and is not queryable'))).toBe(true)
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true)
  })

  it('leaves faults of the request or the code as they are', () => {
    expect(isDatabaseUnavailable(withCode('duplicate key value violates unique constraint', { code: '23505' }))).toBe(false)
    expect(isDatabaseUnavailable(withCode('deadlock detected', { code: '40P01' }))).toBe(false)
    expect(isDatabaseUnavailable(withCode("ENOENT: no such file or directory, open 'x'", { code: 'ENOENT', syscall: 'open' }))).toBe(false)
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false)
    expect(isDatabaseUnavailable('57P01')).toBe(false)
  })
})
