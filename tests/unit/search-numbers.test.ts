import { describe, expect, it } from 'vitest';
import { docNumberToken, docNumberTokenPrefix, findDocNumbers, looseNumberQuery } from '../../src/lib/search/doc-number.ts';

const texts = (s: string) => findDocNumbers(s).map((f) => f.text);

describe('findDocNumbers', () => {
  it('finds the numbers cited in the seed directives, with their offsets', () => {
    const s = 'Quy định số 178-QĐ/TW, ngày 27/6/2024 của Bộ Chính trị; Kế hoạch số 232-KH/TU, ngày 16/6/2025';
    expect(findDocNumbers(s)).toEqual([
      { text: '178-QĐ/TW', start: 12, end: 21 },
      { text: '232-KH/TU', start: 68, end: 77 },
    ]);
  });

  it('finds State numbers, with a year and joint issuers', () => {
    expect(texts('Quyết định số 05/QĐ-BCĐ ngày 10/4/2026; Nghị quyết 12/2025/NQ-HĐND; Thông tư liên tịch 01/2020/TTLT-BTP-BNV.'))
      .toEqual(['05/QĐ-BCĐ', '12/2025/NQ-HĐND', '01/2020/TTLT-BTP-BNV']);
  });

  it('does not take dates, periods or clause numbers for numbers', () => {
    expect(texts('ngày 27/6/2024, Quý II/2026, mục 2.1, (2026 - 2030), 15h ngày thứ Năm, 01 lần/năm')).toEqual([]);
  });

  it('does not cut a number out of a longer token', () => {
    expect(texts('x08-CT/TU 1/08-CT/TU 2-08-CT/TU')).toEqual([]);
  });
});

describe('docNumberToken and docNumberTokenPrefix', () => {
  it('gives a document\'s own number one word, whatever its shape', () => {
    expect(docNumberToken('08-CT/TU')).toBe('vbso8cttu');
    expect(docNumberToken('05/QĐ-BCĐ')).toBe('vbso5qdbcd');
    expect(docNumberToken('12/2025/NQ-HĐND')).toBe('vbso12nqhdnd2025');
    expect(docNumberToken('01/2024/TTLT-BTP-BNV')).toBe('vbso1ttltbtpbnv2024');
    expect(docNumberToken('không số')).toBeNull();
  });

  it('reads a query as the start of the words of the numbers it may name', () => {
    const prefix = (q: string) => docNumberTokenPrefix(looseNumberQuery(q)!);
    for (const q of ['08-CT/TU', '08-ct/tu', '08 CT TU', 'ct 08 tu']) expect(prefix(q)).toBe('vbso8cttu');
    // No issuer: every 8-CT/…; 'vbso8ctrtu' (8-CTr/TU) matches too, and matchesDocNumber drops it.
    expect(prefix('CT 08')).toBe('vbso8ct');
    expect(prefix('05/QD-BCD')).toBe('vbso5qdbcd');
    expect(prefix('qd bcd 05')).toBe('vbso5qdbcd');
    expect(prefix('12/2025/NQ-HĐND')).toBe(docNumberToken('12/2025/NQ-HĐND'));
    expect(prefix('12 2025 nq')).toBe('vbso12nq');
    expect(docNumberToken('08-CT/TU')!.startsWith(prefix('CT 08'))).toBe(true);
  });
});
