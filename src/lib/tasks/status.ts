/**
 * Where a task stands on a given day. Dates only: the "as of" day is a Vietnamese calendar day
 * (see todayInHoChiMinh), and a deadline's time of day does not change its status.
 */
import ICAL from 'ical.js';
import type { Deadline, ProgressRecord, TaskStatus } from './types.ts';
import { daysBetween, formatViDate } from '../dates.ts';

export interface TaskStatusResult {
  status: TaskStatus;
  /** Next day the task is due: `due` for a date or period, the next occurrence for a recurrence. */
  next: string | null;
  /** Days from the as-of day to `next` (negative when overdue), or to `until` for an ongoing task past it. */
  daysLeft: number | null;
  /** Short Vietnamese label for the page. */
  label: string;
}

/** A deadline this close (in days, inclusive) is shown as due soon. */
export const DUE_SOON_DAYS = 30;

/** Stops a runaway expansion; a daily rule needs about 37,000 steps per century. */
const MAX_OCCURRENCES = 100_000;

/**
 * Status rules, kept simple on purpose:
 * - a progress record marks any task done, whatever its kind;
 * - date and period: overdue after `due`, due soon within DUE_SOON_DAYS, else upcoming
 *   (a period that has not started yet is upcoming even when its end is near);
 * - ongoing: overdue once its `until` has passed (there is no progress record by then), else ongoing;
 * - recurring: always 'recurring', with the next occurrence on or after the as-of day (counted
 *   from the as-of year when the document gives the rule no first day: recurrenceStart).
 */
export function taskStatus(deadline: Deadline, asOf: string, progress?: ProgressRecord | null): TaskStatusResult {
  if (progress?.done) {
    return { status: 'done', next: null, daysLeft: null, label: `Đã hoàn thành ngày ${formatViDate(progress.done)}` };
  }
  switch (deadline.kind) {
    case 'date':
    case 'period':
      return deadline.due ? againstDue(deadline, deadline.due, asOf) : unspecified();
    case 'ongoing':
      if (deadline.until && deadline.until < asOf) return overdue(deadline.until, asOf, null);
      return { status: 'ongoing', next: null, daysLeft: null, label: 'Thường xuyên' };
    case 'recurring':
      return recurring(deadline, asOf);
    case 'unspecified':
      return unspecified();
  }
}

function againstDue(deadline: Deadline, due: string, asOf: string): TaskStatusResult {
  const daysLeft = daysBetween(asOf, due);
  if (daysLeft < 0) return overdue(due, asOf, due);
  const notStarted = deadline.kind === 'period' && deadline.start !== null && deadline.start > asOf;
  if (daysLeft <= DUE_SOON_DAYS && !notStarted) {
    return { status: 'due-soon', next: due, daysLeft, label: `Sắp đến hạn (còn ${daysLeft} ngày)` };
  }
  return { status: 'upcoming', next: due, daysLeft, label: 'Chưa đến hạn' };
}

function overdue(lastDay: string, asOf: string, next: string | null): TaskStatusResult {
  return { status: 'overdue', next, daysLeft: daysBetween(asOf, lastDay), label: 'Quá hạn – chưa có báo cáo' };
}

function unspecified(): TaskStatusResult {
  return { status: 'unspecified', next: null, daysLeft: null, label: 'Chưa xác định thời hạn' };
}

function recurring(deadline: Deadline, asOf: string): TaskStatusResult {
  if (!deadline.rrule) return { status: 'recurring', next: null, daysLeft: null, label: 'Định kỳ' };
  const next = nextOccurrence(deadline.rrule, recurrenceStart(deadline, asOf), asOf, deadline.until);
  if (!next) return { status: 'recurring', next: null, daysLeft: null, label: 'Định kỳ – đã hết thời gian thực hiện' };
  return { status: 'recurring', next, daysLeft: daysBetween(asOf, next), label: `Định kỳ – kỳ tới ${formatViDate(next)}` };
}

/**
 * Where a recurring deadline's occurrences are counted from: its first occurrence, or, when the
 * document states neither its issue date nor a year (so the rule has no first day), 1 December
 * of the year before the as-of day's. The occurrences from the as-of day on are the same either
 * way: a rule of several months (INTERVAL=3 for quarters, 6 for halves) counts its months from
 * the start, and December is the last month of a calendar quarter and half, as the rules'
 * first occurrences are (firstOnOrAfter in deadline.ts).
 */
export function recurrenceStart(deadline: Deadline, asOf: string): string {
  return deadline.start ?? `${Number(asOf.slice(0, 4)) - 1}-12-01`;
}

/** First occurrence of `rrule` (starting at `start`) on or after `asOf`, not later than `until`. */
export function nextOccurrence(rrule: string, start: string, asOf: string, until: string | null = null): string | null {
  let count = 0;
  for (const day of occurrences(rrule, start)) {
    if (until !== null && day > until) return null;
    if (day >= asOf) return day;
    if (++count > MAX_OCCURRENCES) return null;
  }
  return null;
}

/**
 * All-day occurrences as YYYY-MM-DD. ical.js 2.2 ignores BYSETPOS next to BYMONTHDAY
 * (kewisch/ical.js#960), so for monthly and yearly rules we expand without it and pick the
 * positions within each month or year ourselves. The first set starts at `start`, so a
 * positive position counts from there; the rules we write only use BYSETPOS=-1.
 */
export function* occurrences(rrule: string, start: string): Generator<string> {
  const parts = rrule.replace(/^RRULE:/iu, '').split(';');
  const setPos = parts.find((p) => p.toUpperCase().startsWith('BYSETPOS='));
  const freq = parts.find((p) => p.toUpperCase().startsWith('FREQ='))?.slice(5).toUpperCase();
  const keyLength = freq === 'MONTHLY' ? 7 : freq === 'YEARLY' ? 4 : 0;
  const ownSetPos = setPos !== undefined && keyLength > 0;
  const rule = ownSetPos ? parts.filter((p) => p !== setPos).join(';') : parts.join(';');
  const iterator = ICAL.Recur.fromString(rule).iterator(ICAL.Time.fromDateString(start));
  if (!ownSetPos) {
    for (let t = iterator.next(); t; t = iterator.next()) yield t.toString();
    return;
  }
  const positions = setPos.slice('BYSETPOS='.length).split(',').map(Number);
  let set: string[] = [];
  for (let t = iterator.next(); ; t = iterator.next()) {
    const day = t ? t.toString() : null;
    if (set[0] && (!day || day.slice(0, keyLength) !== set[0].slice(0, keyLength))) {
      yield* pickPositions(set, positions);
      set = [];
    }
    if (!day) return;
    set.push(day);
  }
}

function pickPositions(set: string[], positions: number[]): string[] {
  const picked = positions
    .map((p) => (p > 0 ? set[p - 1] : set[set.length + p]))
    .filter((d): d is string => d !== undefined);
  return [...new Set(picked)].sort();
}
