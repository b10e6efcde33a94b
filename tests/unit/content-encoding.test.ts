/**
 * Which files the web server sends with Content-Encoding: gzip (src/lib/quality/content-encoding.ts):
 * reading deploy/nginx.conf's map, and holding it to the built files.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkContentEncoding, gzipUrisFromNginxConf, isGzip } from '../../src/lib/quality/content-encoding.ts';
import { formatSiteProblem } from '../../src/lib/quality/problem.ts';
import type { SiteFiles } from '../../src/lib/quality/site-files.ts';
import { ROOT } from '../support/paths.ts';

const nginx = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
const sent = (patterns: RegExp[], uri: string) => patterns.some((p) => p.test(uri));

/** A site of the given files and contents, as readSiteFiles gives it. */
function site(contents: Record<string, Buffer | string>): SiteFiles {
  const files = Object.keys(contents).sort();
  const bytes = (p: string) => Buffer.from(contents[p]!);
  return { dir: '/site', files, has: (p) => p in contents, bytes, head: (p, n) => bytes(p).subarray(0, n), text: (p) => bytes(p).toString('utf8') };
}

const packed = gzipSync('pagefind_dcd{}');
const at = { origin: 'https://phapluat.example.gov.vn', base: '/' };

describe('gzipUrisFromNginxConf', () => {
  it("reads deploy/nginx.conf's map: Pagefind's index files and WebAssembly, in any bundle, under any base path", () => {
    const patterns = gzipUrisFromNginxConf(nginx);
    for (const uri of [
      '/pagefind/fragment/vi_227f6fe.pf_fragment',
      '/pagefind/index/vi_2899495.pf_index',
      '/pagefind/filter/vi_1.pf_filter',
      '/pagefind/pagefind.vi_59b1c372fc.pf_meta',
      '/pagefind/wasm.unknown.pagefind',
      '/pagefind/toan-van/wasm.unknown.pagefind',
      '/phapluat/pagefind/toan-van-2/fragment/vi_1.pf_fragment',
    ]) expect(sent(patterns, uri), uri).toBe(true);
    for (const uri of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/', '/tim-kiem/', '/api/documents.json', '/_astro/search.js']) {
      expect(sent(patterns, uri), uri).toBe(false);
    }
  });

  it('is empty for a config that sends no Content-Encoding, and ignores a commented-out one', () => {
    expect(gzipUrisFromNginxConf('server {\n    gzip on;\n}\n')).toEqual([]);
    expect(gzipUrisFromNginxConf('server {\n    # add_header Content-Encoding $enc;\n}\n')).toEqual([]);
  });

  it('reads ~* as a case-insensitive pattern and skips entries that send nothing', () => {
    const patterns = gzipUrisFromNginxConf('map $uri $enc {\n  default "";\n  ~*\\.PF_INDEX$ gzip;\n  ~\\.txt$ "";\n}\nserver { add_header Content-Encoding $enc always; }\n');
    expect(patterns).toHaveLength(1);
    expect(sent(patterns, '/pagefind/index/x.pf_index')).toBe(true);
    expect(sent(patterns, '/a.txt')).toBe(false);
  });

  it('refuses what it cannot check rather than guess', () => {
    expect(() => gzipUrisFromNginxConf('server { add_header Content-Encoding gzip; }')).toThrow('add_header Content-Encoding gzip: cần một biến được đặt bằng khối map $uri');
    expect(() => gzipUrisFromNginxConf('server { add_header Content-Encoding $enc; }')).toThrow('add_header Content-Encoding $enc: không có khối "map $uri $enc { … }"');
    expect(() => gzipUrisFromNginxConf('map $uri $enc { default ""; /pagefind/x gzip; }\nadd_header Content-Encoding $enc;')).toThrow('map $enc: "/pagefind/x" không phải biểu thức chính quy (~…)');
    expect(() => gzipUrisFromNginxConf('map $uri $enc { default ""; ~\\.br$ br; }\nadd_header Content-Encoding $enc;')).toThrow('map $enc: "~\\.br$" cho giá trị "br"; chỉ kiểm tra được giá trị gzip');
    expect(() => gzipUrisFromNginxConf('map $uri $enc { default gzip; }\nadd_header Content-Encoding $enc;')).toThrow('map $enc: default phải là "" (không gửi header), không phải "gzip"');
  });
});

