import { describe, expect, it } from 'vitest';
import { noNumberText, partialStatusText, resultHtml, resultMetaHtml, statusText } from '../../src/lib/search/render.ts';
import { parseQuery } from '../../src/lib/search/match.ts';

const doc = { kind: 'van-ban', number: '08-CT/TU', type: 'Chỉ thị', issuer: 'Ban Thường vụ Tỉnh ủy Điện Biên', date: '2026-02-23' };
const plain = (html: string) => html.replace(/<[^>]+>/g, '');

describe('resultMetaHtml', () => {
  it('shows kind, type, number, issuer and date (dd/mm/yyyy) of a document', () => {
    expect(plain(resultMetaHtml(doc))).toBe('Văn bản · Chỉ thị · Số 08-CT/TU · Ban Thường vụ Tỉnh ủy Điện Biên · Ban hành 23/02/2026');
  });

  it('says what is missing rather than leaving gaps', () => {
    expect(plain(resultMetaHtml({ kind: 'van-ban', type: 'Chỉ thị', issuer: 'Ban Thường vụ Tỉnh ủy Thái Nguyên' })))
      .toBe('Văn bản · Chỉ thị · Không ghi số · Ban Thường vụ Tỉnh ủy Thái Nguyên · Không ghi ngày ban hành');
  });

  it('marks the number when the query names it (in any spelling), and no other', () => {
    expect(resultMetaHtml(doc, parseQuery('08 ct tu'))).toContain('Số <span data-result-number><mark>08-CT/TU</mark></span>');
    expect(resultMetaHtml(doc, parseQuery('09-CT/TU'))).toContain('Số <span data-result-number>08-CT/TU</span>');
    expect(resultMetaHtml(doc, parseQuery('dien bien'))).not.toContain('<mark>');
  });

  it('cuts the excerpt from the text given for it, when given', () => {
    const html = resultHtml({ url: '/a/', title: 'A', text: 'Chỉ thị A Nguyễn Văn B. Toàn văn đối thoại', excerpt: 'Toàn văn đối thoại', meta: doc }, parseQuery('doi thoai'));
    expect(html).toContain('<p class="lp-result__excerpt" data-result-excerpt>Toàn văn <mark>đối thoại</mark></p>');
  });

  it('names the document a task belongs to', () => {
    expect(plain(resultMetaHtml({ ...doc, kind: 'nhiem-vu', parent: 'Chỉ thị 08-CT/TU' })))
      .toBe('Nhiệm vụ · Thuộc Chỉ thị 08-CT/TU · Ban Thường vụ Tỉnh ủy Điện Biên · Ban hành 23/02/2026');
  });
});

describe('resultHtml', () => {
  it('links the title, escapes it, and marks the query in the excerpt', () => {
    const html = resultHtml(
      { url: '/van-ban/x/#bang-nv-9', title: 'Nhiệm vụ 9: <Tổ chức> đối thoại', text: 'Tổ chức đối thoại trực tiếp để lắng nghe phản ánh', meta: { ...doc, kind: 'nhiem-vu', parent: 'Chỉ thị 08-CT/TU', detail: 'Thời gian hoàn thành: Hàng năm' } },
      parseQuery('doi thoai'),
    );
    expect(html).toContain('<h3><a href="/van-ban/x/#bang-nv-9">Nhiệm vụ 9: &lt;Tổ chức&gt; đối thoại</a></h3>');
    expect(html).toContain('<p class="lp-result__meta">Thời gian hoàn thành: Hàng năm</p>');
    expect(html).toContain('Tổ chức <mark>đối thoại</mark> trực tiếp');
  });
});

