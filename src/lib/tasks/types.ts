/**
 * Shared shapes of the task register. Pure data: no Astro imports.
 */

/** How a deadline phrase was understood. */
export type DeadlineKind = 'date' | 'period' | 'ongoing' | 'recurring' | 'unspecified';

/** A Vietnamese deadline phrase, normalized. The original phrase is always kept. */
export interface Deadline {
  /** The phrase exactly as written in the document (NFC). */
  text: string;
  kind: DeadlineKind;
  /** Last day on which the task is still on time, inclusive (YYYY-MM-DD). For a recurring task, its first occurrence. */
  due: string | null;
  /** First day of the window (period, ongoing) or of the recurrence (YYYY-MM-DD). */
  start: string | null;
  /** Last day of the window (period, ongoing), inclusive (YYYY-MM-DD). */
  until: string | null;
  /** RFC 5545 recurrence rule without the `RRULE:` prefix, for recurring tasks. */
  rrule: string | null;
  /** Local time of day before which the task is due (HH:MM, Asia/Ho_Chi_Minh), when the phrase gives one. */
  time: string | null;
  /** Plain Vietnamese note on how the phrase was read, e.g. an ambiguity kept visible. */
  note: string | null;
  /**
   * Why the phrase could not be read, when kind is 'unspecified' for a reason other than the
   * phrase itself saying so ("Theo Kế hoạch"). 'invalid-date' problems are build errors.
   */
  problem: { code: 'unreadable' | 'invalid-date' | 'needs-year'; message: string } | null;
}

/** Status of a task against an "as of" date. */
export type TaskStatus =
  | 'done'
  | 'overdue'
  | 'due-soon'
  | 'upcoming'
  | 'ongoing'
  | 'recurring'
  | 'unspecified';

/** An editor's record of progress on one task (content/tien-do/*.yaml). */
export interface ProgressRecord {
  /** Task label as written in the table (e.g. "8." or "(1)"), matched after normalization. */
  ref: string;
  /** Day the task was reported done (YYYY-MM-DD). */
  done: string;
  /** Optional link to the report. */
  report?: string | null;
  /** Optional note. */
  note?: string | null;
}

/** One row of a task table, as written (before mapping to organizations). */
export interface TaskRow {
  /** Label as written, trimmed: "1.", "13", "(2)". */
  label: string;
  /** Label normalized for anchors and ids: "1", "13", "2". */
  key: string;
  content: string;
  overseers: string[];
  leads: string[];
  coordinators: string[];
  product: string;
  deadlineText: string;
  /** 1-based line of the row in the Markdown body (for error messages). */
  line: number;
  /** 0-based index of the task table within the document. */
  table: number;
}

/** A body named in a task cell, mapped to an organization record when one matches. */
export interface AgencyRef {
  /** The name exactly as written in the cell. */
  name: string;
  /** Id of the matching organization record (content/co-quan/), or null. */
  orgId: string | null;
  /** Slug of the agency's page under /nhiem-vu/co-quan/. */
  slug: string;
}

/** The document a task belongs to, as the register needs it. */
export interface TaskDocument {
  id: string;
  number: string | null;
  title: string;
  /** Path of the document page, without the site base (e.g. `/van-ban/…/`). */
  url: string;
  issued: string | null;
  province: string | null;
}

/** One task of the register. */
export interface Task {
  /** Stable id: document id, table and row key. Used for ICS UIDs and anchors in the register. */
  id: string;
  document: TaskDocument;
  /** Row label as written ("8.", "(1)", "BC1"). */
  ref: string;
  /** Anchor of the row on the document page (without '#'). */
  anchor: string;
  content: string;
  overseers: AgencyRef[];
  leads: AgencyRef[];
  coordinators: AgencyRef[];
  product: string;
  deadline: Deadline;
  status: TaskStatus;
  /** Vietnamese label of the status, e.g. "Quá hạn – chưa có báo cáo". */
  statusLabel: string;
  /** Next occurrence of a recurring task (YYYY-MM-DD). */
  next: string | null;
  progress: ProgressRecord | null;
}
