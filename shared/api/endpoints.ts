import type { Contracts } from './contracts'
import { type Endpoint, endpointsOf, type Method } from './endpoint'

const group = <const G extends keyof Contracts, const M extends string>(
  name: G,
  mount: M,
  routes: { readonly [K in keyof Contracts[G]]: readonly [Method, string] },
) => endpointsOf<Contracts[G], G, M>(name, mount, routes)

/**
 * Where every JSON endpoint is: method and path below the mount of its server route group.
 * Free of zod at run time (its contracts are types here), so the kiosk and phone bundles stay small.
 */
export const endpoints = {
  auth: group('auth', '/auth', { login: ['post', '/login'], logout: ['post', '/logout'], me: ['get', '/me'] }),
  users: group('users', '/users', { list: ['get', '/'], create: ['post', '/'], update: ['patch', '/{id}'] }),
  agencies: group('agencies', '/agencies', {
    list: ['get', '/'],
    create: ['post', '/'],
    update: ['patch', '/{id}'],
    import: ['post', '/import'],
  }),
  questionnaires: group('questionnaires', '/questionnaires', {
    list: ['get', '/'],
    get: ['get', '/{id}'],
    create: ['post', '/'],
    update: ['patch', '/{id}'],
    publish: ['post', '/{id}/publish'],
  }),
  campaigns: group('campaigns', '/campaigns', {
    list: ['get', '/'],
    get: ['get', '/{id}'],
    create: ['post', '/'],
    update: ['patch', '/{id}'],
    remove: ['delete', '/{id}'],
    setUnits: ['put', '/{id}/units'],
  }),
  teams: group('teams', '', {
    get: ['get', '/campaigns/{id}/team'],
    set: ['put', '/campaigns/{id}/team'],
    interviews: ['get', '/campaigns/{id}/team/interviews'],
  }),
  deviceSessions: group('deviceSessions', '/device-sessions', { list: ['get', '/'], revoke: ['post', '/{id}/revoke'] }),
  field: group('field', '/field', { login: ['post', '/sessions'], bundle: ['get', '/bundle'] }),
  targets: group('targets', '', {
    get: ['get', '/campaigns/{id}/targets'],
    set: ['put', '/campaigns/{id}/targets'],
    import: ['put', '/campaigns/{id}/targets.csv'],
  }),
  indices: group('indices', '', {
    campaign: ['get', '/campaigns/{id}/indices'],
    breakdowns: ['get', '/campaigns/{id}/indices/breakdowns'],
    timeline: ['get', '/campaigns/{id}/indices/timeline'],
    agencyTrend: ['get', '/agencies/{id}/trend'],
  }),
  links: group('links', '', {
    list: ['get', '/campaigns/{id}/units/{agencyId}/links'],
    create: ['post', '/campaigns/{id}/units/{agencyId}/links'],
    revoke: ['post', '/links/{code}/revoke'],
    receipts: ['post', '/campaigns/{id}/units/{agencyId}/receipts'],
  }),
  audit: group('audit', '/audit', { list: ['get', '/'] }),
  organisations: group('organisations', '/organisations', { list: ['get', '/'], create: ['post', '/'] }),
  plans: group('plans', '/plans', {
    list: ['get', '/'],
    get: ['get', '/{id}'],
    create: ['post', '/'],
    update: ['patch', '/{id}'],
    setUnits: ['put', '/{id}/units'],
    summary: ['get', '/{id}/summary'],
    yearUnits: ['get', '/{id}/years/{year}/units'],
  }),
  cases: group('cases', '/cases', { summary: ['get', '/summary'], list: ['get', '/'], get: ['get', '/{id}'], update: ['patch', '/{id}'] }),
  caseFigures: group('caseFigures', '', { campaign: ['get', '/campaigns/{id}/case-figures'] }),
  integrity: group('integrity', '', {
    campaign: ['get', '/campaigns/{id}/integrity'],
    flaggedAnswers: ['get', '/campaigns/{id}/flagged-answers'],
    decideFlags: ['post', '/campaigns/{id}/flagged-answers/decisions'],
  }),
  publication: group('publication', '', {
    get: ['get', '/campaigns/{id}/publication'],
    publish: ['post', '/campaigns/{id}/publication'],
    withdraw: ['delete', '/campaigns/{id}/publication'],
    unitNote: ['get', '/campaigns/{id}/units/{agencyId}/result-note'],
    setUnitNote: ['put', '/campaigns/{id}/units/{agencyId}/result-note'],
  }),
  national: group('national', '/national', {
    key: ['get', '/key'],
    provinces: ['get', '/provinces'],
    registerProvince: ['put', '/provinces'],
    ranking: ['get', '/ranking'],
  }),
  languages: group('languages', '', {
    list: ['get', '/languages'],
    add: ['post', '/languages'],
    texts: ['get', '/questionnaires/{id}/texts'],
    importWorkbook: ['post', '/questionnaires/{id}/texts.xlsx'],
  }),
  paperForms: group('paperForms', '', {
    list: ['get', '/paper-forms'],
    get: ['get', '/paper-forms/{serial}'],
    enter: ['post', '/paper-forms/{serial}/entries'],
    resolve: ['post', '/paper-forms/{serial}/resolution'],
  }),
  public: group('public', '/public', { survey: ['get', '/surveys/{code}'], respond: ['post', '/surveys/{code}/responses'] }),
} satisfies { readonly [G in keyof Contracts]: { readonly [K in keyof Contracts[G]]: Endpoint & { readonly group: G } } }
