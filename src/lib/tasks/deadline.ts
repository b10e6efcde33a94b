/**
 * Reads the "Thời gian hoàn thành" phrase of a task into a normalized Deadline.
 * The original phrase is always kept; when a reading involves a choice, the note says so.
 */
import type { Deadline } from './types.ts';
import { addDays, addYears, daysOfMonth, formatViDate, isValidYmd, lastDayOfMonth, parseIsoDate, weekday, ymd } from '../dates.ts';

export interface DeadlineContext {
  /** Year of the document, for phrases that omit it ("Quý IV", "6 tháng đầu năm"). */
  year?: number | null;
  /** Issue date of the document (YYYY-MM-DD): anchors recurrences and "03 năm sơ kết". */
  issued?: string | null;
}

interface Ctx {
  year: number | null;
  issued: string | null;
  /** First day a recurrence can fall on: the issue date, else 1 January of the year. */
  from: string | null;
}

type Reading = Partial<Omit<Deadline, 'text'>>;
type Problem = { problem: NonNullable<Deadline['problem']> };

type Recurrence =
  | { freq: 'DAILY' }
  | { freq: 'WEEKLY'; weekday: number }
  /**
   * `day` 1–31 is clamped to the month's length, so 31 means "last day". It falls in the last month
   * of each period of `interval` months (quarters follow the calendar), or, with `months`, in those
   * months of the year only (interval 1).
   */
  | { freq: 'MONTHLY'; interval: number; day: number; months?: number[] }
  /** `day` -1 means the last day of the month (only needed for February). */
  | { freq: 'YEARLY'; month: number; day: number };

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const WEEKDAY_WORDS: Record<string, number> = { hai: 1, ba: 2, 'tư': 3, 'năm': 4, 'sáu': 5, 'bảy': 6 };
const ROMAN = ['I', 'II', 'III', 'IV'];

/** A cited document: its date is the document's, not a deadline ("Quyết định số 05/QĐ-BCĐ ngày 10/4/2026"). */
const CITATION = new RegExp(
  String.raw`(?:(?:quyết định|nghị quyết|nghị định|kế hoạch|chỉ thị|kết luận|quy định|chương trình(?: hành động)?|thông báo|thông tư|công văn|hướng dẫn|đề án|văn bản) )?` +
    String.raw`(?:số )?\d+[\p{L}\d.-]*/[\p{L}\d./-]*\p{L}[\p{L}\d./-]*(?:,? (?:ngày )?(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}))?`,
  'giu',
);
/** "tính đến hết ngày 31/10/2026" bounds the scope of the work, it is not when the work is due. */
const CUTOFF = new RegExp(String.raw`tính đến (?:hết )?(?:ngày )?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}`, 'giu');

const EMPTY: Omit<Deadline, 'text'> = {
  kind: 'unspecified', due: null, start: null, until: null, rrule: null, time: null, note: null, problem: null,
};

export function parseDeadline(text: string, context: DeadlineContext = {}): Deadline {
  const original = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return { ...EMPTY, text: original, ...read(original, readContext(context)) };
}

function readContext({ year = null, issued = null }: DeadlineContext): Ctx {
  const issuedDate = issued && parseIsoDate(issued) ? issued : null;
  const given = year !== null && isValidYmd(year, 1, 1) ? year : null;
  const y = given ?? (issuedDate ? Number(issuedDate.slice(0, 4)) : null);
  return { year: y, issued: issuedDate, from: issuedDate ?? (y ? ymd(y, 1, 1) : null) };
}

function unreadable(message: string): Reading {
  return { problem: { code: 'unreadable', message } };
}

function problem(code: 'invalid-date' | 'needs-year', message: string): Problem {
  return { problem: { code, message } };
}

