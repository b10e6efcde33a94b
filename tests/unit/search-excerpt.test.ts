import { describe, expect, it } from 'vitest';
import { foldSameLength, matchText, parseQuery, phraseSpans, wordSpans } from '../../src/lib/search/match.ts';
import { buildExcerpt, markSpans, visibleText } from '../../src/lib/search/excerpt.ts';
import { HIDDEN_TEXT_MARK } from '../../src/lib/search/index-records.ts';

// Sentences of the seed directives (content/van-ban/).
const DIEN_BIEN = 'Trong những năm qua, công tác xây dựng và thi hành pháp luật trên địa bàn tỉnh Điện Biên đã có nhiều chuyển biến tích cực.';
const DOI_THOAI = '4.4. Thực hiện đối thoại trực tiếp với người dân và doanh nghiệp, kịp thời tiếp nhận, giải quyết các khó khăn, vướng mắc về pháp lý.';
const THEO_DOI = 'ưu tiên triển khai có hiệu quả các hệ thống hỗ trợ soạn thảo, rà soát, đánh giá tác động chính sách, theo dõi thi hành pháp luật.';
const DIEN_BIEN_MOI = 'Kịp thời nắm bắt diễn biến mới các hành vi vi phạm pháp luật trên các lĩnh vực như: Công nghệ, tài chính, giao thông.';
const QD_BCD = 'hoàn thành và báo cáo kết quả gửi Trung ương trước thời hạn so với quy định tại Quyết định số 05/QĐ-BCĐ ngày 10/4/2026 của Ban Chỉ đạo Trung ương';

const marks = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);

describe('foldSameLength', () => {
  it('folds each Vietnamese letter to one letter, so offsets carry over', () => {
    const text = 'Điện Biên, Đảng ủy HĐND, “Ngày đọc văn bản”';
    const folded = foldSameLength(text);
    expect(folded).toBe('dien bien, dang uy hdnd, “ngay doc van ban”');
    expect(folded.length).toBe(text.length);
  });

  it('keeps characters whose folding would change the length', () => {
    expect(foldSameLength('ǅ İ ß')).toHaveLength('ǅ İ ß'.length);
  });
});

describe('parseQuery', () => {
  it('reads words as typed and folded, and whether the query has diacritics', () => {
    expect(parseQuery('  Đối   thoại ')).toMatchObject({ text: 'Đối thoại', words: ['đối', 'thoại'], folded: ['doi', 'thoai'], hasDiacritics: true, number: null });
    expect(parseQuery('dien bien')).toMatchObject({ folded: ['dien', 'bien'], hasDiacritics: false });
  });

  it('recognises document numbers in the spellings people type', () => {
    for (const q of ['08-CT/TU', '08-ct/tu', '08 CT TU', 'CT 08']) {
      expect(parseQuery(q).number, q).toMatchObject({ serial: 8, typeCode: 'CT' });
    }
    expect(parseQuery('178-QD/TW').number).toEqual({ serial: 178, typeCode: 'QD', issuerCode: 'TW', year: null });
    expect(parseQuery('05/QD-BCD').number).toEqual({ serial: 5, typeCode: 'QD', issuerCode: 'BCD', year: null });
  });
});

describe('phraseSpans and wordSpans', () => {
  it('find whole words in order across any punctuation', () => {
    const folded = foldSameLength(QD_BCD.toLowerCase());
    const [span] = phraseSpans(folded, ['05', 'qd', 'bcd']);
    expect(QD_BCD.slice(span!.start, span!.end)).toBe('05/QĐ-BCĐ');
  });

  it('do not match inside a word', () => {
    expect(phraseSpans('chuyen bien tich cuc', ['bien', 'tich'])).toEqual([{ start: 7, end: 16 }]);
    expect(phraseSpans('chuyenbien tich', ['bien', 'tich'])).toEqual([]);
    expect(wordSpans('theo doi, doi thoai', ['doi'])).toHaveLength(2);
  });
});

