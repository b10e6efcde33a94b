/**
 * Reads the task tables (bảng nhiệm vụ) of a document's Markdown body into TaskRows. Tables are
 * recognised by their header names, so an appendix can be copied in with its own wording.
 */
import type { Nodes, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from '../content/problems.ts';
import { slugify } from '../slug.ts';
import { splitAgencies } from './agencies.ts';
import { cellText, COLUMN_LABEL, readHeader, REQUIRED, type Column } from './table-columns.ts';
import type { TaskRow } from './types.ts';

type Result = { rows: TaskRow[]; problems: ContentProblem[] };

const FIELD = 'bảng nhiệm vụ';

export function parseMarkdownBody(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

export function readTaskTables(
  markdown: string,
  file: string,
  lineOffset = 0,
  keepNames: readonly string[] = [],
): Result {
  return readTaskTablesFromTree(parseMarkdownBody(markdown), file, lineOffset, keepNames);
}

/**
 * Same as readTaskTables on an already parsed body. `lineOffset` is the number of lines before
 * the body in the file (front matter), so reported lines point into the file.
 * `keepNames` are names with commas that splitAgencies must not cut (see COMMA_NAMES).
 */
export function readTaskTablesFromTree(
  tree: Root,
  file: string,
  lineOffset = 0,
  keepNames: readonly string[] = [],
): Result {
  const rows: TaskRow[] = [];
  const problems: ContentProblem[] = [];
  const error = (line: number | null, field: string, message: string): void => {
    problems.push({ file, line, field, message, severity: 'error' });
  };
  let index = 0;
  visit(tree, 'table', (table: Table) => {
    const columns = readHeader(table);
    const has = (c: Column): boolean => columns.has(c);
    // A table with a content column and a lead or deadline column is a task table (one lacking a
    // column it needs is an error, not ordinary content: its tasks would be lost without a word).
    // Any other table (a schedule, a budget) is ordinary content.
    if (!has('content') || !(has('deadline') || has('leads')) || !(has('stt') || has('leads'))) return;
    const missing = REQUIRED.filter((c) => !has(c));
    if (missing.length > 0) {
      const names = missing.map((c) => `"${COLUMN_LABEL[c]}"`).join(', ');
      const wanted = REQUIRED.map((c) => COLUMN_LABEL[c]).join(', ');
      error(lineOf(table, lineOffset), FIELD, `thiếu cột ${names}, cần các cột ${wanted}`);
      return;
    }
    const width = table.children[0]?.children.length ?? 0;
    const seen = new Map<string, number>();
    table.children.slice(1).forEach((row, i) => {
      const line = lineOf(row, lineOffset);
      const field = `${FIELD}, dòng ${i + 1}`;
      // mdast keeps a short row short and a long row long (rendering would pad or drop cells),
      // so the cell count here is what the editor typed.
      if (row.children.length !== width) {
        error(line, field, `có ${row.children.length} ô, cần ${width} ô`);
        return;
      }
      const cell = (c: Column): string => {
        const at = columns.get(c);
        const node = at === undefined ? undefined : row.children[at];
        return node ? cellText(node) : '';
      };
      const label = cell('stt').replace(/\n/g, ' ');
      const content = cell('content');
      if (label === '') return error(line, field, 'ô STT trống, cần số thứ tự của nhiệm vụ');
      if (content === '') return error(line, field, `ô "Nội dung" trống (STT ${label})`);
      const key = slugify(label);
      if (key === '') return error(line, field, `STT "${label}" không có chữ hoặc số`);
      const first = seen.get(key);
      if (first !== undefined) {
        return error(line, field, `STT "${label}" trùng với dòng ${first} của bảng, mỗi nhiệm vụ cần một STT riêng`);
      }
      seen.set(key, i + 1);
      rows.push({
        label,
        key,
        content,
        overseers: splitAgencies(cell('overseers'), keepNames),
        leads: splitAgencies(cell('leads'), keepNames),
        coordinators: splitAgencies(cell('coordinators'), keepNames),
        product: cell('product'),
        deadlineText: cell('deadline').replace(/\n/g, ' '),
        line: line ?? 0,
        table: index,
      });
    });
    index += 1;
  });
  return { rows, problems };
}

function lineOf(node: Nodes, lineOffset: number): number | null {
  return node.position ? node.position.start.line + lineOffset : null;
}