function read(original: string, ctx: Ctx): Reading {
  const cleaned = clean(original);
  if (!/[\p{L}\d]/u.test(cleaned)) return unreadable('Chưa ghi thời hạn.');
  const cutoffs = [...cleaned.matchAll(CUTOFF)].map((m) => m[0]);
  const citations = [...cleaned.matchAll(CITATION)].map((m) => ({ text: m[0], date: m[1] ?? null }));
  const rest = toParsingForm(cleaned.replace(CUTOFF, ' ').replace(CITATION, ' '));
  const reading = readCore(rest, ctx);
  if (reading) return reading;
  if (cutoffs[0]) return { note: `“${cutoffs[0]}” là mốc chốt phạm vi công việc, không phải thời hạn hoàn thành.` };
  if (citations[0]) {
    const { text, date } = citations[0];
    const dateNote = date ? `; ngày ${date} là ngày của văn bản, không phải thời hạn` : '';
    const lead = /trước thời hạn/u.test(rest) ? 'Phải xong trước thời hạn quy định tại' : 'Thời hạn theo quy định tại';
    return { note: `${lead} ${text}${dateNote}.` };
  }
  if (/theo kế hoạch/u.test(rest)) return { note: 'Thời hạn theo kế hoạch chưa ban hành.' };
  // An editor's table saying the text states no time ("Không ghi thời hạn") is not a phrase left unread.
  if (/^(?:văn bản )?không (?:ghi|nêu|quy định)(?: thời hạn)?(?: trong văn bản)?$/u.test(rest)) return { note: 'Văn bản không nêu thời hạn.' };
  if (/(?<!\p{L})tết(?!\p{L})/u.test(rest)) {
    return unreadable('Thời hạn tính theo âm lịch (Tết), chưa quy đổi được sang ngày dương lịch.');
  }
  return unreadable('Không đọc được thời hạn.');
}

/** Layout-only cleanup that keeps letter case (citations are quoted back to the reader). */
function clean(text: string): string {
  let s = text
    .replace(/\*+/gu, '')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/gu, '-')
    .replace(/\s*[/\uff0f]\s*/gu, '/')
    .replace(/(\d)\s*-\s*(\d)/gu, '$1-$2')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[.;,:]+$/u, '');
  if (/^\([^()]*\)$/u.test(s)) s = s.slice(1, -1).trim();
  return s;
}

/** Lower case and one spelling for words written two ways ("Hàng năm", "quí"). */
function toParsingForm(s: string): string {
  return s
    .toLowerCase()
    .replace(/(?<!\p{L})hàng (?=ngày|tuần|tháng|quý|quí|năm)/gu, 'hằng ')
    .replace(/(?<!\p{L})(?:quí|qúy)(?!\p{L})/gu, 'quý')
    .replace(/\s+/gu, ' ')
    .trim();
}

function readCore(s: string, ctx: Ctx): Reading | null {
  if (!s) return null;
  const { rest, time } = takeTime(s);
  const reading =
    readMilestones(rest, ctx) ?? readRecurring(rest, ctx) ?? readOngoing(rest) ?? readDates(rest, ctx) ?? readPeriods(rest, ctx);
  if (reading && time && (reading.kind === 'date' || reading.kind === 'period' || reading.kind === 'recurring')) {
    return { ...reading, time };
  }
  return reading;
}

/** "trước 15h" means due before 15:00 on that day, so the day itself stays on time. */
function takeTime(s: string): { rest: string; time: string | null } {
  const match = /(?<![\p{L}\d])(?:trước |lúc |chậm nhất )?(\d{1,2})(?: ?(?:h|giờ)(?: ?(\d{2}))?(?: ?phút)?|:(\d{2}))(?![\p{L}\d])/u.exec(s);
  if (!match) return { rest: s, time: null };
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? match[3] ?? 0);
  if (hour > 23 || minute > 59) return { rest: s, time: null };
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return { rest: s.replace(match[0], ' ').replace(/\s+/gu, ' ').trim(), time };
}

function readMilestones(s: string, ctx: Ctx): Reading | null {
  const found = [...s.matchAll(/(\d{1,2}) năm (sơ kết|tổng kết)|(sơ kết|tổng kết) sau (\d{1,2}) năm/gu)]
    .map((m) => ({ raw: m[1] ?? m[4] ?? '', what: m[2] ?? m[3] ?? '' }))
    .sort((a, b) => Number(a.raw) - Number(b.raw));
  if (!found[0]) return null;
  const issued = ctx.issued;
  if (!issued) return problem('needs-year', 'Cần ngày ban hành văn bản để tính mốc sơ kết, tổng kết.');
  const dated = found.map((f) => ({ ...f, date: addYears(issued, Number(f.raw)) }));
  const list = dated.map((f) => `${f.what} ${f.raw} năm vào ${formatViDate(f.date)}`).join('; ');
  return { kind: 'date', due: dated[0]!.date, note: `Tính từ ngày ban hành ${formatViDate(issued)}: ${list}.` };
}

