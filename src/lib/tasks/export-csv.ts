/**
 * The task register as CSV (RFC 4180) for spreadsheets, with the columns of export-columns.ts.
 * A UTF-8 byte order mark comes first because Excel otherwise reads the file in a legacy code
 * page and garbles Vietnamese. Dates are YYYY-MM-DD: spreadsheets read them the same in every
 * locale, dd/mm/yyyy they may not. (The workbook, export-xlsx.ts, has typed cells instead.)
 */
import { lineChunks } from '../text-chunks.ts';
import type { TaskExportInput } from './export-json.ts';
import { taskColumns } from './export-columns.ts';

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

function row(values: readonly string[]): string {
  return `${values.map(field).join(',')}\r\n`;
}

/** `/api/tasks.csv` (or a body's, `/api/tasks/co-quan/<slug>.csv`), in chunks of a batch of rows (src/lib/text-chunks.ts). */
export function* tasksToCsvChunks(register: TaskExportInput): Generator<string> {
  const columns = taskColumns(register);
  yield `\uFEFF${row(columns.map((c) => c.header))}`;
  yield* lineChunks(register.tasks, (task) => row(columns.map((c) => c.value(task, register))));
}

export function tasksToCsv(register: TaskExportInput): string {
  return [...tasksToCsvChunks(register)].join('');
}
