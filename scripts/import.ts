/**
 * `npm run import -- <file> [more files]`: turns a directive received as Word (.docx) or as text
 * pasted from a PDF (.txt, .md) into a draft document in content/van-ban/, with a report of what
 * was detected and what the editor must fill, then checks the content as `npm run check` does.
 * Exit 1 when an input cannot be read or its draft would overwrite a file. Usage: USAGE below.
 */
import { join, relative, resolve, sep } from 'node:path';
import { importContext, importFile } from '../src/lib/import/import-file.ts';
import { formatReport } from '../src/lib/import/report.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { CONTENT_PATHS } from '../src/lib/content/read.ts';
import { commandLine } from '../src/lib/cli.ts';

const USAGE = `
npm run import: chuyển văn bản nhận được dạng Word (.docx) hoặc chữ chép từ PDF (.txt, .md) thành
bản nháp trong content/van-ban/, in những gì đã nhận ra và những gì cần điền, rồi kiểm tra bản
nháp như npm run check. Thoát với mã 1 khi không đọc được một tệp hoặc bản nháp sẽ ghi đè tệp đã có.

Cách dùng: npm run import -- <tệp> [tệp khác…] [tùy chọn]
Tùy chọn:
  --out <tệp>           ghi bản nháp vào tệp này (chỉ khi nhập một tệp): một tệp .md trong content/van-ban/
  --force               ghi đè tệp đã có (viết sau "--", như ví dụ dưới)
  --content <thư mục>   một thư mục nội dung khác (mặc định: PORTAL_CONTENT_DIR nếu có, không thì content)
  -h, --help            in hướng dẫn này

Ví dụ:
  npm run import -- chi-thi-08.docx
  npm run import -- chi-thi-08.txt --out content/van-ban/dien-bien/08-ct-tu-2026.md --force
`;

const projectRoot = process.cwd();
const shown = (p: string) => relative(projectRoot, p).split(sep).join('/');
// npm keeps "--force" written without "--" for itself (npm_config_force=true, as an .npmrc with
// force=true also gives): it is held, not taken, so only a --force the editor wrote overwrites.
const { args: files, flags, values, held, fail } = commandLine({ name: 'import', usage: USAGE, options: { out: 'value', force: 'flag', content: 'value' } });
const force = flags.has('force');
// The same folder as npm run check and npm run build read.
const contentDir = resolve(projectRoot, values.get('content') ?? process.env.PORTAL_CONTENT_DIR ?? 'content');
const documentsDir = join(contentDir, CONTENT_PATHS.documents);
const out = values.has('out') ? resolve(projectRoot, values.get('out')!) : undefined;
if (!files.length) fail('cần ít nhất một tệp: npm run import -- van-ban-nhan-duoc.docx (xem npm run import -- --help)');
if (out && files.length > 1) fail('--out chỉ dùng khi nhập một tệp');
// Anywhere else the build would never read the draft (and the check below would not see it).
if (out && !(out.startsWith(documentsDir + sep) && out.endsWith('.md'))) {
  fail(`--out phải là một tệp .md trong ${shown(documentsDir)}/, nơi văn bản được đọc khi xây dựng (nhận được "${values.get('out')}"); ví dụ: --out ${shown(documentsDir)}/dien-bien/15-kh-tu-2026.md`);
}

const context = importContext(contentDir, projectRoot);
const written: string[] = [];
let failed = 0;
for (const file of files) {
  const outcome = await importFile(resolve(file), { contentDir, projectRoot, out, force, context });
  if (outcome.status === 'unreadable') {
    console.error(`${file}: không nhập được: ${outcome.message}`);
    failed++;
    continue;
  }
  if (outcome.status === 'exists') {
    console.error(`${file}: ${outcome.message}`);
    if (held.has('force')) {
      console.error(`  (npm đã giữ --force cho riêng nó: viết không có "--" đứng trước, hoặc do force=true trong tệp .npmrc. Để ghi đè, viết: npm run import -- ${file} --force)`);
    }
    failed++;
    continue;
  }
  written.push(shown(outcome.file));
  console.log(`${file} → ${shown(outcome.file)}`);
  for (const line of formatReport(outcome.draft.report)) console.log(line);
  console.log('');
}

if (written.length) {
  // The same checks as `npm run check` and the build, on the drafts just written.
  const { errors, warnings } = loadContent(contentDir, projectRoot, process.env);
  const mine = (p: { file: string }) => written.includes(p.file);
  const own = [...errors.filter(mine), ...warnings.filter(mine)];
  console.log(own.length ? 'Kiểm tra bản nháp (như npm run check):' : 'Kiểm tra bản nháp: không có lỗi hay cảnh báo.');
  for (const p of own) console.log(`  ${formatProblem(p)}`);
  const others = errors.filter((p) => !mine(p)).length;
  if (others) console.log(`(Các tệp khác trong ${shown(contentDir) || '.'} có ${others} lỗi; chạy npm run check để xem.)`);
  console.log('\nBước tiếp theo: mở bản nháp, điền các dòng "TODO", đối chiếu với văn bản gốc, rồi chạy "npm run check".');
}
process.exit(failed ? 1 : 0);
