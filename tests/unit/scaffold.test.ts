/**
 * `npm run new` templates: every field of the schema is explained, the placeholders are refused
 * by the schema (an unfilled file cannot be published), and the template filled with minimal
 * valid values parses. Also the command itself: where it writes, and that it never overwrites.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { z } from 'zod';
import { scaffoldTemplate, scaffoldPath, SCAFFOLD_KINDS, type ScaffoldKind } from '../../src/lib/scaffold/templates.ts';
import { parseYaml } from '../../src/lib/content/yaml.ts';
import { documentSchema, readingDaySchema, qaSchema, infographicSchema } from '../../src/lib/content/schema.ts';
import { parseInfographicBody } from '../../src/lib/infographic/parse.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { makeContent, reported } from '../support/content-fixture.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';

const IDS = { types: ['chi-thi'], statuses: ['chua-xac-dinh'], fields: ['xay-dung-phap-luat'], relationTypes: ['dan-chieu'] };
const DOC = 'dien-bien/08-ct-tu-2026';

/** The schema of each kind, and the smallest values that fill its placeholders. */
const KINDS: Record<ScaffoldKind, { schema: z.ZodObject; fill: Record<string, unknown> }> = {
  'van-ban': {
    schema: documentSchema,
    fill: { type: 'chi-thi', title: 'về thử nghiệm', issuer: 'ban-thuong-vu-tinh-uy-dien-bien', issued: null, status: 'chua-xac-dinh', summary: 'Tóm tắt.' },
  },
  'ngay-doc': {
    schema: readingDaySchema,
    fill: { date: '2027-01-20', theme: 'Chủ đề', audience: ['co-quan'], readings: [{ document: DOC, anchors: ['muc-4-3'] }], keyPoints: ['Ý chính (mục 4.3).'] },
  },
  'hoi-dap': {
    schema: qaSchema,
    fill: { question: 'Câu hỏi?', asker: 'nguoi-dan', fields: ['xay-dung-phap-luat'], basis: [{ document: DOC, anchor: 'muc-4-3' }], date: '2026-11-23' },
  },
  infographic: {
    schema: infographicSchema,
    fill: { title: 'Tiêu đề', summary: 'Tóm tắt.', sources: [{ document: DOC, anchor: 'muc-2' }], date: '2026-11-23' },
  },
};

function split(text: string): { frontmatter: string; body: string; bodyLine: number } {
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { frontmatter: frontmatter!, body: body!, bodyLine: frontmatter!.split('\n').length + 3 };
}

describe('the templates of npm run new', () => {
  for (const kind of SCAFFOLD_KINDS) {
    const { schema, fill } = KINDS[kind];
    const text = scaffoldTemplate(kind, IDS, '2027-01');
    const { frontmatter, body, bodyLine } = split(text);
    const data = parseYaml(frontmatter, 'mau.md', 2).data as Record<string, unknown>;

    it(`${kind}: explains every field of the schema in a comment`, () => {
      for (const key of Object.keys(schema.shape)) expect(frontmatter, key).toMatch(new RegExp(`^(# )?${key}:.*# \\S`, 'm'));
    });

    it(`${kind}: has placeholders the schema refuses`, () => {
      expect(schema.safeParse(data).success).toBe(false);
    });

    it(`${kind}: parses once the placeholders are filled with minimal values`, () => {
      const result = schema.safeParse({ ...data, ...fill });
      expect(result.error?.issues ?? []).toEqual([]);
    });

    if (kind === 'infographic') {
      it('infographic: has a body the infographic reader accepts', () => {
        expect(parseInfographicBody(body, 'mau.md', bodyLine).problems).toEqual([]);
      });
    }
  }
});

