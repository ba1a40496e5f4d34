import type { Migration, MigrationProvider } from 'kysely/migration'
import * as m20261122T1800Init from './20261122T1800-init'
import * as m20261122T1810Collection from './20261122T1810-collection'
import * as m20261122T1900Rollups from './20261122T1900-rollups'
import * as m20261122T1930ResponsesHourIndex from './20261122T1930-responses-hour-index'
import * as m20261122T2300RollupVectors from './20261122T2300-rollup-vectors'
import * as m20261122T2330RollupPending from './20261122T2330-rollup-pending'
import * as m20261203T0710PlansTeamsTargets from './20261203T0710-plans-teams-targets'
import * as m20261203T0720ResponsesOfCampaignUnits from './20261203T0720-responses-of-campaign-units'
import * as m20261203T0850FieldChannels from './20261203T0850-field-channels'
import * as m20261203T0920LanguagePacks from './20261203T0920-language-packs'
import * as m20261203T1030NationalRollup from './20261203T1030-national-rollup'
import * as m20261203T1110PaperForms from './20261203T1110-paper-forms'
import * as m20261203T1120ResultPublications from './20261203T1120-result-publications'
import * as m20261203T1130FeedbackCases from './20261203T1130-feedback-cases'
import * as m20261203T1140Integrity from './20261203T1140-integrity'
import * as m20261203T1150DeviceSessions from './20261203T1150-device-sessions'
import * as m20261203T1220RollupAddPlpgsql from './20261203T1220-rollup-add-plpgsql'
import * as m20261203T1230IndicesVersions from './20261203T1230-indices-versions'

// Listed explicitly (not read from the directory) so the same list works under tsx,
// vitest and a bundler. Keys sort by timestamp; never rename or edit a landed migration.
const migrations: Record<string, Migration> = {
  '20261122T1800-init': m20261122T1800Init,
  '20261122T1810-collection': m20261122T1810Collection,
  '20261122T1900-rollups': m20261122T1900Rollups,
  '20261122T1930-responses-hour-index': m20261122T1930ResponsesHourIndex,
  '20261122T2300-rollup-vectors': m20261122T2300RollupVectors,
  '20261122T2330-rollup-pending': m20261122T2330RollupPending,
  '20261203T0710-plans-teams-targets': m20261203T0710PlansTeamsTargets,
  '20261203T0720-responses-of-campaign-units': m20261203T0720ResponsesOfCampaignUnits,
  '20261203T0850-field-channels': m20261203T0850FieldChannels,
  '20261203T0920-language-packs': m20261203T0920LanguagePacks,
  '20261203T1030-national-rollup': m20261203T1030NationalRollup,
  '20261203T1110-paper-forms': m20261203T1110PaperForms,
  '20261203T1120-result-publications': m20261203T1120ResultPublications,
  '20261203T1130-feedback-cases': m20261203T1130FeedbackCases,
  '20261203T1140-integrity': m20261203T1140Integrity,
  '20261203T1150-device-sessions': m20261203T1150DeviceSessions,
  '20261203T1220-rollup-add-plpgsql': m20261203T1220RollupAddPlpgsql,
  '20261203T1230-indices-versions': m20261203T1230IndicesVersions,
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
}
