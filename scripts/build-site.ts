/**
 * The first half of `npm run build` (scripts/build.ts), in a process of its own: check the
 * content, build the site with Astro into the temporary folder scripts/build.ts names
 * (LP_OUT_DIR), check its links, and stage the search indexes' pages (LP_SEARCH_STAGE_DIR,
 * src/integrations/pagefind.ts). Exits 1, having said why, when the site is not to be published.
 *
 * Astro runs in this process (its JavaScript API, not its CLI), so the corpus loaded by the
 * check is the one the pages, the collections and the search index use: loaded once per build.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { loadContent } from '../src/lib/content/load.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { shareCorpus } from '../src/data/portal.ts';
import { cachedProcessAll } from '../src/lib/content/body-parallel.ts';
import { exampleAddresses } from '../src/lib/content/example-addresses.ts';
import { checkBuiltLinks } from '../src/lib/content/built-links.ts';

const root = process.cwd();
const contentDir = resolve(root, process.env.PORTAL_CONTENT_DIR ?? 'content');
const temp = process.env.LP_OUT_DIR;
const stageDir = process.env.LP_SEARCH_STAGE_DIR;
if (!temp || !stageDir) {
  console.error('scripts/build-site.ts là một phần của npm run build (scripts/build.ts): hãy chạy npm run build.');
  process.exit(2);
}
// scripts/build.ts keeps a channel open to this process: closed, the build was stopped (even by
// SIGKILL, which it cannot pass on), and this step stops with it.
if (process.channel) {
  process.channel.unref();
  process.on('disconnect', () => process.exit(1));
}

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
// astro.config.mjs and src/data/portal.ts read these (and LP_OUT_DIR) when Astro loads them.
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

// scripts/build.ts says it last, after the search index and the swap.
writeFileSync(join(stageDir, 'warnings.json'), JSON.stringify({ warnings: warnings.length }));
