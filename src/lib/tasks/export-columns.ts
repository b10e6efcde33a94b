/**
 * The register's columns as spreadsheets show them: the CSV (export-csv.ts) and the Excel
 * workbook (export-xlsx.ts) write the same columns, in the same order, with the same values.
 * Only what a cell is differs: the CSV writes text, the workbook gives dates and links their
 * own cell types.
 */
import { taskUrl, type TaskExportInput } from './export-json.ts';
import type { AgencyRef, DeadlineKind, Task } from './types.ts';
import type { SharedAssignment } from './register.ts';
import { deadlineProblem } from './describe.ts';

/** `text` as written; `date` a YYYY-MM-DD day; `link` an absolute URL. */
export type ColumnKind = 'text' | 'date' | 'link';

export interface TaskColumn {
  header: string;
  kind: ColumnKind;
  /** Width in the workbook, in characters. */
  width: number;
  /** Long text, wrapped in the workbook. */
  wrap?: boolean;
  /** The cell's value ('' when empty). */
  value(task: Task, register: TaskExportInput): string;
}

/** Spreadsheet readers are people, so the kind is written in words; JSON keeps the codes. */
export const DEADLINE_KIND_LABEL: Readonly<Record<DeadlineKind, string>> = {
  date: 'Ngày cụ thể',
  period: 'Trong một khoảng thời gian',
  ongoing: 'Thường xuyên',
  recurring: 'Định kỳ',
  unspecified: 'Chưa xác định',
};

function names(refs: readonly AgencyRef[]): string {
  return refs.map((r) => r.name).join('; ');
}

const SHARED_ROLE: Readonly<Record<SharedAssignment['role'], string>> = { leads: 'chủ trì', coordinators: 'phối hợp', overseers: 'theo dõi chỉ đạo' };

/** "Các xã, phường tỉnh Điện Biên (chủ trì, qua “các địa phương”)", one per body and column, "; " between. */
function sharedCell(shared: readonly SharedAssignment[]): string {
  return shared.map((a) => `${a.name} (${SHARED_ROLE[a.role]}, qua ${a.via.map((v) => `“${v}”`).join(', ')})`).join('; ');
}

export const TASK_COLUMNS: readonly TaskColumn[] = [
  { header: 'Mã nhiệm vụ', kind: 'text', width: 24, value: (t) => t.id },
  { header: 'Số văn bản', kind: 'text', width: 14, value: (t) => t.document.number ?? '' },
  { header: 'Trích yếu', kind: 'text', width: 40, wrap: true, value: (t) => t.document.title },
  { header: 'Đường dẫn', kind: 'link', width: 30, value: (t, r) => taskUrl(r.siteUrl, t) },
  { header: 'STT', kind: 'text', width: 6, value: (t) => t.ref },
  { header: 'Nội dung', kind: 'text', width: 60, wrap: true, value: (t) => t.content },
  { header: 'Cấp ủy theo dõi chỉ đạo', kind: 'text', width: 24, wrap: true, value: (t) => names(t.overseers) },
  { header: 'Chủ trì', kind: 'text', width: 28, wrap: true, value: (t) => names(t.leads) },
  { header: 'Phối hợp', kind: 'text', width: 28, wrap: true, value: (t) => names(t.coordinators) },
  { header: 'Sản phẩm', kind: 'text', width: 28, wrap: true, value: (t) => t.product },
  { header: 'Thời gian hoàn thành (nguyên văn)', kind: 'text', width: 24, wrap: true, value: (t) => t.deadline.text },
  { header: 'Loại thời hạn', kind: 'text', width: 16, value: (t) => DEADLINE_KIND_LABEL[t.deadline.kind] },
  { header: 'Hạn chót', kind: 'date', width: 12, value: (t) => t.deadline.due ?? '' },
  { header: 'Bắt đầu', kind: 'date', width: 12, value: (t) => t.deadline.start ?? '' },
  { header: 'Kết thúc', kind: 'date', width: 12, value: (t) => t.deadline.until ?? '' },
  { header: 'Lặp lại (RRULE)', kind: 'text', width: 18, value: (t) => t.deadline.rrule ?? '' },
  { header: 'Giờ', kind: 'text', width: 7, value: (t) => t.deadline.time ?? '' },
  { header: 'Ghi chú về thời hạn', kind: 'text', width: 30, wrap: true, value: (t) => [t.deadline.note, deadlineProblem(t.deadline)].filter(Boolean).join(' ') },
  { header: 'Trạng thái', kind: 'text', width: 18, value: (t) => t.statusLabel },
  // The day the task is next due as of the build (for a recurring one, its next occurrence,
  // where "Hạn chót" is its first): the column to sort a sheet by.
  { header: 'Hạn kế tiếp', kind: 'date', width: 12, value: (t) => t.next ?? '' },
  // Last, so the columns before keep their places: bodies whose records say a general name of
  // the row includes them (a commune's officials filter this column for "giao chung").
  { header: 'Giao chung cho', kind: 'text', width: 40, wrap: true, value: (t, r) => sharedCell(r.shared?.get(t.id) ?? []) },
];

/**
 * A body's spreadsheet (`agency`) puts first what it is to do in each task: its role. The other
 * columns follow as in the register's.
 */
const ROLE_COLUMN: TaskColumn = { header: 'Vai trò', kind: 'text', width: 20, wrap: true, value: (t, r) => r.agency?.roles.get(t.id) ?? '' };

/** The columns of `register`'s spreadsheets. */
export function taskColumns(register: TaskExportInput): readonly TaskColumn[] {
  return register.agency ? [ROLE_COLUMN, ...TASK_COLUMNS] : TASK_COLUMNS;
}
