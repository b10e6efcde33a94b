/**
 * The quality gates of `npm run check:site` (src/lib/quality/): the bundled site passes all of
 * them, and each gate fails on a copy of that site broken in one way, naming exactly that problem.
 */
import { describe, it, expect, inject, beforeAll, afterAll } from 'vitest';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import type { ConfigData } from 'html-validate';
import { OUTPUT, ROOT, SITE_LOG } from '../support/paths.ts';
import { readSiteSettings } from '../../src/integrations/site-settings.ts';
import { headerPolicy } from '../../src/integrations/csp.ts';
import { runGates } from '../../src/lib/quality/gates.ts';
import { validateHtml } from '../../src/lib/quality/html-validate.ts';
import { checkLinks } from '../../src/lib/quality/links.ts';
import { measureWeights } from '../../src/lib/quality/weight.ts';
import { checkSecurity } from '../../src/lib/quality/security.ts';
import { compareBuilds, hashSite } from '../../src/lib/quality/reproducible.ts';
import { cspFromNginxConf } from '../../src/lib/quality/csp-policy.ts';
import { checkContentEncoding, gzipUrisFromNginxConf, isGzip } from '../../src/lib/quality/content-encoding.ts';
import { formatSiteProblem, type SiteProblem } from '../../src/lib/quality/problem.ts';
import { readSiteFiles } from '../../src/lib/quality/site-files.ts';

const siteDir = inject('siteDir');
const { site, base } = readSiteSettings(pathToFileURL(join(ROOT, 'content/cau-hinh.yaml')), process.env);
const at = { origin: site, base };
const DOC = 'van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/index.html';
const nginx = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
let htmlConfig: ConfigData;

beforeAll(async () => {
  htmlConfig = ((await import(pathToFileURL(join(ROOT, '.htmlvalidate.mjs')).href)) as { default: ConfigData }).default;
});

const copies: string[] = [];
afterAll(() => {
  for (const c of copies) rmSync(dirname(c), { recursive: true, force: true });
});

/** A copy of the built site with one change (removed after the tests). */
function brokenSite(change: (dir: string) => void): string {
  mkdirSync(OUTPUT, { recursive: true });
  const dir = join(mkdtempSync(join(OUTPUT, 'gates-')), 'dist');
  copies.push(dir);
  cpSync(siteDir, dir, { recursive: true });
  change(dir);
  return dir;
}

/** Adds markup at the end of the document page's <main>. */
function addToDoc(dir: string, markup: string): void {
  const file = join(dir, DOC);
  const html = readFileSync(file, 'utf8');
  if (!html.includes('</main>')) throw new Error('no </main> in the document page');
  writeFileSync(file, html.replace('</main>', `${markup}</main>`));
}

/** Text gzip cannot shrink much: random bytes as base64. */
const noise = (chars: number) => randomBytes(Math.ceil((chars * 3) / 4)).toString('base64').slice(0, chars);

const lines = (problems: SiteProblem[]) => problems.map((p) => formatSiteProblem(p));

