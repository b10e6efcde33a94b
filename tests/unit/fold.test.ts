import { describe, expect, it } from 'vitest';
import {
  foldVietnamese,
  hasVietnameseDiacritics,
  tokenize,
} from '../../src/lib/search/fold.ts';

// Each group: the plain vowel, then huyền, sắc, hỏi, ngã, nặng. Written out by hand
// (not produced with toUpperCase or NFD) so the table itself is the specification.
const LOWER = 'aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ';
const UPPER = 'AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ';
const BASES = ['a', 'a', 'a', 'e', 'e', 'i', 'o', 'o', 'o', 'u', 'u', 'y'];

const vowelRows = [LOWER, UPPER].flatMap((table) =>
  table.split(' ').flatMap((group, g) =>
    [...group].map((letter, tone) => ({ letter, base: BASES[g]!, plain: tone === 0 && 'aeiouyAEIOUY'.includes(letter) })),
  ),
);

// Real sentences from the seed directives (Thái Nguyên 000, Điện Biên 08-CT/TU).
const SEED: [string, string][] = [
  ['Đảng ủy Ủy ban nhân dân tỉnh', 'dang uy uy ban nhan dan tinh'],
  ['Điện Biên', 'dien bien'],
  ['đối thoại trực tiếp với người dân và doanh nghiệp', 'doi thoai truc tiep voi nguoi dan va doanh nghiep'],
  ['Ngày đọc văn bản quy phạm pháp luật', 'ngay doc van ban quy pham phap luat'],
  ['ĐỐI THOẠI', 'doi thoai'],
  ['Quý II/2026', 'quy ii/2026'],
  [
    'Quyết định số 05/QĐ-BCĐ ngày 10/4/2026 của Ban Chỉ đạo Trung ương',
    'quyet dinh so 05/qd-bcd ngay 10/4/2026 cua ban chi dao trung uong',
  ],
  ['mô hình “Ngày đọc văn bản quy phạm pháp luật” trong các cơ quan', 'mo hinh “ngay doc van ban quy pham phap luat” trong cac co quan'],
  ['Hằng tuần (trước 15h ngày thứ Năm)', 'hang tuan (truoc 15h ngay thu nam)'],
];

describe('foldVietnamese', () => {
  it('has a table of 12 vowels × 6 forms in each case, all NFC', () => {
    expect(vowelRows).toHaveLength(2 * 12 * 6);
    for (const { letter } of vowelRows) expect(letter).toBe(letter.normalize('NFC'));
  });

  it.each(vowelRows)('folds $letter to $base', ({ letter, base }) => {
    expect(foldVietnamese(letter)).toBe(base);
    expect(foldVietnamese(letter.normalize('NFD'))).toBe(base);
  });

  it('folds đ and Đ to d', () => {
    expect(foldVietnamese('đ')).toBe('d');
    expect(foldVietnamese('Đ')).toBe('d');
    expect(foldVietnamese('ĐĐđđ')).toBe('dddd');
  });

  it('folds the look-alike Ð (U+00D0) left by legacy converters', () => {
    expect(foldVietnamese('\u00d0iện Biên')).toBe('dien bien');
  });

  it.each(SEED)('folds %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it.each(SEED)('gives the same result for NFD input: %s', (input, expected) => {
    const nfd = input.normalize('NFD');
    expect(nfd).not.toBe(input);
    expect(foldVietnamese(nfd)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const [input] of SEED) expect(foldVietnamese(foldVietnamese(input))).toBe(foldVietnamese(input));
    expect(foldVietnamese(foldVietnamese(LOWER + UPPER))).toBe(foldVietnamese(LOWER + UPPER));
  });

  it('keeps digits, punctuation and spacing', () => {
    expect(foldVietnamese('  2.1 – 6.6; (báo cáo) ')).toBe('  2.1 – 6.6; (bao cao) ');
  });
});

describe('hasVietnameseDiacritics', () => {
  it.each(vowelRows)('is right for $letter', ({ letter, plain }) => {
    expect(hasVietnameseDiacritics(letter)).toBe(!plain);
  });

  it('ignores case alone', () => {
    expect(hasVietnameseDiacritics('DIEN BIEN')).toBe(false);
    expect(hasVietnameseDiacritics('Quy II/2026')).toBe(false);
  });

  it('sees diacritics and đ, in NFC and NFD', () => {
    expect(hasVietnameseDiacritics('Điện Biên')).toBe(true);
    expect(hasVietnameseDiacritics('Điện Biên'.normalize('NFD'))).toBe(true);
    expect(hasVietnameseDiacritics('Quý II/2026')).toBe(true);
    expect(hasVietnameseDiacritics('QD-BCĐ')).toBe(true);
    expect(hasVietnameseDiacritics('')).toBe(false);
  });
});

describe('tokenize', () => {
  it('splits on whitespace and punctuation', () => {
    expect(tokenize('Nghị quyết số 66-NQ/TW, ngày 30/4/2025 của Bộ Chính trị')).toEqual([
      'Nghị', 'quyết', 'số', '66', 'NQ', 'TW', 'ngày', '30', '4', '2025', 'của', 'Bộ', 'Chính', 'trị',
    ]);
    expect(tokenize('mô hình “Ngày đọc” (2.1)')).toEqual(['mô', 'hình', 'Ngày', 'đọc', '2', '1']);
  });

  it('returns NFC words for NFD input', () => {
    expect(tokenize('Điện Biên'.normalize('NFD'))).toEqual(['Điện', 'Biên']);
  });

  it('returns nothing for blank or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' – / … ')).toEqual([]);
  });
});
