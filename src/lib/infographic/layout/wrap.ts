/**
 * Line breaking for SVG text, which does not wrap by itself. Greedy: as many words on a line as
 * fit in `maxWidth`, measured with the real font. Vietnamese words are short syllables, so
 * breaking at spaces is enough; a single token wider than the line (a long number, an address)
 * is cut between characters rather than overflowing. Every character of the text is kept.
 */

/** Width of a string in px (the font, size and weight already chosen). */
export type Width = (text: string) => number;

export function wrapText(text: string, maxWidth: number, width: Width): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (width(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (width(word) <= maxWidth) {
      line = word;
      continue;
    }
    // A token wider than the whole line: cut it, keeping every character.
    const pieces = breakWord(word, maxWidth, width);
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1]!;
  }
  if (line) lines.push(line);
  return lines;
}

function breakWord(word: string, maxWidth: number, width: Width): string[] {
  const out: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && width(piece + ch) > maxWidth) {
      out.push(piece);
      piece = ch;
    } else piece += ch;
  }
  out.push(piece);
  return out;
}
