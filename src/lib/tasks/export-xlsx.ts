/**
 * The task register as an Excel workbook (Office Open XML, ECMA-376): the CSV's columns
 * (export-columns.ts) with typed cells. Every text is a text cell, so Excel keeps an STT such as
 * "(1)" as written (opening the CSV, it reads the number −1) and never runs a cell as a formula;
 * days are date cells shown as dd/mm/yyyy, so a sheet sorts and filters by them; a task's address
 * is a link. The header row stays in view and has filter buttons, and prints on every page.
 * A second sheet says as of which day the statuses were worked out.
 *
 * Written here rather than with a spreadsheet library: one sheet of text, dates and links is a
 * small part of the format, and the file must be the same bytes from two builds of the same
 * content (the libraries stamp the zip entries with the time of writing). The zip is yazl's, which
 * compresses with Node's zlib off the main thread (JSZip's JavaScript deflate was half the time of
 * writing a large workbook), its entries dated the register's "as of" day. Tests read the file
 * back with ExcelJS.
 */
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { ZipFile } from 'yazl';
import { batches, RECORD_BATCH, utf8Stream } from '../text-chunks.ts';
import { absoluteUrl, type TaskExportInput } from './export-json.ts';
import { taskColumns, type TaskColumn } from './export-columns.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sheet names, as the tabs show them. */
export const TASK_SHEET = 'Nhiệm vụ';
export const INFO_SHEET = 'Thông tin';

/** Excel's limit for the text of one cell. */
const MAX_CELL_TEXT = 32_767;

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_HYPERLINK = `${NS_REL}/hyperlink`;
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Indexes into cellXfs of STYLES_XML. */
const STYLE = { header: 1, text: 2, wrap: 3, date: 4, link: 5, title: 6 } as const;

const STYLES_XML = `${XML_DECL}<styleSheet xmlns="${NS_MAIN}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<fonts count="4">' +
  '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>' +
  '</fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="7">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Characters XML 1.0 cannot hold at all (controls other than tab and line breaks, U+FFFE/U+FFFF, lone surrogates). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** "A" for 0, "U" for 20, "AA" for 26. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Days since 30/12/1899, Excel's serial number of a YYYY-MM-DD day (1900 date system). */
export function excelSerial(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`ngày "${day}" không theo dạng YYYY-MM-DD`);
  return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A text cell. `where` names it in an error: a text the format cannot hold stops the build, it is not cut. */
function textCell(ref: string, text: string, style: number, where: string): string {
  if (NOT_XML.test(text)) throw new Error(`${where}: có ký tự điều khiển không ghi được vào tệp Excel`);
  if (text.length > MAX_CELL_TEXT) throw new Error(`${where}: dài ${text.length} ký tự, quá giới hạn ${MAX_CELL_TEXT} ký tự của một ô Excel`);
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
}

function dateCell(ref: string, day: string): string {
  return `<c r="${ref}" s="${STYLE.date}"><v>${excelSerial(day)}</v></c>`;
}

function numberCell(ref: string, n: number): string {
  return `<c r="${ref}"><v>${n}</v></c>`;
}

function textStyle(column: TaskColumn): number {
  if (column.kind === 'link') return STYLE.link;
  return column.wrap ? STYLE.wrap : STYLE.text;
}

/** The links of one sheet: cell ref and target, numbered rId1… in order. */
type Links = [ref: string, target: string][];

function hyperlinksXml(links: Links): string {
  if (links.length === 0) return '';
  return `<hyperlinks>${links.map(([ref], i) => `<hyperlink ref="${ref}" r:id="rId${i + 1}"/>`).join('')}</hyperlinks>`;
}

function* sheetRelsChunks(links: Links): Generator<string> {
  yield `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">`;
  let n = 0;
  for (const slice of batches(links, RECORD_BATCH * 4)) {
    yield slice.map(([, target]) => `<Relationship Id="rId${(n += 1)}" Type="${REL_HYPERLINK}" Target="${escapeXml(target)}" TargetMode="External"/>`).join('');
  }
  yield '</Relationships>';
}

/** The task sheet's links: each task's address (the link columns), by cell. */
function taskLinks(register: TaskExportInput): Links {
  const links: Links = [];
  const columns = taskColumns(register);
  register.tasks.forEach((task, t) => {
    columns.forEach((column, i) => {
      const target = column.kind === 'link' ? column.value(task, register) : '';
      if (target) links.push([`${columnLetters(i)}${t + 2}`, target]);
    });
  });
  return links;
}

