import { describe, expect, it } from 'vitest';
import { mergeById, phraseFirst, rankResults, searchVariants, type Candidate } from '../../src/lib/search/rank.ts';
import { parseQuery } from '../../src/lib/search/match.ts';
import { numbersSearchText } from '../../src/lib/search/index-records.ts';

// Texts of the seed directives, cut down: the Điện Biên directive (08-CT/TU), one of its tasks,
// and the Thái Nguyên directive (no number), which cites 178-QĐ/TW and 05/QĐ-BCĐ.
const DOC_08 = 'Số 08-CT/TU, ngày 23/02/2026, của Ban Thường vụ Tỉnh ủy Điện Biên. Quy định số 178-QĐ/TW, ngày 27/6/2024 của Bộ Chính trị. theo dõi thi hành pháp luật. 4.4. Thực hiện đối thoại trực tiếp với người dân và doanh nghiệp. 9. Tổ chức đối thoại trực tiếp để lắng nghe phản ánh';
const TASK_9 = 'Tổ chức đối thoại trực tiếp để lắng nghe phản ánh, kiến nghị. Chủ trì: Các sở, ngành theo chức năng.';
const TASK_2 = 'Xây dựng kế hoạch cụ thể hóa và tổ chức thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy. Chủ trì: Sở Tư pháp.';
const DOC_TN = 'Không ghi số, không ghi ngày, của Ban Thường vụ Tỉnh ủy Thái Nguyên. Kịp thời nắm bắt diễn biến mới các hành vi vi phạm. Quy định số 178-QĐ/TW, ngày 27/6/2024; Quyết định số 05/QĐ-BCĐ ngày 10/4/2026.';

const doc08 = { url: '/van-ban/08/', text: DOC_08, meta: { kind: 'van-ban', number: '08-CT/TU', date: '2026-02-23' } };
const task9 = { url: '/van-ban/08/#bang-nv-9', text: TASK_9, meta: { kind: 'nhiem-vu', number: '08-CT/TU', date: '2026-02-23' } };
const task2 = { url: '/van-ban/08/#bang-nv-2', text: TASK_2, meta: { kind: 'nhiem-vu', number: '08-CT/TU', date: '2026-02-23' } };
const docTN = { url: '/van-ban/tn/', text: DOC_TN, meta: { kind: 'van-ban' } };

/** Candidates in the order Pagefind returned them. */
function inOrder(...xs: Omit<Candidate, 'order'>[]): Candidate[] {
  return xs.map((x, order) => ({ ...x, order }));
}

const urls = (q: string, cs: Candidate[], sort?: 'relevance' | 'newest') => rankResults(cs, parseQuery(q), sort).map((r) => r.candidate.url);

describe('rankResults', () => {
  it('puts the phrase before pages that only have its words, whatever Pagefind thought', () => {
    // The Thái Nguyên annex: "Cổng thông tin điện tử", "Ban biên tập": both words, no phrase.
    const annex = { url: '/van-ban/tn/#phu-luc', text: 'Đăng trên Cổng thông tin điện tử của tỉnh. Bảng do Ban biên tập Cổng tổng hợp.', meta: { kind: 'van-ban' } };
    expect(urls('dien bien', inOrder(annex, doc08))).toEqual(['/van-ban/08/', '/van-ban/tn/#phu-luc']);
  });

  it('puts the phrase with the user\'s diacritics first: "Điện Biên" before "diễn biến"', () => {
    // Both fold to "dien bien"; only the 08-CT/TU text has it as typed.
    expect(urls('Điện Biên', inOrder(docTN, doc08))).toEqual(['/van-ban/08/', '/van-ban/tn/']);
  });

  it('puts more occurrences of the phrase first among equal matches', () => {
    // Pagefind scores the short task above the long page; the page says "đối thoại" twice.
    expect(urls('doi thoai', inOrder(task9, doc08))).toEqual(['/van-ban/08/', '/van-ban/08/#bang-nv-9']);
  });

  it('puts the document a number names first, then texts citing it, then its parts', () => {
    expect(urls('CT 08', inOrder(task2, task9, doc08))).toEqual(['/van-ban/08/', '/van-ban/08/#bang-nv-2', '/van-ban/08/#bang-nv-9']);
    expect(urls('178-QD/TW', inOrder(task9, docTN, doc08))).toEqual(['/van-ban/tn/', '/van-ban/08/', '/van-ban/08/#bang-nv-9']);
    expect(rankResults(inOrder(docTN), parseQuery('05/QD-BCD'))[0]!.match.level).toBe('number');
  });

  it('puts the document before a Q&A page about it that repeats the phrase more often', () => {
    const qa = { url: '/hoi-dap/doi-thoai/', text: 'Tỉnh có tổ chức đối thoại không? Có: đối thoại trực tiếp, hội nghị đối thoại hằng năm.', meta: { kind: 'hoi-dap' } };
    expect(urls('doi thoai', inOrder(qa, task9, doc08))).toEqual(['/van-ban/08/', '/van-ban/08/#bang-nv-9', '/hoi-dap/doi-thoai/']);
    // A better match still wins: the Q&A has the phrase, this document only both words apart.
    const apart = { url: '/van-ban/x/', text: 'Tổ chức hội thoại, đối chiếu số liệu.', meta: { kind: 'van-ban' } };
    expect(urls('doi thoai', inOrder(apart, qa))).toEqual(['/hoi-dap/doi-thoai/', '/van-ban/x/']);
  });

  it('orders by date for "Mới nhất", undated last', () => {
    const older = { url: '/cu/', text: 'đối thoại', meta: { kind: 'van-ban', date: '2025-10-27' } };
    expect(urls('doi thoai', inOrder(docTN, older, doc08), 'newest')).toEqual(['/van-ban/08/', '/cu/', '/van-ban/tn/']);
  });
});

