/**
 * The register's views of the task list: who does what (by agency and role), what comes first
 * (by effective date), and the groups the static filter pages are built from (status, quarter).
 * Pure: pages pass in the tasks and, where names matter, a lookup of organization records.
 */
import { STATUS_ORDER } from './status-labels.ts';
import type { Task, TaskStatus } from './types.ts';
import type { AgencyExport } from './export-json.ts';
import { upperFirst } from '../upper-first.ts';
import { daysBetween } from '../dates.ts';
import { DUE_SOON_DAYS } from './status.ts';
import { foldName } from './agencies.ts';

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
  /**
   * Tasks given in common to a general name that includes this body (its record's `includedIn`:
   * "các địa phương" for the communes, "Các sở, ban, ngành liên quan" for a department), by the
   * column the general name is in. A task the body is also named in directly is only there.
   */
  shared: AgencyRoles;
  /** The general names that brought the shared tasks, as first written in the tables (once each, whatever the case). */
  sharedNames: string[];
}

/** What agenciesOf needs of an organization record (content/co-quan/). */
export interface OrganizationInfo {
  name: string;
  province: string | null;
  /** General names in task tables that include the body (see Agency.shared). */
  includedIn?: readonly string[];
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

/**
 * Recurring tasks whose next occurrence falls within DUE_SOON_DAYS of `asOf`, nearest first. A
 * recurring task is never "due soon" (it recurs), but an official wants the reports due this month.
 */
export function recurringDueSoon(tasks: readonly Task[], asOf: string): Task[] {
  return sortByUrgency(tasks.filter((t) => t.status === 'recurring' && t.next !== null && daysBetween(asOf, t.next) <= DUE_SOON_DAYS));
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
 * first), and every organization whose record says a general name in the tables includes it,
 * with the tasks given to that name as shared tasks. A task appears once per role however often
 * the cell names the body. Sorted by province (central bodies last), then name.
 */
export function agenciesOf(tasks: readonly Task[], organizations: ReadonlyMap<string, OrganizationInfo> = new Map()): Agency[] {
  const bySlug = new Map<string, Agency>();
  const agencyFor = (slug: string, orgId: string | null, name: string, province: string | null): Agency => {
    let agency = bySlug.get(slug);
    if (!agency) {
      const org = orgId ? organizations.get(orgId) : undefined;
      agency = {
        slug,
        name: org?.name ?? name,
        orgId,
        province: org ? org.province : province,
        roles: { leads: [], coordinates: [], oversees: [] },
        shared: { leads: [], coordinates: [], oversees: [] },
        sharedNames: [],
      };
      bySlug.set(slug, agency);
    }
    return agency;
  };
  const members = membersByName(organizations);
  const named = (task: Task): [AgencyRole, Task['leads']][] => [['leads', task.leads], ['coordinates', task.coordinators], ['oversees', task.overseers]];
  for (const task of tasks) {
    for (const [role, refs] of named(task)) {
      for (const ref of refs) {
        const agency = agencyFor(ref.slug, ref.orgId, ref.name, task.document.province);
        if (!agency.roles[role].includes(task)) agency.roles[role].push(task);
      }
    }
  }
  if (members.size) {
    for (const task of tasks) {
      const place = task.document.province === null ? null : foldName(task.document.province);
      for (const [role, refs] of named(task)) {
        for (const ref of refs) {
          for (const id of members.get(foldName(ref.name)) ?? []) {
            const org = organizations.get(id)!;
            if (org.province !== null && (place === null || foldName(org.province) !== place)) continue;
            const agency = agencyFor(id, id, org.name, org.province);
            if (ROLE_ORDER.some((r) => agency.roles[r].includes(task))) continue;
            if (!agency.shared[role].includes(task)) agency.shared[role].push(task);
            // Every general name that brings it, a second one of the same column too (sharedVia names them all).
            if (!agency.sharedNames.some((n) => foldName(n) === foldName(ref.name))) agency.sharedNames.push(ref.name);
          }
        }
      }
    }
  }
  const agencies = [...bySlug.values()];
  for (const a of agencies) {
    for (const role of ROLE_ORDER) {
      a.roles[role] = sortByUrgency(a.roles[role]);
      a.shared[role] = sortByUrgency(a.shared[role]);
    }
  }
  return agencies.sort(
    (a, b) =>
      (a.province === null ? 1 : 0) - (b.province === null ? 1 : 0) ||
      COLLATOR.compare(a.province ?? '', b.province ?? '') ||
      COLLATOR.compare(a.name, b.name) ||
      (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
}

/** The general names of a task's `role` column that brought it to the agency as a shared task. */
export function sharedVia(agency: Pick<Agency, 'sharedNames'>, task: Task, role: AgencyRole): string[] {
  const refs = role === 'leads' ? task.leads : role === 'coordinates' ? task.coordinators : task.overseers;
  const included = new Set(agency.sharedNames.map(foldName));
  return refs.map((r) => r.name).filter((n) => included.has(foldName(n)));
}

/** A body given a task in common: a record whose `includedIn` names a general name of the row. */
export interface SharedAssignment {
  /** Organization id (content/co-quan/). */
  organization: string;
  name: string;
  /** The column of the general name: as the exports name the task's columns. */
  role: 'leads' | 'coordinators' | 'overseers';
  /** The general names of that column that include the body, as written in the row. */
  via: string[];
}

const EXPORT_ROLE: Readonly<Record<AgencyRole, SharedAssignment['role']>> = { leads: 'leads', coordinates: 'coordinators', oversees: 'overseers' };

/**
 * The shared tasks of `agencies` (agenciesOf) by task id: who is given each task in common, in
 * which column and through which general name, as the agency pages and calendars show it ("giao
 * chung"), for the exports. In agency order, then role order; tasks without any are absent.
 */
export function sharedAssignments(agencies: readonly Agency[]): Map<string, SharedAssignment[]> {
  const out = new Map<string, SharedAssignment[]>();
  for (const agency of agencies) {
    if (agency.orgId === null) continue;
    for (const role of ROLE_ORDER) {
      for (const task of agency.shared[role]) {
        const entry: SharedAssignment = { organization: agency.orgId, name: agency.name, role: EXPORT_ROLE[role], via: sharedVia(agency, task, role) };
        out.set(task.id, [...(out.get(task.id) ?? []), entry]);
      }
    }
  }
  return out;
}

/** Organization ids by the folded general names their records say include them. */
function membersByName(organizations: ReadonlyMap<string, OrganizationInfo>): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const [id, org] of organizations) {
    for (const name of org.includedIn ?? []) {
      const key = foldName(name);
      members.set(key, [...(members.get(key) ?? []), id]);
    }
  }
  return members;
}

/**
 * An agency as it reads after "Nhiệm vụ của …": an organization's name as it is; a group named as
 * written in a table ("Các cơ quan, đơn vị liên quan") in lower case and with its province, since
 * both provinces' tables name such groups alike.
 */
export function agencyInSentence(agency: Pick<Agency, 'name' | 'orgId' | 'province'>): string {
  if (!/^(Các|Những|Người)\s/iu.test(agency.name)) return upperFirst(agency.name);
  const lower = agency.name.charAt(0).toLocaleLowerCase('vi') + agency.name.slice(1);
  // A record's name says its province already ("Các xã, phường tỉnh Điện Biên").
  return agency.province && agency.orgId === null ? `${lower} (tỉnh ${agency.province})` : lower;
}

/** Every task an agency is named in or shares, whatever the role, nearest deadline first. */
export function tasksOf(agency: Agency): Task[] {
  return sortByUrgency([...new Set(ROLE_ORDER.flatMap((r) => [...agency.roles[r], ...agency.shared[r]]))]);
}

/**
 * The body's roles in each of its tasks, by task id, as its spreadsheets' first column says them:
 * "Chủ trì", "Phối hợp; Theo dõi chỉ đạo", "Phối hợp (giao chung)" for a task given in common to a
 * general name that includes it.
 */
export function agencyRoles(agency: Pick<Agency, 'roles' | 'shared'>): Map<string, string> {
  const roles = new Map<string, string[]>();
  for (const shared of [false, true]) {
    for (const role of ROLE_ORDER) {
      for (const task of (shared ? agency.shared : agency.roles)[role]) {
        const label = shared ? `${ROLE_LABELS[role]} (giao chung)` : ROLE_LABELS[role];
        roles.set(task.id, [...(roles.get(task.id) ?? []), label]);
      }
    }
  }
  return new Map([...roles].map(([id, labels]) => [id, labels.join('; ')]));
}

/** What a body's spreadsheets say of it (export-csv.ts, export-xlsx.ts). */
export function agencyExport(agency: Agency): AgencyExport {
  return { name: agencyInSentence(agency), url: `/nhiem-vu/co-quan/${agency.slug}/`, roles: agencyRoles(agency) };
}

/**
 * How many tasks a body has, whatever the role, and how many of them it has in more than one role
 * (a row naming it in two columns, or two general names that include it in two columns): those
 * are counted, and listed, under every role they have.
 */
export function taskTally(agency: Pick<Agency, 'roles' | 'shared'>): { tasks: number; inSeveralRoles: number } {
  const roles = new Map<string, number>();
  for (const byRole of [agency.roles, agency.shared]) {
    for (const role of ROLE_ORDER) for (const task of byRole[role]) roles.set(task.id, (roles.get(task.id) ?? 0) + 1);
  }
  return { tasks: roles.size, inSeveralRoles: [...roles.values()].filter((n) => n > 1).length };
}

/** "chủ trì 2, phối hợp 5; giao chung: phối hợp 11": how many tasks, role by role (a task in two roles counts in both). */
export function roleSummary(agency: Pick<Agency, 'roles' | 'shared'>): string {
  const count = (roles: AgencyRoles) => ROLE_ORDER.filter((r) => roles[r].length > 0).map((r) => `${ROLE_LABELS[r].toLowerCase()} ${roles[r].length}`).join(', ');
  const own = count(agency.roles);
  const shared = count(agency.shared);
  return [own, shared && `giao chung: ${shared}`].filter(Boolean).join('; ');
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
