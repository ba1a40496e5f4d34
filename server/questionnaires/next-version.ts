import type { Transaction } from 'kysely'
import type { DatabaseSchema } from '../db/schema'

/** Versions count up within a name: "Phiếu SIPAS 2017" v1, v2, … */
export async function nextVersion(trx: Transaction<DatabaseSchema>, name: string): Promise<number> {
  const { max } = await trx
    .selectFrom('questionnaires')
    .select((eb) => eb.fn.max('version').as('max'))
    .where('name', '=', name)
    .executeTakeFirstOrThrow()
  return (max ?? 0) + 1
}
