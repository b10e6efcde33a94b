import { describe, expect, it } from 'vitest';
import { TITLE_PLACEHOLDER, UNINDEXED_META_KEY, decodeUnindexed, encodeUnindexed, readMeta, unindexedMeta } from '../../src/lib/search/unindexed.ts';

describe('unindexed metadata', () => {
  const text = 'Ban Thường vụ Tỉnh ủy Điện Biên · 08-CT/TU · 2026-02-23 · "trích" <b> & ✓';

  it('writes any text with no letter, digit or character Pagefind keeps in words, and reads it back', () => {
    const code = encodeUnindexed(text);
    expect(code).not.toMatch(/[\p{L}\p{N}_]/u);
    // Safe as it is in an HTML attribute and in Pagefind's JSON fragments.
    expect(code).not.toMatch(/[&<>"'\\#*\s]/);
    expect(decodeUnindexed(code)).toBe(text);
    expect(decodeUnindexed(encodeUnindexed(''))).toBe('');
  });

  it('refuses what it did not write', () => {
    expect(decodeUnindexed('abc')).toBeNull();
    expect(decodeUnindexed('!')).toBeNull();
    // Bytes that are not UTF-8.
    expect(decodeUnindexed('^^')).toBeNull();
  });

  it('keeps a page\'s metadata in one value, empty fields left out, its fields winning over plain ones', () => {
    // The title as the index writes it: a placeholder plain, the title itself unindexed.
    const meta = { title: TITLE_PLACEHOLDER, [UNINDEXED_META_KEY]: unindexedMeta({ kind: 'van-ban', number: '08-CT/TU', date: '', detail: undefined, title: 'Chỉ thị' }) };
    expect(readMeta(meta)).toEqual({ title: 'Chỉ thị', kind: 'van-ban', number: '08-CT/TU' });
    expect(TITLE_PLACEHOLDER).not.toMatch(/[\p{L}\p{N}_]/u);
    expect(unindexedMeta({ date: '' })).toBe('');
    // A fragment without it, or with a value that does not decode, keeps its plain fields.
    expect(readMeta({ title: 'T' })).toEqual({ title: 'T' });
    expect(readMeta({ title: 'T', [UNINDEXED_META_KEY]: 'abc' })).toEqual({ title: 'T' });
    expect(readMeta({ title: 'T', [UNINDEXED_META_KEY]: encodeUnindexed('[1]') })).toEqual({ title: 'T' });
  });
});
