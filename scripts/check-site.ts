/**
 * `npm run check:site`: the quality gates on a built site (after `npm run build`). One line per
 * problem, `dist/<file>:<line>: <gate>: <what is wrong>`, then a summary with the figures;
 * exit 1 on any problem. Usage: USAGE below.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ConfigData } from 'html-validate';
import { readSiteSettings } from '../src/integrations/site-settings.ts';
import { runGates } from '../src/lib/quality/gates.ts';
import { formatSiteProblem } from '../src/lib/quality/problem.ts';
import { readServerConfig } from '../src/lib/quality/server-config.ts';
import { compareBuilds, hashSite } from '../src/lib/quality/reproducible.ts';
import { readSiteFiles } from '../src/lib/quality/site-files.ts';
import { kb, median } from '../src/lib/quality/weight.ts';
import { commandLine } from '../src/lib/cli.ts';

const USAGE = `
npm run check:site: các cổng chất lượng trên trang đã xây dựng (sau npm run build): HTML hợp lệ,
liên kết, dung lượng trang, bảo mật, cấu hình máy chủ (deploy/nginx.conf). Mỗi vấn đề một dòng,
rồi bản tóm tắt với các số liệu; thoát với mã 1 khi có vấn đề.

Cách dùng: npm run check:site -- [thư mục] [--compare <thư mục khác>]
  [thư mục]                  trang đã xây dựng (mặc định: dist)
  --compare <thư mục khác>   kiểm tra thêm: hai bản dựng có giống hệt nhau từng byte không
  -h, --help                 in hướng dẫn này
Địa chỉ và đường dẫn gốc của trang được đọc như khi xây dựng (content/cau-hinh.yaml, SITE_URL,
BASE_PATH): kiểm tra bản dựng dưới đường dẫn con với đúng các biến đã dùng khi xây dựng.

Ví dụ:
  npm run check:site
  npm run check:site -- dist --compare dist2
`;

const root = process.cwd();
const { args, values } = commandLine({ name: 'check:site', usage: USAGE, options: { compare: 'value' }, maxArgs: 1 });
const other = values.get('compare');
const dist = resolve(root, args[0] ?? 'dist');
const label = relative(root, dist) || '.';
if (!existsSync(dist)) {
  console.error(`${label}: no built site here (run npm run build first)`);
  process.exit(1);
}

const contentDir = resolve(root, process.env.PORTAL_CONTENT_DIR ?? 'content');
const { site, base } = readSiteSettings(pathToFileURL(resolve(contentDir, 'cau-hinh.yaml')), process.env);
const htmlConfig = ((await import(pathToFileURL(resolve(root, '.htmlvalidate.mjs')).href)) as { default: ConfigData }).default;
const nginx = resolve(root, 'deploy/nginx.conf');
const server = existsSync(nginx) ? readServerConfig(readFileSync(nginx, 'utf8'), '../deploy/nginx.conf') : null;
const headerPolicy = server?.headerPolicy ?? null;
const gzipUris = server?.gzipUris;

const report = await runGates(dist, { at: { origin: site, base }, htmlConfig, headerPolicy, headerSource: 'deploy/nginx.conf', gzipUris });
const problems = [...(server?.problems ?? []), ...report.problems];
if (other) problems.push(...compareBuilds(hashSite(readSiteFiles(dist)), hashSite(readSiteFiles(resolve(root, other)))));
for (const p of problems) console.log(formatSiteProblem(p, label));

const w = report.weights;
const htmlCss = w.map((p) => p.html + p.css);
const heaviest = w.reduce((a, b) => (b.html + b.css > a.html + a.css ? b : a), w[0]!);
const withScript = w.filter((p) => p.script > 0);
const mostScript = withScript.reduce((a, b) => (b.script > a.script ? b : a), withScript[0] ?? w[0]!);
const fonts = new Set(w.flatMap((p) => p.fonts));
console.log(`
Quality gates on ${label}/ (${site}${base}): ${report.pages} pages, ${report.files} files
  html: ${report.pages} pages checked with html-validate (.htmlvalidate.mjs)
  links: ${report.links.internal} internal URLs checked, ${report.links.anchors} of them with an #anchor; ${report.links.external} links to other sites
  weight: HTML + CSS compressed: median ${kb(median(htmlCss))}, max ${kb(heaviest.html + heaviest.css)} (${heaviest.file}); budget ${kb(report.budget.htmlCss)}
          script before interaction: ${withScript.length} pages have any, max ${kb(mostScript?.script ?? 0)}${withScript.length ? ` (${mostScript!.file})` : ''}; budget ${kb(report.budget.script)}
          web fonts: ${fonts.size ? [...fonts].join(', ') : 'none (system fonts)'}
  security: Content-Security-Policy <meta> on ${report.security.pagesWithPolicy}/${report.pages} pages; ${report.security.inlineScripts} inline scripts, ${report.security.inlineStyles} inline styles; ${headerPolicy ? 'server header policy from deploy/nginx.conf checked too' : 'no server header policy to check'}
  server: ${gzipUris ? `deploy/nginx.conf sends ${report.gzipSent} files with Content-Encoding: gzip (${gzipUris.length} patterns)` : server ? 'deploy/nginx.conf not checked (see above)' : 'no deploy/nginx.conf to check'}${other ? `\n  reproducible: compared with ${other}` : ''}
${problems.length ? `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}.` : 'No problems.'}`);
process.exit(problems.length ? 1 : 0);
