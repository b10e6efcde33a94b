/**
 * How đ is spelled for Pagefind.
 *
 * Pagefind 1.6 indexes each word under its folded form, with the marks NFD splits off removed
 * (tones, ă â ê ô ơ ư), and keeps each spelling as a variant of it: "dien" finds "diễn" and
 * "diện", and a query typed with marks ranks the pages that have them as typed higher. But đ has
 * no decomposition, so "dien" never finds "Điện". Written as ḍ (d with a dot below, U+1E0D, which
 * NFD splits into d and a mark), đ is folded by Pagefind like any other letter with a mark:
 * "Điện Biên" is indexed under "dien bien", as one phrase, in the page's own words, and "ḍiện" is
 * kept as its variant, apart from "diện" ("toàn diện"). (A combining stroke after d, U+0335, was
 * tried first: Pagefind folded it too, but kept no variant of its own.) Pagefind ranks a variant
 * as typed only about twice a folded one, less than a word of a title weighs, so a query written
 * with đ is also searched with Pagefind's exact diacritics (hasStrokedD, src/scripts/search-engine.ts).
 *
 * Everything Pagefind is given (the indexed copy of a page) and asked (the query) is written this
 * way; everything it gives back for people to read (a fragment's text and headings) is written
 * back. ð (U+00F0), which legacy converters emit for đ, is written ḏ (d with a line below), so
 * it is found like đ and written back as it was. Vietnamese text has no ḍ or ḏ of its own.
 */

const TO_INDEX: Record<string, string> = { đ: 'ḍ', Đ: 'Ḍ', ð: 'ḏ', Ð: 'Ḏ' };
const FROM_INDEX: Record<string, string> = Object.fromEntries(Object.entries(TO_INDEX).map(([letter, spelled]) => [spelled, letter]));

const LETTERS = /[đĐðÐ]/g;
const SPELLED = /[ḍḌḏḎ]/g;
/** A tag (left as it is: attribute values are filters and metadata, read as written), or a letter. */
const TAG_OR_LETTER = /(<[^>]*>)|[đĐðÐ]/g;

/** `text` as Pagefind is given it or asked for it: đ as ḍ. */
export function indexSpelling(text: string): string {
  return text.replace(LETTERS, (letter) => TO_INDEX[letter]!);
}

/** Whether `text` writes đ (or ð): a letter of its own to a Vietnamese reader, not a mark on d. */
export function hasStrokedD(text: string): boolean {
  return Object.keys(TO_INDEX).some((letter) => text.includes(letter));
}

/** `html` with the text between its tags in indexSpelling; tags and their attributes as they are. */
export function indexSpellingHtml(html: string): string {
  return html.replace(TAG_OR_LETTER, (match, tag: string | undefined) => tag ?? TO_INDEX[match]!);
}

/** Text Pagefind gives back, as it was written (the inverse of indexSpelling). */
export function readableSpelling(text: string): string {
  return text.replace(SPELLED, (spelled) => FROM_INDEX[spelled]!);
}