describe('statusText', () => {
  it('counts the results for the query, saying when filters apply', () => {
    expect(statusText(3, { q: 'dien bien', filters: {}, sort: 'relevance', scope: 'auto' })).toBe('Tìm thấy 3 kết quả cho “dien bien”.');
    expect(statusText(1, { q: 'Ngày đọc', filters: { kind: 'nhiem-vu' }, sort: 'relevance', scope: 'auto' })).toBe('Tìm thấy 1 kết quả cho “Ngày đọc” (đã lọc).');
    expect(statusText(13, { q: '', filters: { year: '2026' }, sort: 'relevance', scope: 'auto' })).toBe('Có 13 kết quả (đã lọc).');
  });

  it('says which index answered a query', () => {
    const state = { q: 'pháp luật', filters: {}, sort: 'relevance', scope: 'auto' } as const;
    expect(statusText(40, state, 'brief')).toBe('Tìm thấy 40 kết quả cho “pháp luật” trong tiêu đề và tóm tắt.');
    expect(statusText(3, state, 'full')).toBe('Tìm thấy 3 kết quả cho “pháp luật” trong toàn văn.');
    // The short index alone found nothing: the full text is the first thing to try.
    expect(statusText(0, { ...state, scope: 'brief' }, 'brief')).toMatch(/^Không tìm thấy kết quả nào cho “pháp luật” trong tiêu đề và tóm tắt\. Hãy thử tìm trong toàn văn,/);
    expect(statusText(0, state, 'full')).toMatch(/^Không tìm thấy kết quả nào cho “pháp luật” trong toàn văn\. Hãy thử từ khác/);
    // Filters alone are not looked for in any text.
    expect(statusText(5, { ...state, q: '', filters: { year: '2026' } }, 'brief')).toBe('Có 5 kết quả (đã lọc).');
    expect(partialStatusText(4, { ...state, q: 'doi thoai', filters: { kind: 'nhiem-vu' } }, 'full'))
      .toBe('Đã tìm thấy 4 kết quả cho “doi thoai” trong toàn văn (đã lọc) và còn văn bản chưa xem: chọn “Xem thêm kết quả” để tìm tiếp.');
  });

  it('says how many the list shows when fewer, and when tasks of pages not read yet may add more', () => {
    const state = { q: 'quy II', filters: {}, sort: 'relevance', scope: 'auto' } as const;
    expect(statusText(44, state, 'full', { shown: 10 })).toBe('Tìm thấy 44 kết quả cho “quy II” trong toàn văn; đang hiện 10.');
    expect(statusText(47, state, 'full', { shown: 13, atLeast: true })).toBe('Tìm thấy ít nhất 47 kết quả cho “quy II” trong toàn văn; đang hiện 13.');
    // Every result listed: the count is exact and the sentence says nothing more.
    expect(statusText(6, state, 'full', { shown: 6 })).toBe('Tìm thấy 6 kết quả cho “quy II” trong toàn văn.');
  });

  it('suggests what to do when nothing is found', () => {
    expect(statusText(0, { q: 'xyz', filters: {}, sort: 'relevance', scope: 'auto' })).toMatch(/^Không tìm thấy kết quả nào cho “xyz”\. Hãy thử/);
  });
});

describe('partialStatusText', () => {
  it('says how many were found so far and how to find more', () => {
    expect(partialStatusText(4, { q: 'doi thoai', filters: { kind: 'nhiem-vu' }, sort: 'relevance', scope: 'auto' }))
      .toBe('Đã tìm thấy 4 kết quả cho “doi thoai” (đã lọc) và còn văn bản chưa xem: chọn “Xem thêm kết quả” để tìm tiếp.');
    expect(partialStatusText(10, { q: '', filters: { kind: 'nhiem-vu' }, sort: 'relevance', scope: 'auto' }))
      .toBe('Đã tìm thấy 10 kết quả (đã lọc) và còn văn bản chưa xem: chọn “Xem thêm kết quả” để tìm tiếp.');
  });
});

describe('noNumberText', () => {
  it('says no document has the number, and with filters that none of the filtered ones has it', () => {
    const state = { q: '09-CT/TU', filters: {}, sort: 'relevance' as const, scope: 'auto' as const };
    expect(noNumberText(state)).toBe('Không có văn bản nào số hiệu “09-CT/TU” trên Cổng, cũng không có nội dung nào nêu số hiệu này. Hãy kiểm tra lại số hiệu, hoặc tìm theo tên, nội dung văn bản.');
    expect(noNumberText({ ...state, filters: { year: '2026' } })).toMatch(/^Không có văn bản nào số hiệu “09-CT\/TU” trong các mục đã lọc, .* Hãy bỏ bớt bộ lọc/);
  });
});