describe('matchText', () => {
  it('matches "dien bien" to "Điện Biên" and marks the original letters', () => {
    const m = matchText(DIEN_BIEN, parseQuery('dien bien'));
    expect(m.level).toBe('folded-phrase');
    expect(m.spans.map((s) => DIEN_BIEN.slice(s.start, s.end))).toEqual(['Điện Biên']);
  });

  it('does not take "chuyển biến" for the phrase "dien bien"', () => {
    expect(matchText('đã có nhiều chuyển biến tích cực', parseQuery('dien bien')).level).toBe('some-words');
  });

  it('ranks the phrase with the user\'s diacritics above the folded phrase', () => {
    expect(matchText(DOI_THOAI, parseQuery('đối thoại')).level).toBe('exact-phrase');
    expect(matchText(DOI_THOAI, parseQuery('doi thoai')).level).toBe('folded-phrase');
    // "theo dõi thi hành": "dõi" folds to "doi" but the phrase is not there.
    expect(matchText(THEO_DOI, parseQuery('doi thoai')).level).toBe('some-words');
    expect(matchText(DIEN_BIEN_MOI, parseQuery('Điện Biên')).level).toBe('folded-phrase');
  });

  it('finds a cited number written with Đ from a query without it', () => {
    const m = matchText(QD_BCD, parseQuery('05/QD-BCD'));
    expect(m.level).toBe('number');
    expect(m.spans.map((s) => QD_BCD.slice(s.start, s.end))).toEqual(['05/QĐ-BCĐ']);
  });

  it('does not mark the parts of a number query one by one', () => {
    expect(matchText('Chủ trì: Sở Tư pháp. Tiếp tục quán triệt', parseQuery('08 CT TU'))).toEqual({ level: 'none', spans: [] });
  });
});

describe('visibleText', () => {
  it('cuts the hidden match text and collapses whitespace', () => {
    const content = `Số 08-CT/TU, ngày 23/02/2026, của Ban Thường vụ Tỉnh ủy Điện Biên.\n  Toàn văn. ${HIDDEN_TEXT_MARK} dien bien dang 08-CT/TU 08 ct tu`;
    expect(visibleText(content)).toBe('Số 08-CT/TU, ngày 23/02/2026, của Ban Thường vụ Tỉnh ủy Điện Biên. Toàn văn.');
  });

  it('drops every block between two marks, with the full stop Pagefind ends a block with', () => {
    // As Pagefind gives the indexed Điện Biên page: the page's hidden blocks first, then task 2 with its own.
    const content = `${HIDDEN_TEXT_MARK} 08-CT/TU 08 ct tu ct 08 ${HIDDEN_TEXT_MARK}. ${HIDDEN_TEXT_MARK} chi thi dien bien ${HIDDEN_TEXT_MARK}. Số 08-CT/TU, ngày 23/02/2026. ` +
      `Nhiệm vụ 2: Xây dựng kế hoạch. Chủ trì: Sở Tư pháp. ${HIDDEN_TEXT_MARK} xay dung ke hoach chu tri so tu phap ${HIDDEN_TEXT_MARK}. Nhiệm vụ 3: Ban hành`;
    expect(visibleText(content)).toBe('Số 08-CT/TU, ngày 23/02/2026. Nhiệm vụ 2: Xây dựng kế hoạch. Chủ trì: Sở Tư pháp. Nhiệm vụ 3: Ban hành');
  });

  it('keeps content without hidden text whole', () => {
    expect(visibleText('Kế hoạch')).toBe('Kế hoạch');
  });
});

describe('buildExcerpt', () => {
  it('marks "Điện Biên" for "dien bien" and shows no folded word', () => {
    const html = buildExcerpt(DIEN_BIEN, parseQuery('dien bien'));
    expect(marks(html)).toEqual(['Điện Biên']);
    expect(html).not.toMatch(/dien|bien/);
  });

  it('marks "đối thoại" and not "theo dõi" for "doi thoai"', () => {
    const html = buildExcerpt(`${THEO_DOI} ${DOI_THOAI}`, parseQuery('doi thoai'));
    expect(marks(html)).toEqual(['đối thoại']);
  });

  it('opens a window around the first match, cutting at spaces', () => {
    const text = `${THEO_DOI} ${THEO_DOI} ${DOI_THOAI}`;
    const html = buildExcerpt(text, parseQuery('đối thoại'), { length: 80, before: 20 });
    expect(html.startsWith('… ')).toBe(true);
    expect(html).toContain('<mark>đối thoại</mark>');
    expect(html.endsWith(' …')).toBe(true);
    const plain = html.replace(/<\/?mark>/g, '').replace(/^… | …$/g, '');
    expect(text).toContain(plain);
  });

  it('marks a number written differently from the query', () => {
    expect(marks(buildExcerpt(QD_BCD, parseQuery('05/QD-BCD')))).toEqual(['05/QĐ-BCĐ']);
  });

  it('shows the start of the text when nothing matches', () => {
    expect(buildExcerpt('Kế hoạch triển khai', parseQuery('xyz'))).toBe('Kế hoạch triển khai');
  });

  it('escapes HTML in the text', () => {
    expect(markSpans('a <b> & "c"', [{ start: 0, end: 1 }])).toBe('<mark>a</mark> &lt;b&gt; &amp; &quot;c&quot;');
  });
});
