import type { ComponentType } from 'preact'
import { useRoute } from 'preact-iso'

const ID = /^[1-9]\d{0,14}$/

/** Whether every id in a route's params (`:id`, `:campaignId`, `:agencyId`…) is a positive whole number, as the API's ids are. */
export function routeIdsValid(params: Record<string, string>): boolean {
  return Object.entries(params).every(([name, value]) => !/id$/i.test(name) || ID.test(value))
}

/**
 * A routed page whose id params are checked first: `/admin/results/abc` shows `NotFound`
 * once instead of the page asking for `/campaigns/NaN` (NaN !== NaN, so a hook keyed on it
 * re-ran on every render, a request loop).
 */
export function withRouteIds(Page: ComponentType, NotFound: ComponentType): ComponentType {
  return function RouteIdsChecked() {
    const { params } = useRoute()
    return routeIdsValid(params) ? <Page /> : <NotFound />
  }
}
