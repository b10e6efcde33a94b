/**
 * `npm run check`: validates all content without building pages. One line per problem,
 * `file:line: field: what is wrong, what was expected`; exit 1 on any error (warnings do not fail).
 * Given files or subfolders of a content folder, it checks that whole folder (a file is checked
 * against the others: duplicates, references) and prints only their problems. Usage: USAGE below.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { cachedProcessAll } from '../src/lib/content/body-parallel.ts';
import { CONTENT_PATHS } from '../src/lib/content/read.ts';
import { commandLine } from '../src/lib/cli.ts';

const USAGE = `
npm run check: kiểm tra toàn bộ nội dung mà không xây dựng trang. Mỗi vấn đề một dòng
"tệp:dòng: trường: sai gì, cần gì"; thoát với mã 1 khi có lỗi (cảnh báo không tính).

Cách dùng:
  npm run check                      thư mục content/ (hoặc PORTAL_CONTENT_DIR, như npm run build)
  npm run check -- <thư mục>         một thư mục nội dung khác
  npm run check -- <tệp…>            chỉ in vấn đề của các tệp (hay thư mục con) này; vẫn kiểm tra
                                     cả thư mục nội dung chứa chúng (trùng số, tham chiếu)
Tùy chọn:
  -h, --help                         in hướng dẫn này

Ví dụ:
  npm run check
  npm run check -- content/van-ban/dien-bien/08-ct-tu-2026.md
`;

const projectRoot = process.cwd();
const { args, fail } = commandLine({ name: 'check', usage: USAGE });
const shown = (path: string) => relative(projectRoot, path).split(sep).join('/') || '.';
const isContentDir = (dir: string) => existsSync(join(dir, CONTENT_PATHS.config)) || existsSync(join(dir, CONTENT_PATHS.catalog));

const given = args.length ? args : [process.env.PORTAL_CONTENT_DIR ?? 'content'];
const targets = given.map((g) => {
  const path = resolve(projectRoot, g);
  if (!existsSync(path)) fail(`không có tệp hay thư mục "${g}"`);
  const folder = statSync(path).isDirectory();
  // A folder in no content folder is checked as one: the check names the files it lacks.
  const root = folder && isContentDir(path) ? path : (contentDirOf(path) ?? (folder ? path : null));
  if (!root) return fail(`"${g}" không nằm trong thư mục nội dung nào (không thấy ${CONTENT_PATHS.config} ở các thư mục chứa nó); ví dụ: npm run check -- content`);
  return { given: g, path, root, shown: shown(path) };
});
const roots = [...new Set(targets.map((t) => t.root))];
if (roots.length > 1) fail(`các đường dẫn thuộc ${roots.length} thư mục nội dung khác nhau (${roots.map(shown).join(', ')}); kiểm tra từng thư mục một`);
const contentDir = roots[0]!;
const parts = targets.some((t) => t.path === contentDir) ? [] : targets;
const read: string[] = Object.values(CONTENT_PATHS);
for (const t of parts) {
  if (read.includes(relative(contentDir, t.path).split(sep)[0]!)) continue;
  fail(`"${t.given}" không được kiểm tra: trong ${shown(contentDir)}/ chỉ đọc ${read.map((p) => (p.endsWith('.yaml') ? p : `${p}/`)).join(', ')}`);
}

const { corpus, errors, warnings } = loadContent(contentDir, projectRoot, process.env, { processAll: cachedProcessAll(projectRoot) });
if (!parts.length) {
  for (const p of [...errors, ...warnings]) console.log(formatProblem(p));
  if (errors.length) {
    console.log(`\n${errors.length} lỗi, ${warnings.length} cảnh báo. Hãy sửa các lỗi trên rồi chạy lại.`);
    process.exit(1);
  }
  console.log(`Nội dung hợp lệ: ${corpus?.documents.length ?? 0} văn bản, ${corpus?.tasks.length ?? 0} nhiệm vụ, ${warnings.length} cảnh báo.`);
  leftToBuild(corpus?.siteLinks ?? []);
  process.exit(0);
}

const mine = (p: { file: string }) => parts.some((t) => p.file === t.shown || p.file.startsWith(`${t.shown}/`));
const own = { errors: errors.filter(mine), warnings: warnings.filter(mine) };
for (const p of [...own.errors, ...own.warnings]) console.log(formatProblem(p));
const named = parts.map((t) => t.shown).join(', ');
console.log(own.errors.length ? `\n${named}: ${own.errors.length} lỗi, ${own.warnings.length} cảnh báo. Hãy sửa các lỗi trên rồi chạy lại.` : `${named}: không có lỗi${own.warnings.length ? `, ${own.warnings.length} cảnh báo` : ' hay cảnh báo'}.`);
if (!own.errors.length) leftToBuild((corpus?.siteLinks ?? []).filter(mine));
const others = { errors: errors.length - own.errors.length, warnings: warnings.length - own.warnings.length };
console.log(`(Các tệp khác trong ${shown(contentDir)}: ${others.errors} lỗi, ${others.warnings} cảnh báo${others.errors + others.warnings ? `; chạy npm run check -- ${shown(contentDir)} để xem` : ''}.)`);
process.exit(own.errors.length ? 1 : 0);

/** Says how many written links only the build can check (the site's pages the content does not make one by one). */
function leftToBuild(links: readonly { url: string }[]): void {
  if (!links.length) return;
  const shownUrls = [...new Set(links.map((l) => l.url))];
  console.log(`(${links.length} liên kết tới trang do Cổng tạo khi xây dựng sẽ được kiểm tra khi chạy npm run build: ${shownUrls.slice(0, 3).join(', ')}${shownUrls.length > 3 ? ', …' : ''}.)`);
}

/** The content folder `path` is in: the nearest folder above it with cau-hinh.yaml or danh-muc.yaml. */
function contentDirOf(path: string): string | null {
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) if (isContentDir(dir)) return dir;
  return null;
}