// Each case starts Node and copies the content.
describe('npm run new (the command)', { timeout: 60_000 }, () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/new.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('writes a document template, says what to do next, and the check points at each field to fill', () => {
    const content = makeContent();
    const result = run('--content', content, 'van-ban', 'dien-bien/thu-nghiem');
    expect(result.status, result.stderr).toBe(0);
    const file = reported(content, 'van-ban/dien-bien/thu-nghiem.md');
    expect(result.stdout).toContain(`Đã tạo ${file}`);
    expect(result.stdout).toContain('npm run import -- <tệp>');
    const errors = loadContent(content, ROOT, { PORTAL_AS_OF: TEST_AS_OF }).errors.map(formatProblem);
    expect(errors.filter((e) => e.startsWith(file)).map((e) => e.split(': ')[1])).toEqual(['type', 'title', 'issuer', 'issued', 'status', 'summary']);
  });

  it('refuses a document whose fields are filled but whose signature block and body are not', () => {
    const content = makeContent();
    expect(run('--content', content, 'van-ban', 'dien-bien/thu-nghiem').status).toBe(0);
    const path = join(content, 'van-ban/dien-bien/thu-nghiem.md');
    const fill = (text: string) => text
      .replace(/^type: null/m, 'type: chi-thi')
      .replace(/^title: null/m, 'title: "về thử nghiệm"')
      .replace(/^issuer: null/m, 'issuer: ban-thuong-vu-tinh-uy-dien-bien')
      .replace(/^issued: "YYYY-MM-DD"/m, 'issued: "2026-03-10"')
      .replace(/^status: null/m, 'status: chua-xac-dinh')
      .replace(/^summary: null/m, 'summary: "Tóm tắt."');
    const template = fill(readFileSync(path, 'utf8'));
    writeFileSync(path, template);
    const lines = template.split('\n');
    const lineOf = (re: RegExp) => lines.findIndex((l) => re.test(l)) + 1;
    const file = reported(content, 'van-ban/dien-bien/thu-nghiem.md');
    const problems = () => loadContent(content, ROOT, { PORTAL_AS_OF: TEST_AS_OF }).problems.map(formatProblem).filter((e) => e.startsWith(file));
    expect(problems()).toEqual([
      `${file}:${lineOf(/^ {2}title: null/)}: signer: khối chữ ký chưa điền: cần chức vụ (title) và họ tên (name) người ký như trong văn bản, hoặc "signer: null" nếu văn bản không có chữ ký`,
      `${file}:${lineOf(/^TODO: chép nội dung/)}: nội dung: còn chỗ cần điền của mẫu (dòng bắt đầu bằng "TODO"); cần thay bằng nội dung thật`,
    ]);
    // Filled: a signature block and a body of its own.
    writeFileSync(path, template
      .replace(/^  title: null .*$/m, '  title: "Bí thư"')
      .replace(/^  name: null .*$/m, '  name: "Nguyễn Văn A"')
      .replace(/^TODO: chép nội dung.*$/m, '1\\. Nội dung thử nghiệm.'));
    expect(problems()).toEqual([]);
  });

  it('refuses a Q&A answer left as the template’s placeholder', () => {
    const QA = 'hoi-dap/khong-quan-duoc-thi-cam.md';
    const content = makeContent([{ file: QA, replace: /\n---\n[\s\S]*$/, with: '\n---\n\nTODO: câu trả lời bằng lời thường.\n' }]);
    const line = readFileSync(join(content, QA), 'utf8').split('\n').indexOf('TODO: câu trả lời bằng lời thường.') + 1;
    expect(loadContent(content, ROOT, { PORTAL_AS_OF: TEST_AS_OF }).errors.map(formatProblem)).toEqual([
      `${reported(content, QA)}:${line}: nội dung: còn chỗ cần điền của mẫu (dòng bắt đầu bằng "TODO"); cần thay bằng nội dung thật`,
    ]);
  });

  it('never overwrites, and refuses a name that cannot be a URL', () => {
    const content = makeContent();
    expect(run('--content', content, 'hoi-dap', 'ngay-doc-la-gi').status).toBe(0);
    const again = run('--content', content, 'hoi-dap', 'ngay-doc-la-gi');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('không ghi đè');
    const bad = run('--content', content, 'hoi-dap', 'Ngày đọc');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('chữ thường không dấu');
    expect(run('--content', content, 'bai-viet').stderr).toContain('cần loại nội dung: van-ban, ngay-doc, hoi-dap, infographic');
  });

  it('names a reading-day issue after the next month by default', () => {
    expect(scaffoldPath('ngay-doc', undefined, '2026-12-05')).toBe('ngay-doc/2027-01.md');
    const content = makeContent();
    expect(run('--content', content, 'ngay-doc', '2027-05').status).toBe(0);
    expect(readFileSync(join(content, 'ngay-doc/2027-05.md'), 'utf8')).toContain('month: "2027-05"');
    expect(existsSync(join(content, 'ngay-doc/2027-05.md'))).toBe(true);
  });
});
