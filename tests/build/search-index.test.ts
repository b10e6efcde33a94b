/**
 * What each search index holds of a document, read from the built bundles' fragments (the data
 * Pagefind gives a result): the short index the page without its text, the full text everything;
 * metadata as the browser reads it (readMeta), the task details in the full text only.
 */
import { describe, expect, it, inject } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SCOPES } from '../../src/lib/search/filters.ts';
import { PARTS_META_KEY } from '../../src/lib/search/index-records.ts';
import { TITLE_PLACEHOLDER, readMeta } from '../../src/lib/search/unindexed.ts';
import { excerptText } from '../../src/lib/search/excerpt.ts';
import { readableFragment, type PageFragment } from '../../src/lib/search/parts.ts';

const DB = '/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/';
/** A sentence of the directive's text (its opening), not of its attributes or summary. */
const BODY = 'Trong những năm qua, công tác xây dựng và thi hành pháp luật trên địa bàn tỉnh Điện Biên';

/** The fragment of `url` in any bundle of an index, as Pagefind gives it. */
function indexedFragment(siteDir: string, dirs: readonly string[], url: string): PageFragment {
  for (const dir of dirs) {
    const folder = join(siteDir, dir, 'fragment');
    for (const file of readdirSync(folder)) {
      // Pagefind's files: gzip of a signature and then the data.
      const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8').replace(/^pagefind_dcd/, '');
      const fragment = JSON.parse(text) as PageFragment;
      if (fragment.url === url) return fragment;
    }
  }
  throw new Error(`${url} không có trong ${dirs.join(', ')}`);
}

/** The fragment of `url` in any bundle of an index, as the search page reads it. */
function fragmentOf(siteDir: string, dirs: readonly string[], url: string): PageFragment {
  return readableFragment(indexedFragment(siteDir, dirs, url));
}

describe('search index fragments', () => {
  const siteDir = inject('siteDir');
  const brief = fragmentOf(siteDir, SCOPES.brief.dirs, DB);
  const full = fragmentOf(siteDir, SCOPES.full.dirs, DB);

  it('holds đ spelled as Pagefind folds it (d and a stroke), in the text and the task headings', () => {
    const indexed = indexedFragment(siteDir, SCOPES.full.dirs, DB);
    expect(indexed.content).not.toMatch(/[đĐ]/);
    expect(indexed.content).toContain('trên ḍịa bàn tỉnh Ḍiện Biên');
    const task = indexed.anchors!.find((a) => a.id === 'bang-nv-9')!;
    expect(task.text).toContain('Tổ chức ḍối thoại trực tiếp');
    expect(full.anchors!.find((a) => a.id === 'bang-nv-9')!.text).toContain('Tổ chức đối thoại trực tiếp');
  });

  it('gives every field, the title too, in one value the index does not read', () => {
    const page = readFileSync(join(siteDir, DB, 'index.html'), 'utf8');
    const h1 = /<h1[^>]*>([^<]+)<\/h1>/.exec(page)![1]!.trim();
    expect(h1).toMatch(/^Chỉ thị về đổi mới/);
    for (const f of [brief, full]) {
      expect(Object.keys(f.meta).sort()).toEqual(['data', 'title']);
      // The plain title is a placeholder with no word: the h1 is indexed once, as a heading.
      expect(f.meta.title).toBe(TITLE_PLACEHOLDER);
      expect(f.meta.data).not.toMatch(/[\p{L}\p{N}]/u);
      expect(f.content).toContain(h1);
      expect(readMeta(f.meta)).toMatchObject({ title: h1, kind: 'van-ban', number: '08-CT/TU', type: 'Chỉ thị', issuer: 'Ban Thường vụ Tỉnh ủy Điện Biên', date: '2026-02-23' });
    }
  });

  it('keeps the document\'s text and its task details out of the short index', () => {
    expect(brief.content).not.toContain(BODY);
    expect(full.content).toContain(BODY);
    expect(readMeta(brief.meta)).not.toHaveProperty(PARTS_META_KEY);
    const parts = JSON.parse(readMeta(full.meta)[PARTS_META_KEY]!) as Record<string, string>;
    expect(Object.keys(parts)).toContain('bang-nv-9');
    // The line above the title repeats the attributes: neither index reads it twice.
    for (const f of [brief, full]) expect(f.content).not.toContain('Số 08-CT/TU, ngày');
  });

  it("keeps the portal's \"not stated\" out of both indexes: its words, not the document's", () => {
    // 08-CT/TU states no effective date: its page says "Không ghi trong văn bản" there.
    const page = readFileSync(join(siteDir, DB, 'index.html'), 'utf8');
    expect(page).toContain('<span class="lp-not-stated">Không ghi trong văn bản</span>');
    for (const f of [brief, full]) expect(f.content).not.toMatch(/Không ghi/i);
  });
});

describe('a Q&A entry in the index', () => {
  const siteDir = inject('siteDir');
  const qa = fragmentOf(siteDir, SCOPES.brief.dirs, '/hoi-dap/cai-cach-thu-tuc-hanh-chinh-luong-xanh/');

  it('holds its answer, not the headings every entry has', () => {
    expect(qa.content).toContain('Hai mục của Chỉ thị 08-CT/TU của Ban Thường vụ Tỉnh ủy Điện Biên nói về việc này.');
    expect(qa.content).not.toMatch(/Trả lời|Căn cứ\./);
    // What a result's excerpt is cut from starts with the answer.
    expect(excerptText(qa.content)).toMatch(/^Hai mục của Chỉ thị 08-CT\/TU/);
  });
});
