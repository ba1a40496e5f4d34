import { defineCatalog } from '../../i18n/translate'

export const organisationMessages = defineCatalog(
  {
    title: 'Cơ quan phối hợp',
    intro: 'Các cơ quan có thành viên trong đoàn khảo sát (Sở Nội vụ, Ủy ban MTTQ…). Mỗi tài khoản có thể thuộc một cơ quan.',
    name: 'Tên cơ quan',
    add: 'Thêm cơ quan',
    added: 'Đã thêm {name}.',
  },
  {
    title: 'Partner organisations',
    intro: 'The organisations whose members sit on survey teams (Department of Home Affairs, Fatherland Front…). Each account may belong to one.',
    name: 'Organisation name',
    add: 'Add organisation',
    added: '{name} added.',
  },
)
