/** Reading built HTML in tests without a DOM library: visible text, and elements by id. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readPage(siteDir: string, path: string): string {
  const file = path.endsWith('/') ? join(siteDir, path, 'index.html') : join(siteDir, path);
  return readFileSync(file, 'utf8');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text a reader sees: scripts, styles and footnote reference numbers removed, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<sup\b[\s\S]*?<\/sup>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e] ?? m,
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Collapses whitespace and puts no space before punctuation, for comparing sentences. */
export function squash(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').replace(/\s+([.,;:!?)”])/g, '$1').replace(/([(“])\s+/g, '$1').trim();
}
