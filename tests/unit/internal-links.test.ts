/**
 * Internal links in document bodies, Q&A answers, reading-day issues and infographics' steps must lead to a page (and,
 * in a document, a part) that exists (src/lib/content/links.ts); links that do are accepted silently.
 */
import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { makeContent, reported, SEED_000 } from '../support/content-fixture.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';

const SENTENCE = 'Chỉ thị này được phổ biến đến chi bộ.';

/** Errors of the content with `markdown` written after `sentence` of `file` (a document by default), the file named X. */
function errorsWithLink(markdown: string, file = SEED_000, sentence = SENTENCE): string[] {
  const dir = makeContent([{ file, replace: sentence, with: `${sentence} Xem ${markdown}.` }]);
  return loadContent(dir, ROOT, { PORTAL_AS_OF: TEST_AS_OF }).errors.map((p) => formatProblem(p).replace(reported(dir, file), 'X'));
}

const QA = 'hoi-dap/ngay-doc-van-ban-quy-pham-phap-luat.md';
const QA_SENTENCE = 'Chỉ thị không mô tả cách tổ chức một buổi đọc (thời lượng, hình thức, ai dẫn dắt).';
const ISSUE = 'ngay-doc/2026-12.md';
const ISSUE_SENTENCE = 'mỗi cơ quan, đơn vị, địa phương có thể chọn ngày phù hợp trong tháng.';

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

describe('internal links to the pages content makes one by one', { timeout: 60_000 }, () => {
  it('accept an answer, a reading-day issue and its handout, an infographic and a body that exist', () => {
    const links = [
      '[hỏi đáp](/hoi-dap/khong-quan-duoc-thi-cam/)',
      '[tháng 12](/ngay-doc-van-ban/2026-12/)',
      '[bản in](/ngay-doc-van-ban/2026-12/ban-in/)',
      '[infographic](/infographic/chi-thi-08-ct-tu-trong-mot-trang/)',
      '[Sở Tư pháp](/co-quan/so-tu-phap-dien-bien)',
      '[theo lĩnh vực](/hoi-dap/linh-vuc/xay-dung-phap-luat/)',
    ];
    expect(errorsWithLink(links.join(', '))).toEqual([]);
  });

  it('reject each that does not exist, naming file, line and pages that do', () => {
    const errors = errorsWithLink(['[a](/hoi-dap/khong-co/)', '[b](/ngay-doc-van-ban/2027-05/)', '[c](/infographic/khong-co/)', '[d](/co-quan/so-tu-phap-lai-chau/)'].join(', '));
    expect(errors).toEqual([
      expect.stringMatching(/^X:\d+: liên kết: không có trang hỏi đáp nào ở "\/hoi-dap\/khong-co\/"; trang hỏi đáp có: \/hoi-dap\/[a-z-]+\/, /),
      expect.stringMatching(/^X:\d+: liên kết: không có số Ngày đọc văn bản nào ở "\/ngay-doc-van-ban\/2027-05\/"; số Ngày đọc văn bản có: \/ngay-doc-van-ban\/2026-12\/, \/ngay-doc-van-ban\/2027-01\/$/),
      expect.stringMatching(/^X:\d+: liên kết: không có trang infographic nào ở "\/infographic\/khong-co\/"; /),
      expect.stringMatching(/^X:\d+: liên kết: không có trang cơ quan nào ở "\/co-quan\/so-tu-phap-lai-chau\/"; /),
    ]);
  });

  it('check the links of a Q&A answer, to documents and their parts too', () => {
    expect(errorsWithLink('[dòng 8](/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/#bang-nv-8), [tháng 1](/ngay-doc-van-ban/2027-01/)', QA, QA_SENTENCE)).toEqual([]);
    const errors = errorsWithLink('[dòng 80](/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/#bang-nv-80), [hỏi đáp](/hoi-dap/da-xoa/)', QA, QA_SENTENCE);
    expect(errors).toEqual([
      expect.stringMatching(/^X:18: liên kết: không có mục "#bang-nv-80" trong văn bản \/van-ban\/ban-thuong-vu-tinh-uy-dien-bien\/2026\/08-ct-tu\/; /),
      expect.stringMatching(/^X:18: liên kết: không có trang hỏi đáp nào ở "\/hoi-dap\/da-xoa\/"; /),
    ]);
  });

  it("check the links of an infographic's steps", () => {
    const file = 'infographic/phan-anh-vuong-mac.md';
    const step = 'Các kênh của tỉnh có ở mục Góp ý. | /gop-y/';
    const errors = (link: string) => {
      const dir = makeContent([{ file, replace: step, with: step.replace('/gop-y/', link) }]);
      return loadContent(dir, ROOT, { PORTAL_AS_OF: TEST_AS_OF }).errors.map((p) => formatProblem(p).replace(reported(dir, file), 'X'));
    };
    expect(errors('/hoi-dap/khong-quan-duoc-thi-cam/')).toEqual([]);
    expect(errors('/hoi-dap/da-xoa/')).toEqual([expect.stringMatching(/^X:17: liên kết: không có trang hỏi đáp nào ở "\/hoi-dap\/da-xoa\/"; /)]);
  });

  it('check the links of a reading-day issue', () => {
    expect(errorsWithLink('[hỏi đáp](/hoi-dap/khong-quan-duoc-thi-cam/)', ISSUE, ISSUE_SENTENCE)).toEqual([]);
    expect(errorsWithLink('[Chỉ thị](/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2025/08-ct-tu/)', ISSUE, ISSUE_SENTENCE)).toEqual([
      expect.stringMatching(/^X:63: liên kết: không có trang văn bản nào ở "\/van-ban\/ban-thuong-vu-tinh-uy-dien-bien\/2025\/08-ct-tu\/"; /),
    ]);
  });
});

