import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/lib/content/load.ts';
import {
  HIDDEN_TEXT_MARK,
  customRecordInput,
  hiddenMatchText,
  numbersSearchText,
  searchRecords,
  type SearchRecord,
} from '../../src/lib/search/index-records.ts';
import { insertAtBodyEnd, pageIndexHtml, recordTags, separateBlocks } from '../../src/lib/search/index-html.ts';
import { filterChoices } from '../../src/lib/search/filter-options.ts';

// The bundled seed content: the Điện Biên directive 08-CT/TU and the Thái Nguyên directive.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { corpus } = loadContent(`${ROOT}content`, ROOT, { PORTAL_AS_OF: '2026-11-23' });
if (!corpus) throw new Error('seed content did not load');
const records = searchRecords(corpus);
const byPath = (suffix: string): SearchRecord => {
  const r = records.find((x) => x.path.endsWith(suffix));
  if (!r) throw new Error(`no record ${suffix}`);
  return r;
};
const DB = '/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/';
const TN = '/van-ban/ban-thuong-vu-tinh-uy-thai-nguyen/khong-ghi-ngay/chi-thi-xay-dung-va-thi-hanh-phap-luat/';

describe('searchRecords', () => {
  it('has one page record per document and one custom record per task', () => {
    // Other kinds (Q&A, reading days…) add their own records; these are the documents' and tasks'.
    const of = (kind: string) => records.filter((r) => r.filters.kind?.[0] === kind);
    expect(of('van-ban').map((r) => [r.source, r.path])).toEqual([['page', DB], ['page', TN]]);
    expect(of('nhiem-vu').map((r) => r.source)).toEqual(corpus.tasks.map(() => 'custom'));
    expect(records.every((r) => r.filters.kind?.length === 1)).toBe(true);
  });

  it('tags a document with the ids of its browsing pages', () => {
    const r = byPath(DB);
    expect(r.meta).toEqual({ kind: 'van-ban', number: '08-CT/TU', type: 'Chỉ thị', issuer: 'Ban Thường vụ Tỉnh ủy Điện Biên', date: '2026-02-23' });
    expect(r.filters).toEqual({
      kind: ['van-ban'],
      type: ['chi-thi'],
      issuer: ['ban-thuong-vu-tinh-uy-dien-bien'],
      year: ['2026'],
      field: ['chuyen-doi-so', 'dau-tu', 'pho-bien-giao-duc-phap-luat', 'thi-hanh-phap-luat', 'xay-dung-phap-luat'],
      status: ['chua-xac-dinh'],
    });
    expect(r.sort).toEqual({ date: '2026-02-23' });
  });

  it('keeps an undated, unnumbered document sortable and filterable', () => {
    const r = byPath(TN);
    expect(r.meta.number).toBe('');
    expect(r.meta.date).toBe('');
    expect(r.filters.year).toEqual(['khong-ghi-ngay']);
    expect(r.sort).toEqual({ date: '0000-00-00' });
  });

  it('gives a document the folded words of its text, with đ folded', () => {
    const words = byPath(DB).hiddenText.split(' ');
    for (const w of ['dien', 'bien', 'doi', 'thoai', 'dang', 'duc']) expect(words, w).toContain(w);
  });

  it('gives a document its own number and the numbers it cites, in every spelling', () => {
    const hidden = byPath(DB).hiddenText;
    for (const s of ['08-CT/TU', '08 ct tu', 'ct 08', '08cttu', '8 ct tu', '178-QĐ/TW', '178-qd/tw', '178 qd tw', 'qd 178']) expect(hidden, s).toContain(s);
    // Cited in the Thái Nguyên text only: its page, not the Điện Biên one, answers "05/QD-BCD".
    expect(byPath(TN).hiddenText).toContain('05/qd-bcd');
    expect(hidden).not.toContain('05/qd-bcd');
  });

  it('makes task 8 a record of its row, titled by its label and content', () => {
    const r = byPath(`${DB}#bang-nv-8`);
    expect(r.source).toBe('custom');
    expect(r.meta).toMatchObject({
      kind: 'nhiem-vu',
      number: '08-CT/TU',
      title: 'Nhiệm vụ 8: Triển khai mô hình “Ngày đọc văn bản quy phạm pháp luật” tại các cơ quan, đơn vị, địa phương',
      parent: 'Chỉ thị 08-CT/TU',
    });
    expect(r.content).toBe(
      'Triển khai mô hình “Ngày đọc văn bản quy phạm pháp luật” tại các cơ quan, đơn vị, địa phương. Cấp ủy theo dõi: Đảng ủy UBND tỉnh. ' +
        'Chủ trì: Sở Tư pháp. Phối hợp: Các cơ quan, đơn vị, địa phương. Sản phẩm: Kế hoạch triển khai; báo cáo kết quả thực hiện định kỳ. ' +
        'Thời gian hoàn thành: Thực hiện định kỳ hằng tháng hoặc hằng quý.',
    );
    expect(r.filters.kind).toEqual(['nhiem-vu']);
    expect(r.filters.type).toEqual(['chi-thi']);
  });
});

