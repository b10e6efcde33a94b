/**
 * `npm run build`: check the content, build the site into a temporary folder, and only then
 * replace dist/. A build that fails for any reason leaves the previous dist/ untouched.
 *
 * Two steps, one after the other, so that their memory is never held at once:
 * - scripts/build-site.ts, a process of its own: the check, Astro, the links, and the search
 *   indexes' pages staged on disk (src/integrations/pagefind.ts);
 * - this process, which loads neither Astro nor the content: Pagefind writes the indexes from
 *   the staged pages, one bundle at a time (src/lib/search/staged-index.ts).
 * At 10,000 documents Astro's process holds about 2.7 GB and a Pagefind process writing half the
 * full text 2.6 GB; done at the same time, as before, the build peaked at 6.4 GB.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLine } from '../src/lib/cli.ts';
import { writeStagedIndexes } from '../src/lib/search/staged-index.ts';

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
const dist = resolve(process.env.PORTAL_DIST ?? 'dist');
const temp = `${dist}.partial`;
const stageDir = `${dist}.search`;
const old = `${dist}.previous`;

const FAILED = '\nXây dựng thất bại. dist/ trước đó được giữ nguyên.';

function discard(): void {
  rmSync(temp, { recursive: true, force: true });
  rmSync(stageDir, { recursive: true, force: true });
}

/** Runs scripts/build-site.ts, printing what it prints; resolves to its exit code (1 when a signal ended it). */
function buildSite(): Promise<number> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./build-site.ts', import.meta.url))], {
    // The channel tells the step when this process is gone (scripts/build-site.ts).
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, LP_OUT_DIR: temp, LP_SEARCH_STAGE_DIR: stageDir },
  });
  // Stopped, the build stops its step too, and leaves dist/ as it was.
  const stop = (signal: NodeJS.Signals) => {
    child.kill(signal);
    discard();
    process.exit(1);
  };
  process.once('SIGINT', stop).once('SIGTERM', stop);
  return new Promise((done) => {
    child.on('error', (error) => {
      console.error(error);
      done(1);
    });
    child.on('close', (code) => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      done(code ?? 1);
    });
  });
}

const code = await buildSite();
if (code !== 0) {
  // build-site.ts has said why.
  discard();
  process.exit(code);
}

const time = () => new Date().toLocaleTimeString('en-GB', { hour12: false });
try {
  await writeStagedIndexes(stageDir, temp, (message) => console.log(`${time()} [legal-portal:pagefind] ${message}`));
} catch (error) {
  discard();
  console.error(error);
  console.error(FAILED);
  process.exit(1);
}
const { warnings } = JSON.parse(readFileSync(join(stageDir, 'warnings.json'), 'utf8')) as { warnings: number };
rmSync(stageDir, { recursive: true, force: true });

// Swap: two renames, so dist/ is never half-written.
rmSync(old, { recursive: true, force: true, maxRetries: 5 });
if (existsSync(dist)) renameSync(dist, old);
renameSync(temp, dist);
console.log(`Đã xây dựng ${dist}`);
// The content's warnings were printed first, before everything Astro printed.
if (warnings) console.warn(`${warnings} cảnh báo về nội dung: xem ở đầu (npm run check in lại các cảnh báo).`);
// The previous site is deleted by a process of its own, which the build does not wait for: at
// 10,000 documents removing its 90,000 files takes about 20 s. (What a build that swaps sooner
// finds left of it, it removes above.)
if (existsSync(old)) {
  const remove = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 5 })';
  spawn(process.execPath, ['-e', remove, old], { detached: true, stdio: 'ignore' }).unref();
}
