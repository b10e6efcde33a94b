/**
 * The two seed directives as received (text pasted from a PDF), and the check that a rendering
 * of one contains every sentence of it: used by the build tests on the published pages and by
 * the import tests on the drafts `npm run import` makes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { squash } from './html.ts';
import { ROOT } from './paths.ts';

export const SEED_FILE_001 = '001_bd60f4e77233c612.txt';
export const SEED_FILE_000 = '000_2da9d117f71e627a.txt';

/** Path of a seed file. */
export function seedPath(file: string): string {
  return join(ROOT, '../shared/seeds', file);
}

/** Sentences (and table cells) of a seed file, markup removed. */
export function seedSentences(file: string): string[] {
  const text = readFileSync(seedPath(file), 'utf8')
    .normalize('NFC')
    .replace(/<sup>\d+<\/sup>/g, '')
    .replace(/[*\\]/g, '')
    .replace(/^- /gm, '');
  return text
    .split('\n')
    .flatMap((line) => line.split('\t'))
    .flatMap((piece) => piece.split(/(?<=[.;!?])\s+/))
    .map((s) => squash(s))
    .filter((s) => /\p{L}/u.test(s) && !/^-+$/.test(s));
}

/** The sentences not found in `pageText`. */
export function missingSentences(sentences: string[], pageText: string): string[] {
  const page = squash(pageText);
  const lower = page.toLowerCase();
  // Headings and signature lines are printed in capitals on paper; the page shows them in mixed case.
  return sentences.filter((s) => !page.includes(s) && !(s === s.toUpperCase() && lower.includes(s.toLowerCase())));
}
