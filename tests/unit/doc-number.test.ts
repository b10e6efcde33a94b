import { describe, expect, it } from 'vitest';
import {
  docNumberKey,
  docNumberSearchText,
  docNumberSlug,
  looseNumberQuery,
  matchesDocNumber,
  parseDocNumber,
} from '../../src/lib/search/doc-number.ts';

// Numbers cited in the seed directives, plus State numbers of the reference notes.
describe('parseDocNumber', () => {
  it.each([
    ['08-CT/TU', 'party', '08', 8, null, 'CT', 'TU'],
    ['66-NQ/TW', 'party', '66', 66, null, 'NQ', 'TW'],
    ['178-QĐ/TW', 'party', '178', 178, null, 'QĐ', 'TW'],
    ['05-CTr/TU', 'party', '05', 5, null, 'CTr', 'TU'],
    ['232-KH/TU', 'party', '232', 232, null, 'KH', 'TU'],
    ['09-KL/TW', 'party', '09', 9, null, 'KL', 'TW'],
    ['05/QĐ-BCĐ', 'state', '05', 5, null, 'QĐ', 'BCĐ'],
    ['1209/QĐ-UBND', 'state', '1209', 1209, null, 'QĐ', 'UBND'],
    ['12/2025/NQ-HĐND', 'state-normative', '12', 12, 2025, 'NQ', 'HĐND'],
    ['15/2026/QĐ-UBND', 'state-normative', '15', 15, 2026, 'QĐ', 'UBND'],
    ['01/2020/TTLT-BTP-BNV', 'state-normative', '01', 1, 2020, 'TTLT', 'BTP-BNV'],
  ])('reads %s', (raw, style, serial, serialValue, year, typeCode, issuerCode) => {
    expect(parseDocNumber(raw)).toEqual({ raw, style, serial, serialValue, year, typeCode, issuerCode });
  });

  it('accepts any spacing and case, keeping the parts as written', () => {
    expect(parseDocNumber(' 08 - ct / tu ')).toEqual({
      raw: '08 - ct / tu', style: 'party', serial: '08', serialValue: 8, year: null, typeCode: 'ct', issuerCode: 'tu',
    });
    expect(parseDocNumber('12 / 2025 / nq - hđnd')).toMatchObject({ style: 'state-normative', year: 2025, issuerCode: 'hđnd' });
  });

  it('accepts D for Đ, NFD input and typographic dashes', () => {
    expect(parseDocNumber('178-QD/TW')).toMatchObject({ style: 'party', typeCode: 'QD', issuerCode: 'TW' });
    expect(parseDocNumber('05/QD-BCD')).toMatchObject({ style: 'state', typeCode: 'QD', issuerCode: 'BCD' });
    expect(parseDocNumber('178-QĐ/TW'.normalize('NFD'))).toMatchObject({ raw: '178-QĐ/TW', typeCode: 'QĐ' });
    expect(parseDocNumber('08–CT/TU')).toMatchObject({ style: 'party', serial: '08' });
  });

  it.each(['Quý II/2026', '15/8/2026', '10/4/2026', 'hello', '66', '', '08-CT', '08 CT TU', 'CT 08', '0-CT/TU', '64/2025/QH15'])(
    'rejects %j',
    (s) => {
      expect(parseDocNumber(s)).toBeNull();
    },
  );
});

