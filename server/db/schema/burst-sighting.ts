/** One answer as the burst detector remembers it, for its window, on both clocks. */
export interface BurstSighting {
  /** `link:<id>` or `surveyor:<id>`. */
  source: string
  /** sha-256 of the answer set (see burst-detector). */
  signature: string
  answered_at: Date
  received_at: Date
}
export const tableName = 'burst_sightings'
export type PartialDB = { [tableName]: BurstSighting }
