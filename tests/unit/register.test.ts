import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/lib/content/load.ts';
import { tasksToIcs } from '../../src/lib/tasks/export-ics.ts';
import {
  agenciesOf,
  agencyInSentence,
  documentCalendarId,
  effectiveDate,
  groupByQuarter,
  groupByStatus,
  isDatable,
  quarterOf,
  roleSummary,
  taskTally,
  sharedVia,
  sharedAssignments,
  sortByUrgency,
  statusCounts,
  recurringDueSoon,
  tasksOf,
} from '../../src/lib/tasks/register.ts';
import type { AgencyRef, Deadline, Task } from '../../src/lib/tasks/types.ts';

const DOC: Task['document'] = {
  id: 'dien-bien/08-ct-tu-2026',
  number: '08-CT/TU',
  title: 'Chỉ thị về đổi mới công tác thi hành pháp luật',
  url: '/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/',
  issued: '2026-02-23',
  province: 'Điện Biên',
};

const SO_TU_PHAP: AgencyRef = { name: 'Sở Tư pháp', orgId: 'so-tu-phap-dien-bien', slug: 'so-tu-phap-dien-bien' };
const DANG_UY_UBND: AgencyRef = { name: 'Đảng ủy UBND tỉnh', orgId: 'dang-uy-ubnd-tinh-dien-bien', slug: 'dang-uy-ubnd-tinh-dien-bien' };
const DIA_PHUONG: AgencyRef = { name: 'các địa phương', orgId: null, slug: 'dien-bien--cac-dia-phuong' };

function deadline(fields: Partial<Deadline> & Pick<Deadline, 'text' | 'kind'>): Deadline {
  return { due: null, start: null, until: null, rrule: null, time: null, note: null, problem: null, ...fields };
}

function makeTask(key: string, fields: Partial<Task> = {}): Task {
  return {
    id: `dien-bien--08-ct-tu-2026--${key}`,
    document: DOC,
    ref: `${key}.`,
    anchor: `bang-nv-${key}`,
    content: `Nhiệm vụ ${key}`,
    overseers: [DANG_UY_UBND],
    leads: [SO_TU_PHAP],
    coordinators: [DIA_PHUONG],
    product: 'Kế hoạch',
    deadline: deadline({ text: 'Theo Kế hoạch', kind: 'unspecified' }),
    status: 'unspecified',
    statusLabel: 'Chưa xác định thời hạn',
    next: null,
    progress: null,
    ...fields,
  };
}