describe('the bundled site', () => {
  it('passes every gate', async () => {
    const report = await runGates(siteDir, { at, htmlConfig, headerPolicy: cspFromNginxConf(nginx), headerSource: 'deploy/nginx.conf', gzipUris: gzipUrisFromNginxConf(nginx) });
    expect(lines(report.problems)).toEqual([]);
    // Every file Pagefind wrote gzipped (index, fragments, filters, metadata, WebAssembly of both indexes).
    const site = readSiteFiles(siteDir);
    const gzipped = site.files.filter((f) => isGzip(site.head(f, 2)));
    expect(gzipped.filter((f) => f.endsWith('.pagefind'))).toEqual(['pagefind/toan-van/wasm.unknown.pagefind', 'pagefind/wasm.unknown.pagefind']);
    expect(report.gzipSent).toBe(gzipped.length);
    expect(report.pages).toBeGreaterThan(50);
    expect(report.links.internal).toBeGreaterThan(1000);
    expect(report.links.anchors).toBeGreaterThan(100);
    expect(report.security.pagesWithPolicy).toBe(report.pages);
    const doc = report.weights.find((w) => w.file === DOC)!;
    expect(doc.html + doc.css).toBeGreaterThan(1024);
  });

  it('deploy/nginx.conf sends the policy of src/integrations/csp.ts, and the other security headers', () => {
    expect(cspFromNginxConf(nginx)).toBe(headerPolicy());
    expect(headerPolicy()).toContain("frame-ancestors 'none'");
    // Images from the site only: no data: URLs, which nothing the build makes uses.
    expect(headerPolicy()).toMatch(/(^|; )img-src 'self'(;|$)/);
    for (const [name, value] of [
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
      ['Strict-Transport-Security', 'max-age=31536000'],
    ]) {
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});

describe('each gate fails on a broken copy of the site', () => {
  it('html: an element where it is not allowed', async () => {
    const dir = brokenSite((d) => addToDoc(d, '<ul><div>không phải mục danh sách</div></ul>'));
    const problems = await validateHtml(readSiteFiles(dir), htmlConfig);
    expect(problems.map((p) => [p.file, p.gate, p.message])).toEqual([[DOC, 'html', '[element-permitted-content] <div> element is not permitted as content under <ul>']]);
  });

  it('links: a link to a page that does not exist', () => {
    const dir = brokenSite((d) => addToDoc(d, '<p><a href="/van-ban/khong-co/">mất</a></p>'));
    const { problems } = checkLinks(readSiteFiles(dir), at);
    expect(problems.map((p) => [p.file, p.message])).toEqual([[DOC, '<a href="/van-ban/khong-co/">: liên kết hỏng, không có tệp van-ban/khong-co/index.html trong trang đã xây dựng']]);
  });

  it('links: a link to an anchor that does not exist', () => {
    const dir = brokenSite((d) => addToDoc(d, '<p><a href="#muc-99">mục 99</a></p>'));
    const { problems } = checkLinks(readSiteFiles(dir), at);
    expect(problems.map((p) => [p.file, p.message])).toEqual([[DOC, `<a href="#muc-99">: liên kết hỏng tới một mục: ${DOC} không có phần tử nào có id="muc-99"`]]);
  });

  it('links: a link to another site without rel="noopener noreferrer"', () => {
    const dir = brokenSite((d) => addToDoc(d, '<p><a href="https://example.org/" rel="noopener">nơi khác</a></p>'));
    const { problems } = checkLinks(readSiteFiles(dir), at);
    expect(problems.map((p) => [p.file, p.message])).toEqual([[DOC, '<a href="https://example.org/">: liên kết đến trang web khác thiếu rel="noreferrer" (cần rel="noopener noreferrer")']]);
  });

  it('links: a stylesheet url() to a missing file', () => {
    let css = '';
    const dir = brokenSite((d) => {
      css = `_astro/${readdirSync(join(d, '_astro')).find((f) => f.endsWith('.css'))!}`;
      appendFileSync(join(d, css), '\n.lp-x{background:url(/khong-co.png)}\n');
    });
    const { problems } = checkLinks(readSiteFiles(dir), at);
    expect(problems.map((p) => [p.file, p.message])).toEqual([[css, 'url(/khong-co.png): liên kết hỏng, không có tệp khong-co.png trong trang đã xây dựng']]);
  });

  it('weight: a page over 30 KB of compressed HTML + CSS', () => {
    const dir = brokenSite((d) => addToDoc(d, `<p>${noise(60_000)}</p>`));
    const { problems } = measureWeights(readSiteFiles(dir), at);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(DOC);
    expect(problems[0]!.message).toMatch(/^HTML \+ CSS nặng \d+\.\d KB sau khi nén \(HTML \d+\.\d KB, CSS \d+\.\d KB\), vượt giới hạn 30\.0 KB$/);
  });

  it('weight: a script over 5 KB loaded with the page, counting what it imports', () => {
    const dir = brokenSite((d) => {
      // The page's script is small; the module it imports statically is not.
      writeFileSync(join(d, '_astro/nang.js'), 'import{x}from"./nang-phu.js";console.log(x);');
      writeFileSync(join(d, '_astro/nang-phu.js'), `export const x="${noise(9_000)}";`);
      writeFileSync(join(d, '_astro/nhe.js'), `const later=()=>import("./khong-tinh.js");`);
      writeFileSync(join(d, '_astro/khong-tinh.js'), `export const y="${noise(20_000)}";`);
      addToDoc(d, '<script type="module" src="/_astro/nang.js"></script><script type="module" src="/_astro/nhe.js"></script>');
    });
    const { problems, pages } = measureWeights(readSiteFiles(dir), at);
    expect(problems.map((p) => p.file)).toEqual([DOC]);
    const message = /^script tải trước khi người đọc tương tác nặng \d+\.\d KB sau khi nén \((.+)\), vượt giới hạn 5\.0 KB; phần không cần ngay hãy tải bằng import\(\) động$/.exec(problems[0]!.message);
    expect(message, problems[0]!.message).not.toBeNull();
    // The page's own script (ScrollRegions.astro: the document has a task table) is counted with the two added.
    expect(message![1]!.split(', ')).toEqual(expect.arrayContaining(['_astro/nang.js', '_astro/nhe.js', '_astro/nang-phu.js']));
    // The dynamically imported module is not counted.
    expect(pages.find((p) => p.file === DOC)!.scripts).not.toContain('_astro/khong-tinh.js');
  });

  it('weight: a web font that is not a WOFF2 subset', () => {
    let css = '';
    const dir = brokenSite((d) => {
      css = readFileSync(join(d, DOC), 'utf8').match(/<link rel="stylesheet" href="\/(_astro\/[^"]+\.css)"/)![1]!;
      mkdirSync(join(d, 'fonts'));
      writeFileSync(join(d, 'fonts/noto.ttf'), randomBytes(100_000));
      appendFileSync(join(d, css), '\n@font-face{font-family:Noto;src:url(/fonts/noto.ttf) format("truetype")}\n');
    });
    const { problems } = measureWeights(readSiteFiles(dir), at);
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      ['fonts/noto.ttf', 'phông web không ở dạng WOFF2 (hãy dùng bản WOFF2 rút gọn chỉ gồm các ký tự cần dùng, hoặc phông hệ thống)'],
      ['fonts/noto.ttf', 'phông web nặng 97.7 KB, vượt giới hạn 64.0 KB cho một tệp phông (hãy rút gọn phông, chỉ giữ các ký tự cần dùng)'],
    ]);
  });

  it('security: an inline script the policy does not allow', () => {
    const dir = brokenSite((d) => addToDoc(d, '<script>document.title = "x"</script>'));
    const { problems } = checkSecurity(readSiteFiles(dir), at, { headerPolicy: cspFromNginxConf(nginx), headerSource: 'deploy/nginx.conf' });
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      [DOC, '<script> nội tuyến bị chính sách của trang chặn (không có mã băm khớp): script sẽ không chạy'],
      [DOC, '<script> nội tuyến bị deploy/nginx.conf chặn (không có mã băm khớp): script sẽ không chạy'],
    ]);
  });

  it('security: a resource from another site', () => {
    const dir = brokenSite((d) => addToDoc(d, '<img src="https://cdn.example.com/logo.png" alt="">'));
    const { problems } = checkSecurity(readSiteFiles(dir), at);
    expect(problems.map((p) => [p.file, p.message])).toEqual([[DOC, '<img src="https://cdn.example.com/logo.png">: yêu cầu tới bên thứ ba https://cdn.example.com']]);
  });

  it('security: a page without its Content-Security-Policy, and a server policy that allows inline scripts', () => {
    const dir = brokenSite((d) => {
      const file = join(d, DOC);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''));
    });
    const weak = cspFromNginxConf(nginx)!.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
    const { problems } = checkSecurity(readSiteFiles(dir), at, { headerPolicy: weak, headerSource: 'deploy/nginx.conf' });
    const messages = problems.map((p) => `${p.file}: ${p.message}`);
    expect(messages).toContain(`${DOC}: không có thẻ <meta> Content-Security-Policy`);
    expect(messages.filter((m) => m.includes('khác nhau'))).toHaveLength(1);
    expect(messages.find((m) => m.includes('khác nhau'))).toContain(`script-src: trang "'self' 'wasm-unsafe-eval'", header "'self' 'unsafe-inline' 'wasm-unsafe-eval'"`);
  });

  it('server: a Pagefind file deploy/nginx.conf leaves out, and one it would send as gzip that is not', () => {
    const patterns = gzipUrisFromNginxConf(nginx);
    // The config without its line for the WebAssembly: both indexes' copies are named, as one kind each.
    const withoutWasm = patterns.filter((p) => !p.test('/pagefind/wasm.unknown.pagefind'));
    expect(withoutWasm).toHaveLength(patterns.length - 1);
    const unpacked = 'Pagefind đã nén gzip tệp này nhưng deploy/nginx.conf không gửi nó với Content-Encoding: gzip, nên Pagefind trong trình duyệt phải tự giải nén bằng JavaScript (chậm hơn); hãy thêm một mẫu cho tệp này vào map';
    expect(lines(checkContentEncoding(readSiteFiles(siteDir), at, withoutWasm, 'deploy/nginx.conf').problems)).toEqual([
      `dist/pagefind/toan-van/wasm.unknown.pagefind: server: ${unpacked}`,
      `dist/pagefind/wasm.unknown.pagefind: server: ${unpacked}`,
    ]);
    // A host that unpacked the metadata file before upload: sent as gzip, it could not be read.
    let meta = '';
    const dir = brokenSite((d) => {
      meta = `pagefind/${readdirSync(join(d, 'pagefind')).find((f) => f.endsWith('.pf_meta'))!}`;
      writeFileSync(join(d, meta), gunzipSync(readFileSync(join(d, meta))));
    });
    expect(lines(checkContentEncoding(readSiteFiles(dir), at, patterns, 'deploy/nginx.conf').problems)).toEqual([
      `dist/${meta}: server: deploy/nginx.conf gửi tệp này với Content-Encoding: gzip nhưng tệp không được nén gzip: trình duyệt không đọc được`,
    ]);
  });

  it('reproducible: a file that differs and a file only one build has', () => {
    const a = brokenSite(() => undefined);
    const b = brokenSite((d) => {
      appendFileSync(join(d, DOC), '\n');
      writeFileSync(join(d, 'build-time.txt'), '2026-11-23T10:00:00');
    });
    const problems = compareBuilds(hashSite(readSiteFiles(a)), hashSite(readSiteFiles(b)));
    expect(lines(problems)).toEqual([
      'dist/build-time.txt: reproducible: chỉ có trong bản dựng thứ hai',
      `dist/${DOC}: reproducible: khác nhau giữa hai bản dựng của cùng một nội dung`,
    ]);
  });
});

