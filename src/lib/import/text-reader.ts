/**
 * Reads text pasted from a PDF (or a .md file in that shape) into blocks: paragraphs separated by
 * blank lines, `- ` lists, tab-separated tables, `-----` rules (a line of their own, with or
 * without blank lines around), and footnote texts written as `<sup>1</sup> …` after a rule at the
 * foot of a page.
 */
import type { Block } from './blocks.ts';
import { RULE_LINE, splitLines } from './blocks.ts';
import { parseInline } from './inline.ts';

const BULLET = /^\s*[-–•+]\s+/;
const FOOTNOTE = /^\s*<sup>\s*(\d+)\s*<\/sup>\s*/i;

export function readTextBlocks(source: string): Block[] {
  const lines = source.normalize('NFC').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.trim() === '') {
      i++;
      continue;
    }
    // A rule printed right under a line ("về …" then "-----") is no part of that line's paragraph.
    if (RULE_LINE.test(lines[i]!)) {
      blocks.push({ kind: 'separator', where: `dòng ${++i}` });
      continue;
    }
    const start = i;
    const group: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '' && !RULE_LINE.test(lines[i]!)) group.push(lines[i++]!);
    blocks.push(...readGroup(group, start + 1));
  }
  return blocks;
}

/** One run of non-blank lines starting at 1-based line `first`. */
function readGroup(group: string[], first: number): Block[] {
  const where = (k: number) => `dòng ${first + k}`;
  if (group.some((l) => l.includes('\t'))) return [readTable(group, where(0))];
  if (FOOTNOTE.test(group[0]!)) return readFootnotes(group, where);

  // A paragraph may run straight into a list ("Nơi nhận:" then "- …" lines): split at each change.
  const out: Block[] = [];
  let k = 0;
  while (k < group.length) {
    const bullet = BULLET.test(group[k]!);
    const from = k;
    while (k < group.length && BULLET.test(group[k]!) === bullet) k++;
    if (k === from) k++;
    const part = group.slice(from, k);
    if (bullet) out.push({ kind: 'list', items: part.map((l) => parseInline(l.replace(BULLET, '').trim())), where: where(from) });
    else out.push({ kind: 'para', lines: splitLines(parseInline(part.join('\n'))), where: where(from) });
  }
  return out;
}

function readTable(group: string[], where: string): Block {
  const rows: ReturnType<typeof parseInline>[][] = [];
  for (const line of group) {
    if (!line.includes('\t') && rows.length) {
      // A line without tabs inside a table is the wrapped end of the row above.
      const row = rows[rows.length - 1]!;
      const cell = [...row].reverse().find((c) => c.length) ?? row[row.length - 1]!;
      cell.push({ type: 'text', value: ' ' }, ...parseInline(line.trim()));
      continue;
    }
    rows.push(line.split('\t').map((c) => parseInline(c.trim())));
  }
  return { kind: 'table', rows, where };
}

function readFootnotes(group: string[], where: (k: number) => string): Block[] {
  const out: Block[] = [];
  group.forEach((line, k) => {
    const m = FOOTNOTE.exec(line);
    const last = out[out.length - 1];
    if (m) out.push({ kind: 'footnote', id: m[1]!, content: parseInline(line.slice(m[0].length).trim()), where: where(k) });
    else if (last?.kind === 'footnote') last.content.push({ type: 'text', value: ' ' }, ...parseInline(line.trim()));
  });
  return out;
}
