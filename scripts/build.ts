/**
 * `npm run build`: check the content, build the site into a temporary folder, and only then
 * replace dist/. A build that fails for any reason leaves the previous dist/ untouched.
 *
 * Astro runs in this process (its JavaScript API, not its CLI), so the corpus loaded by the
 * check is the one the pages, the collections and the search index use: loaded once per build.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { loadContent } from '../src/lib/content/load.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { shareCorpus } from '../src/data/portal.ts';
import { cachedProcessAll } from '../src/lib/content/body-parallel.ts';
import { exampleAddresses } from '../src/lib/content/example-addresses.ts';
import { commandLine } from '../src/lib/cli.ts';
import { checkBuiltLinks } from '../src/lib/content/built-links.ts';

const USAGE = `
npm run build: kiểm tra nội dung, xây dựng trang vào một thư mục tạm, và chỉ khi thành công mới
thay dist/. Bản dựng lỗi vì bất cứ lý do gì để nguyên dist/ trước đó.

Cách dùng: npm run build   (không nhận tham số; cấu hình bằng biến môi trường)
  PORTAL_CONTENT_DIR=<thư mục>   một thư mục nội dung khác (mặc định: content)
  PORTAL_DIST=<thư mục>          ghi trang vào nơi khác (mặc định: dist)
  SITE_URL, BASE_PATH            địa chỉ và đường dẫn gốc của trang (thay cho siteUrl trong cau-hinh.yaml)
  PORTAL_AS_OF=YYYY-MM-DD        ngày tính trạng thái nhiệm vụ (thay cho asOf trong cau-hinh.yaml)
  PORTAL_CACHE_DIR=<thư mục>     nơi giữ bộ nhớ đệm (mặc định: node_modules/.cache/legal-portal)
  PORTAL_LOG_PAGES=1             in từng trang và tệp Astro ghi, với thời gian (mặc định: chỉ in số
                                 tệp đã ghi, 30 giây một lần)
Tùy chọn:
  -h, --help                     in hướng dẫn này

Ví dụ:
  npm run build
  SITE_URL=https://tinh.gov.vn BASE_PATH=/phapluat/ npm run build
`;

commandLine({ name: 'build', usage: USAGE, maxArgs: 0 });
const root = process.cwd();
const contentDir = resolve(root, process.env.PORTAL_CONTENT_DIR ?? 'content');
const dist = resolve(root, process.env.PORTAL_DIST ?? 'dist');
const temp = `${dist}.partial`;
const old = `${dist}.previous`;

// The bodies are parsed and rendered on every core, those unchanged since the last build or check
// taken from the cache: that is the largest part of the check.
const { corpus, errors, warnings } = loadContent(contentDir, root, process.env, { processAll: cachedProcessAll(root) });
for (const p of warnings) console.warn(formatProblem(p));
if (errors.length || !corpus) {
  for (const p of errors) console.error(formatProblem(p));
  console.error(`\nKhông xây dựng: ${errors.length} lỗi trong nội dung. dist/ trước đó được giữ nguyên.`);
  process.exit(1);
}

// Publishing the bundled example configuration unchanged would send people's reports nowhere.
const examples = exampleAddresses(corpus.config, process.env.SITE_URL || corpus.config.siteUrl);
if (examples.length) {
  console.warn(`Lưu ý: ${resolve(contentDir, 'cau-hinh.yaml')} còn địa chỉ ví dụ (tên miền example), cần thay bằng địa chỉ thật của tỉnh trước khi công bố: ${examples.map((e) => `${e.field} "${e.address}"`).join('; ')}`);
}

rmSync(temp, { recursive: true, force: true });
// astro.config.mjs and src/data/portal.ts read these when Astro loads them.
process.env.LP_OUT_DIR = temp;
process.env.PORTAL_CONTENT_DIR = contentDir;
process.env.PORTAL_ROOT = root;
// Astro's import.meta.env.BASE_URL and SITE take a value from the environment when one is set there
// (vitest sets BASE_URL=/ for its own import.meta.env), which would drop BASE_PATH from every href().
// Where the site lives comes from SITE_URL and BASE_PATH only.
delete process.env.BASE_URL;
delete process.env.SITE;
shareCorpus(contentDir, corpus);
// Astro prints a line per file written (53,000 at 10,000 documents); scripts/build-logger.ts
// prints a count of them instead, unless PORTAL_LOG_PAGES=1.
const logger = {
  entrypoint: fileURLToPath(new URL('./build-logger.ts', import.meta.url)),
  config: { pages: process.env.PORTAL_LOG_PAGES === '1' ? 'each' : 'count' },
};
try {
  await build({ root, logger });
} catch (error) {
  rmSync(temp, { recursive: true, force: true });
  console.error(error);
  console.error('\nXây dựng thất bại. dist/ trước đó được giữ nguyên.');
  process.exit(1);
}

// Links in the content to pages the register and the lists make, or to the portal's own pages,
// lead somewhere only if the site just built has them.
const broken = checkBuiltLinks(temp, corpus.siteLinks);
if (broken.length) {
  rmSync(temp, { recursive: true, force: true });
  for (const p of broken) console.error(formatProblem(p));
  console.error(`\nKhông xuất bản: ${broken.length} liên kết trong nội dung không dẫn tới trang nào của trang vừa xây dựng. dist/ trước đó được giữ nguyên.`);
  process.exit(1);
}

// Swap: two renames, so dist/ is never half-written.
rmSync(old, { recursive: true, force: true, maxRetries: 5 });
if (existsSync(dist)) renameSync(dist, old);
renameSync(temp, dist);
console.log(`Đã xây dựng ${dist}`);
// The content's warnings were printed first, before everything Astro printed.
if (warnings.length) console.warn(`${warnings.length} cảnh báo về nội dung: xem ở đầu (npm run check in lại các cảnh báo).`);
// The previous site is deleted by a process of its own, which the build does not wait for: at
// 10,000 documents removing its 90,000 files takes about 20 s. (What a build that swaps sooner
// finds left of it, it removes above.)
if (existsSync(old)) {
  const remove = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 5 })';
  spawn(process.execPath, ['-e', remove, old], { detached: true, stdio: 'ignore' }).unref();
}
