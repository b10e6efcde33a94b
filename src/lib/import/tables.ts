/**
 * Appendix tables as they arrive from a PDF or a Word file, made into one GFM task table:
 * - the two-row header ("Cấp ủy/Cơ quan chịu trách nhiệm" over "Chủ trì …" and "Phối hợp …")
 *   becomes one row, "Cấp ủy/Cơ quan chịu trách nhiệm: Chủ trì tham mưu thực hiện";
 * - the header repeated at the top of every page is dropped, and the parts become one table;
 * - a row split by a page break (its second half has no STT) is joined to its first half;
 * - short rows are padded, and the editor is told.
 * Cells keep their lines as `<br>`, the one HTML the content allows.
 */
import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import type { TableBlock } from './blocks.ts';
import { plain } from './blocks.ts';
import { normalizeInline, trimInline } from './inline.ts';
import { foldName } from '../tasks/agencies.ts';
import { readHeader } from '../tasks/table-columns.ts';

type Cell = PhrasingContent[];

export interface MergeOptions {
  /** Splits a cell of an agency column glued from several names; null when it is not. */
  splitNames?: (text: string) => string[] | null;
  warn: (message: string) => void;
}

/** Merges consecutive table blocks with the same header into GFM tables. */
export function mergeTables(blocks: readonly TableBlock[], options: MergeOptions): Table[] {
  const tables: { key: string; subKey: string | null; header: Cell[]; rows: Cell[][]; where: string }[] = [];
  for (const block of blocks) {
    const rows = block.rows.filter((r) => r.some((c) => plain(c) !== ''));
    if (!rows.length) continue;
    const key = headerKey(rows[0]!);
    let current = tables.at(-1);
    if (!current || current.key !== key) {
      const { header, used } = combineHeader(rows);
      current = { key, subKey: used === 2 ? headerKey(rows[1]!) : null, header, rows: [], where: block.where };
      tables.push(current);
      rows.splice(0, used);
    }
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (headerKey(row) === current.key) {
        // The header repeated on a new page, with its second row if it has one.
        if (rows[i + 1] && headerKey(rows[i + 1]!) === current.subKey) i++;
        continue;
      }
      addRow(current, row, options.warn);
    }
  }
  return tables.map((t) => toGfm(t.header, t.rows, options));
}

function headerKey(row: Cell[]): string {
  return row.map((c) => foldName(plain(c))).join('|');
}

/** A second header row right under the first: no STT of its own (empty, or the same text when the cell spans both rows). */
function isSubHeader(top: Cell[], next: Cell[]): boolean {
  const first = plain(next[0] ?? []);
  return (first === '' || first === plain(top[0] ?? [])) && next.some((c) => plain(c) !== '');
}

function combineHeader(rows: Cell[][]): { header: Cell[]; used: number } {
  const top = rows[0]!.map(plain);
  const sub = rows[1] && isSubHeader(rows[0]!, rows[1]) ? rows[1].map(plain) : null;
  if (!sub) return { header: top.map(text), used: 1 };
  const width = Math.max(top.length, sub.length);
  const header: Cell[] = [];
  let group = '';
  for (let i = 0; i < width; i++) {
    const above = top[i] ?? '';
    const below = sub[i] ?? '';
    // An empty cell above a sub-heading is the rest of a heading spanning columns.
    const head = above !== '' ? above : below !== '' ? group : '';
    if (above !== '') group = above;
    header.push(text(below !== '' && below !== head ? (head ? `${head}: ${below}` : below) : head));
  }
  return { header, used: 2 };
}

function addRow(table: { header: Cell[]; rows: Cell[][] }, row: Cell[], warn: (m: string) => void): void {
  const width = table.header.length;
  const label = plain(row[0] ?? []);
  const cells = row.map((c) => [...c]);
  if (cells.length > width) {
    const extra = cells.splice(width);
    if (extra.some((c) => plain(c) !== '')) {
      warn(`dòng STT "${label}" của bảng có ${row.length} ô, bảng có ${width} cột; các ô thừa được ghép vào ô cuối — hãy kiểm tra`);
      for (const c of extra) if (plain(c) !== '') cells[width - 1]!.push({ type: 'text', value: ' ' }, ...c);
    }
  }
  const previous = table.rows.at(-1);
  if (label === '' && previous) {
    // The second half of a row cut by a page break.
    cells.forEach((c, i) => {
      if (plain(c) !== '' && previous[i]) previous[i] = [...previous[i]!, { type: 'text', value: ' ' }, ...c];
    });
    warn(`một dòng bảng không có STT được ghép vào dòng STT "${plain(previous[0] ?? [])}" (dòng bị ngắt sang trang sau) — hãy kiểm tra`);
    return;
  }
  if (cells.length < width) {
    warn(`dòng STT "${label}" của bảng có ${cells.length} ô, cần ${width}; đã thêm ô trống ở cuối — hãy kiểm tra`);
    while (cells.length < width) cells.push([]);
  }
  table.rows.push(cells);
}

function toGfm(header: Cell[], rows: Cell[][], options: MergeOptions): Table {
  const row = (cells: Cell[]): TableRow => ({ type: 'tableRow', children: cells.map(cell) });
  const table: Table = { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
  const agencyColumns = [...readHeader(table).entries()].filter(([c]) => c === 'overseers' || c === 'leads' || c === 'coordinators').map(([, i]) => i);
  for (const r of table.children.slice(1)) {
    for (const i of agencyColumns) {
      const c = r.children[i];
      if (c) c.children = splitAgencyCell(c.children, options);
    }
  }
  return table;
}

/** A cell's content for GFM: lines joined by `<br>`, whitespace tidied. */
function cell(content: Cell): TableCell {
  const out: PhrasingContent[] = [];
  for (const n of trimInline(normalizeInline(content))) {
    if (n.type === 'break') {
      const last = out.at(-1);
      if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
      out.push({ type: 'html', value: '<br>' });
    } else if (n.type === 'text' && out.at(-1)?.type === 'html') out.push({ ...n, value: n.value.replace(/^\s+/, '') });
    else out.push(n);
  }
  return { type: 'tableCell', children: out };
}

/**
 * In the columns naming bodies, a cell written as a dash list on one line ("- A, - B - C"), or
 * glued from names the portal knows ("Đảng ủy HĐND tỉnh Đảng ủy UBND tỉnh", where the PDF lost
 * the line break), gets one name per line.
 */
function splitAgencyCell(content: PhrasingContent[], options: MergeOptions): PhrasingContent[] {
  if (content.length !== 1 || content[0]!.type !== 'text') return content;
  const value = content[0].value.trim();
  let parts: string[] | null = null;
  if (/^[-–]\s/.test(value) && /\s[-–]\s+\p{Lu}/u.test(value)) parts = value.split(/\s(?=[-–]\s+\p{Lu})/u);
  else if (options.splitNames) {
    parts = options.splitNames(value);
    if (parts) options.warn(`ô "${value}" được tách thành ${parts.length} cơ quan đã có trong content/co-quan/ (mỗi cơ quan một dòng)`);
  }
  if (!parts || parts.length < 2) return content;
  return parts.flatMap((p, i): PhrasingContent[] => [...(i ? [{ type: 'html', value: '<br>' } as PhrasingContent] : []), { type: 'text', value: p.trim() }]);
}

function text(value: string): Cell {
  return [{ type: 'text', value }];
}
