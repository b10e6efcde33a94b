/**
 * /api/documents.json and /api/van-ban/<id>.json from the two real directives: attributes, URLs
 * under the site base, relations out (the cited Politburo resolution 66-NQ/TW) and in, task counts.
 */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { documentsToJson, documentToJson, documentHtml, type DocumentRecord } from '../../src/lib/opendata/documents-json.ts';
import { parseMarkdown } from '../../src/lib/markdown/parse.ts';
import { sanitizeTree } from '../../src/lib/markdown/safety.ts';
import { renderBody } from '../../src/lib/markdown/render.ts';
import { IMPLEMENTING_DOC, makeContent } from '../support/content-fixture.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';

const SITE = 'https://tinh.gov.vn/phapluat';
const corpus = loadContent(join(ROOT, 'content'), ROOT, { PORTAL_AS_OF: TEST_AS_OF }).corpus!;
const json = JSON.parse(documentsToJson(corpus.documents, SITE)) as { site: string; count: number; documents: DocumentRecord[] };
const db = json.documents.find((d) => d.id === 'dien-bien/08-ct-tu-2026')!;
const tn = json.documents.find((d) => d.id === 'thai-nguyen/chi-thi-xay-dung-va-thi-hanh-phap-luat')!;

describe('documentsToJson', () => {
  it('lists both documents, newest first, under the site base', () => {
    expect(json.site).toBe('https://tinh.gov.vn/phapluat/');
    expect(json.count).toBe(2);
    expect(json.documents.map((d) => d.id)).toEqual(['dien-bien/08-ct-tu-2026', 'thai-nguyen/chi-thi-xay-dung-va-thi-hanh-phap-luat']);
  });

  it('gives 08-CT/TU its attributes as the document states them', () => {
    expect(db).toMatchObject({
      url: 'https://tinh.gov.vn/phapluat/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/',
      json: 'https://tinh.gov.vn/phapluat/api/van-ban/dien-bien--08-ct-tu-2026.json',
      markdownUrl: 'https://tinh.gov.vn/phapluat/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu.md',
      image: 'https://tinh.gov.vn/phapluat/og/van-ban/dien-bien--08-ct-tu-2026.png',
      type: { id: 'chi-thi', name: 'Chỉ thị' },
      number: '08-CT/TU',
      title: 'về đổi mới công tác thi hành pháp luật, ban hành cơ chế, chính sách tạo động lực phát triển',
      issuer: { id: 'ban-thuong-vu-tinh-uy-dien-bien', name: 'Ban Thường vụ Tỉnh ủy Điện Biên', province: 'Điện Biên' },
      issued: '2026-02-23',
      effective: null,
      expires: null,
      status: { id: 'chua-xac-dinh', name: 'Chưa xác định' },
      signer: { onBehalfOf: 'T/M Ban Thường vụ', title: 'Bí thư', name: 'Trần Tiến Dũng' },
    });
    expect(db.fields.map((f) => f.id)).toEqual(['xay-dung-phap-luat', 'thi-hanh-phap-luat', 'pho-bien-giao-duc-phap-luat', 'chuyen-doi-so', 'dau-tu']);
  });

  it('keeps the Thái Nguyên directive without a number or date, never inventing them', () => {
    expect(tn.number).toBeNull();
    expect(tn.issued).toBeNull();
    expect(tn.url).toBe('https://tinh.gov.vn/phapluat/van-ban/ban-thuong-vu-tinh-uy-thai-nguyen/khong-ghi-ngay/chi-thi-xay-dung-va-thi-hanh-phap-luat/');
    expect(tn.signer).toEqual({ onBehalfOf: 'T/M Ban Thường vụ', title: 'Phó Bí thư Thường trực', name: 'Nguyễn Đăng Bình' });
  });

  it('counts the task rows: 13 in 08-CT/TU, 9 in the Thái Nguyên directive', () => {
    expect(db.taskCount).toBe(13);
    expect(tn.taskCount).toBe(9);
  });

  it('writes outgoing relations with the citation they resolve to and the citing part', () => {
    expect(db.relations.out.map((r) => r.number)).toEqual(['66-NQ/TW', '178-QĐ/TW', '232-KH/TU']);
    expect(db.relations.out[0]).toEqual({
      type: 'thuc-hien',
      label: 'Thực hiện, cụ thể hóa',
      number: '66-NQ/TW',
      issued: '2025-04-30',
      at: 'https://tinh.gov.vn/phapluat/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/#muc-1',
      provision: null,
      target: {
        kind: 'citation',
        number: '66-NQ/TW',
        issued: '2025-04-30',
        type: 'nghi-quyet',
        issuer: 'Bộ Chính trị',
        title: 'về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới',
      },
    });
    expect(tn.relations.out.map((r) => `${r.type} ${r.number}`)).toEqual([
      'thuc-hien 178-QĐ/TW', 'thuc-hien 66-NQ/TW', 'thuc-hien 09-KL/TW', 'thuc-hien 05-CTr/TU', 'dan-chieu 05/QĐ-BCĐ',
    ]);
    // 232-KH/TU has a citation record without a title: the title stays null.
    expect(db.relations.out[2]!.target).toMatchObject({ kind: 'citation', title: null });
  });

  it('has no incoming relations with the bundled content (neither directive cites the other)', () => {
    expect(db.relations.in).toEqual([]);
    expect(tn.relations.in).toEqual([]);
  });

  it('writes incoming relations, and the document target of outgoing ones, when a document on the portal cites another', () => {
    const dir = makeContent([{ file: 'van-ban/dien-bien/15-kh-tu-2026.md', write: IMPLEMENTING_DOC }]);
    const withPlan = loadContent(dir, ROOT, { PORTAL_AS_OF: TEST_AS_OF }).corpus!;
    const docs = (JSON.parse(documentsToJson(withPlan.documents, SITE)) as { documents: DocumentRecord[] }).documents;
    const directive = docs.find((d) => d.id === 'dien-bien/08-ct-tu-2026')!;
    const plan = docs.find((d) => d.id === 'dien-bien/15-kh-tu-2026')!;
    expect(directive.relations.in).toEqual([{
      type: 'thuc-hien',
      label: 'Được thực hiện, cụ thể hóa bởi',
      from: {
        id: 'dien-bien/15-kh-tu-2026',
        number: '15-KH/TU',
        issued: '2026-03-10',
        title: 'Kế hoạch thực hiện Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh ủy (tài liệu thử nghiệm)',
        url: 'https://tinh.gov.vn/phapluat/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/15-kh-tu/',
      },
      at: 'https://tinh.gov.vn/phapluat/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/15-kh-tu/#muc-1',
      provision: null,
    }]);
    expect(plan.relations.out[0]!.target).toEqual({
      kind: 'document',
      id: 'dien-bien/08-ct-tu-2026',
      number: '08-CT/TU',
      issued: '2026-02-23',
      title: 'Chỉ thị về đổi mới công tác thi hành pháp luật, ban hành cơ chế, chính sách tạo động lực phát triển',
      url: 'https://tinh.gov.vn/phapluat/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/',
    });
  });
});

