/**
 * Lines of a card: the infographics' line breaking (greedy, measured with the real font), held
 * to a number of lines; text beyond the last line ends in "…" so a long trích yếu still fits.
 */
import { wrapText, type Width } from '../infographic/layout/wrap.ts';

export type { Width };

export function fitLines(text: string, maxWidth: number, width: Width, maxLines: number): string[] {
  const lines = wrapText(text.normalize('NFC'), maxWidth, width);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  // The last line kept gives up words until it fits with the ellipsis (which replaces a trailing comma).
  const ellipsized = (words: string[]) => `${words.join(' ').replace(/[\s,;:.–-]+$/, '')}…`;
  let last = `${kept[maxLines - 1]} ${lines[maxLines]}`.split(' ');
  while (last.length > 1 && width(ellipsized(last)) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = ellipsized(last);
  return kept;
}