describe('searchVariants', () => {
  it('searches as typed only: Pagefind folds tone marks, and words with đ are indexed folded too', () => {
    expect(searchVariants(parseQuery('Đối thoại'))).toEqual(['Đối thoại']);
    expect(searchVariants(parseQuery('pháp luật'))).toEqual(['pháp luật']);
    expect(searchVariants(parseQuery('dien bien'))).toEqual(['dien bien']);
  });

  it('adds the glued spelling of a number the query names', () => {
    expect(searchVariants(parseQuery('qd bcd 05'))).toEqual(['qd bcd 05', '5qdbcd']);
    expect(searchVariants(parseQuery('178-QĐ/TW'))).toEqual(['178-QĐ/TW', '178qdtw']);
    expect(searchVariants(parseQuery('CT 08'))).toEqual(['CT 08', '8ct']);
    expect(searchVariants(parseQuery('01/2024/TTLT-BTP-BNV'))).toEqual(['01/2024/TTLT-BTP-BNV', '12024ttltbtpbnv']);
  });

  it('searches a spelling the hidden text of every citing page holds', () => {
    // The glued forms numbersSearchText writes for each number, leading zeros dropped too.
    const cases: [string, string][] = [['08-CT/TU', '08-CT/TU'], ['qd bcd 05', '05/QĐ-BCĐ'], ['178-QD/TW', '178-QĐ/TW'], ['12 2025 nq hdnd', '12/2025/NQ-HĐND']];
    for (const [query, number] of cases) {
      const glued = searchVariants(parseQuery(query)).at(-1)!;
      expect(numbersSearchText([number]).split(' '), query).toContain(glued);
    }
  });
});

describe('mergeById', () => {
  it('keeps each page once, in the order first seen', () => {
    expect(mergeById([[{ id: 'a' }, { id: 'b' }], [{ id: 'c' }, { id: 'a' }]]).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('phraseFirst', () => {
  // Places of the query's words on each page, as Pagefind gives them with each result.
  const results = [
    { id: 'toan-dien', words: [3, 40] }, // "toàn diện" … "biện pháp"
    { id: 'dien-bien', words: [12, 13, 90] }, // "Điện Biên"
    { id: 'no-places' },
    { id: 'dien-bien-later', words: [70, 7, 8] }, // in any order
  ];

  it('puts the pages where the words stand together first, each group in Pagefind\'s order', () => {
    expect(phraseFirst(results, 2).map((r) => r.id)).toEqual(['dien-bien', 'dien-bien-later', 'toan-dien', 'no-places']);
  });

  it('asks for as many places in a row as the query has words', () => {
    const three = [{ id: 'pair', words: [5, 6, 20] }, { id: 'three', words: [30, 31, 32] }];
    expect(phraseFirst(three, 3).map((r) => r.id)).toEqual(['three', 'pair']);
    expect(phraseFirst(three, 2).map((r) => r.id)).toEqual(['pair', 'three']);
  });

  it('leaves a one-word query in Pagefind\'s order', () => {
    expect(phraseFirst(results, 1)).toBe(results);
  });
});
