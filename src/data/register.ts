/**
 * Views of the task register that many pages share: the register, its status, quarter and agency
 * pages and all their later pages (hundreds of pages at 10,000 documents). Computed once per
 * corpus instead of once per page, which made the build quadratic in the number of tasks.
 */
import type { Corpus } from '../lib/content/corpus.ts';
import type { Task, TaskStatus } from '../lib/tasks/types.ts';
import { PAGE_SIZE, pageUrl } from '../lib/pagination.ts';
import { agenciesOf, agencyExport, groupByQuarter, groupByStatus, recurringDueSoon, sharedAssignments, statusCounts, tasksOf, type Agency, type Quarter, type SharedAssignment } from '../lib/tasks/register.ts';
import type { TaskExportInput } from '../lib/tasks/export-json.ts';

export interface RegisterViews {
  /** Every body named in a task table (agenciesOf). */
  agencies: Agency[];
  /** Statuses that have tasks, with how many, in STATUS_ORDER. */
  statuses: { status: TaskStatus; count: number }[];
  /** Recurring tasks with an occurrence within 30 days (recurringDueSoon): listed with the tasks due soon. */
  recurringSoon: Task[];
  /** Tasks by quarter (groupByQuarter). */
  quarters: (Quarter & { tasks: Task[] })[];
  /** Tasks by status (groupByStatus). */
  byStatus: { status: TaskStatus; tasks: Task[] }[];
  /** The register's order (status by status, nearest deadline first): /nhiem-vu/ is paginated in it. */
  ordered: Task[];
  /**
   * Where each task's full card is: "/nhiem-vu/trang/3/#<task id>" by task id. The register is the
   * one page that shows a task in full; every other list shows a short row linking here.
   */
  cardPaths: Map<string, string>;
  /** Bodies given each task in common, by task id (sharedAssignments), for the exports. */
  shared: Map<string, SharedAssignment[]>;
  /** Slugs of the agencies that are the communes and wards of a province (records of kind cap-xa): where commune officials start. */
  communes: Set<string>;
}

const views = new WeakMap<Corpus, RegisterViews>();

export function registerViews(corpus: Corpus): RegisterViews {
  let found = views.get(corpus);
  if (!found) {
    const { tasks, organizations } = corpus;
    const byStatus = groupByStatus(tasks);
    const ordered = byStatus.flatMap((g) => g.tasks);
    const agencies = agenciesOf(tasks, organizations);
    found = {
      agencies,
      statuses: statusCounts(tasks).filter((s) => s.count > 0),
      recurringSoon: recurringDueSoon(tasks, corpus.asOf),
      quarters: groupByQuarter(tasks),
      byStatus,
      ordered,
      cardPaths: new Map(ordered.map((t, i) => [t.id, `${pageUrl('/nhiem-vu/', Math.floor(i / PAGE_SIZE) + 1)}#${t.id}`])),
      shared: sharedAssignments(agencies),
      communes: new Set(agencies.filter((a) => organizations.get(a.orgId ?? '')?.kind === 'cap-xa').map((a) => a.slug)),
    };
    views.set(corpus, found);
  }
  return found;
}

const agencyInputs = new WeakMap<Agency, TaskExportInput>();

/**
 * One agency's tasks as its spreadsheets take them (`/api/tasks/co-quan/<slug>.csv` and `.xlsx`):
 * worked out once for both files. `site`: the site's absolute URL with its base path.
 */
export function agencyTaskExport(corpus: Corpus, agency: Agency, site: string): TaskExportInput {
  let found = agencyInputs.get(agency);
  if (!found) {
    found = { asOf: corpus.asOf, siteUrl: site, tasks: tasksOf(agency), shared: registerViews(corpus).shared, agency: agencyExport(agency) };
    agencyInputs.set(agency, found);
  }
  return found;
}