describe('customRecordInput', () => {
  it('puts the base path in the URL and the hidden text after the mark', () => {
    const input = customRecordInput(byPath(`${DB}#bang-nv-8`), '/phapluat/');
    expect(input.url).toBe(`/phapluat${DB}#bang-nv-8`);
    const [visible, hidden] = input.content.split(HIDDEN_TEXT_MARK);
    expect(visible).toContain('“Ngày đọc văn bản quy phạm pháp luật”');
    expect(visible).not.toContain('ngay doc');
    expect(hidden).toContain('ngay doc van ban');
    expect(input.language).toBe('vi');
  });

  it('leaves out empty metadata', () => {
    const input = customRecordInput(byPath(`${TN}#bang-nv-1`), '/');
    expect(Object.keys(input.meta)).not.toContain('number');
    expect(Object.keys(input.meta)).not.toContain('date');
  });
});

describe('numbersSearchText and hiddenMatchText', () => {
  it('writes each number once, whatever spelling it comes in', () => {
    expect(numbersSearchText(['178-QĐ/TW', '178-QD/TW', 'không phải số'])).toBe('178-QĐ/TW 178-qd/tw 178 qd tw qd 178 178qdtw');
  });

  it('adds numbers written in the text', () => {
    expect(hiddenMatchText('Quyết định số 05/QĐ-BCĐ ngày 10/4/2026')).toBe('quyet dinh so qd bcd ngay 05/QĐ-BCĐ 05/qd-bcd 05 qd bcd qd 05 05qdbcd 5 qd bcd qd 5 5qdbcd');
  });
});

describe('index HTML', () => {
  it('separates cells, terms and lines so words never run together', () => {
    const html = '<dl><dt>Số hiệu</dt><dd>08-CT/TU</dd></dl><table><tr><td>Đảng ủy HĐND tỉnh<br>Đảng ủy UBND tỉnh</td><td>Sở Tư pháp</td></tr></table>';
    const text = separateBlocks(html).replace(/<[^>]+>/g, '');
    expect(text.split(/\s+/).filter(Boolean)).toEqual(['Số', 'hiệu', '08-CT/TU', 'Đảng', 'ủy', 'HĐND', 'tỉnh', 'Đảng', 'ủy', 'UBND', 'tỉnh', 'Sở', 'Tư', 'pháp']);
  });

  it('leaves inline elements and look-alike tag names alone', () => {
    expect(separateBlocks('<p>a<a href="#">b</a><span>c</span><param></p>')).toBe(' <p>a<a href="#">b</a><span>c</span><param></p> ');
  });

  it('inserts at the end of the data-pagefind-body element, past nested ones of the same name', () => {
    const html = '<main><article data-pagefind-body data-document-id="x"><article>inner</article><p>end</p></article><aside>after</aside></main>';
    expect(insertAtBodyEnd(html, '<i>X</i>')).toBe('<main><article data-pagefind-body data-document-id="x"><article>inner</article><p>end</p><i>X</i></article><aside>after</aside></main>');
    expect(insertAtBodyEnd('<main>no body</main>', 'X')).toBeNull();
  });

  it('tags a page with its record in attributes, values escaped', () => {
    const tags = recordTags({ ...byPath(DB), meta: { ...byPath(DB).meta, issuer: 'A "B" <C>' } });
    expect(tags).toContain('<span data-pagefind-filter="kind[data-value]" data-value="van-ban"></span>');
    expect(tags).toContain('<span data-pagefind-meta="number[data-value]" data-value="08-CT/TU"></span>');
    expect(tags).toContain('data-value="A &quot;B&quot; &lt;C&gt;"');
    expect(tags).toContain('<span data-pagefind-sort="date[data-value]" data-value="2026-02-23"></span>');
    expect(tags).toMatch(new RegExp(`<p>${HIDDEN_TEXT_MARK} [^<]*dien bien`));
  });

  it('gives null for a page without data-pagefind-body', () => {
    expect(pageIndexHtml('<html><body><p>x</p></body></html>', byPath(DB))).toBeNull();
  });
});

describe('filterChoices', () => {
  it('offers the kinds that have records and the values of the browsing facets', () => {
    const choices = Object.fromEntries(filterChoices(corpus, records).map((c) => [c.def.key, c.options]));
    expect(choices.kind!.slice(0, 2)).toEqual([{ value: 'van-ban', label: 'Văn bản' }, { value: 'nhiem-vu', label: 'Nhiệm vụ' }]);
    expect(choices.year).toEqual([{ value: '2026', label: '2026' }, { value: 'khong-ghi-ngay', label: 'Không ghi ngày' }]);
    expect(choices.type).toEqual([{ value: 'chi-thi', label: 'Chỉ thị' }]);
  });

  it('lists a new kind once records have it', () => {
    const qa = { ...byPath(DB), path: '/hoi-dap/1/', filters: { kind: ['hoi-dap'] } };
    const without = records.filter((r) => r.filters.kind?.[0] !== 'hoi-dap');
    const labels = (rs: typeof records) => filterChoices(corpus, rs).find((c) => c.def.key === 'kind')!.options.map((k) => k.label);
    expect(labels(without)).not.toContain('Hỏi đáp');
    expect(labels([...without, qa]).slice(0, 3)).toEqual(['Văn bản', 'Nhiệm vụ', 'Hỏi đáp']);
  });
});
