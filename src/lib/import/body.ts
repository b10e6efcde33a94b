/**
 * Blocks of the body (or the appendix) to mdast: paragraphs (a paragraph cut by a page break is
 * joined again), lists, merged task tables, "PHỤ LỤC" headings, and footnote texts collected for
 * the end of the main text.
 */
import type { FootnoteDefinition, Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Block, TableBlock } from './blocks.ts';
import { plain } from './blocks.ts';
import { normalizeInline, trimInline } from './inline.ts';
import { mergeTables, type MergeOptions } from './tables.ts';

export const ANNEX_LINE = /^phụ lục(?:\s+(?:[IVXLC]+|\d+))?\.?$/iu;
// A paragraph ends with final punctuation (maybe inside closing quotes, brackets or emphasis).
const FINAL = /[.;:!?…]["”’)\]*_]*$/u;

// A line that starts a numbered part or item: "1. ", "2.1. ", "a) ", "(3) ", "II. ", "Điều 5".
const PART_START = /^(?:\d+(?:\.\d+)*\.\s|\(?[a-zđ\d]\)\s|[IVXLC]+\.\s|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+\b)/u;
// A heading in capitals: letters, but none of them lowercase.
const isCapitals = (line: string) => /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);

/**
 * Where the lines of one block of text start new paragraphs: text pasted from a PDF comes one
 * printed line per line, often without a blank line between paragraphs. A line goes on the
 * paragraph before unless it starts a numbered part ("2.1. ", "a) "), or the line before ends a
 * sentence and it starts with a capital, or the line before is a heading in capitals. A sentence
 * that ends just at the right margin (a line about as long as the longest line that runs on) is
 * taken to go on. Returns the index of each paragraph's first line (0 first).
 */
export function paragraphStarts(lines: readonly string[]): number[] {
  const text = lines.map((l) => l.trim());
  // The printed width: the longest line that runs on into the next.
  const width = Math.max(0, ...text.slice(0, -1).filter((l, i) => !FINAL.test(l) && /^\p{Ll}/u.test(text[i + 1]!)).map((l) => l.length));
  const starts = [0];
  for (let i = 1; i < text.length; i++) {
    const prev = text[i - 1]!;
    const line = text[i]!;
    const newPart = PART_START.test(line) || (isCapitals(prev) && !isCapitals(line));
    const newSentence = FINAL.test(prev) && /^[\p{Lu}\d"“(]/u.test(line) && !(width > 0 && prev.length >= 0.9 * width);
    if (newPart || newSentence) starts.push(i);
  }
  return starts;
}

export interface BodyParts {
  nodes: RootContent[];
  footnotes: FootnoteDefinition[];
}

export function bodyNodes(blocks: readonly Block[], options: MergeOptions): BodyParts {
  const nodes: RootContent[] = [];
  const footnotes: FootnoteDefinition[] = [];
  let lastPara: { node: Paragraph; text: string; where: string } | null = null;
  let tables: TableBlock[] = [];
  const flushTables = () => {
    if (tables.length) nodes.push(...mergeTables(tables, options));
    tables = [];
  };
  for (const block of blocks) {
    if (block.kind === 'separator') continue;
    if (block.kind === 'footnote') {
      footnotes.push({
        type: 'footnoteDefinition',
        identifier: block.id,
        label: block.id,
        children: [{ type: 'paragraph', children: trimInline(normalizeInline(block.content, options.warn)) }],
      });
      continue;
    }
    if (block.kind === 'table') {
      tables.push(block);
      lastPara = null;
      continue;
    }
    flushTables();
    if (block.kind === 'list') {
      nodes.push({
        type: 'list',
        ordered: false,
        spread: false,
        children: block.items.map((item) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: trimInline(normalizeInline(item, options.warn)) }] })),
      });
      lastPara = null;
      continue;
    }
    let lines = block.lines;
    if (lines.length && ANNEX_LINE.test(plain(lines[0]!))) {
      const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: plain(lines[0]!) }] };
      nodes.push(heading);
      lines = lines.slice(1);
      lastPara = null;
      if (!lines.length) continue;
    }
    const starts = paragraphStarts(lines.map(plain));
    if (starts.length > 1) {
      options.warn(`tách ${block.where} thành ${starts.length} đoạn (các dòng không có dòng trống ở giữa, như khi chép từ PDF): đối chiếu chỗ tách với văn bản gốc`);
    }
    starts.forEach((from, k) => {
      const run = lines.slice(from, starts[k + 1]);
      const children = trimInline(normalizeInline(run.flatMap((l, i): PhrasingContent[] => (i ? [{ type: 'text', value: ' ' }, ...l] : l)), options.warn));
      if (!children.length) return;
      const text = plain(children);
      if (k === 0 && lastPara && !FINAL.test(lastPara.text) && /^\p{Ll}/u.test(text)) {
        // A paragraph cut by a page break: the first half ends mid-sentence, the second starts in lowercase.
        lastPara.node.children = trimInline(normalizeInline([...lastPara.node.children, { type: 'text', value: ' ' }, ...children]));
        options.warn(`nối ${block.where} vào ${lastPara.where} (đoạn bị ngắt trang: "…${lastPara.text.slice(-20)} / ${text.slice(0, 20)}…")`);
        lastPara.text = plain(lastPara.node.children);
        return;
      }
      const node: Paragraph = { type: 'paragraph', children };
      nodes.push(node);
      lastPara = { node, text, where: block.where };
    });
  }
  flushTables();
  return { nodes, footnotes };
}

/** Warns about footnote references without a text and texts without a reference. */
export function checkFootnotes(body: Root, warn: (m: string) => void): void {
  const defs = new Set(body.children.flatMap((n) => (n.type === 'footnoteDefinition' ? [n.identifier] : [])));
  const refs = new Set<string>();
  const walk = (n: { type: string; children?: unknown[]; identifier?: string }) => {
    if (n.type === 'footnoteReference') refs.add(n.identifier!);
    for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
  };
  walk(body as never);
  for (const r of refs) if (!defs.has(r)) warn(`chú thích [${r}] được gọi trong văn bản nhưng không tìm thấy lời chú thích; hãy thêm dòng "[^${r}]: …"`);
  for (const d of defs) if (!refs.has(d)) warn(`lời chú thích ${d} không được gọi ở đâu trong văn bản; hãy đặt "[^${d}]" vào chỗ cần chú thích`);
}
