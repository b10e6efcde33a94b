/**
 * Orders search results. Pagefind finds the pages (with the query as typed and folded); this
 * puts first what a reader means:
 * 1. for a query naming a document number, that document, then texts citing the number,
 *    then parts of that document (its tasks);
 * 2. the phrase with the user's diacritics ("đối thoại" before "theo dõi"), then the folded
 *    phrase ("dien bien" as a phrase before "biên" alone), then all words, then some;
 * 3. documents and their tasks before pages about them (Q&A, reading days, infographics);
 * 4. more occurrences of the phrase first; then Pagefind's order.
 * "Mới nhất" orders by date of issue instead, undated last, relevance breaking ties.
 */
import { matchesDocNumber } from './doc-number.ts';
import { matchText, numberSpans, type ParsedQuery, type TextMatch } from './match.ts';
import type { SortOrder } from './filters.ts';

/** A result whose data is loaded. */
export interface Candidate {
  /** Position in the merged Pagefind results (searches as typed first). */
  order: number;
  url: string;
  /** Readable text (visibleText of the content). */
  text: string;
  meta: Record<string, string>;
}

export interface Ranked<C extends Candidate> {
  candidate: C;
  /** The best match in its text (for a number query, the number). */
  match: TextMatch;
  /** Sort key, compared element by element; smaller first. */
  key: number[];
}

const TEXT_TIER: Record<TextMatch['level'], number> = {
  number: 0,
  'exact-phrase': 0,
  'folded-phrase': 1,
  'all-words': 2,
  'some-words': 3,
  none: 4,
};

function numberTier(c: Pick<Candidate, 'text' | 'meta'>, q: ParsedQuery): number {
  if (!q.number) return 0;
  const own = !!c.meta.number && matchesDocNumber(q.number, c.meta.number);
  if (own && c.meta.kind === 'van-ban') return 0;
  if (numberSpans(c.text, q.number).length) return 1;
  return own ? 2 : 3;
}

/**
 * Whether a result has to do with the document number the query names: the document itself, a
 * text that writes the number, or a part of that document. Always true for a query that names none.
 */
export function concernsNumber(c: Pick<Candidate, 'text' | 'meta'>, q: ParsedQuery): boolean {
  return numberTier(c, q) < 3;
}

/**
 * Documents and their parts (tasks) before what is written about them (Q&A, reading-day issues,
 * infographics) when both match equally well: readers look for the text itself first, and a
 * short page about it would otherwise win by repeating the words more densely.
 */
const PRIMARY_KINDS = new Set(['van-ban', 'nhiem-vu']);

function kindTier(c: Candidate): number {
  return !c.meta.kind || PRIMARY_KINDS.has(c.meta.kind) ? 0 : 1;
}

/** Days since year 0 of a YYYY-MM-DD date, negated so newer sorts first; undated last. */
function dateKey(date: string | undefined): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  return m ? -(Number(m[1]) * 400 + Number(m[2]) * 32 + Number(m[3])) : 0;
}

export function rankResults<C extends Candidate>(candidates: C[], q: ParsedQuery, sort: SortOrder = 'relevance'): Ranked<C>[] {
  const words = { ...q, number: null };
  const ranked = candidates.map((candidate) => {
    const text = matchText(candidate.text, words);
    const numbers = q.number ? numberSpans(candidate.text, q.number) : [];
    const match: TextMatch = numbers.length ? { level: 'number', spans: numbers } : text;
    const phrase = text.level === 'exact-phrase' || text.level === 'folded-phrase' ? text.spans.length : 0;
    const relevance = [numberTier(candidate, q), TEXT_TIER[text.level], kindTier(candidate), -phrase, candidate.order];
    const key = sort === 'newest' ? [dateKey(candidate.meta.date), ...relevance] : relevance;
    return { candidate, match, key };
  });
  return ranked.sort((a, b) => compareKeys(a.key, b.key));
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The Pagefind searches to run for a query: as typed, and the glued spelling of a document number it names, which
 * every number's hidden text holds ("qd bcd 05" and "05/QĐ-BCĐ" become "5qdbcd"; "CT 08" becomes
 * "8ct", which Pagefind matches as the start of "8cttu"). One rare word: searching the number's
 * parts one by one ("8 ct tu") would load the index of three of the commonest words.
 *
 * No folded spelling of the query: Pagefind folds tone marks and ă â ê ô ơ ư on both sides
 * itself, and đ too as the index and the query spell it (index-spelling.ts), so a folded search
 * would find the same pages again and cost a second pass over the index of every word of the query.
 */
export function searchVariants(q: ParsedQuery): string[] {
  const variants = [q.text];
  const glued = gluedNumber(q);
  if (glued) variants.push(glued);
  return [...new Set(variants.filter(Boolean))];
}

/** The glued spelling of the number a query names ("5qdbcd"), held by the hidden text of every page that writes it; null when it names none. */
export function gluedNumber(q: ParsedQuery): string | null {
  const n = q.number;
  if (!n) return null;
  return [String(n.serial), n.year === null ? '' : String(n.year), n.typeCode ?? '', n.issuerCode ?? ''].join('').replace(/\s+/g, '').toLowerCase();
}

/** Whether `words` (a page's places of the query's words, in any order) has `n` places in a row, n ≥ 2. */
function hasRun(words: readonly number[], n: number): boolean {
  let sorted: ArrayLike<number> = words;
  for (let i = 1; i < words.length; i += 1) {
    if (words[i]! < words[i - 1]!) {
      sorted = Int32Array.from(words).sort();
      break;
    }
  }
  let run = 1;
  for (let i = 1; i < sorted.length; i += 1) {
    if (sorted[i] === sorted[i - 1]! + 1) run += 1;
    else if (sorted[i] !== sorted[i - 1]) run = 1;
    if (run >= n) return true;
  }
  return false;
}

/**
 * Pagefind's results with the pages where the query's words stand together first (as many places
 * in a row as the query has words), each group in Pagefind's order. Pagefind scores each word
 * apart, wherever it stands: at 10,000 documents "dien bien" found first the pages whose title
 * has "toàn diện", and "Điện Biên" further down than a reader looks. Only the places of the
 * words, which each result carries, are read: no page's data is loaded for this.
 */
export function phraseFirst<T extends { words?: readonly number[] }>(results: T[], wordCount: number): T[] {
  if (wordCount < 2) return results;
  const together: T[] = [];
  const apart: T[] = [];
  for (const r of results) (hasRun(r.words ?? [], wordCount) ? together : apart).push(r);
  return together.length ? [...together, ...apart] : results;
}

/** Results of several searches as one list, each page once, in the order first seen. */
export function mergeById<T extends { id: string }>(lists: T[][]): T[] {
  const seen = new Map<string, T>();
  for (const list of lists) for (const r of list) if (!seen.has(r.id)) seen.set(r.id, r);
  return [...seen.values()];
}
