import { useState } from 'preact/hooks'
import { endpoints } from '../../../shared/api/endpoints'
import type { Role } from '../../../shared/auth/schemas'
import type { CampaignTeam, SurveyorInterviews } from '../../../shared/campaigns/team'
import type { Organisation } from '../../../shared/organisations/schemas'
import type { User } from '../../../shared/users/schemas'
import { call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { Alert } from '../ui/Alert'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { useSubmit } from '../ui/use-submit'
import { teamMessages } from './messages'

/** Who may be on a survey team: surveyors, and viewers of a partner organisation. */
const isCandidate = (user: User) => user.active && (user.role === 'surveyor' || (user.role === 'viewer' && user.organisationId !== null))

function MemberLine({ name, email, role, organisation }: { name: string; email: string; role: Role; organisation: string | null | undefined }) {
  const common = useT(adminMessages)
  return (
    <span>
      <strong>{name}</strong> <small class="muted">{email}</small>
      <br />
      <small class="muted">
        {common(`role.${role}`)}
        {organisation && ` · ${organisation}`}
      </small>
    </span>
  )
}

function TeamEditor({
  team,
  users,
  organisations,
  interviews,
  onSaved,
}: {
  team: CampaignTeam
  users: User[]
  organisations: Organisation[]
  interviews: SurveyorInterviews
  onSaved: () => void
}) {
  const t = useT(teamMessages)
  const common = useT(adminMessages)
  const submit = useSubmit()
  const [chosen, setChosen] = useState(() => new Set(team.members.map((m) => m.id)))
  const [saved, setSaved] = useState(false)
  const organisationName = new Map(organisations.map((o) => [o.id, o.name]))
  const recorded = new Map(interviews.map((i) => [i.surveyorId, i]))
  const candidates = users.filter((u) => isCandidate(u) || chosen.has(u.id))
  const toggle = (id: number) => {
    setSaved(false)
    setChosen((current) => {
      const next = new Set(current)
      if (!next.delete(id)) next.add(id)
      return next
    })
  }
  const save = async () => {
    if (await submit.run(() => call(endpoints.teams.set, { params: { id: team.campaignId }, body: { userIds: [...chosen] } }))) {
      setSaved(true)
      onSaved()
    }
  }
  if (candidates.length === 0) return <p class="muted">{t('noCandidates')}</p>
  return (
    <fieldset class="team-editor">
      <legend>{t('candidates')}</legend>
      {submit.error && <Alert>{Object.values(submit.fields)[0] ?? submit.error}</Alert>}
      <ul class="unit-list">
        {candidates.map((user) => (
          <li key={user.id}>
            <label class="checkbox">
              <input type="checkbox" checked={chosen.has(user.id)} onChange={() => toggle(user.id)} />
              <MemberLine
                name={user.name}
                email={user.email}
                role={user.role}
                organisation={user.organisationId === null ? null : organisationName.get(user.organisationId)}
              />
            </label>
            {recorded.has(user.id) && (
              <small class="muted interviews">{t('interviews', { count: recorded.get(user.id)!.interviews, flagged: recorded.get(user.id)!.flagged })}</small>
            )}
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="button primary" disabled={submit.busy} onClick={save}>
          {common('common.save')}
        </button>
        {saved && <span role="status">{t('saved')}</span>}
      </div>
    </fieldset>
  )
}

/** The campaign's survey team: admins assign accounts (the team API); others see who is on it. */
export function TeamCard({ campaignId, admin }: { campaignId: number; admin: boolean }) {
  const t = useT(teamMessages)
  const [resource, reload] = useReloadable(
    async (signal) => {
      const [team, users, organisations, interviews] = await Promise.all([
        call(endpoints.teams.get, { params: { id: campaignId }, signal }),
        admin ? call(endpoints.users.list, { signal }) : Promise.resolve(null),
        admin ? call(endpoints.organisations.list, { signal }) : Promise.resolve([]),
        // who recorded which answers is for admins only
        admin ? call(endpoints.teams.interviews, { params: { id: campaignId }, signal }) : Promise.resolve([]),
      ])
      return { team, users, organisations, interviews }
    },
    [campaignId, admin],
  )
  return (
    <section class="card team">
      <h2>{t('title')}</h2>
      <p class="muted">{t('intro')}</p>
      <Loaded resource={resource}>
        {({ team, users, organisations, interviews }) =>
          users ? (
            <TeamEditor team={team} users={users} organisations={organisations} interviews={interviews} onSaved={reload} />
          ) : team.members.length === 0 ? (
            <p class="muted">{t('empty')}</p>
          ) : (
            <ul class="unit-list">
              {team.members.map((member) => (
                <li key={member.id}>
                  <MemberLine name={member.name} email={member.email} role={member.role} organisation={member.organisationName} />
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  )
}
