import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { hasStrokedD, indexSpelling, indexSpellingHtml, readableSpelling } from '../../src/lib/search/index-spelling.ts';
import { foldVietnamese } from '../../src/lib/search/fold.ts';

// The seed directive of Điện Biên, whole: every đ and Đ it writes.
const SEED = readFileSync(new URL('../../content/van-ban/dien-bien/08-ct-tu-2026.md', import.meta.url), 'utf8');

/** What Pagefind 1.6 indexes a word under: NFD, without the marks it splits off, lower case. */
const pagefindFold = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

describe('indexSpelling', () => {
  it('writes đ so that folding the marks off leaves d, as for every other Vietnamese letter', () => {
    expect(indexSpelling('Điện Biên')).toBe('Ḍiện Biên');
    for (const phrase of ['Điện Biên', 'đối thoại', 'Đảng ủy', 'Ngày đọc văn bản', '05/QĐ-BCĐ']) {
      expect(pagefindFold(indexSpelling(phrase)), phrase).toBe(foldVietnamese(phrase));
    }
  });

  it('gives back the text as written, for the whole seed directive', () => {
    expect(SEED).toMatch(/Đ/);
    expect(indexSpelling(SEED)).not.toMatch(/[đĐ]/);
    expect(readableSpelling(indexSpelling(SEED))).toBe(SEED);
  });

  it('keeps a spelling of its own, apart from d without a mark: "Điện" is not "diện"', () => {
    expect(indexSpelling('Điện')).not.toBe(indexSpelling('Diện'));
    expect(indexSpelling('Điện').normalize('NFC')).toBe(indexSpelling('Điện'));
  });

  it('finds ð (U+00F0) like đ and gives it back as it was', () => {
    expect(pagefindFold(indexSpelling('ðối thoại'))).toBe('doi thoai');
    expect(readableSpelling(indexSpelling('ðối Ðiện đối Điện'))).toBe('ðối Ðiện đối Điện');
  });

  it('leaves text without đ as it is', () => {
    expect(indexSpelling('Diễn biến, 08-CT/TU')).toBe('Diễn biến, 08-CT/TU');
    expect(readableSpelling('Diễn biến')).toBe('Diễn biến');
  });
});

describe('indexSpellingHtml', () => {
  it('spells the text between tags, not the tags and their attributes (filters and metadata, read as written)', () => {
    const html = '<p title="Điện Biên"><span data-pagefind-filter="issuer[data-value]" data-value="Đảng ủy"></span>Tỉnh Điện Biên</p>';
    expect(indexSpellingHtml(html)).toBe('<p title="Điện Biên"><span data-pagefind-filter="issuer[data-value]" data-value="Đảng ủy"></span>Tỉnh Ḍiện Biên</p>');
  });
});

describe('hasStrokedD', () => {
  it('tells a query written with đ (or ð, as legacy converters write it) from one without', () => {
    for (const q of ['Điện Biên', 'ngày đọc văn bản', 'ðiện']) expect(hasStrokedD(q), q).toBe(true);
    for (const q of ['dien bien', 'diễn biến', 'toàn diện', 'Ḍiện', '']) expect(hasStrokedD(q), q).toBe(false);
  });
});