/** Page setup: A4 landscape; margins in inches (Excel's unit). */
const PRINT_SETUP = '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>' +
  '<pageSetup paperSize="9" orientation="landscape"/>';

/**
 * The task sheet, a batch of rows at a time (a 10,000-document register is some 75 MB of XML);
 * `links` are its link cells (taskLinks), listed at its end.
 */
function* taskSheetChunks(register: TaskExportInput, links: Links): Generator<string> {
  const columns = taskColumns(register);
  const last = columnLetters(columns.length - 1);
  const lastRow = register.tasks.length + 1;
  yield `${XML_DECL}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<dimension ref="A1:${last}${lastRow}"/>` +
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('')}</cols>` +
    '<sheetData>' +
    `<row r="1">${columns.map((c, i) => textCell(`${columnLetters(i)}1`, c.header, STYLE.header, `tiêu đề cột ${i + 1}`)).join('')}</row>`;
  let r = 1;
  for (const slice of batches(register.tasks, RECORD_BATCH)) {
    let xml = '';
    for (const task of slice) {
      r += 1;
      xml += `<row r="${r}">`;
      columns.forEach((column, i) => {
        const value = column.value(task, register);
        if (value === '') return;
        const ref = `${columnLetters(i)}${r}`;
        if (column.kind === 'date') xml += dateCell(ref, value);
        else {
          xml += textCell(ref, value, textStyle(column), `nhiệm vụ ${task.id}, cột “${column.header}”`);
        }
      });
      xml += '</row>';
    }
    yield xml;
  }
  yield `</sheetData><autoFilter ref="A1:${last}${lastRow}"/>${hyperlinksXml(links)}${PRINT_SETUP}</worksheet>`;
}

/** The second sheet: as of which day, how many tasks, where they come from, how to sort them. */
/** "Sổ theo dõi nhiệm vụ", or "Nhiệm vụ của Sở Tư pháp tỉnh Điện Biên" for a body's tasks. */
function workbookTitle(register: TaskExportInput): string {
  return register.agency ? `Nhiệm vụ của ${register.agency.name}` : 'Sổ theo dõi nhiệm vụ';
}

function infoSheet(register: TaskExportInput): { xml: string; links: Links } {
  const links: Links = [['B5', absoluteUrl(register.siteUrl, register.agency?.url ?? '/nhiem-vu/')], ['B6', absoluteUrl(register.siteUrl, '/api/tasks.json')]];
  const label = (ref: string, text: string) => textCell(ref, text, STYLE.text, `trang ${INFO_SHEET}`);
  const rows = [
    `<row r="1">${textCell('A1', workbookTitle(register), STYLE.title, INFO_SHEET)}</row>`,
    `<row r="3">${label('A3', 'Trạng thái tính đến ngày')}${dateCell('B3', register.asOf)}</row>`,
    `<row r="4">${label('A4', 'Số nhiệm vụ')}${numberCell('B4', register.tasks.length)}</row>`,
    `<row r="5">${label('A5', 'Nguồn')}${textCell('B5', links[0]![1], STYLE.link, INFO_SHEET)}</row>`,
    `<row r="6">${label('A6', 'Dữ liệu mở (JSON)')}${textCell('B6', links[1]![1], STYLE.link, INFO_SHEET)}</row>`,
    `<row r="8">${label('A8', 'Sắp xếp theo cột “Hạn kế tiếp”: với nhiệm vụ định kỳ, “Hạn chót” là lần đến hạn đầu tiên.')}</row>`,
    `<row r="9">${label('A9', 'Nhiệm vụ chỉ được ghi là hoàn thành khi đã có báo cáo kết quả.')}</row>`,
  ];
  const xml = `${XML_DECL}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><dimension ref="A1:B9"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
    '<cols><col min="1" max="1" width="28" customWidth="1"/><col min="2" max="2" width="60" customWidth="1"/></cols>' +
    `<sheetData>${rows.join('')}</sheetData>${hyperlinksXml(links)}${PRINT_SETUP}</worksheet>`;
  return { xml, links };
}