// Rows shaped like 08-CT/TU's appendix, as of 2026-11-23.
const QUY_II = makeTask('2', {
  deadline: deadline({ text: 'Quý II/2026', kind: 'period', due: '2026-06-30', start: '2026-04-01', until: '2026-06-30' }),
  status: 'overdue', statusLabel: 'Quá hạn – chưa có báo cáo', next: '2026-06-30',
});
const TRUOC_31_5 = makeTask('3', {
  leads: [{ name: 'Các sở, ngành theo chức năng, nhiệm vụ, lĩnh vực quản lý', orgId: null, slug: 'dien-bien--cac-so-nganh' }],
  deadline: deadline({ text: 'Hoàn thành trước ngày 31/5/2026', kind: 'date', due: '2026-05-30' }),
  status: 'overdue', statusLabel: 'Quá hạn – chưa có báo cáo', next: '2026-05-30',
});
const THUONG_XUYEN = makeTask('7', {
  deadline: deadline({ text: 'Thường xuyên (2026-2030)', kind: 'ongoing', start: '2026-01-01', until: '2030-12-31' }),
  status: 'ongoing', statusLabel: 'Thường xuyên',
});
const HANG_THANG = makeTask('8', {
  deadline: deadline({ text: 'Thực hiện định kỳ hằng tháng hoặc hằng quý', kind: 'recurring', due: '2026-02-28', start: '2026-02-28', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' }),
  status: 'recurring', statusLabel: 'Định kỳ – kỳ tới 30/11/2026', next: '2026-11-30',
});
const HANG_NAM = makeTask('11', {
  // Sở Tư pháp is named twice in one cell on purpose: the task must still be listed once.
  leads: [{ name: 'Các Ban HĐND tỉnh', orgId: null, slug: 'dien-bien--cac-ban-hdnd-tinh' }, SO_TU_PHAP, SO_TU_PHAP],
  coordinators: [SO_TU_PHAP],
  deadline: deadline({ text: 'Hàng năm', kind: 'recurring', due: '2026-12-31', start: '2026-12-31', rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31' }),
  status: 'recurring', statusLabel: 'Định kỳ – kỳ tới 31/12/2026', next: '2026-12-31',
});
const THEO_KE_HOACH = makeTask('13', { leads: [DANG_UY_UBND], overseers: [] });
// A weekly report whose document gives no date: the rule is known, the first day is not.
const HANG_TUAN = makeTask('bc1', {
  ref: 'BC1',
  deadline: deadline({ text: 'Hằng tuần (trước 15h ngày thứ Năm)', kind: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=TH', time: '15:00' }),
  status: 'recurring', statusLabel: 'Định kỳ',
});
const TASKS = [THEO_KE_HOACH, HANG_NAM, HANG_TUAN, THUONG_XUYEN, HANG_THANG, QUY_II, TRUOC_31_5];
const ids = (tasks: readonly Task[]) => tasks.map((t) => t.id.replace('dien-bien--08-ct-tu-2026--', ''));

describe('effectiveDate and sortByUrgency', () => {
  it('takes the next occurrence, else the deadline, else the start', () => {
    expect(effectiveDate(HANG_THANG)).toBe('2026-11-30');
    expect(effectiveDate(TRUOC_31_5)).toBe('2026-05-30');
    expect(effectiveDate(THUONG_XUYEN)).toBe('2030-12-31');
    expect(effectiveDate(makeTask('x', { deadline: deadline({ text: 'Thường xuyên', kind: 'ongoing', start: '2026-01-01' }) }))).toBeNull();
    expect(effectiveDate(HANG_TUAN)).toBeNull();
    expect(effectiveDate(THEO_KE_HOACH)).toBeNull();
  });

  it('puts the nearest date first, undated last, ties in row order', () => {
    // The ongoing task (7) counts at the end of its window, after every nearer deadline.
    expect(ids(sortByUrgency(TASKS))).toEqual(['3', '2', '8', '11', '7', '13', 'bc1']);
    const sameDay = [makeTask('10'), makeTask('9'), makeTask('1')];
    expect(ids(sortByUrgency(sameDay))).toEqual(['1', '9', '10']);
  });

  it('does not reorder its input', () => {
    const input = [...TASKS];
    sortByUrgency(input);
    expect(input).toEqual(TASKS);
  });
});

describe('quarterOf and groupByQuarter', () => {
  it('labels the quarter of the effective date in Roman numerals', () => {
    expect(quarterOf(QUY_II)).toEqual({ slug: '2026-q2', label: 'Quý II/2026' });
    expect(quarterOf(HANG_THANG)).toEqual({ slug: '2026-q4', label: 'Quý IV/2026' });
    expect(quarterOf(THUONG_XUYEN)).toEqual({ slug: '2030-q4', label: 'Quý IV/2030' });
    expect(quarterOf(makeTask('x', { deadline: deadline({ text: '30/9/2027', kind: 'date', due: '2027-09-30' }) }))).toEqual({ slug: '2027-q3', label: 'Quý III/2027' });
    expect(quarterOf(HANG_TUAN)).toBeNull();
  });

  it('groups quarters in date order with the undated last', () => {
    const groups = groupByQuarter(TASKS);
    expect(groups.map((g) => [g.slug, g.label, ids(g.tasks)])).toEqual([
      ['2026-q2', 'Quý II/2026', ['3', '2']],
      ['2026-q4', 'Quý IV/2026', ['8', '11']],
      ['2030-q4', 'Quý IV/2030', ['7']],
      ['chua-xac-dinh', 'Chưa xác định', ['13', 'bc1']],
    ]);
  });
});

describe('recurringDueSoon', () => {
  it('lists the recurring tasks whose next occurrence is within 30 days, nearest first', () => {
    // Row 8 on 30/11 and row 11 on 31/12; BC1 has no next occurrence (no first day).
    expect(ids(recurringDueSoon(TASKS, '2026-11-23'))).toEqual(['8']);
    // On 01/12, row 8's next occurrence moved to 20/12: both, nearest first.
    expect(ids(recurringDueSoon([HANG_NAM, QUY_II, HANG_TUAN, { ...HANG_THANG, next: '2026-12-20' }], '2026-12-01'))).toEqual(['8', '11']);
    // Thirty days ahead counts, thirty-one not; overdue and ongoing tasks never do, whatever their day.
    expect(ids(recurringDueSoon([...TASKS].reverse(), '2026-10-31'))).toEqual(['8']);
    expect(ids(recurringDueSoon(TASKS, '2026-10-30'))).toEqual([]);
  });
});

describe('statusCounts and groupByStatus', () => {
  it('counts every status in register order, zeros included', () => {
    expect(statusCounts(TASKS)).toEqual([
      { status: 'overdue', count: 2 },
      { status: 'due-soon', count: 0 },
      { status: 'upcoming', count: 0 },
      { status: 'recurring', count: 3 },
      { status: 'ongoing', count: 1 },
      { status: 'unspecified', count: 1 },
      { status: 'done', count: 0 },
    ]);
  });

  it('groups non-empty statuses, each nearest deadline first', () => {
    expect(groupByStatus(TASKS).map((g) => [g.status, ids(g.tasks)])).toEqual([
      ['overdue', ['3', '2']],
      ['recurring', ['8', '11', 'bc1']],
      ['ongoing', ['7']],
      ['unspecified', ['13']],
    ]);
  });
});

describe('agenciesOf', () => {
  const organizations = new Map([
    ['so-tu-phap-dien-bien', { name: 'Sở Tư pháp tỉnh Điện Biên', province: 'Điện Biên' }],
    ['dang-uy-ubnd-tinh-dien-bien', { name: 'Đảng ủy UBND tỉnh Điện Biên', province: 'Điện Biên' }],
  ]);
  const agencies = agenciesOf(TASKS, organizations);
  const bySlug = (slug: string) => agencies.find((a) => a.slug === slug)!;

  it('lists each body once, by slug, with its tasks by role, nearest deadline first', () => {
    const stp = bySlug('so-tu-phap-dien-bien');
    expect(stp.name).toBe('Sở Tư pháp tỉnh Điện Biên');
    expect(stp.orgId).toBe('so-tu-phap-dien-bien');
    expect(stp.province).toBe('Điện Biên');
    expect(ids(stp.roles.leads)).toEqual(['2', '8', '11', '7', 'bc1']);
    expect(ids(stp.roles.coordinates)).toEqual(['11']);
    expect(stp.roles.oversees).toEqual([]);
    expect(ids(tasksOf(stp))).toEqual(['2', '8', '11', '7', 'bc1']);
  });

  it('keeps the written name of bodies without a record, and the document province', () => {
    const dp = bySlug('dien-bien--cac-dia-phuong');
    expect(dp).toMatchObject({ name: 'các địa phương', orgId: null, province: 'Điện Biên' });
    expect(dp.roles.coordinates).toHaveLength(6);
    const ubnd = bySlug('dang-uy-ubnd-tinh-dien-bien');
    expect(ids(ubnd.roles.leads)).toEqual(['13']);
    expect(ids(ubnd.roles.oversees)).toEqual(['3', '2', '8', '11', '7', 'bc1']);
  });

  it('sorts agencies by name within a province, in Vietnamese alphabetical order (Đ before S)', () => {
    expect(agencies.map((a) => a.name)).toEqual([
      'Các Ban HĐND tỉnh',
      'các địa phương',
      'Các sở, ngành theo chức năng, nhiệm vụ, lĩnh vực quản lý',
      'Đảng ủy UBND tỉnh Điện Biên',
      'Sở Tư pháp tỉnh Điện Biên',
    ]);
  });
});

describe('agenciesOf, with general names that include a body (includedIn)', () => {
  const TN_DOC: Task['document'] = { ...DOC, id: 'thai-nguyen/chi-thi', number: null, province: 'Thái Nguyên' };
  // Written in upper case in another row: the same general name.
  const DIA_PHUONG_HOA = { ...DIA_PHUONG, name: 'Các địa phương' };
  const elsewhere = makeTask('tn1', { id: 'thai-nguyen--chi-thi--1', document: TN_DOC, leads: [{ name: 'các địa phương', orgId: null, slug: 'thai-nguyen--cac-dia-phuong' }], coordinators: [], overseers: [] });
  const upper = makeTask('20', { leads: [DANG_UY_UBND], coordinators: [DIA_PHUONG_HOA], overseers: [] });
  const organizations = new Map([
    ['so-tu-phap-dien-bien', { name: 'Sở Tư pháp tỉnh Điện Biên', province: 'Điện Biên', includedIn: ['Các sở, ngành theo chức năng, nhiệm vụ, lĩnh vực quản lý', 'các địa phương'] }],
    ['cap-xa-dien-bien', { name: 'Các xã, phường tỉnh Điện Biên', province: 'Điện Biên', includedIn: ['CÁC ĐỊA PHƯƠNG'] }],
  ]);
  const agencies = agenciesOf([...TASKS, elsewhere, upper], organizations);
  const bySlug = (slug: string) => agencies.find((a) => a.slug === slug)!;

  it('gives a record with no task of its own a page of the tasks given to its general names, by column', () => {
    const communes = bySlug('cap-xa-dien-bien');
    expect(communes).toMatchObject({ name: 'Các xã, phường tỉnh Điện Biên', orgId: 'cap-xa-dien-bien', province: 'Điện Biên' });
    expect(communes.roles).toEqual({ leads: [], coordinates: [], oversees: [] });
    // The rows of TASKS but 11 name "các địa phương" in Phối hợp, and row 20 "Các địa phương"; not the other province's row.
    expect(ids(communes.shared.coordinates)).toEqual(['3', '2', '8', '7', '13', '20', 'bc1']);
    expect(communes.shared.leads).toEqual([]);
    expect(communes.sharedNames).toEqual(['các địa phương']);
    expect(ids(tasksOf(communes))).toEqual(['3', '2', '8', '7', '13', '20', 'bc1']);
    expect(roleSummary(communes)).toBe('giao chung: phối hợp 7');
    expect(taskTally(communes)).toEqual({ tasks: 7, inSeveralRoles: 0 });
  });

  it('keeps a task a body is named in directly in its own roles only', () => {
    const stp = bySlug('so-tu-phap-dien-bien');
    expect(ids(stp.roles.leads)).toEqual(['2', '8', '11', '7', 'bc1']);
    // Row 3 is led by "Các sở, ngành…" and coordinated by "các địa phương": shared once, in both columns.
    expect(ids(stp.shared.leads)).toEqual(['3']);
    expect(ids(stp.shared.coordinates)).toEqual(['3', '13', '20']);
    expect(ids(tasksOf(stp))).toEqual(['3', '2', '8', '11', '7', '13', '20', 'bc1']);
    expect(roleSummary(stp)).toBe('chủ trì 5, phối hợp 1; giao chung: chủ trì 1, phối hợp 3');
    // Ten roles in eight tasks: row 11 it leads and coordinates, row 3 it shares in two columns.
    expect(taskTally(stp)).toEqual({ tasks: 8, inSeveralRoles: 2 });
    expect(sharedVia(stp, TRUOC_31_5, 'leads')).toEqual(['Các sở, ngành theo chức năng, nhiệm vụ, lĩnh vực quản lý']);
    expect(sharedVia(stp, TRUOC_31_5, 'coordinates')).toEqual(['các địa phương']);
  });

  it('lists, for the exports, who is given each task in common, in which column and through which name', () => {
    const shared = sharedAssignments(agencies);
    expect(shared.get(TRUOC_31_5.id)).toEqual([
      { organization: 'cap-xa-dien-bien', name: 'Các xã, phường tỉnh Điện Biên', role: 'coordinators', via: ['các địa phương'] },
      { organization: 'so-tu-phap-dien-bien', name: 'Sở Tư pháp tỉnh Điện Biên', role: 'leads', via: ['Các sở, ngành theo chức năng, nhiệm vụ, lĩnh vực quản lý'] },
      { organization: 'so-tu-phap-dien-bien', name: 'Sở Tư pháp tỉnh Điện Biên', role: 'coordinators', via: ['các địa phương'] },
    ]);
    // Row 20 writes the name with a capital; row 11 names no general name; the other province's row none of these records.
    expect(shared.get(upper.id)!.map((a) => [a.organization, a.via])).toEqual([['cap-xa-dien-bien', ['Các địa phương']], ['so-tu-phap-dien-bien', ['Các địa phương']]]);
    expect(shared.has(TASKS.find((t) => t.ref === '11.')!.id)).toBe(false);
    expect(shared.has(elsewhere.id)).toBe(false);
  });

  it('names every general name of a column that brings a task, the second of a row too', () => {
    const both = makeTask('21', { leads: [{ name: 'Các đảng ủy trực thuộc', orgId: null, slug: 'dien-bien--cac-dang-uy-truc-thuoc' }, DIA_PHUONG], coordinators: [], overseers: [] });
    const records = new Map([['cap-xa-dien-bien', { name: 'Các xã, phường tỉnh Điện Biên', province: 'Điện Biên', includedIn: ['các địa phương', 'Các đảng ủy trực thuộc'] }]]);
    const communes = agenciesOf([both], records).find((a) => a.slug === 'cap-xa-dien-bien')!;
    expect(ids(communes.shared.leads)).toEqual(['21']);
    expect(sharedVia(communes, both, 'leads')).toEqual(['Các đảng ủy trực thuộc', 'các địa phương']);
    expect(sharedAssignments([communes]).get(both.id)).toEqual([{ organization: 'cap-xa-dien-bien', name: 'Các xã, phường tỉnh Điện Biên', role: 'leads', via: ['Các đảng ủy trực thuộc', 'các địa phương'] }]);
  });

  it('leaves the general name’s own page as it was', () => {
    expect(ids(bySlug('dien-bien--cac-dia-phuong').roles.coordinates)).toEqual(['3', '2', '8', '7', '13', '20', 'bc1']);
    expect(bySlug('dien-bien--cac-dia-phuong').shared).toEqual({ leads: [], coordinates: [], oversees: [] });
  });
});

describe('agencyInSentence', () => {
  it('keeps an organization’s name, and writes a group named as written in lower case with its province', () => {
    expect(agencyInSentence({ name: 'Sở Tư pháp tỉnh Điện Biên', orgId: 'so-tu-phap-dien-bien', province: 'Điện Biên' })).toBe('Sở Tư pháp tỉnh Điện Biên');
    expect(agencyInSentence({ name: 'Các cơ quan, đơn vị liên quan', orgId: null, province: 'Thái Nguyên' })).toBe('các cơ quan, đơn vị liên quan (tỉnh Thái Nguyên)');
    expect(agencyInSentence({ name: 'Người đứng đầu các cơ quan', orgId: null, province: null })).toBe('người đứng đầu các cơ quan');
    expect(agencyInSentence({ name: 'sở Khoa học và Công nghệ', orgId: null, province: 'Điện Biên' })).toBe('Sở Khoa học và Công nghệ');
    // A record of the communes says its province in its name.
    expect(agencyInSentence({ name: 'Các xã, phường tỉnh Điện Biên', orgId: 'cap-xa-dien-bien', province: 'Điện Biên' })).toBe('các xã, phường tỉnh Điện Biên');
  });
});

describe('isDatable', () => {
  it('agrees with the events tasksToIcs writes', () => {
    // A rule with no first day (the document states no issue date) and its next occurrence.
    const nextOnly = makeTask('bc2', {
      deadline: deadline({ text: 'Hằng tháng (trước ngày 16)', kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=15' }),
      status: 'recurring', statusLabel: 'Định kỳ – kỳ tới 15/12/2026', next: '2026-12-15',
    });
    const tasks = [...TASKS, nextOnly];
    const text = tasksToIcs({ asOf: '2026-11-23', siteUrl: 'https://phapluat.example.gov.vn', tasks }, { name: 'Thử', description: 'Thử.' });
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(uids.sort()).toEqual(tasks.filter(isDatable).map((t) => `${t.id}@phapluat.example.gov.vn`).sort());
    // BC1 here is a rule with no day at all (no first day, no next occurrence).
    expect(ids(tasks.filter(isDatable)).sort()).toEqual(['11', '2', '3', '8', 'bc2']);
  });

  it('names document calendars after the document id', () => {
    expect(documentCalendarId('dien-bien/08-ct-tu-2026')).toBe('dien-bien--08-ct-tu-2026');
  });
});

describe('the bundled register', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const { corpus, errors } = loadContent(`${root}content`, root, { PORTAL_AS_OF: '2026-11-23' });
  const tasks = corpus!.tasks;
  const agencies = agenciesOf(tasks, corpus!.organizations);
  const refs = (list: readonly Task[]) => list.map((t) => `${t.document.number ?? t.document.id} ${t.ref}`);

  it('loads without errors', () => {
    expect(errors).toEqual([]);
    expect(tasks).toHaveLength(22);
  });

  // 08-CT/TU appendix, column "Chủ trì tham mưu thực hiện": "Sở Tư pháp" alone in rows 2, 6, 7
  // and 8, and as one of three in row 11 ("Các Ban HĐND tỉnh; Sở Tư pháp; các tổ chức …").
  it('finds the tasks Sở Tư pháp Điện Biên leads, nearest deadline first', () => {
    const stp = agencies.find((a) => a.slug === 'so-tu-phap-dien-bien')!;
    expect(stp.name).toBe('Sở Tư pháp tỉnh Điện Biên');
    expect(stp.province).toBe('Điện Biên');
    expect(refs(stp.roles.leads)).toEqual(['08-CT/TU 2.', '08-CT/TU 6.', '08-CT/TU 8.', '08-CT/TU 11.', '08-CT/TU 7.']);
    expect(stp.roles.coordinates).toEqual([]);
    expect(stp.roles.oversees).toEqual([]);
  });

  // Thái Nguyên: Sở Tư pháp is the standing office that receives reports BC1 and BC2, a role the
  // directive gives it in none of its rows; the register keeps it apart from Điện Biên's all the same.
  it('keeps the two provinces’ Sở Tư pháp apart, and gives Thái Nguyên’s no role its directive does not state', () => {
    const tn = agencies.find((a) => a.slug === 'so-tu-phap-thai-nguyen');
    expect(tn).toBeUndefined();
    const db = agencies.find((a) => a.slug === 'so-tu-phap-dien-bien')!;
    expect(db.province).toBe('Điện Biên');
    expect(tasks.filter((t) => t.document.province === 'Thái Nguyên').flatMap((t) => [...t.leads, ...t.coordinators, ...t.overseers]).map((a) => a.name)).not.toContain('Sở Tư pháp');
  });

  // Thái Nguyên, mục 7: each body the directive names has its row, under its own record.
  it('gives each body named in mục 7 of the Thái Nguyên directive its task', () => {
    const leads = (slug: string) => refs(agencies.find((a) => a.slug === slug)?.roles.leads ?? []);
    const TN = 'thai-nguyen/chi-thi-xay-dung-va-thi-hanh-phap-luat';
    expect(leads('dang-uy-ubnd-tinh-thai-nguyen')).toEqual([`${TN} 7.2`]);
    expect(leads('dang-uy-mttq-tinh-thai-nguyen')).toEqual([`${TN} 7.3`]);
    expect(leads('ban-noi-chinh-tinh-uy-thai-nguyen')).toEqual([`${TN} 7.4`]);
    expect(leads('thai-nguyen--cac-dang-uy-truc-thuoc-tinh-uy')).toEqual([`${TN} 7.1`]);
  });

  it('gives every task with a lead to its lead agencies, and matched agencies their org id as slug', () => {
    for (const task of tasks) {
      for (const lead of task.leads) expect(agencies.find((a) => a.slug === lead.slug)!.roles.leads).toContain(task);
    }
    for (const a of agencies) if (a.orgId) expect(a.slug).toBe(a.orgId);
    // Ban Thường vụ Tỉnh ủy Thái Nguyên oversees the rows its directive says answer to it: (1), (2)
    // ("chịu trách nhiệm … trước Ban Thường vụ Tỉnh ủy") and 7.4 ("giúp Ban Thường vụ Tỉnh ủy theo dõi").
    const btv = agencies.find((a) => a.slug === 'ban-thuong-vu-tinh-uy-thai-nguyen')!;
    expect(btv.roles.oversees.map((t) => t.ref).sort()).toEqual(['(1)', '(2)', '7.4']);
  });

  it('counts statuses as of 23/11/2026', () => {
    const counts = Object.fromEntries(statusCounts(tasks).map((c) => [c.status, c.count]));
    expect(counts).toEqual({ overdue: 6, 'due-soon': 0, upcoming: 0, recurring: 6, ongoing: 4, unspecified: 6, done: 0 });
  });
});
