/**
 * The benchmark corpus generator (bench/generate-corpus.ts) writes content the checker accepts,
 * shaped like the real documents, and the same bytes for the same seed.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { loadContent, type LoadResult } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { listFiles } from '../../src/lib/content/read.ts';
import { OUTPUT, ROOT, TEST_AS_OF } from '../support/paths.ts';

const DIR = join(OUTPUT, 'bench-corpus-a');
const COUNT = 120;
let loaded: LoadResult;

beforeAll(() => {
  generateCorpus({ count: COUNT, dir: DIR, seed: 7 });
  loaded = loadContent(DIR, ROOT, { PORTAL_AS_OF: TEST_AS_OF });
});

describe('generateCorpus', () => {
  it('writes valid content: no errors, no warnings', () => {
    expect(loaded.errors.map(formatProblem)).toEqual([]);
    expect(loaded.warnings.map(formatProblem)).toEqual([]);
    expect(loaded.corpus?.documents).toHaveLength(COUNT);
  });

  it('mixes types and issuers, dated 2020–2026, with distinct identities', () => {
    const docs = loaded.corpus!.documents;
    expect(new Set(docs.map((d) => d.type.id)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(docs.map((d) => d.issuer.id))).toEqual(
      new Set(['ban-thuong-vu-tinh-uy-dien-bien', 'ban-thuong-vu-tinh-uy-thai-nguyen', 'ban-thuong-vu-tinh-uy-thai-nguyen-truoc-hop-nhat']),
    );
    expect(docs.every((d) => d.year !== null && d.year >= 2020 && d.year <= 2026)).toBe(true);
    expect(new Set(docs.map((d) => `${d.issuer.id}|${d.data.number}|${d.data.issued}`)).size).toBe(COUNT);
  });

  it('writes numbered parts, task tables for about half, and relations that resolve', () => {
    const docs = loaded.corpus!.documents;
    expect(docs.every((d) => d.rendered.toc.filter((t) => t.depth === 1 && t.number).length >= 4)).toBe(true);
    const withTasks = docs.filter((d) => d.tasks.length > 0);
    expect(withTasks.length / COUNT).toBeGreaterThan(0.3);
    expect(withTasks.length / COUNT).toBeLessThan(0.7);
    expect(withTasks.every((d) => d.tasks.length >= 3 && d.tasks.length <= 12)).toBe(true);
    const targets = docs.flatMap((d) => d.relationsOut.map((r) => r.target.kind));
    expect(targets).toContain('document');
    expect(targets).toContain('citation');
    expect(targets).not.toContain('unknown');
  });

  it('writes Vietnamese with diacritics, NFC', () => {
    const text = listFiles(join(DIR, 'van-ban'), /\.md$/).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(text).toMatch(/đ/);
    expect(text).toMatch(/pháp luật/);
    expect(text).toBe(text.normalize('NFC'));
  });

  it('is deterministic for a seed', () => {
    const other = join(OUTPUT, 'bench-corpus-b');
    generateCorpus({ count: COUNT, dir: other, seed: 7 });
    const read = (dir: string) => listFiles(join(dir, 'van-ban'), /\.md$/).map((f) => [f.slice(dir.length), readFileSync(f, 'utf8')]);
    expect(read(other)).toEqual(read(DIR));
  });
});
