import type { CampaignBundlePayload, NationalRanking, NationalRankingQuery } from '../../shared/national/schemas'
import { computeUnitIndices } from '../indices/compute/compute-unit-indices'
import { provinceIndex } from '../indices/compute/province-index'
import { rankUnits } from '../indices/compute/rank-units'
import { scoringPlan } from '../indices/compute/scoring'
import { fromUnitSums } from './unit-sums'

/**
 * Provinces and units of one year and questionnaire kind, from the sums of the bundles: each
 * unit's index is computed as its province computed it, the province's index is the mean of its
 * units' (as the province reports it), and units are ranked across the country.
 */
export function computeNationalRanking(query: NationalRankingQuery, bundles: CampaignBundlePayload[]): NationalRanking {
  const units = bundles.flatMap((bundle) => {
    const plan = scoringPlan(bundle.campaign.scoring, bundle.questionnaire.definition)
    return bundle.units.map((unit) => ({
      provinceCode: bundle.province.code,
      provinceName: bundle.province.name,
      code: unit.code,
      name: unit.name,
      sipas: computeUnitIndices(plan, fromUnitSums(unit.sums)).sipas,
    }))
  })
  const unitRanks = rankUnits(units.map((u) => u.sipas))
  const byProvince = new Map<string, CampaignBundlePayload[]>()
  for (const bundle of bundles) byProvince.set(bundle.province.code, [...(byProvince.get(bundle.province.code) ?? []), bundle])
  const provinces = [...byProvince].map(([code, own]) => {
    const index = provinceIndex(units.filter((u) => u.provinceCode === code).map((u) => ({ value: u.sipas.value, n: u.sipas.n })))
    return { code, name: own[0]!.province.name, campaigns: own.map((b) => b.campaign.name), index: index.value, units: index.units, n: index.n }
  })
  const provinceRanks = rankUnits(provinces.map((p) => ({ value: p.index, n: p.n, ciLow: null, ciHigh: null, indicative: false })))
  const scoring = bundles[0]?.campaign.scoring
  return {
    year: query.year,
    kind: query.kind,
    unit: scoring === 'points' ? 'points' : 'percent',
    provinces: provinces.map((p, i) => ({ ...p, rank: provinceRanks[i]! })).sort(byRankThenName),
    units: units.map((u, i) => ({ ...u, rank: unitRanks[i]! })).sort(byRankThenName),
  }
}

const byRankThenName = (a: { rank: number | null; name: string }, b: { rank: number | null; name: string }) =>
  (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name, 'vi')
