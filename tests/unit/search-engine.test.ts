/**
 * Which index answers a search (src/scripts/search-engine.ts), with stand-ins for the two Pagefind
 * bundles: the short index answers when it has a screen of pages that show the query, else the
 * full text does.
 */
import { describe, expect, it } from 'vitest';
import { openSearch, type Pagefind } from '../../src/scripts/search-engine.ts';
import { readSearchState, type Scope, type SearchState } from '../../src/lib/search/filters.ts';

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

describe('openSearch: what Pagefind is asked and what people read', () => {
  /** A bundle that finds `pages` (text and places of the query's words) and keeps the queries it was asked. */
  function recording(pages: { content: string; words?: number[] }[]) {
    const asked: (string | null)[] = [];
    const results = pages.map(({ content, words }, i) => ({
      id: `p${i}`,
      words,
      data: async () => ({ url: `/p/${i}/`, content, meta: { title: `Trang ${i}`, kind: 'van-ban' } }),
    }));
    const pf: Pagefind = {
      async options() {},
      async preload() {},
      async search(q) {
        asked.push(q);
        return { results };
      },
    };
    return { pf, asked };
  }

  it('asks with đ spelled as the index holds it, and shows the text as written', async () => {
    const { pf, asked } = recording(Array.from({ length: 10 }, () => ({ content: 'Tỉnh Ḍiện Biên ḍã có nhiều ḍổi mới.' })));
    const session = await openSearch(async () => pf, readSearchState(new URLSearchParams({ q: 'Điện Biên' })));
    const step = await session.next();
    expect(asked[0]).toBe('Ḍiện Biên');
    expect(step.html).toContain('<mark>Điện Biên</mark> đã có nhiều đổi mới');
    expect(step.html).not.toMatch(/[ḍḌ]/);
  });

  it('loads first the pages where the words of the query stand together, however far down Pagefind put them', async () => {
    const apart = Array.from({ length: 11 }, (_, i) => ({ content: `Bảo đảm sự lãnh đạo toàn diện ${i}, có biện pháp.`, words: [6, 9] }));
    const { pf } = recording([...apart, { content: 'Trên địa bàn tỉnh Điện Biên.', words: [4, 5] }]);
    const session = await openSearch(async () => pf, readSearchState(new URLSearchParams({ q: 'dien bien' })));
    const step = await session.next();
    expect(step.count).toBe(12);
    expect(step.html.indexOf('/p/11/')).toBeGreaterThan(-1);
    expect(step.html.indexOf('/p/11/')).toBeLessThan(step.html.indexOf('/p/0/'));
  });
});

describe('openSearch: a query written with đ finds đ first', () => {
  /**
   * A one-bundle index like Pagefind's: folded, every page, in the order given; with its option
   * exactDiacritics, only the pages with each word of the query as written (đ as ḍ). The option
   * is read when the search ends, as Pagefind reads it once the index chunks are in; an exact
   * search takes longer, so another search started meanwhile would end inside it.
   */
  function index(contents: string[], onExact?: () => void) {
    const log: { q: string | null; exact: boolean }[] = [];
    const options: unknown[] = [];
    let exactOption = false;
    const results = contents.map((content, i) => ({
      id: `p${i}`,
      words: [0, 1],
      data: async () => ({ url: `/p/${i}/`, content, meta: { title: `Trang ${i}`, kind: 'van-ban' } }),
    }));
    const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    const pf: Pagefind = {
      async options(o) {
        options.push(o);
        exactOption = o.exactDiacritics === true;
        if (exactOption) onExact?.();
      },
      async preload() {},
      async search(q) {
        await new Promise((resolve) => setTimeout(resolve, exactOption ? 10 : 1));
        const exact = exactOption;
        log.push({ q, exact });
        if (!exact || q === null) return { results };
        return { results: results.filter((_, i) => words(q).every((w) => words(contents[i]!.replace(/đ/g, 'ḍ').replace(/Đ/g, 'Ḍ')).includes(w))) };
      },
    };
    return { pf, log, options };
  }
  const decoys = Array.from({ length: 11 }, (_, i) => `Kịp thời nắm bắt diễn biến ${i}.`);
  const state = (q: string, more: Record<string, string> = {}) => readSearchState(new URLSearchParams({ q, ...more }));

  it('lists first the pages with the words as written, then the pages folding finds', async () => {
    const { pf, log, options } = index([...decoys, 'Trên địa bàn tỉnh Điện Biên.']);
    const step = await (await openSearch(async () => pf, state('Điện Biên'))).next();
    expect(step.html.indexOf('/p/11/')).toBeGreaterThan(-1);
    expect(step.html.indexOf('/p/11/')).toBeLessThan(step.html.indexOf('/p/0/'));
    expect(step.count).toBe(12);
    expect(log).toEqual([{ q: 'Ḍiện Biên', exact: false }, { q: 'Ḍiện Biên', exact: true }]);
    expect(options).toEqual([{ exactDiacritics: true }, { exactDiacritics: false }]);
  });

  it('only for a query written with đ, by relevance, not a document number, in an index of one bundle', async () => {
    // The option reaches the first bundle only (Pagefind's options()): the full text has two.
    const asked = async (s: SearchState) => {
      const { pf, options } = index([...decoys, 'Trên địa bàn tỉnh Điện Biên.']);
      await (await openSearch(async () => pf, s)).next();
      return options.length > 0;
    };
    expect(await asked(state('Điện Biên'))).toBe(true);
    expect(await asked(state('ngày đọc văn bản'))).toBe(true);
    for (const s of [state('dien bien'), state('diễn biến'), state('Điện Biên', { 'sap-xep': 'moi-nhat' }), state('05/QĐ-BCĐ'), state('Điện Biên', { 'pham-vi': 'toan-van' })]) {
      expect(await asked(s)).toBe(false);
    }
  });

  it('keeps every other search out of the exact one', async () => {
    let other: Promise<unknown> | undefined;
    const { pf, log } = index([...decoys, 'Trên địa bàn tỉnh Điện Biên.'], () => {
      other ??= openSearch(async () => pf, state('dien bien')).then((s) => s.next());
    });
    await (await openSearch(async () => pf, state('Điện Biên'))).next();
    await other;
    expect(log.filter((l) => l.q === 'dien bien')).toEqual([{ q: 'dien bien', exact: false }]);
  });
});