describe('documentToJson', () => {
  const doc = corpus.documents.find((d) => d.id === 'dien-bien/08-ct-tu-2026')!;
  const one = JSON.parse(documentToJson(doc, SITE)) as DocumentRecord & { markdown: string; html: string; textDeadlines: { url: string; deadline: { due: string } }[] };

  it('is the list entry plus the full text as Markdown and HTML, and the deadlines the text writes', () => {
    const { markdown, html, textDeadlines, ...record } = one;
    expect(record).toEqual(db);
    expect(textDeadlines.map((t) => [t.url.slice(t.url.indexOf('#')), t.deadline.due])).toEqual([['#muc-2', '2026-06-30'], ['#muc-2-1', '2026-04-14']]);
    expect(markdown).toBe(doc.body);
    expect(markdown).toContain('1\\. Tiếp tục quán triệt, triển khai hiệu quả Nghị quyết số 66-NQ/TW');
    expect(html).toContain('id="muc-1"');
    expect(html).toContain('<table>');
  });

  it('leaves out the task statuses and feedback links the page adds (they change with the build date and the configuration)', () => {
    const page = doc.rendered.mainHtml + doc.rendered.annexHtml;
    expect(page).toContain('lp-task-meta');
    expect(page).toContain('lp-part-feedback');
    expect(one.html).not.toContain('lp-task-meta');
    expect(one.html).not.toContain('lp-part-feedback');
    expect(documentHtml(doc)).toBe(one.html);
  });

  it('is the page\'s render with those additions taken out: the same HTML as rendering the Markdown alone, plus the task-row anchors', () => {
    for (const d of corpus.documents) {
      const tree = parseMarkdown(d.body);
      sanitizeTree(tree, d.file, 1);
      const alone = renderBody(tree);
      const expected = alone.annexHtml ? `${alone.mainHtml}\n${alone.annexHtml}` : alone.mainHtml;
      const html = documentHtml(d);
      expect(html).toContain(` id="${d.tasks[0]!.anchor}" data-task-row="${d.tasks[0]!.anchor}"`);
      expect(html.replace(/ id="bang-nv-[^"]+" data-task-row="[^"]+"/g, '')).toBe(expected);
    }
  });
});
