/**
 * `npm run import -- <file> [more files]`: turns a directive received as Word (.docx) or as text
 * pasted from a PDF (.txt, .md) into a draft document in content/van-ban/, with a report of what
 * was detected and what the editor must fill, then checks the content as `npm run check` does.
 *   --out <file>       write to this file (one input only)
 *   --force            overwrite an existing file
 *   --content <dir>    another content folder (default: content)
 * Exit 1 when an input cannot be read or its draft would overwrite a file.
 */
import { relative, resolve, sep } from 'node:path';
import { importContext, importFile } from '../src/lib/import/import-file.ts';
import { formatReport } from '../src/lib/import/report.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { formatProblem } from '../src/lib/content/problems.ts';

const projectRoot = process.cwd();
const args = process.argv.slice(2);
const files: string[] = [];
let out: string | undefined;
let force = false;
let contentDir = resolve(projectRoot, 'content');
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--force') force = true;
  else if (a === '--out') out = args[++i];
  else if (a === '--content') contentDir = resolve(projectRoot, args[++i] ?? 'content');
  else if (a.startsWith('--')) fail(`không hiểu tùy chọn "${a}"`);
  else files.push(a);
}
if (!files.length) fail('cần ít nhất một tệp: npm run import -- van-ban-nhan-duoc.docx');
if (out && files.length > 1) fail('--out chỉ dùng khi nhập một tệp');

const shown = (p: string) => relative(projectRoot, p).split(sep).join('/');
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

function fail(message: string): never {
  console.error(`npm run import: ${message}`);
  process.exit(1);
}
