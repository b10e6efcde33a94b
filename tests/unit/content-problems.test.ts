/**
 * Bad input gets one precise line: file, line, field, what is wrong and what was expected.
 * Each fixture is the real content with exactly one problem introduced.
 */
import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { makeContent, reported, SEED_001, SEED_000, IMPLEMENTING_DOC, type Change } from '../support/content-fixture.ts';
import { ROOT } from '../support/paths.ts';
import { listFiles } from '../../src/lib/content/read.ts';
import { writeFileSync } from 'node:fs';
import { agenciesOf, tasksOf } from '../../src/lib/tasks/register.ts';
import { execFileSync } from 'node:child_process';
import { UNKNOWN_ISSUER, unfilledIssuer } from '../../src/lib/content/placeholders.ts';
import { UNKNOWN_ISSUER as IMPORT_PLACEHOLDER } from '../../src/lib/import/write.ts';

function errorsFor(changes: Change[]): string[] {
  const dir = makeContent(changes);
  return loadContent(dir, ROOT, { PORTAL_AS_OF: '2026-11-23' }).errors.map(formatProblem).map((l) => l.replaceAll(reported(dir, ''), 'content'));
}

describe('the bundled content', () => {
  it('has no errors', () => {
    const { errors, corpus } = loadContent(`${ROOT}content`, ROOT, { PORTAL_AS_OF: '2026-11-23' });
    expect(errors.map(formatProblem)).toEqual([]);
    expect(corpus?.documents).toHaveLength(2);
  });
});

