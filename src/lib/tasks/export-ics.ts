/**
 * The task register as an iCalendar feed (RFC 5545): one event per task that has a day, all day,
 * or at its hour when the phrase gives one ("trước 15h ngày thứ Năm": 15:00 in Asia/Ho_Chi_Minh).
 * Output depends only on the input (fixed DTSTAMP, stable UIDs, sorted events), so rebuilding
 * unchanged content gives a byte-identical file and subscribed calendars see no churn.
 */
import ical, { ICalCalendarMethod, ICalEventTransparency, type ICalCalendar, type ICalEventData } from 'ical-generator';
import { addDays, formatViDate, parseIsoDate } from '../dates.ts';
import { RECORD_BATCH, batches } from '../text-chunks.ts';
import { taskUrl, type TaskExportInput } from './export-json.ts';
import type { Task } from './types.ts';

export interface IcsOptions {
  /** Calendar name shown by calendar apps. */
  name: string;
  /** One or two sentences about the calendar; the count of tasks left out is appended. */
  description: string;
}

const SUMMARY_MAX = 80;

/** Vietnam's offset from UTC, the same all year (no daylight saving since 1975). */
const VIETNAM_OFFSET = '+07:00';

/** The instant of `time` (HH:MM, Asia/Ho_Chi_Minh) on `day`. Written in UTC, so no VTIMEZONE is needed. */
function vietnamTime(day: string, time: string): Date {
  if (!parseIsoDate(day) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) throw new RangeError(`Not a YYYY-MM-DD day and HH:MM time: ${day} ${time}`);
  return new Date(`${day}T${time}:00${VIETNAM_OFFSET}`);
}

/** A UTC date-time as RFC 5545 writes it: 20261231T080000Z. */
function icsUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** Where a task goes on a calendar, or null when it has no day (ongoing, unspecified). */
function placement(task: Task): { day: string; rrule: string | null } | null {
  const d = task.deadline;
  if (d.kind === 'date' || d.kind === 'period') return d.due ? { day: d.due, rrule: null } : null;
  if (d.kind !== 'recurring') return null;
  // DTSTART must be an occurrence of the rule (RFC 5545 §3.8.5.3), so the first occurrence
  // (`due`) is preferred over the start of the window. A rule with no first day (the document
  // states no issue date) starts at its next occurrence as of the build (describe says so).
  const day = d.due ?? d.start ?? task.next;
  if (!day) return null;
  if (!d.rrule || !d.until || /(^|;)(UNTIL|COUNT)=/.test(d.rrule)) return { day, rrule: d.rrule };
  // UNTIL takes the value type of DTSTART: a DATE, or for a timed event the UTC instant of its
  // hour on the last day (RFC 5545 §3.3.10), which that day's occurrence still meets.
  const until = d.time ? icsUtc(vietnamTime(d.until, d.time)) : d.until.replaceAll('-', '');
  return { day, rrule: `${d.rrule};UNTIL=${until}` };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SUMMARY_MAX) return flat;
  const cut = flat.slice(0, SUMMARY_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The event's text: every role of the row (a coordinator's calendar says who leads and who else
 * helps), the product, the phrase as written and how it was read, the status as of the build
 * (dated: a recurring event repeats the text on every occurrence), and the document.
 */
function describe(task: Task, asOf: string): string {
  const d = task.deadline;
  const doc = task.document;
  const names = (refs: Task['leads']) => refs.map((r) => r.name).join('; ');
  const lines = [
    `Chủ trì: ${names(task.leads) || 'không ghi'}`,
    ...(task.coordinators.length ? [`Phối hợp: ${names(task.coordinators)}`] : []),
    ...(task.overseers.length ? [`Cấp ủy theo dõi chỉ đạo: ${names(task.overseers)}`] : []),
    `Sản phẩm: ${task.product || 'không ghi'}`,
    `Thời gian hoàn thành: ${d.text}${d.note ? ` (${d.note})` : ''}`,
    ...(d.kind === 'recurring' && !d.start && task.next ? [`Văn bản không ghi ngày ban hành: lịch tính từ kỳ tới ${formatViDate(task.next)}.`] : []),
    `Trạng thái ngày ${formatViDate(asOf)}: ${task.statusLabel}`,
    `Văn bản: ${doc.number ? `${doc.number} ` : ''}${doc.title}, dòng ${task.ref.replace(/\.$/, '')}`,
  ];
  return lines.join('\n');
}

