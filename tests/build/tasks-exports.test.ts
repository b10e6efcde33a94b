/**
 * The register as built (as of 2026-11-23): the JSON, CSV, Excel and iCalendar exports agree with each
 * other and with the register, and each agency page lists exactly that agency's tasks.
 */
import ICAL from 'ical.js';
import ExcelJS from 'exceljs';
import { describe, it, expect, inject } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage, visibleText } from '../support/html.ts';
import { parseCsv } from '../support/csv.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { agenciesOf, tasksOf } from '../../src/lib/tasks/register.ts';

const siteDir = inject('siteDir');

interface JsonAgency { name: string; organization: string | null }
interface JsonTask {
  id: string;
  document: { number: string | null; title: string; url: string };
  ref: string;
  overseers: JsonAgency[];
  leads: JsonAgency[];
  coordinators: JsonAgency[];
  shared: { organization: string; name: string; role: 'leads' | 'coordinators' | 'overseers'; via: string[] }[];
  deadline: { text: string; kind: string; due: string | null; start: string | null; until: string | null; rrule: string | null; time: string | null; note: string | null; problem: { code: string; message: string } | null };
  status: string;
  next: string | null;
}

const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');
const json = JSON.parse(read('api/tasks.json')) as { asOf: string; tasks: JsonTask[] };
const byRef = (prefix: string, ref: string) => json.tasks.find((t) => t.id.startsWith(prefix) && t.ref === ref)!;
const DB = 'dien-bien--08-ct-tu-2026--';
const TN = 'thai-nguyen--chi-thi-xay-dung-va-thi-hanh-phap-luat--';
const host = new URL(json.tasks[0]!.document.url).host;

/** Ids of the task cards on a built page, in page order. */
function cardIds(path: string): string[] {
  return [...readPage(siteDir, path).matchAll(/data-task-id="([^"]+)"/g)].map((m) => m[1]!);
}

/** Written from the deadline fields here, not with the code under test: a day to put the event on. */
function datable(t: JsonTask): boolean {
  const d = t.deadline;
  if (d.kind === 'date' || d.kind === 'period') return d.due !== null;
  return d.kind === 'recurring' && (d.due ?? d.start ?? t.next) !== null;
}

function parseIcs(path: string): { calendar: ICAL.Component; events: ICAL.Component[]; text: string } {
  const text = read(path);
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent'), text };
}

const uidOf = (e: ICAL.Component) => String(e.getFirstPropertyValue('uid'));

