/**
 * A small task register for the export tests (JSON, CSV, Excel, iCalendar): six tasks of
 * 08-CT/TU's kinds of deadline, as the register builds them.
 */
import type { TaskExportInput } from '../../src/lib/tasks/export-json.ts';
import type { Deadline, Task } from '../../src/lib/tasks/types.ts';

export const DOC: Task['document'] = {
  id: 'dien-bien/08-ct-tu-2026',
  number: '08-CT/TU',
  title: 'về đổi mới công tác thi hành pháp luật, ban hành cơ chế, chính sách tạo động lực phát triển',
  url: '/van-ban/dien-bien/2026/08-ct-tu/',
  issued: '2026-02-23',
  province: 'Điện Biên',
};

export function deadline(fields: Partial<Deadline> & Pick<Deadline, 'text' | 'kind'>): Deadline {
  return { due: null, start: null, until: null, rrule: null, time: null, note: null, problem: null, ...fields };
}

export function makeTask(key: string, fields: Partial<Task> = {}): Task {
  return {
    id: `${DOC.id}/0/${key}`,
    document: DOC,
    ref: `${key}.`,
    anchor: `nhiem-vu-${key}`,
    content: `Nhiệm vụ ${key}`,
    overseers: [{ name: 'Đảng ủy UBND tỉnh', orgId: 'dang-uy-ubnd-tinh-dien-bien', slug: 'dang-uy-ubnd-tinh-dien-bien' }],
    leads: [{ name: 'Sở Tư pháp', orgId: 'so-tu-phap-dien-bien', slug: 'so-tu-phap-dien-bien' }],
    coordinators: [],
    product: 'Kế hoạch',
    deadline: deadline({ text: 'Theo Kế hoạch', kind: 'unspecified' }),
    status: 'unspecified',
    statusLabel: 'Chưa xác định thời hạn',
    next: null,
    progress: null,
    ...fields,
  };
}

export const LONG =
  'Rà soát, ban hành cơ chế, chính sách nhằm bảo đảm thi hành văn bản quy phạm pháp luật cấp trên; chính sách nhằm bảo đảm quốc phòng – an ninh';

export const TASKS: Task[] = [
  makeTask('3', {
    content: LONG,
    deadline: deadline({ text: 'Hoàn thành trước ngày 31/5/2026', kind: 'date', due: '2026-05-31' }),
    status: 'upcoming',
    statusLabel: 'Chưa đến hạn',
  }),
  makeTask('2', {
    coordinators: [
      { name: 'Các sở, ban, ngành liên quan', orgId: null, slug: 'dien-bien--cac-so-ban-nganh-lien-quan' },
      { name: 'các địa phương', orgId: null, slug: 'dien-bien--cac-dia-phuong' },
    ],
    product: 'Báo cáo "sơ kết", tổng kết\ndòng hai',
    deadline: deadline({ text: 'Quý II/2026', kind: 'period', due: '2026-06-30', start: '2026-04-01', until: '2026-06-30' }),
    status: 'due-soon',
    statusLabel: 'Sắp đến hạn',
  }),
  makeTask('7', {
    deadline: deadline({ text: 'Thường xuyên (2026-2030)', kind: 'ongoing', start: '2026-01-01', until: '2030-12-31' }),
    status: 'ongoing',
    statusLabel: 'Thường xuyên',
  }),
  makeTask('8', {
    deadline: deadline({
      text: 'Hằng tuần (trước 15h ngày thứ Năm)', kind: 'recurring', due: '2026-03-05', start: '2026-03-02',
      until: '2026-12-31', rrule: 'FREQ=WEEKLY;BYDAY=TH', time: '15:00',
    }),
    status: 'recurring',
    statusLabel: 'Định kỳ',
    next: '2026-03-05',
  }),
  makeTask('9', {
    deadline: deadline({ text: 'Hàng năm', kind: 'recurring', due: '2026-12-31', rrule: 'FREQ=YEARLY' }),
    status: 'recurring',
    statusLabel: 'Định kỳ',
    next: '2026-12-31',
  }),
  makeTask('13'),
];

export const REGISTER: TaskExportInput = { asOf: '2026-03-01', siteUrl: 'https://phapluat.example.gov.vn/cong', tasks: TASKS };
export const DOC_URL = 'https://phapluat.example.gov.vn/cong/van-ban/dien-bien/2026/08-ct-tu/';
