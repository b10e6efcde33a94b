/**
 * `npm run check` on the bundled content plus one broken file per kind of problem
 * (tests/fixtures/broken/): it exits 1 and prints exactly one line per broken file,
 * `file:line: field: what is wrong, what was expected`, warnings as `cảnh báo:` lines.
 */
import { describe, it, expect } from 'vitest';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import { makeContent, reported, SEED_001 } from '../support/content-fixture.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/broken');
const TYPES = (parse(readFileSync(join(ROOT, 'content/danh-muc.yaml'), 'utf8')) as { types: { id: string }[] }).types.map((t) => t.id).join(', ');

/**
 * Where each broken file goes in the content folder, and the one line the check prints for it
 * (after "<file>"). `{content}` stands for the content folder as the check prints it.
 */
const CASES: { fixture: string; to: string; line: string }[] = [
  { fixture: 'ngay-khong-ton-tai.md', to: 'van-ban/dien-bien/ngay-khong-ton-tai.md', line: ':6: issued: ngày "2026-02-30" không tồn tại trong lịch; cần một ngày có thật dạng "YYYY-MM-DD" (tháng 02/2026 có 28 ngày, ngày cuối tháng là "2026-02-28")' },
  { fixture: 'loai-khong-co.md', to: 'van-ban/dien-bien/loai-khong-co.md', line: `:3: type: loại văn bản "ke-hoach-moi" không có trong content/danh-muc.yaml (types); các giá trị hợp lệ: ${TYPES}` },
  { fixture: 'co-quan-khong-co.md', to: 'van-ban/dien-bien/co-quan-khong-co.md', line: ':5: issuer: không có cơ quan ban hành "tinh-uy-lai-chau" trong content/co-quan/ (cần tệp content/co-quan/tinh-uy-lai-chau.yaml)' },
  { fixture: 'sai-ten-truong.md', to: 'van-ban/dien-bien/sai-ten-truong.md', line: ':12: sumary: trường "sumary" không có trong mô hình dữ liệu (viết sai tên trường?); có phải là "summary"?' },
  {
    fixture: 'sai-ten-truong-long.md',
    to: 'van-ban/dien-bien/sai-ten-truong-long.md',
    line: ':13: relations[0].provison: trường "provison" không có trong mô hình dữ liệu (viết sai tên trường?); có phải là "provision"?',
  },
  {
    fixture: 'yaml-thieu-dau-nhay.md',
    to: 'van-ban/dien-bien/yaml-thieu-dau-nhay.md',
    line: ':4: YAML: chuỗi mở bằng dấu " ở dòng này chưa được đóng; cần thêm dấu " ở cuối giá trị (dấu " bên trong giá trị viết là \\" hoặc dùng “ ”)',
  },
  {
    fixture: 'thieu-dong-dong-thuoc-tinh.md',
    to: 'van-ban/dien-bien/thieu-dong-dong-thuoc-tinh.md',
    line: ':1: frontmatter: thiếu dòng "---" đóng khối thuộc tính (mở ở dòng 1); cần một dòng chỉ có "---" ngay sau trường cuối cùng, trước phần nội dung',
  },
  {
    fixture: 'trung-van-ban.md',
    to: 'van-ban/dien-bien/trung-van-ban.md',
    line: `:2: number: trùng văn bản với {content}/${SEED_001} (cùng cơ quan ban hành, số 08-CT/TU và ngày 2026-02-23); mỗi văn bản chỉ được có một tệp`,
  },
  { fixture: 'bang-thieu-cot.md', to: 'van-ban/dien-bien/bang-thieu-cot.md', line: ':18: bảng nhiệm vụ: thiếu cột "Chủ trì", cần các cột STT, Nội dung, Chủ trì, Thời gian hoàn thành' },
  { fixture: 'dong-thieu-o.md', to: 'van-ban/dien-bien/dong-thieu-o.md', line: ':20: bảng nhiệm vụ, dòng 1: có 3 ô, cần 4 ô' },
  {
    fixture: 'thoi-han-khong-doc-duoc.md',
    to: 'van-ban/dien-bien/thoi-han-khong-doc-duoc.md',
    line: ':20: bảng nhiệm vụ, dòng 1., cột Thời gian hoàn thành: cảnh báo: Không đọc được thời hạn. ("Khi có yêu cầu"); thời hạn được ghi là "chưa xác định"',
  },
  {
    fixture: 'lien-ket-khong-an-toan.md',
    to: 'van-ban/dien-bien/lien-ket-khong-an-toan.md',
    line: ':14: liên kết: địa chỉ liên kết không an toàn "javascript:alert(1)"; chỉ chấp nhận https:, mailto:, tel: hoặc đường dẫn nội bộ',
  },
  { fixture: 'html-tho.md', to: 'van-ban/dien-bien/html-tho.md', line: ':16: nội dung: không được dùng HTML thô (<script>alert(1)</script>); chỉ cho phép <br> trong ô bảng — hãy viết bằng Markdown' },
  {
    fixture: 'khong-nfc.md',
    to: 'van-ban/dien-bien/khong-nfc.md',
    line: ':14: mã hóa ký tự: chữ "Triển", "mô", "hình" ở dòng này gõ dấu tiếng Việt bằng ký tự dấu rời (Unicode NFD), không ở dạng dựng sẵn (NFC); cần lưu lại tệp dạng UTF-8 NFC (dựng sẵn), ví dụ chạy lệnh sau ở thư mục dự án: node -e "const fs=require(\'fs\'),f=process.argv[1];fs.writeFileSync(f,fs.readFileSync(f,\'utf8\').normalize(\'NFC\'))" "{content}/van-ban/dien-bien/khong-nfc.md"',
  },
  { fixture: 'neo-quan-he-khong-co.md', to: 'van-ban/dien-bien/neo-quan-he-khong-co.md', line: ':14: relations[0].at: không có mục "#muc-9" trong văn bản; các mục có: muc-1…' },
  {
    fixture: 'van-ban-dan-chieu-khong-co.md',
    to: 'van-ban/dien-bien/van-ban-dan-chieu-khong-co.md',
    line: ':12: relations[0].number: cảnh báo: văn bản "999-KH/TU" không có trong Cổng và chưa có trong content/trich-dan.yaml; trang sẽ chỉ hiện số hiệu',
  },
  {
    fixture: 'lien-ket-trang-khong-co.md',
    to: 'van-ban/dien-bien/lien-ket-trang-khong-co.md',
    line: ':14: liên kết: không có trang văn bản nào ở "/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/80-ct-tu/"; liên kết tới văn bản cần đường dẫn trang của văn bản, ví dụ "/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/"',
  },
  {
    fixture: 'lien-ket-neo-khong-co.md',
    to: 'van-ban/dien-bien/lien-ket-neo-khong-co.md',
    line: ':14: liên kết: không có mục "#muc-4-9" trong văn bản /van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/; các mục có: #muc-1, #muc-2, #muc-2-1, #muc-2-2, #muc-2-3, #muc-2-4, #muc-3, #muc-3-1, #muc-3-2, #muc-3-3, #muc-4, #muc-4-1, …',
  },
  { fixture: 'co-quan-sai-loai.yaml', to: 'co-quan/so-tu-phap-lai-chau.yaml', line: ':3: kind: cần một trong: to-chuc-dang, co-quan-dang, hdnd, ubnd, so-nganh, mat-tran, doan-the, bao-chi, trung-uong, cap-xa' },
  {
    fixture: 'ngay-doc-van-ban-khong-co.md',
    to: 'ngay-doc/2027-03.md',
    line: ':7: readings[0].document: không có văn bản "dien-bien/15-kh-tu-2026" trong content/van-ban/ (cần đường dẫn của tệp dưới content/van-ban/, không kèm ".md", ví dụ "dien-bien/08-ct-tu-2026")',
  },
  { fixture: 'hoi-dap-nguoi-hoi-khong-co.md', to: 'hoi-dap/nguoi-hoi-khong-co.md', line: ':3: asker: cần một trong: nguoi-dan, doanh-nghiep, can-bo-xa, co-quan' },
];

