/**
 * Metadata that Pagefind keeps for the browser but does not index.
 *
 * Pagefind 1.6 indexes the words of every `data-pagefind-meta` value, so that it can rank pages
 * whose title matches higher. It is noise:
 * - the title repeats the page's `h1`, whose words Pagefind indexes and weights as a heading
 *   (index-html.ts, takeTitle);
 * - the kind "van-ban" made "van" and "ban" words of every page;
 * - the date "2024-02-22" added "2024", "02" and "22" to every page;
 * - the issuer, type and number repeat the page's visible attributes;
 * - a document's task details (deadlines, agencies) repeated its task rows.
 * At 10,000 documents that was a fifth of the short index. A query loads the index chunk of each of
 * its words, so every one of those chunks grew with it.
 *
 * Pagefind only indexes letters and digits: a value written with punctuation alone adds no word.
 * Each UTF-8 byte is written as two of the 16 marks of DIGITS. None of them is a letter or a
 * digit. None is `_`, which Pagefind keeps inside words. None needs escaping in an HTML attribute
 * or in JSON. None is `#` or `*`, which Unicode counts as emoji.
 */
const DIGITS = '!$%()+,-./:;=?@^';
const VALUE = new Map([...DIGITS].map((c, i) => [c, i]));

/** `text` with no letter or digit: two marks of DIGITS per UTF-8 byte. */
export function encodeUnindexed(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += DIGITS[byte >> 4]! + DIGITS[byte & 15]!;
  return out;
}

/** The text encodeUnindexed was given; null when `code` is not such a value. */
export function decodeUnindexed(code: string): string | null {
  if (code.length % 2) return null;
  const bytes = new Uint8Array(code.length / 2);
  for (let i = 0; i < bytes.length; i += 1) {
    const high = VALUE.get(code[2 * i]!);
    const low = VALUE.get(code[2 * i + 1]!);
    if (high === undefined || low === undefined) return null;
    bytes[i] = high * 16 + low;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The plain title metadata of a page whose title is in its unindexed value: punctuation, so no
 * word. Without a plain title Pagefind would take the page's first `h1` as its title, and index it.
 */
export const TITLE_PLACEHOLDER = '-';

/** Metadata key of a page's unindexed metadata: an encodeUnindexed JSON object of strings. */
export const UNINDEXED_META_KEY = 'data';

/** The unindexed metadata value for `fields` (empty values left out); "" when none is left. */
export function unindexedMeta(fields: Record<string, string | undefined>): string {
  const kept = Object.entries(fields).filter((e): e is [string, string] => !!e[1]);
  return kept.length ? encodeUnindexed(JSON.stringify(Object.fromEntries(kept))) : '';
}

/**
 * A fragment's metadata as the page wrote it: the plain fields and those of its unindexed value,
 * which is itself left out and whose fields win (the title there, TITLE_PLACEHOLDER plain). A value
 * that does not decode adds nothing.
 */
export function readMeta(meta: Record<string, string>): Record<string, string> {
  const { [UNINDEXED_META_KEY]: code, ...plain } = meta;
  if (!code) return plain;
  const json = decodeUnindexed(code);
  if (json === null) return plain;
  try {
    const fields = JSON.parse(json) as unknown;
    if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return plain;
    const strings = Object.entries(fields).filter((e): e is [string, string] => typeof e[1] === 'string');
    return { ...plain, ...Object.fromEntries(strings) };
  } catch {
    return plain;
  }
}
