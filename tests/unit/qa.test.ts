/**
 * Legal Q&A (content/hoi-dap/): the bundled entries resolve to real parts of the two directives,
 * and a broken reference is one precise line naming the file, line and field.
 */
import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { qaAbout, qaByField } from '../../src/lib/content/qa.ts';
import { qaRecord } from '../../src/lib/search/index-records.ts';
import { docNumberSearchText } from '../../src/lib/search/doc-number.ts';
import { makeContent, reported, type Change } from '../support/content-fixture.ts';
import { ROOT } from '../support/paths.ts';

const ENTRY = 'hoi-dap/ngay-doc-van-ban-quy-pham-phap-luat.md';

function errorsFor(changes: Change[]): string[] {
  const dir = makeContent(changes);
  return loadContent(dir, ROOT, { PORTAL_AS_OF: '2026-11-23' }).errors.map(formatProblem).map((l) => l.replaceAll(reported(dir, ''), 'content'));
}

describe('the bundled Q&A', () => {
  const { corpus, errors } = loadContent(`${ROOT}content`, ROOT, { PORTAL_AS_OF: '2026-11-23' });
  const qa = corpus!.qa;

  it('has at least ten entries, all resolved without errors', () => {
    expect(errors.map(formatProblem)).toEqual([]);
    expect(qa.length).toBeGreaterThanOrEqual(10);
  });

  it('resolves each basis to a part of the document page, named as people call it', () => {
    const entry = qa.find((q) => q.slug === 'ngay-doc-van-ban-quy-pham-phap-luat')!;
    expect(entry.basis.map((b) => [b.doc.data.number, b.part, b.url])).toEqual([
      ['08-CT/TU', 'mục 4.3', '/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/#muc-4-3'],
      ['08-CT/TU', 'phụ lục, dòng 8', '/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/#bang-nv-8'],
    ]);
    expect(entry.asker).toEqual({ id: 'can-bo-xa', label: 'Cán bộ, công chức xã' });
    expect(entry.html).toContain('<blockquote>\n<p>4.3. Tăng cường tổ chức quán triệt văn bản quy phạm pháp luật');
  });

  it('every quoted passage of every answer is in the text of the documents it rests on', () => {
    // Quotes are block quotes and “…” passages; an ellipsis marks a cut.
    const squash = (s: string) => s.replace(/\\/g, '').replace(/\*/g, '').replace(/<br>/g, ' ').replace(/\s+/g, ' ');
    for (const q of qa) {
      const source = squash(q.basis.map((b) => b.doc.body).join('\n'));
      const quotes = [...q.body.split('\n').filter((l) => l.startsWith('> ')).map((l) => l.slice(2)), ...[...q.body.matchAll(/“([^”]*)”/g)].map((m) => m[1]!)];
      const pieces = quotes.flatMap((s) => squash(s).split('…')).map((s) => s.trim().replace(/;$/, '')).filter(Boolean);
      const outside = pieces.filter((p) => !source.includes(p));
      expect(outside, q.file).toEqual([]);
    }
  });

  it('groups by field in catalogue order and finds the entries about a document', () => {
    const groups = qaByField(qa, corpus!.catalog);
    expect(groups.map((g) => g.field.id)).toEqual(corpus!.catalog.fields.map((f) => f.id).filter((id) => qa.some((q) => q.fields.some((f) => f.id === id))));
    const doc = corpus!.documents.find((d) => d.id === 'thai-nguyen/chi-thi-xay-dung-va-thi-hanh-phap-luat')!;
    expect(qaAbout(qa, doc).map((q) => q.slug).sort()).toEqual(
      ['bao-cao-tien-do-xu-ly-van-ban-thai-nguyen', 'khong-quan-duoc-thi-cam', 'van-ban-bac-kan-truoc-hop-nhat', 'van-ban-mau-thuan-chong-cheo'],
    );
  });

  it('is a search record of its own kind, findable by any spelling of the numbers it rests on', () => {
    const record = qaRecord(qa.find((q) => q.slug === 'doi-thoai-voi-nguoi-dan-doanh-nghiep')!);
    expect(record).toMatchObject({ path: '/hoi-dap/doi-thoai-voi-nguoi-dan-doanh-nghiep/', parts: [], filters: { kind: ['hoi-dap'], field: ['thi-hanh-phap-luat', 'dau-tu'] } });
    expect(record.meta.detail).toBe('Người hỏi: Doanh nghiệp · Căn cứ: Chỉ thị 08-CT/TU, mục 4.4; Chỉ thị 08-CT/TU, phụ lục, dòng 9');
    expect(record.hiddenText).toBe(docNumberSearchText('08-CT/TU'));
  });
});

