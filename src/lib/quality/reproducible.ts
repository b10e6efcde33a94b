/**
 * Reproducibility gate: two builds of the same content with the same "as of" date must write the
 * same files, byte for byte. Compares the SHA-256 of every file of two built folders.
 */
import { createHash } from 'node:crypto';
import type { SiteProblem } from './problem.ts';
import type { SiteFiles } from './site-files.ts';

/** File → SHA-256 (hex) of its bytes. */
export function hashSite(site: SiteFiles): Map<string, string> {
  return new Map(site.files.map((f) => [f, createHash('sha256').update(site.bytes(f)).digest('hex')]));
}

/**
 * One problem per file that differs or exists in only one build. `allowed` names files known to
 * differ between builds (none today; each must be explained where the list is written).
 */
export function compareBuilds(a: Map<string, string>, b: Map<string, string>, allowed: (file: string) => boolean = () => false): SiteProblem[] {
  const problems: SiteProblem[] = [];
  for (const file of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    if (allowed(file)) continue;
    const ha = a.get(file);
    const hb = b.get(file);
    if (ha === hb) continue;
    const message = ha === undefined ? 'chỉ có trong bản dựng thứ hai' : hb === undefined ? 'chỉ có trong bản dựng thứ nhất' : 'khác nhau giữa hai bản dựng của cùng một nội dung';
    problems.push({ file, gate: 'reproducible', message });
  }
  return problems;
}
