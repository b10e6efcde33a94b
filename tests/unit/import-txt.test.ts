/**
 * `npm run import` on the two seed directives as received (text pasted from a PDF): the draft
 * loads without errors, has the number and date the text states (and null where it states
 * none), the 13 appendix rows as tasks, and every sentence of the source on the page.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { importIntoContent, documentText } from '../support/import-fixture.ts';
import { seedPath, seedSentences, missingSentences, SEED_FILE_000, SEED_FILE_001 } from '../support/seed-text.ts';
import { makeContent, reported, SEED_001 } from '../support/content-fixture.ts';
import { tempDir } from '../support/temp-dirs.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { importFile } from '../../src/lib/import/import-file.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';

describe('importing seed 001 (Chỉ thị 08-CT/TU, Điện Biên) from text', async () => {
  const { outcome, load, doc, contentDir } = await importIntoContent(seedPath(SEED_FILE_001), { replace: SEED_001 });

  it('writes the draft where the document belongs and loads without errors', () => {
    expect(outcome.status).toBe('written');
    expect(outcome.status === 'written' && outcome.file).toBe(join(contentDir, 'van-ban/dien-bien/08-ct-tu-2026.md'));
    expect(load.errors.map(formatProblem)).toEqual([]);
    expect(doc).not.toBeNull();
  });

  it('detects the number and date from the appendix caption, and the type, title, issuer and signer', () => {
    expect(doc!.data).toMatchObject({
      number: '08-CT/TU',
      issued: '2026-02-23',
      type: 'chi-thi',
      title: 'về đổi mới công tác thi hành pháp luật, ban hành cơ chế, chính sách tạo động lực phát triển',
      issuer: 'ban-thuong-vu-tinh-uy-dien-bien',
      signer: { onBehalfOf: 'T/M Ban Thường vụ', title: 'Bí thư', name: 'Trần Tiến Dũng' },
      copyCode: null,
    });
    expect(doc!.data.recipients).toHaveLength(12);
    expect(doc!.data.recipients[0]).toBe('Văn phòng Trung ương Đảng (để b/c),');
  });

  it('lists the documents it cites, with their dates and the part that cites them', () => {
    expect(doc!.data.relations).toEqual([
      { type: 'dan-chieu', number: '66-NQ/TW', issued: '2025-04-30', at: 'muc-1' },
      { type: 'dan-chieu', number: '178-QĐ/TW', issued: '2024-06-27', at: 'muc-1' },
      { type: 'dan-chieu', number: '232-KH/TU', issued: '2025-06-16', at: 'muc-1' },
    ]);
  });

  it('merges the four printed pages of the appendix into one task table with the 13 rows', () => {
    expect(doc!.tasks.map((t) => t.ref)).toEqual([...Array.from({ length: 12 }, (_, i) => `${i + 1}.`), '13']);
    const body = readFileSync(join(contentDir, 'van-ban/dien-bien/08-ct-tu-2026.md'), 'utf8');
    expect(body.match(/^\| STT \|/gm)).toHaveLength(1);
    expect(body).toContain('| STT | Nội dung/hoạt động cụ thể | Cấp ủy theo dõi chỉ đạo | Cấp ủy/Cơ quan chịu trách nhiệm: Chủ trì tham mưu thực hiện | Cấp ủy/Cơ quan chịu trách nhiệm: Phối hợp thực hiện | Sản phẩm/Kết quả | Thời gian hoàn thành |');
    expect(doc!.tasks.find((t) => t.ref === '2.')).toMatchObject({ product: 'Kế hoạch', deadline: { text: 'Quý II/2026' } });
  });

  it('gives glued names of known bodies one line each, and a dash list one line per body', () => {
    const task = (ref: string) => doc!.tasks.find((t) => t.ref === ref)!;
    expect(task('3.').overseers.map((a) => a.orgId)).toEqual(['dang-uy-hdnd-tinh-dien-bien', 'dang-uy-ubnd-tinh-dien-bien']);
    expect(task('13').leads.map((a) => a.orgId)).toEqual(['dang-uy-ubnd-tinh-dien-bien', 'ban-noi-chinh-tinh-uy-dien-bien']);
    expect(task('11.').overseers.map((a) => a.orgId)).toEqual(['dang-uy-hdnd-tinh-dien-bien', 'dang-uy-ubnd-tinh-dien-bien', 'dang-uy-mttq-tinh-dien-bien']);
  });

  it('writes numbered parts as the content does, and joins the paragraphs cut by page breaks', () => {
    const body = readFileSync(join(contentDir, 'van-ban/dien-bien/08-ct-tu-2026.md'), 'utf8');
    expect(body).toMatch(/^1\\\. Tiếp tục quán triệt, triển khai hiệu quả/m);
    expect(body).toMatch(/^2\.1\. Ban hành các quy định/m);
    expect(body).toContain('Đổi mới tư duy, coi pháp luật là công cụ phục vụ phát triển');
    expect(body).toContain('gắn trách nhiệm người đứng đầu khi ban hành cơ chế, chính sách kém khả thi');
    for (const id of ['muc-1', 'muc-2-1', 'muc-4-3', 'muc-6-6', 'phu-luc']) expect(doc!.rendered.anchors).toContain(id);
  });

  it('puts every sentence and table cell of the source on the page', () => {
    const sentences = seedSentences(SEED_FILE_001);
    expect(sentences.length).toBeGreaterThan(150);
    expect(missingSentences(sentences, documentText(doc!))).toEqual([]);
  });
});

describe('importing seed 000 (Thái Nguyên, no number, no date) from text', async () => {
  const { outcome, load, doc } = await importIntoContent(seedPath(SEED_FILE_000));

  it('loads without errors, with number and date null as in the text', () => {
    expect(outcome.status).toBe('written');
    expect(load.errors.map(formatProblem)).toEqual([]);
    expect(doc!.data.number).toBeNull();
    expect(doc!.data.issued).toBeNull();
    expect(doc!.url).toMatch(/^\/van-ban\/ban-thuong-vu-tinh-uy-thai-nguyen\/khong-ghi-ngay\//);
  });

  it('finds the issuer from the header and the province, leaving out the body that ended before the documents it cites', () => {
    expect(doc!.data.issuer).toBe('ban-thuong-vu-tinh-uy-thai-nguyen');
    const report = outcome.status === 'written' ? outcome.draft.report : null;
    expect(report!.detected.find((d) => d.field === 'issuer')!.from).toContain('ban-thuong-vu-tinh-uy-thai-nguyen-truoc-hop-nhat không còn tồn tại');
    expect(report!.missing.map((m) => m.message)).toContain('không tìm thấy ngày ban hành trong văn bản; để null');
    // The trích yếu it found is not also listed as missing.
    expect(report!.detected.map((d) => d.field)).toContain('title');
    expect(report!.missing.map((m) => m.field)).not.toContain('title');
  });

  it('keeps the signature, recipients with their emphasis, and the typist code', () => {
    expect(doc!.data.signer).toEqual({ onBehalfOf: 'T/M Ban Thường vụ', title: 'Phó Bí thư Thường trực', name: 'Nguyễn Đăng Bình' });
    expect(doc!.data.recipients[0]).toBe('Ban Bí thư Trung ương Đảng (*báo cáo*);');
    expect(doc!.data.copyCode).toBe('NguyenHungCuong-222');
  });

  it('makes the footnote a GFM footnote citing four documents, and keeps the emphasis that carries deadlines', () => {
    const html = doc!.rendered.mainHtml;
    expect(html).toMatch(/<sup><a href="#user-content-fn-1"/);
    expect(html.match(/<em><strong>xong trước ngày 15\/8\/2026<\/strong><\/em>|<strong><em>xong trước ngày 15\/8\/2026<\/em><\/strong>/g)).toHaveLength(2);
    expect(html).toMatch(/<strong>trước ngày 16<\/strong>/);
    expect(doc!.data.relations.map((r) => [r.number, r.issued, r.at])).toEqual([
      ['178-QĐ/TW', '2024-06-27', 'muc-1'],
      ['66-NQ/TW', '2025-04-30', 'muc-1'],
      ['09-KL/TW', '2026-03-10', 'muc-1'],
      ['05-CTr/TU', '2025-10-27', 'muc-1'],
      ['05/QĐ-BCĐ', '2026-04-10', 'nhiem-vu-3'],
    ]);
  });

  it('puts every sentence of the source on the page', () => {
    const sentences = seedSentences(SEED_FILE_000);
    expect(sentences.length).toBeGreaterThan(80);
    expect(missingSentences(sentences, documentText(doc!))).toEqual([]);
  });
});

describe('what the importer refuses', () => {
  it('never overwrites an existing file (the bundled 08-CT/TU) unless asked', async () => {
    const contentDir = makeContent();
    const before = readFileSync(join(contentDir, SEED_001), 'utf8');
    const outcome = await importFile(seedPath(SEED_FILE_001), { contentDir, projectRoot: ROOT });
    expect(outcome.status).toBe('exists');
    expect(outcome.status === 'exists' && outcome.message).toMatch(/^đã có tệp .*van-ban\/dien-bien\/08-ct-tu-2026\.md; không ghi đè/);
    expect(readFileSync(join(contentDir, SEED_001), 'utf8')).toBe(before);
  });

  it('writes elsewhere with --out, and then the check reports the duplicate document', async () => {
    const contentDir = makeContent();
    const out = join(contentDir, 'van-ban/dien-bien/ban-nhap.md');
    const outcome = await importFile(seedPath(SEED_FILE_001), { contentDir, projectRoot: ROOT, out });
    expect(outcome.status).toBe('written');
    expect(outcome.status === 'written' && outcome.draft.report.warnings.some((w) => w.startsWith('trùng văn bản đã có'))).toBe(true);
    const errors = loadContent(contentDir, ROOT, { PORTAL_AS_OF: TEST_AS_OF }).errors.map(formatProblem);
    expect(errors).toEqual([`${reported(contentDir, 'van-ban/dien-bien/ban-nhap.md')}:4: number: trùng văn bản với ${reported(contentDir, SEED_001)} (cùng cơ quan ban hành, số 08-CT/TU và ngày 2026-02-23); mỗi văn bản chỉ được có một tệp`]);
  });

  it('leaves an issuer it cannot determine as a value the check rejects, and says why', async () => {
    const dir = tempDir('import');
    const input = join(dir, 'khong-ro-tinh.txt');
    // The seed text with the one sentence naming the province removed.
    writeFileSync(input, readFileSync(seedPath(SEED_FILE_001), 'utf8').replace(' trên địa bàn tỉnh Điện Biên', ''));
    const { outcome, load, contentDir } = await importIntoContent(input, { replace: SEED_001 });
    expect(outcome.status).toBe('written');
    const report = outcome.status === 'written' ? outcome.draft.report : null;
    expect(report!.missing.find((m) => m.field === 'issuer')!.message).toContain('văn bản không nêu tên tỉnh nào có trong content/co-quan/');
    const file = 'van-ban/chua-xac-dinh-tinh/08-ct-tu-2026.md';
    // The check says the issuer was left to fill, not that a file can-dien-co-quan-ban-hanh.yaml is missing.
    const line = load.errors.map(formatProblem).find((l) => l.startsWith(`${reported(contentDir, file)}:7: issuer: `));
    expect(line).toContain('chưa điền cơ quan ban hành: "can-dien-co-quan-ban-hanh" là chỗ trống "npm run import" để lại');
    expect(line).not.toContain('can-dien-co-quan-ban-hanh.yaml');
  });

  it('leaves a date that is not on the calendar as a placeholder the check refuses, not as "not stated"', async () => {
    const dir = tempDir('import');
    const input = join(dir, 'ngay-sai.txt');
    writeFileSync(input, readFileSync(seedPath(SEED_FILE_001), 'utf8').replace('Chỉ thị số 08-CT/TU, ngày 23/02/2026', 'Chỉ thị số 08-CT/TU, ngày 30/02/2026'));
    const { outcome, load, contentDir } = await importIntoContent(input, { replace: SEED_001 });
    expect(outcome.status).toBe('written');
    if (outcome.status !== 'written') return;
    const from = 'chú thích phụ lục "(Ban hành kèm theo Chỉ thị số 08-CT/TU, ngày 30/02/2026 của Ban Thường vụ Tỉnh ủy)"';
    expect(outcome.draft.report.missing.filter((m) => m.field === 'issued').map((m) => m.message)).toEqual([
      `ngày ban hành trong ${from} không có trong lịch; để "YYYY-MM-DD" — cần đối chiếu bản gốc rồi điền (npm run check sẽ báo lỗi tới khi điền)`,
    ]);
    const text = readFileSync(outcome.file, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('issued:')) + 1;
    expect(text.split('\n')[line - 1]).toBe(`issued: "YYYY-MM-DD"  # TODO: ngày ban hành trong ${from} không có trong lịch; đối chiếu bản gốc rồi ghi "YYYY-MM-DD"`);
    expect(load.errors.map(formatProblem).filter((e) => e.includes(':issued') || e.includes(': issued:'))).toHaveLength(1);
    expect(load.errors.map(formatProblem).some((e) => e.startsWith(`${reported(contentDir, 'van-ban/dien-bien/08-ct-tu.md')}:${line}: issued:`))).toBe(true);
  });

  const unreadable: [string, string | Buffer, RegExp][] = [
    ['rong.txt', '', /^tệp rỗng$/],
    ['chi-khoang-trang.txt', ' \n\t\n', /^tệp không có nội dung chữ$/],
    ['nhi-phan.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41, 0x42]), /ký tự điều khiển; đây không phải văn bản thuần/],
    ['tcvn3.txt', Buffer.from([0x43, 0xb8, 0x63, 0x20, 0xe3, 0x28]), /không phải văn bản UTF-8/],
    ['hong.docx', 'đây không phải tệp Word', /^không đọc được tệp Word \(\.docx\): tệp hỏng, chưa tải về hết, hoặc không phải tệp \.docx .*; hãy mở bằng Word và lưu lại dạng "Word Document \(\.docx\)" \(chi tiết: /],
    ['cu.doc', 'x', /Word 97-2003/],
    ['anh.pdf', '%PDF-1.4', /chưa hỗ trợ loại tệp "\.pdf"/],
    ['da-la-noi-dung.md', '---\nnumber: null\ntitle: "về …"\n---\n\nNội dung.\n', /đã có khối thuộc tính "---" của Cổng/],
  ];
  for (const [name, content, message] of unreadable) {
    it(`refuses ${name} with a message`, async () => {
      const dir = tempDir('import');
      writeFileSync(join(dir, name), content);
      const outcome = await importFile(join(dir, name), { contentDir: makeContent(), projectRoot: ROOT });
      expect(outcome.status).toBe('unreadable');
      expect(outcome.status === 'unreadable' && outcome.message).toMatch(message);
    });
  }
});

// Each case starts Node, copies the content and checks it: slower than the rest of this file.
describe('npm run import (the command)', { timeout: 60_000 }, () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('imports a seed into a content folder, prints the report and the check, and exits 0', () => {
    const contentDir = makeContent();
    const result = run('--content', contentDir, seedPath(SEED_FILE_000));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('issued: không tìm thấy ngày ban hành trong văn bản; để null');
    expect(result.stdout).toContain('issuer: ban-thuong-vu-tinh-uy-thai-nguyen');
    expect(result.stdout).toContain('Kiểm tra bản nháp: không có lỗi hay cảnh báo.');
    expect(existsSync(join(contentDir, 'van-ban/thai-nguyen/chi-thi-tang-cuong-su-lanh-dao-cua-dang-trong-cong-tac-xay.md'))).toBe(true);
  });

  it('exits 1 on an unreadable input, naming it', () => {
    const dir = tempDir('import');
    writeFileSync(join(dir, 'rong.txt'), '');
    const result = run('--content', makeContent(), join(dir, 'rong.txt'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('rong.txt: không nhập được: tệp rỗng');
  });

  it('exits 1 instead of overwriting, and overwrites with --force', () => {
    const contentDir = makeContent();
    const refused = run('--content', contentDir, seedPath(SEED_FILE_001));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('không ghi đè');
    const forced = run('--content', contentDir, '--force', seedPath(SEED_FILE_001));
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(join(contentDir, SEED_001), 'utf8')).toContain('Bản nháp do "npm run import" tạo từ "001_bd60f4e77233c612.txt"');
  });
});
