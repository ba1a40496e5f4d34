import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../db/schema'
import type { QuestionnaireRow } from '../db/schema/questionnaire'
import { type QuestionnaireRollup, questionnaireRollup } from '../indices/compute/rollup-layout'

/**
 * The questionnaire versions read so far, with their rollup plan and layout. A published
 * version is frozen, so it is read once and kept for as long as the app context lives;
 * a draft may still change and is read every time. One per app context: each database
 * has its own questionnaires.
 */
export class PublishedQuestionnaires {
  private readonly rows = new Map<number, QuestionnaireRow>()
  private readonly rollups = new Map<number, QuestionnaireRollup>()

  /** The versions of `ids` that exist. `db` may be a transaction: what it reads of a draft is what that transaction sees. */
  async rowsOf(db: Kysely<DatabaseSchema>, ids: readonly number[]): Promise<Map<number, QuestionnaireRow>> {
    const found = new Map<number, QuestionnaireRow>()
    const missing: number[] = []
    for (const id of new Set(ids)) {
      const cached = this.rows.get(id)
      if (cached) found.set(id, cached)
      else missing.push(id)
    }
    if (missing.length === 0) return found
    for (const row of await db.selectFrom('questionnaires').selectAll().where('id', 'in', missing).execute()) {
      if (row.status === 'published') this.rows.set(row.id, row)
      found.set(row.id, row)
    }
    return found
  }

  async row(db: Kysely<DatabaseSchema>, id: number): Promise<QuestionnaireRow | undefined> {
    return (await this.rowsOf(db, [id])).get(id)
  }

  /** The scoring plan and rollup layout of each version of `ids`; throws for an unknown id (responses and campaigns always name one). */
  async rollupsOf(db: Kysely<DatabaseSchema>, ids: readonly number[]): Promise<Map<number, QuestionnaireRollup>> {
    const rows = await this.rowsOf(db, ids)
    const rollups = new Map<number, QuestionnaireRollup>()
    for (const id of new Set(ids)) {
      const row = rows.get(id)
      if (!row) throw new Error(`questionnaire ${id} not found`)
      let rollup = this.rollups.get(id)
      if (!rollup) {
        rollup = questionnaireRollup(row.scoring, row.definition)
        if (row.status === 'published') this.rollups.set(id, rollup)
      }
      rollups.set(id, rollup)
    }
    return rollups
  }
}
