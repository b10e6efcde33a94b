/**
 * The header of a directive, before its first paragraph: the type word ("CHỈ THỊ"), the issuer
 * line ("CỦA BAN THƯỜNG VỤ TỈNH ỦY"), the trích yếu ("về …", over one or more lines), and where
 * the text states them, the number ("Số 08-CT/TU") and the date ("Điện Biên, ngày 23 tháng 02
 * năm 2026"). Lines of the header that say none of these are reported, not dropped silently.
 */
import type { Block } from './blocks.ts';
import { lineTexts, plain, RULE_LINE, splitLines } from './blocks.ts';
import { placeAndDate } from './vi-dates.ts';
import { parseDocNumber } from '../search/doc-number.ts';
import { foldName } from '../tasks/agencies.ts';

export interface HeaderInfo {
  type: { id: string; name: string; line: string } | null;
  title: string | null;
  /** The trích yếu as the text writes it, when `title` writes out its "V/v" ("về việc"). */
  titleAsWritten: string | null;
  /** "BAN THƯỜNG VỤ TỈNH ỦY" from a "CỦA …" line. */
  issuerPhrase: string | null;
  number: { value: string; line: string } | null;
  issued: { iso: string | null; line: string } | null;
  /** Index of the first block of the body. */
  bodyStart: number;
  /** Header lines that became no field. */
  unused: string[];
}

// The header is short; a type word further down is part of the text ("Chỉ thị này …").
const HEADER_SCAN = 15;
const TITLE_START = /^(?:về|V\/v)\s/iu;
// "V/v" is how headers abbreviate "về việc"; the portal shows "<type> <trích yếu>", so it is written out.
const ABBREVIATED = /^V\/v\.?\s+/iu;

export function readHeader(blocks: readonly Block[], types: readonly { id: string; name: string }[]): HeaderInfo {
  const info: HeaderInfo = { type: null, title: null, titleAsWritten: null, issuerPhrase: null, number: null, issued: null, bodyStart: 0, unused: [] };
  const typeOf = (line: string) => {
    const folded = foldName(line.replace(/[*_]/g, ''));
    for (const t of types) {
      const name = foldName(t.name);
      if (folded === name) return { type: t, rest: '' };
      if (folded.startsWith(`${name} ve `)) return { type: t, rest: line.trim().slice(t.name.length).trim() };
    }
    return null;
  };

  // 1. Find the type word.
  let at: { block: number; line: number; rest: string } | null = null;
  for (let b = 0; b < Math.min(blocks.length, HEADER_SCAN) && !at; b++) {
    const block = blocks[b]!;
    if (block.kind !== 'para') continue;
    const lines = lineTexts(block);
    for (let l = 0; l < lines.length; l++) {
      const found = typeOf(lines[l]!);
      if (found) {
        info.type = { id: found.type.id, name: found.type.name, line: lines[l]! };
        at = { block: b, line: l, rest: found.rest };
        break;
      }
    }
  }
  if (!at) return info;

  // 2. Lines before it: national heading, number, place and date (also inside a header table).
  const before: string[] = [];
  for (let b = 0; b <= at.block; b++) {
    const block = blocks[b]!;
    if (block.kind === 'para') before.push(...lineTexts(block).slice(0, b === at.block ? at.line : undefined));
    else if (block.kind === 'table') for (const row of block.rows) for (const cell of row) before.push(...splitLines(cell).map(plain));
  }
  // A rule under the issuer or the motto is decoration, not a line left out.
  for (const line of before) if (line !== '' && !RULE_LINE.test(line) && !numberOrDate(line, info)) info.unused.push(line);

  // 3. After it: "CỦA …", then "về …" and its continuation lines, up to the end of that block or
  // the rule printed under it.
  const after: { text: string; block: number; rule?: true }[] = [];
  if (at.rest) after.push({ text: at.rest, block: at.block });
  for (let b = at.block; b < Math.min(blocks.length, at.block + 6); b++) {
    const block = blocks[b]!;
    if (block.kind === 'separator') {
      after.push({ text: '', block: b, rule: true });
      continue;
    }
    if (block.kind !== 'para') break;
    const lines = lineTexts(block).slice(b === at.block ? at.line + 1 : 0);
    for (const text of lines) after.push({ text, block: b });
  }
  let end = at.block;
  const title: string[] = [];
  let titleBlock = -1;
  for (const [i, { text, block, rule }] of after.entries()) {
    if (rule) {
      if (titleBlock >= 0) break;
      continue;
    }
    if (titleBlock >= 0 && block !== titleBlock) {
      // A trích yếu set as one Word paragraph per line: the next short line in lowercase goes on.
      if (!/^\p{Ll}/u.test(text) || text.length > 150 || /[.:;]$/.test(text)) break;
      titleBlock = block;
    }
    if (titleBlock >= 0) {
      // A place-and-date line pasted under the trích yếu (it is printed above the type word), as
      // the last line of its paragraph, ends it; any other line is its text, a date in it too
      // ("… số 66-NQ/TW ngày 30/4/2025").
      if (after[i + 1]?.block !== block && placeDateAfterTitle(text, info)) {
        end = block;
        break;
      }
      title.push(text);
    } else if (/^cua\s/.test(foldName(text))) {
      info.issuerPhrase = text.replace(/^\S+\s+/, '').trim();
    } else if (numberOrDate(text, info)) {
      // A number or place-and-date line set between the type and the trích yếu.
    } else if (TITLE_START.test(text) || (text.length < 250 && !/[.:;]$/.test(text))) {
      // The trích yếu: "về …" or "V/v …" for most types, "thực hiện …" or the like for a plan.
      titleBlock = block;
      title.push(text);
    } else {
      break;
    }
    end = block;
  }
  // Or as a paragraph of its own after the trích yếu.
  if (titleBlock >= 0) {
    let next = end + 1;
    while (blocks[next]?.kind === 'separator') next++;
    const block = blocks[next];
    const lines = block?.kind === 'para' ? lineTexts(block) : [];
    if (lines.length === 1 && placeDateAfterTitle(lines[0]!, info)) end = next;
  }
  if (title.length) {
    const written = title.join(' ').replace(/\s+/g, ' ').trim();
    info.title = written.replace(ABBREVIATED, 'về việc ');
    if (info.title !== written) info.titleAsWritten = written;
  }
  info.bodyStart = end + 1;
  while (blocks[info.bodyStart]?.kind === 'separator') info.bodyStart++;
  return info;
}

/**
 * Reads a place-and-date line that follows the trích yếu into `info`, when no other place-and-date
 * line gave the document another date; false otherwise (the line then stays in the text).
 */
function placeDateAfterTitle(line: string, info: HeaderInfo): boolean {
  const date = placeAndDate(line);
  if (!date || (info.issued && info.issued.iso !== date.iso)) return false;
  info.issued ??= { iso: date.iso, line };
  return true;
}

/**
 * Reads "Số 08-CT/TU" or the place-and-date line "Điện Biên, ngày 23 tháng 02 năm 2026" into
 * `info`; false when the line is neither. A line that only mentions a date is not the document's.
 */
function numberOrDate(line: string, info: HeaderInfo): boolean {
  const number = /^số\s*:?\s*([^\s,;]+)/iu.exec(line);
  if (number && parseDocNumber(number[1]!)) {
    info.number ??= { value: number[1]!, line };
    return true;
  }
  const date = placeAndDate(line);
  if (date) {
    info.issued ??= { iso: date.iso, line };
    return true;
  }
  return false;
}
