/**
 * The reading-day sessions as an iCalendar feed: one all-day event per issue on its session day.
 * Like the task calendar (src/lib/tasks/export-ics.ts), the output depends only on the input:
 * DTSTAMP is the as-of date, UIDs are the month, events are in month order.
 */
import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { addDays, parseIsoDate } from '../dates.ts';

/** What the calendar needs of an issue. */
export interface SessionInput {
  month: string;
  date: string;
  title: string;
  theme: string;
  /** Site path of the issue page, without the base. */
  url: string;
  /** "Chỉ thị 08-CT/TU của …: Mục 4.3, Bảng nhiệm vụ, dòng 8", one line per document read. */
  readings: string[];
  audience: string[];
}

export interface SessionsIcsInput {
  /** Absolute site URL including the base path, without a trailing slash. */
  siteUrl: string;
  asOf: string;
  sessions: SessionInput[];
  /** Calendar name shown by calendar apps. */
  name: string;
  description: string;
}

/** Stable across rebuilds: one issue per month. */
export function sessionUid(month: string, host: string): string {
  return `ngay-doc-van-ban-${month}@${host}`;
}

function utcMidnight(day: string): Date {
  if (!parseIsoDate(day)) throw new RangeError(`Not a YYYY-MM-DD date: ${day}`);
  return new Date(`${day}T00:00:00Z`);
}

/** TEXT escaping for the calendar-level properties ical-generator writes as given. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

export function sessionsToIcs(input: SessionsIcsInput): string {
  const host = new URL(input.siteUrl).host;
  const calendar = ical({
    name: escapeText(input.name),
    description: escapeText(input.description),
    prodId: { company: host, product: 'ngay-doc-van-ban', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 86_400,
    // A plain property, not `timezone`: with a zone set, ical-generator writes DTSTAMP in the machine's zone.
    x: [['X-WR-TIMEZONE', 'Asia/Ho_Chi_Minh']],
  });
  const stamp = utcMidnight(input.asOf);
  for (const s of [...input.sessions].sort((a, b) => a.month.localeCompare(b.month))) {
    const url = `${input.siteUrl}${s.url}`;
    calendar.createEvent({
      id: sessionUid(s.month, host),
      stamp,
      allDay: true,
      start: utcMidnight(s.date),
      end: utcMidnight(addDays(s.date, 1)),
      summary: `${s.title}: ${s.theme}`,
      description: [`Chủ đề: ${s.theme}`, `Dành cho: ${s.audience.join('; ')}`, 'Văn bản đọc:', ...s.readings.map((r) => `- ${r}`), `Tài liệu và bản in: ${url}`].join('\n'),
      url,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
