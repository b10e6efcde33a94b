/**
 * The register as an Excel workbook, read back with ExcelJS (a spreadsheet reader the writer does
 * not use): the CSV's columns and values, with text kept as text, days as date cells and addresses
 * as links; the same bytes from the same register.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { tasksToCsv } from '../../src/lib/tasks/export-csv.ts';
import { TASK_COLUMNS } from '../../src/lib/tasks/export-columns.ts';
import { columnLetters, excelSerial, INFO_SHEET, TASK_SHEET, tasksToXlsx } from '../../src/lib/tasks/export-xlsx.ts';
import { DOC_URL, REGISTER, TASKS, makeTask } from '../support/task-fixture.ts';
import { parseCsv } from '../support/csv.ts';

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** A cell's value as the CSV writes it: text as is, a date as YYYY-MM-DD, a link as its address. */
function asCsvText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'hyperlink' in v) return v.hyperlink;
  return String(v);
}

describe('columnLetters and excelSerial', () => {
  it('names columns as Excel does', () => {
    expect([0, 20, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'U', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('gives the serial numbers Excel shows for a date formatted as a number', () => {
    // 1 January 2026 is 46023 in Excel; 1 March 1900 is 61 (Excel counts a 29 February 1900 that never was).
    expect(excelSerial('2026-01-01')).toBe(46023);
    expect(excelSerial('2026-06-30')).toBe(46203);
    expect(excelSerial('1900-03-01')).toBe(61);
    expect(() => excelSerial('30/06/2026')).toThrow('YYYY-MM-DD');
  });
});

describe('tasksToXlsx', async () => {
  const bytes = await tasksToXlsx(REGISTER);
  const workbook = await readWorkbook(bytes);
  const sheet = workbook.getWorksheet(TASK_SHEET)!;

  it('has the CSV header and one row per task, in order, with the same values', () => {
    const csv = parseCsv(tasksToCsv(REGISTER).slice(1));
    expect(sheet.rowCount).toBe(TASKS.length + 1);
    for (let r = 1; r <= sheet.rowCount; r++) {
      const cells = TASK_COLUMNS.map((_, c) => asCsvText(sheet.getRow(r).getCell(c + 1)));
      expect(cells).toEqual(csv[r - 1]);
    }
    expect(sheet.getRow(1).getCell(1).value).toBe('Mã nhiệm vụ');
    expect(sheet.getRow(1).getCell(TASK_COLUMNS.length).value).toBe('Giao chung cho');
  });

  it('keeps an STT such as "(1)" and a cell that looks like a formula as text', async () => {
    const odd = await readWorkbook(await tasksToXlsx({ ...REGISTER, tasks: [makeTask('1', {
      ref: '(1)',
      content: '=HYPERLINK("https://evil.example/","x")',
      product: '  Báo cáo "sơ kết" & <tổng kết>\ndòng hai ',
    })] }));
    const row = odd.getWorksheet(TASK_SHEET)!.getRow(2);
    const cell = (header: string) => row.getCell(TASK_COLUMNS.findIndex((c) => c.header === header) + 1);
    expect(cell('STT').type).toBe(ExcelJS.ValueType.String);
    expect(cell('STT').value).toBe('(1)');
    expect(cell('Nội dung').type).toBe(ExcelJS.ValueType.String);
    expect(cell('Nội dung').value).toBe('=HYPERLINK("https://evil.example/","x")');
    // Spaces at either end, quotes, markup characters and line breaks come back as written.
    expect(cell('Sản phẩm').value).toBe('  Báo cáo "sơ kết" & <tổng kết>\ndòng hai ');
  });

  it('writes days as date cells shown dd/mm/yyyy, and leaves empty values empty', () => {
    const row = sheet.getRow(3); // task 2: Quý II/2026
    const cell = (header: string) => row.getCell(TASK_COLUMNS.findIndex((c) => c.header === header) + 1);
    expect(cell('Hạn chót').type).toBe(ExcelJS.ValueType.Date);
    expect(cell('Hạn chót').value).toEqual(new Date('2026-06-30T00:00:00Z'));
    expect(cell('Hạn chót').numFmt).toBe('dd/mm/yyyy');
    expect(cell('Bắt đầu').value).toEqual(new Date('2026-04-01T00:00:00Z'));
    expect(cell('Lặp lại (RRULE)').type).toBe(ExcelJS.ValueType.Null);
    expect(cell('Hạn kế tiếp').type).toBe(ExcelJS.ValueType.Null);
  });

  it('links each task to its row on the document page', () => {
    const link = sheet.getRow(2).getCell(TASK_COLUMNS.findIndex((c) => c.kind === 'link') + 1);
    expect(link.type).toBe(ExcelJS.ValueType.Hyperlink);
    expect(link.value).toEqual({ text: `${DOC_URL}#nhiem-vu-3`, hyperlink: `${DOC_URL}#nhiem-vu-3` });
  });

  it('keeps the header row in view, with filter buttons over every row', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:${columnLetters(TASK_COLUMNS.length - 1)}${TASKS.length + 1}`);
    expect(sheet.getRow(1).font?.bold ?? sheet.getRow(1).getCell(1).font?.bold).toBe(true);
  });

  it('says on a second sheet as of which day the statuses were worked out', () => {
    const info = workbook.getWorksheet(INFO_SHEET)!;
    const byLabel = new Map<string, ExcelJS.CellValue>();
    info.eachRow((row) => byLabel.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(byLabel.get('Trạng thái tính đến ngày')).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(byLabel.get('Số nhiệm vụ')).toBe(TASKS.length);
    expect(byLabel.get('Nguồn')).toMatchObject({ hyperlink: 'https://phapluat.example.gov.vn/cong/nhiem-vu/' });
    expect(workbook.title).toBe('Sổ theo dõi nhiệm vụ');
  });

  it('is the same bytes from the same register, every entry dated its "as of" day', async () => {
    expect(Buffer.from(await tasksToXlsx(REGISTER)).equals(Buffer.from(bytes))).toBe(true);
    const zip = await JSZip.loadAsync(bytes);
    const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString()));
    expect([...dates]).toEqual(['2026-03-01T00:00:00.000Z']);
  });

  it('is the same bytes in every time zone (a zip entry\'s time has none)', async () => {
    const zone = process.env.TZ;
    const made: Buffer[] = [];
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh']) {
        process.env.TZ = tz;
        made.push(Buffer.from(await tasksToXlsx(REGISTER)));
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(new Date(2026, 2, 1).getTimezoneOffset()).not.toBe(-840); // the zone was put back
    for (const file of made) expect(file.equals(Buffer.from(bytes))).toBe(true);
  });

  it('reads as a workbook with every task for a register of several batches', async () => {
    const many = Array.from({ length: 1_203 }, (_, i) => makeTask(String(i + 100), { ref: `(${i + 1})` }));
    const big = (await readWorkbook(await tasksToXlsx({ ...REGISTER, tasks: many }))).getWorksheet(TASK_SHEET)!;
    expect(big.rowCount).toBe(1_204);
    expect(big.getRow(1_204).getCell(5).value).toBe('(1203)');
    expect(big.getRow(1_204).getCell(4).value).toMatchObject({ hyperlink: `${DOC_URL}#nhiem-vu-1302` });
  });

  it('stops with the task and column named when a cell holds a character a workbook cannot', async () => {
    await expect(tasksToXlsx({ ...REGISTER, tasks: [makeTask('4', { product: 'Báo cáo\u0007' })] }))
      .rejects.toThrow('nhiệm vụ dien-bien/08-ct-tu-2026/0/4, cột “Sản phẩm”: có ký tự điều khiển');
  });
});
