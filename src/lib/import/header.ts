/**
 * The header of a directive, before its first paragraph: the type word ("CHỈ THỊ"), the issuer
 * line ("CỦA BAN THƯỜNG VỤ TỈNH ỦY"), the trích yếu ("về …", over one or more lines), and where
 * the text states them, the number ("Số 08-CT/TU") and the date ("Điện Biên, ngày 23 tháng 02
 * năm 2026"). Lines of the header that say none of these are reported, not dropped silently.
 */
import type { Block } from './blocks.ts';
import { lineTexts, plain, splitLines } from './blocks.ts';
import { findViDates } from './vi-dates.ts';
import { parseDocNumber } from '../search/doc-number.ts';
import { foldName } from '../tasks/agencies.ts';

export interface HeaderInfo {
  type: { id: string; name: string; line: string } | null;
  title: string | null;
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

export function readHeader(blocks: readonly Block[], types: readonly { id: string; name: string }[]): HeaderInfo {
  const info: HeaderInfo = { type: null, title: null, issuerPhrase: null, number: null, issued: null, bodyStart: 0, unused: [] };
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
  for (const line of before) if (line !== '' && !numberOrDate(line, info)) info.unused.push(line);

  // 3. After it: "CỦA …", then "về …" and its continuation lines, up to the end of that block.
  const after: { text: string; block: number }[] = [];
  if (at.rest) after.push({ text: at.rest, block: at.block });
  for (let b = at.block; b < Math.min(blocks.length, at.block + 6); b++) {
    const block = blocks[b]!;
    if (block.kind === 'separator') continue;
    if (block.kind !== 'para') break;
    const lines = lineTexts(block).slice(b === at.block ? at.line + 1 : 0);
    for (const text of lines) after.push({ text, block: b });
  }
  let end = at.block;
  const title: string[] = [];
  let titleBlock = -1;
  for (const { text, block } of after) {
    const folded = foldName(text);
    if (titleBlock >= 0 && block !== titleBlock) {
      // A trích yếu set as one Word paragraph per line: the next short line in lowercase goes on.
      if (!/^\p{Ll}/u.test(text) || text.length > 150 || /[.:;]$/.test(text)) break;
      titleBlock = block;
    }
    if (titleBlock < 0 && /^cua\s/.test(folded)) {
      info.issuerPhrase = text.replace(/^\S+\s+/, '').trim();
    } else if (titleBlock < 0 && (/^ve\s/.test(folded) || (text.length < 250 && !/[.:;]$/.test(text) && !numberOrDate(text, info)))) {
      // The trích yếu: "về …" for most types, "thực hiện …" or the like for a plan.
      titleBlock = block;
      title.push(text);
    } else if (titleBlock >= 0) {
      title.push(text);
    } else if (!numberOrDate(text, info)) {
      break;
    }
    end = block;
  }
  if (title.length) info.title = title.join(' ').replace(/\s+/g, ' ').trim();
  info.bodyStart = end + 1;
  while (blocks[info.bodyStart]?.kind === 'separator') info.bodyStart++;
  return info;
}

/** Reads "Số 08-CT/TU" or "…, ngày 23 tháng 02 năm 2026" into `info`; false when the line is neither. */
function numberOrDate(line: string, info: HeaderInfo): boolean {
  const number = /^số\s*:?\s*([^\s,;]+)/iu.exec(line);
  if (number && parseDocNumber(number[1]!)) {
    info.number ??= { value: number[1]!, line };
    return true;
  }
  const date = findViDates(line)[0];
  if (date && line.length < 80) {
    info.issued ??= { iso: date.iso, line };
    return true;
  }
  return false;
}
