/**
 * The parsing under the quality gates (src/lib/quality/): tags and URLs of built HTML, the
 * Content-Security-Policy and its hashes, and where a URL lands in a site under a base path.
 */
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { anchorsOf, scanTags } from '../../src/lib/quality/html-scan.ts';
import { cssUrls, refsOf, srcsetUrls } from '../../src/lib/quality/html-refs.ts';
import { cspFromNginxConf, elementSources, inlineAllowed, parsePolicy } from '../../src/lib/quality/csp-policy.ts';
import { resolveRef, urlOfFile } from '../../src/lib/quality/site-url.ts';
import type { SiteFiles } from '../../src/lib/quality/site-files.ts';
import { formatSiteProblem } from '../../src/lib/quality/problem.ts';
import { pagePattern } from '../support/page-types.ts';

describe('scanTags', () => {
  const html = `<!doctype html>
<html lang="vi">
<!-- <a href="/trong-chu-thich/"> -->
<head><script type="module">if (a < b) document.write("<a href='/khong-phai-the/'>")</script></head>
<body>
<a class=lp-x href="/van-ban/?q=a&amp;b=c" data-x>Văn bản</a>
<h2 id="muc-1">1.</h2><a name="cu">cũ</a>
<img srcset="/a.png 1x, /b.png 2x" alt="">
</body></html>`;
  const tags = scanTags(html);

  it('reads attributes quoted, unquoted and bare, with entities decoded, and the line of each tag', () => {
    const a = tags.find((t) => t.name === 'a')!;
    expect(a.attrs).toEqual({ class: 'lp-x', href: '/van-ban/?q=a&b=c', 'data-x': '' });
    expect(a.line).toBe(6);
  });

  it('skips comments and keeps script text whole, not as tags', () => {
    expect(tags.filter((t) => t.name === 'a').map((t) => t.attrs.href ?? t.attrs.name)).toEqual(['/van-ban/?q=a&b=c', 'cu']);
    expect(tags.find((t) => t.name === 'script')!.text).toBe(`if (a < b) document.write("<a href='/khong-phai-the/'>")`);
  });

  it('collects anchors from id and a[name], and URLs from srcset', () => {
    expect([...anchorsOf(tags)]).toEqual(['muc-1', 'cu']);
    expect(refsOf(tags).map((r) => `${r.tag.name}[${r.attr}] ${r.url} ${r.fetched ? 'fetched' : 'followed'}`)).toEqual([
      'a[href] /van-ban/?q=a&b=c followed',
      'img[srcset] /a.png fetched',
      'img[srcset] /b.png fetched',
    ]);
  });
});

describe('URLs in srcset and CSS', () => {
  it('srcset candidates', () => {
    expect(srcsetUrls('/og/a.png 1200w,/og/b.png 600w')).toEqual(['/og/a.png', '/og/b.png']);
  });
  it('url() and @import, not data: URLs, fragments or comments', () => {
    const css = `@import "./reset.css"; /* url(/bo-qua.png) */ .a{background:url( "/nen.png" )} .b{mask:url(#m)} .c{background:url(data:image/png;base64,AAA)} @font-face{src:url(../fonts/noto.woff2) format("woff2")}`;
    expect(cssUrls(css)).toEqual(['./reset.css', '/nen.png', '../fonts/noto.woff2']);
  });
});

describe('Content-Security-Policy', () => {
  const policy = parsePolicy("default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-abc='; script-src 'unsafe-inline'");
  it('reads directives, the first of a repeated one winning', () => {
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
    expect(elementSources(policy, 'style')).toEqual(["'self'"]);
  });
  it('allows an inline block by its hash only', () => {
    const text = 'console.log(1)';
    const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(inlineAllowed(["'self'", hash], text)).toBe(true);
    expect(inlineAllowed(["'self'", hash], 'console.log(2)')).toBe(false);
    expect(inlineAllowed(["'self'", "'unsafe-inline'"], text)).toBe(true);
    // Browsers ignore 'unsafe-inline' once a hash is present.
    expect(inlineAllowed(["'unsafe-inline'", hash], 'console.log(2)')).toBe(false);
  });
  it('finds the header an nginx config sends, not a commented-out one', () => {
    const conf = `# add_header Content-Security-Policy "script-src *";\n    add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'none'" always;`;
    expect(cspFromNginxConf(conf)).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(cspFromNginxConf('server {}')).toBeNull();
  });
});

describe('where a URL lands', () => {
  const files = ['index.html', 'van-ban/index.html', 'van-ban/a b/index.html', 'api/tasks.json', '404.html'];
  const site: SiteFiles = { dir: '/x', files, has: (p) => files.includes(p), bytes: () => Buffer.from(''), head: () => Buffer.from(''), text: () => '' };
  const at = { origin: 'https://tinh.gov.vn', base: '/phapluat/' };
  const from = urlOfFile('van-ban/index.html', at);

  it('serves pages as folders under the base', () => {
    expect(from.href).toBe('https://tinh.gov.vn/phapluat/van-ban/');
    expect(urlOfFile('404.html', at).href).toBe('https://tinh.gov.vn/phapluat/404.html');
  });
  it('resolves relative, root-relative, encoded and absolute URLs to files', () => {
    const file = (ref: string) => {
      const t = resolveRef(ref, from, site, at);
      return t.kind === 'internal' ? t.file : t.kind;
    };
    expect(file('../api/tasks.json')).toBe('api/tasks.json');
    expect(file('/phapluat/van-ban/a%20b/#muc-1')).toBe('van-ban/a b/index.html');
    expect(file('https://tinh.gov.vn/phapluat/?q=1')).toBe('index.html');
    expect(file('/phapluat/van-ban')).toBe('van-ban/index.html');
    expect(file('/phapluat/khong-co/')).toBeNull();
    expect(file('/van-ban/')).toBe('outside-base');
    expect(file('https://example.org/phapluat/')).toBe('external');
    expect(file('mailto:sotuphap@tinh.gov.vn')).toBe('external');
  });
});

describe('page types and problem lines', () => {
  it('groups pages by the segments that vary', () => {
    expect(['', 'van-ban', 'co-quan/so-tu-phap', 'nhiem-vu/quy/2026-q2', 'ngay-doc-van-ban/2026-12/ban-in', 'van-ban/to-chuc/2026/08-ct-tu'].map(pagePattern)).toEqual([
      '',
      'van-ban',
      'co-quan/*',
      'nhiem-vu/quy/*',
      'ngay-doc-van-ban/*/*',
      'van-ban/*/*/*',
    ]);
  });
  it('prints file, line and column when known', () => {
    expect(formatSiteProblem({ file: 'a/index.html', line: 3, column: 7, gate: 'html', message: 'x' })).toBe('dist/a/index.html:3:7: html: x');
    expect(formatSiteProblem({ file: 'a.css', gate: 'links', message: 'y' }, 'out')).toBe('out/a.css: links: y');
  });
});
