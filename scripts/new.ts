/**
 * `npm run new -- <loại> [tên]`: writes a new content file with every field explained, and says
 * what to do next. Never overwrites a file.
 *   npm run new -- van-ban dien-bien/15-kh-tu-2026
 *   npm run new -- ngay-doc 2027-01
 *   npm run new -- hoi-dap ngay-doc-van-ban-la-gi
 *   npm run new -- infographic cac-moc-thoi-han
 *   --content <dir>   another content folder (default: content)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { readContent } from '../src/lib/content/read.ts';
import { todayInHoChiMinh } from '../src/lib/dates.ts';
import { badName, nextSteps, scaffoldPath, scaffoldTemplate, SCAFFOLD_KINDS, type ScaffoldKind } from '../src/lib/scaffold/templates.ts';

const projectRoot = process.cwd();
const args = process.argv.slice(2);
let contentDir = resolve(projectRoot, 'content');
const rest: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--content') contentDir = resolve(projectRoot, args[++i] ?? 'content');
  else rest.push(args[i]!);
}
const [kind, name] = rest;
if (!kind || !(SCAFFOLD_KINDS as readonly string[]).includes(kind)) {
  fail(`cần loại nội dung: ${SCAFFOLD_KINDS.join(', ')}; ví dụ: npm run new -- hoi-dap ngay-doc-van-ban-la-gi`);
}
const k = kind as ScaffoldKind;
const problem = name ? badName(k, name) : null;
if (problem) fail(problem);

const path = join(contentDir, ...scaffoldPath(k, name, todayInHoChiMinh()).split('/'));
const shown = relative(projectRoot, path).split(sep).join('/');
if (existsSync(path)) fail(`đã có tệp ${shown}; không ghi đè. Chọn tên khác: npm run new -- ${k} <tên>`);
const catalog = readContent(contentDir, projectRoot).catalog;
const ids = {
  types: catalog?.types.map((t) => t.id) ?? [],
  statuses: catalog?.statuses.map((s) => s.id) ?? [],
  fields: catalog?.fields.map((f) => f.id) ?? [],
  relationTypes: catalog?.relationTypes.map((r) => r.id) ?? [],
};
const month = k === 'ngay-doc' ? path.split(sep).pop()!.replace(/\.md$/, '') : '';
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, scaffoldTemplate(k, ids, month));
console.log(`Đã tạo ${shown}`);
console.log('Bước tiếp theo:');
for (const step of nextSteps(k)) console.log(`  - ${step}`);

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}