describe('docNumberKey', () => {
  it.each([
    ['8 CT TU', ['08-CT/TU', '08-ct/tu', '08 CT TU', '8-CT/TU', '08 - ct / tu', '08CT/TU']],
    ['178 QD TW', ['178-QĐ/TW', '178-QD/TW', '178-qđ/tw', '178 qd tw']],
    ['5 QD BCD', ['05/QĐ-BCĐ', '05/QD-BCD', '5 QD BCD', '05/qđ-bcđ']],
    ['5 CTR TU', ['05-CTr/TU', '05-CTR/TU']],
    ['12 2025 NQ HDND', ['12/2025/NQ-HĐND', '12/2025/nq-hdnd', '12 2025 NQ HDND']],
    ['1 2020 TTLT BTP BNV', ['01/2020/TTLT-BTP-BNV', '1 2020 ttlt btp bnv']],
  ])('gives %s', (key, spellings) => {
    for (const s of spellings) expect(docNumberKey(s)).toBe(key);
  });

  it('keeps different numbers apart', () => {
    expect(docNumberKey('08-CT/TU')).not.toBe(docNumberKey('08-CT/HU'));
    expect(docNumberKey('05-CTr/TU')).not.toBe(docNumberKey('05-CT/TU'));
    expect(docNumberKey('12/2025/NQ-HĐND')).not.toBe(docNumberKey('12/NQ-HĐND'));
    expect(docNumberKey('66-NQ/TW')).not.toBe(docNumberKey('66-QĐ/TW'));
  });

  it.each(['Quý II/2026', '15/8/2026', 'hello', '66', 'CT 08', 'NQ 66', '08 CT'])('is null for %j', (s) => {
    expect(docNumberKey(s)).toBeNull();
  });
});

describe('looseNumberQuery', () => {
  it.each([
    ['NQ 66', { serial: 66, typeCode: 'NQ', issuerCode: null, year: null }],
    ['CT 08', { serial: 8, typeCode: 'CT', issuerCode: null, year: null }],
    ['ct 08 tu', { serial: 8, typeCode: 'CT', issuerCode: 'TU', year: null }],
    ['tu ct 08', { serial: 8, typeCode: 'CT', issuerCode: 'TU', year: null }],
    ['08CT', { serial: 8, typeCode: 'CT', issuerCode: null, year: null }],
    ['qd bcd 05', { serial: 5, typeCode: 'QD', issuerCode: 'BCD', year: null }],
    ['05/QĐ-BCĐ', { serial: 5, typeCode: 'QD', issuerCode: 'BCD', year: null }],
    ['số 08-CT/TU', { serial: 8, typeCode: 'CT', issuerCode: 'TU', year: null }],
    ['ctr 05', { serial: 5, typeCode: 'CTR', issuerCode: null, year: null }],
    ['12/2025/NQ-HĐND', { serial: 12, typeCode: 'NQ', issuerCode: 'HDND', year: 2025 }],
    // A type's name stands for its code, with or without marks, "số" or not.
    ['chỉ thị 08', { serial: 8, typeCode: 'CT', issuerCode: null, year: null }],
    ['Chỉ thị số 08', { serial: 8, typeCode: 'CT', issuerCode: null, year: null }],
    ['nghi quyet 66', { serial: 66, typeCode: 'NQ', issuerCode: null, year: null }],
    ['quy định số 178', { serial: 178, typeCode: 'QD', issuerCode: null, year: null }],
    ['kế hoạch 232 tu', { serial: 232, typeCode: 'KH', issuerCode: 'TU', year: null }],
    ['chương trình 05', { serial: 5, typeCode: 'CTR', issuerCode: null, year: null }],
    ['chỉ thị 08 2026', { serial: 8, typeCode: 'CT', issuerCode: null, year: 2026 }],
  ])('reads %j', (query, expected) => {
    expect(looseNumberQuery(query)).toEqual(expected);
  });

  it.each(['66', '08', 'hello', 'hello 5', 'Quý II/2026', '15/8/2026', 'điều 8', 'khoản 2 Điều 8', 'CT', 'CT 0', '', 'chỉ thị', 'kế hoạch 2026', 'báo cáo năm 2025', 'chi 08', 'thị 08'])(
    'is null for %j',
    (query) => {
      expect(looseNumberQuery(query)).toBeNull();
    },
  );

  it('takes the list of type codes as an argument', () => {
    expect(looseNumberQuery('QĐi 3')).toBeNull();
    expect(looseNumberQuery('QĐi 3', ['QĐi'])).toEqual({ serial: 3, typeCode: 'QDI', issuerCode: null, year: null });
  });
});

