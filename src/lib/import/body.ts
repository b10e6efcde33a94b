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
    const children = trimInline(normalizeInline(lines.flatMap((l, i): PhrasingContent[] => (i ? [{ type: 'text', value: ' ' }, ...l] : l)), options.warn));
    if (!children.length) continue;
    const text = plain(children);
    if (lastPara && !FINAL.test(lastPara.text) && /^\p{Ll}/u.test(text)) {
      // A paragraph cut by a page break: the first half ends mid-sentence, the second starts in lowercase.
      lastPara.node.children = trimInline(normalizeInline([...lastPara.node.children, { type: 'text', value: ' ' }, ...children]));
      options.warn(`nối ${block.where} vào ${lastPara.where} (đoạn bị ngắt trang: "…${lastPara.text.slice(-20)} / ${text.slice(0, 20)}…")`);
      lastPara.text = plain(lastPara.node.children);
      continue;
    }
    const node: Paragraph = { type: 'paragraph', children };
    nodes.push(node);
    lastPara = { node, text, where: block.where };
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
