/**
 * `npm run check:site`: the quality gates on a built site (after `npm run build`). One line per
 * problem, `dist/<file>:<line>: <gate>: <what is wrong>`, then a summary with the figures;
 * exit 1 on any problem.
 *   npm run check:site                          # dist/
 *   npm run check:site -- other/dist            # another build
 *   npm run check:site -- dist --compare dist2  # also: are two builds byte-identical?
 * The site's address and base path are read as the build reads them (content/cau-hinh.yaml,
 * SITE_URL, BASE_PATH), so check a sub-path build with the same variables it was built with.
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

const root = process.cwd();
const args = process.argv.slice(2);
const compareAt = args.indexOf('--compare');
const other = compareAt >= 0 ? args.splice(compareAt, 2)[1] : undefined;
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
