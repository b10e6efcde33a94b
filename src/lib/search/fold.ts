/**
 * Vietnamese folding for search.
 *
 * Pagefind 1.6 already ignores tone marks, but not the letter đ/Đ: "dien bien"
 * misses "Điện Biên". So the index is given đ written as ḍ, which Pagefind folds
 * like any letter with a mark (index-spelling.ts); the browser folds the query to
 * rank and mark what it matches (match.ts). Text people read is never folded.
 */

// NFD splits every Vietnamese vowel into a base letter plus marks from this block
// (the five tones, circumflex, breve, horn). Only this block is removed, so marks
// of other scripts (which are letters' vowel signs there) survive.
const COMBINING_MARKS = /[\u0300-\u036f]/g;

// đ is a letter of its own with no Unicode decomposition, so NFD leaves it alone.
// ð (lowercase of Ð U+00D0) looks exactly like đ and is what some legacy
// Vietnamese encoding converters emit, so it is folded the same way.
const D_STROKE = /[đð]/g;

// A word is a run of letters and digits; marks are kept so NFD input stays whole.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Lowercase, without tone marks, vowel marks or the stroke of đ; everything else kept. NFC. */
export function foldVietnamese(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_STROKE, 'd')
    .normalize('NFC');
}

/**
 * True when folding changes more than letter case, i.e. the text carries
 * diacritics or đ. Lets the UI rank matches with the user's exact diacritics first.
 */
export function hasVietnameseDiacritics(s: string): boolean {
  return foldVietnamese(s) !== s.normalize('NFC').toLowerCase();
}

/**
 * Words of `s` as written (NFC), split on whitespace and every punctuation mark.
 * Deliberately naive: "08-CT/TU" gives "08", "CT", "TU" and "2.1" gives "2", "1";
 * document numbers get their own search text from doc-number.ts.
 */
export function tokenize(s: string): string[] {
  const words = s.normalize('NFC').match(WORD) ?? [];
  return words.filter((word) => HAS_LETTER_OR_DIGIT.test(word));
}
