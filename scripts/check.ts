/**
 * `npm run check`: validates all content without building pages. One line per problem,
 * `file:line: field: what is wrong, what was expected`; exit 1 on any error (warnings do not fail).
 *   npm run check                 # the project's content/ (or PORTAL_CONTENT_DIR, as npm run build)
 *   npm run check -- path/to/dir  # another content folder (e.g. a fixture)
 */
import { resolve } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { cachedProcessAll } from '../src/lib/content/body-parallel.ts';

const projectRoot = process.cwd();
const contentDir = resolve(projectRoot, process.argv[2] ?? process.env.PORTAL_CONTENT_DIR ?? 'content');
const { corpus, errors, warnings } = loadContent(contentDir, projectRoot, process.env, { processAll: cachedProcessAll(projectRoot) });
for (const p of [...errors, ...warnings]) console.log(formatProblem(p));
if (errors.length) {
  console.log(`\n${errors.length} lỗi, ${warnings.length} cảnh báo. Hãy sửa các lỗi trên rồi chạy lại.`);
  process.exit(1);
}
console.log(`Nội dung hợp lệ: ${corpus?.documents.length ?? 0} văn bản, ${corpus?.tasks.length ?? 0} nhiệm vụ, ${warnings.length} cảnh báo.`);
