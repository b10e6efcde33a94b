/**
 * PDF copies lose the line breaks inside table cells, gluing the names of several bodies into one
 * ("Đảng ủy HĐND tỉnh Đảng ủy UBND tỉnh"). Where every word of a cell belongs to a body the
 * portal knows in the document's province, the cell is split back into those names.
 */
import type { Organization } from '../content/schema.ts';
import { matchOrganization } from '../tasks/agencies.ts';

/**
 * Splits a cell glued from names of bodies the portal knows in the document's province ("Đảng ủy
 * HĐND tỉnh Đảng ủy UBND tỉnh"), only when every word belongs to one of them.
 */
export function agencySplitter(orgs: readonly Organization[], province: string | null): ((text: string) => string[] | null) | undefined {
  if (!province) return undefined;
  const known = (s: string) => matchOrganization(s, orgs, province) !== null;
  return (text) => {
    const words = text.split(' ');
    if (words.length < 4 || known(text)) return null;
    // Fewest names covering all the words (cells are short: a plain search is enough).
    const best: (string[] | null)[] = [[]];
    for (let end = 1; end <= words.length; end++) {
      best[end] = null;
      for (let start = 0; start < end; start++) {
        const prev = best[start];
        const piece = words.slice(start, end).join(' ');
        if (prev && (!best[end] || best[end]!.length > prev.length + 1) && known(piece)) best[end] = [...prev, piece];
      }
    }
    const parts = best[words.length];
    return parts && parts.length >= 2 ? parts : null;
  };
}
