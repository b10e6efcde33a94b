import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/lib/content/load.ts';
import {
  HIDDEN_TEXT_MARK,
  PARTS_META_KEY,
  documentRecord,
  hiddenMatchText,
  numbersSearchText,
  partDetails,
  searchRecords,
  type SearchRecord,
} from '../../src/lib/search/index-records.ts';
import { bodyRegion, hideShownApart, indexedCopy, insertAtBodyStart, pageIndexHtml, partHtml, recordTags, separateBlocks, takeTitle, withoutDocBody } from '../../src/lib/search/index-html.ts';
import { excerptText, visibleText } from '../../src/lib/search/excerpt.ts';
import { TITLE_PLACEHOLDER, UNINDEXED_META_KEY, readMeta } from '../../src/lib/search/unindexed.ts';
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
  it('has one record per page: each document with its tasks as parts, no record per task', () => {
    // Other kinds (Q&A, reading days…) add their own records; these are the documents'.
    const of = (kind: string) => records.filter((r) => r.meta.kind === kind);
    expect(of('van-ban').map((r) => r.path)).toEqual([DB, TN]);
    expect(of('nhiem-vu')).toEqual([]);
    expect(records.every((r) => !r.path.includes('#'))).toBe(true);
    expect(of('van-ban').flatMap((r) => r.parts.map((p) => `${r.path}#${p.anchor}`))).toEqual(corpus.tasks.map((t) => `${corpus.documents.find((d) => d.id === t.document.id)!.url}#${t.anchor}`));
    // A document with tasks is found by both kinds; the other pages by their own.
    expect(of('van-ban').map((r) => r.filters.kind)).toEqual([['van-ban', 'nhiem-vu'], ['van-ban', 'nhiem-vu']]);
    expect(records.filter((r) => r.meta.kind !== 'van-ban').every((r) => r.filters.kind?.length === 1 && r.parts.length === 0)).toBe(true);
  });

  it('indexes hand-written infographics only, not those drawn from a document\'s tasks', () => {
    const drawn = corpus.infographics.filter((ig) => ig.generated);
    expect(drawn.length).toBeGreaterThan(0);
    const paths = records.filter((r) => r.meta.kind === 'infographic').map((r) => r.path);
    expect(paths).toEqual(corpus.infographics.filter((ig) => !ig.generated).map((ig) => `/infographic/${ig.slug}/`));
    for (const ig of drawn) expect(paths).not.toContain(`/infographic/${ig.slug}/`);
  });

  it('tags a document with the ids of its browsing pages', () => {
    const r = byPath(DB);
    expect(r.meta).toEqual({ kind: 'van-ban', number: '08-CT/TU', type: 'Chỉ thị', issuer: 'Ban Thường vụ Tỉnh ủy Điện Biên', date: '2026-02-23' });
    expect(r.filters).toEqual({
      kind: ['van-ban', 'nhiem-vu'],
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

  it('gives a document no second spelling of its words: Pagefind folds them, đ too (index-spelling.ts)', () => {
    const words = byPath(DB).hiddenText.split(' ');
    for (const w of ['dien', 'doi', 'dang', 'dong', 'bien', 'thoai', 'phap', 'luat']) expect(words, w).not.toContain(w);
  });

  it('gives both indexes the numbers cited anywhere in the document', () => {
    const r = byPath(DB);
    expect(r.hiddenText).toContain('232 kh tu');
    const doc = corpus.documents.find((d) => d.url === DB)!;
    const cites = documentRecord({ ...doc, body: `${doc.body}\n\nTheo Quyết định số 99-QĐ/UBND.` });
    expect(cites.hiddenText).toContain('99 qd ubnd');
    expect(r.hiddenText).not.toContain('99 qd ubnd');
  });

  it('gives a document its own number and the numbers it cites, in every spelling', () => {
    const hidden = byPath(DB).hiddenText;
    for (const s of ['08-CT/TU', '08 ct tu', 'ct 08', '08cttu', '8 ct tu', '178-QĐ/TW', '178-qd/tw', '178 qd tw', 'qd 178']) expect(hidden, s).toContain(s);
    // Cited in the Thái Nguyên text only: its page, not the Điện Biên one, answers "05/QD-BCD".
    expect(byPath(TN).hiddenText).toContain('05/qd-bcd');
    expect(hidden).not.toContain('05/qd-bcd');
  });

  it('makes task 8 a part of its document at its row, titled by its label and content', () => {
    const part = byPath(DB).parts.find((p) => p.anchor === 'bang-nv-8')!;
    expect(part).toEqual({
      anchor: 'bang-nv-8',
      title: 'Nhiệm vụ 8: Triển khai mô hình “Ngày đọc văn bản quy phạm pháp luật” tại các cơ quan, đơn vị, địa phương',
      text:
        'Triển khai mô hình “Ngày đọc văn bản quy phạm pháp luật” tại các cơ quan, đơn vị, địa phương. Cấp ủy theo dõi: Đảng ủy UBND tỉnh. ' +
        'Chủ trì: Sở Tư pháp. Phối hợp: Các cơ quan, đơn vị, địa phương. Sản phẩm: Kế hoạch triển khai; báo cáo kết quả thực hiện định kỳ. ' +
        'Thời gian hoàn thành: Thực hiện định kỳ hằng tháng hoặc hằng quý.',
      hiddenText: part.hiddenText,
      detail: 'Thời gian hoàn thành: Thực hiện định kỳ hằng tháng hoặc hằng quý · Định kỳ – kỳ tới 30/11/2026',
    });
    expect(part.hiddenText).toBe('');
  });

  it('gives a document the word of its own number only', () => {
    expect(byPath(DB).keyText).toBe('vbso8cttu');
    expect(byPath(TN).keyText).toBe('');
    expect(byPath(DB).hiddenText).not.toContain('vbso');
  });
});

describe('partDetails', () => {
  it('gives each part\'s detail line by anchor, as JSON', () => {
    const parts = byPath(TN).parts.slice(0, 2);
    expect(JSON.parse(partDetails(parts))).toEqual({ [parts[0]!.anchor]: parts[0]!.detail, [parts[1]!.anchor]: parts[1]!.detail });
    expect(partDetails([])).toBe('');
  });
});

describe('numbersSearchText and hiddenMatchText', () => {
  it('writes each number once, whatever spelling it comes in', () => {
    expect(numbersSearchText(['178-QĐ/TW', '178-QD/TW', 'không phải số'])).toBe('178-QĐ/TW 178-qd/tw 178 qd tw qd 178 178qdtw');
  });

  it('adds numbers written in the text', () => {
    expect(hiddenMatchText('Quyết định số 05/QĐ-BCĐ ngày 10/4/2026')).toBe('05/QĐ-BCĐ 05/qd-bcd 05 qd bcd qd 05 05qdbcd 5 qd bcd qd 5 5qdbcd');
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

  it('inserts at the start of the data-pagefind-body element', () => {
    const html = '<main><h1>x</h1><article data-pagefind-body data-document-id="x"><p>text</p></article></main>';
    expect(insertAtBodyStart(html, '<i>X</i>')).toBe('<main><h1>x</h1><article data-pagefind-body data-document-id="x"><i>X</i><p>text</p></article></main>');
    expect(insertAtBodyStart('<main>no body</main>', 'X')).toBeNull();
  });

  it('tags a page with its record in attributes, values escaped, hidden text between marks', () => {
    const record = { ...byPath(DB), meta: { ...byPath(DB).meta, title: 'Tiêu đề', issuer: 'A "B" <C>' } };
    const tags = recordTags(record, 'full');
    expect(tags).toContain('<span data-pagefind-filter="kind[data-value]" data-value="van-ban"></span>');
    expect(tags).toContain('<span data-pagefind-filter="kind[data-value]" data-value="nhiem-vu"></span>');
    // The title unindexed too: its plain value is a placeholder with no word.
    expect(tags).toContain(`<span data-pagefind-meta="title[data-value]" data-value="${TITLE_PLACEHOLDER}"></span>`);
    expect(tags).not.toContain('Tiêu đề');
    expect(tags).toContain('<span data-pagefind-sort="date[data-value]" data-value="2026-02-23"></span>');
    // Everything else in one value with no letter or digit, which Pagefind keeps but does not index.
    const data = /<span data-pagefind-meta="data\[data-value\]" data-value="([^"]*)"><\/span>/.exec(tags)![1]!;
    expect(data).not.toMatch(/[\p{L}\p{N}_&<>"]/u);
    const meta = readMeta({ title: TITLE_PLACEHOLDER, [UNINDEXED_META_KEY]: data });
    expect(meta).toMatchObject({ title: 'Tiêu đề', kind: 'van-ban', number: '08-CT/TU', issuer: 'A "B" <C>', date: '2026-02-23' });
    expect(JSON.parse(meta[PARTS_META_KEY]!)).toEqual(JSON.parse(partDetails(record.parts)));
    expect(tags.match(/data-pagefind-meta=/g)).toHaveLength(2);
    // The hidden words, after the page's own number word, the same in both indexes.
    expect(tags).toMatch(new RegExp(`<p>${HIDDEN_TEXT_MARK} vbso8cttu ${record.hiddenText} ${HIDDEN_TEXT_MARK}</p></div>$`));
    const brief = recordTags(record, 'brief');
    expect(brief).toContain(`<p>${HIDDEN_TEXT_MARK} vbso8cttu ${record.hiddenText} ${HIDDEN_TEXT_MARK}</p>`);
    // The short index has no parts: their details are the full text's only.
    const briefData = /data-pagefind-meta="data\[data-value\]" data-value="([^"]*)"/.exec(brief)![1]!;
    expect(readMeta({ [UNINDEXED_META_KEY]: briefData })).not.toHaveProperty(PARTS_META_KEY);
    const qa = records.find((r) => r.meta.kind === 'hoi-dap')!;
    expect(recordTags(qa, 'brief')).toContain(`<p>${HIDDEN_TEXT_MARK} ${qa.hiddenText} ${HIDDEN_TEXT_MARK}</p>`);
  });

  it('gives the short index the page without the document\'s text', () => {
    const page = '<main><article data-pagefind-body><h1>Chỉ thị</h1><section class="lp-summary"><p>Tóm tắt</p></section>' +
      '<section aria-labelledby="toan-van" class="lp-doc-body"><section><p>Toàn văn</p></section><p>Còn nữa</p></section><div class="lp-signer">Ký</div></article></main>';
    const indexed = pageIndexHtml(page, byPath(DB))!;
    expect(indexed.html.full).toContain('Toàn văn');
    expect(indexed.html.brief).not.toMatch(/Toàn văn|Còn nữa|lp-doc-body/);
    expect(indexed.html.brief).toContain('Tóm tắt');
    expect(indexed.html.brief).toContain('Ký');
    expect(withoutDocBody('<p class="lp-doc-body x">a</p><p>b</p><div class="y lp-doc-body">c<div>d</div></div>e')).toBe('<p>b</p>e');
    // A section that never ends is left to the exclude selectors.
    expect(withoutDocBody('<section class="lp-doc-body"><p>x</p>')).toBe('<section class="lp-doc-body"><p>x</p>');
  });

  it('makes a task row a heading with the row\'s anchor, then its text and its hidden text', () => {
    // Row 9 of the 08-CT/TU annex as the page renders it (cells shortened).
    const row = '<tr id="bang-nv-9" data-task-row="bang-nv-9">\n<td>9.</td>\n<td>Tổ chức đối thoại trực tiếp</td>\n<td>Hàng năm<span class="lp-task-meta"><span class="lp-badge">Định kỳ</span></span></td>\n</tr>';
    const page = `<main><article data-pagefind-body><h1>Chỉ thị</h1><table><tbody>${row}<tr id="khac"><td>x</td></tr></tbody></table></article></main>`;
    const part = byPath(DB).parts.find((p) => p.anchor === 'bang-nv-9')!;
    const record = { ...byPath(DB), parts: [part, { ...part, anchor: 'bang-nv-99' }] };
    const indexed = pageIndexHtml(page, record)!;
    expect(indexed.missing).toEqual(['bang-nv-99']);
    expect(indexed.html.full).toContain(indexedCopy(`<tr><td>${partHtml(part)}</td></tr><tr id="khac"><td>x</td></tr>`));
    // đ spelled as Pagefind folds it in the text of both copies, not in the tags' values.
    for (const html of Object.values(indexed.html)) {
      expect(html).toContain('Chỉ thị');
      expect(html.replace(/<[^>]*>/g, '')).not.toMatch(/[đĐ]/);
      expect(html).toContain('data-value="ban-thuong-vu-tinh-uy-dien-bien"');
    }
    expect(indexed.html.full).toContain('Tổ chức ḍối thoại');
    expect(indexed.html.full).not.toContain('lp-badge');
    expect(partHtml(part)).toBe(
      `<h3 id="bang-nv-9" data-pagefind-weight="1">Nhiệm vụ 9: Tổ chức đối thoại trực tiếp để lắng nghe phản ánh, kiến nghị, giải quyết kịp thời khó khăn, vướng mắc về cơ…</h3>` +
        `<p>${part.text}</p>`,
    );
    // The page's tags and hidden text come first, before any heading that starts a task's section.
    expect(indexed.html.full.indexOf('data-search-hidden')).toBeLessThan(indexed.html.full.indexOf('<h1>'));
  });

  it('gives Pagefind the data-pagefind-body element only, nested elements of its kind included', () => {
    const page = '<!doctype html><html lang="vi"><head><title>T</title></head><body><header><nav>Văn bản</nav></header><main>' +
      '<div class="x" data-pagefind-body><h1>Chỉ thị</h1><div><p>Một</p><div><br/></div></div><p>Hai</p></div><div>Liên quan</div></main><footer>Cổng</footer></body></html>';
    expect(bodyRegion(page)).toBe('<!doctype html><html lang="vi"><body><div class="x" data-pagefind-body><h1>Chỉ thị</h1><div><p>Một</p><div><br/></div></div><p>Hai</p></div></body></html>');
    const indexed = pageIndexHtml(page, byPath(DB))!.html.full;
    expect(indexed).toContain('Hai');
    expect(indexed).toContain('data-search-hidden');
    expect(indexed).not.toMatch(/Văn bản<|Liên quan|Cổng|<title>/);
    // An element that never ends is not guessed at.
    expect(bodyRegion('<main><article data-pagefind-body><p>x</p></main>')).toBeNull();
  });

  it('sets the page\'s title and attributes apart: indexed and ranked, but not cut into excerpts', () => {
    const page = '<main><article data-pagefind-body><h1 class="t">Chỉ thị về thi hành pháp luật</h1><dl class="lp-attrs"><dt>Người ký:</dt><dd>Nguyễn Đăng Bình</dd>' +
      '<dt>Lĩnh vực:</dt><dd><dl><dt>x</dt></dl>Thi hành pháp luật</dd></dl><p class="lp-doc-list__meta">Người hỏi: Người dân</p><p>Toàn văn về thi hành pháp luật.</p></article></main>';
    const apart = hideShownApart(page);
    expect(apart).toBe('<main><article data-pagefind-body> ⁑⁑ <h1 class="t">Chỉ thị về thi hành pháp luật</h1> ⁑⁑  ⁑⁑ <dl class="lp-attrs"><dt>Người ký:</dt><dd>Nguyễn Đăng Bình</dd>' +
      '<dt>Lĩnh vực:</dt><dd><dl><dt>x</dt></dl>Thi hành pháp luật</dd></dl> ⁑⁑  ⁑⁑ <p class="lp-doc-list__meta">Người hỏi: Người dân</p> ⁑⁑ <p>Toàn văn về thi hành pháp luật.</p></article></main>');
    // Both indexes get it so.
    const indexed = pageIndexHtml(page, byPath(DB))!;
    for (const scope of ['full', 'brief'] as const) expect(indexed.html[scope]).toMatch(/⁑⁑\s+<h1 class="t">/);
    // As Pagefind gives the content back (text of the blocks, a full stop after some).
    const content = '⁑⁑ Chỉ thị về thi hành pháp luật. ⁑⁑ ⁑⁑ Người ký: Nguyễn Đăng Bình Lĩnh vực: x Thi hành pháp luật ⁑⁑. ⁑⁑ Người hỏi: Người dân ⁑⁑ Toàn văn về thi hành pháp luật.';
    expect(excerptText(content)).toBe('Toàn văn về thi hành pháp luật.');
    expect(visibleText(content)).toBe('Chỉ thị về thi hành pháp luật. Người ký: Nguyễn Đăng Bình Lĩnh vực: x Thi hành pháp luật . Người hỏi: Người dân Toàn văn về thi hành pháp luật.');
    // A page that is only its title keeps it as its excerpt.
    expect(excerptText('⁑⁑ Chỉ thị. ⁑⁑')).toBe('Chỉ thị.');
  });

  it('gives the page\'s h1 as an unindexed title: its words are indexed once, as a heading', () => {
    const page = '<main><article data-pagefind-body><h1 class="t" data-pagefind-meta="title">Chỉ thị về &quot;thi hành&quot; <span>pháp luật</span> &amp; x</h1><p>Toàn văn.</p><h1>Khác</h1></article></main>';
    const taken = takeTitle(page);
    expect(taken.title).toBe('Chỉ thị về "thi hành" pháp luật & x');
    expect(taken.html).toBe(page.replace('<h1 class="t" data-pagefind-meta="title">', '<h1 class="t">'));
    expect(takeTitle('<p>Không tiêu đề</p>')).toEqual({ html: '<p>Không tiêu đề</p>' });
    const record = byPath(DB);
    expect(record.meta.title).toBeUndefined();
    const indexed = pageIndexHtml(page, record)!;
    for (const scope of ['full', 'brief'] as const) {
      const html = indexed.html[scope];
      // The heading is still there, ranked as a heading, but no longer Pagefind's title metadata.
      expect(html).toMatch(/<h1 class="t">Chỉ thị về &quot;thi hành&quot;/);
      expect(html).not.toContain('data-pagefind-meta="title"');
      expect(html).toContain(`<span data-pagefind-meta="title[data-value]" data-value="${TITLE_PLACEHOLDER}"></span>`);
      const data = /data-pagefind-meta="data\[data-value\]" data-value="([^"]*)"/.exec(html)![1]!;
      expect(readMeta({ title: TITLE_PLACEHOLDER, [UNINDEXED_META_KEY]: data }).title).toBe('Chỉ thị về "thi hành" pháp luật & x');
    }
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
