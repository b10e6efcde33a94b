/**
 * The task register as CSV (RFC 4180) for spreadsheets. A UTF-8 byte order mark comes first
 * because Excel otherwise reads the file in a legacy code page and garbles Vietnamese.
 */
import { lineChunks } from '../text-chunks.ts';
import { taskUrl, type TaskExportInput } from './export-json.ts';
import type { AgencyRef, DeadlineKind } from './types.ts';
import type { SharedAssignment } from './register.ts';

const HEADER = [
  'Mã nhiệm vụ',
  'Số văn bản',
  'Trích yếu',
  'Đường dẫn',
  'STT',
  'Nội dung',
  'Cấp ủy theo dõi chỉ đạo',
  'Chủ trì',
  'Phối hợp',
  'Sản phẩm',
  'Thời gian hoàn thành (nguyên văn)',
  'Loại thời hạn',
  'Hạn chót',
  'Bắt đầu',
  'Kết thúc',
  'Lặp lại (RRULE)',
  'Giờ',
  'Ghi chú về thời hạn',
  'Trạng thái',
  'Hạn kế tiếp',
  'Giao chung cho',
];

/** Spreadsheet readers are people, so the kind is written in words; JSON keeps the codes. */
export const DEADLINE_KIND_LABEL: Readonly<Record<DeadlineKind, string>> = {
  date: 'Ngày cụ thể',
  period: 'Trong một khoảng thời gian',
  ongoing: 'Thường xuyên',
  recurring: 'Định kỳ',
  unspecified: 'Chưa xác định',
};

/**
 * A cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "@SUM(…)", "- Sở Tư pháp", which
 * Excel shows as #NAME?) starts with an apostrophe, so it is read as text (OWASP, CSV injection):
 * task tables are written by many hands and the file is opened by officials in Excel.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function names(refs: readonly AgencyRef[]): string {
  return refs.map((r) => r.name).join('; ');
}

const SHARED_ROLE: Readonly<Record<SharedAssignment['role'], string>> = { leads: 'chủ trì', coordinators: 'phối hợp', overseers: 'theo dõi chỉ đạo' };

/** "Các xã, phường tỉnh Điện Biên (chủ trì, qua “các địa phương”)", one per body and column, "; " between. */
function sharedCell(shared: readonly SharedAssignment[]): string {
  return shared.map((a) => `${a.name} (${SHARED_ROLE[a.role]}, qua ${a.via.map((v) => `“${v}”`).join(', ')})`).join('; ');
}

function row(values: readonly string[]): string {
  return `${values.map(field).join(',')}\r\n`;
}

/** `/api/tasks.csv`, in chunks of a batch of rows (src/lib/text-chunks.ts). */
export function* tasksToCsvChunks(register: TaskExportInput): Generator<string> {
  yield `\uFEFF${row(HEADER)}`;
  yield* lineChunks(register.tasks, (task) => {
    const d = task.deadline;
    return row([
      task.id,
      task.document.number ?? '',
      task.document.title,
      taskUrl(register.siteUrl, task),
      task.ref,
      task.content,
      names(task.overseers),
      names(task.leads),
      names(task.coordinators),
      task.product,
      d.text,
      DEADLINE_KIND_LABEL[d.kind],
      // ISO dates: spreadsheets read YYYY-MM-DD the same in every locale, dd/mm/yyyy they may not.
      d.due ?? '',
      d.start ?? '',
      d.until ?? '',
      d.rrule ?? '',
      d.time ?? '',
      d.note ?? '',
      task.statusLabel,
      // The day the task is next due as of the build (for a recurring one, its next occurrence,
      // where "Hạn chót" is its first): the column to sort a sheet by.
      task.next ?? '',
      // Last, so the columns before keep their places: bodies whose records say a general name of
      // the row includes them (a commune's officials filter this column for "giao chung").
      sharedCell(register.shared?.get(task.id) ?? []),
    ]);
  });
}

export function tasksToCsv(register: TaskExportInput): string {
  return [...tasksToCsvChunks(register)].join('');
}
