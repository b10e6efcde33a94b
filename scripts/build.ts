/**
 * `npm run build`: check the content, build the site into a temporary folder, and only then
 * replace dist/. A build that fails for any reason leaves the previous dist/ untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { formatProblem } from '../src/lib/content/problems.ts';

const root = process.cwd();
const contentDir = resolve(root, process.env.PORTAL_CONTENT_DIR ?? 'content');
const dist = resolve(root, process.env.PORTAL_DIST ?? 'dist');
const temp = `${dist}.partial`;
const old = `${dist}.previous`;

const { errors, warnings } = loadContent(contentDir, root, process.env);
for (const p of warnings) console.warn(formatProblem(p));
if (errors.length) {
  for (const p of errors) console.error(formatProblem(p));
  console.error(`\nKhông xây dựng: ${errors.length} lỗi trong nội dung. dist/ trước đó được giữ nguyên.`);
  process.exit(1);
}

rmSync(temp, { recursive: true, force: true });
// Run Astro's CLI on this same Node (the pinned one), wherever the script was started from.
const astroBin = resolve(root, 'node_modules/astro/bin/astro.mjs');
const astro = spawnSync(process.execPath, [astroBin, 'build'], {
  stdio: 'inherit',
  env: { ...process.env, LP_OUT_DIR: temp, PORTAL_CONTENT_DIR: contentDir },
});
if (astro.status !== 0) {
  rmSync(temp, { recursive: true, force: true });
  console.error('\nXây dựng thất bại. dist/ trước đó được giữ nguyên.');
  process.exit(astro.status ?? 1);
}

// Swap: two renames, so dist/ is never half-written.
rmSync(old, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, old);
renameSync(temp, dist);
rmSync(old, { recursive: true, force: true });
console.log(`Đã xây dựng ${dist}`);
