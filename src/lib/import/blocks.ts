/**
 * What both readers (plain text pasted from a PDF, and Word files) hand to the importer: the
 * document as a flat list of blocks, with inline formatting kept as mdast nodes. Everything after
 * reading (header, numbered parts, signature, appendix tables) is detected on these blocks, so a
 * .txt and a .docx of the same directive give the same draft.
 */
import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A paragraph; `lines` are its visual lines (hard or soft breaks in the source). */
export interface ParaBlock {
  kind: 'para';
  lines: PhrasingContent[][];
  /** Where it is in the source, for the report ("dòng 12", "đoạn 12"). */
  where: string;
}

/** A bulleted list (recipients, usually); each item is inline content. */
export interface ListBlock {
  kind: 'list';
  items: PhrasingContent[][];
  where: string;
}

/** A table as rows of cells; a cell's lines are separated by `break` nodes. */
export interface TableBlock {
  kind: 'table';
  rows: PhrasingContent[][][];
  where: string;
}

/** A footnote's text, with the number it is referenced by. */
export interface FootnoteBlock {
  kind: 'footnote';
  id: string;
  content: PhrasingContent[];
  where: string;
}

/**
 * A horizontal rule (`-----`, `_____`): the line printed under the issuer, the motto or the trích
 * yếu, or the line above the footnotes of a page. Decoration: it never reaches the body.
 */
export interface SeparatorBlock {
  kind: 'separator';
  where: string;
}

export type Block = ParaBlock | ListBlock | TableBlock | FootnoteBlock | SeparatorBlock;

/** A line that is only a drawn rule: "-----", "_____", "———", "=====", "***", "* * *". */
export const RULE_LINE = /^\s*(?:(?:[-_=\u2012-\u2015\u2500\u2501]\s*){3,}|(?:\*\s*){3,})$/u;

/** A paragraph's lines cut at rule lines: the text between as paragraphs, each rule a separator. */
export function splitAtRules(lines: PhrasingContent[][], where: string): Block[] {
  const out: Block[] = [];
  let run: PhrasingContent[][] = [];
  const flush = () => {
    if (run.length) out.push({ kind: 'para', lines: run, where });
    run = [];
  };
  for (const line of lines) {
    if (RULE_LINE.test(plain(line)) && !line.some((n) => n.type === 'footnoteReference')) {
      flush();
      out.push({ kind: 'separator', where });
    } else run.push(line);
  }
  flush();
  return out;
}

/** Plain text of inline content: markup removed, NFC, whitespace collapsed. */
export function plain(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((n) => (n.type === 'break' ? ' ' : toString(n)))
    .join('')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits inline content at hard breaks and newlines into lines, keeping emphasis on each part. */
export function splitLines(nodes: readonly PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  const push = (n: PhrasingContent) => lines[lines.length - 1]!.push(n);
  for (const node of nodes) {
    if (node.type === 'break') {
      lines.push([]);
    } else if (node.type === 'text') {
      node.value.split('\n').forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part !== '') push({ type: 'text', value: part });
      });
    } else if (node.type === 'strong' || node.type === 'emphasis' || node.type === 'delete' || node.type === 'link') {
      splitLines(node.children).forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part.length) push({ ...node, children: part } as PhrasingContent);
      });
    } else {
      push(node);
    }
  }
  return lines.filter((l) => plain(l) !== '' || l.some((n) => n.type === 'footnoteReference'));
}

/** Plain text of each line of a paragraph block. */
export function lineTexts(block: ParaBlock): string[] {
  return block.lines.map(plain);
}