function quotedSheet(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

function workbookXml(register: TaskExportInput): string {
  const range = `${quotedSheet(TASK_SHEET)}!$A$1:$${columnLetters(taskColumns(register).length - 1)}$${register.tasks.length + 1}`;
  return `${XML_DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets><sheet name="${escapeXml(TASK_SHEET)}" sheetId="1" r:id="rId1"/><sheet name="${escapeXml(INFO_SHEET)}" sheetId="2" r:id="rId2"/></sheets>` +
    '<definedNames>' +
    `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${escapeXml(range)}</definedName>` +
    `<definedName name="_xlnm.Print_Titles" localSheetId="0">${escapeXml(quotedSheet(TASK_SHEET))}!$1:$1</definedName>` +
    '</definedNames></workbook>';
}

function relationships(rels: [type: string, target: string][]): string {
  return `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">${rels.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;
}

const CONTENT_TYPES = `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>';

function coreXml(register: TaskExportInput): string {
  const at = `${register.asOf}T00:00:00Z`;
  return `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(workbookTitle(register))}</dc:title><dc:creator>${escapeXml(register.siteUrl)}</dc:creator><dc:language>vi</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>';
}

const APP_XML = `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>legal-portal</Application></Properties>`;

/** Text chunks as a Node stream of UTF-8 bytes (utf8Stream), which yazl compresses as they come. */
function utf8Readable(chunks: Iterable<string>): Readable {
  return Readable.fromWeb(utf8Stream(chunks) as Parameters<typeof Readable.fromWeb>[0]);
}

/**
 * Zip entries' time: midnight of `day` as the zip stores it. The format has no time zone and
 * yazl writes a Date's local fields, so the Date is made of local fields, and the bytes are the
 * same in every time zone; `forceDosTimestamp` leaves out the extra field of UTC seconds, which is
 * not.
 */
function zipDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date);
}

/** zlib level of the entries: zlib's default, as JSZip wrote them. */
const ZIP_LEVEL = 6;

/** `/api/tasks.xlsx`, or a body's `/api/tasks/co-quan/<slug>.xlsx`. */
export async function tasksToXlsx(register: TaskExportInput): Promise<Uint8Array<ArrayBuffer>> {
  const options = { mtime: zipDay(register.asOf), forceDosTimestamp: true, compressionLevel: ZIP_LEVEL };
  const zip = new ZipFile();
  // yazl does not listen for its input streams' errors: a sheet's text that cannot be written
  // (textCell) fails its stream, and that must fail the workbook, not the process.
  const inputs: Readable[] = [];
  const add = (name: string, data: string | Readable) => {
    if (typeof data === 'string') zip.addBuffer(Buffer.from(data, 'utf8'), name, options);
    else {
      inputs.push(data);
      zip.addReadStream(data, name, options);
    }
  };
  const links = taskLinks(register);
  const info = infoSheet(register);
  add('[Content_Types].xml', CONTENT_TYPES);
  add('_rels/.rels', relationships([
    [`${NS_REL}/officeDocument`, 'xl/workbook.xml'],
    ['http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
    [`${NS_REL}/extended-properties`, 'docProps/app.xml'],
  ]));
  add('docProps/core.xml', coreXml(register));
  add('docProps/app.xml', APP_XML);
  add('xl/workbook.xml', workbookXml(register));
  add('xl/_rels/workbook.xml.rels', relationships([
    [`${NS_REL}/worksheet`, 'worksheets/sheet1.xml'],
    [`${NS_REL}/worksheet`, 'worksheets/sheet2.xml'],
    [`${NS_REL}/styles`, 'styles.xml'],
  ]));
  add('xl/styles.xml', STYLES_XML);
  add('xl/worksheets/sheet1.xml', utf8Readable(taskSheetChunks(register, links)));
  add('xl/worksheets/_rels/sheet1.xml.rels', utf8Readable(sheetRelsChunks(links)));
  add('xl/worksheets/sheet2.xml', info.xml);
  add('xl/worksheets/_rels/sheet2.xml.rels', [...sheetRelsChunks(info.links)].join(''));
  zip.end();
  const failed = new Promise<never>((_, reject) => {
    for (const input of inputs) input.once('error', reject);
  });
  const bytes = await Promise.race([buffer(zip.outputStream), failed]);
  // A Response body wants a plain ArrayBuffer under the array: the Buffer may be a slice of Node's pool.
  return new Uint8Array(bytes);
}
