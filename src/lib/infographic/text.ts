/** Every word an infographic shows, as plain text: for the search index and for checks; and its links. */
import type { Block } from './types.ts';
import type { WrittenLink } from '../markdown/written-links.ts';

export function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
    case 'text':
      return [block.text];
    case 'figures':
      return block.items.map((i) => `${i.value} ${i.label}`);
    case 'timeline':
      return block.items.map((i) => `${i.when}: ${i.text}`);
    case 'steps':
      return block.items.map((s) => (s.detail ? `${s.title}: ${s.detail}` : s.title));
    case 'matrix':
      return [[block.corner, ...block.agencies].join(' · '), ...block.rows.map((r) => [r.task, ...r.cells.filter(Boolean)].join(' · '))];
    case 'bars':
      return block.items.map((i) => `${i.label}: ${i.value}`);
  }
}

export function infographicText(ig: { title: string; summary: string; blocks: Block[]; footer: string[] }): string {
  return [ig.title, ig.summary, ...ig.blocks.flatMap(blockTexts), ...ig.footer].join('\n');
}

/** The links an infographic's steps point to, with their lines, for the content's link check. */
export function infographicLinks(ig: { blocks: Block[] }): WrittenLink[] {
  return ig.blocks.flatMap((b) => (b.kind === 'steps' ? b.items.flatMap((s) => (s.link ? [{ url: s.link, line: s.line }] : [])) : []));
}