describe('npm run check on content with one broken file per problem', () => {
  const content = makeContent();
  // What the bundled content already reports (warnings only): those lines are not the fixtures'.
  const baseline = loadContent(content, ROOT, { PORTAL_AS_OF: TEST_AS_OF }).problems.map(formatProblem);
  for (const c of CASES) {
    mkdirSync(dirname(join(content, c.to)), { recursive: true });
    copyFileSync(join(FIXTURES, c.fixture), join(content, c.to));
  }
  const result = spawnSync(process.execPath, ['scripts/check.ts', content], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PORTAL_AS_OF: TEST_AS_OF } });
  const lines = result.stdout.split('\n').filter((l) => l !== '' && !/^\d+ lỗi, \d+ cảnh báo\./.test(l));
  const shown = reported(content, '').replace(/\/$/, '');

  it('checks PORTAL_CONTENT_DIR when given no folder, as the build does', () => {
    const fromEnv = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PORTAL_AS_OF: TEST_AS_OF, PORTAL_CONTENT_DIR: content } });
    expect(fromEnv.status).toBe(1);
    expect(fromEnv.stdout).toBe(result.stdout);
  });

  it('uses every fixture file', () => {
    expect(CASES.map((c) => c.fixture).sort()).toEqual(readdirSync(FIXTURES).sort());
  });

  it('exits 1 and prints the totals', () => {
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toContain(`${CASES.filter((c) => !c.line.includes('cảnh báo:')).length} lỗi, `);
  });

  for (const c of CASES) {
    it(`prints one precise line for ${c.fixture}`, () => {
      const file = reported(content, c.to);
      expect(lines.filter((l) => l.startsWith(`${file}:`))).toEqual([`${file}${c.line.replaceAll('{content}', shown)}`]);
    });
  }

  it('prints nothing else than the lines the bundled content already has', () => {
    const mine = new Set(CASES.map((c) => reported(content, c.to)));
    expect(lines.filter((l) => !mine.has(l.slice(0, l.indexOf(':'))))).toEqual(baseline);
  });
});