describe('/api/tasks.json', () => {
  it('has the 22 tasks of the register as of 23/11/2026', () => {
    expect(json.asOf).toBe(TEST_AS_OF);
    expect(json.tasks).toHaveLength(22);
    const refs = (prefix: string) => json.tasks.filter((t) => t.id.startsWith(prefix)).map((t) => t.ref);
    expect(refs(DB)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.', '10.', '11.', '12.', '13']);
    expect(refs(TN)).toEqual(['(1)', '(2)', 'BC1', '(3)', 'BC2', '7.1', '7.2', '7.3', '7.4']);
    expect(new Set(json.tasks.map((t) => t.id)).size).toBe(22);
  });

  it('normalizes the deadlines of the appendix rows', () => {
    expect(byRef(DB, '2.')).toMatchObject({
      deadline: { text: 'Quý II/2026', kind: 'period', due: '2026-06-30', start: '2026-04-01', until: '2026-06-30' },
      status: 'overdue',
      leads: [{ name: 'Sở Tư pháp', organization: 'so-tu-phap-dien-bien' }],
    });
    expect(byRef(DB, '8.')).toMatchObject({ deadline: { kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' }, status: 'recurring', next: '2026-11-30' });
    expect(byRef(DB, '13').deadline).toMatchObject({ text: 'Theo Kế hoạch', kind: 'unspecified', due: null });
    expect(byRef(TN, '(1)')).toMatchObject({ deadline: { text: 'xong trước ngày 15/8/2026', kind: 'date', due: '2026-08-14' }, status: 'overdue' });
    // Thái Nguyên's directive states no issue date: its reports' rules have no first day, and
    // their next occurrences are counted from the as-of day (Monday 23/11/2026).
    expect(byRef(TN, 'BC1')).toMatchObject({
      deadline: { text: 'Hằng tuần (trước 15h ngày thứ Năm)', kind: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=TH', time: '15:00', start: null },
      status: 'recurring',
      next: '2026-11-26',
      // The reports go to Sở Tư pháp, the standing office, to be compiled: the directive does not make it a coordinator.
      coordinators: [],
    });
    // The editors' table says where the directive states no time, and the register reads it so.
    expect(byRef(TN, '7.1')).toMatchObject({ deadline: { text: 'Không ghi thời hạn', kind: 'unspecified', note: 'Văn bản không nêu thời hạn.', problem: null }, status: 'unspecified' });
    expect(byRef(TN, 'BC2')).toMatchObject({ deadline: { rrule: 'FREQ=MONTHLY;BYMONTHDAY=15', start: null }, next: '2026-12-15' });
  });

  it('agrees with the register the pages are built from', () => {
    const { corpus } = loadContent(join(ROOT, 'content'), ROOT, { PORTAL_AS_OF: TEST_AS_OF });
    expect(json.tasks.map((t) => [t.id, t.status, t.next])).toEqual(corpus!.tasks.map((t) => [t.id, t.status, t.next]));
    expect(cardIds('/nhiem-vu/').sort()).toEqual(json.tasks.map((t) => t.id).sort());
  });
});

describe('tasks given in common in the exports', () => {
  it('name in tasks.json each body a general name of the row includes, as its record says, and the CSV says the same', () => {
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
    const { corpus } = loadContent(join(ROOT, 'content'), ROOT, { PORTAL_AS_OF: TEST_AS_OF });
    const columns = ['leads', 'coordinators', 'overseers'] as const;
    // Worked out here from the records and the rows: a body named in a row directly is not given it in common.
    const expected = json.tasks.flatMap((t) => {
      const province = corpus!.tasks.find((x) => x.id === t.id)!.document.province;
      const direct = new Set(columns.flatMap((c) => t[c]).flatMap((a) => (a.organization ? [a.organization] : [])));
      return [...corpus!.organizations].flatMap(([id, org]) => {
        if (org.province !== province || direct.has(id)) return [];
        const general = new Set(org.includedIn.map(fold));
        return columns.flatMap((role) => {
          const via = t[role].filter((a) => general.has(fold(a.name))).map((a) => a.name);
          return via.length ? [`${t.id} ${id} ${role} ${via.join(' | ')}`] : [];
        });
      });
    });
    const written = json.tasks.flatMap((t) => t.shared.map((a) => `${t.id} ${a.organization} ${a.role} ${a.via.join(' | ')}`));
    expect(written.sort()).toEqual(expected.sort());
    // The communes of Điện Biên are given row 2 to coordinate, as "các địa phương".
    expect(byRef(DB, '2.').shared).toContainEqual({ organization: 'cap-xa-dien-bien', name: expect.any(String), role: 'coordinators', via: ['các địa phương'] });
    const csv = read('api/tasks.csv');
    expect(csv.slice(1).split('\r\n')[0]!.endsWith(',Giao chung cho')).toBe(true);
    expect(csv).toContain(`${corpus!.organizations.get('cap-xa-dien-bien')!.name} (phối hợp, qua “các địa phương”)`);
  });
});

describe('/api/tasks.csv', () => {
  const text = read('api/tasks.csv');

  it('starts with the BOM and has one record per task, in the JSON order', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).startsWith('Mã nhiệm vụ,Số văn bản,')).toBe(true);
    // Cells with line breaks are quoted, so records are split on CRLF followed by a task id.
    const ids = [...text.matchAll(/\r\n([a-z0-9-]+--[a-z0-9-]+),/g)].map((m) => m[1]);
    expect(ids).toEqual(json.tasks.map((t) => t.id));
    expect(text.endsWith('\r\n')).toBe(true);
  });
});

describe('/api/tasks.xlsx', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(join(siteDir, 'api/tasks.xlsx')) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Nhiệm vụ')!;
  const column = (header: string) => (sheet.getRow(1).values as ExcelJS.CellValue[]).indexOf(header);

  it('has a row per task of the register, in the JSON order, its STT kept as written', () => {
    const ids = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(1).value);
    expect(ids).toEqual(json.tasks.map((t) => t.id));
    // Thái Nguyên's appendix numbers its rows "(1)", "(2)": Excel reads them from the CSV as −1, −2.
    const stt = json.tasks.map((t, i) => [t.ref, sheet.getRow(i + 2).getCell(column('STT')).value]);
    expect(stt.filter(([ref]) => ref === '(1)' || ref === '(2)')).toEqual([['(1)', '(1)'], ['(2)', '(2)']]);
    expect(stt.every(([ref, cell]) => ref === cell)).toBe(true);
  });

  it('gives each task its next deadline as a date cell, and the day the statuses were worked out', () => {
    json.tasks.forEach((t, i) => {
      const cell = sheet.getRow(i + 2).getCell(column('Hạn kế tiếp'));
      expect(cell.value).toEqual(t.next === null ? null : new Date(`${t.next}T00:00:00Z`));
    });
    const info = workbook.getWorksheet('Thông tin')!;
    expect(info.getCell('B3').value).toEqual(new Date(`${TEST_AS_OF}T00:00:00Z`));
  });

  it("is offered on the register's first page", () => {
    expect(readPage(siteDir, '/nhiem-vu/')).toContain('href="/api/tasks.xlsx"');
  });
});