const FREQUENCIES = [
  { label: 'hằng ngày', test: /(?:hằng|mỗi) ngày|lần\/ngày/u },
  { label: 'hằng tuần', test: /(?:hằng|mỗi) tuần|lần\/tuần/u },
  { label: 'hằng tháng', test: /(?:hằng|mỗi) tháng|lần\/tháng/u },
  { label: 'hằng quý', test: /(?:hằng|mỗi) quý|lần\/quý|(?<!\d)0?4 lần\/năm/u },
  // "6 tháng, hằng năm" (half-yearly and yearly reports): "6 tháng" alone only next to another period.
  { label: '6 tháng một lần', test: /(?:6|sáu) tháng (?:một|1) lần|định kỳ (?:6|sáu) tháng|(?<!\d)0?2 lần\/năm|(?<![\p{L}\d])(?:0?6|sáu) tháng(?= ?(?:,|và|hoặc|\/) ?(?:hằng|mỗi|01|1|một)? ?năm)/u },
  { label: 'hằng năm', test: /(?:hằng|mỗi) năm|(?<!\d)(?:0?1|một) lần\/năm|các năm (?:tiếp theo|sau)/u },
] as const;

function readRecurring(s: string, ctx: Ctx): Reading | null {
  const found = FREQUENCIES.filter((f) => f.test.test(s));
  const chosen = found[0];
  if (!chosen) return null;
  const rule = recurrenceFor(chosen.label, s);
  if ('problem' in rule) return rule;
  const window = readWindow(s);
  if (window && 'problem' in window) return window;
  const from = latest(ctx.from, window?.start ?? null);
  const first = from ? firstOnOrAfter(rule.recurrence, from) : null;
  const labels = found.map((f) => f.label);
  const choice = found.length < 2 ? null
    : /hoặc/u.test(s) ? `Đọc “${labels.join(' hoặc ')}” theo kỳ dày hơn: ${chosen.label}.`
    : `Văn bản nêu nhiều kỳ (${labels.join(', ')}); lịch tính theo kỳ dày nhất: ${chosen.label}.`;
  // A dated deadline next to the recurrence ("Trước ngày 15/12/2026; báo cáo hằng quý") is another
  // task in the same cell: the calendar follows the recurrence, and the note names the date.
  const dated = chosen.label === 'hằng năm' ? [] : dateTokens(s).filter((t) => t.y !== null && isValidYmd(t.y, t.m, t.d));
  const other = dated.length ? `Văn bản còn nêu ${dated.map((t) => formatViDate(ymd(t.y!, t.m, t.d))).join(', ')}; lịch chỉ tính kỳ ${chosen.label}.` : null;
  return {
    kind: 'recurring', rrule: toRrule(rule.recurrence), start: first, due: first, until: window?.until ?? null,
    note: [choice, rule.note, other].filter(Boolean).join(' ') || null,
  };
}

function latest(a: string | null, b: string | null): string | null {
  if (!a || !b) return a ?? b;
  return a > b ? a : b;
}

type RuleResult = { recurrence: Recurrence; note: string | null } | Problem;

function recurrenceFor(label: (typeof FREQUENCIES)[number]['label'], s: string): RuleResult {
  switch (label) {
    case 'hằng ngày':
      return { recurrence: { freq: 'DAILY' }, note: null };
    case 'hằng tuần':
      return weeklyRule(s);
    case 'hằng tháng':
      return monthlyRule(s);
    case 'hằng quý':
      return quarterlyRule(s);
    case '6 tháng một lần':
      return { recurrence: { freq: 'MONTHLY', interval: 6, day: 31 }, note: 'Không ghi ngày: hạn là ngày cuối mỗi nửa năm (30/6, 31/12).' };
    case 'hằng năm':
      return yearlyRule(s);
  }
}

function weeklyRule(s: string): RuleResult {
  const match = /(?<!\p{L})(trước (?:ngày )?)?(?:ngày )?(?:thứ (hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ nhật))(?!\p{L})/u.exec(s);
  if (!match) {
    return { recurrence: { freq: 'WEEKLY', weekday: 0 }, note: 'Không ghi ngày trong tuần: hạn là Chủ nhật hằng tuần.' };
  }
  const named = match[3] ? 0 : (WEEKDAY_WORDS[match[2] ?? ''] ?? Number(match[2]) - 1);
  const day = match[1] ? (named + 6) % 7 : named;
  return { recurrence: { freq: 'WEEKLY', weekday: day }, note: null };
}

