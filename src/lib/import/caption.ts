/**
 * The appendix caption that often is the only place a directive states its own number and date:
 * "(Ban hành kèm theo Chỉ thị số 08-CT/TU, ngày 23/02/2026 của Ban Thường vụ Tỉnh ủy)".
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { findDocNumbers } from '../search/doc-number.ts';
import { foldName } from '../tasks/agencies.ts';
import { findViDates } from './vi-dates.ts';

export interface Caption {
  number: string | null;
  issued: { iso: string | null } | null;
  /** "Ban Thường vụ Tỉnh ủy", from "của …". */
  issuerPhrase: string | null;
  /** The caption as written, for the report. */
  line: string;
}

/** Reads the first paragraph saying "kèm theo <type> số …"; `typeName` (when known) must be the type named. */
export function readCaption(nodes: RootContent[], typeName: string | null): Caption {
  const out: Caption = { number: null, issued: null, issuerPhrase: null, line: '' };
  for (const n of nodes) {
    if (n.type !== 'paragraph') continue;
    const text = toString(n).replace(/\s+/g, ' ').trim();
    const at = foldName(text).indexOf('kem theo');
    if (at < 0) continue;
    const rest = text.slice(at + 'kèm theo'.length);
    const num = findDocNumbers(rest)[0];
    if (!num) continue;
    if (typeName && !foldName(rest.slice(0, num.start)).includes(foldName(typeName))) continue;
    out.number = num.text;
    out.line = text;
    const date = findViDates(rest.slice(num.end, num.end + 40))[0];
    if (date) out.issued = { iso: date.iso };
    const of = /\bcủa\s+(.+?)\)?\.?$/u.exec(rest.slice(num.end));
    if (of) out.issuerPhrase = of[1]!.trim();
    break;
  }
  return out;
}
