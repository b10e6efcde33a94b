/**
 * The paths the editors' commands take as an editor types them: `npm run check` given a file
 * (or a path that does not exist), `npm run new` given a name ending in ".md" or a path into the
 * content folder, and `npm run import --out` given a file the build would never read.
 */
import { describe, it, expect } from 'vitest';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { scaffoldName, SCAFFOLD_KINDS } from '../../src/lib/scaffold/templates.ts';
import { seedPath, SEED_FILE_000 } from '../support/seed-text.ts';
import { SEED_001 } from '../support/content-fixture.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';
import { contentCopy, runScript, shown } from '../support/commands.ts';

const run = (script: string, ...args: string[]) => runScript(script, args, { PORTAL_AS_OF: TEST_AS_OF });

describe('npm run check given a file', { timeout: 60_000 }, () => {
  // Two broken documents next to the bundled ones.
  const content = contentCopy();
  const BROKEN = 'van-ban/dien-bien/ngay-khong-ton-tai.md';
  copyFileSync(join(ROOT, 'tests/fixtures/broken/ngay-khong-ton-tai.md'), join(content, BROKEN));
  copyFileSync(join(ROOT, 'tests/fixtures/broken/loai-khong-co.md'), join(content, 'van-ban/dien-bien/loai-khong-co.md'));
  const all = loadContent(content, ROOT, { PORTAL_AS_OF: TEST_AS_OF });
  const of = (file: string) => all.problems.filter((p) => p.file === shown(join(content, file)));

  it('checks the content folder the file is in and prints only that file’s problems, with a count of the others', () => {
    const result = run('check', join(content, BROKEN));
    expect(result.status, result.stderr).toBe(1);
    const file = shown(join(content, BROKEN));
    expect(of(BROKEN).map(formatProblem)).toEqual([`${file}:6: issued: ngày "2026-02-30" không tồn tại trong lịch; cần một ngày có thật dạng "YYYY-MM-DD" (tháng 02/2026 có 28 ngày, ngày cuối tháng là "2026-02-28")`]);
    const others = { errors: all.errors.length - 1, warnings: all.warnings.length };
    expect(others.errors).toBeGreaterThan(0);
    expect(result.stdout.split('\n')).toEqual([
      ...of(BROKEN).map(formatProblem),
      '',
      `${file}: 1 lỗi, 0 cảnh báo. Hãy sửa các lỗi trên rồi chạy lại.`,
      `(Các tệp khác trong ${shown(content)}: ${others.errors} lỗi, ${others.warnings} cảnh báo; chạy npm run check -- ${shown(content)} để xem.)`,
      '',
    ]);
  });

  it('exits 0 on a file without errors, though others have some', () => {
    const result = run('check', join(content, SEED_001));
    expect(of(SEED_001)).toEqual([]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`${shown(join(content, SEED_001))}: không có lỗi hay cảnh báo.`);
    expect(result.stdout).toContain(`(Các tệp khác trong ${shown(content)}: ${all.errors.length} lỗi, `);
  });

  it('given a folder inside the content folder, prints the problems under it', () => {
    const folder = shown(join(content, 'van-ban/dien-bien'));
    const under = (p: { file: string }) => p.file.startsWith(`${folder}/`);
    const expected = [...all.errors.filter(under), ...all.warnings.filter(under)].map(formatProblem);
    expect(expected).toHaveLength(2);
    const result = run('check', join(content, 'van-ban/dien-bien'));
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').slice(0, 4)).toEqual([...expected, '', `${folder}: 2 lỗi, 0 cảnh báo. Hãy sửa các lỗi trên rồi chạy lại.`]);
  });

  it('names a path that does not exist', () => {
    const result = run('check', 'content/van-ban/dien-bien/99-ct-tu-2026.md');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('npm run check: không có tệp hay thư mục "content/van-ban/dien-bien/99-ct-tu-2026.md"\n');
  });

  it('names a file the check does not read, and one in no content folder', () => {
    writeFileSync(join(content, 'ghi-chu.txt'), 'ghi chú\n');
    const unread = run('check', join(content, 'ghi-chu.txt'));
    expect(unread.status).toBe(1);
    expect(unread.stderr).toContain(`"${join(content, 'ghi-chu.txt')}" không được kiểm tra: trong ${shown(content)}/ chỉ đọc cau-hinh.yaml, danh-muc.yaml`);
    const outside = run('check', 'package.json');
    expect(outside.status).toBe(1);
    expect(outside.stderr).toBe('npm run check: "package.json" không nằm trong thư mục nội dung nào (không thấy cau-hinh.yaml ở các thư mục chứa nó); ví dụ: npm run check -- content\n');
  });
});

describe('npm run new given a name ending in .md', { timeout: 60_000 }, () => {
  it('drops ".md" and the kind’s folder from the name', () => {
    expect(scaffoldName('van-ban', 'dien-bien/15-kh-tu-2026.md')).toBe('dien-bien/15-kh-tu-2026');
    expect(scaffoldName('van-ban', 'van-ban/dien-bien/15-kh-tu-2026.md')).toBe('dien-bien/15-kh-tu-2026');
    expect(scaffoldName('ngay-doc', '2027-05.MD')).toBe('2027-05');
    expect(scaffoldName('hoi-dap', 'hoi-dap\\ngay-doc-la-gi.md')).toBe('ngay-doc-la-gi');
    expect(scaffoldName('infographic', 'cac-moc')).toBe('cac-moc');
  });

  const NAMES: Record<(typeof SCAFFOLD_KINDS)[number], string> = { 'van-ban': 'dien-bien/15-kh-tu-2026', 'ngay-doc': '2027-05', 'hoi-dap': 'ngay-doc-la-gi', infographic: 'cac-moc-thoi-han' };
  for (const kind of SCAFFOLD_KINDS) {
    it(`${kind}: writes <name>.md, not <name>.md.md`, () => {
      const content = contentCopy();
      const result = run('new', '--content', content, kind, `${NAMES[kind]}.md`);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain(`Đã tạo ${shown(join(content, kind, `${NAMES[kind]}.md`))}\n`);
      expect(existsSync(join(content, kind, `${NAMES[kind]}.md`))).toBe(true);
    });
  }

  it('takes a path into the content folder as the same name', () => {
    const content = contentCopy();
    const result = run('new', '--content', content, 'van-ban', join(content, 'van-ban/dien-bien/15-kh-tu-2026.md'));
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(join(content, 'van-ban/dien-bien')).sort()).toEqual(['08-ct-tu-2026.md', '15-kh-tu-2026.md']);
  });
});

describe('npm run import --out', { timeout: 60_000 }, () => {
  it('refuses a file outside the content folder’s van-ban/, naming that folder', () => {
    const content = contentCopy();
    for (const out of [join(content, '../elsewhere.md'), join(content, 'hoi-dap/chi-thi.md'), join(content, 'van-ban/thai-nguyen/chi-thi.txt')]) {
      const result = run('import', '--content', content, seedPath(SEED_FILE_000), '--out', out);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(`npm run import: --out phải là một tệp .md trong ${shown(content)}/van-ban/, nơi văn bản được đọc khi xây dựng (nhận được "${out}"); ví dụ: --out ${shown(content)}/van-ban/dien-bien/15-kh-tu-2026.md\n`);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('writes a file in van-ban/', () => {
    const content = contentCopy();
    const out = join(content, 'van-ban/thai-nguyen/chi-thi.md');
    const result = run('import', '--content', content, seedPath(SEED_FILE_000), '--out', out);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