describe('iCalendar exports', () => {
  it('puts every task with a day on the register calendar, with stable UIDs', () => {
    const { calendar, events, text } = parseIcs('lich/nhiem-vu.ics');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain(host);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const expected = json.tasks.filter(datable).map((t) => `${t.id}@${host}`);
    expect(expected).toHaveLength(12);
    expect(events.map(uidOf).sort()).toEqual(expected.sort());
    for (const e of events) {
      // All day, but for the one row whose phrase gives an hour ("trước 15h").
      expect(e.getFirstProperty('dtstart')!.type).toBe(uidOf(e) === `${TN}bc1@${host}` ? 'date-time' : 'date');
      expect(e.getFirstPropertyValue('dtstamp')).not.toBeNull();
    }
  });

  it('places rows on their due day, recurring rows with their rule', () => {
    const { events } = parseIcs('lich/nhiem-vu.ics');
    const event = (id: string) => events.find((e) => uidOf(e) === `${id}@${host}`)!;
    expect(String(event(`${DB}2`).getFirstPropertyValue('dtstart'))).toBe('2026-06-30');
    expect(event(`${DB}2`).getFirstPropertyValue('rrule')).toBeNull();
    const monthly = event(`${DB}8`);
    expect(String(monthly.getFirstPropertyValue('dtstart'))).toBe('2026-02-28');
    expect(String(monthly.getFirstPropertyValue('rrule'))).toBe('FREQ=MONTHLY;BYMONTHDAY=-1');
    expect(String(event(`${TN}1`).getFirstPropertyValue('dtstart'))).toBe('2026-08-14');
    // A rule with no first day starts at its next occurrence, and the event says why; "trước 15h
    // ngày thứ Năm" is at 15:00 in Vietnam, 08:00 UTC.
    const weekly = event(`${TN}bc1`);
    expect(String(weekly.getFirstPropertyValue('dtstart'))).toBe('2026-11-26T08:00:00Z');
    expect(String(weekly.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;BYDAY=TH');
    expect(String(weekly.getFirstPropertyValue('description'))).toContain('Văn bản không ghi ngày ban hành: lịch tính từ kỳ tới 26/11/2026.');
    expect(String(monthly.getFirstPropertyValue('url'))).toBe(`${byRef(DB, '8.').document.url}#bang-nv-8`);
  });

  it('has one calendar per document with tasks, holding exactly its datable tasks', () => {
    const files = readdirSync(join(siteDir, 'lich/van-ban')).sort();
    expect(files).toEqual(['dien-bien--08-ct-tu-2026.ics', 'thai-nguyen--chi-thi-xay-dung-va-thi-hanh-phap-luat.ics']);
    for (const file of files) {
      const prefix = `${file.replace(/\.ics$/, '')}--`;
      const { events } = parseIcs(`lich/van-ban/${file}`);
      expect(events.map(uidOf).sort()).toEqual(json.tasks.filter((t) => t.id.startsWith(prefix) && datable(t)).map((t) => `${t.id}@${host}`).sort());
    }
    expect(readPage(siteDir, '/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/')).toContain('href="/lich/van-ban/dien-bien--08-ct-tu-2026.ics"');
  });

  it('has one calendar per agency with a datable task, holding exactly its datable tasks', () => {
    const files = readdirSync(join(siteDir, 'lich/co-quan'));
    expect(files).toContain('so-tu-phap-dien-bien.ics');
    // The heads of bodies lead (1), (2) and BC1, a weekly rule with no first day (the directive states
    // no issue date): on the calendar from its next occurrence.
    expect(files).toContain('thai-nguyen--nguoi-dung-dau-cac-co-quan-don-vi-to-chuc-chinh-tri-xa-hoi-dia-phuong-co-lien-quan.ics');
    // An agency with no task on a calendar has no calendar and no link.
    expect(files).not.toContain('ban-noi-chinh-tinh-uy-thai-nguyen.ics');
    expect(readPage(siteDir, '/nhiem-vu/co-quan/ban-noi-chinh-tinh-uy-thai-nguyen/')).not.toContain('.ics"');
    for (const file of files) {
      const slug = file.replace(/\.ics$/, '');
      const page = `/nhiem-vu/co-quan/${slug}/`;
      expect(readPage(siteDir, page)).toContain(`href="/lich/co-quan/${file}"`);
      const onPage = new Set(cardIds(page));
      const { events } = parseIcs(`lich/co-quan/${file}`);
      const expected = json.tasks.filter((t) => onPage.has(t.id) && datable(t)).map((t) => `${t.id}@${host}`);
      expect(expected.length).toBeGreaterThan(0);
      expect(events.map(uidOf).sort()).toEqual(expected.sort());
    }
  });
});

describe('agency pages', () => {
  const { corpus } = loadContent(join(ROOT, 'content'), ROOT, { PORTAL_AS_OF: TEST_AS_OF });
  const agencies = agenciesOf(corpus!.tasks, corpus!.organizations);
  const pages = readdirSync(join(siteDir, 'nhiem-vu/co-quan'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  it('exist for exactly the agencies of the register', () => {
    expect(pages.sort()).toEqual(agencies.map((a) => a.slug).sort());
  });

  it('list exactly the tasks each agency leads, coordinates or oversees', () => {
    for (const agency of agencies) {
      const ids = [...new Set(cardIds(`/nhiem-vu/co-quan/${agency.slug}/`))].sort();
      expect({ slug: agency.slug, ids }).toEqual({ slug: agency.slug, ids: tasksOf(agency).map((t) => t.id).sort() });
    }
  });

  it('list, for each organization named in tasks.json, the tasks that name it or a general name its record says includes it', () => {
    const orgs = new Set(json.tasks.flatMap((t) => [...t.leads, ...t.coordinators, ...t.overseers]).flatMap((a) => (a.organization ? [a.organization] : [])));
    expect(orgs.size).toBeGreaterThanOrEqual(8);
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
    for (const org of orgs) {
      const record = corpus!.organizations.get(org)!;
      const general = new Set(record.includedIn.map(fold));
      const names = (t: JsonTask) => [...t.leads, ...t.coordinators, ...t.overseers];
      const inProvince = (t: JsonTask) => corpus!.tasks.find((x) => x.id === t.id)!.document.province === record.province;
      const expected = json.tasks.filter((t) => names(t).some((a) => a.organization === org || (inProvince(t) && general.has(fold(a.name))))).map((t) => t.id);
      expect({ org, ids: [...new Set(cardIds(`/nhiem-vu/co-quan/${org}/`))].sort() }).toEqual({ org, ids: expected.sort() });
      // The organization's own page links here.
      expect(existsSync(join(siteDir, 'co-quan', org, 'index.html'))).toBe(true);
      expect(readPage(siteDir, `/co-quan/${org}/`)).toContain(`href="/nhiem-vu/co-quan/${org}/"`);
    }
  });

  it('say how many tasks each agency has, and how many of them are listed under more than one role', () => {
    const list = readPage(siteDir, '/nhiem-vu/co-quan/');
    let repeatedSomewhere = 0;
    for (const slug of pages) {
      const html = readPage(siteDir, `/nhiem-vu/co-quan/${slug}/`);
      const rows = cardIds(`/nhiem-vu/co-quan/${slug}/`);
      // Every row is on the first page: its counts are the whole agency's.
      expect(html).not.toContain('lp-pagination__status');
      const distinct = new Set(rows).size;
      const repeated = [...new Set(rows)].filter((id) => rows.indexOf(id) !== rows.lastIndexOf(id)).length;
      expect({ slug, stated: /\.\s*(\d+) nhiệm vụ \(/.exec(html)?.[1] }).toEqual({ slug, stated: String(distinct) });
      expect(list).toMatch(new RegExp(`href="/nhiem-vu/co-quan/${slug}/"[^>]*>[^<]*</a>\\s*<span class="lp-count"[^>]*>\\(${distinct} nhiệm vụ: `));
      const note = /<span data-several-roles>(\d+) nhiệm vụ có hơn một vai trò/.exec(html);
      expect({ slug, repeated: note ? Number(note[1]) : 0 }).toEqual({ slug, repeated });
      if (repeated > 0) repeatedSomewhere += 1;
    }
    // Sở Tư pháp and Sở Khoa học và Công nghệ Điện Biên share six rows as both lead and coordinator.
    expect(repeatedSomewhere).toBeGreaterThanOrEqual(2);
  });

  it('list on the agencies page the tasks whose "Chủ trì" cell is empty, which are on no agency\'s list as lead', () => {
    const unled = json.tasks.filter((t) => t.leads.length === 0).map((t) => t.id);
    // Thái Nguyên's (3) and BC2: their "Chủ trì" cells are empty in the directive.
    expect(unled.sort()).toEqual([`${TN}3`, `${TN}bc2`]);
    const list = readPage(siteDir, '/nhiem-vu/co-quan/');
    expect(list).toMatch(/<h2 id="chua-ghi-chu-tri"[^>]*>Nhiệm vụ chưa ghi cơ quan chủ trì \(2\)<\/h2>/);
    expect(cardIds('/nhiem-vu/co-quan/').sort()).toEqual(unled);
  });

  it('name a group as written, in lower case mid-sentence and with its province, so two provinces’ groups differ', () => {
    const h1 = (slug: string) => /<h1>([^<]*)<\/h1>/.exec(readPage(siteDir, `/nhiem-vu/co-quan/${slug}/`))![1];
    expect(h1('dien-bien--cac-co-quan-don-vi-lien-quan')).toBe('Nhiệm vụ của các cơ quan, đơn vị liên quan (tỉnh Điện Biên)');
    expect(h1('thai-nguyen--cac-co-quan-don-vi-lien-quan')).toBe('Nhiệm vụ của các cơ quan, đơn vị liên quan (tỉnh Thái Nguyên)');
    expect(h1('so-tu-phap-dien-bien')).toBe('Nhiệm vụ của Sở Tư pháp tỉnh Điện Biên');
  });

  it('show Sở Tư pháp Điện Biên its five lead tasks, nearest deadline first, then those given to "các sở, ngành…"', () => {
    const html = readPage(siteDir, '/nhiem-vu/co-quan/so-tu-phap-dien-bien/');
    expect(html).toMatch(/<h2[^>]*>Chủ trì \(5\)<\/h2>/);
    expect(html).not.toMatch(/<h2[^>]*>Phối hợp \(/);
    expect(cardIds('/nhiem-vu/co-quan/so-tu-phap-dien-bien/').slice(0, 5)).toEqual(['2', '6', '8', '11', '7'].map((k) => `${DB}${k}`));
    // Rows 3, 4, 5, 9 and 12 are led by "Các sở, ngành theo chức năng, nhiệm vụ, lĩnh vực quản lý".
    const shared = html.slice(html.indexOf('id="vai-tro-giao-chung-leads"'));
    expect(shared).toMatch(/^id="vai-tro-giao-chung-leads">Chủ trì – giao chung \(\d+\)<\/h2>/);
    expect(shared).toContain('Giao chung cho “Các sở, ngành theo chức năng, nhiệm vụ, lĩnh vực quản lý”');
    expect(html).toContain('href="/co-quan/so-tu-phap-dien-bien/"');
    expect(html).toContain('href="/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/#bang-nv-2"');
  });
});

describe("an agency's spreadsheets", async () => {
  const registerCsv = parseCsv(read('api/tasks.csv').slice(1));
  const registerRow = new Map(registerCsv.slice(1).map((r) => [r[0]!, r]));
  const slugs = readdirSync(join(siteDir, 'nhiem-vu/co-quan'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  const LABEL = { leads: 'Chủ trì', coordinators: 'Phối hợp', overseers: 'Theo dõi chỉ đạo' } as const;
  /** An organization's roles in a task, from tasks.json: its own, then those given in common. */
  const rolesFromJson = (org: string, t: JsonTask) => [
    ...(['leads', 'coordinators', 'overseers'] as const).filter((r) => t[r].some((a) => a.organization === org)).map((r) => LABEL[r]),
    ...(['leads', 'coordinators', 'overseers'] as const).filter((r) => t.shared.some((s) => s.organization === org && s.role === r)).map((r) => `${LABEL[r]} (giao chung)`),
  ].join('; ');

  it('exist for every agency page, which offers them, and hold its tasks with the register’s cells after a role column', () => {
    expect(slugs.length).toBeGreaterThan(20);
    for (const slug of slugs) {
      const html = readPage(siteDir, `/nhiem-vu/co-quan/${slug}/`);
      expect(html).toContain(`href="/api/tasks/co-quan/${slug}.xlsx" download="nhiem-vu-${slug}.xlsx"`);
      expect(html).toContain(`href="/api/tasks/co-quan/${slug}.csv" download="nhiem-vu-${slug}.csv"`);
      const text = read(`api/tasks/co-quan/${slug}.csv`);
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const [header, ...rows] = parseCsv(text.slice(1));
      expect(header).toEqual(['Vai trò', ...registerCsv[0]!]);
      expect({ slug, ids: rows.map((r) => r[1]).sort() }).toEqual({ slug, ids: [...new Set(cardIds(`/nhiem-vu/co-quan/${slug}/`))].sort() });
      for (const r of rows) expect(r.slice(1)).toEqual(registerRow.get(r[1]!));
      expect(rows.every((r) => r[0] !== '')).toBe(true);
    }
  });

  it("say each organization's role in each task as tasks.json does, its own roles first", () => {
    const orgs = new Set(json.tasks.flatMap((t) => [...t.leads, ...t.coordinators, ...t.overseers, ...t.shared]).flatMap((a) => (a.organization ? [a.organization] : [])));
    expect(orgs.has('so-tu-phap-dien-bien')).toBe(true);
    for (const org of orgs) {
      const rows = parseCsv(read(`api/tasks/co-quan/${org}.csv`).slice(1)).slice(1);
      const expected = json.tasks.map((t) => [t.id, rolesFromJson(org, t)]).filter(([, roles]) => roles !== '');
      expect({ org, roles: rows.map((r) => [r[1], r[0]]).sort() }).toEqual({ org, roles: expected.sort() });
    }
    const sotp = parseCsv(read('api/tasks/co-quan/so-tu-phap-dien-bien.csv').slice(1)).slice(1);
    expect(sotp.filter((r) => r[0] === 'Chủ trì').map((r) => r[1])).toEqual(['2', '6', '8', '11', '7'].map((k) => `${DB}${k}`));
  });

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(join(siteDir, 'api/tasks/co-quan/so-tu-phap-dien-bien.xlsx')) as unknown as ArrayBuffer);

  it('as a workbook: the CSV’s rows, titled with the body and linking its page', () => {
    const sheet = workbook.getWorksheet('Nhiệm vụ')!;
    const csv = parseCsv(read('api/tasks/co-quan/so-tu-phap-dien-bien.csv').slice(1));
    expect(sheet.getRow(1).getCell(1).value).toBe('Vai trò');
    expect(sheet.rowCount).toBe(csv.length);
    const cells = Array.from({ length: sheet.rowCount - 1 }, (_, i) => [sheet.getRow(i + 2).getCell(1).value, sheet.getRow(i + 2).getCell(2).value]);
    expect(cells).toEqual(csv.slice(1).map((r) => [r[0], r[1]]));
    const info = workbook.getWorksheet('Thông tin')!;
    expect(info.getCell('A1').value).toBe('Nhiệm vụ của Sở Tư pháp tỉnh Điện Biên');
    expect(info.getCell('B4').value).toBe(csv.length - 1);
    expect(info.getCell('B5').value).toEqual({ text: `https://${host}/nhiem-vu/co-quan/so-tu-phap-dien-bien/`, hyperlink: `https://${host}/nhiem-vu/co-quan/so-tu-phap-dien-bien/` });
    expect(workbook.title).toBe('Nhiệm vụ của Sở Tư pháp tỉnh Điện Biên');
  });
});

describe('commune officials', () => {
  const page = '/nhiem-vu/co-quan/cap-xa-dien-bien/';

  it('find their province’s communes from the first page of the register and the agency list', () => {
    for (const from of ['/nhiem-vu/', '/nhiem-vu/co-quan/']) {
      const html = readPage(siteDir, from);
      expect(html).toContain('href="/nhiem-vu/co-quan/cap-xa-dien-bien/"');
      expect(html).toContain('href="/nhiem-vu/co-quan/cap-xa-thai-nguyen/"');
    }
    expect(visibleText(readPage(siteDir, '/nhiem-vu/'))).toContain('Cán bộ xã, phường xem các nhiệm vụ giao chung');
  });

  it('see every task given to "các địa phương", "Các Đảng ủy trực thuộc" or "Các cơ quan, đơn vị, địa phương", each saying which', () => {
    const html = readPage(siteDir, page);
    expect(/<h1>([^<]*)<\/h1>/.exec(html)![1]).toBe('Nhiệm vụ của các xã, phường tỉnh Điện Biên');
    // Every row of 08-CT/TU's appendix but 7 names one of them, in Phối hợp.
    expect(cardIds(page).sort()).toEqual(['1', '2', '3', '4', '5', '6', '8', '9', '10', '11', '12', '13'].map((k) => `${DB}${k}`).sort());
    expect(html).toMatch(/<h2[^>]*>Phối hợp – giao chung \(12\)<\/h2>/);
    const rows = [...html.matchAll(/<tr data-task-id="([^"]+)">([\s\S]*?)<\/tr>/g)];
    for (const [, id, row] of rows) {
      const note = /data-task-note>Giao chung cho ([^<]*)</.exec(row!)?.[1] ?? '';
      const coordinators = json.tasks.find((t) => t.id === id)!.coordinators.map((a) => `“${a.name}”`);
      expect({ id, note: note.split(', “').map((n, i) => (i ? `“${n}` : n)).every((n) => coordinators.includes(n)) && note !== '' }).toEqual({ id, note: true });
    }
    // Not the other province's tasks.
    expect(cardIds(page).some((id) => id.startsWith(TN))).toBe(false);
  });

  it('have a calendar of those tasks', () => {
    expect(readPage(siteDir, page)).toContain('href="/lich/co-quan/cap-xa-dien-bien.ics"');
    const { calendar, events } = parseIcs('lich/co-quan/cap-xa-dien-bien.ics');
    expect(String(calendar.getFirstPropertyValue('x-wr-caldesc'))).toContain('kể cả nhiệm vụ giao chung cho “');
    // Which events: the generic calendar test above (each calendar holds exactly its page's datable tasks).
    expect(events.length).toBeGreaterThan(0);
  });
});

describe('the home page', () => {
  it('counts overdue tasks, tasks due soon and recurring tasks due within 30 days', () => {
    const days = (iso: string) => (Date.parse(iso) - Date.parse(TEST_AS_OF)) / 86_400_000;
    const count = (status: string) => json.tasks.filter((t) => t.status === status).length;
    const recurringSoon = json.tasks.filter((t) => t.status === 'recurring' && t.next !== null && days(t.next) <= 30).length;
    // 23/11/2026: BC1 on 26/11, row 8 on 30/11, BC2 on 15/12 (the yearly row 11, on 31/12, is further).
    expect(recurringSoon).toBe(3);
    // Links are inline: their tags left out, not read as spaces.
    expect(visibleText(readPage(siteDir, '/').replace(/<\/?a\b[^>]*>/g, ''))).toContain(
      `giao ${json.tasks.length} nhiệm vụ: ${count('overdue')} nhiệm vụ quá hạn chưa có báo cáo, ${count('due-soon')} nhiệm vụ sắp đến hạn, ${recurringSoon} nhiệm vụ định kỳ có kỳ tới trong 30 ngày.`,
    );
  });

  it('links the recurring tasks due within 30 days to their list, under the tasks due soon, as the register’s filters do', () => {
    const days = (iso: string) => (Date.parse(iso) - Date.parse(TEST_AS_OF)) / 86_400_000;
    const soon = json.tasks.filter((t) => t.status === 'recurring' && t.next !== null && days(t.next) <= 30).sort((a, b) => a.next!.localeCompare(b.next!));
    expect(soon.length).toBe(3);
    const target = '/nhiem-vu/trang-thai/sap-den-han/#dinh-ky-sap-toi';
    expect(readPage(siteDir, '/')).toContain(`<a href="${target}">3 nhiệm vụ định kỳ có kỳ tới trong 30 ngày</a>`);
    expect(readPage(siteDir, '/nhiem-vu/')).toMatch(new RegExp(`<a href="${target}"[^>]*>Định kỳ có kỳ tới trong 30 ngày</a> <span class="lp-count"[^>]*>\\(3\\)`));
    const page = readPage(siteDir, '/nhiem-vu/trang-thai/sap-den-han/');
    const section = page.slice(page.indexOf('id="dinh-ky-sap-toi"'));
    expect(section).toMatch(/^id="dinh-ky-sap-toi">Nhiệm vụ định kỳ có kỳ tới trong 30 ngày <span class="lp-count">\(3\)<\/span><\/h2>/);
    expect([...section.matchAll(/data-task-id="([^"]+)"/g)].map((m) => m[1])).toEqual(soon.map((t) => t.id));
    // Listed, the page is no longer an empty one: search engines and the sitemap have it.
    expect(page).not.toContain('noindex');
    expect(read('sitemap.xml')).toContain('/nhiem-vu/trang-thai/sap-den-han/</loc>');
    expect(readPage(siteDir, '/nhiem-vu/trang-thai/qua-han/')).not.toContain('id="dinh-ky-sap-toi"');
  });
});

describe('static filter pages', () => {
  it('list the tasks of one status or quarter', () => {
    expect(cardIds('/nhiem-vu/trang-thai/qua-han/').sort()).toEqual(json.tasks.filter((t) => t.status === 'overdue').map((t) => t.id).sort());
    expect(cardIds('/nhiem-vu/trang-thai/da-hoan-thanh/')).toEqual([]);
    expect(cardIds('/nhiem-vu/quy/2026-q3/')).toEqual([`${TN}1`, `${TN}2`]);
    const quarters = readdirSync(join(siteDir, 'nhiem-vu/quy')).sort();
    // An ongoing task counts at the end of its window: "Thường xuyên" until 2030 is in Quý IV/2030.
    expect(quarters).toEqual(['2026-q1', '2026-q2', '2026-q3', '2026-q4', '2030-q4', 'chua-xac-dinh']);
    expect(quarters.flatMap((q) => cardIds(`/nhiem-vu/quy/${q}/`)).sort()).toEqual(json.tasks.map((t) => t.id).sort());
    // And the pages say so, as they file them.
    const intro = (q: string) => /<h1>[\s\S]*?<\/h1>\s*<p>\s*([^<]*)/.exec(readPage(siteDir, `/nhiem-vu/quy/${q}/`))?.[1] ?? '';
    expect(intro('2030-q4')).toContain('ngày kết thúc của nhiệm vụ thường xuyên');
    expect(intro('2030-q4')).not.toContain('ngày bắt đầu');
    const open = json.tasks.filter((t) => t.deadline.kind === 'ongoing' && t.deadline.until === null);
    expect(open.length).toBeGreaterThan(0);
    for (const t of open) expect(cardIds('/nhiem-vu/quy/chua-xac-dinh/')).toContain(t.id);
    expect(intro('chua-xac-dinh')).toContain('nhiệm vụ thường xuyên không nêu lúc kết thúc');
  });
});

describe('one full card per task: the register; short rows elsewhere', () => {
  const FILTER_PAGES = ['/nhiem-vu/trang-thai/qua-han/', '/nhiem-vu/quy/2026-q2/', '/nhiem-vu/co-quan/so-tu-phap-dien-bien/'];
  const DOC_PAGE = '/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/';
  /** The rows of the task tables on a page: task id and every href in the row. */
  const rows = (path: string) =>
    [...readPage(siteDir, path).matchAll(/<tr data-task-id="([^"]+)">([\s\S]*?)<\/tr>/g)].map((m) => ({ id: m[1]!, hrefs: [...m[2]!.matchAll(/href="([^"]+)"/g)].map((h) => h[1]!) }));

  it('shows every task in full on the register, each card with the task id as its anchor', () => {
    const html = readPage(siteDir, '/nhiem-vu/');
    for (const t of json.tasks) expect(html).toContain(`id="${t.id}"`);
    expect(html.match(/class="lp-task__attrs"/g)).toHaveLength(json.tasks.length);
    // A phrase the portal could not turn into a day says why, on the card and in the JSON.
    const problem = 'Cần ngày ban hành văn bản để tính mốc sơ kết, tổng kết.';
    expect(byRef(TN, '7.4').deadline.problem).toEqual({ code: 'needs-year', message: problem });
    const card = new RegExp(`<li[^>]*id="${TN}7-4"[\\s\\S]*?</li>`).exec(html)?.[0] ?? '';
    expect(card).toContain('Cổng chưa tính được hạn: cần ngày ban hành văn bản để tính mốc sơ kết, tổng kết.');
  });

  it('lists tasks on the status, quarter and agency pages as rows of a captioned table, without the full card', () => {
    for (const path of FILTER_PAGES) {
      const html = readPage(siteDir, path);
      expect({ path, card: html.includes('lp-task__attrs') }).toEqual({ path, card: false });
      expect(html).toMatch(/<table[^>]*>\s*<caption>[^<]+<\/caption>\s*<thead>\s*<tr>\s*<th scope="col">Nhiệm vụ<\/th>\s*<th scope="col">Thời hạn<\/th>\s*<th scope="col">Trạng thái<\/th>\s*<th scope="col">Chủ trì<\/th>\s*<th scope="col">Văn bản<\/th>/);
      // On a phone each row is a card, each cell under its column's name.
      expect(html).toMatch(/<section class="lp-table-scroll lp-stack lp-task-table"/);
      expect(html).toMatch(/<td data-label="Thời hạn">/);
      expect(rows(path).length).toBeGreaterThan(0);
      // Each row links to the task's full card on the register, and to its row in the document.
      for (const row of rows(path)) expect(row.hrefs.slice(0, 2)).toEqual([`/nhiem-vu/#${row.id}`, expect.stringMatching(/^\/van-ban\/.+#bang-nv-/)]);
    }
    // Row 2 of 08-CT/TU (Quý II/2026): its deadline as a day with the phrase as written, and its status.
    const html = readPage(siteDir, '/nhiem-vu/quy/2026-q2/');
    expect(html).toMatch(new RegExp(`<tr data-task-id="${DB}2">[\\s\\S]*?<td data-label="Thời hạn"><time datetime="2026-06-30">30/06/2026</time> <span class="lp-deadline-norm lp-task-table__deadline">Văn bản ghi: “Quý II/2026”</span></td>\\s*<td data-label="Trạng thái"><span class="lp-badge lp-badge--overdue">Quá hạn – chưa có báo cáo</span>`));
    // Row 4 ("Trước Quý II/2026"): the day the portal worked out, the phrase, and the other reading.
    const agency = readPage(siteDir, '/nhiem-vu/co-quan/dien-bien--cac-dia-phuong/');
    const row4 = new RegExp(`<tr data-task-id="${DB}4">[\\s\\S]*?<td data-label="Thời hạn">([\\s\\S]*?)</td>`).exec(agency)?.[1] ?? '';
    expect(row4.replace(/<[^>]+>/g, '|')).toBe('|31/03/2026| |Văn bản ghi: “Trước Quý II/2026”| |Đọc “trước quý II/2026” là trước khi quý II/2026 bắt đầu (hạn 31/03/2026); nếu hiểu là trong quý II/2026 thì hạn là 30/06/2026.|');
    // Row 7.4 of the Thái Nguyên directive ("03 năm sơ kết…", no date of issue): the phrase, and why
    // it has no day, on the status page and in the document's own list of its tasks.
    const tnDoc = '/van-ban/ban-thuong-vu-tinh-uy-thai-nguyen/khong-ghi-ngay/chi-thi-xay-dung-va-thi-hanh-phap-luat/';
    for (const path of ['/nhiem-vu/trang-thai/chua-xac-dinh/', tnDoc]) {
      const cell = new RegExp(`<tr data-task-id="${TN}7-4">[\\s\\S]*?<td data-label="Thời hạn">([\\s\\S]*?)</td>`).exec(readPage(siteDir, path))?.[1] ?? '';
      expect({ path, cell: cell.replace(/<[^>]+>/g, '|') }).toEqual({ path, cell: '03 năm sơ kết, 05 năm tổng kết |Cổng chưa tính được hạn: cần ngày ban hành văn bản để tính mốc sơ kết, tổng kết.|' });
    }
  });

  it("gives a document's tasks a place on its own page: one row each, linking to its row in the text and to its card", () => {
    const docRows = rows(DOC_PAGE);
    expect(docRows.map((r) => r.id)).toEqual(json.tasks.filter((t) => t.id.startsWith(DB)).map((t) => t.id));
    for (const row of docRows) {
      const key = row.id.slice(DB.length);
      expect(row.hrefs).toEqual([`#bang-nv-${key}`, `/nhiem-vu/#${row.id}`]);
    }
    expect(readPage(siteDir, DOC_PAGE)).toContain('id="nhiem-vu-van-ban"');
  });
});

describe("the register's first page", () => {
  it('points to the deadlines the documents write outside their task tables, linked to each document’s list', () => {
    const html = readPage(siteDir, '/nhiem-vu/');
    const note = html.match(/<p data-text-deadlines[^>]*>([\s\S]*?)<\/p>/)![1]!;
    expect(visibleText(note)).toContain('chỉ có trong Sổ khi bảng cũng ghi');
    expect([...note.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/#thoi-han-trong-van-ban',
      '/van-ban/ban-thuong-vu-tinh-uy-thai-nguyen/khong-ghi-ngay/chi-thi-xay-dung-va-thi-hanh-phap-luat/#thoi-han-trong-van-ban',
    ]);
    expect(visibleText(note)).toContain('Chỉ thị 08-CT/TU (2)');
    expect(readPage(siteDir, '/nhiem-vu/trang-thai/dinh-ky/')).not.toContain('data-text-deadlines');
  });
});