function monthlyRule(s: string): RuleResult {
  const match = /(trước )?ngày (\d{1,2})(?![\d/.-]| tháng)/u.exec(s);
  if (!match) return { recurrence: { freq: 'MONTHLY', interval: 1, day: 31 }, note: 'Không ghi ngày trong tháng: hạn là ngày cuối mỗi tháng.' };
  const n = Number(match[2]);
  if (n < 1 || n > 31) return problem('invalid-date', `Không có ngày ${match[2]} trong tháng; cần một ngày từ 1 đến 31.`);
  // "trước ngày 1" is the last day of the previous month, i.e. every month's last day.
  const day = match[1] ? (n === 1 ? 31 : n - 1) : n;
  return { recurrence: { freq: 'MONTHLY', interval: 1, day }, note: null };
}

/**
 * "Hằng quý": the last day of each quarter, or the day it names in the quarter's last month
 * ("trước ngày 20 tháng cuối quý") or in the next quarter's first ("ngày 15 tháng đầu quý sau").
 * A day named without its month is read in the quarter's last month, and the note says so.
 */
function quarterlyRule(s: string): RuleResult {
  const match = /(trước )?ngày (\d{1,2})(?![\d/.-])(?: (?:của )?tháng (cuối|đầu) (?:mỗi |của |các )?quý( sau| kế tiếp| tiếp theo)?)?/u.exec(s);
  if (!match) return { recurrence: { freq: 'MONTHLY', interval: 3, day: 31 }, note: 'Không ghi ngày trong quý: hạn là ngày cuối mỗi quý.' };
  const n = Number(match[2]);
  if (n < 1 || n > 31) return problem('invalid-date', `Không có ngày ${match[2]} trong tháng; cần một ngày từ 1 đến 31.`);
  const nextQuarter = match[3] === 'đầu' && !!match[4];
  if (match[3] === 'đầu' && !nextQuarter) return problem('invalid-date', `“${match[0]}” chưa đọc được: cần “tháng cuối quý” hoặc “tháng đầu quý sau”.`);
  // The quarter's last month (3, 6, 9, 12), or the next one's first; "trước ngày 1" of a month is
  // the last day of the month before it.
  const before = !!match[1];
  const shift = (nextQuarter ? 1 : 0) - (before && n === 1 ? 1 : 0);
  const day = before ? (n === 1 ? 31 : n - 1) : n;
  const months = [3, 6, 9, 12].map((m) => ((m + shift + 11) % 12) + 1).sort((a, b) => a - b);
  const note = match[3] ? null : `Không ghi tháng nào của quý: hạn tính là ngày ${day} tháng cuối mỗi quý.`;
  return { recurrence: { freq: 'MONTHLY', interval: 1, day, months }, note };
}

function yearlyRule(s: string): RuleResult {
  const days = [...s.matchAll(/(?<![\d/])(trước )?(?:ngày )?(\d{1,2})\/(\d{1,2})(?:\/\d{4})?(?![\d/])/gu)];
  const match = days[0];
  if (!match) {
    // "Tháng 3/2026 và hằng năm": the month each year, its last day.
    const month = /(?<!\p{L})tháng (\d{1,2})(?!\d)/u.exec(s);
    const m = month ? Number(month[1]) : 0;
    if (m >= 1 && m <= 12) {
      const last = m === 2 ? -1 : lastDayOfMonth(2001, m);
      return { recurrence: { freq: 'YEARLY', month: m, day: last }, note: `Không ghi ngày: hạn là ngày cuối tháng ${m} mỗi năm.` };
    }
    return { recurrence: { freq: 'YEARLY', month: 12, day: 31 }, note: 'Không ghi ngày trong năm: hạn là ngày cuối năm (31/12).' };
  }
  const [d, m] = [Number(match[2]), Number(match[3])];
  // 2001 is not a leap year: a yearly 29/2 would skip three years in four.
  if (!isValidYmd(2001, m, d)) return problem('invalid-date', `Ngày ${d}/${m} không có trong mọi năm; cần một ngày có trong mọi năm (${yearlyDayHint(d, m)}).`);
  // "Trước ngày 15/6 và 15/12 hằng năm": one rule holds one day a year; the note names the others.
  const note = days.length > 1 ? `Văn bản nêu ${days.length} ngày trong năm (${days.map((x) => `${x[2]}/${x[3]}`).join(', ')}); lịch tính theo ngày đầu tiên.` : null;
  if (!match[1]) return { recurrence: { freq: 'YEARLY', month: m, day: d }, note };
  if (d > 1) return { recurrence: { freq: 'YEARLY', month: m, day: d - 1 }, note };
  const prev = m === 1 ? 12 : m - 1;
  return { recurrence: { freq: 'YEARLY', month: prev, day: prev === 2 ? -1 : lastDayOfMonth(2001, prev) }, note };
}