/** TEXT escaping for the calendar-level properties ical-generator writes as given. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

function utcMidnight(day: string): Date {
  if (!parseIsoDate(day)) throw new RangeError(`Not a YYYY-MM-DD date: ${day}`);
  return new Date(`${day}T00:00:00Z`);
}

/** A calendar of the tasks (`tasksToIcsChunks`) as one string. */
export function tasksToIcs(register: TaskExportInput, options: IcsOptions): string {
  return [...tasksToIcsChunks(register, options)].join('');
}

/** The calendar of the tasks, in chunks of a batch of events (`calendarChunks`). */
export function* tasksToIcsChunks(register: TaskExportInput, options: IcsOptions): Generator<string> {
  const host = new URL(register.siteUrl).host;
  const stamp = utcMidnight(register.asOf);
  const tasks = [...register.tasks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed = tasks.flatMap((task) => {
    const at = placement(task);
    return at ? [{ task, at }] : [];
  });
  const left = tasks.length - placed.length;
  const note =
    left === 0
      ? `Lịch có đủ ${placed.length} nhiệm vụ.`
      : `Lịch có ${placed.length} nhiệm vụ; ${left} nhiệm vụ thường xuyên hoặc chưa xác định thời hạn không có ngày nên không có trên lịch.`;
  const calendar = ical({
    name: escapeText(options.name),
    description: escapeText(`${options.description.trim()} ${note}`),
    prodId: { company: host, product: 'nhiem-vu', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 86_400,
    // Set as a plain property, not through `timezone`: with a zone set, ical-generator formats
    // DTSTAMP in the build machine's local time.
    x: [['X-WR-TIMEZONE', 'Asia/Ho_Chi_Minh']],
  });
  const chunks = calendarChunks(calendar, placed, ({ task, at }): ICalEventData => ({
    id: `${task.id}@${host}`,
    stamp,
    // A deadline with an hour is a moment: it starts and ends at that hour, where the calendar
    // shows it; one without lasts the whole day.
    ...(task.deadline.time
      ? { allDay: false, start: vietnamTime(at.day, task.deadline.time), end: vietnamTime(at.day, task.deadline.time) }
      : { allDay: true, start: utcMidnight(at.day), end: utcMidnight(addDays(at.day, 1)) }),
    repeating: at.rrule,
    // The row label alone repeats across documents ("7." in both directives): the number says whose.
    summary: `[${task.document.number ? `${task.document.number}, ` : ''}${task.ref}] ${shorten(task.content)}`,
    description: describe(task, register.asOf),
    url: taskUrl(register.siteUrl, task),
    // A deadline does not make anyone busy.
    transparency: ICalEventTransparency.TRANSPARENT,
  }));
  let last: string | null = null;
  for (const chunk of chunks) {
    if (last !== null) yield last;
    last = chunk;
  }
  // RFC 5545 ends every content line, the last one too, with CRLF.
  yield last!.endsWith('\r\n') ? last! : `${last}\r\n`;
}

/**
 * `calendar` with an event for each of `items`, as ical-generator writes it, in chunks of a batch
 * of events, each batch's events made only when it is written. ical-generator writes a calendar
 * as one string and then folds it line by line: for the register's 37,497 events at 10,000
 * documents, Node's heap grew by 590 MB and it took 2.7 s (a batch at a time: 160 MB and 1.2 s),
 * and a build's memory does not shrink back after such a peak. Folding works line by line, and
 * each event is a run of whole lines, so the batches' events between the first batch's header and
 * the last batch's footer are the same text, byte for byte (a unit test compares the two).
 */
export function* calendarChunks<T>(calendar: ICalCalendar, items: readonly T[], event: (item: T) => ICalEventData, batch = RECORD_BATCH): Generator<string> {
  if (items.length <= batch) {
    calendar.events(items.map(event));
    yield calendar.toString();
    return;
  }
  let tail = '';
  let first = true;
  for (const slice of batches(items, batch)) {
    calendar.clear();
    calendar.events(slice.map(event));
    const text = calendar.toString();
    // Every line ends with CRLF and a folded line's continuation starts with a space, so these
    // find the first event's first line and the last event's last.
    const start = text.indexOf('\r\nBEGIN:VEVENT\r\n') + 2;
    const end = text.lastIndexOf('\r\nEND:VEVENT\r\n') + '\r\nEND:VEVENT\r\n'.length;
    if (start < 2 || end < start) throw new Error('ical-generator wrote a calendar without the events it was given');
    yield text.slice(first ? 0 : start, end);
    tail = text.slice(end);
    first = false;
  }
  calendar.clear();
  yield tail;
}