/** The links the corpus leaves to the build, for the content with `markdown` after `sentence` of `file`, the file named X. */
function leftWithLink(markdown: string, file = SEED_000, sentence = SENTENCE): { errors: string[]; left: string[] } {
  const dir = makeContent([{ file, replace: sentence, with: `${sentence} Xem ${markdown}.` }]);
  const { errors, corpus } = loadContent(dir, ROOT, { PORTAL_AS_OF: TEST_AS_OF });
  const name = (f: string) => (f === reported(dir, file) ? 'X' : f);
  return { errors: errors.map((p) => formatProblem(p).replace(reported(dir, file), 'X')), left: (corpus?.siteLinks ?? []).map((l) => `${name(l.file)}:${l.line} ${l.url}`) };
}

describe('links only the built site can decide', { timeout: 60_000 }, () => {
  it('are left to the build with file and line (the register, later pages of lists, the portal\'s own pages), and only those', () => {
    const decided = '[mục 4.3](/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/#muc-4-3), [hỏi đáp](/hoi-dap/khong-quan-duoc-thi-cam/), [mục 3](#muc-3), [chỉ thị](/van-ban/theo-loai/chi-thi/)';
    const { errors, left } = leftWithLink(`${decided}, [sở](/nhiem-vu/co-quan/khong-co/), [trang 2](/van-ban/trang/2/), [chỉ thị, trang 3](/van-ban/theo-loai/chi-thi/trang/3/), [tìm](/tim-kiem/?q=dien%20bien)`);
    expect(errors).toEqual([]);
    expect(left.filter((l) => l.startsWith('X:'))).toEqual([
      expect.stringMatching(/^X:\d+ \/nhiem-vu\/co-quan\/khong-co\/$/),
      expect.stringMatching(/^X:\d+ \/van-ban\/trang\/2\/$/),
      expect.stringMatching(/^X:\d+ \/van-ban\/theo-loai\/chi-thi\/trang\/3\/$/),
      expect.stringMatching(/^X:\d+ \/tim-kiem\/\?q=dien%20bien$/),
    ]);
    // A later page of a list that does not exist stays the check's error.
    const noList = leftWithLink('[trang 2](/van-ban/theo-loai/khong-co/trang/2/)');
    expect(noList.errors).toEqual([expect.stringMatching(/^X:\d+: liên kết: không có trang văn bản nào ở "\/van-ban\/theo-loai\/khong-co\/trang\/2\/"/)]);
    expect(noList.left.filter((l) => l.startsWith('X:'))).toEqual([]);
  });

  it('leave a part of a page other than a document to the build, made absolute with the page an answer is shown on', () => {
    const { errors, left } = leftWithLink('[cơ sở](#co-so), [hỏi đáp](/hoi-dap/khong-quan-duoc-thi-cam/#cau-hoi)', QA, QA_SENTENCE);
    expect(errors).toEqual([]);
    expect(left.filter((l) => l.startsWith('X:'))).toEqual([
      'X:18 /hoi-dap/ngay-doc-van-ban-quy-pham-phap-luat/#co-so',
      'X:18 /hoi-dap/khong-quan-duoc-thi-cam/#cau-hoi',
    ]);
  });
});