/** Why a yearly day is refused, and what would do. */
function yearlyDayHint(d: number, m: number): string {
  if (m < 1 || m > 12) return 'tháng từ 1 đến 12';
  if (m === 2 && d === 29) return '29/2 chỉ có trong năm nhuận, ví dụ ghi 28/2';
  return `tháng ${m} có ${lastDayOfMonth(2001, m)} ngày`;
}

function toRrule(r: Recurrence): string {
  switch (r.freq) {
    case 'DAILY':
      return 'FREQ=DAILY';
    case 'WEEKLY':
      return `FREQ=WEEKLY;BYDAY=${BYDAY[r.weekday]}`;
    case 'YEARLY':
      return `FREQ=YEARLY;BYMONTH=${r.month};BYMONTHDAY=${r.day}`;
    case 'MONTHLY': {
      const interval = r.months ? `;BYMONTH=${r.months.join(',')}` : r.interval > 1 ? `;INTERVAL=${r.interval}` : '';
      if (r.day >= 31) return `FREQ=MONTHLY${interval};BYMONTHDAY=-1`;
      if (r.day <= 28) return `FREQ=MONTHLY${interval};BYMONTHDAY=${r.day}`;
      // BYMONTHDAY=30 alone would skip February; the last existing of 28..30 never does.
      const days = Array.from({ length: r.day - 27 }, (_, i) => 28 + i).join(',');
      return `FREQ=MONTHLY${interval};BYMONTHDAY=${days};BYSETPOS=-1`;
    }
  }
}

function firstOnOrAfter(r: Recurrence, from: string): string {
  const { y, m } = parseIsoDate(from)!;
  switch (r.freq) {
    case 'DAILY':
      return from;
    case 'WEEKLY':
      return addDays(from, (r.weekday - weekday(from) + 7) % 7);
    case 'YEARLY': {
      const inYear = (year: number) => ymd(year, r.month, r.day === -1 ? lastDayOfMonth(year, r.month) : r.day);
      return inYear(y) >= from ? inYear(y) : inYear(y + 1);
    }
    case 'MONTHLY': {
      // Quarters and halves follow the calendar: the first is the one containing `from`.
      const inMonth = (mm: number) => {
        const year = y + Math.floor((mm - 1) / 12);
        const mon = ((mm - 1) % 12) + 1;
        return ymd(year, mon, Math.min(r.day, lastDayOfMonth(year, mon)));
      };
      if (r.months) {
        let month = m;
        while (!r.months.includes(((month - 1) % 12) + 1) || inMonth(month) < from) month += 1;
        return inMonth(month);
      }
      const month = Math.ceil(m / r.interval) * r.interval;
      return inMonth(month) >= from ? inMonth(month) : inMonth(month + r.interval);
    }
  }
}

/** Optional window of an ongoing or recurring task: "(2026-2030)", "giai đoạn 2026-2030", "từ năm 2026". */
function readWindow(s: string): { start: string | null; until: string | null } | Problem | null {
  const range = /(?<!\d)(\d{4})-(\d{4})(?!\d)/u.exec(s);
  const since = /từ năm (\d{4})(?!\d)/u.exec(s);
  const to = /đến năm (\d{4})(?!\d)/u.exec(s);
  const first = range?.[1] ?? since?.[1];
  const last = range?.[2] ?? to?.[1];
  if (!first && !last) return null;
  if (first && last && first > last) {
    return problem('invalid-date', `Giai đoạn ${first}-${last} kết thúc trước khi bắt đầu.`);
  }
  return { start: first ? `${first}-01-01` : null, until: last ? `${last}-12-31` : null };
}

