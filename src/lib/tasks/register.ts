/**
 * The register's views of the task list: who does what (by agency and role), what comes first
 * (by effective date), and the groups the static filter pages are built from (status, quarter).
 * Pure: pages pass in the tasks and, where names matter, a lookup of organization records.
 */
import { STATUS_ORDER } from './status-labels.ts';
import type { Task, TaskStatus } from './types.ts';
import { upperFirst } from '../upper-first.ts';

/** The tasks an agency is named in, by the column it is named in. One task can be in several. */
export interface AgencyRoles {
  /** "Chủ trì". */
  leads: Task[];
  /** "Phối hợp". */
  coordinates: Task[];
  /** "Cấp ủy theo dõi chỉ đạo". */
  oversees: Task[];
}

export interface Agency {
  /** Page slug under /nhiem-vu/co-quan/ (the organization id when the name matched one). */
  slug: string;
  /** Official name when matched to an organization record, else the name as first written. */
  name: string;
  orgId: string | null;
  /** Province of the organization, or of the document that named an unmatched body. */
  province: string | null;
  roles: AgencyRoles;
}

/** What agenciesOf needs of an organization record (content/co-quan/). */
export interface OrganizationInfo {
  name: string;
  province: string | null;
}

export type AgencyRole = keyof AgencyRoles;

/** Roles in the order an agency page shows them, with their Vietnamese headings. */
export const ROLE_LABELS: Readonly<Record<AgencyRole, string>> = {
  leads: 'Chủ trì',
  coordinates: 'Phối hợp',
  oversees: 'Theo dõi chỉ đạo',
};
export const ROLE_ORDER: readonly AgencyRole[] = ['leads', 'coordinates', 'oversees'];

/** A calendar quarter of the register, or the group of tasks with no date. */
export interface Quarter {
  /** "2026-q1", or UNDATED.slug. */
  slug: string;
  /** "Quý I/2026", or UNDATED.label. */
  label: string;
}

/** Where tasks with no effective date go in quarter views. */
export const UNDATED: Readonly<Quarter> = { slug: 'chua-xac-dinh', label: 'Chưa xác định' };

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * The day a task is next due, for ordering and quarters: the next occurrence of a recurring task,
 * else the deadline, else the start of its window; null when the deadline gives no day. An ongoing
 * task ("Thường xuyên") is due until its window ends, so it counts at that end (or has no day when
 * the window is open): counting it at its start put it before overdue tasks on every list.
 */
export function effectiveDate(task: Task): string | null {
  if (task.deadline.kind === 'ongoing') return task.deadline.until;
  return task.next ?? task.deadline.due ?? task.deadline.start;
}

// Numeric collation so "…--2" comes before "…--10" (row order, as in the document).
const ID_ORDER = new Intl.Collator('en', { numeric: true });

/** Nearest effective date first (overdue ones, being in the past, lead); undated last; ties by id. */
export function sortByUrgency(tasks: readonly Task[]): Task[] {
  return [...tasks].sort((a, b) => {
    const da = effectiveDate(a);
    const db = effectiveDate(b);
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? -1 : 1;
    }
    return ID_ORDER.compare(a.id, b.id);
  });
}

/** The quarter of a task's effective date ("Quý IV/2026", "2026-q4"), or null when it has none. */
export function quarterOf(task: Task): Quarter | null {
  const day = effectiveDate(task);
  if (!day) return null;
  const year = day.slice(0, 4);
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  return { slug: `${year}-q${q + 1}`, label: `Quý ${ROMAN[q]}/${year}` };
}

/** Tasks by quarter, earliest quarter first, undated last; each group nearest deadline first. */
export function groupByQuarter(tasks: readonly Task[]): (Quarter & { tasks: Task[] })[] {
  const groups = new Map<string, Quarter & { tasks: Task[] }>();
  for (const task of sortByUrgency(tasks)) {
    const q = quarterOf(task) ?? UNDATED;
    const group = groups.get(q.slug) ?? { ...q, tasks: [] };
    group.tasks.push(task);
    groups.set(q.slug, group);
  }
  // sortByUrgency already put quarters in date order and undated tasks last.
  return [...groups.values()];
}

