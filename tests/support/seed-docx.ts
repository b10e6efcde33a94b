/**
 * A Word file made from a seed directive's text, the way a Department of Justice receives it:
 * paragraphs with bold and italic runs where the text has `**` / `*`, a real Word footnote for
 * `<sup>1</sup>`, recipients as "- " paragraphs, and the appendix as real Word tables, one per
 * printed page, each repeating the two header rows (merged cells: "Cấp ủy/Cơ quan chịu trách
 * nhiệm" over two columns, the others over two rows). A cell listing bodies with dashes holds
 * one Word paragraph per body. Optionally a row is cut in two across pages, as a page break does.
 */
import { readFileSync } from 'node:fs';
import { Document, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, type ParagraphChild } from 'docx';
import { seedPath } from './seed-text.ts';

export interface SeedDocxOptions {
  /** STT of a row to cut in two: its first half ends one table, its second half (no STT) starts the next. */
  splitRow?: string;
}

export async function seedDocx(file: string, options: SeedDocxOptions = {}): Promise<Buffer> {
  const text = readFileSync(seedPath(file), 'utf8').normalize('NFC').replace(/\r\n?/g, '\n');
  const groups = text.split(/\n\s*\n/).map((g) => g.split('\n').filter((l) => l.trim() !== '')).filter((g) => g.length);
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const children: (Paragraph | Table)[] = [];
  const tables: string[][][] = [];
  for (const g of groups) {
    if (g.length === 1 && /^\s*-{3,}\s*$/.test(g[0]!)) continue; // a drawn line in Word
    const note = /^<sup>(\d+)<\/sup>\s*(.*)$/.exec(g[0]!);
    if (note) {
      footnotes[Number(note[1])] = { children: [new Paragraph({ children: runs(note[2]!) })] };
      continue;
    }
    if (g.some((l) => l.includes('\t'))) {
      tables.push(g.map((l) => l.split('\t').map((c) => c.trim())));
      continue;
    }
    flushTables();
    if (g.every((l) => l.startsWith('- '))) for (const l of g) children.push(new Paragraph({ children: runs(l) }));
    else children.push(new Paragraph({ children: runs(g.map((l) => l.replace(/\s+$/, '')).join('\n')) }));
  }
  flushTables();
  const doc = new Document({ footnotes, sections: [{ children }] });
  return Packer.toBuffer(doc);

  function flushTables(): void {
    if (!tables.length) return;
    if (options.splitRow) splitAcrossTables(tables, options.splitRow);
    for (const rows of tables) children.push(wordTable(rows));
    tables.length = 0;
  }
}

/** Runs of one paragraph: `***`, `**`, `*` toggle bold/italic, "\n" is a line break, `<sup>n</sup>` a footnote. */
function runs(markdown: string): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let bold = false;
  let italics = false;
  let breakBefore = false;
  for (const token of markdown.split(/(\*\*\*|\*\*|\*|<sup>\d+<\/sup>|\n)/)) {
    if (token === '***') [bold, italics] = [!bold, !italics];
    else if (token === '**') bold = !bold;
    else if (token === '*') italics = !italics;
    else if (token === '\n') breakBefore = true;
    else if (/^<sup>\d+<\/sup>$/.test(token)) out.push(new FootnoteReferenceRun(Number(/\d+/.exec(token)![0])));
    else if (token !== '' || breakBefore) {
      out.push(new TextRun({ text: token, bold, italics, ...(breakBefore ? { break: 1 } : {}) }));
      breakBefore = false;
    }
  }
  return out;
}

const HEADER_ROWS = 2;

/** A printed page of the appendix: two header rows with merged cells, then the task rows. */
function wordTable(rows: string[][]): Table {
  const [top, sub, ...body] = rows as [string[], string[], ...string[][]];
  const headTop: TableCell[] = [];
  top.forEach((t, i) => {
    if (t === '') return; // covered by the cell to its left (column span)
    let span = 1;
    while (top[i + span] === '' && sub[i + span] !== '') span++;
    headTop.push(new TableCell({ children: [new Paragraph(t)], ...(span > 1 ? { columnSpan: span } : sub[i] === '' ? { rowSpan: HEADER_ROWS } : {}) }));
  });
  const headSub = sub.filter((t) => t !== '').map((t) => new TableCell({ children: [new Paragraph(t)] }));
  return new Table({
    rows: [
      new TableRow({ tableHeader: true, children: headTop }),
      new TableRow({ tableHeader: true, children: headSub }),
      ...body.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: cellParagraphs(c) })) })),
    ],
  });
}

/** "- A, - B - C" is typed as one paragraph per body in Word. */
function cellParagraphs(text: string): Paragraph[] {
  const lines = text.startsWith('- ') ? text.split(/\s(?=- \p{Lu})/u) : [text];
  return lines.map((l) => new Paragraph({ children: runs(l) }));
}

/** Cuts the row `stt` in two: the words after the middle of each cell go to a row without STT at the top of the next table. */
function splitAcrossTables(tables: string[][][], stt: string): void {
  const t = tables.findIndex((rows) => rows.at(-1)![0] === stt);
  if (t < 0 || t + 1 >= tables.length) throw new Error(`seed-docx: row ${stt} does not end a table`);
  const row = tables[t]!.at(-1)!;
  const rest = row.map((cell, i) => {
    if (i === 0) return '';
    const words = cell.split(' ');
    const half = Math.ceil(words.length / 2);
    row[i] = words.slice(0, half).join(' ');
    return words.slice(half).join(' ');
  });
  tables[t + 1]!.splice(HEADER_ROWS, 0, rest);
}
