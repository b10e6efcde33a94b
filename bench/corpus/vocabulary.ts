/**
 * The word stock of the synthetic corpus, taken from the real documents in content/van-ban/:
 * their sentences, the clauses inside them, the cells of their task tables and their
 * "Nơi nhận" lines. Synthetic text recombines these, so it has the real vocabulary, diacritics,
 * sentence lengths and the phrases people search for ("Ngày đọc văn bản quy phạm pháp luật").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { listFiles } from '../../src/lib/content/read.ts';

export interface Vocabulary {
  /** Whole sentences of the main text, ending with "." (or "..."). */
  sentences: string[];
  /** Sentences that introduce a list ("… tổ chức thực hiện tốt các nội dung sau:"). */
  leadIns: string[];
  /** Clauses of 4 to 30 words, split at "," and ";", with balanced quotes and brackets. */
  clauses: string[];
  /** Task table cells by column, as written (may contain `<br>`). */
  cells: { content: string[]; overseers: string[]; leads: string[]; coordinators: string[]; products: string[] };
  /** "Nơi nhận" lists of the real documents (one per document), without the final "Lưu …" line. */
  recipients: string[][];
  /** Two-word starts the real text capitalizes mid-sentence ("Đảng ủy", "Sở Tư"): kept capitalized inside a sentence. */
  properWords: Set<string>;
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

function balanced(s: string): boolean {
  const count = (re: RegExp): number => (s.match(re) ?? []).length;
  return count(/“/g) === count(/”/g) && count(/\(/g) === count(/\)/g) && count(/"/g) % 2 === 0;
}

/** Plain text of a body line: no emphasis marks, footnote references, escapes or part number. */
function plain(line: string): string {
  return line
    .replace(/\[\^\d+\]/g, '')
    .replace(/\*+/g, '')
    .replace(/\\/g, '')
    .replace(/^(?:\d+(?:\.\d+)*\.|\(\d+\))\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function readVocabulary(contentDir: string): Vocabulary {
  const v: Vocabulary = { sentences: [], leadIns: [], clauses: [], cells: { content: [], overseers: [], leads: [], coordinators: [], products: [] }, recipients: [], properWords: new Set() };
  const columns = ['content', 'overseers', 'leads', 'coordinators', 'products'] as const;
  for (const file of listFiles(join(contentDir, 'van-ban'), /\.md$/)) {
    const source = readFileSync(file, 'utf8').normalize('NFC');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
    if (!match) continue;
    const front = parse(match[1]!, { schema: 'core' }) as { recipients?: string[] };
    v.recipients.push((front.recipients ?? []).filter((r) => !/^Lưu/.test(r)));
    let annex = false;
    for (const raw of match[2]!.split('\n')) {
      if (/^#{1,6}\s/.test(raw)) annex = annex || /phụ lục/i.test(raw);
      if (raw.startsWith('|')) {
        const cells = raw.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
        if (cells.length !== 7 || /^-+$/.test(cells[0]!) || cells[0] === 'STT') continue;
        columns.forEach((col, i) => {
          const cell = cells[i + 1]!;
          if (cell && !cell.endsWith(';')) v.cells[col].push(cell);
        });
        continue;
      }
      if (annex || raw.startsWith('[^') || /^#/.test(raw) || raw.trim() === '') continue;
      for (const m of plain(raw).matchAll(/(?<=\p{Ll},? )(\p{Lu}\p{Ll}* [^\s,;.]+)/gu)) v.properWords.add(m[1]!);
      for (const sentence of plain(raw).split(/(?<=[.!?…])\s+(?=[\p{Lu}“(])/u)) addSentence(v, sentence);
    }
  }
  for (const list of [v.sentences, v.leadIns, v.clauses, ...Object.values(v.cells)]) {
    const unique = [...new Set(list)];
    list.splice(0, list.length, ...unique);
  }
  return v;
}

function addSentence(v: Vocabulary, sentence: string): void {
  const s = sentence.trim();
  // The closing formula is written once per document by the generator.
  if (/này được phổ biến/iu.test(s)) return;
  if (words(s) < 5 || !balanced(s) || /[|<>]/.test(s) || /^[\d(]/.test(s)) return;
  if (s.endsWith(':')) {
    if (/sau:$/.test(s)) v.leadIns.push(s);
    return;
  }
  if (words(s) <= 90) v.sentences.push(/[.…]$/.test(s) ? s : `${s}.`);
  for (const clause of s.replace(/[.…:]+$/, '').split(/[;,]\s+/)) {
    const c = clause.trim();
    if (words(c) >= 4 && words(c) <= 30 && balanced(c) && !/^[\d(]/.test(c)) v.clauses.push(c);
  }
}
