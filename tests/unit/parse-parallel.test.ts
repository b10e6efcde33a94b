/**
 * The build parses document bodies on every core (src/lib/markdown/parse-parallel.ts): the trees
 * must be exactly those parseMarkdown gives, in the same order, with their source positions.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown } from '../../src/lib/markdown/parse.ts';
import { parseMarkdownAll } from '../../src/lib/markdown/parse-parallel.ts';
import { ROOT } from '../support/paths.ts';

const SOURCES = ['content/van-ban/dien-bien/08-ct-tu-2026.md', 'content/van-ban/thai-nguyen/chi-thi-xay-dung-va-thi-hanh-phap-luat.md']
  // Their opening and their appendix table: lists, numbered parts, a task table, <br> in cells.
  .map((f) => readFileSync(join(ROOT, f), 'utf8'))
  .map((text) => { const lines = text.split('\n'); return [...lines.slice(0, 40), ...lines.slice(-25)].join('\n'); });

describe('parseMarkdownAll', () => {
  it('gives the trees parseMarkdown gives, in order, when a worker parses half of them', { timeout: 60_000 }, () => {
    // 450 bodies (over the 200 a worker needs), each different so an order mix-up would show.
    const bodies = Array.from({ length: 450 }, (_, i) => `${i}\\. Mục ${i}\n\n${SOURCES[i % 2]}`);
    const trees = parseMarkdownAll(bodies, 2);
    expect(trees).toHaveLength(bodies.length);
    for (const i of [0, 1, 224, 225, 226, 449]) expect(trees[i]).toEqual(parseMarkdown(bodies[i]!));
    expect(trees.map((t) => (t.children[0] as { children: { value?: string }[] }).children[0]?.value)).toEqual(bodies.map((_, i) => `${i}. Mục ${i}`));
  });

  it('parses a few bodies on this thread alone', () => {
    expect(parseMarkdownAll(SOURCES, 8)).toEqual(SOURCES.map(parseMarkdown));
  });
});
