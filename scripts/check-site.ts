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
  console.error(`${label}: không có trang đã xây dựng nào ở đây (hãy chạy npm run build trước)`);
  process.exit(1);
}
if (other && !existsSync(resolve(root, other))) {
  console.error(`${other}: không có bản dựng nào ở đây để so sánh (--compare cần thư mục của một bản dựng khác)`);
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
Các cổng chất lượng trên ${label}/ (${site}${base}): ${report.pages} trang, ${report.files} tệp
  html: đã kiểm tra ${report.pages} trang bằng html-validate (.htmlvalidate.mjs)
  links: đã kiểm tra ${report.links.internal} địa chỉ nội bộ, trong đó ${report.links.anchors} địa chỉ trỏ tới một mục (#…); ${report.links.external} liên kết đến trang web khác
  weight: HTML + CSS sau khi nén: trung vị ${kb(median(htmlCss))}, lớn nhất ${kb(heaviest.html + heaviest.css)} (${heaviest.file}); giới hạn ${kb(report.budget.htmlCss)}
          script tải trước khi người đọc tương tác: có ở ${withScript.length} trang, lớn nhất ${kb(mostScript?.script ?? 0)}${withScript.length ? ` (${mostScript!.file})` : ''}; giới hạn ${kb(report.budget.script)}
          phông web: ${fonts.size ? [...fonts].join(', ') : 'không có (dùng phông hệ thống)'}
  security: thẻ <meta> Content-Security-Policy có trên ${report.security.pagesWithPolicy}/${report.pages} trang; ${report.security.inlineScripts} <script> nội tuyến, ${report.security.inlineStyles} <style> nội tuyến; ${headerPolicy ? 'đã kiểm tra cả chính sách header của máy chủ trong deploy/nginx.conf' : 'không có chính sách header của máy chủ để kiểm tra'}
  server: ${gzipUris ? `deploy/nginx.conf gửi ${report.gzipSent} tệp với Content-Encoding: gzip (${gzipUris.length} mẫu)` : server ? 'chưa kiểm tra được deploy/nginx.conf (xem vấn đề ở trên)' : 'không có deploy/nginx.conf để kiểm tra'}${other ? `\n  reproducible: đã so sánh với ${other}` : ''}
${problems.length ? `${problems.length} vấn đề. Hãy sửa các vấn đề trên rồi chạy lại npm run build và npm run check:site.` : 'Không có vấn đề nào.'}`);
process.exit(problems.length ? 1 : 0);