function readOngoing(s: string): Reading | null {
  const window = readWindow(s);
  const explicit = /(?<!\d)\d{4}-\d{4}(?!\d)|từ năm \d{4}/u.test(s);
  if (!/thường xuyên|liên tục|giai đoạn/u.test(s) && !explicit) return null;
  if (window && 'problem' in window) return window;
  return { kind: 'ongoing', start: window?.start ?? null, until: window?.until ?? null };
}

interface DateToken {
  index: number;
  d: number;
  m: number;
  y: number | null;
}

const DATE_TOKEN = new RegExp(
  [
    String.raw`(?<!\d|\d[/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d|[/.-]\d)`,
    String.raw`(?<!\d|\d-)(\d{4})-(\d{2})-(\d{2})(?!\d|-\d)`,
    String.raw`ngày (\d{1,2}) tháng (\d{1,2})(?:(?: năm |/)(\d{4}))?`,
    String.raw`ngày (\d{1,2})[/.-](\d{1,2})(?!\d|[/.-]\d)`,
    // "Trước 31/12": day and month with a slash, no "ngày", no year.
    String.raw`(?<![\d/.-])(\d{1,2})/(\d{1,2})(?![\d/.-])`,
  ].join('|'),
  'gu',
);

function dateTokens(s: string): DateToken[] {
  return [...s.matchAll(DATE_TOKEN)].map((m) => {
    const n = (i: number) => (m[i] === undefined ? null : Number(m[i]));
    if (m[1]) return { index: m.index, d: n(1)!, m: n(3)!, y: n(4) };
    if (m[5]) return { index: m.index, d: n(7)!, m: n(6)!, y: n(5) };
    if (m[8]) return { index: m.index, d: n(8)!, m: n(9)!, y: n(10) };
    if (m[11]) return { index: m.index, d: n(11)!, m: n(12)!, y: null };
    return { index: m.index, d: n(13)!, m: n(14)!, y: null };
  });
}

function readDates(s: string, ctx: Ctx): Reading | null {
  const tokens = dateTokens(s);
  if (!tokens[0]) return null;
  const days: string[] = [];
  for (const t of tokens) {
    const y = t.y ?? ctx.year;
    if (y === null) return problem('needs-year', `Ngày ${t.d}/${t.m} không ghi năm; cần năm của văn bản.`);
    if (!isValidYmd(y, t.m, t.d)) return problem('invalid-date', `Ngày ${t.d}/${t.m}/${y} không có trên lịch; cần một ngày có thật (${daysOfMonth(y, t.m)}).`);
    days.push(ymd(y, t.m, t.d));
  }
  const before = (i: number) => /(?<!\p{L})trước (?:ngày )?$/u.test(s.slice(0, tokens[i]!.index));
  const lastOnTime = (i: number) => (before(i) ? addDays(days[i]!, -1) : days[i]!);
  const from = /(?<!\p{L})từ (?:ngày )?$/u.test(s.slice(0, tokens[0].index));
  if (days.length > 1 && from) {
    return { kind: 'period', start: days[0], until: lastOnTime(1), due: lastOnTime(1), note: moreDays(days, 2) };
  }
  // "Từ ngày 01/3/2026" alone: the work starts that day and goes on.
  if (from) return { kind: 'ongoing', start: days[0] };
  return { kind: 'date', due: lastOnTime(0), note: moreDays(days, 1) };
}

/** A note naming the days of a phrase after the `used` first ones, which the reading leaves out. */
function moreDays(days: string[], used: number): string | null {
  const rest = days.slice(used);
  if (!rest.length) return null;
  return `Văn bản còn nêu ${rest.map(formatViDate).join(', ')}; Cổng tính hạn theo ${used === 1 ? 'ngày đầu tiên' : 'khoảng đầu tiên'}.`;
}

interface PeriodMatch {
  index: number;
  label: string;
  first: number;
  last: number;
  year: number | null;
  /** Year of the last month, when a list of quarters runs into the next year ("Quý IV/2026 - Quý I/2027"). */
  lastYear?: number | null;
  /** Several quarters ("Quý I và II/2026", "Quý II - III/2026"): one period from the first to the last. */
  several?: boolean;
}

const QUARTER = String.raw`(iv|iii|ii|i|[1-4])(?![\p{L}\d])(?:(?:\/| năm )(\d{4}))?`;
/** "Quý II/2026", and lists or ranges of quarters: "Quý I và II/2026", "Quý II, III", "Quý IV/2026 - Quý I/2027". */
const QUARTERS = new RegExp(String.raw`(?<!\p{L})quý ${QUARTER}(?: ?(?:,|và|-|đến|hoặc) ?(?:quý )?${QUARTER})*`, 'u');
const QUARTER_ITEM = new RegExp(QUARTER, 'gu');

