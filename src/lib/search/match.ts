/**
 * Where a query occurs in a text, as offsets into the text as written, so the caller can mark
 * the original characters ("Điện Biên") while matching the folded ones ("dien bien").
 *
 * Folding one character at a time keeps the length: every precomposed (NFC) Vietnamese letter
 * folds to one ASCII letter (ệ→e, đ→d), and a character whose fold would change the length is
 * kept as it is. So offset i of the folded text is offset i of the text.
 */
import { foldVietnamese, hasVietnameseDiacritics, tokenize } from './fold.ts';
import { findDocNumbers, looseNumberQuery, matchesDocNumber, type LooseDocNumber } from './doc-number.ts';

/** A matched range of a text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

// Results are ranked on whole documents (tens of thousands of characters each, several per
// search), and a document uses a few hundred distinct characters: each is folded once.
const FOLDED = new Map<string, string>();
const LOWERED = new Map<string, string>();

/** foldVietnamese, character by character, with the same length as `text` (NFC input). */
export function foldSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    let f = FOLDED.get(ch);
    if (f === undefined) {
      const folded = foldVietnamese(ch);
      FOLDED.set(ch, (f = folded.length === ch.length ? folded : ch));
    }
    out += f;
  }
  return out;
}

/** Lowercase, character by character, with the same length as `text`. */
function lowerSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    let l = LOWERED.get(ch);
    if (l === undefined) {
      const lower = ch.toLowerCase();
      LOWERED.set(ch, (l = lower.length === ch.length ? lower : ch));
    }
    out += l;
  }
  return out;
}

/** A query, read once: its words as typed and folded, and the document number it names. */
export interface ParsedQuery {
  /** NFC, trimmed, inner whitespace collapsed. */
  text: string;
  /** Lowercased words as typed. */
  words: string[];
  /** Folded words. */
  folded: string[];
  /** The query carries diacritics or đ, so matches as typed can rank first. */
  hasDiacritics: boolean;
  /** The document number the query names, if it reads as one ("CT 08", "05/QD-BCD"). */
  number: LooseDocNumber | null;
}

export function parseQuery(query: string): ParsedQuery {
  const text = query.normalize('NFC').trim().replace(/\s+/g, ' ');
  const words = tokenize(text).map((w) => lowerSameLength(w));
  return {
    text,
    words,
    folded: words.map((w) => foldSameLength(w)),
    hasDiacritics: hasVietnameseDiacritics(text),
    number: text ? looseNumberQuery(text) : null,
  };
}

const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Occurrences of the words in order, separated by anything but letters and digits
 * ("08 ct tu" meets "08-CT/TU"), each a whole word. `haystack` is already lowercased or folded.
 */
export function phraseSpans(haystack: string, words: string[]): Span[] {
  if (words.length === 0) return [];
  const body = words.map(escapeRegExp).join(`[^\\p{L}\\p{M}\\p{N}]+`);
  const re = new RegExp(`(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`, 'gu');
  return [...haystack.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Whole words of the haystack starting with one of the words (how Pagefind matches too). */
export function wordSpans(haystack: string, words: string[]): Span[] {
  if (words.length === 0) return [];
  const alternatives = [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const re = new RegExp(`(?<!${WORD_CHAR})(?:${alternatives})${WORD_CHAR}*`, 'gu');
  return [...haystack.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Written document numbers in the text that are the number the query names. */
export function numberSpans(text: string, number: LooseDocNumber): Span[] {
  return findDocNumbers(text)
    .filter((f) => matchesDocNumber(number, f.text))
    .map(({ start, end }) => ({ start, end }));
}

/** How well a text matches a query, best first. */
export type MatchLevel = 'number' | 'exact-phrase' | 'folded-phrase' | 'all-words' | 'some-words' | 'none';

export interface TextMatch {
  level: MatchLevel;
  /** Spans of that level, in order. */
  spans: Span[];
}

/**
 * The best kind of match of the query in `text` (NFC), with its spans:
 * the number the query names, then the phrase with the user's diacritics (only when the
 * query has some), then the folded phrase, then the words one by one (not for a number query,
 * whose parts mean nothing alone).
 */
export function matchText(text: string, q: ParsedQuery): TextMatch {
  if (q.number) {
    const spans = numberSpans(text, q.number);
    if (spans.length) return { level: 'number', spans };
  }
  if (q.words.length === 0) return { level: 'none', spans: [] };
  if (q.hasDiacritics) {
    const spans = phraseSpans(lowerSameLength(text), q.words);
    if (spans.length) return { level: 'exact-phrase', spans };
  }
  const folded = foldSameLength(lowerSameLength(text));
  const phrase = phraseSpans(folded, q.folded);
  if (phrase.length) return { level: 'folded-phrase', spans: phrase };
  // The parts of a number ("ct", "tu") alone would mark "Tư pháp" and "tục": noise.
  if (q.number) return { level: 'none', spans: [] };
  const spans = wordSpans(folded, q.folded);
  if (spans.length === 0) return { level: 'none', spans };
  const found = new Set(spans.map((s) => q.folded.find((w) => folded.startsWith(w, s.start))));
  return { level: q.folded.every((w) => found.has(w)) ? 'all-words' : 'some-words', spans };
}