describe('the build log', () => {
  // Astro warned on every build that Shiki's inline styles break the CSP, though no page has code:
  // a warning printed every time teaches editors to stop reading the log.
  it('of the bundled content has no warning', () => {
    // Colours are on when the build's output looks like a terminal's (CI sets FORCE_COLOR).
    const log = stripVTControlCharacters(readFileSync(SITE_LOG, 'utf8'));
    expect(log).toContain('[build] Complete!');
    expect(log.split('\n').filter((line) => /\[warn\]|^\(!\)/i.test(line))).toEqual([]);
  });

  // Astro's line per file written (53,000 at 10,000 documents) buried the content's warnings,
  // printed first; the build prints a count of files now and then instead, and the warnings' count last.
  it('of the bundled content has no line per file written, and ends by counting the warnings printed first', () => {
    const lines = stripVTControlCharacters(readFileSync(SITE_LOG, 'utf8')).trimEnd().split('\n');
    expect(lines.filter((line) => /[├└]─|\(\+\d+ms\)/.test(line))).toEqual([]);
    expect(lines).toContain(' generating static routes ');
    const warnings = lines.filter((line) => /^content\/.*: cảnh báo: /.test(line));
    expect(warnings.length).toBeGreaterThan(0);
    expect(lines.at(-1)).toBe(`${warnings.length} cảnh báo về nội dung: xem ở đầu (npm run check in lại các cảnh báo).`);
  });
});