describe('checkContentEncoding', () => {
  const patterns = gzipUrisFromNginxConf(nginx);

  it('passes when exactly the gzipped Pagefind files are sent as gzip, and counts them', () => {
    const s = site({
      'index.html': '<!doctype html>',
      'pagefind/pagefind.js': 'export {}',
      'pagefind/wasm.unknown.pagefind': packed,
      'pagefind/fragment/a.pf_fragment': packed,
      'pagefind/fragment/b.pf_fragment': packed,
    });
    expect(checkContentEncoding(s, at, patterns, 'deploy/nginx.conf')).toEqual({ problems: [], sent: 3 });
  });

  it('names a file sent as gzip that is not gzip: no browser could read it', () => {
    const s = site({ 'pagefind/index/a.pf_index': 'pagefind_dcd{}' });
    expect(checkContentEncoding(s, at, patterns, 'deploy/nginx.conf').problems.map((p) => formatSiteProblem(p))).toEqual([
      'dist/pagefind/index/a.pf_index: server: deploy/nginx.conf gửi tệp này với Content-Encoding: gzip nhưng tệp không được nén gzip: trình duyệt không đọc được',
    ]);
  });

  it('names gzipped Pagefind files the config leaves out, once per kind with the count', () => {
    const s = site({ 'pagefind/fragment/a.pf_fragment': packed, 'pagefind/fragment/b.pf_fragment': packed, 'pagefind/fragment/c.pf_fragment': packed, 'pagefind/wasm.unknown.pagefind': packed });
    const onlyWasm = [/\/pagefind\/.+\.pagefind$/];
    expect(checkContentEncoding(s, at, onlyWasm, 'deploy/nginx.conf').problems.map((p) => formatSiteProblem(p))).toEqual([
      'dist/pagefind/fragment/a.pf_fragment: server: Pagefind đã nén gzip tệp này nhưng deploy/nginx.conf không gửi nó với Content-Encoding: gzip, nên Pagefind trong trình duyệt phải tự giải nén bằng JavaScript (chậm hơn); hãy thêm một mẫu cho tệp này vào map (và 2 tệp cùng loại khác)',
    ]);
  });

  it('names a gzip download outside pagefind/ that a pattern would send unpacked', () => {
    const s = site({ 'tai-ve/van-ban.pf_index': packed });
    expect(checkContentEncoding(s, at, [/\.pf_index$/], 'deploy/nginx.conf').problems.map((p) => formatSiteProblem(p))).toEqual([
      'dist/tai-ve/van-ban.pf_index: server: deploy/nginx.conf gửi tệp này với Content-Encoding: gzip: người tải về sẽ nhận tệp đã bị giải nén; chỉ các tệp của Pagefind mới được gửi như vậy (hãy sửa mẫu trong map)',
    ]);
  });

  it('matches the URI with the base path, as nginx sees it', () => {
    const s = site({ 'pagefind/index/a.pf_index': packed });
    const anchored = [/^\/phapluat\/pagefind\/.+\.pf_index$/];
    expect(checkContentEncoding(s, { ...at, base: '/phapluat/' }, anchored, 'x').sent).toBe(1);
    expect(checkContentEncoding(s, at, anchored, 'x').sent).toBe(0);
  });
});

describe('isGzip', () => {
  it('knows gzip by its magic bytes', () => {
    expect(isGzip(packed)).toBe(true);
    expect(isGzip(Buffer.from('pagefind_dcd'))).toBe(false);
    expect(isGzip(Buffer.from([0x1f]))).toBe(false);
  });
});
