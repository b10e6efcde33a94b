/**
 * Deadlines a document writes in its text rather than in a task table: "(trước ngày 15/4/2026)"
 * at the end of 08-CT/TU's part 2.1, "yêu cầu hoàn thành chậm nhất trong Quý II năm 2026" in its
 * part 2, "Hằng tháng (trước ngày 16) báo cáo …". The register reads task tables only, so the
 * document page lists these apart, each with the words around it and a link to its paragraph.
 *
 * Only dated phrases are taken (a day, a quarter of a year, or a recurrence with its day): "trước
 * thời hạn" or "kịp thời" name no time. Runs on the parsed body after anchorParts, so a numbered
 * part keeps its own anchor; another paragraph gets one of its own (`thoi-han-1`, …).
 */
import type { BlockContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { TocEntry } from './parts.ts';
import { parseDeadline, type DeadlineContext } from '../tasks/deadline.ts';
import type { Deadline } from '../tasks/types.ts';

export interface TextDeadline {
  /** Id of the paragraph (or list) that writes it. */
  anchor: string;
  /** Where it is, in words: "Mục 2.1", "Nhiệm vụ (3)", "Sau nhiệm vụ (2)", "Phần mở đầu". */
  place: string;
  /** The phrase as written, whitespace collapsed: "trước ngày 15/4/2026". */
  phrase: string;
  /** The clause around it, shortened with "…" when long. */
  context: string;
}

/** A text deadline with the portal's reading of it, as a task's deadline is read. */
export interface ReadTextDeadline extends TextDeadline {
  deadline: Deadline;
}

/** Reads each phrase in the document's year and from its date, as task tables' deadlines are. */
export function readTextDeadlines(found: readonly TextDeadline[], context: DeadlineContext): ReadTextDeadline[] {
  return found.map((f) => ({ ...f, deadline: parseDeadline(f.phrase, context) }));
}

const NOT_LETTER = String.raw`(?<![\p{L}\d])`;
const DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{4}`;
const QUARTER = String.raw`quý (?:IV|III|II|I)(?: năm |/)\d{4}`;
const BEFORE = String.raw`(?:(?:xong|hoàn thành) )?(?:trước|chậm nhất(?: (?:là|vào|trong))?)`;
const PHRASE = new RegExp(
  `${NOT_LETTER}(?:${BEFORE} (?:ngày )?${DATE}|${BEFORE} ${QUARTER}|(?:hằng|hàng) (?:tuần|tháng|quý|năm) \\((?:trước|chậm nhất)[^()]*\\))`,
  'giu',
);
/** Clause ends: "; ", ": ", or a sentence's end before a capital. */
const CLAUSE_END = /[;:](?=\s)|\.(?=\s+[\p{Lu}(“"])/gu;
const PART_NUMBER = /^\s*(?:\(\d+\)|\d+(?:\.\d+)*\.)\s+/u;
const WORDS_BEFORE = 14;
const WORDS_AFTER = 12;
const BLOCKS = new Set<RootContent['type']>(['paragraph', 'list', 'blockquote']);

/**
 * Finds the dated phrases of the top-level blocks before `end` (the annex's first node, or the
 * end), skipping headings and tables. Gives ids to the blocks that have none; `taken` holds the
 * ids already in the body, so a new one never repeats one.
 */
export function markTextDeadlines(tree: Root, toc: readonly TocEntry[], end: number, taken: ReadonlySet<string>): TextDeadline[] {
  const parts = new Map(toc.map((t) => [t.id, t]));
  const used = new Set(taken);
  const found: TextDeadline[] = [];
  let part: TocEntry | null = null;
  let n = 0;
  for (const node of tree.children.slice(0, end < 0 ? undefined : end)) {
    const own = idOf(node);
    if (own && parts.has(own)) part = parts.get(own)!;
    if (!BLOCKS.has(node.type)) continue;
    const text = toString(node).replace(/\s+/gu, ' ').trim();
    const matches = [...text.matchAll(PHRASE)];
    if (!matches.length) continue;
    let anchor = own;
    if (!anchor) {
      do anchor = `thoi-han-${++n}`;
      while (used.has(anchor));
      used.add(anchor);
      setId(node as BlockContent, anchor);
    }
    const place = placeOf(part, part !== null && part.id === own);
    for (const m of matches) found.push({ anchor, place, phrase: m[0], context: clauseAround(text, m.index, m.index + m[0].length) });
  }
  return found;
}

function placeOf(part: TocEntry | null, isPart: boolean): string {
  if (!part) return 'Phần mở đầu';
  const name = part.number === null ? `mục “${part.label}”` : part.number.startsWith('(') ? `nhiệm vụ ${part.number}` : `mục ${part.number}`;
  return isPart ? name[0]!.toUpperCase() + name.slice(1) : `Sau ${name}`;
}

/**
 * The clause of `text` holding [start, end): from the clause end before it to the one after it,
 * without the part's number, cut to some words on each side of the phrase when longer.
 */
export function clauseAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_END)) {
    if (m.index < start) from = m.index + 1;
    else if (m.index >= end) {
      to = m.index + (m[0] === '.' ? 1 : 0);
      break;
    }
  }
  let before = text.slice(from, start).replace(PART_NUMBER, '').trimStart();
  let after = text.slice(end, to).trimEnd();
  const beforeWords = before.split(' ').filter(Boolean);
  if (beforeWords.length > WORDS_BEFORE * 2) before = `${beforeWords.slice(0, WORDS_BEFORE).join(' ')} … ${beforeWords.slice(-WORDS_BEFORE).join(' ')} `;
  const afterWords = after.split(' ').filter(Boolean);
  if (afterWords.length > WORDS_AFTER) after = `${/^\s/u.test(after) ? ' ' : ''}${afterWords.slice(0, WORDS_AFTER).join(' ').replace(/[.,;:]+$/u, '')} …`;
  return `${before}${text.slice(start, end)}${after}`.trim();
}

function idOf(node: RootContent): string | null {
  const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
  return typeof id === 'string' ? id : null;
}

function setId(node: BlockContent, id: string): void {
  node.data = { ...node.data, hProperties: { ...((node.data as { hProperties?: object } | undefined)?.hProperties ?? {}), id } };
}
