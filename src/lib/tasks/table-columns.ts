/**
 * Columns and cells of a task table: which header names which column, and a cell's plain text.
 * Header names are compared folded (no tone marks, đ → d, lowercase), since editors type them
 * in many ways ("Thời gian hoàn thành", "THỜI HẠN", "Thoi gian", "Hạn hoàn thành").
 */
import type { Nodes, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { foldName } from './agencies.ts';

export type Column = 'stt' | 'content' | 'overseers' | 'leads' | 'coordinators' | 'product' | 'deadline';

/** Columns a task table cannot do without; the other three may be left out. */
export const REQUIRED: readonly Column[] = ['stt', 'content', 'leads', 'deadline'];

/** How a column is named in messages to editors. */
export const COLUMN_LABEL: Readonly<Record<Column, string>> = {
  stt: 'STT',
  content: 'Nội dung',
  overseers: 'Cấp ủy theo dõi chỉ đạo',
  leads: 'Chủ trì',
  coordinators: 'Phối hợp',
  product: 'Sản phẩm',
  deadline: 'Thời gian hoàn thành',
};

const BR = /^<br\s*\/?>$/i;

/** Column of each header cell; the first column of a kind wins. */
export function readHeader(table: Table): Map<Column, number> {
  const columns = new Map<Column, number>();
  table.children[0]?.children.forEach((cell, i) => {
    const column = classify(cellText(cell));
    if (column !== null && !columns.has(column)) columns.set(column, i);
  });
  return columns;
}

function classify(header: string): Column | null {
  const folded = foldName(header);
  // A group prefix ("Cấp ủy/Cơ quan chịu trách nhiệm: Chủ trì …") names the group, not the column.
  const own = folded.slice(folded.lastIndexOf(':') + 1).trim().replace(/[.:]+$/, '');
  if (/^(stt|tt|so tt|so thu tu)$/.test(own)) return 'stt';
  if (own.includes('chu tri')) return 'leads';
  if (own.includes('phoi hop')) return 'coordinators';
  if (own.includes('theo doi')) return 'overseers';
  if (own.startsWith('noi dung') || own.startsWith('nhiem vu')) return 'content';
  if (own.startsWith('san pham') || own.startsWith('ket qua')) return 'product';
  // "Thời gian/Thời hạn/Thời điểm hoàn thành", "Hạn hoàn thành", "Hạn chót", "Ngày hoàn thành".
  if (/^(thoi gian|thoi han|thoi diem|han\b|ngay hoan thanh)/.test(own)) return 'deadline';
  return null;
}

/** Plain text of a cell: `<br>` becomes a line break, spaces collapse within each line. */
export function cellText(cell: TableCell): string {
  return inlineText(cell)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .normalize('NFC');
}

function inlineText(node: Nodes): string {
  // Other inline HTML (<sup>, <span>) is markup only; its text nodes are kept.
  if (node.type === 'html') return BR.test(node.value.trim()) ? '\n' : '';
  if (node.type === 'break') return '\n';
  if ('children' in node) return node.children.map(inlineText).join('');
  return toString(node);
}

