import type { Organisation } from '../../../shared/organisations/schemas'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'

/** The options of an account's organisation select: none, then each organisation. */
export function OrganisationOptions({ organisations }: { organisations: Organisation[] }) {
  const common = useT(adminMessages)
  return (
    <>
      <option value="">{common('common.none')}</option>
      {organisations.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </>
  )
}
