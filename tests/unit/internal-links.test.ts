/**
 * Internal links in document bodies must lead to a page and a part that exist
 * (src/lib/content/links.ts); links that do are accepted silently.
 */
import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { makeContent, reported, SEED_000 } from '../support/content-fixture.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';

const SENTENCE = 'Chỉ thị này được phổ biến đến chi bộ.';

function errorsWithLink(markdown: string): string[] {
  const dir = makeContent([{ file: SEED_000, replace: SENTENCE, with: `${SENTENCE} Xem ${markdown}.` }]);
  return loadContent(dir, ROOT, { PORTAL_AS_OF: TEST_AS_OF }).errors.map((p) => formatProblem(p).replace(reported(dir, SEED_000), 'X'));
}

// Each case copies and loads the whole content (about a second each).
describe('internal links in a document body', { timeout: 30_000 }, () => {
  it('accept a part of the same document, another document and its part, its source and a browsing page', () => {
    expect(errorsWithLink('[mục 3](#muc-3)')).toEqual([]);
    expect(errorsWithLink('[mục 4.3](/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/#muc-4-3)')).toEqual([]);
    expect(errorsWithLink('[bản Markdown](/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu.md)')).toEqual([]);
    expect(errorsWithLink('[các chỉ thị](/van-ban/theo-loai/chi-thi/)')).toEqual([]);
    expect(errorsWithLink('[sổ nhiệm vụ](/nhiem-vu/)')).toEqual([]);
  });

  it('reject a part of the same document that does not exist, naming file and line', () => {
    const [line] = errorsWithLink('[mục 9](#muc-9)');
    expect(line).toMatch(/^X:\d+: liên kết: không có mục "#muc-9" trong văn bản này; các mục có: #muc-1, #muc-2, #nhiem-vu-1, /);
  });

  it('reject a document page that does not exist, and a browsing value no document has', () => {
    expect(errorsWithLink('[Chỉ thị](/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2025/08-ct-tu/)')).toEqual([
      expect.stringMatching(/^X:\d+: liên kết: không có trang văn bản nào ở "\/van-ban\/ban-thuong-vu-tinh-uy-dien-bien\/2025\/08-ct-tu\/"; /),
    ]);
    expect(errorsWithLink('[nghị quyết](/van-ban/theo-loai/nghi-quyet/)')).toHaveLength(1);
  });
});
