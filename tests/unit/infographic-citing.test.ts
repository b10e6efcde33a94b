/** infographicsCiting: the infographics that cite one document, from an index built once per list. */
import { describe, it, expect } from 'vitest';
import { infographicsCiting } from '../../src/lib/infographic/sources.ts';

const ig = (slug: string, ...ids: string[]) => ({ slug, sources: ids.map((documentId) => ({ documentId })) });

describe('infographicsCiting', () => {
  const all = [ig('a', 'dien-bien/08'), ig('b', 'thai-nguyen/x', 'dien-bien/08'), ig('c', 'thai-nguyen/x'), ig('d', 'dien-bien/08', 'dien-bien/08')];

  it('lists each infographic citing the document once, in list order', () => {
    expect(infographicsCiting(all, 'dien-bien/08').map((i) => i.slug)).toEqual(['a', 'b', 'd']);
    expect(infographicsCiting(all, 'thai-nguyen/x').map((i) => i.slug)).toEqual(['b', 'c']);
  });

  it('gives none for a document nothing cites, and indexes each list on its own', () => {
    expect(infographicsCiting(all, 'khac')).toEqual([]);
    expect(infographicsCiting([ig('e', 'khac')], 'khac').map((i) => i.slug)).toEqual(['e']);
  });
});
