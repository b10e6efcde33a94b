/**
 * The task register as JSON, for reuse by other systems. Keys are written in a fixed order so
 * two builds of the same content give the same file.
 */
import { indentedJsonChunks } from '../text-chunks.ts';
import type { AgencyRef, Deadline, Task } from './types.ts';
import type { SharedAssignment } from './register.ts';

/** What every export of the register takes. */
export interface TaskExportInput {
  /** Day the statuses were computed for (YYYY-MM-DD). */
  asOf: string;
  /** Absolute site URL including the base path, without a trailing slash. */
  siteUrl: string;
  tasks: readonly Task[];
  /**
   * Bodies given each task in common (sharedAssignments: records whose `includedIn` names a
   * general name of the row), by task id; absent or empty when none.
   */
  shared?: ReadonlyMap<string, readonly SharedAssignment[]>;
  /** One body's tasks (its page's spreadsheet) rather than the whole register. */
  agency?: AgencyExport;
}

/** A body's tasks as its spreadsheets say them. */
export interface AgencyExport {
  /** "Sở Tư pháp tỉnh Điện Biên", as the page's title says it after "Nhiệm vụ của". */
  name: string;
  /** Its page, `/nhiem-vu/co-quan/<slug>/`. */
  url: string;
  /** Its roles in each task, by task id: "Chủ trì", "Phối hợp; Theo dõi chỉ đạo (giao chung)" (agencyRoles). */
  roles: ReadonlyMap<string, string>;
}

/** Absolute URL of a site path such as `/van-ban/…/`. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return siteUrl.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
}

/** Absolute URL of the task's row on its document page. */
export function taskUrl(siteUrl: string, task: Task): string {
  return `${absoluteUrl(siteUrl, task.document.url)}#${task.anchor}`;
}

function agency(ref: AgencyRef): { name: string; organization: string | null } {
  return { name: ref.name, organization: ref.orgId };
}

/** A deadline as the JSON exports write it: the phrase as written and the portal's reading. */
export function deadlineJson(d: Deadline) {
  return {
    text: d.text,
    kind: d.kind,
    due: d.due,
    start: d.start,
    until: d.until,
    rrule: d.rrule,
    time: d.time,
    note: d.note,
    problem: d.problem ? { code: d.problem.code, message: d.problem.message } : null,
  };
}

/** `/api/tasks.json`, in chunks of a batch of tasks (src/lib/text-chunks.ts). */
export function tasksToJsonChunks(register: TaskExportInput): Generator<string> {
  return indentedJsonChunks({ asOf: register.asOf }, 'tasks', register.tasks, (task) => {
    return {
      id: task.id,
      document: {
        number: task.document.number,
        title: task.document.title,
        url: absoluteUrl(register.siteUrl, task.document.url),
      },
      ref: task.ref,
      content: task.content,
      overseers: task.overseers.map(agency),
      leads: task.leads.map(agency),
      coordinators: task.coordinators.map(agency),
      shared: (register.shared?.get(task.id) ?? []).map((a) => ({ organization: a.organization, name: a.name, role: a.role, via: a.via })),
      product: task.product,
      deadline: deadlineJson(task.deadline),
      status: task.status,
      statusLabel: task.statusLabel,
      next: task.next,
    };
  });
}

export function tasksToJson(register: TaskExportInput): string {
  return [...tasksToJsonChunks(register)].join('');
}
