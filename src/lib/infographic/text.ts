/** Every word an infographic shows, as plain text: for the search index and for checks. */
import type { Block } from './types.ts';

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