describe('a broken Q&A entry stops the build with one precise line', () => {
  it('an unknown document', () => {
    expect(errorsFor([{ file: ENTRY, replace: '{ document: "dien-bien/08-ct-tu-2026", anchor: "muc-4-3" }', with: '{ document: "dien-bien/08-ct-tu", anchor: "muc-4-3" }' }])).toEqual([
      `content/${ENTRY}:6: basis[0].document: không có văn bản "dien-bien/08-ct-tu" trong content/van-ban/ (cần đường dẫn dưới content/van-ban/ không kèm ".md"; hiện có: dien-bien/08-ct-tu-2026, thai-nguyen/chi-thi-xay-dung-va-thi-hanh-phap-luat)`,
    ]);
  });

  it('an anchor that is not on the document page', () => {
    const [line, ...rest] = errorsFor([{ file: ENTRY, replace: 'anchor: "bang-nv-8"', with: 'anchor: "bang-nv-14"' }]);
    expect(rest).toEqual([]);
    expect(line).toBe(
      `content/${ENTRY}:7: basis[1].anchor: không có mục "#bang-nv-14" trong văn bản dien-bien/08-ct-tu-2026; các mục có: muc-1, muc-2, muc-2-1, muc-2-2, muc-2-3, muc-2-4, muc-3, muc-3-1, muc-3-2, muc-3-3, muc-4, muc-4-1…`,
    );
  });

  it('an anchor written with "#"', () => {
    expect(errorsFor([{ file: ENTRY, replace: 'anchor: "muc-4-3"', with: 'anchor: "#muc-4-3"' }])).toEqual([
      `content/${ENTRY}:6: basis[0].anchor: "#muc-4-3" không phải tên neo; cần dạng "muc-4-3", "nhiem-vu-1", "bang-nv-8" (không kèm "#")`,
    ]);
  });

  it('an unknown field and an unknown asker', () => {
    expect(errorsFor([{ file: ENTRY, replace: 'asker: can-bo-xa\nfields: [pho-bien-giao-duc-phap-luat]', with: 'asker: can-bo\nfields: [pho-bien-giao-duc-phap-luat]' }])).toEqual([
      `content/${ENTRY}:3: asker: cần một trong: nguoi-dan, doanh-nghiep, can-bo-xa, co-quan`,
    ]);
    const [line] = errorsFor([{ file: ENTRY, replace: 'fields: [pho-bien-giao-duc-phap-luat]', with: 'fields: [pho-bien-phap-luat]' }]);
    expect(line).toMatch(new RegExp(`^content/${ENTRY}:4: fields\\[0\\]: lĩnh vực "pho-bien-phap-luat" không có trong content/danh-muc.yaml \\(fields\\); các giá trị hợp lệ: xay-dung-phap-luat, `));
  });

  it('an entry with no basis, and one with no answer', () => {
    expect(errorsFor([{ file: 'hoi-dap/khong-can-cu.md', write: '---\nquestion: "Hỏi?"\nasker: nguoi-dan\nfields: [dau-tu]\nbasis: []\n---\n\nTrả lời.\n' }])).toEqual([
      'content/hoi-dap/khong-can-cu.md:5: basis: cần ít nhất một căn cứ (văn bản và mục)',
    ]);
    expect(errorsFor([{ file: 'hoi-dap/chua-tra-loi.md', write: '---\nquestion: "Hỏi?"\nasker: nguoi-dan\nfields: [dau-tu]\nbasis:\n  - { document: "dien-bien/08-ct-tu-2026", anchor: "muc-1" }\n---\n' }])).toEqual([
      'content/hoi-dap/chua-tra-loi.md:8: câu trả lời: chưa có câu trả lời: viết câu trả lời dưới khối thuộc tính "---"',
    ]);
  });

  it('a file name that cannot be a page address', () => {
    expect(errorsFor([{ file: 'hoi-dap/Ngày đọc.md', write: '---\nquestion: "Hỏi?"\n---\n' }])).toEqual([
      'content/hoi-dap/Ngày đọc.md: (tên tệp): tên tệp "Ngày đọc.md" là đường dẫn của trang hỏi đáp; cần chữ thường không dấu, nối bằng "-", ví dụ "ngay-doc-van-ban-la-gi.md"',
    ]);
  });
});
