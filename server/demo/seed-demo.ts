import type { AgencyKind } from '../../shared/agencies/schemas'
import { yearInVietnam } from '../../shared/calendar/vietnam-time'
import { recordAudit } from '../audit/record-audit'
import type { AppContext } from '../http/context'
import { seedDemoPlan } from './seed-demo-plan'

interface DemoAgency {
  code: string
  name: string
  kind: AgencyKind
  children?: DemoAgency[]
}

const department = (code: string, name: string, children?: DemoAgency[]): DemoAgency => ({ code, name, kind: 'department', children })
const unit = (code: string, name: string): DemoAgency => ({ code, name, kind: 'public_service_unit' })
const commune = (code: string, name: string): DemoAgency => ({ code, name, kind: 'commune' })

/** A two-tier demo province (after 1 July 2025: province and communes, no districts). */
export const DEMO_PROVINCE: DemoAgency = {
  code: 'DEMO-SL',
  name: 'Tỉnh Sơn La (demo)',
  kind: 'province',
  children: [
    { code: 'DEMO-TTPVHCC', name: 'Trung tâm Phục vụ hành chính công tỉnh', kind: 'service_centre' },
    department('DEMO-SNV', 'Sở Nội vụ'),
    department('DEMO-STP', 'Sở Tư pháp', [unit('DEMO-TTTGPL', 'Trung tâm Trợ giúp pháp lý nhà nước')]),
    department('DEMO-SNNMT', 'Sở Nông nghiệp và Môi trường', [unit('DEMO-VPDKDD', 'Văn phòng Đăng ký đất đai')]),
    department('DEMO-SXD', 'Sở Xây dựng'),
    department('DEMO-STC', 'Sở Tài chính'),
    department('DEMO-SCT', 'Sở Công Thương'),
    department('DEMO-SYT', 'Sở Y tế', [unit('DEMO-BVDK', 'Bệnh viện Đa khoa tỉnh'), unit('DEMO-CDC', 'Trung tâm Kiểm soát bệnh tật tỉnh')]),
    department('DEMO-SGDDT', 'Sở Giáo dục và Đào tạo'),
    department('DEMO-SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch'),
    department('DEMO-SKHCN', 'Sở Khoa học và Công nghệ'),
    department('DEMO-SDTTG', 'Sở Dân tộc và Tôn giáo'),
    { code: 'DEMO-BHXH', name: 'Bảo hiểm xã hội tỉnh', kind: 'other' },
    { code: 'DEMO-CA', name: 'Công an tỉnh (thủ tục hành chính)', kind: 'other' },
    commune('DEMO-P-TOHIEU', 'UBND phường Tô Hiệu'),
    commune('DEMO-P-CHIENGAN', 'UBND phường Chiềng An'),
    commune('DEMO-P-CHIENGCOI', 'UBND phường Chiềng Cơi'),
    commune('DEMO-P-CHIENGSINH', 'UBND phường Chiềng Sinh'),
    commune('DEMO-X-MUONGLA', 'UBND xã Mường La'),
    commune('DEMO-X-THUANCHAU', 'UBND xã Thuận Châu'),
    commune('DEMO-X-MAISON', 'UBND xã Mai Sơn'),
    commune('DEMO-X-MOCCHAU', 'UBND phường Mộc Châu'),
    commune('DEMO-X-YENCHAU', 'UBND xã Yên Châu'),
    commune('DEMO-X-SONGMA', 'UBND xã Sông Mã'),
    commune('DEMO-X-BACYEN', 'UBND xã Bắc Yên'),
    commune('DEMO-X-PHUYEN', 'UBND xã Phù Yên'),
    commune('DEMO-X-QUYNHNHAI', 'UBND xã Quỳnh Nhai'),
  ],
}

/** The five units the demo campaign surveys, as the provincial plan does each year. */
export const DEMO_CAMPAIGN_UNITS = ['DEMO-TTPVHCC', 'DEMO-STP', 'DEMO-VPDKDD', 'DEMO-P-TOHIEU', 'DEMO-X-MUONGLA']

/**
 * Seeds the demo province, only into a database without agencies: ~30 agencies, this
 * year's SIPAS 2017 campaign over 5 units, open, and the Sơn La plan 2020–2022 with a
 * closed campaign of generated answers each year (seed-demo-plan.ts). Returns false when it seeded nothing.
 */
export async function seedDemo(ctx: AppContext): Promise<boolean> {
  const year = yearInVietnam()
  return ctx.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('agencies').select('id').limit(1).executeTakeFirst()) return false
    const ids = new Map<string, number>()
    const insert = async (agency: DemoAgency, parentId: number | null) => {
      const { id } = await trx
        .insertInto('agencies')
        .values({ code: agency.code, name: agency.name, kind: agency.kind, parent_id: parentId })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.set(agency.code, id)
      for (const child of agency.children ?? []) await insert(child, id)
    }
    await insert(DEMO_PROVINCE, null)
    const questionnaire = await trx
      .selectFrom('questionnaires')
      .select(['id', 'definition'])
      .where('builtin', '=', true)
      .where('kind', '=', 'sipas2017')
      .executeTakeFirstOrThrow()
    const campaign = await trx
      .insertInto('campaigns')
      .values({
        name: `Khảo sát sự hài lòng năm ${year} (demo)`,
        year,
        starts_on: `${year}-01-01`,
        ends_on: `${year}-12-31`,
        questionnaire_id: questionnaire.id,
        status: 'open',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx
      .insertInto('campaign_units')
      .values(DEMO_CAMPAIGN_UNITS.map((code) => ({ campaign_id: campaign.id, agency_id: ids.get(code)! })))
      .execute()
    const planId = await seedDemoPlan(trx, ids, questionnaire)
    await recordAudit(trx, {
      userId: null,
      action: 'seed_demo',
      entity: 'agency',
      entityId: null,
      details: { agencies: ids.size, campaignId: campaign.id, planId },
    })
    return true
  })
}
