/**
 * Which index answers a search (src/scripts/search-engine.ts), with stand-ins for the two Pagefind
 * bundles: the short index answers when it has a screen of pages that show the query, else the
 * full text does.
 */
import { describe, expect, it } from 'vitest';
import { openSearch, type Pagefind } from '../../src/scripts/search-engine.ts';
import { readSearchState, type Scope } from '../../src/lib/search/filters.ts';

/** A bundle whose every search finds `texts`, one page each. */
function bundle(name: string, texts: string[]): Pagefind & { searched: number } {
  const results = texts.map((content, i) => ({
    id: `${name}-${i}`,
    data: async () => ({ url: `/${name}/${i}/`, content, meta: { title: `${name} ${i}`, kind: 'van-ban' } }),
  }));
  return {
    searched: 0,
    async options() {},
    async preload() {},
    async search() {
      this.searched += 1;
      return { results };
    },
  };
}

async function answer(query: string, brief: string[], full: string[]) {
  const bundles: Record<Scope, ReturnType<typeof bundle>> = { brief: bundle('brief', brief), full: bundle('full', full) };
  const session = await openSearch(async (scope) => bundles[scope], readSearchState(new URLSearchParams({ q: query })));
  const step = await session.next();
  return { step, bundles };
}

const many = (text: string) => Array.from({ length: 12 }, (_, i) => `${text} ${i}`);

describe('openSearch: which index answers', () => {
  it('the short index, when a screen of its pages shows the query', async () => {
    const { step, bundles } = await answer('chuyen mon', many('chuyên môn'), ['x']);
    expect(step.scope).toBe('brief');
    expect(step.count).toBe(12);
    expect(bundles.full.searched).toBe(0);
  });

  it('decides on the first screen: a match further down does not keep the short index', async () => {
    const { step } = await answer('mỏng', [...many('chuyên môn'), 'nguồn nhân lực còn mỏng'], ['nguồn nhân lực còn mỏng']);
    expect(step.scope).toBe('full');
  });

  it('the full text, when the short index offers only near words ("môn" for "mỏng")', async () => {
    const { step } = await answer('mỏng', many('chuyên môn'), ['nguồn nhân lực còn mỏng']);
    expect(step.scope).toBe('full');
    expect(step.count).toBe(1);
    expect(step.html).toContain('<mark>mỏng</mark>');
  });

  it('the full text, when the short index has less than a screen of pages', async () => {
    const { step } = await answer('mỏng', ['còn mỏng'], ['còn mỏng', 'rất mỏng']);
    expect(step.scope).toBe('full');
    expect(step.count).toBe(2);
  });
});