function quarterNumber(q: string): number {
  return /\d/u.test(q) ? Number(q) : ROMAN.indexOf(q.toUpperCase()) + 1;
}

function findPeriod(s: string): PeriodMatch | null {
  const quarters = QUARTERS.exec(s);
  if (quarters) {
    const items = [...quarters[0].replace(/^quý /u, '').matchAll(QUARTER_ITEM)].map((m) => ({ q: quarterNumber(m[1]!), year: num(m[2]) }));
    // A year written once, after the last quarter, is every quarter's.
    for (let i = items.length - 2; i >= 0; i--) items[i]!.year ??= items[i + 1]!.year;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const names = items.map((it) => ROMAN[it.q - 1]).join(', ');
    return {
      index: quarters.index, label: items.length > 1 ? `quý ${names}` : `quý ${ROMAN[first.q - 1]}`,
      first: first.q * 3 - 2, last: last.q * 3, year: first.year, lastYear: last.year, several: items.length > 1,
    };
  }
  const half = /(?<![\p{L}\d])(?:0?6|sáu) tháng (đầu|cuối) năm(?:(?: |\/)(\d{4}))?/u.exec(s);
  if (half) {
    const early = half[1] === 'đầu';
    return { index: half.index, label: `6 tháng ${half[1]} năm`, first: early ? 1 : 7, last: early ? 6 : 12, year: num(half[2]) };
  }
  // "Tháng 9/2026", and ranges: "Tháng 6 - 9/2026", "từ tháng 4 đến tháng 6/2026".
  const month = /(?<!\p{L})tháng (\d{1,2})(?!\d)(?: ?(?:-|đến|và) ?(?:tháng )?(\d{1,2})(?!\d))?(?:(?:\/| năm )(\d{4}))?/u.exec(s);
  if (month) {
    const m = Number(month[1]);
    const last = month[2] === undefined ? m : Number(month[2]);
    const label = last === m ? `tháng ${m}` : `tháng ${m}–${last}`;
    return { index: month.index, label, first: m, last, year: num(month[3]), several: last !== m };
  }
  const year = /(?<!\p{L})năm (\d{4})(?!\d)/u.exec(s);
  if (year) return { index: year.index, label: 'năm', first: 1, last: 12, year: Number(year[1]) };
  return null;
}

function num(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}

function readPeriods(s: string, ctx: Ctx): Reading | null {
  const found = findPeriod(s);
  if (!found) return null;
  const y = found.year ?? num(/(?<!\p{L})năm (\d{4})(?!\d)/u.exec(s)?.[1]) ?? ctx.year;
  if (y === null) return problem('needs-year', `“${found.label}” không ghi năm; cần năm của văn bản.`);
  if (found.first < 1 || found.last > 12) return problem('invalid-date', `Không có ${found.label}/${y}.`);
  const lastYear = found.lastYear ?? y;
  if (lastYear * 12 + found.last < y * 12 + found.first) return problem('invalid-date', `“${found.label}” kết thúc trước khi bắt đầu.`);
  const label = found.label === 'năm' ? `năm ${y}` : `${found.label}/${y}`;
  const start = ymd(y, found.first, 1);
  const until = ymd(lastYear, found.last, lastDayOfMonth(lastYear, found.last));
  const lead = s.slice(0, found.index);
  if (/(?<!\p{L})trước $/u.test(lead)) {
    const due = addDays(start, -1);
    return {
      kind: 'date', due,
      note: `Đọc “trước ${label}” là trước khi ${label} bắt đầu (hạn ${formatViDate(due)}); nếu hiểu là trong ${label} thì hạn là ${formatViDate(until)}.`,
    };
  }
  // "Từ quý II/2026": the work starts then and goes on; "từ quý II đến quý IV" is a period.
  if (/(?<!\p{L})từ $/u.test(lead) && !found.several) return { kind: 'ongoing', start };
  const note = found.several && /hoặc/u.test(s) ? `Đọc “${label}” là từ đầu quý đầu tiên đến hết quý cuối cùng.` : null;
  return { kind: 'period', start, until, due: until, note };
}