/** Number of tasks in each status, in STATUS_ORDER (zeros included). */
export function statusCounts(tasks: readonly Task[]): { status: TaskStatus; count: number }[] {
  return STATUS_ORDER.map((status) => ({ status, count: tasks.filter((t) => t.status === status).length }));
}

/** Tasks by status in STATUS_ORDER, empty statuses left out; each group nearest deadline first. */
export function groupByStatus(tasks: readonly Task[]): { status: TaskStatus; tasks: Task[] }[] {
  const sorted = sortByUrgency(tasks);
  return STATUS_ORDER.map((status) => ({ status, tasks: sorted.filter((t) => t.status === status) })).filter((g) => g.tasks.length > 0);
}

const COLLATOR = new Intl.Collator('vi');

/**
 * Every body named in a task cell, one entry per slug, with its tasks by role (nearest deadline
 * first). A task appears once per role however often the cell names the body. Sorted by
 * province (central bodies last), then name.
 */
export function agenciesOf(tasks: readonly Task[], lookup: (orgId: string) => OrganizationInfo | undefined = () => undefined): Agency[] {
  const bySlug = new Map<string, Agency>();
  for (const task of tasks) {
    const named: [AgencyRole, Task['leads']][] = [['leads', task.leads], ['coordinates', task.coordinators], ['oversees', task.overseers]];
    for (const [role, refs] of named) {
      for (const ref of refs) {
        let agency = bySlug.get(ref.slug);
        if (!agency) {
          const org = ref.orgId ? lookup(ref.orgId) : undefined;
          agency = {
            slug: ref.slug,
            name: org?.name ?? ref.name,
            orgId: ref.orgId,
            province: org ? org.province : task.document.province,
            roles: { leads: [], coordinates: [], oversees: [] },
          };
          bySlug.set(ref.slug, agency);
        }
        if (!agency.roles[role].includes(task)) agency.roles[role].push(task);
      }
    }
  }
  const agencies = [...bySlug.values()];
  for (const a of agencies) for (const role of ROLE_ORDER) a.roles[role] = sortByUrgency(a.roles[role]);
  return agencies.sort(
    (a, b) =>
      (a.province === null ? 1 : 0) - (b.province === null ? 1 : 0) ||
      COLLATOR.compare(a.province ?? '', b.province ?? '') ||
      COLLATOR.compare(a.name, b.name) ||
      (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
}

/**
 * An agency as it reads after "Nhiệm vụ của …": an organization's name as it is; a group named as
 * written in a table ("Các cơ quan, đơn vị liên quan") in lower case and with its province, since
 * both provinces' tables name such groups alike.
 */
export function agencyInSentence(agency: Pick<Agency, 'name' | 'orgId' | 'province'>): string {
  const generic = agency.orgId === null && /^(Các|Những|Người)\s/iu.test(agency.name);
  if (!generic) return upperFirst(agency.name);
  const lower = agency.name.charAt(0).toLocaleLowerCase('vi') + agency.name.slice(1);
  return agency.province ? `${lower} (tỉnh ${agency.province})` : lower;
}

/** Every task an agency is named in, whatever the role, nearest deadline first. */
export function tasksOf(agency: Agency): Task[] {
  return sortByUrgency([...new Set(ROLE_ORDER.flatMap((r) => agency.roles[r]))]);
}

/**
 * Whether a task gets an event in the iCalendar exports: a date or period with a last day, or a
 * recurrence with a first occurrence, a start or (when the document gives it no first day) a
 * next occurrence. Mirrors `placement` in export-ics.ts (a unit test checks the two agree).
 */
export function isDatable(task: Task): boolean {
  const d = task.deadline;
  if (d.kind === 'date' || d.kind === 'period') return d.due !== null;
  if (d.kind === 'recurring') return (d.due ?? d.start ?? task.next) !== null;
  return false;
}

/** File name part of a document's calendar, /lich/van-ban/<id>.ics: "dien-bien--08-ct-tu-2026". */
export function documentCalendarId(documentId: string): string {
  return documentId.replace(/\//g, '--');
}