describe('matchesDocNumber', () => {
  const numbers = ['08-CT/TU', '66-NQ/TW', '178-QĐ/TW', '05/QĐ-BCĐ', '232-KH/TU'];

  it.each([
    ['08-ct/tu', '08-CT/TU'],
    ['08 CT TU', '08-CT/TU'],
    ['CT 08', '08-CT/TU'],
    ['178-QD/TW', '178-QĐ/TW'],
    ['05/QD-BCD', '05/QĐ-BCĐ'],
    ['qd bcd 05', '05/QĐ-BCĐ'],
    ['NQ 66', '66-NQ/TW'],
    ['kh 232', '232-KH/TU'],
    ['chỉ thị 08', '08-CT/TU'],
    ['quy dinh 178', '178-QĐ/TW'],
    ['nghị quyết số 66', '66-NQ/TW'],
  ])('%j matches only %s', (query, expected) => {
    const loose = looseNumberQuery(query);
    expect(loose).not.toBeNull();
    expect(numbers.filter((n) => matchesDocNumber(loose!, n))).toEqual([expected]);
  });

  it('checks the year and the issuer when the query gives them', () => {
    const loose = looseNumberQuery('nq hdnd 12 2025')!;
    expect(matchesDocNumber(loose, '12/2025/NQ-HĐND')).toBe(true);
    expect(matchesDocNumber(loose, '12/2024/NQ-HĐND')).toBe(false);
    expect(matchesDocNumber(loose, '12/2025/NQ-UBND')).toBe(false);
    expect(matchesDocNumber(looseNumberQuery('NQ 12')!, '12/2025/NQ-HĐND')).toBe(true);
  });

  it('is false for text that is not a number', () => {
    expect(matchesDocNumber({ serial: 8, typeCode: 'CT', issuerCode: null, year: null }, 'chỉ thị 08')).toBe(false);
  });
});

describe('docNumberSearchText', () => {
  it('lists every spelling of a number with đ', () => {
    expect(docNumberSearchText('178-QĐ/TW')).toBe('178-QĐ/TW 178-qd/tw 178 qd tw qd 178 178qdtw');
    expect(docNumberSearchText('05/QĐ-BCĐ')).toBe('05/QĐ-BCĐ 05/qd-bcd 05 qd bcd qd 05 05qdbcd 5 qd bcd qd 5 5qdbcd');
  });

  it('adds the serial without leading zeros and skips case-only duplicates', () => {
    expect(docNumberSearchText('08-CT/TU')).toBe('08-CT/TU 08 ct tu ct 08 08cttu 8 ct tu ct 8 8cttu');
  });

  it('includes the year of a normative number', () => {
    expect(docNumberSearchText('12/2025/NQ-HĐND')).toBe('12/2025/NQ-HĐND 12/2025/nq-hdnd 12 2025 nq hdnd nq 12 122025nqhdnd');
  });

  it('is empty for text that is not a number', () => {
    expect(docNumberSearchText('Quý II/2026')).toBe('');
  });
});

describe('docNumberSlug', () => {
  it.each([
    ['08-CT/TU', '08-ct-tu'],
    ['178-QĐ/TW', '178-qd-tw'],
    ['05/QĐ-BCĐ', '05-qd-bcd'],
    ['12/2025/NQ-HĐND', '12-2025-nq-hdnd'],
    ['05-CTr/TU', '05-ctr-tu'],
    ['01/2020/TTLT-BTP-BNV', '01-2020-ttlt-btp-bnv'],
    [' 08 - ct / tu ', '08-ct-tu'],
  ])('%s → %s', (number, slug) => {
    expect(docNumberSlug(number)).toBe(slug);
  });

  it('is null for text that is not a number', () => {
    expect(docNumberSlug('15/8/2026')).toBeNull();
  });
});
