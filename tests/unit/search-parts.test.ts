import { describe, expect, it } from 'vitest';
import { pageResult, partMatches, partResults, type FragmentAnchor, type PageFragment } from '../../src/lib/search/parts.ts';
import { HIDDEN_TEXT_MARK as M } from '../../src/lib/search/index-records.ts';
import { parseQuery } from '../../src/lib/search/match.ts';
import { TITLE_PLACEHOLDER, UNINDEXED_META_KEY, unindexedMeta } from '../../src/lib/search/unindexed.ts';

const URL = '/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/';
const TASK_8 = 'Nhiệm vụ 8: Triển khai mô hình “Ngày đọc văn bản quy phạm pháp luật” tại các cơ quan, đơn vị, địa phương';
const TASK_8_TEXT = 'Triển khai mô hình “Ngày đọc văn bản quy phạm pháp luật” tại các cơ quan, đơn vị, địa phương. Cấp ủy theo dõi: Đảng ủy UBND tỉnh. Chủ trì: Sở Tư pháp.';
const TASK_9 = 'Nhiệm vụ 9: Tổ chức đối thoại trực tiếp để lắng nghe phản ánh, kiến nghị';
const TASK_9_TEXT = 'Tổ chức đối thoại trực tiếp để lắng nghe phản ánh, kiến nghị. Chủ trì: Các sở, ngành theo chức năng.';

/**
 * The Điện Biên page as Pagefind returns it (cut down): its content is the indexed words in
 * order, blocks ended with a full stop, and each anchor's location is the index of its first word.
 */
const FIELDS: Record<string, string> = {
  kind: 'van-ban',
  number: '08-CT/TU',
  type: 'Chỉ thị',
  issuer: 'Ban Thường vụ Tỉnh ủy Điện Biên',
  date: '2026-02-23',
  parts: JSON.stringify({ 'bang-nv-8': 'Thời gian hoàn thành: Hằng tháng · Định kỳ', 'bang-nv-9': 'Thời gian hoàn thành: Hàng năm · Định kỳ' }),
};

/** The 08-CT/TU page's fragment, `fields` replacing its unindexed metadata's ("" leaves one out). */
function fragment(fields: Record<string, string> = {}): PageFragment {
  const blocks: [string, FragmentAnchor['element'] | null, string | null][] = [
    [`${M} 08-CT/TU 08 ct tu ${M}.`, null, null],
    [`${M} chi thi dien bien ${M}.`, null, null],
    ['Số 08-CT/TU, ngày 23/02/2026, của Ban Thường vụ Tỉnh ủy Điện Biên.', null, null],
    ['Tóm tắt.', 'h2', 'tom-tat'],
    ['Ban Thường vụ Tỉnh ủy yêu cầu đổi mới công tác thi hành pháp luật.', null, null],
    [`${TASK_8}.`, 'h3', 'bang-nv-8'],
    [TASK_8_TEXT, null, null],
    [`${M} trien khai ngay doc van ban dang uy dia phuong ${M}.`, null, null],
    [`${TASK_9}.`, 'h3', 'bang-nv-9'],
    [TASK_9_TEXT, null, null],
    [`${M} to chuc doi thoai truc tiep ${M}.`, null, null],
    ['Ghi chú sau bảng: Ngày đọc văn bản do Sở Tư pháp hướng dẫn.', null, null],
  ];
  const words: string[] = [];
  const anchors: FragmentAnchor[] = [];
  for (const [text, element, id] of blocks) {
    if (element && id) anchors.push({ element, id, text: text.replace(/\.$/, ''), location: words.length });
    words.push(...text.split(' '));
  }
  return {
    url: URL,
    content: words.join(' '),
    anchors,
    // As the index writes it: every field in one unindexed value, the title too (a placeholder plain).
    meta: { title: TITLE_PLACEHOLDER, [UNINDEXED_META_KEY]: unindexedMeta({ title: 'Chỉ thị về đổi mới công tác thi hành pháp luật', ...FIELDS, ...fields }) },
  };
}

const docMeta = { kind: 'nhiem-vu', number: '08-CT/TU', type: 'Chỉ thị', issuer: 'Ban Thường vụ Tỉnh ủy Điện Biên', date: '2026-02-23', parent: 'Chỉ thị 08-CT/TU' };

describe('partResults', () => {
  it('makes each task section a result: heading as title, its text without hidden words, link to the row', () => {
    expect(partResults(fragment())).toEqual([
      { url: `${URL}#bang-nv-8`, title: TASK_8, text: TASK_8_TEXT, excerpt: TASK_8_TEXT, meta: { ...docMeta, detail: 'Thời gian hoàn thành: Hằng tháng · Định kỳ' } },
      // The note after the table follows the last task's hidden text: it is the page's, not the task's.
      { url: `${URL}#bang-nv-9`, title: TASK_9, text: TASK_9_TEXT, excerpt: TASK_9_TEXT, meta: { ...docMeta, detail: 'Thời gian hoàn thành: Hàng năm · Định kỳ' } },
    ]);
  });

  it('names an unnumbered document by its title', () => {
    expect(partResults(fragment({ number: '' }))[0]!.meta.parent).toBe('Chỉ thị về đổi mới công tác thi hành pháp luật');
  });

  it('gives nothing for a page without parts, or with unreadable part metadata', () => {
    expect(partResults(fragment({ parts: '' }))).toEqual([]);
    expect(partResults(fragment({ parts: '{' }))).toEqual([]);
  });
});

describe('pageResult', () => {
  it('is the page with its readable text, without the parts metadata', () => {
    const r = pageResult(fragment());
    expect(r.title).toBe('Chỉ thị về đổi mới công tác thi hành pháp luật');
    expect(r.meta.parts).toBeUndefined();
    expect(r.text.startsWith('Số 08-CT/TU, ngày 23/02/2026')).toBe(true);
    expect(r.text).not.toContain(M);
    expect(r.text).not.toMatch(/dien bien|ngay doc/);
  });
});

describe('partMatches', () => {
  const [task8, task9] = partResults(fragment());
  it('keeps a task that has the phrase or all the words, folded or not', () => {
    expect(partMatches(task8!, parseQuery('ngay doc van ban'))).toBe(true);
    expect(partMatches(task8!, parseQuery('Ngày đọc văn bản'))).toBe(true);
    expect(partMatches(task9!, parseQuery('doi thoai'))).toBe(true);
  });

  it('drops a task that has only some of the words', () => {
    // The page has all the words, spread over its parts: Pagefind matched the page, not these tasks.
    expect(partMatches(task9!, parseQuery('ngay doc van ban'))).toBe(false);
    expect(partMatches(task8!, parseQuery('doi thoai'))).toBe(false);
  });

  it('keeps every task when there is no query (filters only)', () => {
    expect(partMatches(task9!, parseQuery(''))).toBe(true);
  });
});