describe('one problem, one precise line', () => {
  // The names make the document's addresses and the ids inside its drawings: a quote in one wrote
  // an onload attribute into /infographic/thoi-han-….svg.
  it('a document file or folder name that cannot be part of an address', () => {
    const doc = IMPLEMENTING_DOC;
    expect(errorsFor([{ file: 'van-ban/dien-bien/x" onload="alert(1)">.md', write: doc }])).toEqual([
      'content/van-ban/dien-bien/x" onload="alert(1)">.md: (tên tệp): tên "x" onload="alert(1)">" trong đường dẫn van-ban/dien-bien/x" onload="alert(1)">.md thành địa chỉ của văn bản (trang, JSON, lịch, hình vẽ); cần chữ thường không dấu, nối bằng "-", ví dụ "dien-bien/08-ct-tu-2026.md"',
    ]);
    expect(errorsFor([{ file: 'van-ban/Điện Biên/15-kh-tu-2026.md', write: doc }])).toEqual([
      'content/van-ban/Điện Biên/15-kh-tu-2026.md: (tên tệp): tên "Điện Biên" trong đường dẫn van-ban/Điện Biên/15-kh-tu-2026.md thành địa chỉ của văn bản (trang, JSON, lịch, hình vẽ); cần chữ thường không dấu, nối bằng "-", ví dụ "dien-bien/08-ct-tu-2026.md"',
    ]);
  });

  it('an impossible date (31/02) written as YYYY-MM-DD', () => {
    expect(errorsFor([{ file: SEED_001, replace: 'issued: "2026-02-23"', with: 'issued: "2026-02-31"' }])).toEqual([
      `content/${SEED_001}:6: issued: ngày "2026-02-31" không tồn tại trong lịch; cần một ngày có thật dạng "YYYY-MM-DD" (tháng 02/2026 có 28 ngày, ngày cuối tháng là "2026-02-28")`,
    ]);
  });

  it('an unquoted impossible date is not silently turned into March', () => {
    expect(errorsFor([{ file: SEED_001, replace: 'issued: "2026-02-23"', with: 'issued: 2026-02-30' }])).toEqual([
      `content/${SEED_001}:6: issued: ngày "2026-02-30" không tồn tại trong lịch; cần một ngày có thật dạng "YYYY-MM-DD" (tháng 02/2026 có 28 ngày, ngày cuối tháng là "2026-02-28")`,
    ]);
  });

  it('a date written dd/mm/yyyy that does not exist', () => {
    expect(errorsFor([{ file: SEED_001, replace: 'issued: "2026-02-23"', with: 'issued: "31/02/2026"' }])).toEqual([
      `content/${SEED_001}:6: issued: "31/02/2026" viết theo kiểu ngày/tháng/năm, và ngày đó không tồn tại trong lịch (tháng 2/2026 có 28 ngày, ngày cuối tháng là 28/2/2026); cần một ngày có thật dạng "YYYY-MM-DD", ví dụ "2026-02-28"`,
    ]);
  });

  it('an unknown document type', () => {
    const [line] = errorsFor([{ file: SEED_001, replace: 'type: chi-thi', with: 'type: chi-thi-moi' }]);
    expect(line).toMatch(new RegExp(`^content/${SEED_001}:3: type: loại văn bản "chi-thi-moi" không có trong content/danh-muc.yaml \\(types\\); các giá trị hợp lệ: .*chi-thi`));
  });

  it('an unknown issuer', () => {
    expect(errorsFor([{ file: SEED_001, replace: 'issuer: ban-thuong-vu-tinh-uy-dien-bien', with: 'issuer: tinh-uy-lai-chau' }])).toEqual([
      `content/${SEED_001}:5: issuer: không có cơ quan ban hành "tinh-uy-lai-chau" trong content/co-quan/ (cần tệp content/co-quan/tinh-uy-lai-chau.yaml)`,
    ]);
  });

  it('a missing required field says to write null when the document states none', () => {
    expect(errorsFor([{ file: SEED_001, replace: 'number: "08-CT/TU"\n', with: '' }])).toEqual([
      `content/${SEED_001}:2: number: thiếu trường bắt buộc; cần số, ký hiệu (chuỗi ký tự) (ghi null nếu văn bản không nêu)`,
    ]);
  });

  it('a month that does not exist', () => {
    expect(errorsFor([{ file: SEED_001, replace: 'issued: "2026-02-23"', with: 'issued: "2026-13-01"' }])).toEqual([
      `content/${SEED_001}:6: issued: ngày "2026-13-01" không tồn tại trong lịch; cần một ngày có thật dạng "YYYY-MM-DD" (tháng từ 01 đến 12)`,
    ]);
  });

  it('a misspelt field name, at the line of the key, with the field it misspells', () => {
    expect(errorsFor([{ file: SEED_001, replace: 'copyCode: null', with: 'copycode: null' }])).toEqual([
      `content/${SEED_001}:41: copycode: trường "copycode" không có trong mô hình dữ liệu (viết sai tên trường?); có phải là "copyCode"?`,
    ]);
  });

  it('a misspelt field inside a group is named by its path, at its own line', () => {
    expect(errorsFor([{ file: SEED_001, replace: 'onBehalfOf: "T/M Ban Thường vụ"\n  title: "Bí thư"', with: 'onBehalfOf: "T/M Ban Thường vụ"\n  title: "Bí thư"\n  chucVu: "Bí thư"' }])).toEqual([
      `content/${SEED_001}:10: signer.chucVu: trường "chucVu" không có trong mô hình dữ liệu (viết sai tên trường?); các trường dùng được ở đây: onBehalfOf, title, name`,
    ]);
    expect(errorsFor([{ file: SEED_001, replace: 'at: "muc-1"\n  - type: thuc-hien\n    number: "178', with: 'at: "muc-1"\n    provison: "Điều 2"\n  - type: thuc-hien\n    number: "178' }])).toEqual([
      `content/${SEED_001}:20: relations[0].provison: trường "provison" không có trong mô hình dữ liệu (viết sai tên trường?); có phải là "provision"?`,
    ]);
  });

  it('frontmatter without its closing "---" is one problem, not YAML errors in the body', () => {
    expect(errorsFor([{ file: SEED_001, replace: /^(---\n[^]*?\n)---\n/, with: '$1\n' }])).toEqual([
      `content/${SEED_001}:1: frontmatter: thiếu dòng "---" đóng khối thuộc tính (mở ở dòng 1); cần một dòng chỉ có "---" ngay sau trường cuối cùng, trước phần nội dung`,
    ]);
  });

  it('a YAML syntax error is said in Vietnamese, at the line where it starts', () => {
    expect(errorsFor([{ file: SEED_001, replace: 'issued: "2026-02-23"', with: 'issued: "2026-02-23' }])).toEqual([
      `content/${SEED_001}:6: YAML: chuỗi mở bằng dấu " ở dòng này chưa được đóng; cần thêm dấu " ở cuối giá trị (dấu " bên trong giá trị viết là \\" hoặc dùng “ ”)`,
    ]);
    expect(errorsFor([{ file: SEED_001, replace: 'effective: null', with: 'effective: null\nstatus: con-hieu-luc' }])).toEqual([
      `content/${SEED_001}:13: YAML: trường "status" được ghi hai lần (lần đầu ở dòng 11); mỗi trường chỉ được ghi một lần: cần gộp hai dòng hoặc xóa một dòng`,
    ]);
  });

  it('a duplicate identity (same issuer, number and date)', () => {
    const errors = errorsFor([{ file: 'van-ban/dien-bien/ban-sao.md', write: readSeed001() }]);
    expect(errors).toEqual([
      `content/van-ban/dien-bien/ban-sao.md:2: number: trùng văn bản với content/${SEED_001} (cùng cơ quan ban hành, số 08-CT/TU và ngày 2026-02-23); mỗi văn bản chỉ được có một tệp`,
    ]);
  });

  it('an expiry before the effective date', () => {
    const [line] = errorsFor([{ file: SEED_001, replace: 'effective: null\nexpires: null', with: 'effective: "2026-03-01"\nexpires: "2026-01-01"' }]);
    expect(line).toBe(`content/${SEED_001}:13: expires: ngày hết hiệu lực (expires) không được trước ngày có hiệu lực (effective)`);
  });

  it('a task table row with too few cells names the file line and row', () => {
    const errors = errorsFor([{ file: SEED_001, replace: '| Kế hoạch | Quý II/2026 |', with: '| Quý II/2026 |' }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^content/${SEED_001}:\\d+: bảng nhiệm vụ, dòng 2: `));
  });

  it('an impossible deadline date in a task table', () => {
    const errors = errorsFor([{ file: SEED_001, replace: 'Hoàn thành trước ngày 31/5/2026', with: 'Hoàn thành trước ngày 31/4/2026' }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^content/${SEED_001}:\\d+: bảng nhiệm vụ, dòng 3\\., cột Thời gian hoàn thành: `));
    expect(errors[0]).toContain(': Ngày 31/4/2026 không có trên lịch; cần một ngày có thật (tháng 4/2026 có 30 ngày, ngày cuối tháng là 30/4/2026).');
  });

  it('an unsafe link and raw HTML in the body', () => {
    const errors = errorsFor([
      { file: SEED_000, replace: 'Chỉ thị này được phổ biến đến chi bộ.', with: 'Chỉ thị này được [phổ biến](javascript:alert(1)) đến chi bộ.\n\n<script>alert(1)</script>' },
    ]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(new RegExp(`^content/${SEED_000}:\\d+: liên kết: địa chỉ liên kết không an toàn "javascript:alert\\(1\\)"; chỉ chấp nhận https:, mailto:, tel: hoặc đường dẫn nội bộ$`));
    expect(errors[1]).toMatch(/nội dung: không được dùng HTML thô \(<script>alert\(1\)<\/script>\)/);
  });

  it('a relation anchor that does not exist in the document', () => {
    const [line] = errorsFor([{ file: SEED_001, replace: 'at: "muc-1"', with: 'at: "muc-9"' }]);
    expect(line).toMatch(new RegExp(`^content/${SEED_001}:19: relations\\[0\\]\\.at: không có mục "#muc-9" trong văn bản`));
  });

  it('an attachment that is not in public/', () => {
    expect(errorsFor([{ file: SEED_001, replace: 'copyCode: null', with: 'copyCode: null\nattachment: "/tep/08-ct-tu.pdf"' }])).toEqual([
      `content/${SEED_001}:42: attachment: không có tệp public/tep/08-ct-tu.pdf; cần đặt tệp gốc vào thư mục public/ hoặc bỏ trường này`,
    ]);
  });

  // GFM prints a call with no note as "[^1]" in the text, and drops a note no text calls.
  it('a footnote call with no note, and a note no text calls', () => {
    expect(errorsFor([{ file: SEED_000, replace: /^\[\^1\]: .*$/m, with: '' }])).toEqual([
      `content/${SEED_000}:59: chú thích: chú thích "[^1]" không có nội dung; cần một dòng "[^1]: …" (nội dung chú thích) ở cuối văn bản, hoặc bỏ dấu chú thích`,
    ]);
    expect(errorsFor([{ file: SEED_000, replace: 'pháp luật[^1]', with: 'pháp luật[^2]' }])).toEqual([
      `content/${SEED_000}:59: chú thích: chú thích "[^2]" không có nội dung; cần một dòng "[^2]: …" (nội dung chú thích) ở cuối văn bản, hoặc bỏ dấu chú thích`,
      `content/${SEED_000}:101: chú thích: chú thích "[^1]: …" không được dẫn ở chỗ nào trong văn bản nên sẽ không hiện; cần đặt "[^1]" sau chữ được chú thích, hoặc bỏ dòng này`,
    ]);
  });

  it('text that is not NFC names the words, and a command that rewrites the file', () => {
    const [line] = errorsFor([{ file: SEED_001, replace: 'Trần Tiến Dũng', with: 'Trần Tiến Dũng'.normalize('NFD') }]);
    expect(line).toBe(
      `content/${SEED_001}:10: mã hóa ký tự: chữ "Trần", "Tiến", "Dũng" ở dòng này gõ dấu tiếng Việt bằng ký tự dấu rời (Unicode NFD), không ở dạng dựng sẵn (NFC); cần lưu lại tệp dạng UTF-8 NFC (dựng sẵn), ví dụ chạy lệnh sau ở thư mục dự án: node -e "const fs=require('fs'),f=process.argv[1];fs.writeFileSync(f,fs.readFileSync(f,'utf8').normalize('NFC'))" "content/${SEED_001}"`,
    );
  });
});

describe('files as editors save them', () => {
  // Notepad and Git on Windows write CRLF: every file read that way must load as it does with LF.
  it('reads Windows line ends (CRLF) in every content file as LF, with the same lines', () => {
    const crlf = makeContent();
    for (const path of listFiles(crlf, /\.(?:md|ya?ml)$/)) writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
    const { errors, warnings, corpus } = loadContent(crlf, ROOT, { PORTAL_AS_OF: '2026-11-23' });
    const bundled = loadContent(`${ROOT}content`, ROOT, { PORTAL_AS_OF: '2026-11-23' });
    expect(errors.map(formatProblem)).toEqual([]);
    expect(warnings.map((w) => [w.line, w.field, w.message])).toEqual(bundled.warnings.map((w) => [w.line, w.field, w.message]));
    expect(corpus!.tasks.map((t) => [t.id, t.deadline.text])).toEqual(bundled.corpus!.tasks.map((t) => [t.id, t.deadline.text]));
  });

  it('names a file in a content folder that the build does not read, and how to make it read', () => {
    const dir = makeContent([
      { file: 'van-ban/dien-bien/15-kh-tu-2026.md.txt', write: IMPLEMENTING_DOC },
      { file: 'hoi-dap/cau-hoi.MD', write: 'x' },
      { file: 'van-ban/Thumbs.db', write: 'x' },
    ]);
    const { warnings } = loadContent(dir, ROOT, { PORTAL_AS_OF: '2026-11-23' });
    const lines = warnings.map(formatProblem).map((l) => l.replaceAll(reported(dir, ''), 'content')).filter((l) => l.includes('(tên tệp)'));
    expect(lines).toEqual([
      'content/hoi-dap/cau-hoi.MD: (tên tệp): cảnh báo: tệp không được đọc: trong content/hoi-dap/ chỉ đọc tệp .md; đổi đuôi thành chữ thường, hoặc chuyển tệp ra khỏi content/',
      'content/van-ban/dien-bien/15-kh-tu-2026.md.txt: (tên tệp): cảnh báo: tệp không được đọc: trong content/van-ban/ chỉ đọc tệp .md; đổi tên thành "15-kh-tu-2026.md", hoặc chuyển tệp ra khỏi content/',
    ]);
  });
});

describe('relations across the corpus', () => {
  it('resolves a relation to a document in the corpus, and shows it on the cited document', () => {
    const dir = makeContent([{ file: 'van-ban/dien-bien/15-kh-tu-2026.md', write: IMPLEMENTING_DOC }]);
    const { corpus, errors } = loadContent(dir, ROOT, { PORTAL_AS_OF: '2026-11-23' });
    expect(errors).toEqual([]);
    const cited = corpus!.documents.find((d) => d.data.number === '08-CT/TU')!;
    expect(cited.relationsIn.map((r) => [r.type.label, r.from.data.number])).toEqual([['Được thực hiện, cụ thể hóa bởi', '15-KH/TU']]);
    const citing = corpus!.documents.find((d) => d.data.number === '15-KH/TU')!;
    expect(citing.relationsOut[0]!.target).toMatchObject({ kind: 'document', doc: { url: cited.url } });
  });

  it('warns (without failing) about a cited number that is nowhere', () => {
    const dir = makeContent([{ file: SEED_001, replace: 'number: "232-KH/TU"', with: 'number: "999-KH/TU"' }]);
    const { errors, warnings } = loadContent(dir, ROOT, { PORTAL_AS_OF: '2026-11-23' });
    expect(errors).toEqual([]);
    expect(warnings.map(formatProblem).some((w) => w.includes('relations[2].number: cảnh báo: văn bản "999-KH/TU" không có trong Cổng'))).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
function readSeed001(): string {
  return readFileSync(`${ROOT}content/${SEED_001}`, 'utf8');
}

describe('progress records (content/tien-do/)', () => {
  const progress = (ref: string) => ({
    file: 'tien-do/08-ct-tu-2026.yaml',
    write: `document: "dien-bien/08-ct-tu-2026"\nrecords:\n  - ref: "${ref}"\n    done: "2026-06-20"\n    report: "https://stp.dienbien.gov.vn/bao-cao/ke-hoach-08"\n`,
  });

  it('marks a reported task done, and leaves a past deadline without a report overdue', () => {
    const { corpus, errors } = loadContent(makeContent([progress('2.')]), ROOT, { PORTAL_AS_OF: '2026-11-23' });
    expect(errors).toEqual([]);
    const tasks = corpus!.documents.find((d) => d.data.number === '08-CT/TU')!.tasks;
    expect(tasks.find((t) => t.ref === '2.')).toMatchObject({ status: 'done', statusLabel: 'Đã hoàn thành ngày 20/06/2026' });
    expect(tasks.find((t) => t.ref === '6.')).toMatchObject({ status: 'overdue', statusLabel: 'Quá hạn – chưa có báo cáo' });
  });

  it('rejects a record for a task the document does not have', () => {
    const dir = makeContent([progress('99.')]);
    const errors = loadContent(dir, ROOT, { PORTAL_AS_OF: '2026-11-23' }).errors.map(formatProblem);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBe(`${reported(dir, 'tien-do/08-ct-tu-2026.yaml')}:3: records[0].ref: không có nhiệm vụ số "99." trong bảng nhiệm vụ của ${reported(dir, SEED_001)}`);
  });
});

describe('agencies in the bundled task tables', () => {
  it('splits cells on <br> after the body is sanitized (names are never glued together)', () => {
    const { corpus } = loadContent(`${ROOT}content`, ROOT, { PORTAL_AS_OF: '2026-11-23' });
    const row = (ref: string) => corpus!.tasks.find((t) => t.document.number === '08-CT/TU' && t.ref === ref)!;
    expect(row('3.').overseers.map((a) => a.name)).toEqual(['Đảng ủy HĐND tỉnh', 'Đảng ủy UBND tỉnh']);
    expect(row('13').leads.map((a) => [a.name, a.orgId])).toEqual([
      ['Đảng ủy UBND tỉnh', 'dang-uy-ubnd-tinh-dien-bien'],
      ['Ban Nội chính Tỉnh ủy', 'ban-noi-chinh-tinh-uy-dien-bien'],
    ]);
    expect(row('11.').overseers.map((a) => a.orgId)).toEqual(['dang-uy-hdnd-tinh-dien-bien', 'dang-uy-ubnd-tinh-dien-bien', 'dang-uy-mttq-tinh-dien-bien']);
  });
});

describe('general names that include a body (includedIn in content/co-quan/)', () => {
  const CAP_XA = 'co-quan/cap-xa-dien-bien.yaml';

  it('warns, at its line, about a general name no task table of the province writes', () => {
    const dir = makeContent([{ file: CAP_XA, replace: '  - "các địa phương"', with: '  - "các địa phương"\n  - "các dịa phuong xã"' }]);
    const { errors, warnings } = loadContent(dir, ROOT, { PORTAL_AS_OF: '2026-11-23' });
    expect(errors).toEqual([]);
    expect(warnings.map(formatProblem).filter((w) => w.includes('includedIn'))).toEqual([
      `${reported(dir, CAP_XA)}:15: includedIn[1]: cảnh báo: không có tên "các dịa phuong xã" trong bảng nhiệm vụ nào của tỉnh Điện Biên; cần ghi tên chung đúng như bảng nhiệm vụ ghi (không phân biệt chữ hoa, chữ thường và dấu), ví dụ "các địa phương"`,
    ]);
  });

  it('matches a name written in the other province’s tables only there', () => {
    // "Các đảng ủy trực thuộc Tỉnh ủy" is Thái Nguyên's wording; Điện Biên's table writes "Các Đảng ủy trực thuộc".
    const dir = makeContent([{ file: CAP_XA, replace: '  - "các địa phương"', with: '  - "các địa phương"\n  - "Các đảng ủy trực thuộc Tỉnh ủy"' }]);
    expect(loadContent(dir, ROOT, { PORTAL_AS_OF: '2026-11-23' }).warnings.map(formatProblem).filter((w) => w.includes('includedIn'))).toHaveLength(1);
  });

  it('refuses the communes’ record as the issuer of a document', () => {
    expect(errorsFor([{ file: SEED_001, replace: 'issuer: ban-thuong-vu-tinh-uy-dien-bien', with: 'issuer: cap-xa-dien-bien' }])).toEqual([
      `content/${SEED_001}:5: issuer: "cap-xa-dien-bien" là bản ghi gộp các xã, phường (kind: cap-xa), không phải một cơ quan ban hành; cần mã tệp của cơ quan đã ký văn bản trong content/co-quan/`,
    ]);
  });

  it('in the bundled content, each province’s communes share every task given to "các địa phương" and the like', () => {
    const { corpus, warnings } = loadContent(`${ROOT}content`, ROOT, { PORTAL_AS_OF: '2026-11-23' });
    expect(warnings.map(formatProblem).filter((w) => w.includes('includedIn'))).toEqual([]);
    const agencies = agenciesOf(corpus!.tasks, corpus!.organizations);
    const refs = (slug: string) => tasksOf(agencies.find((a) => a.slug === slug)!).map((t) => t.ref).sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));
    // 08-CT/TU's appendix: every row but 7 (Sở KH&CN and "các cơ quan liên quan") names "các địa phương",
    // "Các cơ quan, đơn vị, địa phương" (row 8) or "Các Đảng ủy trực thuộc" (rows 1, 13).
    expect(refs('cap-xa-dien-bien')).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '8.', '9.', '10.', '11.', '12.', '13']);
    // Thái Nguyên: the heads of "các cơ quan, đơn vị, tổ chức chính trị - xã hội, địa phương có liên quan" lead (1), (2) and BC1.
    expect(refs('cap-xa-thai-nguyen')).toEqual(expect.arrayContaining(['(1)', '(2)', 'BC1']));
  });
});

describe('a file’s problems come in one round', () => {
  // The body of a document whose attributes were refused was not checked (a frontmatter the schema
  // refuses) or only for unsafe content (an unknown type): its other errors came after the fix.
  const brokenBody = [
    { file: SEED_001, replace: '| 2. | Xây dựng kế hoạch', with: '| 2. | Xem [kế hoạch](ke-hoach.md). Xây dựng kế hoạch' },
    { file: SEED_001, replace: '| Kế hoạch | Quý II/2026 |', with: '| Kế hoạch | 31/02/2026 |' },
  ];
  const fields = (lines: string[]) => lines.map((l) => l.split(': ').slice(0, 2).join(': '));

  for (const [what, attribute] of [
    ['a frontmatter the schema refuses', { file: SEED_001, replace: 'issued: "2026-02-23"', with: 'issued: "2026-02-31"' }],
    ['an unknown type', { file: SEED_001, replace: 'type: chi-thi', with: 'type: chi-thi-moi' }],
  ] as const) {
    it(`${what}, with the body’s errors`, () => {
      expect(fields(errorsFor([attribute, ...brokenBody]))).toEqual([
        `content/${SEED_001}:${attribute.with.startsWith('type') ? 3 : 6}: ${attribute.with.startsWith('type') ? 'type' : 'issued'}`,
        `content/${SEED_001}:110: liên kết`,
        `content/${SEED_001}:110: bảng nhiệm vụ, dòng 2., cột Thời gian hoàn thành`,
      ]);
    });
  }
});

describe('plain messages', () => {
  const problemsOf = (dir: string) => loadContent(dir, ROOT, { PORTAL_AS_OF: '2026-11-23' }).errors;

  it('a document whose issuer is still the import placeholder: the check says it was left to fill', () => {
    const [line] = errorsFor([{ file: SEED_001, replace: 'issuer: ban-thuong-vu-tinh-uy-dien-bien', with: 'issuer: can-dien-co-quan-ban-hanh' }]);
    expect(line).toMatch(new RegExp(`^content/${SEED_001}:5: issuer: chưa điền cơ quan ban hành: "can-dien-co-quan-ban-hanh" là chỗ trống "npm run import" để lại .*ban-thuong-vu-tinh-uy-dien-bien`));
    expect(line).not.toContain('cap-xa-');
  });

  it('an issuer left as the import wrote it says so, with issuer ids of the document’s province first', () => {
    const { corpus } = loadContent(`${ROOT}content`, ROOT, { PORTAL_AS_OF: '2026-11-23' });
    expect(unfilledIssuer('dien-bien/15-kh-tu-2026', corpus!.organizations.values())).toBe(
      'chưa điền cơ quan ban hành: "can-dien-co-quan-ban-hanh" là chỗ trống "npm run import" để lại khi không nhận ra cơ quan; cần mã của cơ quan đã ký văn bản, tức tên tệp trong content/co-quan/ không có đuôi .yaml; ví dụ các cơ quan của tỉnh Điện Biên: ban-noi-chinh-tinh-uy-dien-bien, ban-thuong-vu-tinh-uy-dien-bien, ban-tuyen-giao-va-dan-van-tinh-uy-dien-bien, bao-va-phat-thanh-truyen-hinh-dien-bien, dang-uy-hdnd-tinh-dien-bien, dang-uy-mttq-tinh-dien-bien, dang-uy-ubnd-tinh-dien-bien, so-khoa-hoc-va-cong-nghe-dien-bien (và 10 cơ quan khác trong content/co-quan/)',
    );
    // A draft whose province the import could not tell goes to van-ban/chua-xac-dinh-tinh/: any issuer, never the communes' record.
    const anywhere = unfilledIssuer('chua-xac-dinh-tinh/15-kh-tu-2026', corpus!.organizations.values());
    expect(anywhere).toContain('; ví dụ ban-chi-dao-trung-uong-tong-ra-soat, ');
    expect(anywhere).not.toContain('cap-xa');
    expect(UNKNOWN_ISSUER).toBe(IMPORT_PLACEHOLDER);
  });

  it('an id that is not one gets an example of its own kind, not a type for every field', () => {
    expect(errorsFor([
      { file: SEED_001, replace: 'type: chi-thi', with: 'type: Chỉ thị' },
      { file: SEED_001, replace: 'status: chua-xac-dinh', with: 'status: Chưa xác định' },
      { file: SEED_001, replace: 'fields: [xay-dung-phap-luat,', with: 'fields: [Xây dựng pháp luật,' },
      { file: SEED_001, replace: '  - type: thuc-hien\n    number: "66-NQ/TW"', with: '  - type: Thực hiện\n    number: "66-NQ/TW"' },
    ])).toEqual([
      `content/${SEED_001}:3: type: "Chỉ thị" không phải một mã; cần mã loại văn bản trong content/danh-muc.yaml (types): chữ thường không dấu, nối bằng "-", ví dụ "chi-thi"`,
      `content/${SEED_001}:11: status: "Chưa xác định" không phải một mã; cần mã tình trạng hiệu lực trong content/danh-muc.yaml (statuses): chữ thường không dấu, nối bằng "-", ví dụ "con-hieu-luc"`,
      `content/${SEED_001}:14: fields[0]: "Xây dựng pháp luật" không phải một mã; cần mã lĩnh vực trong content/danh-muc.yaml (fields): chữ thường không dấu, nối bằng "-", ví dụ "thi-hanh-phap-luat"`,
      `content/${SEED_001}:16: relations[0].type: "Thực hiện" không phải một mã; cần mã loại quan hệ trong content/danh-muc.yaml (relationTypes): chữ thường không dấu, nối bằng "-", ví dụ "thuc-hien"`,
    ]);
    expect(errorsFor([{ file: SEED_001, replace: 'issuer: ban-thuong-vu-tinh-uy-dien-bien', with: 'issuer: Ban Thường vụ Tỉnh ủy' }])).toEqual([
      `content/${SEED_001}:5: issuer: "Ban Thường vụ Tỉnh ủy" không phải một mã; cần mã cơ quan (tên tệp trong content/co-quan/, không có đuôi .yaml): chữ thường không dấu, nối bằng "-", ví dụ "ban-thuong-vu-tinh-uy-dien-bien"`,
    ]);
  });

  it('a number or title YAML reads as a number says to quote it, showing the quoted form', () => {
    expect(errorsFor([
      { file: SEED_001, replace: 'number: "08-CT/TU"', with: 'number: 08' },
      { file: SEED_001, replace: /^title: .*$/m, with: 'title: 2026' },
    ])).toEqual([
      `content/${SEED_001}:2: number: cần số, ký hiệu (chuỗi ký tự), nhận được số 8; không có dấu nháy, YAML đọc 08 là một số: cần đặt giá trị trong dấu nháy kép, viết number: "08"`,
      `content/${SEED_001}:4: title: cần trích yếu (chuỗi ký tự), nhận được số 2026; không có dấu nháy, YAML đọc 2026 là một số: cần đặt giá trị trong dấu nháy kép, viết title: "2026"`,
    ]);
    expect(errorsFor([{ file: SEED_001, replace: '  - "Thường trực Tỉnh ủy,"', with: '  - 123' }])).toEqual([
      `content/${SEED_001}:31: recipients[2]: cần một dòng nơi nhận (chuỗi ký tự), nhận được số 123; không có dấu nháy, YAML đọc 123 là một số: cần đặt giá trị trong dấu nháy kép, viết "123"`,
    ]);
  });

  it('says nothing of quotes where quoting would not help', () => {
    expect(errorsFor([{ file: SEED_001, replace: 'issued: "2026-02-23"', with: 'issued: 20260223' }])).toEqual([
      `content/${SEED_001}:6: issued: cần một ngày dạng "YYYY-MM-DD" (trong dấu nháy), ví dụ "2026-02-23", nhận được số 20260223`,
    ]);
  });

  it('the command the not-NFC message gives makes the file NFC', () => {
    const dir = makeContent([{ file: SEED_001, replace: 'Trần Tiến Dũng', with: 'Trần Tiến Dũng'.normalize('NFD') }]);
    const [problem] = problemsOf(dir);
    const [, script, file] = /node -e "(.+)" "(.+)"$/.exec(problem!.message)!;
    execFileSync(process.execPath, ['-e', script!, file!], { cwd: ROOT });
    expect(problemsOf(dir)).toEqual([]);
  });

  it('a date written dd/mm/yyyy gives the date as YYYY-MM-DD', () => {
    expect(errorsFor([{ file: SEED_001, replace: 'issued: "2026-02-23"', with: 'issued: "23/02/2026"' }])).toEqual([
      `content/${SEED_001}:6: issued: "23/02/2026" viết theo kiểu ngày/tháng/năm; cần dạng "YYYY-MM-DD", tức là "2026-02-23"`,
    ]);
    expect(errorsFor([{ file: SEED_001, replace: 'issued: "2026-02-23"', with: 'issued: 3.2.2026' }])).toEqual([
      `content/${SEED_001}:6: issued: "3.2.2026" viết theo kiểu ngày/tháng/năm; cần dạng "YYYY-MM-DD", tức là "2026-02-03"`,
    ]);
  });
});
